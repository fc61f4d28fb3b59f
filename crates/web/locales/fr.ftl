# Sharaka — messages de l'interface en français. Tous les fichiers ont les mêmes identifiants.

site-name = Sharaka
skip-to-content = Aller au contenu principal
nav-label = Navigation principale
nav-home = Accueil
nav-institutions = Institutions
nav-admin = Administration
nav-login = Se connecter
nav-logout = Se déconnecter
nav-register = Créer un compte
language-switcher = Langue
footer-text = Sharaka, le portail national du gouvernement ouvert : co-construire, consulter et suivre le plan d'action OGP.
breadcrumb = Fil d'Ariane
back-home = Retour à l'accueil
yes = Oui
no = Non
save = Enregistrer
cancel = Annuler
choose = Choisir…
not-yet-translated = Pas encore traduit
no-text = (aucun texte)

home-title = Le gouvernement ouvert, ensemble
home-lead = Sharaka est l'espace où le plan d'action du gouvernement ouvert est co-construit par l'administration et la société civile, soumis à consultation publique avec une réponse motivée à chaque contribution, puis suivi jusqu'à la réalisation de chaque engagement.
home-how-title = Comment ça marche
home-step-cocreate = Co-construire.
home-step-cocreate-text = Le forum multi-acteurs et ses sous-commissions rédigent ensemble les engagements.
home-step-consult = Consulter.
home-step-consult-text = Chacun peut commenter le projet de plan, et chaque contribution reçoit une réponse publique et motivée.
home-step-track = Suivre.
home-step-track-text = Ministères, parlement, pouvoir judiciaire et institutions indépendantes rendent compte de leurs progrès, preuves à l'appui.
home-institutions-title = Les institutions de l'État ouvert
home-institutions-count = { $count } institutions participent.
home-institutions-link = Voir toutes les institutions
home-meetings-title = Prochaines réunions du forum
home-meetings-link = Toutes les réunions et tous les ateliers, et l'agenda à suivre
home-documents-title = Derniers documents
home-documents-link = Tout le fonds documentaire
home-join-title = Participer
home-join-text = Créez un compte pour proposer des idées, commenter le projet de plan et suivre ce que devient votre contribution.

institutions-title = Institutions
institutions-lead = Gouvernement, parlement, pouvoir judiciaire, instances indépendantes et organisations de la société civile qui prennent part au plan d'action.
institutions-empty = Aucune institution n'a encore été ajoutée.
institution-names = Nom dans chaque langue
institution-children = Organismes rattachés

branch-executive = Exécutif
branch-legislative = Législatif
branch-judiciary = Judiciaire
branch-independent-body = Instances indépendantes
branch-territorial-collectivity = Collectivités territoriales
branch-civil-society = Société civile
branch-private-sector = Secteur privé
branch-academia = Monde universitaire
branch-international-partner = Partenaires internationaux

role-participant = Participant
role-forum-member = Membre du forum
role-implementer = Responsable de mise en œuvre
role-moderator = Modérateur
role-reviewer = Évaluateur indépendant
role-secretariat = Secrétariat
scope-global = Tout le portail
scope-body = Instance n° { $id }
scope-theme = Axe n° { $id }

field-name = Nom complet
field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-password-confirm = Répétez le mot de passe
field-slug = Adresse web (identifiant)
field-acronym = Sigle
field-branch = Pouvoir
field-parent = Institution de rattachement
password-hint = Au moins 10 caractères. Une courte phrase est facile à retenir et difficile à deviner.
slug-hint = Lettres latines minuscules, chiffres et tirets, par exemple ministere-transition-numerique.
name-hint = Remplissez au moins une langue. Les langues laissées vides s'affichent comme « pas encore traduit ».
no-parent = Aucune
form-has-errors = Veuillez corriger les points suivants :

register-title = Créer un compte
register-lead = Avec un compte, vous pouvez proposer des idées, commenter et suivre le plan. Nous vous enverrons un e-mail pour confirmer votre adresse.
register-submit = Créer mon compte
register-have-account = Vous avez déjà un compte ?
register-check-title = Consultez votre messagerie
register-check-body = Nous avons envoyé un message à l'adresse indiquée. Suivez le lien qu'il contient pour confirmer votre adresse, puis connectez-vous. Si rien n'arrive d'ici quelques minutes, regardez dans vos indésirables.

verify-done-title = Adresse confirmée
verify-done-body = Merci, votre adresse e-mail est confirmée. Vous pouvez maintenant vous connecter.
verify-failed-title = Ce lien ne peut pas être utilisé
verify-expired-body = Ce lien de confirmation a expiré. Connectez-vous avec votre e-mail et votre mot de passe : nous vous en enverrons un nouveau.
verify-used-body = Ce lien de confirmation a déjà été utilisé. Si votre adresse est confirmée, connectez-vous simplement.
verify-invalid-body = Ce lien de confirmation n'est pas valide. Vérifiez que vous avez copié le lien complet depuis l'e-mail.

login-title = Se connecter
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-no-account = Pas encore de compte ?
login-unverified-title = Confirmez d'abord votre adresse e-mail
login-unverified-body = Votre compte n'est pas encore confirmé. Nous venons de vous envoyer un nouveau lien de confirmation : suivez-le, puis connectez-vous.

forgot-title = Réinitialiser votre mot de passe
forgot-lead = Saisissez l'adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent-title = Consultez votre messagerie
forgot-sent-body = Si un compte existe pour cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.

reset-title = Choisir un nouveau mot de passe
reset-submit = Changer mon mot de passe
reset-failed-title = Ce lien ne peut pas être utilisé
reset-expired-body = Ce lien de réinitialisation a expiré (les liens sont valables une heure). Demandez-en un nouveau.
reset-used-body = Ce lien de réinitialisation a déjà été utilisé. Demandez-en un nouveau si nécessaire.
reset-invalid-body = Ce lien de réinitialisation n'est pas valide. Vérifiez que vous avez copié le lien complet depuis l'e-mail.
reset-done-title = Mot de passe modifié
reset-done-body = Votre mot de passe a été modifié et vous avez été déconnecté partout. Connectez-vous avec votre nouveau mot de passe.

account-title = Mon compte
account-roles = Mes rôles
account-participant = Vous êtes participant : vous pouvez proposer, commenter et suivre.

admin-title = Administration
admin-nav-label = Navigation de l'administration
admin-stat-users = comptes
admin-stat-institutions = institutions
admin-stat-mail = e-mails en attente d'envoi
admin-users-title = Utilisateurs et rôles
admin-users-caption = Tous les comptes, avec leurs rôles
admin-verified = Adresse confirmée
admin-roles = Rôles
admin-role = Rôle
admin-scope = Pour
admin-revoke = Retirer ce rôle
admin-grant-title = Attribuer un rôle
admin-grant-hint = Les responsables de mise en œuvre sont désignés pour une institution ; le secrétariat, les modérateurs et les évaluateurs agissent sur tout le portail.
admin-grant-submit = Attribuer le rôle
admin-institutions-title = Institutions
admin-institutions-caption = Toutes les institutions
admin-institution-new = Ajouter une institution
admin-institution-edit = Modifier l'institution
admin-actions = Actions
admin-edit = Modifier
admin-view = Voir

notice-saved = Vos modifications ont été enregistrées.
notice-created = Le nouvel élément a été ajouté.
notice-signed-out = Vous êtes déconnecté.
notice-role-granted = Le rôle a été attribué.
notice-role-revoked = Le rôle a été retiré.
notice-password-changed = Votre mot de passe a été modifié.

error-email-required = Saisissez votre adresse e-mail.
error-email-invalid = Saisissez une adresse e-mail de la forme nom@exemple.ma.
error-name-required = Saisissez un nom.
error-name-invalid = Le nom contient des caractères non autorisés.
error-text-too-long = Ce texte est trop long.
error-password-required = Saisissez un mot de passe.
error-password-too-short = Le mot de passe doit comporter au moins 10 caractères.
error-password-too-long = Le mot de passe doit comporter au plus 200 caractères.
error-password-weak = Ce mot de passe est trop facile à deviner. Choisissez-en un plus long ou moins courant.
error-password-mismatch = Les deux mots de passe ne correspondent pas.
error-slug-required = Saisissez une adresse web.
error-slug-invalid = Utilisez uniquement des lettres latines minuscules, des chiffres et des tirets simples.
error-slug-taken = Une autre institution utilise déjà cette adresse web.
error-branch-invalid = Choisissez un pouvoir.
error-parent-invalid = Choisissez une institution existante.
error-parent-cycle = Une institution ne peut pas être rattachée à elle-même ni à l'un de ses propres organismes.
error-role-invalid = Choisissez un rôle.
error-scope-invalid = Choisissez à quoi s'applique le rôle.
error-scope-not-allowed = Ce rôle ne peut pas être attribué pour ce périmètre. Les responsables de mise en œuvre ont besoin d'une institution ; les autres rôles s'appliquent à tout le portail.
error-login-failed = L'adresse e-mail ou le mot de passe est incorrect.
error-last-secretariat = C'est le dernier rôle de secrétariat ; attribuez-le à quelqu'un d'autre avant de le retirer.
error-status = Code d'erreur { $status }

error-not-found-title = Page introuvable
error-not-found-body = Nous n'avons pas trouvé cette page. Elle a peut-être été déplacée, ou l'adresse contient une erreur.
error-locale-unknown-title = Langue non disponible
error-locale-unknown-body = Cette langue n'est pas disponible. Choisissez l'une des langues suivantes.
error-login-required-title = Connexion nécessaire
error-login-required-body = Vous devez vous connecter pour voir cette page.
error-forbidden-title = Accès refusé
error-forbidden-body = Votre compte n'a pas le rôle nécessaire pour cette page.
error-rate-limited-title = Trop de tentatives
error-rate-limited-body = Il y a eu trop de tentatives. Patientez 15 minutes puis réessayez.
error-payload-too-large-title = Trop de données
error-payload-too-large-body = Ce que vous avez envoyé est trop volumineux. Raccourcissez le texte et réessayez.
error-csrf-rejected-title = Le formulaire a expiré
error-csrf-rejected-body = Pour votre sécurité, ce formulaire ne peut plus être envoyé. Revenez en arrière, rechargez la page et réessayez.
error-cross-origin-title = Requête refusée
error-cross-origin-body = Ce formulaire a été envoyé depuis un autre site ; il a été refusé pour votre sécurité.
error-bad-request-title = Requête incomprise
error-bad-request-body = La requête n'a pas pu être comprise. Revenez en arrière et réessayez.
error-invalid-parameter-title = Paramètre invalide
error-invalid-parameter-body = Le paramètre « { $name } » est absent, vide, hors limites ou d’un type incorrect.
error-token-invalid-title = Jeton invalide
error-token-invalid-body = Un jeton d’API personnel valide est nécessaire : Authorization: Bearer <jeton>. Un jeton cesse de fonctionner définitivement quand il est révoqué ou que son rôle est retiré.
error-method-not-allowed-title = Action impossible ici
error-method-not-allowed-body = Cette adresse n'accepte pas ce type de requête. Revenez en arrière et utilisez les liens et boutons de la page.
error-internal-title = Un problème est survenu
error-internal-body = Une erreur s'est produite de notre côté. Rien de ce que vous avez saisi n'a été enregistré à moitié ; réessayez dans un instant.

mail-verify-subject = Confirmez votre adresse e-mail sur Sharaka
mail-verify-body =
    Bonjour,

    Pour confirmer votre adresse e-mail et activer votre compte Sharaka, ouvrez ce lien :

    { $link }

    Le lien est valable 48 heures. Si vous n'avez pas créé de compte, ignorez ce message.
mail-exists-subject = Quelqu'un a tenté de créer un compte avec votre adresse
mail-exists-body =
    Bonjour { $name },

    Quelqu'un, peut-être vous, a tenté de créer un compte Sharaka avec cette adresse e-mail. Vous en avez déjà un.

    Pour vous connecter : { $login }
    Si vous avez oublié votre mot de passe : { $reset }

    Si ce n'était pas vous, ignorez ce message ; votre compte n'a pas changé.
mail-reset-subject = Choisissez un nouveau mot de passe Sharaka
mail-reset-body =
    Bonjour { $name },

    Pour choisir un nouveau mot de passe, ouvrez ce lien :

    { $link }

    Le lien est valable une heure. Si vous ne l'avez pas demandé, ignorez ce message ; votre mot de passe n'a pas changé.

# Plans and commitments
nav-plans = Plans d'action
plans-title = Plans d'action
plans-lead = Les plans d'action du gouvernement ouvert : leur calendrier, leurs engagements et leur état d'avancement.
plans-empty = Aucun plan d'action n'a encore été publié.
plan-number = Plan n° { $number }
plan-commitment-count = Engagements : { $count }
plan-member = Membre
plan-period = Période
plan-commitments = Engagements
plan-progress = Avancement
plan-timeline = Calendrier
plan-no-timeline = Les phases de ce plan n'ont pas été datées.
phase-open-now = En cours : { $phase }
phase-you-are-here = Vous êtes ici
phase-preparation = Préparation
phase-co-creation = Co-création
phase-drafting = Rédaction
phase-consultation = Consultation publique
phase-finalisation = Finalisation
phase-implementation = Mise en œuvre
phase-closed = Clôturé
theme-none = Autres engagements
progress-percent = { $percent } %
progress-none = Aucun avancement déclaré pour l'instant
milestones-late = { $count } en retard
commitment-code = Code
commitment-title = Engagement
commitment-lead = Institution responsable
commitment-supporting = Institutions partenaires
commitment-status = Statut
commitment-period = Période
commitment-values = Valeurs OGP
commitment-policy-areas = Domaines d'action
commitment-full-text = Texte intégral publié
status-idea = Idée
status-draft = Projet
status-in-consultation = En consultation
status-adopted = Adopté
status-withdrawn = Retiré
status-merged = Fusionné
value-access-to-information = Accès à l'information
value-civic-participation = Participation citoyenne
value-public-accountability = Redevabilité publique
value-technology-and-innovation = Technologie et innovation
section-problem = Le problème
section-causes = Ses causes
section-status-quo = Ce qui a été fait jusqu'ici
section-solution = La solution proposée
section-results = Résultats attendus
section-transparency = Apport à la transparence
section-participation = Apport à la participation
section-accountability = Apport à la redevabilité
section-other-actors = Autres acteurs impliqués
section-budget = Budget
section-contact = Contact
milestones-title = Jalons
milestones-none = Aucun jalon n'a encore été défini.
milestone-output = Livrable attendu
milestone-responsible = Responsable
milestone-due = Échéance
milestone-status = Statut
milestone-late = en retard
milestone-status-not-started = Non commencé
milestone-status-in-progress = En cours
milestone-status-completed = Achevé
milestone-status-cancelled = Annulé
indicators-title = Indicateurs
indicator-baseline = Valeur de référence
indicator-target = Cible
assessment-title = Évaluation indépendante (IRM)
institution-led = Engagements qu'elle porte
institution-supported = Engagements qu'elle soutient
ogp-attribution = Source : données des engagements du Partenariat pour un gouvernement ouvert (OGP).
ogp-source-link = cet engagement sur le site de l'OGP
date-unknown = non précisée
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

# Quality checks
quality-title = Qualité des engagements
quality-lead = Chaque engagement vérifié selon le modèle OGP : ce qui manque avant qu'il soit prêt, et ce qui mérite un second regard.
quality-ready = prêts
quality-not-ready = pas encore prêts
quality-is-ready = Prêt : plus rien de bloquant.
quality-blocking = À compléter
quality-advice = À revoir
quality-field-empty = non rempli
quality-field-untranslated = pas encore traduit
quality-no-milestones = au moins un jalon est nécessaire
quality-milestone-no-output = n'a pas de livrable attendu
quality-milestone-vague = le livrable n'est peut-être pas vérifiable : il décrit une activité, pas un résultat
quality-milestone-no-dates = doit avoir une date de début et une échéance
quality-milestone-due-before-start = a une échéance avant son début
quality-milestone-outside-plan = a des dates hors de la période du plan
quality-indicator-no-baseline = doit avoir une valeur de référence datée
quality-indicator-no-target = doit avoir une cible datée
quality-no-core-value = doit faire progresser l'accès à l'information, la participation citoyenne ou la redevabilité (la technologie seule ne suffit pas)
quality-no-lead = une institution responsable est nécessaire
quality-no-non-government-actor = au moins un acteur non gouvernemental est nécessaire
quality-field-title = Titre
quality-field-problem = Le problème
quality-field-solution = La solution proposée
quality-field-results = Résultats attendus
quality-field-milestone = Jalons
quality-field-values = Valeurs OGP
quality-field-lead = Institution responsable
quality-field-actors = Acteurs
quality-item-milestone = Jalon { $n }
quality-item-indicator = Indicateur { $n }

# Drafting and history
edit-commitment-title = Modifier l'engagement
edit-commitment-lead = Rédigez chaque section dans autant de langues que possible ; les langues vides s'affichent comme non traduites. Chaque enregistrement est conservé dans l'historique public.
edit-adopted-locked = Cet engagement est adopté : sa conception est verrouillée et seul l'avancement évolue. Le secrétariat peut changer son statut pour le rouvrir.
edit-supporters-hint = Maintenez Ctrl (ou Cmd) pour en choisir plusieurs.
edit-starts-on = Date de début
edit-ends-on = Date de fin
template-title = Titre
template-short-title = Titre court
template-problem = Le problème
template-causes = Ses causes
template-status-quo = Ce qui a été fait jusqu'ici
template-solution = La solution proposée
template-results = Résultats attendus
template-transparency = Apport à la transparence
template-participation = Apport à la participation
template-accountability = Apport à la redevabilité
template-other-actors = Autres acteurs impliqués
template-budget = Budget
template-contact = Contact
template-full-text = Texte intégral publié
history-title = Historique des modifications
history-empty = Cet engagement n'a pas été modifié depuis sa publication.
history-from = De la version du
history-to = À la version du
history-compare = Comparer
history-differences = Différences
history-no-differences = Ces deux versions sont identiques.
history-added = ajouté :
history-removed = supprimé :
history-versions = Toutes les versions
history-original = version publiée
history-changed = { $count } champ(s) modifié(s)
history-field-status = Statut
history-field-lead = Institution responsable
history-field-supporters = Institutions partenaires
history-field-values = Valeurs OGP
history-field-period = Période
error-title-required = Donnez un titre à l'engagement dans au moins une langue.
error-institution-unknown = Choisissez une institution dans la liste.
error-date-invalid = Saisissez une date comme 2026-03-31.
error-due-before-start = La date de fin doit suivre la date de début.
error-date-outside-plan = Ces dates sortent de la période du plan.
error-status-invalid = Choisissez un statut dans la liste.

# Milestones
milestone-form-title = Jalon
milestone-add = Ajouter un jalon
milestone-output-hint = Un livrable vérifiable : quelque chose de publié, adopté ou lancé, chiffré si possible.
milestone-percent = Pourcentage réalisé
milestone-percent-hint = De 0 à 100. Un jalon achevé compte pour 100.
error-output-required = Décrivez le livrable attendu dans au moins une langue.
error-due-required = Indiquez une échéance.
error-percent-invalid = Saisissez un nombre entier de 0 à 100.

# Plans in the back office
admin-plans-title = Plans d'action
admin-plan-new = Nouveau plan d'action
admin-plan-edit = Modifier le plan d'action
admin-plan-number = Numéro du plan
admin-phases-hint = Donnez une date de début à chaque phase ; laissez la fin vide pour qu'elle dure jusqu'à la suivante. Les phases suivent l'ordre du cycle.
admin-commitment-new = Nouvel engagement
admin-code-hint = Unique pour tous les plans, par exemple MO0060.
admin-theme = Axe
admin-theme-new = Ajouter un axe
error-code-required = Donnez un code à l'engagement.
error-code-invalid = Utilisez uniquement des lettres latines, des chiffres et des tirets (20 au plus).
error-code-taken = Un autre engagement porte déjà ce code.
error-theme-invalid = Choisissez un axe de ce plan.
error-member-required = Indiquez le membre OGP (pays ou collectivité).
error-plan-number-invalid = Saisissez un numéro de plan de 1 à 100.
error-phase-start-required = Une phase avec une date de fin doit avoir une date de début.
error-phase-ends-before-start = Une phase se termine avant de commencer.
error-phase-out-of-order = Les phases doivent suivre l'ordre du cycle.
error-phase-duplicate = Une phase apparaît deux fois.
error-plan-slug-taken = Un autre plan utilise déjà cette adresse web.

# Indicators
indicator-form-title = Indicateur
indicator-add = Ajouter un indicateur
indicator-name = Nom
indicator-unit = Unité
indicator-value = Valeur
indicator-date = Date
error-indicator-name-required = Nommez l'indicateur dans au moins une langue.
error-unit-required = Indiquez l'unité (%, nombre de personnes, jours…).
error-value-required = Une mesure datée doit avoir une valeur.
error-target-before-baseline = La cible doit suivre la valeur de référence.

# Le forum : instances, sièges et mandats
nav-forum = Forum
nav-meetings = Réunions
nav-documents = Documents
none = Aucune
create = Créer
forum-title = Forum multi-acteurs
forum-intro = Le forum réunit le gouvernement et la société civile pour co-construire et suivre le plan d'action. Voici ses instances, leurs membres et l'institution que chacun y représente.
forum-empty = Aucune instance du forum n'a encore été créée.
forum-member-count = { $count ->
    [0] aucun membre
    [one] un membre
   *[other] { $count } membres
}
forum-members = Membres
forum-no-members = Aucun membre pour l'instant.
forum-since = depuis le
forum-former-members = Anciens membres
forum-sub-bodies = Sous-commissions et comités
forum-balance = Équilibre entre membres gouvernementaux et non gouvernementaux
forum-balance-missing = L'OGP exige que le forum compte à la fois des membres gouvernementaux et non gouvernementaux ; cette instance ne compte des membres que d'un seul côté.
forum-by-sector = Membres par secteur
forum-popolo-download = Télécharger le registre du forum (Popolo JSON)
side-government = du gouvernement
side-non-government = hors gouvernement
side-partner = partenaires internationaux
body-kind-steering-committee = Comité de pilotage
body-kind-sub-commission = Sous-commission
body-kind-drafting-committee = Comité de rédaction
seat-chair = Président
seat-co-chair = Coprésident
seat-member = Membre
seat-observer = Observateur
field-body-kind = Type d'instance
field-body-name = Nom de l'instance
field-body-parent = Rattachée à
field-body-themes = Axes du plan qu'elle rédige
body-themes-hint = Les membres de cette instance peuvent rédiger les engagements de ces axes.
field-person = Personne
field-person-name = Nom complet
field-email-public = Afficher cette adresse publiquement (sinon elle reste privée)
person-email-hint = Facultatif. Si la personne a un compte avec cette adresse, son siège lui donne le droit de rédiger.
field-seat = Siège
field-on-behalf-of = Au nom de
field-starts-on = Date de début
field-ends-on = Date de fin
field-membership-dates = Dates
admin-forum-title = Instances du forum
admin-body-new = Nouvelle instance
admin-body-settings = Paramètres de l'instance
admin-add-member = Ajouter un membre
admin-new-person = Une nouvelle personne (à renseigner ci-dessous)
admin-end-membership = Mettre fin au mandat
admin-view-public = Voir la page publique
error-body-kind-invalid = Choisissez le type d'instance.
error-body-name-required = Nommez l'instance dans au moins une langue.
error-body-slug-taken = Une autre instance utilise déjà cette adresse web.
error-steering-committee-has-no-parent = Un comité de pilotage ne peut pas être rattaché à une autre instance.
error-reference-invalid = Ce choix n'est pas valide.
error-person-name-invalid = Saisissez le nom de la personne (200 caractères au plus).
error-seat-invalid = Choisissez un siège.
error-membership-ends-before-start = Un mandat ne peut pas se terminer avant d'avoir commencé.
error-seat-taken = Ce siège a déjà un titulaire pour ces dates. Mettez d'abord fin au mandat en cours.
error-person-unknown = Cette personne ne figure pas dans le registre.
error-body-unknown = Cette instance n'existe pas.
error-theme-unknown = L'un des axes n'existe pas.

# Réunions et ateliers
meetings-title = Réunions et ateliers
meetings-feed-name = Réunions du forum du gouvernement ouvert
meetings-subscribe = Ajouter les réunions à votre agenda (iCalendar)
meetings-upcoming = À venir
meetings-past = Passées
meetings-none-upcoming = Aucune réunion n'est encore prévue.
meetings-none-past = Aucune réunion n'a encore eu lieu.
meeting-kind-forum-meeting = Réunion du forum
meeting-kind-workshop = Atelier
meeting-kind-outreach = Action de sensibilisation
meeting-kind-consultation-session = Séance de consultation
meeting-kind-implementation-review = Revue de la mise en œuvre
meeting-online = en ligne
meeting-attendance = Présences
meeting-no-attendance = Les présences n'ont pas été enregistrées.
meeting-members-present = { $count ->
    [one] Un membre du forum présent :
   *[other] { $count } membres du forum présents :
}
meeting-outside-total = { $count ->
    [one] Un autre participant, par secteur
   *[other] { $count } autres participants, par secteur
}
meeting-outside-legend = Autres participants (hors membres du forum), par secteur
meeting-participants = Participants
meeting-no-minutes = Le procès-verbal n'a pas encore été publié.
field-meeting-kind = Type de réunion
field-meeting-when = Date et heure
field-meeting-body = Instance
field-meeting-place = Lieu
field-meeting-online = Lien de connexion
field-meeting-agenda = Ordre du jour
field-meeting-minutes = Procès-verbal
field-start-date = Date de début
field-start-time = Heure de début
field-end-date = Date de fin
field-end-time = Heure de fin
end-date-hint = Laissez vide si la réunion se termine le jour même où elle commence.
field-time-zone = Fuseau horaire
time-zone-hint = Un nom de fuseau horaire IANA, par exemple Africa/Casablanca.
admin-meetings-title = Réunions
admin-meeting-new = Nouvelle réunion
admin-meeting-edit = Modifier la réunion
error-meeting-kind-invalid = Choisissez le type de réunion.
error-meeting-title-required = Donnez un titre à la réunion dans au moins une langue.
error-time-zone-invalid = Ce fuseau horaire est inconnu. Utilisez un nom comme Africa/Casablanca.
error-time-invalid = Saisissez une heure en heures et minutes, par exemple 09:30.
error-meeting-ends-before-start = La réunion se termine avant de commencer.
error-link-invalid = Saisissez une adresse web complète commençant par https:// ou http://.
error-count-invalid = Saisissez un nombre entier de participants.
error-meeting-unknown = Cette réunion n'existe pas.

# Recommandations
recommendations-title = Recommandations et décisions
recommendations-none = Aucune recommandation n'a été enregistrée pour cette réunion.
recommendation-status-open = En attente
recommendation-status-accepted = Acceptée
recommendation-status-implemented = Mise en œuvre
recommendation-status-not-retained = Non retenue
recommendation-reason = Motif
recommendation-commitments = Engagements concernés
recommendation-commitments-hint = Codes des engagements séparés par des virgules, par exemple MO0012, MO0014.
commitment-recommendations = Recommandations du forum qui ont façonné cet engagement
field-recommendation = Recommandation
field-status = Statut
admin-recommendation-new = Nouvelle recommandation
admin-recommendation-add = Enregistrer la recommandation
error-recommendation-status-invalid = Choisissez un statut.
error-recommendation-text-required = Rédigez la recommandation dans au moins une langue.
error-recommendation-reason-required = Indiquez pourquoi la recommandation n'a pas été retenue.
error-commitment-unknown = Aucun engagement ne porte ce code.

# Le fonds documentaire
documents-title = Fonds documentaire
documents-intro = Tout ce que produit le processus : plans d'action, procès-verbaux, autoévaluations, rapports d'évaluation, pièces justificatives et règles de participation.
documents-count = { $count ->
    [0] Aucun document.
    [one] Un document.
   *[other] { $count } documents.
}
document-external-link = lien externe
document-kind-action-plan = Plan d'action
document-kind-minutes = Procès-verbal
document-kind-self-assessment = Autoévaluation
document-kind-review-report = Rapport d'évaluation
document-kind-evidence = Pièce justificative
document-kind-rules-of-participation = Règles de participation
field-document-kind = Type
field-language = Langue
language-hint = La langue du document, par exemple ar, fr, zgh, en.
field-year = Année
field-published-on = Date
field-document-meeting = Réunion
field-document-body = Instance
field-file = Fichier
file-hint = PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, CSV ou texte ; { $megabytes } Mo au plus.
field-url = Adresse web
filter-all = Tous
filter-apply = Filtrer
filter-clear = Tout afficher
admin-documents-title = Documents
admin-document-upload = Déposer un document
admin-document-link = Enregistrer un lien
error-document-kind-invalid = Choisissez le type de document.
error-document-title-required = Donnez un titre au document dans au moins une langue.
error-language-invalid = Choisissez la langue du document dans la liste.
error-date-required = Indiquez la date.
error-file-required = Choisissez un fichier à déposer.
error-file-empty = Le fichier est vide.
error-file-too-large = Le fichier est trop volumineux. Déposez un fichier plus petit ou enregistrez plutôt un lien.
error-file-storage-unavailable = Le stockage des fichiers est injoignable : rien n’a été enregistré. Réessayez plus tard ou enregistrez plutôt un lien.
error-file-name-invalid = Le fichier doit avoir un nom et une extension, par exemple proces-verbal.pdf.
error-file-executable = Les programmes et les scripts ne peuvent pas être déposés.
error-file-type-not-accepted = Ce type de fichier n'est pas accepté.
error-file-type-mismatch = Le contenu du fichier ne correspond pas à son extension. Vérifiez que vous avez choisi le bon fichier.

# Corrections du registre
meeting-status-scheduled = Prévue
meeting-status-cancelled = Annulée
field-meeting-status = Statut de la réunion
meeting-cancelled-notice = Cette réunion a été annulée. Elle reste inscrite au registre.
error-meeting-status-invalid = Indiquez si la réunion a lieu.
error-gone-title = Plus disponible
error-gone-body = Ce document a été retiré. Le fonds documentaire en indique la raison.
document-withdrawn = Retiré
admin-document-withdraw = Retirer un document
admin-document-withdraw-hint = Un document retiré reste dans la liste avec votre motif ; son fichier n'est plus téléchargeable.
field-withdraw-reason = Motif public du retrait
error-withdraw-reason-required = Indiquez le motif public du retrait (2 000 caractères au plus).
admin-person-edit = Corriger les informations d'une personne

# Co-création : propositions, soutiens et commentaires
proposals-title = Propositions pour le plan d'action
proposals-intro = Pendant la co-création du plan, toute personne disposant d'un compte peut proposer une idée d'engagement dans l'un de ses axes, soutenir les idées des autres et en débattre. Chaque contribution recevra une réponse motivée.
proposals-new = Proposer une idée
field-proposal-title = Votre idée en une phrase
field-proposal-body = Le problème qu'elle résout et ce qu'il faudrait faire
proposal-body-hint = 5 000 caractères et deux liens web au plus.
proposals-submit = Envoyer la proposition
proposals-sign-in = Connectez-vous pour participer
proposals-none = Aucune proposition dans cet axe pour l'instant.
proposal-supports = { $count ->
    [0] Aucun soutien pour l'instant
    [one] Une personne la soutient
   *[other] { $count } personnes la soutiennent
}
proposal-support = Soutenir cette proposition
proposal-supported = Vous soutenez cette proposition.
proposal-comments = Discussion
proposal-no-comments = Aucun commentaire pour l'instant.
pager-label = Pages
pager-position = Page { $page } sur { $pages }
pager-first = Première page
pager-previous = Page précédente
pager-next = Page suivante
pager-last = Dernière page
proposal-comment = Votre commentaire
proposal-comment-submit = Envoyer le commentaire
plan-proposals-link = Propositions de la co-création
account-contributions-link = Mes contributions et la suite qui leur a été donnée
my-contributions-title = Mes contributions
my-contributions-intro = Tout ce que vous avez proposé ou commenté, et ce qu'il en est advenu.
my-contributions-none = Vous n'avez pas encore contribué.
my-contributions-comment-on = Commentaire sur une proposition
my-contributions-awaiting = En attente de la réponse du secrétariat.
contribution-kind-proposal = Proposition
contribution-kind-comment = Commentaire
error-co-creation-closed = Les propositions ne sont reçues que pendant la phase de co-création du plan.
error-submission-refused = Cet envoi a été refusé. Si vous n'êtes pas un robot, rechargez la page et envoyez-le de nouveau.
error-too-many-links = Deux liens web au plus, s'il vous plaît.
error-proposal-title-required = Formulez votre idée en une phrase.
error-proposal-body-required = Expliquez le problème et ce qu'il faudrait faire.
error-comment-body-required = Rédigez votre commentaire.
error-proposal-unknown = Cette proposition n'existe pas.
error-contribution-kind-invalid = Ce type de contribution n'est pas reconnu.

# Idées issues des réunions
contribution-kind-meeting-input = Idée issue d'une réunion
proposal-from-meeting = Recueillie lors de la réunion :
admin-meeting-input-new = Consigner une idée issue de cette réunion
admin-meeting-input-hint = Elle figure parmi les propositions du plan, peut être soutenue et discutée, et recevra une réponse motivée comme les autres.
admin-meeting-input-add = Consigner l'idée
field-input-theme = Plan et axe

## Consultation publique sur le projet figé
consultation-title = Consultation publique sur le projet de plan
consultation-open = Ouverte
consultation-closed = Clôturée
consultation-upcoming = À venir
consultation-open-until = Vos commentaires sont les bienvenus jusqu'au { $date }.
consultation-closed-on = La consultation a été clôturée le { $date }.
consultation-opens-on = La consultation s'ouvre le { $date }.
consultation-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
consultation-frozen-on = texte figé le { $date }
consultation-how = Voici le projet tel qu'il se présentait à l'ouverture de la consultation ; il ne sera pas modifié au fil de vos commentaires. Vous pouvez commenter l'ensemble du plan, un engagement, une section ou un paragraphe : choisissez « Commenter ce paragraphe » sous le texte, ou sélectionnez l'emplacement dans le formulaire en bas de la page.
consultation-report-link = Rapport de consultation
consultation-comment-count = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
consultation-comment-commitment = Commenter cet engagement
consultation-comment-paragraph = Commenter le paragraphe { $number }
consultation-paragraph = paragraphe { $number }
consultation-whole-plan = L'ensemble du plan
consultation-on-whole-plan = Commentaires sur l'ensemble du plan
consultation-your-comment = Votre commentaire
consultation-place = Objet de votre commentaire
consultation-place-hint = Le plan, un engagement, une section ou un paragraphe du texte figé.
consultation-commenting-on = Vous commentez :
consultation-submit = Envoyer le commentaire
consultation-reply = Répondre
consultation-reply-label = Votre réponse
consultation-reply-submit = Envoyer la réponse
consultation-closed-note = La consultation est clôturée : les commentaires ne sont plus acceptés. Chaque contribution reçoit une réponse motivée, publiée ici et dans le rapport de consultation.
consultation-not-open-note = La consultation n'est pas encore ouverte.
field-opens_on = Date d'ouverture
field-closes_on = Date de clôture
field-code = Code

## Contributions, réponses, modération
contribution-hidden = Masquée par un modérateur :
contribution-pending = En attente de validation par un modérateur avant publication
my-contributions-see = Voir dans son contexte
response-heading = Réponse
response-status = Réponse
response-status-adopted = Retenue
response-status-partly-adopted = Partiellement retenue
response-status-merged = Intégrée à un engagement
response-status-not-adopted = Non retenue
response-status-out-of-scope = Hors champ
response-merged-into = Intégrée à { $code }
response-revision-link = Voir la modification qui en a résulté
response-draft = brouillon, pas encore publique
response-published = publiée
response-none = pas encore de réponse
response-justification = Justification
response-merged-into-field = Intégrée à l'engagement (code)
response-merged-into-hint = Pour « intégrée » : le code d'un engagement de ce plan, par exemple MO0048.
response-revision = La révision qui en a résulté
response-revision-none = Aucune
response-save-draft = Enregistrer le brouillon de réponse
response-publish = Publier la réponse
response-publish-hint = La publication rend la réponse publique et l'envoie à son auteur par e-mail.
flag-summary = Signaler
flag-reason = Pourquoi un modérateur devrait-il examiner ce contenu ?
flag-submit = Envoyer le signalement
notice-flagged = Merci : un modérateur va l'examiner.
notice-pending = Votre contribution a bien été reçue. Comme il s'agit de votre première contribution, un modérateur la vérifiera avant sa publication.
notice-published = La réponse a été publiée et l'auteur en a été informé.
notice-adopted = Le plan définitif a été adopté.
mail-response-subject = Votre contribution a reçu une réponse
mail-response-body =
    Bonjour { $name },

    Votre contribution « { $contribution } » a reçu une réponse : { $status }.

    { $justification }

    Consultez toutes vos contributions et les réponses qui y ont été apportées :
    { $link }

## Adoption du plan définitif
adoption-heading = Adoption du plan définitif
adoption-done = Le plan définitif a été adopté le { $date }.
adoption-override = { $count ->
    [one] Il a été adopté alors que { $count } contribution n'avait pas de réponse publiée.
   *[other] Il a été adopté alors que { $count } contributions n'avaient pas de réponse publiée.
}
adoption-override-reason = Motif indiqué par le secrétariat :
adoption-unanswered = { $count ->
    [0] Chaque contribution a reçu une réponse publiée.
    [one] { $count } contribution n'a pas encore de réponse publiée.
   *[other] { $count } contributions n'ont pas encore de réponse publiée.
}
adoption-override-label = Motif de l'adoption malgré tout (affiché publiquement)
adoption-override-hint = L'OGP demande qu'une réponse motivée soit apportée à chaque contribution avant que le plan ne soit définitif. Une adoption sans réponse est consignée dans le journal d'audit et affichée, avec ce motif, sur la page publique du plan.
adoption-submit = Adopter le plan définitif

## Rapport de consultation
report-title = Rapport de consultation
report-intro = Toutes les contributions reçues pendant la co-création et la consultation du plan, le canal par lequel elles ont été transmises et la réponse qui leur a été apportée.
report-csv = Télécharger au format CSV
report-consultations = Consultations
report-summary = En chiffres
report-total = { $count ->
    [one] { $count } contribution
   *[other] { $count } contributions
}
report-contributors = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
report-by-channel = Par canal
report-by-theme = Par axe
report-by-response = Par réponse
report-channel-online = Sur le portail
report-channel-meeting = Lors d'une réunion
report-awaiting = En attente de réponse
report-group = Groupe
report-count = Nombre
report-kind = Type
report-theme = Axe
report-contribution = Contribution
report-no-theme = Ensemble du plan
report-none = Rien pour le moment.
report-profiles = Qui a participé
report-profiles-note = D'après les profils que les participants ont choisi de renseigner. Les groupes de moins de 5 personnes sont comptés ensemble afin que personne ne puisse être identifié.
report-small-groups = Petits groupes (moins de 5 personnes chacun)
report-not-given = Non renseigné
report-every-contribution = Toutes les contributions et leurs réponses

## Profil facultatif
profile-title = Votre profil (facultatif)
profile-intro = Nous indiquer votre secteur, votre genre et votre région permet de montrer qui a participé. Ces informations ne sont publiées que sous forme de totaux, jamais avec votre nom. Chaque champ peut rester vide.
profile-sector = Secteur
profile-gender = Genre
profile-region = Région
profile-region-hint = Par exemple : Rabat-Salé-Kénitra.
profile-not-given = Je préfère ne pas répondre
profile-save = Enregistrer le profil
sector-civil-society = Société civile
sector-government = Administration publique
sector-private-sector = Secteur privé
sector-academia = Université et recherche
sector-media = Médias
sector-citizen = Citoyen
sector-other = Autre
gender-woman = Femme
gender-man = Homme
gender-other = Autre

## Back-office : consultation, réponses, modération, audit
admin-consultations-title = Consultations
admin-consultation-open = Ouvrir une consultation
admin-consultation-freeze-note = L'ouverture fige le projet dans son état actuel : { $count } engagements avec leurs sections et leurs jalons. Les commentaires restent rattachés à cette version figée.
admin-consultation-min = Une consultation dure au moins { $count } jours ; une fois ouverte, elle ne peut pas être raccourcie en deçà de cette durée.
admin-consultation-open-submit = Figer le projet et ouvrir la consultation
admin-consultations-existing = Consultations de ce plan
admin-consultations-none = Aucune consultation pour le moment.
admin-consultation-change = Modifier les dates
admin-contributions-title = Contributions et réponses
admin-contributions-all = Toutes les contributions
admin-contributions-unanswered = Contributions sans réponse publiée
admin-respond-title = Répondre à une contribution
admin-respond-place = Porte sur :
merge-heading = Intégrer à un nouveau projet d'engagement
merge-intro = Crée un projet d'engagement dans l'axe de cette proposition, portant son titre, et prépare la réponse « intégrée à » cet engagement.
merge-submit = Créer le projet d'engagement
merge-justification = Cette proposition a été intégrée au projet d'engagement { $code }.
admin-moderation-title = Modération
admin-moderation-intro = Contributions signalées par des participants et premières contributions en attente de vérification. Le masquage laisse une trace publique indiquant votre motif ; rien n'est supprimé.
admin-moderation-empty = Aucun élément en attente de modération.
admin-moderation-queue = Ouvrir la file de modération
admin-moderation-flags = { $count ->
    [one] { $count } signalement
   *[other] { $count } signalements
}
admin-moderation-approve = Publier
admin-moderation-reason = Motif public du masquage
admin-moderation-hide = Masquer
admin-audit-title = Journal d'audit
admin-audit-intact = La chaîne de { $count } entrées est intacte.
admin-audit-broken = La chaîne est rompue à l'entrée { $id } : une entrée a été modifiée ou supprimée.
admin-audit-when = Quand
admin-audit-who = Qui
admin-audit-what = Quoi
admin-audit-detail = Détail

## Erreurs de la consultation
error-paragraph-unknown = Cet emplacement n'existe pas dans le texte figé. Choisissez un paragraphe dans la liste.
error-reply-unknown = Le commentaire auquel vous répondez n'existe pas dans cette consultation.
error-consultation-not-open-yet = La consultation n'est pas encore ouverte.
error-consultation-closed = La consultation est clôturée : les commentaires ne sont plus acceptés.
error-consultation-start-fixed = La consultation a commencé : sa date d'ouverture ne peut plus être modifiée.
error-consultation-close-before-today = Une consultation ouverte ne peut pas être clôturée avant aujourd'hui.
error-consultation-ends-before-start = La date de clôture doit être postérieure à la date d'ouverture.
error-consultation-too-short = La consultation est trop courte : elle doit durer au moins { $days } jours.
error-consultation-unknown = Cette consultation n'existe pas.
error-consultation-nothing-to-freeze = Le plan ne comporte encore aucun engagement : il n'y a pas de projet à soumettre à la consultation.
error-response-status-invalid = Choisissez une réponse.
error-merged-into-required = Indiquez le code de l'engagement auquel elle a été intégrée.
error-justification-required = Motivez la réponse dans au moins une langue.
error-revision-unknown = Cette révision n'existe pas.
error-response-missing = Rédigez une réponse avant de la publier.
error-response-already-published = Cette réponse est déjà publiée.
error-contributions-unanswered = Certaines contributions n'ont pas de réponse publiée. Publiez les réponses, ou indiquez un motif pour adopter malgré tout.
error-plan-already-adopted = Ce plan a déjà été adopté.
error-consultation-ends-in-past = Une consultation ne peut pas se terminer dans le passé : choisissez une date de clôture à partir d'aujourd'hui.
error-consultation-overlaps = Une autre consultation sur ce plan couvre une partie de ces dates. Choisissez des dates après sa clôture.
error-adoption-no-commitments = Ce plan n'a encore aucun engagement : il ne peut pas être adopté.
error-adoption-consultation-open = Une consultation sur ce plan reçoit encore des commentaires : adoptez-le une fois la consultation close.
error-adoption-before-consultation = Le projet de ce plan n'a pas encore été soumis à une consultation publique : tenez-en une avant d'adopter le plan.
error-hide-reason-required = Indiquez le motif public du masquage (500 caractères au maximum).
error-sector-invalid = Choisissez un secteur dans la liste.
error-gender-invalid = Faites un choix dans la liste.

## Mise en œuvre : avancement, preuves, mesures, validation
admin-implementation-title = Mise en œuvre
admin-implementation-intro = Rendez compte de l'avancement des jalons dont votre institution est responsable, pièces justificatives à l'appui, et ajoutez les mesures des indicateurs. Les jalons en retard apparaissent en premier.
admin-implementation-milestones = Jalons dont vous rendez compte
admin-implementation-none = Aucun jalon n'est attribué à une institution pour laquelle vous rendez compte.
admin-progress-title = Déclarer l'avancement
admin-progress-report = Déclarer l'avancement
admin-progress-submit = Enregistrer le rapport d'avancement
admin-measure-title = Ajouter une mesure
admin-measure-add = Ajouter une mesure
admin-review-title = En attente de validation
admin-review-empty = Rien n'est en attente de validation.
admin-review-approve = Publier
admin-review-reject = Rejeter
progress-narrative = Ce qui a été fait
progress-reason = Pourquoi le pourcentage a baissé
progress-reason-hint = À renseigner uniquement si le pourcentage est inférieur au précédent.
progress-reported-on = Date du rapport
progress-links = Preuves : liens web
progress-links-hint = Un lien par ligne, commençant par https:// ou http://.
progress-documents = Preuves : documents du fonds documentaire
progress-evidence = Preuves :
progress-history = Rapports d'avancement
progress-reported = Dernier rapport
evidence-document = Document n° { $id }
measure-value = Valeur (en { $unit })
measure-date = Date de la mesure
measure-source = Source
review-published = publié
review-pending = en attente de validation
review-rejected = rejeté
notice-submitted-for-review = Votre rapport a bien été reçu ; il sera rendu public une fois examiné par le secrétariat.
notice-token-created = Le jeton a été créé.
mail-reminder-due-subject = { $code } : un jalon arrive à échéance le { $due }
mail-reminder-due-body =
    Bonjour { $name },

    Le jalon « { $milestone } » de l'engagement { $code } arrive à échéance le { $due }.

    Veuillez rendre compte de son avancement, pièces justificatives à l'appui, à l'adresse suivante :
    { $link }
mail-reminder-late-subject = { $code } : un jalon est en retard
mail-reminder-late-body =
    Bonjour { $name },

    Le jalon « { $milestone } » de l'engagement { $code } arrivait à échéance le { $due } et n'a pas été déclaré comme achevé. Il apparaît désormais comme en retard sur le tableau de bord public.

    Veuillez indiquer où il en est, pièces justificatives à l'appui, à l'adresse suivante :
    { $link }

## Tableau de bord
dashboard-title = Tableau de bord de la mise en œuvre
dashboard-intro = L'état d'avancement du plan, calculé à partir de l'avancement déclaré des jalons : un engagement compte la moyenne de ses jalons ; un axe et le plan, la moyenne de leurs engagements.
dashboard-by-theme = Avancement par axe
dashboard-by-theme-desc = Avancement moyen des engagements de chaque axe, en pourcentage.
dashboard-by-institution = Avancement par institution responsable
dashboard-by-institution-desc = Avancement moyen des engagements que porte chaque institution, en pourcentage.
dashboard-by-branch = Avancement par pouvoir de l'État
dashboard-by-branch-desc = La vue de l'État ouvert : avancement moyen des engagements portés par l'exécutif, le parlement, le pouvoir judiciaire et les instances indépendantes, en pourcentage.
dashboard-statuses = Jalons par statut
dashboard-statuses-desc = Nombre de jalons non commencés, en cours, achevés, annulés ou en retard.
dashboard-timeline = Calendrier des jalons
dashboard-timeline-desc = Chaque jalon, de son début à son échéance, avec la date du jour signalée.
dashboard-today = aujourd'hui
dashboard-indicator-desc = Mesures dans le temps en { $unit }, par rapport à la valeur de référence et à la cible.
dashboard-measurement = Mesure
dashboard-data-table = Les données sous forme de tableau
dashboard-column-group = Groupe
dashboard-column-progress = Avancement
dashboard-column-count = Nombre
dashboard-column-start = Début
dashboard-column-what = Objet
dashboard-column-date = Date
dashboard-none = Non défini
dashboard-state-done = achevé
dashboard-state-late = en retard
dashboard-state-cancelled = annulé
dashboard-state-open = en cours
dashboard-late = { $count ->
    [0] Jalons en retard
    [one] { $count } jalon en retard
   *[other] { $count } jalons en retard
}
dashboard-late-none = Aucun jalon n'est en retard.
dashboard-upcoming = Prochaines échéances
dashboard-upcoming-none = Aucune échéance dans les prochaines semaines.
dashboard-completion = Achèvement : déclaré et évalué
dashboard-completion-intro = Nombre d'engagements atteignant chaque niveau d'achèvement, selon les déclarations des responsables de mise en œuvre et selon l'évaluation du Mécanisme d'évaluation indépendant (IRM).
dashboard-self-reported = Déclaré par les responsables de mise en œuvre
dashboard-irm = Évalué par l'IRM
commitment-completion = Achèvement

## Évaluation indépendante (niveaux de l'IRM, termes exacts)
admin-assessment-title = Enregistrer une évaluation de l'IRM
irm-scale-current = Échelle actuelle de l'IRM
irm-scale-legacy = Ancienne échelle de l'IRM
irm-verifiable = Vérifiable
irm-relevance = Pertinence (prisme du gouvernement ouvert)
irm-potential-for-results = Potentiel de résultats
irm-completion = Achèvement
irm-early-results = Résultats préliminaires
irm-did-it-open-government = A-t-il contribué à ouvrir le gouvernement ?
irm-specificity = Spécificité
irm-potential-impact = Impact potentiel
irm-level-verifiable = Vérifiable
irm-level-not-verifiable = Non vérifiable
irm-level-yes = Oui
irm-level-no = Non
irm-level-unclear = Peu clair
irm-level-modest = Modeste
irm-level-substantial = Substantiel
irm-level-no-evidence-available = Aucune preuve disponible
irm-level-not-started = Non commencé
irm-level-limited = Limité
irm-level-complete = Achevé
irm-level-no-notable-results = Aucun résultat notable
irm-level-moderate = Modéré
irm-level-significant = Significatif
irm-level-outstanding = Exceptionnel
irm-level-worsened = Détérioré
irm-level-did-not-change = N'a pas changé
irm-level-marginal = Marginal
irm-level-major = Majeur
irm-level-none = Aucun
irm-level-low = Faible
irm-level-medium = Moyen
irm-level-high = Élevé
irm-level-minor = Mineur
irm-level-transformative = Transformateur
irm-not-assessed = Non évalué
irm-assessed-on = Date de l'évaluation
irm-report-url = Rapport de l'IRM
irm-submit = Enregistrer l'évaluation
irm-earlier = Évaluations précédentes
irm-none = Pas encore évalué

## Rapport d'autoévaluation
self-assessment-title = Rapport d'autoévaluation
self-assessment-generated = Généré à partir du portail le { $date }.
self-assessment-print = Utilisez la commande d'impression de votre navigateur pour l'imprimer ou l'enregistrer au format PDF.
indicator-latest = Dernière mesure

## Jetons d'API personnels
tokens-title = Jetons d'API
tokens-intro = Un jeton personnel permet aux systèmes de votre ministère de déclarer l'avancement et les mesures via l'API (voir /api/openapi.json). Un jeton n'agit que pour l'institution que vous choisissez, et seulement tant que vous rendez compte pour elle. Seule son empreinte est conservée.
tokens-new = Créer un jeton
tokens-name = Nom
tokens-name-hint = Son usage, par exemple « Système statistique ».
tokens-institution = Agit pour
tokens-create = Créer le jeton
tokens-created = Votre nouveau jeton :
tokens-created-once = Copiez-le maintenant : il ne sera plus affiché.
tokens-mine = Vos jetons
tokens-none = Aucun jeton pour l'instant.
tokens-last-used = Dernière utilisation
tokens-revoke = Révoquer
tokens-revoked = révoqué
tokens-no-institution = Les jetons sont réservés aux responsables de mise en œuvre : vous ne rendez compte pour aucune institution.

## Erreurs du suivi de la mise en œuvre
error-percent-backwards-needs-reason = Le pourcentage est inférieur au précédent : indiquez pourquoi.
error-narrative-required = Décrivez ce qui a été fait, dans au moins une langue.
error-date-in-future = La date ne peut pas être dans le futur.
error-evidence-link-invalid = Chaque lien de preuve doit être une adresse web commençant par https:// ou http://.
error-document-unknown = Ce document ne figure pas dans le fonds documentaire.
error-evidence-too-many = 10 pièces justificatives au plus par rapport.
error-value-not-number = La valeur doit être un nombre, comme la valeur de référence et la cible.
error-unit-mismatch = Cet indicateur est mesuré dans une autre unité : indiquez la valeur dans l'unité de l'indicateur.
error-level-invalid = Choisissez les niveaux dans les listes : ce sont les niveaux exacts de l'IRM.
error-levels-required = Choisissez au moins un niveau.
error-scale-invalid = Choisissez l'échelle actuelle ou l'ancienne échelle.
error-token-name-required = Donnez un nom au jeton (80 caractères au plus).
error-token-institution-invalid = Choisissez une institution pour laquelle vous rendez compte.
## Conformité aux Normes de participation et de co-création de l'OGP
compliance-title = Normes OGP : exigences minimales
compliance-intro = Les exigences minimales des Normes de participation et de co-création de l'OGP (2021), vérifiées au regard de ce qu'enregistre ce portail : le forum, ses réunions, le fonds documentaire, le calendrier, les contributions et les réponses qui leur ont été apportées. Pour chacune, la preuve qui fonde le constat est indiquée.
compliance-summary = { $count ->
    [one] { $count } exigence remplie sur 8
   *[other] { $count } exigences remplies sur 8
}
compliance-outcome-met = Remplie
compliance-outcome-not-met = Non remplie
compliance-outcome-not-yet = Pas encore exigible
compliance-missing = Ce qui manque :
compliance-evidence = Preuves :
compliance-forum = Un forum multi-acteurs
compliance-forum-rule = Le forum compte des membres gouvernementaux et non gouvernementaux, dispose de règles de participation publiques et ne laisse jamais s'écouler plus de six mois entre deux réunions.
compliance-forum-missing = Vérifiez que le comité de pilotage compte à la fois des membres gouvernementaux et non gouvernementaux, que ses règles de participation figurent dans le fonds documentaire et qu'il s'est réuni au cours des six derniers mois.
compliance-website = Un site web OGP
compliance-website-rule = Un site web public où le processus OGP est publié : ce portail.
compliance-website-missing = Rien.
compliance-repository = Un fonds documentaire tenu à jour
compliance-repository-rule = Le fonds documentaire fait l'objet d'au moins deux mises à jour datées sur toute période de douze mois.
compliance-repository-missing = Moins de deux documents ont été ajoutés au cours des douze derniers mois.
compliance-timeline = Un calendrier de co-création publié
compliance-timeline-rule = Le calendrier de co-création est publié au moins 14 jours avant le début de la co-création.
compliance-timeline-missing = La phase de co-création du plan n'est pas datée, ou le plan a été publié moins de 14 jours avant le début de cette phase.
compliance-outreach = Sensibilisation
compliance-outreach-rule = Au moins une action de sensibilisation avant ou pendant la co-création.
compliance-outreach-missing = Aucune action de sensibilisation n'est enregistrée avant ou pendant la co-création.
compliance-input-channel = Un canal de contribution
compliance-input-channel-rule = Chacun peut apporter sa contribution pendant la co-création : le formulaire de proposition du portail reste ouvert pendant toute la phase.
compliance-input-channel-missing = Dotez le plan d'une phase de co-création datée.
compliance-responses = Une réponse motivée à chaque contribution
compliance-responses-rule = Chaque contribution reçoit une réponse motivée publiée avant que le plan ne soit définitif.
compliance-responses-missing = Certaines contributions n'ont pas de réponse publiée, ou le plan a été adopté alors que des contributions restaient sans réponse.
compliance-implementation-meetings = Réunions pendant la mise en œuvre
compliance-implementation-meetings-rule = Au moins deux réunions avec la société civile pendant la mise en œuvre.
compliance-implementation-meetings-missing = Moins de deux réunions avec la société civile sont enregistrées pendant la phase de mise en œuvre.

## Flux Atom
feed-follow = Suivre (flux Atom)
feed-meetings = Réunions du forum
feed-consultations = Consultations publiques

## Open data
open-data-title = Données ouvertes
open-data-intro = Tout ce que publie ce portail, à télécharger et à réutiliser : les engagements selon les colonnes des données des engagements de l'OGP, l'ensemble du portail au format JSON, le forum au format Popolo et une API JSON.
open-data-licence = Licence : Creative Commons Attribution 4.0 International (CC BY 4.0). Citez le portail comme source.
open-data-commitments = Engagements (XLSX, CSV)
open-data-commitments-text = { $count ->
    [one] { $count } engagement, un par ligne, selon les colonnes des données des engagements de l'OGP ; les lignes importées conservent les valeurs de l'OGP.
   *[other] { $count } engagements, un par ligne, selon les colonnes des données des engagements de l'OGP ; les lignes importées conservent les valeurs de l'OGP.
}
open-data-instance = L'ensemble du portail (JSON)
open-data-instance-text = Institutions, plans avec leurs phases et leurs axes, engagements avec leurs textes dans chaque langue, jalons et indicateurs : ce qu'écrit `sharaka export json`, conforme à son JSON Schema.
open-data-schema = JSON Schema
open-data-forum = Le forum (Popolo)
open-data-forum-text = Personnes, instances, sièges, mandats et réunions selon le standard Popolo. Les adresses e-mail n'y figurent que si les personnes concernées ont choisi de rendre la leur publique.
open-data-api = API JSON
open-data-api-text = Plans, engagements, institutions, ainsi que les contributions et les réponses qui leur ont été apportées, décrits dans un document OpenAPI.
open-data-dictionary = Dictionnaire des champs
open-data-dictionary-intro = Les colonnes du fichier téléchargeable des engagements que remplit Sharaka. Les autres colonnes (domaines d'action, évaluations de l'IRM) reprennent les données de l'OGP.
open-data-column = Colonne
open-data-meaning = Signification
open-data-field-code = Le code de l'engagement, selon la numérotation de l'OGP (par exemple MO0050).
open-data-field-member = Le membre OGP : pays ou collectivité.
open-data-field-plan-number = Le numéro du plan d'action pour ce membre (1, 2, 3…).
open-data-field-plan-id = L'identifiant du plan attribué par l'OGP (par exemple AP_MAR02).
open-data-field-number = Le numéro de l'engagement dans son plan.
open-data-field-title = Le titre de l'engagement (en anglais, à défaut en français, lorsqu'il n'est pas importé).
open-data-field-short-title = Son titre court.
open-data-field-full-text = Le texte intégral de l'engagement tel que publié.
open-data-field-start = Date de début, au format mois/jour/année comme dans les données de l'OGP.
open-data-field-end = Date de fin, au format mois/jour/année.
open-data-field-url = La page de l'engagement sur le site de l'OGP, lorsqu'elle est connue.
open-data-field-policy-area = Une colonne par domaine d'action de l'OGP : 1 lorsque l'engagement le concerne.
nav-open-data = Données ouvertes

## Recherche
nav-search = Rechercher
search-title = Rechercher
search-label = Mots à trouver
search-kind = Quoi
search-plan = Plan
search-all = Tout
search-submit = Rechercher
search-count = { $count ->
    [0] Aucun résultat
    [one] { $count } résultat
   *[other] { $count } résultats
}
search-no-words = Tapez un ou plusieurs mots : la ponctuation et les symboles ne sont pas cherchés.
search-filters = Affiner la recherche
search-more = Plus de { $count } résultats
search-page-range = Résultats { $from } à { $to }
search-none = Rien ne contient tous ces mots. Essayez des mots moins nombreux ou plus courts : voyelles, accents et formes des lettres n'importent pas.
search-kind-plan = Plan
search-kind-commitment = Engagement
search-kind-milestone = Jalon
search-kind-meeting = Réunion
search-kind-document = Document
search-kind-comment = Contribution

## Actualités et plan de communication
nav-news = Actualités
news-title = Actualités
news-none = Aucune actualité pour le moment.
admin-news-title = Actualités et communication
admin-news-new = Rédiger une actualité
admin-news-edit = Corriger l'actualité
admin-news-save = Publier
news-field-title = Titre
news-field-body = Texte
news-field-date = Date de publication
news-field-date-hint = Une actualité datée dans le futur apparaîtra à cette date.
communication-title = Plan de communication
communication-none = Aucune action de communication n'est encore prévue.
communication-date = Date
communication-action = Action
communication-audience = Public visé
communication-channel = Canal
communication-status = Statut
communication-add = Ajouter l'action
communication-save = Enregistrer
channel-website = Site web
channel-social-media = Réseaux sociaux
channel-press = Presse
channel-radio-tv = Radio et télévision
channel-event = Événement
channel-email = E-mail
channel-other = Autre
action-status-planned = Prévue
action-status-done = Réalisée
action-status-cancelled = Annulée
search-kind-theme = Thème
search-kind-institution = Institution
search-kind-body = Instance du forum
search-kind-member = Membre du forum
search-kind-news = Actualité
error-news-body-required = Rédigez le texte dans au moins une langue.
error-audience-required = Indiquez à qui s'adresse l'action, dans au moins une langue.
error-channel-invalid = Choisissez un canal dans la liste.
error-action-status-invalid = Choisissez un statut dans la liste.
error-news-title-required = Donnez un titre à l'actualité dans au moins une langue.
error-action-title-required = Nommez l'action dans au moins une langue.

## Following by e-mail
follow-title = Mes suivis
follow-intro = Vous recevez un e-mail lorsqu'il se passe quelque chose sur ce que vous suivez : rapports d'avancement, consultations, adoption du plan. Chaque e-mail contient un lien pour arrêter immédiatement.
follow-none = Vous ne suivez encore rien. Suivez un plan, un axe ou un engagement depuis sa page.
follow-what = Élément suivi
follow-frequency = Fréquence
follow-stop = Ne plus suivre
follow-by-mail = Suivre par e-mail :
follow-submit = Suivre
follow-frequency-immediate = au fil de l'eau
follow-frequency-weekly = une fois par semaine
follow-kind-plan = Plan
follow-kind-theme = Axe
follow-kind-commitment = Engagement
notice-following = Vous suivez désormais cet élément. Vous pouvez arrêter depuis « Mes suivis » ou depuis n'importe quel e-mail.
unsubscribe-title = Arrêter ces e-mails
unsubscribe-question = Ne plus recevoir d'e-mails à ce sujet ? Vous n'avez pas besoin de vous connecter.
unsubscribe-submit = Arrêter les e-mails
unsubscribe-done = C'est fait : vous ne recevrez plus ces e-mails.
unsubscribe-unknown = Ce lien ne permet de rien arrêter : vous avez peut-être déjà arrêté ces e-mails.
mail-follow-subject = { $count ->
    [one] Du nouveau dans ce que vous suivez
   *[other] { $count } nouveautés dans ce que vous suivez
}
mail-follow-body =
    Bonjour { $name },

    { $news }

    Pour ne plus recevoir ces e-mails, ouvrez ce lien :
    { $unsubscribe }

## Printable plan
print-title = Version imprimable
print-hint = Cette page contient tout le plan, mis en page pour le papier : utilisez la commande Imprimer de votre navigateur, ou téléchargez le PDF, composé avec des polices pour l’arabe, le tifinagh et l’alphabet latin.
print-pdf = Télécharger le PDF
print-contents = Sommaire
print-page = Page
print-source = Imprimé depuis { $url } le { $date }.

## Linked portals and embeds
notice-deleted = Supprimé.
admin-portals-title = Portails liés
admin-portals-intro = Enregistrez les autres sites de gouvernement ouvert du pays : accès à l’information, données ouvertes, budget, plaintes, e-participation. Les engagements peuvent ensuite y renvoyer, et la page publique indique si chacun répond et publie encore.
admin-portals-checks-off = Les vérifications sont désactivées sur ce serveur : définissez SHARAKA_PORTAL_CHECKS=true pour qu’il visite chaque portail et son flux une fois par jour.
admin-portals-new = Enregistrer un portail
admin-portals-edit = Corriger un portail
admin-portals-save = Enregistrer le portail
admin-portals-check = Vérifier maintenant
admin-portals-delete = Supprimer
portal-field-kind = Type de portail
portal-field-kind-choose = Choisissez un type
portal-field-name = Nom
portal-field-description = Ce qu’on y trouve
portal-field-url = Adresse web
portal-field-feed = Adresse de son flux d’actualités (Atom ou RSS), facultatif
portal-field-feed-hint = Avec un flux, la vérification indique aussi quand le portail a publié pour la dernière fois.
portal-kind-access-to-information = Accès à l’information
portal-kind-open-data = Données ouvertes
portal-kind-budget = Transparence budgétaire
portal-kind-complaints = Plaintes
portal-kind-e-participation = E-participation
portal-kind-legislation = Législation
portal-kind-other = Autre
portal-state = État
portal-state-unchecked = Non vérifié
portal-state-live = À jour
portal-state-stale = Pas mis à jour récemment
portal-state-down = Injoignable
portal-newest-entry = dernière entrée du flux le { $date }
portal-stale-days = rien de nouveau depuis { $days } jours
portal-checked-on = vérifié le { $date }
portal-problem-unreachable = le site n’a pas répondu
portal-problem-http-error = le site a répondu par une erreur
portal-problem-feed-unreachable = son flux n’a pas pu être récupéré
portal-problem-feed-malformed = son flux n’a pas pu être lu
portal-problem-feed-empty = son flux ne contient aucune entrée
portal-problem-address-not-allowed = son adresse n’est pas sur l’internet public : elle n’a pas été vérifiée
portals-title = Autres portails de gouvernement ouvert
portals-intro = Les autres sites de gouvernement ouvert du pays, réunis en un seul endroit. Chacun est vérifié régulièrement : répond-il, et quand son flux a-t-il publié pour la dernière fois ?
portals-stale-count = { $count ->
    [one] Un portail est injoignable ou n’a pas été mis à jour récemment.
   *[other] { $count } portails sont injoignables ou n’ont pas été mis à jour récemment.
}
portals-checks-off = Ces portails ne sont pas vérifiés automatiquement sur ce serveur.
portals-none = Aucun portail n’a encore été enregistré.
error-portal-kind-invalid = Choisissez le type de portail.
error-portal-name-required = Donnez un nom au portail dans au moins une langue.
commitment-portals = Portails liés
commitment-portals-none = Cet engagement ne renvoie encore à aucun autre portail.
commitment-portals-choose = Portails auxquels cet engagement renvoie
commitment-portals-save = Enregistrer les liens
embed-title = Afficher l’avancement de cet engagement sur votre site
embed-intro = Les institutions peuvent afficher l’avancement en direct de cet engagement sur leur propre site : copiez l’un de ces extraits dans une page. Ils montrent toujours les chiffres du moment.
embed-badge-alt = Badge d’avancement de cet engagement
embed-badge-code = Badge (une image)
embed-widget-code = Widget (un petit cadre)
embed-no-progress = aucun avancement déclaré
embed-source = Plan d’action pour un gouvernement ouvert
embed-milestones-done = { $done ->
    [one] { $done } jalon achevé sur { $total }
   *[other] { $done } jalons achevés sur { $total }
}
embed-more = Voir tout l’engagement

## Search filters
search-theme = Thème
search-institution = Institution
search-status = État
search-status-commitment = État de l’engagement
search-status-milestone = État du jalon

## Sign-in throttling
error-login-slow-down = Trop de tentatives erronées depuis ici. Patientez un peu puis réessayez ; votre compte n'est pas bloqué.
login-slow-down-seconds = Vous pourrez réessayer dans { $seconds } secondes.

## Home: what is open now
home-open-title = Participer maintenant
home-open-none = Rien n'est ouvert à la participation aujourd'hui.
home-next-title = Prochaine étape :
home-next-co-creation = ouverture de la co-création : proposez vos idées
home-next-consultation = ouverture de la consultation publique : commentez le projet
home-next-on = le { $date }
home-next-none = Aucune étape de participation n'est encore fixée. Suivez les plans pour en être informé.
home-open-kind-proposals = Co-création ouverte
home-open-kind-consultation = Consultation publique ouverte
home-open-what-proposals = Proposez des idées d'engagements et soutenez celles des autres
home-open-what-consultation = Commentez le projet de plan, paragraphe par paragraphe ; chaque commentaire reçoit une réponse motivée
home-open-until = jusqu'au { $date }
home-open-action-proposals = Proposer une idée
home-open-action-consultation = Commenter le projet

## Consultation on a phone
consultation-toc = Sommaire : { $count } engagements
consultation-passages = { $count ->
    [one] { $count } passage
   *[other] { $count } passages
}
consultation-read-commitment = Lire le texte et commenter
consultation-place-change = Changer l'endroit commenté
consultation-closed-while-writing = La consultation a fermé pendant que vous écriviez : votre commentaire n'a pas été envoyé
consultation-your-text-kept = Votre texte est conservé ici pour que vous le copiiez :
contribution-name-public = Votre nom est publié avec votre contribution.

## Support
error-support-own-proposal = Vous ne pouvez pas soutenir votre propre proposition.
error-support-hidden = Cette proposition a été masquée par un modérateur et ne peut pas être soutenue.
proposal-own = C'est votre proposition ; les autres peuvent la soutenir.
consultation-replies = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}

## Plans: what a person can do
plans-no-phase = Aucune phase en cours aujourd'hui
plans-can-co-creation = Vous pouvez proposer des idées et soutenir celles des autres.
plans-action-co-creation = Proposer une idée
plans-can-consultation = Vous pouvez commenter le projet de plan.
plans-action-consultation = Commenter le projet
plans-can-implementation = Vous pouvez suivre l'avancement des engagements, et par e-mail.
plans-action-implementation = Tableau de bord
plans-can-closed = Le plan est achevé ; lisez son bilan.
plans-action-closed = L'auto-évaluation
plans-can-follow = Cette étape se prépare ; suivez le plan pour connaître la suivante.
plans-action-follow = La page du plan
error-completed-not-100 = Un jalon achevé est à 100 % : laissez le pourcentage vide ou choisissez un autre statut.
notice-checks-off = Rien n'a été vérifié : les vérifications des portails sont désactivées sur ce serveur.

## The state's portal: legal, contact, accessibility, privacy
identity-authority-default = L'autorité chargée du plan d'action pour un gouvernement ouvert
identity-address = Adresse
page-legal-title = Mentions légales
page-legal-p1 = Ce portail est publié par { $authority }, responsable de son contenu.
page-legal-p2 = Les textes et données publiés ici (plans, engagements, rapports, réponses motivées) sont réutilisables en format ouvert, avec mention de la source.
page-legal-p3 = Chaque participant reste responsable de ce qu'il écrit ; les contributions contraires aux règles de participation sont masquées, avec un motif public.
page-legal-p4 = Le logiciel Sharaka est un logiciel libre sous licence AGPL-3.0-or-later.
page-contact-title = Contact
page-contact-p1 = Pour toute question sur le plan d'action, la consultation ou votre participation, écrivez au secrétariat du forum à l'adresse ci-dessous.
page-contact-p2 = Chaque contribution à une consultation reçoit une réponse motivée : inutile de nous écrire pour l'obtenir.
page-accessibility-title = Déclaration d'accessibilité
page-accessibility-p1 = { $authority } s'engage à rendre ce portail utilisable par tous, selon le niveau AA des règles WCAG 2.1.
page-accessibility-p2 = Chaque page est testée automatiquement (axe-core) dans les quatre langues et sur un écran de téléphone de 375 pixels ; le portail fonctionne sans JavaScript et les graphiques sont accompagnés de tableaux de données.
page-accessibility-p3 = Limites connues : certains textes ne sont pas encore traduits et s'affichent dans leur langue d'origine, signalée ; d'anciens PDF du fonds documentaire peuvent ne pas être accessibles.
page-accessibility-p4 = Si vous rencontrez un obstacle, écrivez-nous via la page Contact : nous proposons une alternative sous deux semaines.
page-privacy-title = Protection des données personnelles
page-privacy-p1 = Responsable du traitement : { $authority }. Le traitement relève de la loi 09-08 relative à la protection des personnes physiques à l'égard du traitement des données à caractère personnel et est déclaré à la CNDP.
page-privacy-p2 = Ce que nous conservons : votre nom, votre adresse e-mail, votre mot de passe (haché), votre langue, vos contributions et, si vous le souhaitez, votre profil volontaire (secteur, genre, région), publié seulement en agrégat.
page-privacy-p3 = Ce qui est publié : votre nom apparaît avec chaque proposition ou commentaire que vous publiez, car la co-construction est publique ; votre adresse e-mail ne l'est jamais.
page-privacy-p4 = Pourquoi : organiser la participation au plan de gouvernement ouvert, répondre de façon motivée à chaque contribution et vous informer de ce que vous suivez. Participer peut révéler vos opinions : n'écrivez pas ce que vous ne voulez pas voir publié.
page-privacy-p5 = Vos droits : accès, rectification, opposition et effacement, en écrivant au secrétariat à l'adresse ci-dessous ; vous pouvez aussi saisir la CNDP.
page-privacy-p6 = Hébergement : les données sont conservées par l'éditeur ; aucun service de suivi ou de publicité n'est utilisé et aucune ressource n'est chargée depuis d'autres sites.
register-name-public = Ce nom est affiché publiquement avec tout ce que vous publiez (propositions, commentaires).

## Language names in the reader's language
untranslated-ar = Pas encore traduit ; affiché en arabe
untranslated-fr = Pas encore traduit ; affiché en français
untranslated-en = Pas encore traduit ; affiché en anglais
untranslated-zgh = Pas encore traduit ; affiché en amazighe
language-name-ar = arabe
language-name-fr = français
language-name-en = anglais
language-name-zgh = amazighe
language-name-ary = arabe marocain (darija)
language-name-es = espagnol
language-name-mul = plusieurs langues
progress-basis = d'après { $with } engagements sur { $of }

## Institution directory: merge
admin-institution-merge-title = Fusionner un doublon
admin-institution-merge-hint = Si cette institution est un doublon d'une autre, fusionnez-la : engagements, jalons, sièges et droits passent à l'autre, celle-ci est supprimée.
admin-institution-merge-into = Fusionner dans
admin-institution-merge-submit = Fusionner
error-merge-into-itself = Une institution ne peut pas être fusionnée avec elle-même ; choisissez-en une autre.
error-merge-target-unknown = Choisissez l'institution dans laquelle fusionner.
notice-merged = Institution fusionnée ; tous les liens ont été repris.
consultation-back-to-contents = Retour au sommaire
meeting-local-time = heure locale : { $place }

## The printed plan's cover
print-authority = Publié par
print-version = Version
print-version-adopted = plan définitif, adopté le { $date }
print-version-draft = document de travail au { $date }, non adopté
print-stage = Étape
print-stage-none = aucune phase en cours

## OGP members, named in the reader's language (OGP's data names them in English)
member-morocco = Maroc

# Impersonation (issue 18)
official-badge = compte officiel
error-name-imitates = Ce nom ressemble à celui d'une institution, du secrétariat ou d'un rôle officiel du portail. Inscrivez-vous sous votre propre nom : les comptes officiels sont ouverts par le secrétariat.
admin-users-flags = À vérifier
admin-flag-name-imitates = Le nom imite « { $term } »
admin-flag-mixed-scripts = Adresse qui mêle des écritures : { $scripts }
admin-users-flagged-filter = Seulement les comptes à vérifier ({ $count })
admin-users-all = Tous les comptes
script-latin = latin
script-cyrillic = cyrillique
script-greek = grec
script-arabic = arabe
script-tifinagh = tifinagh
script-armenian = arménien
script-hebrew = hébreu
