# ⵛⴰⵔⴰⴽⴰ — ⵜⵉⵣⵏⴰⵏ ⵏ ⵓⴳⴰⵍ ⵙ ⵜⵎⴰⵣⵉⵖⵜ (ⵜⵉⴼⵉⵏⴰⵖ). Standard Moroccan Amazigh; to be reviewed by a native translator.

site-name = ⵛⴰⵔⴰⴽⴰ
skip-to-content = ⴷⴷⵓ ⵖⵔ ⵓⴳⴱⵓⵔ ⴰⴳⵊⴷⴰⵏ
nav-label = ⴰⵙⵏⵎⵉⵍ ⴰⴳⵊⴷⴰⵏ
nav-home = ⴰⵙⵏⵓⴱⴳ
nav-institutions = ⵜⵉⵙⵏⵓⵔⴰ
nav-admin = ⴰⵙⵙⵓⴷⵙ
nav-login = ⴽⵛⵎ
nav-logout = ⴼⴼⵖ
nav-register = ⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ
language-switcher = ⵜⵓⵜⵍⴰⵢⵜ
footer-text = ⵛⴰⵔⴰⴽⴰ, ⴰⵡⵡⵓⵔ ⴰⵏⴰⵎⵓⵔ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ: ⴰⵙⵏⵓⵍⴼⵓ, ⴰⵙⵙⵓⵜⵔ ⴷ ⵓⴹⴼⴰⵕ ⵏ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ.
breadcrumb = ⴰⴱⵔⵉⴷ ⵏ ⵓⵙⵏⵎⵉⵍ
back-home = ⵓⵖⵓⵍ ⵖⵔ ⵓⵙⵏⵓⴱⴳ
yes = ⵢⴰⵀ
no = ⵓⵀⵓ
save = ⵃⴹⵓ
cancel = ⵙⵔⵙ
choose = ⴼⵔⵏ…
untranslated = ⵓⵔ ⵜⵜⵓⵙⵓⵖⵍ ⵙⴰⵔ; ⵜⵍⵍⴰ ⵙ { $language }
not-yet-translated = ⵓⵔ ⵜⵜⵓⵙⵓⵖⵍ ⵙⴰⵔ
no-text = (ⵓⵍⴰ ⴰⴹⵕⵉⵚ)

home-title = ⵜⴰⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ, ⵎⵢⴰⵏⴰⵡ
home-lead = ⵛⴰⵔⴰⴽⴰ ⴷ ⴰⵏⵙⴰ ⵏⵏⴰ ⴳ ⵙⵙⵏⵓⵍⴼⴰⵢⵏ ⵜⴰⵏⴱⴰⴹⵜ ⴷ ⵓⵎⵓⵏ ⴰⵏⴰⵎⵓⵔ ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ, ⵙⵙⵓⵜⵓⵔⵏ ⴳⵉⵙ ⴰⵏⵎⵓⵏ, ⵔⴰⵔⵏ ⴰⵡⴰⵍ ⵉ ⴽⵓ ⵜⴰⵎⵜⵜⴰⵡⵜ, ⴷ ⴹⴼⵔⵏ ⴰⵙⵙⴽⵛⵎ ⵏⵏⵙ.
home-how-title = ⵎⴰⵎⴽ ⵉⵜⵜⵎⵓⵙⵙⴰ
home-step-cocreate = ⴰⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ.
home-step-cocreate-text = ⴰⵏⵎⵓⵏ ⴷ ⵜⵙⵇⵇⵉⵎⵉⵏ ⵏⵏⵙ ⴰⵔ ⵜⵜⴰⵔⵓⵏ ⵉⵎⵙⴰⵙⴰ ⵎⵢⴰⵏⴰⵡ.
home-step-consult = ⴰⵙⵙⵓⵜⵔ.
home-step-consult-text = ⴽⵓ ⵢⴰⵏ ⵉⵣⴹⴰⵕ ⴰⴷ ⵢⴰⵔⵓ ⵅⴼ ⵓⵖⴰⵡⴰⵙ, ⴷ ⴽⵓ ⵜⴰⵎⵜⵜⴰⵡⵜ ⴰⴷ ⵜⴰⵡⵉ ⴰⵡⴰⵍ ⵉⴱⴰⵏⵏ.
home-step-track = ⴰⴹⴼⴰⵕ.
home-step-track-text = ⵜⵉⵎⴰⵡⴰⵙⵉⵏ, ⴰⴱⵔⵍⴰⵎⴰⵏ, ⵜⴰⵏⵣⵣⴰⵔⵜ ⴷ ⵜⵙⵏⵓⵔⴰ ⵉⵎⵉⵏⴳⵓⵏⵏ ⴰⵔ ⵙⵙⵎⴰⵍⵏ ⴰⵙⵙⵓⵎⵔ ⵙ ⵜⵉⵏⵣⵉⵜⵉⵏ.
home-institutions-title = ⵜⵉⵙⵏⵓⵔⴰ ⵏ ⵜⴰⴳⴷⵓⴷⴰ ⵉⵕⵥⵎⵏ
home-institutions-count = ⵎⵏⵛⴽ ⵏ ⵜⵙⵏⵓⵔⴰ ⵉⵜⵜⵎⵛⴰⵔⴰⴽⵏ: { $count }
home-institutions-link = ⵥⵕ ⴰⴽⴽⵯ ⵜⵉⵙⵏⵓⵔⴰ
home-join-title = ⵎⵛⴰⵔⴰⴽ
home-join-text = ⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ ⵃⵎⴰ ⴰⴷ ⵜⵙⵙⵓⵎⵔⴷ ⵜⵉⵡⵏⴳⵉⵎⵉⵏ, ⴰⴷ ⵜⴰⵔⵓⴷ ⵅⴼ ⵓⵖⴰⵡⴰⵙ ⴷ ⴰⴷ ⵜⴹⴼⵕⴷ ⵜⴰⵎⵜⵜⴰⵡⵜ ⵏⵏⴽ.

institutions-title = ⵜⵉⵙⵏⵓⵔⴰ
institutions-lead = ⵜⴰⵏⴱⴰⴹⵜ, ⴰⴱⵔⵍⴰⵎⴰⵏ, ⵜⴰⵏⵣⵣⴰⵔⵜ, ⵜⵉⵙⵏⵓⵔⴰ ⵉⵎⵉⵏⴳⵓⵏⵏ ⴷ ⵜⵎⵙⵙⵓⴷⵙⵉⵏ ⵏ ⵓⵎⵓⵏ ⴰⵏⴰⵎⵓⵔ ⵉⵜⵜⵎⵛⴰⵔⴰⴽⵏ ⴳ ⵓⵖⴰⵡⴰⵙ.
institutions-empty = ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵙⵏⴰⵡⵜ ⵙⴰⵔ.
institution-names = ⵉⵙⵎ ⵙ ⴽⵓ ⵜⵓⵜⵍⴰⵢⵜ
institution-children = ⵜⵉⵙⵏⵓⵔⴰ ⵉⵇⵇⵏⵏ

branch-executive = ⵜⴰⵥⵓⵕⵉ ⵜⴰⵙⵏⴼⵍⴰⵢⵜ
branch-legislative = ⵜⴰⵥⵓⵕⵉ ⵜⴰⵙⵏⵙⵙⵓⴼⵜ
branch-judiciary = ⵜⴰⵥⵓⵕⵉ ⵜⴰⵏⵣⵣⴰⵔⵜ
branch-independent-body = ⵜⵉⵙⵏⵓⵔⴰ ⵉⵎⵉⵏⴳⵓⵏⵏ
branch-territorial-collectivity = ⵜⵉⵎⵓⵏⴰ ⵜⵉⵎⵏⴰⴹⵉⵏ
branch-civil-society = ⴰⵎⵓⵏ ⴰⵏⴰⵎⵓⵔ
branch-private-sector = ⴰⴳⵣⵣⵓⵎ ⵓⵥⵍⵉⵏ
branch-academia = ⵜⵉⵙⴷⵉⵡⵉⵏ ⴷ ⵓⵔⵣⵣⵓ
branch-international-partner = ⵉⵎⴷⵓⴽⴽⴰⵍ ⵉⵎⴰⴹⵍⴰⵏⵏ

role-participant = ⴰⵎⵛⴰⵔⴰⴽ
role-forum-member = ⴰⴳⵎⴰⵎ ⵏ ⵓⵏⵎⵓⵏ
role-implementer = ⴰⵎⵙⵙⵓⴷⵙ ⵏ ⵓⵙⵙⴽⵛⵎ
role-moderator = ⴰⵎⵙⵎⵓⵜⵜⴳ
role-reviewer = ⴰⵎⵙⵙⵓⴷⵙ ⵉⵎⵉⵏⴳⵓⵏ
role-secretariat = ⵜⴰⵏⴰⵔⵉⵜ
scope-global = ⴰⴽⴽⵯ ⴰⵡⵡⵓⵔ
scope-body = ⵜⴰⵙⵏⴰⵡⵜ ⵡⵉⵙ { $id }
scope-theme = ⴰⵣⵣⵓⵔ ⵡⵉⵙ { $id }

field-name = ⵉⵙⵎ ⴰⴽⵎⴰⵍ
field-email = ⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ
field-password = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
field-new-password = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ
field-password-confirm = ⴰⵍⵙ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
field-slug = ⴰⵏⵙⴰ ⴳ ⵓⵣⵟⵟⴰ
field-acronym = ⵉⵙⵎ ⴰⵎⵥⵥⵢⴰⵏ
field-branch = ⵜⴰⵥⵓⵕⵉ
field-parent = ⵜⴰⵙⵏⴰⵡⵜ ⵜⴰⵎⵙⴷⵓⵔⵜ
password-hint = 10 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵓⴳⴳⴰⵔ. ⵜⴰⵡⵍⴰⵍⵜ ⵜⴰⵎⵥⵥⵢⴰⵏⵜ ⵜⴼⵙⵓⵙ ⵉ ⵓⵙⵎⴽⵜⵉ.
slug-hint = ⵉⵙⴽⴽⵉⵍⵏ ⵉⵍⴰⵜⵉⵏⵉⵢⵏ ⵉⵎⵥⵥⵢⴰⵏⵏ, ⵉⵎⴹⴰⵏ ⴷ ⵜⵉⵣⵍⵉⴳⵉⵏ, ⵎⴷ ministere-transition-numerique.
name-hint = ⴰⵔⵓ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ. ⵜⵓⵜⵍⴰⵢⵉⵏ ⵢⴻⵍⵍⴰⵏ ⵅⵡⴰⵏⵜ ⴰⴷ ⴱⴰⵏⵏⵜ ⵙ «ⵓⵔ ⵜⵜⵓⵙⵓⵖⵍ ⵙⴰⵔ».
no-parent = ⵓⵍⴰ ⵢⴰⵜ
form-has-errors = ⵙⵖⵓⴷⵓ ⵎⴰ ⵉⴷⴷⴰⵏ:

register-title = ⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ
register-lead = ⵙ ⵓⵎⵉⴹⴰⵏ ⵜⵣⴹⴰⵕⴷ ⴰⴷ ⵜⵙⵙⵓⵎⵔⴷ, ⴰⴷ ⵜⴰⵔⵓⴷ ⴷ ⴰⴷ ⵜⴹⴼⵕⴷ ⴰⵖⴰⵡⴰⵙ. ⴰⴷ ⴰⴽ ⵏⴰⵣⵏ ⵉⵎⴰⵢⵍ ⵃⵎⴰ ⴰⴷ ⵜⵙⵏⵜⵎ ⴰⵏⵙⴰ ⵏⵏⴽ.
register-submit = ⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
register-have-account = ⵜⵍⵍⴰ ⵖⵓⵔⴽ ⴰⵎⵉⴹⴰⵏ?
register-check-title = ⵥⵕ ⵉⵎⴰⵢⵍ ⵏⵏⴽ
register-check-body = ⵏⵓⵣⵏ ⵜⴰⴱⵔⴰⵜ ⵖⵔ ⵓⵏⵙⴰ ⵏⵏⴰ ⴷ ⵜⴼⴽⵉⴷ. ⴹⴼⵕ ⴰⵣⴷⴰⵢ ⵏⵏⵙ ⵃⵎⴰ ⴰⴷ ⵜⵙⵏⵜⵎⴷ ⴰⵏⵙⴰ ⵏⵏⴽ, ⵙ ⴷⴰⵔ ⵙ ⴽⵛⵎ. ⵎⴽ ⵓⵔ ⴷ ⵜⵍⴽⵉⵎ ⴽⵔⴰ, ⵥⵕ ⴳ ⵜⴽⵔⴰⴹⵜ ⵏ ⵜⴱⵔⴰⵜⵉⵏ ⵓⵔ ⵉⵜⵜⵓⵔⴰⵔⵏ.

verify-done-title = ⵉⵜⵜⵓⵙⵏⵜⵎ ⵓⵏⵙⴰ
verify-done-body = ⵜⴰⵏⵎⵎⵉⵔⵜ, ⵉⵜⵜⵓⵙⵏⵜⵎ ⵓⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⵏⵏⴽ. ⵜⵣⴹⴰⵕⴷ ⴰⴷ ⵜⴽⵛⵎⴷ ⴷⵖⵉ.
verify-failed-title = ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⵣⴷⴰⵢ ⴰⴷ ⴰⴷ ⵉⵜⵜⵓⵙⵎⵔⵙ
verify-expired-body = ⵉⵣⵔⵉ ⵓⵣⵎⵣ ⵏ ⵓⵣⴷⴰⵢ ⴰⴷ. ⴽⵛⵎ ⵙ ⵉⵎⴰⵢⵍ ⴷ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵏⵏⴽ, ⴰⴷ ⴰⴽ ⵏⴰⵣⵏ ⴰⵣⴷⴰⵢ ⴰⵎⴰⵢⵏⵓ.
verify-used-body = ⵉⵜⵜⵓⵙⵎⵔⵙ ⵓⵣⴷⴰⵢ ⴰⴷ ⵢⴰⴷⵍⵍⵉ. ⵎⴽ ⵉⵜⵜⵓⵙⵏⵜⵎ ⵓⵏⵙⴰ ⵏⵏⴽ, ⴽⵛⵎ ⵖⴰⵙ.
verify-invalid-body = ⴰⵣⴷⴰⵢ ⴰⴷ ⵓⵔ ⵉⵖⵓⴷ. ⵥⵕ ⵎⴰ ⵜⵏⵙⵅⴷ ⴰⵣⴷⴰⵢ ⴰⴽⴽⵯ ⵙⴳ ⵜⴱⵔⴰⵜ.

login-title = ⴽⵛⵎ
login-submit = ⴽⵛⵎ
login-forgot = ⵜⴻⵜⵜⵓⴷ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ?
login-no-account = ⵓⵔ ⵖⵓⵔⴽ ⴰⵎⵉⴹⴰⵏ ⵙⴰⵔ?
login-unverified-title = ⵙⵏⵜⵎ ⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⵏⵏⴽ ⵜⵉⵣⵡⴰⵔ
login-unverified-body = ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵓⵔ ⵉⵜⵜⵓⵙⵏⵜⵎ ⵙⴰⵔ. ⵏⵓⵣⵏ ⴰⴽ ⴷⵖⵉ ⴰⵣⴷⴰⵢ ⴰⵎⴰⵢⵏⵓ; ⴹⴼⵕ ⵜ, ⵙ ⴷⴰⵔ ⵙ ⴽⵛⵎ.

forgot-title = ⵙⵏⴼⵍ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
forgot-lead = ⴰⵔⵓ ⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⵏ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ. ⴰⴷ ⴰⴽ ⵏⴰⵣⵏ ⴰⵣⴷⴰⵢ ⵃⵎⴰ ⴰⴷ ⵜⴼⵔⵏⴷ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ.
forgot-submit = ⴰⵣⵏ ⴰⵣⴷⴰⵢ
forgot-sent-title = ⵥⵕ ⵉⵎⴰⵢⵍ ⵏⵏⴽ
forgot-sent-body = ⵎⴽ ⵉⵍⵍⴰ ⵓⵎⵉⴹⴰⵏ ⵙ ⵓⵏⵙⴰ ⴰⴷ, ⵏⵓⵣⵏ ⴰⵙ ⴰⵣⴷⴰⵢ ⵃⵎⴰ ⴰⴷ ⵜⴼⵔⵏⴷ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ. ⴰⵣⴷⴰⵢ ⵉⵖⵓⴷ ⵢⴰⵜ ⵜⵙⵔⴰⴳⵜ.

reset-title = ⴼⵔⵏ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ
reset-submit = ⵙⵏⴼⵍ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
reset-failed-title = ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⵣⴷⴰⵢ ⴰⴷ ⴰⴷ ⵉⵜⵜⵓⵙⵎⵔⵙ
reset-expired-body = ⵉⵣⵔⵉ ⵓⵣⵎⵣ ⵏ ⵓⵣⴷⴰⵢ ⴰⴷ (ⵉⵣⴷⴰⵢⵏ ⵖⵓⴷⵏ ⵢⴰⵜ ⵜⵙⵔⴰⴳⵜ). ⵙⵙⵓⵜⵔ ⴰⵣⴷⴰⵢ ⴰⵎⴰⵢⵏⵓ.
reset-used-body = ⵉⵜⵜⵓⵙⵎⵔⵙ ⵓⵣⴷⴰⵢ ⴰⴷ ⵢⴰⴷⵍⵍⵉ. ⵙⵙⵓⵜⵔ ⴰⵣⴷⴰⵢ ⴰⵎⴰⵢⵏⵓ ⵎⴽ ⵜⵔⵉⴷ.
reset-invalid-body = ⴰⵣⴷⴰⵢ ⴰⴷ ⵓⵔ ⵉⵖⵓⴷ. ⵥⵕ ⵎⴰ ⵜⵏⵙⵅⴷ ⴰⵣⴷⴰⵢ ⴰⴽⴽⵯ ⵙⴳ ⵜⴱⵔⴰⵜ.
reset-done-title = ⵜⵜⵓⵙⵏⴼⵍ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
reset-done-body = ⵜⵜⵓⵙⵏⴼⵍ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵏⵏⴽ, ⵜⴼⴼⵖⴷ ⵙⴳ ⴰⴽⴽⵯ ⵉⵎⵙⵙⵏⴰⵍⵏ. ⴽⵛⵎ ⵙ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ.

account-title = ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
account-roles = ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵉⵏⵓ
account-participant = ⴽⵢⵢ ⴷ ⴰⵎⵛⴰⵔⴰⴽ: ⵜⵣⴹⴰⵕⴷ ⴰⴷ ⵜⵙⵙⵓⵎⵔⴷ, ⴰⴷ ⵜⴰⵔⵓⴷ ⴷ ⴰⴷ ⵜⴹⴼⵕⴷ.

admin-title = ⴰⵙⵙⵓⴷⵙ
admin-nav-label = ⴰⵙⵏⵎⵉⵍ ⵏ ⵓⵙⵙⵓⴷⵙ
admin-stat-users = ⵉⵎⵉⴹⴰⵏⵏ
admin-stat-institutions = ⵜⵉⵙⵏⵓⵔⴰ
admin-stat-mail = ⵜⵉⴱⵔⴰⵜⵉⵏ ⵉⵜⵜⵔⴰⴵⵓⵏ ⴰⵣⴰⵏ
admin-users-title = ⵉⵎⵙⵎⵔⵙⵏ ⴷ ⵜⵡⵓⵔⵉⵡⵉⵏ
admin-users-caption = ⴰⴽⴽⵯ ⵉⵎⵉⴹⴰⵏⵏ ⴷ ⵜⵡⵓⵔⵉⵡⵉⵏ ⵏⵏⵙⵏ
admin-verified = ⴰⵏⵙⴰ ⵉⵜⵜⵓⵙⵏⵜⵎ
admin-roles = ⵜⵉⵡⵓⵔⵉⵡⵉⵏ
admin-role = ⵜⴰⵡⵓⵔⵉ
admin-scope = ⵉ
admin-revoke = ⴽⴽⵙ ⵜⴰⵡⵓⵔⵉ ⴰ
admin-grant-title = ⴼⴽ ⵜⴰⵡⵓⵔⵉ
admin-grant-hint = ⵉⵎⵙⵙⵓⴷⵙⵏ ⵏ ⵓⵙⵙⴽⵛⵎ ⵜⵜⵓⵙⵎⵎⴰⵏ ⵉ ⵢⴰⵜ ⵜⵙⵏⴰⵡⵜ; ⵜⴰⵏⴰⵔⵉⵜ, ⵉⵎⵙⵎⵓⵜⵜⴳⵏ ⴷ ⵉⵎⵙⵙⵓⴷⵙⵏ ⵉⵎⵉⵏⴳⵓⵏⵏ ⵙⵡⵓⵔⵉⵏ ⵅⴼ ⴰⴽⴽⵯ ⴰⵡⵡⵓⵔ.
admin-grant-submit = ⴼⴽ ⵜⴰⵡⵓⵔⵉ
admin-institutions-title = ⵜⵉⵙⵏⵓⵔⴰ
admin-institutions-caption = ⴰⴽⴽⵯ ⵜⵉⵙⵏⵓⵔⴰ
admin-institution-new = ⵔⵏⵓ ⵜⴰⵙⵏⴰⵡⵜ
admin-institution-edit = ⵙⵏⴼⵍ ⵜⴰⵙⵏⴰⵡⵜ
admin-actions = ⵜⵉⴳⴰⵡⵉⵏ
admin-edit = ⵙⵏⴼⵍ
admin-view = ⵥⵕ

notice-saved = ⵜⵜⵓⵃⴹⴰⵏⵜ ⵜⵏⴼⵍⵉⵡⵉⵏ ⵏⵏⴽ.
notice-created = ⵜⵜⵓⵔⵏⴰ ⵜⵙⵏⴰⵡⵜ.
notice-signed-out = ⵜⴼⴼⵖⴷ.
notice-role-granted = ⵜⵜⵓⴼⴽⴰ ⵜⵡⵓⵔⵉ.
notice-role-revoked = ⵜⵜⵓⴽⴽⵙ ⵜⵡⵓⵔⵉ.
notice-password-changed = ⵜⵜⵓⵙⵏⴼⵍ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵏⵏⴽ.

error-email-required = ⴰⵔⵓ ⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⵏⵏⴽ.
error-email-invalid = ⴰⵔⵓ ⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⵣⵓⵏⴷ name@example.ma.
error-name-required = ⴰⵔⵓ ⵉⵙⵎ.
error-name-invalid = ⵉⵙⵎ ⵉⴳⵔ ⵉⵙⴽⴽⵉⵍⵏ ⵓⵔ ⵉⵜⵜⵓⵙⵉⴳⴳⵏ.
error-text-too-long = ⴰⴹⵕⵉⵚ ⴰⴷ ⵉⵖⵣⵣⵉⴼ ⴱⵣⵣⴰⴼ.
error-password-required = ⴰⵔⵓ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ.
error-password-too-short = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵉⵍⵉ 10 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵓⴳⴳⴰⵔ.
error-password-too-long = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵓⵔ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵣⵔⵉ 200 ⵏ ⵉⵙⴽⴽⵉⵍⵏ.
error-password-weak = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⴰⴷ ⵜⴼⵙⵓⵙ ⵉ ⵓⵙⵙⴽⵙⵓ. ⴼⵔⵏ ⵢⴰⵜ ⵢⵖⵣⵣⵉⴼⵏ ⵏⵖ ⵓⵔ ⵉⵜⵜⵡⴰⵙⵙⵏⵏ.
error-password-mismatch = ⵙⵏⴰⵜ ⵜⴳⵓⵔⵉⵡⵉⵏ ⵏ ⵓⵣⵔⴰⵢ ⵓⵔ ⵎⵙⴰⵙⴰⵏⵜ.
error-slug-required = ⴰⵔⵓ ⴰⵏⵙⴰ ⴳ ⵓⵣⵟⵟⴰ.
error-slug-invalid = ⵙⵎⵔⵙ ⵖⴰⵙ ⵉⵙⴽⴽⵉⵍⵏ ⵉⵍⴰⵜⵉⵏⵉⵢⵏ ⵉⵎⵥⵥⵢⴰⵏⵏ, ⵉⵎⴹⴰⵏ ⴷ ⵜⵉⵣⵍⵉⴳⵉⵏ.
error-slug-taken = ⴰⵏⵙⴰ ⴰⴷ ⵉⵜⵜⵓⵙⵎⵔⵙ ⵙⴳ ⵢⴰⵜ ⵜⵙⵏⴰⵡⵜ ⵢⴰⴹⵏ.
error-branch-invalid = ⴼⵔⵏ ⵜⴰⵥⵓⵕⵉ.
error-parent-invalid = ⴼⵔⵏ ⵢⴰⵜ ⵜⵙⵏⴰⵡⵜ ⵉⵍⵍⴰⵏ.
error-parent-cycle = ⵜⴰⵙⵏⴰⵡⵜ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵇⵇⵏ ⵖⵔ ⵢⵉⵅⴼ ⵏⵏⵙ ⵏⵖ ⵖⵔ ⵢⴰⵜ ⵙⴳ ⵜⵙⵏⵓⵔⴰ ⵏⵏⵙ.
error-role-invalid = ⴼⵔⵏ ⵜⴰⵡⵓⵔⵉ.
error-scope-invalid = ⴼⵔⵏ ⵎⴰ ⵅⴼ ⵜⵜⵡⵓⵔⵉ ⵜⵡⵓⵔⵉ.
error-scope-not-allowed = ⵜⴰⵡⵓⵔⵉ ⴰ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵜⵓⴼⴽ ⵉ ⵓⵏⴰⵍ ⴰⴷ. ⵉⵎⵙⵙⵓⴷⵙⵏ ⵏ ⵓⵙⵙⴽⵛⵎ ⵔⴰⵏ ⵜⴰⵙⵏⴰⵡⵜ; ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵢⴰⴹⵏⵉⵏ ⴷ ⴰⴽⴽⵯ ⴰⵡⵡⵓⵔ.
error-login-failed = ⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⵏⵖ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵓⵔ ⵉⵖⵓⴷ.
error-last-secretariat = ⵜⴰⴷ ⴷ ⵜⴰⵡⵓⵔⵉ ⵜⴰⵏⴳⴳⴰⵔⵓⵜ ⵏ ⵜⵏⴰⵔⵉⵜ; ⴼⴽ ⵜⵜ ⵉ ⵢⴰⵏ ⵢⴰⴹⵏ ⵇⴱⵍ ⴰⴷ ⵜⵜ ⵜⴽⴽⵙⴷ.
error-status = ⵜⴰⵏⴰⵍⵜ ⵏ ⵜⵣⴳⵍⵜ { $status }

error-not-found-title = ⵜⴰⵙⵏⴰ ⵓⵔ ⵜⵍⵍⵉ
error-not-found-body = ⵓⵔ ⵏⵓⴼⵉ ⵜⴰⵙⵏⴰ ⴰⴷ. ⵉⵣⵎⵔ ⴰⴷ ⵜⵜⵓⵙⵎⵓⵜⵜⴳ, ⵏⵖ ⴰⵏⵙⴰ ⵉⴳⵔ ⵜⴰⵣⴳⵍⵜ.
error-locale-unknown-title = ⵜⵓⵜⵍⴰⵢⵜ ⵓⵔ ⵜⵍⵍⵉ
error-locale-unknown-body = ⵜⵓⵜⵍⴰⵢⵜ ⴰⴷ ⵓⵔ ⵜⵍⵍⵉ. ⴼⵔⵏ ⵢⴰⵜ ⵙⴳ ⵜⵓⵜⵍⴰⵢⵉⵏ ⴰⴷ.
error-login-required-title = ⵉⵇⵇⴰⵏ ⵓⴽⵛⴰⵎ
error-login-required-body = ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⴽⵛⵎⴷ ⵃⵎⴰ ⴰⴷ ⵜⵥⵕⴷ ⵜⴰⵙⵏⴰ ⴰⴷ.
error-forbidden-title = ⴰⴽⵛⴰⵎ ⵉⵜⵜⵓⴳⴷⵍ
error-forbidden-body = ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵓⵔ ⵖⵓⵔⵙ ⵜⴰⵡⵓⵔⵉ ⵏⵏⴰ ⵉⵇⵇⴰⵏⵏ ⵉ ⵜⵙⵏⴰ ⴰⴷ.
error-rate-limited-title = ⵜⵉⵔⵎⵉⵜⵉⵏ ⴰⵟⵟⴰⵚ
error-rate-limited-body = ⵜⵍⵍⴰ ⵜⵉⵔⵎⵉⵜⵉⵏ ⴰⵟⵟⴰⵚ. ⵔⴰⵊⵓ 15 ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ, ⵙ ⴷⴰⵔ ⵙ ⴰⵍⵙ.
error-payload-too-large-title = ⵉⵙⴼⴽⴰ ⴰⵟⵟⴰⵚ
error-payload-too-large-body = ⵎⴰ ⵜⵓⵣⵏⴷ ⵉⵎⵇⵇⵓⵔ ⴱⵣⵣⴰⴼ. ⵙⵎⵥⵉ ⴰⴹⵕⵉⵚ, ⵙ ⴷⴰⵔ ⵙ ⴰⵍⵙ.
error-csrf-rejected-title = ⵉⵣⵔⵉ ⵓⵣⵎⵣ ⵏ ⵜⴰⵍⵖⴰ
error-csrf-rejected-body = ⵃⵎⴰ ⴰⴷ ⵜⵜⵓⵃⴹⵓⴷ, ⵜⴰⵍⵖⴰ ⴰⴷ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵜⵓⴰⵣⵏ. ⵓⵖⵓⵍ, ⵙⵙⵉⴷⵔ ⵜⴰⵙⵏⴰ, ⵙ ⴷⴰⵔ ⵙ ⴰⵍⵙ.
error-cross-origin-title = ⵜⴰⵙⵓⵜⵔⵜ ⵜⵜⵓⴳⴷⵍ
error-cross-origin-body = ⵜⴰⵍⵖⴰ ⴰⴷ ⵜⵜⵓⴰⵣⵏ ⵙⴳ ⵢⴰⵏ ⵓⵙⵉⵜ ⵢⴰⴹⵏ, ⵜⵜⵓⴳⴷⵍ ⵃⵎⴰ ⴰⴷ ⵜⵜⵓⵃⴹⵓⴷ.
error-bad-request-title = ⵜⴰⵙⵓⵜⵔⵜ ⵓⵔ ⵜⵜⵓⴼⵀⵎ
error-bad-request-body = ⵓⵔ ⵜⵜⵓⴼⵀⵎ ⵜⵙⵓⵜⵔⵜ. ⵓⵖⵓⵍ, ⵙ ⴷⴰⵔ ⵙ ⴰⵍⵙ.
error-method-not-allowed-title = ⵜⴰⴳⴰⵡⵜ ⵓⵔ ⵜⵜⵓⵙⵉⴳⴳⵏ ⴷⴰ
error-method-not-allowed-body = ⴰⵏⵙⴰ ⴰⴷ ⵓⵔ ⵉⵇⴱⵉⵍ ⴰⵏⴰⵡ ⴰⴷ ⵏ ⵜⵙⵓⵜⵔⵜ. ⵓⵖⵓⵍ, ⵙⵎⵔⵙ ⵉⵣⴷⴰⵢⵏ ⴷ ⵜⴼⵍⵡⵉⵏ ⵏ ⵜⵙⵏⴰ.
error-internal-title = ⵜⴻⵍⵍⴰ ⵜⴰⵣⴳⵍⵜ
error-internal-body = ⵜⴻⵍⵍⴰ ⵜⴰⵣⴳⵍⵜ ⵖⵓⵔⵏⵖ. ⵓⵍⴰ ⵢⴰⵏ ⵙⴳ ⵎⴰ ⵜⵓⵔⵉⴷ ⵓⵔ ⵉⵜⵜⵓⵃⴹⴰ ⵙ ⵓⵣⴳⵏ; ⴰⵍⵙ ⴷⴰⵖ ⵢⴰⵜ ⵜⵉⵙⵉⵏⵜ.

mail-verify-subject = ⵙⵏⵜⵎ ⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⵏⵏⴽ ⴳ ⵛⴰⵔⴰⴽⴰ
mail-verify-body =
    ⴰⵣⵓⵍ,

    ⵃⵎⴰ ⴰⴷ ⵜⵙⵏⵜⵎⴷ ⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⵏⵏⴽ ⴷ ⴰⴷ ⵜⵙⵙⵏⵡⵔⵏⴷ ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⴳ ⵛⴰⵔⴰⴽⴰ, ⵕⵥⵎ ⴰⵣⴷⴰⵢ ⴰ:

    { $link }

    ⴰⵣⴷⴰⵢ ⵉⵖⵓⴷ 48 ⵏ ⵜⵙⵔⴰⴳⵉⵏ. ⵎⴽ ⵓⵔ ⵜⵙⵏⵓⵍⴼⵓⴷ ⴰⵎⵉⴹⴰⵏ, ⵙⵙⵖⵓⵍ ⵜⴰⴱⵔⴰⵜ ⴰⴷ.
mail-exists-subject = ⵢⴰⵏ ⵉⵔⵎⴰ ⴰⴷ ⵉⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ ⵙ ⵓⵏⵙⴰ ⵏⵏⴽ
mail-exists-body =
    ⴰⵣⵓⵍ { $name },

    ⵢⴰⵏ, ⵉⵣⵎⵔ ⴰⴷ ⵜⵉⵍⵉⴷ ⴽⵢⵢ, ⵉⵔⵎⴰ ⴰⴷ ⵉⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ ⴳ ⵛⴰⵔⴰⴽⴰ ⵙ ⵓⵏⵙⴰ ⴰⴷ. ⵉⵍⵍⴰ ⵖⵓⵔⴽ ⴰⵎⵉⴹⴰⵏ.

    ⵃⵎⴰ ⴰⴷ ⵜⴽⵛⵎⴷ: { $login }
    ⵎⴽ ⵜⴻⵜⵜⵓⴷ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ: { $reset }

    ⵎⴽ ⵓⵔ ⵜⵍⵍⵉⴷ ⴽⵢⵢ, ⵙⵙⵖⵓⵍ ⵜⴰⴱⵔⴰⵜ ⴰⴷ; ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵓⵔ ⵉⵜⵜⵓⵙⵏⴼⵍ.
mail-reset-subject = ⴼⵔⵏ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴳ ⵛⴰⵔⴰⴽⴰ
mail-reset-body =
    ⴰⵣⵓⵍ { $name },

    ⵃⵎⴰ ⴰⴷ ⵜⴼⵔⵏⴷ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ, ⵕⵥⵎ ⴰⵣⴷⴰⵢ ⴰ:

    { $link }

    ⴰⵣⴷⴰⵢ ⵉⵖⵓⴷ ⵢⴰⵜ ⵜⵙⵔⴰⴳⵜ. ⵎⴽ ⵓⵔ ⵜⵙⵙⵓⵜⵔⴷ ⴰⵢⴰ, ⵙⵙⵖⵓⵍ ⵜⴰⴱⵔⴰⵜ ⴰⴷ; ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵏⵏⴽ ⵓⵔ ⵜⵜⵓⵙⵏⴼⵍ.

# Plans and commitments
nav-plans = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ
plans-title = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ
plans-lead = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ: ⴰⵙⵎⵢⴰⵡⴰⵏ ⵏⵏⵙⵏ, ⵉⵎⵙⴰⵙⴰ ⵏⵏⵙⵏ ⴷ ⵓⵙⵙⵓⵎⵔ ⵏⵏⵙⵏ.
plans-empty = ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⴽⵔⴰ ⵏ ⵓⵖⴰⵡⴰⵙ ⵙⴰⵔ.
plan-number = ⴰⵖⴰⵡⴰⵙ ⵡⵉⵙ { $number }
plan-commitment-count = ⵉⵎⵙⴰⵙⴰ: { $count }
plan-member = ⴰⴳⵎⴰⵎ
plan-period = ⴰⵣⵎⵣ
plan-commitments = ⵉⵎⵙⴰⵙⴰ
plan-progress = ⴰⵙⵙⵓⵎⵔ
plan-timeline = ⴰⵙⵎⵢⴰⵡⴰⵏ
plan-no-timeline = ⵓⵔ ⵜⵜⵓⵙⵙⴰⴷⵔⵏⵜ ⵜⵉⵣⵡⵉⵔⵉⵏ ⵏ ⵓⵖⴰⵡⴰⵙ ⴰ.
phase-open-now = ⴰⴷⴷⴰⴷ ⵏ ⵖⵉⵍⴰ: { $phase }
phase-you-are-here = ⵜⵍⵍⵉⴷ ⴷⴰ
phase-preparation = ⴰⵙⵡⵊⴷ
phase-co-creation = ⴰⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ
phase-drafting = ⴰⵣⵎⵎⴻⵎ
phase-consultation = ⴰⵙⵙⵓⵜⵔ ⴰⵏⴰⵎⵓⵔ
phase-finalisation = ⴰⵙⵎⴷ
phase-implementation = ⴰⵙⵙⴽⵛⵎ
phase-closed = ⵉⵜⵜⵓⵔⴳⵍ
theme-none = ⵉⵎⵙⴰⵙⴰ ⵢⴰⴹⵏⵉⵏ
progress-percent = { $percent } %
progress-none = ⵓⵍⴰ ⴰⵙⵙⵓⵎⵔ ⵙⴰⵔ
milestones-late = { $count } ⵜⵜⴰⵡⵍⵏ
commitment-code = ⵜⴰⵏⴰⵍⵜ
commitment-title = ⴰⵎⵙⴰⵙⴰ
commitment-lead = ⵜⴰⵙⵏⴰⵡⵜ ⵜⴰⵎⵙⵙⵓⴷⵙⵜ
commitment-supporting = ⵜⵉⵙⵏⵓⵔⴰ ⵉⵎⴷⵓⴽⴽⴰⵍ
commitment-status = ⴰⴷⴷⴰⴷ
commitment-period = ⴰⵣⵎⵣ
commitment-values = ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵏ OGP
commitment-policy-areas = ⵉⴳⵔⴰⵏ ⵏ ⵜⵙⵔⵜⵉⵜ
commitment-full-text = ⴰⴹⵕⵉⵚ ⴰⴽⵎⴰⵍ
status-idea = ⵜⴰⵡⵏⴳⵉⵎⵜ
status-draft = ⴰⵙⵏⵖⵎⵙ
status-in-consultation = ⴳ ⵓⵙⵙⵓⵜⵔ
status-adopted = ⵉⵜⵜⵓⵇⴱⵍ
status-withdrawn = ⵉⵜⵜⵓⴽⴽⵙ
status-merged = ⵉⵜⵜⵓⵙⵎⵓⵏ
value-access-to-information = ⴰⴽⵛⴰⵎ ⵖⵔ ⵓⵙⵏⵖⵎⵙ
value-civic-participation = ⴰⵎⵛⴰⵔⴰⴽ ⴰⵏⴰⵎⵓⵔ
value-public-accountability = ⴰⵙⵙⵓⵎⴰⵔ ⴰⵏⴰⵎⵓⵔ
value-technology-and-innovation = ⵜⴰⵜⵉⴽⵏⵓⵍⵓⵊⵉⵜ ⴷ ⵓⵙⵏⴼⵍⵍ
section-problem = ⴰⵎⵓⴽⵔⵉⵙ
section-causes = ⵉⵙⵔⴰⴳⵏ ⵏⵏⵙ
section-status-quo = ⵎⴰ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ ⴰⵔ ⴷⵖⵉ
section-solution = ⴰⴼⵙⵙⴰⵢ ⵉⵜⵜⵓⵙⵙⵓⵎⵔⵏ
section-results = ⵉⵢⴰⴼⵓⵜⵏ ⵉⵜⵜⵓⵔⴰⵊⴰⵏ
section-transparency = ⵎⴰⵎⴽ ⵉⵙⵙⵓⵎⵓⵔ ⵜⴰⴼⵔⴰⵡⵜ
section-participation = ⵎⴰⵎⴽ ⵉⵙⵙⵓⵎⵓⵔ ⴰⵎⵛⴰⵔⴰⴽ
section-accountability = ⵎⴰⵎⴽ ⵉⵙⵙⵓⵎⵓⵔ ⴰⵙⵙⵓⵎⴰⵔ
section-other-actors = ⵉⵎⴳⵉⵢⵏ ⵢⴰⴹⵏⵉⵏ
section-budget = ⵜⴰⵙⵏⵉⵍⵙⵜ
section-contact = ⴰⵏⵔⵎⵙ
milestones-title = ⵉⵙⵡⵉⵔⵏ
milestones-none = ⵓⵔ ⵉⵜⵜⵓⵙⵙⴰⴷⵔ ⴽⵔⴰ ⵏ ⵓⵙⵡⵉⵔ ⵙⴰⵔ.
milestone-output = ⴰⵢⴰⴼⵓ ⵉⵜⵜⵓⵔⴰⵊⴰⵏ
milestone-responsible = ⴰⵎⵙⵙⵓⴷⵙ
milestone-due = ⴰⵣⵎⵣ ⴰⵏⴳⴳⴰⵔⵓ
milestone-status = ⴰⴷⴷⴰⴷ
milestone-late = ⵜⵜⴰⵡⵍ
milestone-status-not-started = ⵓⵔ ⵉⴱⴷⵉ
milestone-status-in-progress = ⴳ ⵜⵡⵓⵔⵉ
milestone-status-completed = ⵉⵎⴷⴰ
milestone-status-cancelled = ⵉⵜⵜⵓⵙⵔⵙ
indicators-title = ⵉⵏⵎⴰⵍⵏ
indicator-baseline = ⴰⵣⴰⵍ ⴰⵏⵎⵍⴰⵢ
indicator-target = ⴰⵣⴰⵍ ⵉⵜⵜⵓⵔⴰⵊⴰⵏ
assessment-title = ⴰⵙⵙⴻⵏⵜⵉ ⵉⵎⵉⵏⴳⵓⵏ (IRM)
institution-led = ⵉⵎⵙⴰⵙⴰ ⵏⵏⴰ ⵜⵙⵙⵓⴷⵓⵙ
institution-supported = ⵉⵎⵙⴰⵙⴰ ⵏⵏⴰ ⵜⵜⵄⴰⵡⴰⵏ
ogp-attribution = ⴰⵙⴰⴳⵎ: ⵉⵙⴼⴽⴰ ⵏ ⵉⵎⵙⴰⵙⴰ ⵏ ⵜⵛⴰⵔⴰⴽⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ (OGP).
ogp-source-link = ⴰⵎⵙⴰⵙⴰ ⴰ ⴳ ⵓⵙⵉⵜ ⵏ OGP
date-unknown = ⵓⵔ ⵉⵜⵜⵓⵙⵙⴰⴷⵔ
month-1 = ⵉⵏⵏⴰⵢⵔ
month-2 = ⴱⵕⴰⵢⵕ
month-3 = ⵎⴰⵕⵚ
month-4 = ⵉⴱⵔⵉⵔ
month-5 = ⵎⴰⵢⵢⵓ
month-6 = ⵢⵓⵏⵢⵓ
month-7 = ⵢⵓⵍⵢⵓⵣ
month-8 = ⵖⵓⵛⵜ
month-9 = ⵛⵓⵜⴰⵏⴱⵉⵔ
month-10 = ⴽⵜⵓⴱⵔ
month-11 = ⵏⵓⵡⴰⵏⴱⵉⵔ
month-12 = ⴷⵓⵊⴰⵏⴱⵉⵔ

# Quality checks
quality-title = ⵜⴰⵖⴰⵔⴰ ⵏ ⵉⵎⵙⴰⵙⴰ
quality-lead = ⴽⵓ ⴰⵎⵙⴰⵙⴰ ⵉⵜⵜⵓⵙⵙⵏⵜⵎ ⵙ ⵓⵎⴷⵢⴰ ⵏ OGP: ⵎⴰ ⵉⵅⵚⵚⴰⵏ ⴰⴷ ⵉⵙⵡⵊⴷ, ⴷ ⵎⴰ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵜⵜⵓⵥⵕ ⴷⴰⵖ.
quality-ready = ⵉⵙⵡⵊⴷⵏ
quality-not-ready = ⵓⵔ ⵙⵡⵊⴷⵏ ⵙⴰⵔ
quality-is-ready = ⵉⵙⵡⵊⴷ: ⵓⵍⴰ ⵢⴰⵜ ⵜⵎⵓⴽⵔⵉⵙⵜ.
quality-blocking = ⴰⴷ ⵉⵜⵜⵓⵙⵎⴷ
quality-advice = ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵜⵜⵓⵥⵕ ⴷⴰⵖ
quality-field-empty = ⵓⵔ ⵉⵜⵜⵓⵄⵎⵎⵔ
quality-field-untranslated = ⵓⵔ ⵉⵜⵜⵓⵙⵓⵖⵍ ⵙⴰⵔ
quality-no-milestones = ⵉⵇⵇⴰⵏ ⵢⴰⵏ ⵓⵙⵡⵉⵔ ⵓⴳⴳⴰⵔ
quality-milestone-no-output = ⵓⵔ ⵖⵓⵔⵙ ⴰⵢⴰⴼⵓ
quality-milestone-vague = ⴰⵢⴰⴼⵓ ⵉⵣⵎⵔ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵜⴰⵎ: ⵉⵙⵙⴼⵙⴰⵔ ⵜⴰⵡⵓⵔⵉ, ⵓⵔ ⴷ ⴰⵢⴰⴼⵓ
quality-milestone-no-dates = ⵉⵇⵇⴰⵏ ⴰⵙⵙ ⵏ ⵓⵙⵏⵜⵉ ⴷ ⵓⵣⵎⵣ ⴰⵏⴳⴳⴰⵔⵓ
quality-milestone-due-before-start = ⴰⵣⵎⵣ ⴰⵏⴳⴳⴰⵔⵓ ⵇⴱⵍ ⴰⵙⵏⵜⵉ
quality-milestone-outside-plan = ⵉⵙⵙⴰⵏ ⵏⵏⵙ ⴱⵕⵕⴰ ⵏ ⵓⵣⵎⵣ ⵏ ⵓⵖⴰⵡⴰⵙ
quality-indicator-no-baseline = ⵉⵇⵇⴰⵏ ⴰⵣⴰⵍ ⴰⵏⵎⵍⴰⵢ ⵙ ⵓⵙⴰⴽⵓⴷ
quality-indicator-no-target = ⵉⵇⵇⴰⵏ ⴰⵣⴰⵍ ⵉⵜⵜⵓⵔⴰⵊⴰⵏ ⵙ ⵓⵙⴰⴽⵓⴷ
quality-no-core-value = ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵙⵙⵓⵎⵓⵔ ⴰⴽⵛⴰⵎ ⵖⵔ ⵓⵙⵏⵖⵎⵙ, ⴰⵎⵛⴰⵔⴰⴽ ⵏⵖ ⴰⵙⵙⵓⵎⴰⵔ
quality-no-lead = ⵉⵇⵇⴰⵏ ⵢⴰⵜ ⵜⵙⵏⴰⵡⵜ ⵜⴰⵎⵙⵙⵓⴷⵙⵜ
quality-no-non-government-actor = ⵉⵇⵇⴰⵏ ⵢⴰⵏ ⵓⵎⴳⵉ ⵓⵔ ⵉⴳⵉⵏ ⵜⴰⵏⴱⴰⴹⵜ ⵓⴳⴳⴰⵔ
quality-field-title = ⴰⵣⵡⵍ
quality-field-problem = ⴰⵎⵓⴽⵔⵉⵙ
quality-field-solution = ⴰⴼⵙⵙⴰⵢ ⵉⵜⵜⵓⵙⵙⵓⵎⵔⵏ
quality-field-results = ⵉⵢⴰⴼⵓⵜⵏ ⵉⵜⵜⵓⵔⴰⵊⴰⵏ
quality-field-milestone = ⵉⵙⵡⵉⵔⵏ
quality-field-values = ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵏ OGP
quality-field-lead = ⵜⴰⵙⵏⴰⵡⵜ ⵜⴰⵎⵙⵙⵓⴷⵙⵜ
quality-field-actors = ⵉⵎⴳⵉⵢⵏ
quality-item-milestone = ⴰⵙⵡⵉⵔ { $n }
quality-item-indicator = ⴰⵏⵎⴰⵍ { $n }

# Drafting and history
edit-commitment-title = ⵙⵏⴼⵍ ⴰⵎⵙⴰⵙⴰ
edit-commitment-lead = ⴰⵔⵓ ⴽⵓ ⵜⵉⵣⵉ ⵙ ⵜⵓⵜⵍⴰⵢⵉⵏ ⵎⴰⵕⵕⴰ ⵎⴰ ⵜⵣⴹⴰⵕⴷ; ⴽⵓ ⴰⵃⴹⴰ ⴰⴷ ⵉⵇⵇⵉⵎ ⴳ ⵓⵎⵣⵔⵓⵢ ⴰⵏⴰⵎⵓⵔ.
edit-adopted-locked = ⴰⵎⵙⴰⵙⴰ ⴰ ⵉⵜⵜⵓⵇⴱⵍ: ⴰⴳⴱⵓⵔ ⵏⵏⵙ ⵉⵜⵜⵓⵔⴳⵍ, ⵖⴰⵙ ⴰⵙⵙⵓⵎⵔ ⴰⴷ ⵉⵜⵜⵎⵓⵙⵙⴰ.
edit-supporters-hint = ⵟⵟⴼ Ctrl (ⵏⵖ Cmd) ⵃⵎⴰ ⴰⴷ ⵜⴼⵔⵏⴷ ⵓⴳⴳⴰⵔ ⵏ ⵢⴰⵜ.
edit-starts-on = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵏⵜⵉ
edit-ends-on = ⴰⵙⴰⴽⵓⴷ ⵏ ⵜⴳⵉⵔⴰ
template-title = ⴰⵣⵡⵍ
template-short-title = ⴰⵣⵡⵍ ⴰⵎⵥⵥⵢⴰⵏ
template-problem = ⴰⵎⵓⴽⵔⵉⵙ
template-causes = ⵉⵙⵔⴰⴳⵏ ⵏⵏⵙ
template-status-quo = ⵎⴰ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ ⴰⵔ ⴷⵖⵉ
template-solution = ⴰⴼⵙⵙⴰⵢ ⵉⵜⵜⵓⵙⵙⵓⵎⵔⵏ
template-results = ⵉⵢⴰⴼⵓⵜⵏ ⵉⵜⵜⵓⵔⴰⵊⴰⵏ
template-transparency = ⵎⴰⵎⴽ ⵉⵙⵙⵓⵎⵓⵔ ⵜⴰⴼⵔⴰⵡⵜ
template-participation = ⵎⴰⵎⴽ ⵉⵙⵙⵓⵎⵓⵔ ⴰⵎⵛⴰⵔⴰⴽ
template-accountability = ⵎⴰⵎⴽ ⵉⵙⵙⵓⵎⵓⵔ ⴰⵙⵙⵓⵎⴰⵔ
template-other-actors = ⵉⵎⴳⵉⵢⵏ ⵢⴰⴹⵏⵉⵏ
template-budget = ⵜⴰⵙⵏⵉⵍⵙⵜ
template-contact = ⴰⵏⵔⵎⵙ
history-title = ⴰⵎⵣⵔⵓⵢ ⵏ ⵜⵏⴼⵍⵉⵡⵉⵏ
history-empty = ⴰⵎⵙⴰⵙⴰ ⴰ ⵓⵔ ⵉⵜⵜⵓⵙⵏⴼⵍ ⵙⴳ ⵎⵉ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ.
history-from = ⵙⴳ ⵜⵏⵖⵍⵉⵜ ⵏ
history-to = ⵖⵔ ⵜⵏⵖⵍⵉⵜ ⵏ
history-compare = ⵙⵎⵣⴰⵣⴰⵍ
history-differences = ⵉⵎⵣⴰⵔⴰⵢⵏ
history-no-differences = ⵙⵏⴰⵜ ⵜⵏⵖⵍⵉⵜⵉⵏ ⴰ ⵎⵙⴰⵙⴰⵏⵜ.
history-added = ⵉⵜⵜⵓⵔⵏⴰ:
history-removed = ⵉⵜⵜⵓⴽⴽⵙ:
history-versions = ⴰⴽⴽⵯ ⵜⵉⵏⵖⵍⵉⵜⵉⵏ
history-original = ⵜⴰⵏⵖⵍⵉⵜ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ
history-changed = ⵉⴳⵔⴰⵏ ⵉⵜⵜⵓⵙⵏⴼⵍⵏ: { $count }
history-field-status = ⴰⴷⴷⴰⴷ
history-field-lead = ⵜⴰⵙⵏⴰⵡⵜ ⵜⴰⵎⵙⵙⵓⴷⵙⵜ
history-field-supporters = ⵜⵉⵙⵏⵓⵔⴰ ⵉⵎⴷⵓⴽⴽⴰⵍ
history-field-values = ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵏ OGP
history-field-period = ⴰⵣⵎⵣ
error-title-required = ⴼⴽ ⴰⵣⵡⵍ ⵉ ⵓⵎⵙⴰⵙⴰ ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.
error-institution-unknown = ⴼⵔⵏ ⵢⴰⵜ ⵜⵙⵏⴰⵡⵜ ⵙⴳ ⵜⵍⴳⴰⵎⵜ.
error-date-invalid = ⴰⵔⵓ ⴰⵙⴰⴽⵓⴷ ⵣⵓⵏⴷ 2026-03-31.
error-due-before-start = ⴰⵙⴰⴽⵓⴷ ⵏ ⵜⴳⵉⵔⴰ ⵉⵇⵇⴰⵏ ⴰⴷ ⵢⵉⵍⵉ ⴷⴼⴼⵉⵔ ⵓⵙⵏⵜⵉ.
error-date-outside-plan = ⵉⵙⴰⴽⵓⴷⵏ ⴰ ⴱⵕⵕⴰ ⵏ ⵓⵣⵎⵣ ⵏ ⵓⵖⴰⵡⴰⵙ.
error-status-invalid = ⴼⵔⵏ ⴰⴷⴷⴰⴷ ⵙⴳ ⵜⵍⴳⴰⵎⵜ.

# Milestones
milestone-form-title = ⴰⵙⵡⵉⵔ
milestone-add = ⵔⵏⵓ ⴰⵙⵡⵉⵔ
milestone-output-hint = ⴰⵢⴰⴼⵓ ⵉⵜⵜⵓⵙⵙⵏⵜⴰⵎⵏ: ⴽⵔⴰ ⵏⵏⴰ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ ⵏⵖ ⵉⵜⵜⵓⵇⴱⵍⵏ.
milestone-percent = ⴰⴼⴰⵢⵙⴰ ⵏ ⵓⵙⵙⴽⵛⵎ
milestone-percent-hint = ⵙⴳ 0 ⴰⵔ 100. ⴰⵙⵡⵉⵔ ⵉⵎⴷⴰⵏ ⵉⵜⵜⵓⵙⵎⴹⴰ 100.
error-output-required = ⵙⵙⴼⵙⵔ ⴰⵢⴰⴼⵓ ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.
error-due-required = ⴼⴽ ⴰⵣⵎⵣ ⴰⵏⴳⴳⴰⵔⵓ.
error-percent-invalid = ⴰⵔⵓ ⴰⵎⴹⴰⵏ ⵙⴳ 0 ⴰⵔ 100.

# Plans in the back office
admin-plans-title = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ
admin-plan-new = ⴰⵖⴰⵡⴰⵙ ⴰⵎⴰⵢⵏⵓ
admin-plan-edit = ⵙⵏⴼⵍ ⴰⵖⴰⵡⴰⵙ
admin-plan-number = ⵓⵟⵟⵓⵏ ⵏ ⵓⵖⴰⵡⴰⵙ
admin-phases-hint = ⴼⴽ ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵏⵜⵉ ⵉ ⴽⵓ ⵜⴰⵣⵡⵉⵔⵜ.
admin-commitment-new = ⴰⵎⵙⴰⵙⴰ ⴰⵎⴰⵢⵏⵓ
admin-code-hint = ⵉⵥⵍⵉ ⴳ ⴰⴽⴽⵯ ⵉⵖⴰⵡⴰⵙⵏ, ⵎⴷ MO0060.
admin-theme = ⴰⵣⵣⵓⵔ
admin-theme-new = ⵔⵏⵓ ⴰⵣⵣⵓⵔ
error-code-required = ⴼⴽ ⵜⴰⵏⴰⵍⵜ ⵉ ⵓⵎⵙⴰⵙⴰ.
error-code-invalid = ⵙⵎⵔⵙ ⵖⴰⵙ ⵉⵙⴽⴽⵉⵍⵏ ⵉⵍⴰⵜⵉⵏⵉⵢⵏ ⴷ ⵉⵎⴹⴰⵏ.
error-code-taken = ⵜⴰⵏⴰⵍⵜ ⴰ ⵖⵓⵔ ⵢⴰⵏ ⵓⵎⵙⴰⵙⴰ ⵢⴰⴹⵏ.
error-theme-invalid = ⴼⵔⵏ ⴰⵣⵣⵓⵔ ⵏ ⵓⵖⴰⵡⴰⵙ ⴰ.
error-member-required = ⵙⵎⵎ ⴰⴳⵎⴰⵎ ⵏ OGP.
error-plan-number-invalid = ⴰⵔⵓ ⵓⵟⵟⵓⵏ ⵙⴳ 1 ⴰⵔ 100.
error-phase-start-required = ⵜⴰⵣⵡⵉⵔⵜ ⵉⵇⵇⴰⵏ ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵏⵜⵉ.
error-phase-ends-before-start = ⵢⴰⵜ ⵜⵣⵡⵉⵔⵜ ⵜⴻⵜⵜⵎⵎⴰ ⵇⴱⵍ ⴰⴷ ⵜⴱⴷⵓ.
error-phase-out-of-order = ⵜⵉⵣⵡⵉⵔⵉⵏ ⵉⵇⵇⴰⵏ ⴰⴷ ⴹⴼⵕⵏⵜ ⴰⵙⵏⵜⵍ.
error-phase-duplicate = ⵢⴰⵜ ⵜⵣⵡⵉⵔⵜ ⵜⵍⵍⴰ ⵙⵏⴰⵜ ⵜⵉⴽⴽⴰⵍ.
error-plan-slug-taken = ⴰⵏⵙⴰ ⴰ ⵉⵜⵜⵓⵙⵎⵔⵙ ⵙⴳ ⵢⴰⵏ ⵓⵖⴰⵡⴰⵙ ⵢⴰⴹⵏ.

# Indicators
indicator-form-title = ⴰⵏⵎⴰⵍ
indicator-add = ⵔⵏⵓ ⴰⵏⵎⴰⵍ
indicator-name = ⵉⵙⵎ
indicator-unit = ⵜⴰⵢⵓⵏⵉⵜ
indicator-value = ⴰⵣⴰⵍ
indicator-date = ⴰⵙⴰⴽⵓⴷ
error-indicator-name-required = ⵙⵎⵎ ⴰⵏⵎⴰⵍ ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.
error-unit-required = ⴼⴽ ⵜⴰⵢⵓⵏⵉⵜ (%, ⵎⵏⵛⴽ ⵏ ⵎⴷⴷⵏ…).
error-value-required = ⴰⵙⵡⵉⵍ ⵙ ⵓⵙⴰⴽⵓⴷ ⵉⵇⵇⴰⵏ ⴰⵣⴰⵍ.
error-target-before-baseline = ⴰⵣⴰⵍ ⵉⵜⵜⵓⵔⴰⵊⴰⵏ ⵉⵇⵇⴰⵏ ⴰⴷ ⵢⵉⵍⵉ ⴷⴼⴼⵉⵔ ⵓⵣⴰⵍ ⴰⵏⵎⵍⴰⵢ.
