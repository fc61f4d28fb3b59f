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
home-meetings-title = ⵉⵎⵢⴰⴳⴰⵔⵏ ⵏ ⵓⵏⵎⵓⵏ ⵎⴰ ⴷ ⵉⵜⵜⴰⵙⵏ
home-meetings-link = ⴰⴽⴽ ⵉⵎⵢⴰⴳⴰⵔⵏ ⴷ ⵜⵡⵔⵛⴰⵜⵉⵏ, ⴷ ⵓⵙⵎⵉⴽⵍ
home-documents-title = ⵉⵙⴽⴽⵉⵏⵏ ⵉⵏⴳⴳⵓⵔⴰ
home-documents-link = ⵜⴰⵙⴷⵍⵉⵙⵜ ⵏ ⵉⵙⴽⴽⵉⵏⵏ ⵎⴰⵕⵕⴰ
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
notice-created = ⵜⵜⵓⵔⵏⴰ ⵜⴼⵔⴽⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ.
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
error-invalid-parameter-title = ⴰⵎⵙⴽⴰⵍ ⵓⵔ ⵉⵚⵃⵉⵃⵏ
error-invalid-parameter-body = ⴰⵎⵙⴽⴰⵍ « { $name } » ⵓⵔ ⵉⵍⵍⵉ, ⵏⵖ ⵉⵅⵡⴰ, ⵏⵖ ⵉⴼⴼⵖ ⵜⵉⵍⵉⵙⵉⵏ, ⵏⵖ ⵓⵔ ⵉⵚⵃⵉⵃ ⵓⵏⴰⵡ ⵏⵏⵙ.
error-token-invalid-title = ⴰⵣⵎⵎⴻⵎ ⵓⵔ ⵉⵚⵃⵉⵃⵏ
error-token-invalid-body = ⵉⵇⵇⴰⵏ ⴷ ⴰⵣⵎⵎⴻⵎ API ⵓⵙⵍⵉⴳ ⵉⵚⵃⵉⵃⵏ: Authorization: Bearer <ⴰⵣⵎⵎⴻⵎ>. ⴰⵣⵎⵎⴻⵎ ⵉⵃⴱⵙ ⵉ ⵍⴱⴷⴰ ⵎⴰ ⵉⵜⵜⵓⵙⴽⵙ ⵏⵖ ⵉⵜⵜⵓⴽⴽⵙ ⵓⵎⵙⴰⵙ ⵏⵏⵙ.
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
template-full-text = ⴰⴹⵕⵉⵚ ⴰⴽⵎⴰⵍ
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

# ⴰⵏⵎⵓⵏ: ⵜⵉⵙⵇⵇⵉⵎⵉⵏ, ⵉⴷⵖⴰⵔⵏ ⴷ ⵜⴳⵎⴰⵎⵉⵏ
nav-forum = ⴰⵏⵎⵓⵏ
nav-meetings = ⵉⵎⵢⴰⴳⴰⵔⵏ
nav-documents = ⵉⵙⴽⴽⵉⵏⵏ
none = ⵓⵍⴰ ⵢⴰⵏ
create = ⵙⵏⵓⵍⴼⵓ
forum-title = ⴰⵏⵎⵓⵏ ⵏ ⵡⴰⵟⵟⴰⵚ ⵏ ⵉⵎⴳⵉⵢⵏ
forum-intro = ⴰⵏⵎⵓⵏ ⴰⵔ ⵉⵙⵎⵓⵏ ⵜⴰⵏⴱⴰⴹⵜ ⴷ ⵓⵎⵓⵏ ⴰⵏⴰⵎⵓⵔ ⵃⵎⴰ ⴰⴷ ⵙⵏⵓⵍⴼⵓⵏ ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ ⵎⵢⴰⵏⴰⵡ ⴷ ⴰⴷ ⵜ ⴹⴼⵕⵏ. ⴷⴰ ⴰⴷ ⵜⵥⵕⴷ ⵜⵉⵙⵇⵇⵉⵎⵉⵏ ⵏⵏⵙ, ⵉⴳⵎⴰⵎⵏ ⵏⵏⵙⵏⵜ ⴷ ⵜⴰⵙⵏⴰⵡⵜ ⵏⵏⴰ ⵙ ⵉⵙⵎ ⵏⵏⵙ ⵉⵍⵍⴰ ⴽⵓ ⵢⴰⵏ.
forum-empty = ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵙⵇⵇⵉⵎⵜ ⵏ ⵓⵏⵎⵓⵏ ⵙⴰⵔ.
forum-member-count = { $count ->
    [one] ⵢⴰⵏ ⵓⴳⵎⴰⵎ
   *[other] { $count } ⵏ ⵉⴳⵎⴰⵎⵏ
}
forum-members = ⵉⴳⵎⴰⵎⵏ
forum-no-members = ⵓⵍⴰ ⵢⴰⵏ ⵓⴳⵎⴰⵎ ⵙⴰⵔ.
forum-since = ⵙⴳ
forum-former-members = ⵉⴳⵎⴰⵎⵏ ⵉⵣⵡⵓⵔⵏ
forum-sub-bodies = ⵜⵉⵙⵇⵇⵉⵎⵉⵏ ⵜⵉⵎⵥⵥⵢⴰⵏⵉⵏ ⴷ ⵜⵙⵇⵇⵉⵎⵉⵏ ⵢⴰⴹⵏⵉⵏ
forum-balance = ⵉⴳⵎⴰⵎⵏ ⵙⴳ ⵜⵏⴱⴰⴹⵜ ⴷ ⴱⵕⵕⴰ ⵏ ⵜⵏⴱⴰⴹⵜ
forum-balance-missing = OGP ⵜⵙⵙⵓⵜⵓⵔ ⴰⴷ ⵉⵍⵉⵏ ⴳ ⵓⵏⵎⵓⵏ ⵉⴳⵎⴰⵎⵏ ⵙⴳ ⵜⵏⴱⴰⴹⵜ ⴷ ⵉⴳⵎⴰⵎⵏ ⴱⵕⵕⴰ ⵏ ⵜⵏⴱⴰⴹⵜ; ⵜⴰⵙⵇⵇⵉⵎⵜ ⴰⴷ ⵖⵓⵔⵙ ⵖⴰⵙ ⵢⴰⵜ ⵜⵙⴳⴰ.
forum-by-sector = ⵉⴳⵎⴰⵎⵏ ⵙ ⵓⴳⵣⵣⵓⵎ
forum-popolo-download = ⴰⴳⵎ ⵜⴰⵍⴳⴰⵎⵜ ⵏ ⵓⵏⵎⵓⵏ (Popolo JSON)
side-government = ⵙⴳ ⵜⵏⴱⴰⴹⵜ
side-non-government = ⴱⵕⵕⴰ ⵏ ⵜⵏⴱⴰⴹⵜ
side-partner = ⵉⵎⴷⵓⴽⴽⴰⵍ ⵉⵎⴰⴹⵍⴰⵏⵏ
body-kind-steering-committee = ⵜⴰⵙⵇⵇⵉⵎⵜ ⵏ ⵓⵙⵏⵎⵉⵍ
body-kind-sub-commission = ⵜⴰⵙⵇⵇⵉⵎⵜ ⵜⴰⵎⵥⵥⵢⴰⵏⵜ
body-kind-drafting-committee = ⵜⴰⵙⵇⵇⵉⵎⵜ ⵏ ⵓⵣⵎⵎⴻⵎ
seat-chair = ⴰⵙⵍⵡⴰⵢ
seat-co-chair = ⴰⵙⵍⵡⴰⵢ ⴰⵎⴷⵓⴽⴽⴰⵍ
seat-member = ⴰⴳⵎⴰⵎ
seat-observer = ⴰⵎⵙⵎⵓⵇⵇⵍ
field-body-kind = ⴰⵏⴰⵡ ⵏ ⵜⵙⵇⵇⵉⵎⵜ
field-body-name = ⵉⵙⵎ ⵏ ⵜⵙⵇⵇⵉⵎⵜ
field-body-parent = ⵜⵇⵇⵏ ⵖⵔ
field-body-themes = ⵉⵣⵣⵓⵔⵏ ⵏ ⵓⵖⴰⵡⴰⵙ ⵏⵏⴰ ⵜⵜⴰⵔⵓ
body-themes-hint = ⵉⴳⵎⴰⵎⵏ ⵏ ⵜⵙⵇⵇⵉⵎⵜ ⴰⴷ ⵣⴹⴰⵕⵏ ⴰⴷ ⴰⵔⵓⵏ ⵉⵎⵙⴰⵙⴰ ⵏ ⵉⵣⵣⵓⵔⵏ ⴰⴷ.
field-person = ⴰⴼⴳⴰⵏ
field-person-name = ⵉⵙⵎ ⴰⴽⵎⴰⵍ
field-email-public = ⵙⵎⴰⵍ ⴰⵏⵙⴰ ⴰⴷ ⵉ ⵎⴷⴷⵏ ⴰⴽⴽⵯ (ⵎⴽ ⵓⵔ ⵜ ⵜⵙⵎⴰⵍⴷ, ⴰⴷ ⵉⵇⵇⵉⵎ ⵖⴰⵙ ⵖⵓⵔⵏⵖ)
person-email-hint = ⵎⴽ ⵜⵔⵉⴷ. ⵎⴽ ⵉⵍⵍⴰ ⵖⵓⵔ ⵓⴼⴳⴰⵏ ⴰⵎⵉⴹⴰⵏ ⵙ ⵓⵏⵙⴰ ⴰⴷ, ⴰⴷⵖⴰⵔ ⵏⵏⵙ ⴰⴷ ⴰⵙ ⵉⴼⴽ ⵜⴰⵣⵎⵔⵜ ⵏ ⵓⵣⵎⵎⴻⵎ.
field-seat = ⴰⴷⵖⴰⵔ
field-on-behalf-of = ⵙ ⵉⵙⵎ ⵏ
field-starts-on = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵏⵜⵉ
field-ends-on = ⴰⵙⴰⴽⵓⴷ ⵏ ⵜⴳⵉⵔⴰ
field-membership-dates = ⵉⵙⴰⴽⵓⴷⵏ
admin-forum-title = ⵜⵉⵙⵇⵇⵉⵎⵉⵏ ⵏ ⵓⵏⵎⵓⵏ
admin-body-new = ⵜⴰⵙⵇⵇⵉⵎⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ
admin-body-settings = ⵉⵙⴼⴽⴰ ⵏ ⵜⵙⵇⵇⵉⵎⵜ
admin-add-member = ⵔⵏⵓ ⴰⴳⵎⴰⵎ
admin-new-person = ⴰⴼⴳⴰⵏ ⴰⵎⴰⵢⵏⵓ (ⴰⵔⵓ ⵉⵙⴼⴽⴰ ⵏⵏⵙ ⴷⴷⴰⵡ)
admin-end-membership = ⵙⵎⴷ ⵜⴰⴳⵎⴰⵎⵜ
admin-view-public = ⵥⵕ ⵜⴰⵙⵏⴰ ⵜⴰⵏⴰⵎⵓⵔⵜ
error-body-kind-invalid = ⴼⵔⵏ ⴰⵏⴰⵡ ⵏ ⵜⵙⵇⵇⵉⵎⵜ.
error-body-name-required = ⵙⵎⵎ ⵜⴰⵙⵇⵇⵉⵎⵜ ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.
error-body-slug-taken = ⴰⵏⵙⴰ ⴰⴷ ⵉⵜⵜⵓⵙⵎⵔⵙ ⵙⴳ ⵢⴰⵜ ⵜⵙⵇⵇⵉⵎⵜ ⵢⴰⴹⵏ.
error-steering-committee-has-no-parent = ⵜⴰⵙⵇⵇⵉⵎⵜ ⵏ ⵓⵙⵏⵎⵉⵍ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵇⵇⵏ ⵖⵔ ⵢⴰⵜ ⵜⵙⵇⵇⵉⵎⵜ ⵢⴰⴹⵏ.
error-reference-invalid = ⵎⴰ ⵜⴼⵔⵏⴷ ⵓⵔ ⵉⵖⵓⴷ.
error-person-name-invalid = ⴰⵔⵓ ⵉⵙⵎ ⵏ ⵓⴼⴳⴰⵏ (ⵓⵔ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵣⵔⵉ 200 ⵏ ⵉⵙⴽⴽⵉⵍⵏ).
error-seat-invalid = ⴼⵔⵏ ⴰⴷⵖⴰⵔ.
error-membership-ends-before-start = ⵜⴰⴳⵎⴰⵎⵜ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⴻⵜⵜⵎⵎⴰ ⵇⴱⵍ ⴰⴷ ⵜⴱⴷⵓ.
error-seat-taken = ⴰⴷⵖⴰⵔ ⴰⴷ ⵉⵟⵟⴼ ⵜ ⵢⴰⵏ ⵢⴰⴹⵏ ⴳ ⵉⵙⴰⴽⵓⴷⵏ ⴰⴷ. ⵙⵎⴷ ⵜⴰⴳⵎⴰⵎⵜ ⵏ ⵖⵉⵍⴰ ⵜⵉⵣⵡⴰⵔ.
error-person-unknown = ⴰⴼⴳⴰⵏ ⴰⴷ ⵓⵔ ⵉⵍⵍⵉ ⴳ ⵜⵍⴳⴰⵎⵜ.
error-body-unknown = ⵜⴰⵙⵇⵇⵉⵎⵜ ⴰⴷ ⵓⵔ ⵜⵍⵍⵉ.
error-theme-unknown = ⵢⴰⵏ ⵙⴳ ⵉⵣⵣⵓⵔⵏ ⵓⵔ ⵉⵍⵍⵉ.

# ⵉⵎⵢⴰⴳⴰⵔⵏ ⴷ ⵜⵡⵔⵛⴰⵜⵉⵏ
meetings-title = ⵉⵎⵢⴰⴳⴰⵔⵏ ⴷ ⵜⵡⵔⵛⴰⵜⵉⵏ
meetings-feed-name = ⵉⵎⵢⴰⴳⴰⵔⵏ ⵏ ⵓⵏⵎⵓⵏ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ
meetings-subscribe = ⵔⵏⵓ ⵉⵎⵢⴰⴳⴰⵔⵏ ⵖⵔ ⵓⵙⵎⵢⴰⵡⴰⵏ ⵏⵏⴽ (iCalendar)
meetings-upcoming = ⵎⴰ ⴷ ⵉⵜⵜⴰⵙⵏ
meetings-past = ⵎⴰ ⵉⵣⵔⵉⵏ
meetings-none-upcoming = ⵓⵔ ⵉⵜⵜⵓⵙⵙⴰⴷⵔ ⴽⵔⴰ ⵏ ⵓⵎⵢⴰⴳⴰⵔ ⵙⴰⵔ.
meetings-none-past = ⵓⵔ ⵉⵣⵔⵉ ⴽⵔⴰ ⵏ ⵓⵎⵢⴰⴳⴰⵔ ⵙⴰⵔ.
meeting-kind-forum-meeting = ⴰⵎⵢⴰⴳⴰⵔ ⵏ ⵓⵏⵎⵓⵏ
meeting-kind-workshop = ⵜⴰⵡⵔⵛⴰⵜ
meeting-kind-outreach = ⵜⴰⴳⴰⵡⵜ ⵏ ⵓⵙⵙⴼⵍⴷ
meeting-kind-consultation-session = ⴰⵎⵢⴰⴳⴰⵔ ⵏ ⵓⵙⵙⵓⵜⵔ
meeting-kind-implementation-review = ⴰⵙⵙⴻⵏⵜⵉ ⵏ ⵓⵙⵙⴽⵛⵎ
meeting-online = ⵙ ⵓⵣⵟⵟⴰ
meeting-attendance = ⵜⵉⵍⵍⵉ
meeting-no-attendance = ⵓⵔ ⵜⵜⵓⵣⵎⵎⴻⵎ ⵜⵉⵍⵍⵉ.
meeting-members-present = { $count ->
    [one] ⵢⴰⵏ ⵓⴳⵎⴰⵎ ⵏ ⵓⵏⵎⵓⵏ ⵉⵍⵍⴰⵏ ⴷⵉⴳⵙ:
   *[other] { $count } ⵏ ⵉⴳⵎⴰⵎⵏ ⵏ ⵓⵏⵎⵓⵏ ⵉⵍⵍⴰⵏ ⴷⵉⴳⵙ:
}
meeting-outside-total = { $count ->
    [one] ⵢⴰⵏ ⵓⵎⵛⴰⵔⴰⴽ ⵢⴰⴹⵏ, ⵙ ⵓⴳⵣⵣⵓⵎ
   *[other] { $count } ⵏ ⵉⵎⵛⴰⵔⴰⴽⵏ ⵢⴰⴹⵏⵉⵏ, ⵙ ⵓⴳⵣⵣⵓⵎ
}
meeting-outside-legend = ⵉⵎⵛⴰⵔⴰⴽⵏ ⵢⴰⴹⵏⵉⵏ (ⵓⵔ ⴳⵉⵏ ⵉⴳⵎⴰⵎⵏ ⵏ ⵓⵏⵎⵓⵏ), ⵙ ⵓⴳⵣⵣⵓⵎ
meeting-participants = ⵉⵎⵛⴰⵔⴰⴽⵏ
meeting-no-minutes = ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⵓⴳⵣⵣⵓⵍ ⵏ ⵓⵎⵢⴰⴳⴰⵔ ⵙⴰⵔ.
field-meeting-kind = ⴰⵏⴰⵡ ⵏ ⵓⵎⵢⴰⴳⴰⵔ
field-meeting-when = ⴰⵙⴰⴽⵓⴷ ⴷ ⵜⵙⵔⴰⴳⵜ
field-meeting-body = ⵜⴰⵙⵇⵇⵉⵎⵜ
field-meeting-place = ⴰⵏⵙⴰ
field-meeting-online = ⴰⵣⴷⴰⵢ ⵏ ⵓⵣⵟⵟⴰ
field-meeting-agenda = ⴰⵖⴰⵡⴰⵙ ⵏ ⵡⴰⵙⵙ
field-meeting-minutes = ⴰⴳⵣⵣⵓⵍ ⵏ ⵓⵎⵢⴰⴳⴰⵔ
field-start-date = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵏⵜⵉ
field-start-time = ⵜⴰⵙⵔⴰⴳⵜ ⵏ ⵓⵙⵏⵜⵉ
field-end-date = ⴰⵙⴰⴽⵓⴷ ⵏ ⵜⴳⵉⵔⴰ
field-end-time = ⵜⴰⵙⵔⴰⴳⵜ ⵏ ⵜⴳⵉⵔⴰ
end-date-hint = ⴰⵊⵊ ⵜ ⵉⵅⵡⴰ ⵎⴽ ⵉⵜⵜⵎⵎⴰ ⵓⵎⵢⴰⴳⴰⵔ ⴳ ⵡⴰⵙⵙ ⵏⵏⴰ ⴳ ⵉⴱⴷⴰ.
field-time-zone = ⴰⴳⵣⵣⵓⵎ ⵏ ⵓⴽⵓⴷ
time-zone-hint = ⵉⵙⵎ ⵏ ⵓⴳⵣⵣⵓⵎ ⵏ ⵓⴽⵓⴷ ⵏ IANA, ⵎⴷ Africa/Casablanca.
admin-meetings-title = ⵉⵎⵢⴰⴳⴰⵔⵏ
admin-meeting-new = ⴰⵎⵢⴰⴳⴰⵔ ⴰⵎⴰⵢⵏⵓ
admin-meeting-edit = ⵙⵏⴼⵍ ⴰⵎⵢⴰⴳⴰⵔ
error-meeting-kind-invalid = ⴼⵔⵏ ⴰⵏⴰⵡ ⵏ ⵓⵎⵢⴰⴳⴰⵔ.
error-meeting-title-required = ⴼⴽ ⴰⵣⵡⵍ ⵉ ⵓⵎⵢⴰⴳⴰⵔ ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.
error-time-zone-invalid = ⴰⴳⵣⵣⵓⵎ ⴰⴷ ⵏ ⵓⴽⵓⴷ ⵓⵔ ⵉⵜⵜⵡⴰⵙⵙⵏ. ⵙⵎⵔⵙ ⵉⵙⵎ ⵣⵓⵏⴷ Africa/Casablanca.
error-time-invalid = ⴰⵔⵓ ⵜⴰⵙⵔⴰⴳⵜ ⵙ ⵜⵙⵔⴰⴳⵉⵏ ⴷ ⵜⵓⵙⴷⵉⴷⵉⵏ, ⵎⴷ 09:30.
error-meeting-ends-before-start = ⴰⵎⵢⴰⴳⴰⵔ ⵉⵜⵜⵎⵎⴰ ⵇⴱⵍ ⴰⴷ ⵉⴱⴷⵓ.
error-link-invalid = ⴰⵔⵓ ⴰⵏⵙⴰ ⴰⴽⵎⴰⵍ ⴳ ⵓⵣⵟⵟⴰ ⵉⴱⴷⴷⴰⵏ ⵙ https:// ⵏⵖ http://.
error-count-invalid = ⴰⵔⵓ ⴰⵎⴹⴰⵏ ⴰⴽⵎⴰⵍ ⵏ ⵉⵎⵛⴰⵔⴰⴽⵏ.
error-meeting-unknown = ⴰⵎⵢⴰⴳⴰⵔ ⴰⴷ ⵓⵔ ⵉⵍⵍⵉ.

# ⵜⵉⵡⵚⵉⵜⵉⵏ
recommendations-title = ⵜⵉⵡⵚⵉⵜⵉⵏ ⴷ ⵜⵖⵜⴰⵙⵉⵏ
recommendations-none = ⵓⵔ ⵜⵜⵓⵣⵎⵎⴻⵎ ⴽⵔⴰ ⵏ ⵜⵡⵚⵉⵜ ⵉ ⵓⵎⵢⴰⴳⴰⵔ ⴰⴷ.
recommendation-status-open = ⵓⵔ ⵜⵜⵓⵖⵜⴰⵙ ⵙⴰⵔ
recommendation-status-accepted = ⵜⵜⵓⵇⴱⵍ
recommendation-status-implemented = ⵜⵜⵓⵙⵙⴽⵛⵎ
recommendation-status-not-retained = ⵓⵔ ⵜⵜⵓⵇⴱⵍ
recommendation-reason = ⴰⵙⵔⴰⴳ
recommendation-commitments = ⵉⵎⵙⴰⵙⴰ ⵏⵏⴰ ⵅⴼ ⵜⵙⴰⵡⴰⵍ
recommendation-commitments-hint = ⵜⵉⵏⴰⵍⵉⵏ ⵏ ⵉⵎⵙⴰⵙⴰ, ⴳⵔⴰⵙⵏⵜ «,», ⵎⴷ MO0012, MO0014.
commitment-recommendations = ⵜⵉⵡⵚⵉⵜⵉⵏ ⵏ ⵓⵏⵎⵓⵏ ⵏⵏⴰ ⵉⵙⵏⵓⵍⴼⴰⵏ ⴰⵎⵙⴰⵙⴰ ⴰ
field-recommendation = ⵜⴰⵡⵚⵉⵜ
field-status = ⴰⴷⴷⴰⴷ
admin-recommendation-new = ⵜⴰⵡⵚⵉⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ
admin-recommendation-add = ⵃⴹⵓ ⵜⴰⵡⵚⵉⵜ
error-recommendation-status-invalid = ⴼⵔⵏ ⴰⴷⴷⴰⴷ.
error-recommendation-text-required = ⴰⵔⵓ ⵜⴰⵡⵚⵉⵜ ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.
error-recommendation-reason-required = ⵉⵏⵉ ⵎⴰⵅ ⵓⵔ ⵜⵜⵓⵇⴱⵍ ⵜⵡⵚⵉⵜ.
error-commitment-unknown = ⵓⵍⴰ ⵢⴰⵏ ⵓⵎⵙⴰⵙⴰ ⵖⵓⵔⵙ ⵜⴰⵏⴰⵍⵜ ⴰ.

# ⵜⴰⵙⴷⵍⵉⵙⵜ ⵏ ⵉⵙⴽⴽⵉⵏⵏ
documents-title = ⵜⴰⵙⴷⵍⵉⵙⵜ ⵏ ⵉⵙⴽⴽⵉⵏⵏ
documents-intro = ⴰⴽⴽⵯ ⵎⴰ ⵉⵙⵏⵓⵍⴼⴰ ⵓⴱⵔⵉⴷ: ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ, ⵉⴳⵣⵣⵓⵍⵏ ⵏ ⵉⵎⵢⴰⴳⴰⵔⵏ, ⴰⵙⵙⴻⵏⵜⵉ ⵏ ⵉⵎⴰⵏ, ⵉⵏⵇⵇⵉⵙⵏ ⵏ ⵓⵙⵙⴻⵏⵜⵉ, ⵜⵉⵏⵣⵉⵜⵉⵏ ⴷ ⵉⵍⵓⴳⴰⵏ ⵏ ⵓⵎⵛⴰⵔⴰⴽ.
documents-count = { $count ->
    [0] ⵓⵍⴰ ⴰⵙⴽⴽⵉⵏ.
    [one] ⵢⴰⵏ ⵓⵙⴽⴽⵉⵏ.
   *[other] { $count } ⵏ ⵉⵙⴽⴽⵉⵏⵏ.
}
document-external-link = ⴰⵣⴷⴰⵢ ⴰⴱⵕⵕⴰⵏⵉ
document-kind-action-plan = ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ
document-kind-minutes = ⴰⴳⵣⵣⵓⵍ ⵏ ⵓⵎⵢⴰⴳⴰⵔ
document-kind-self-assessment = ⴰⵙⵙⴻⵏⵜⵉ ⵏ ⵉⵎⴰⵏ
document-kind-review-report = ⴰⵏⵇⵇⵉⵙ ⵏ ⵓⵙⵙⴻⵏⵜⵉ
document-kind-evidence = ⵜⴰⵏⵣⵉⵜ
document-kind-rules-of-participation = ⵉⵍⵓⴳⴰⵏ ⵏ ⵓⵎⵛⴰⵔⴰⴽ
field-document-kind = ⴰⵏⴰⵡ
field-language = ⵜⵓⵜⵍⴰⵢⵜ
language-hint = ⵜⵓⵜⵍⴰⵢⵜ ⵏ ⵓⵙⴽⴽⵉⵏ, ⵎⴷ ar, fr, zgh, en.
field-year = ⴰⵙⴳⴳⵯⴰⵙ
field-published-on = ⴰⵙⴰⴽⵓⴷ
field-document-meeting = ⴰⵎⵢⴰⴳⴰⵔ
field-document-body = ⵜⴰⵙⵇⵇⵉⵎⵜ
field-file = ⴰⴼⴰⵢⵍⵓ
file-hint = PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, CSV ⵏⵖ ⴰⴹⵕⵉⵚ; ⵓⵔ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵣⵔⵉ { $megabytes } MB.
field-url = ⴰⵏⵙⴰ ⴳ ⵓⵣⵟⵟⴰ
filter-all = ⴰⴽⴽⵯ
filter-apply = ⴼⵔⵣ
filter-clear = ⵥⵕ ⴰⴽⴽⵯ
admin-documents-title = ⵉⵙⴽⴽⵉⵏⵏ
admin-document-upload = ⵙⵙⵓⵍⵉ ⴰⵙⴽⴽⵉⵏ
admin-document-link = ⵃⴹⵓ ⴰⵣⴷⴰⵢ
error-document-kind-invalid = ⴼⵔⵏ ⴰⵏⴰⵡ ⵏ ⵓⵙⴽⴽⵉⵏ.
error-document-title-required = ⴼⴽ ⴰⵣⵡⵍ ⵉ ⵓⵙⴽⴽⵉⵏ ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.
error-language-invalid = ⴼⵔⵏ ⵜⵓⵜⵍⴰⵢⵜ ⵏ ⵓⵙⴽⴽⵉⵏ ⴳ ⵜⵍⴳⴰⵎⵜ.
error-date-required = ⴰⵔⵓ ⴰⵙⴰⴽⵓⴷ.
error-file-required = ⴼⵔⵏ ⴰⴼⴰⵢⵍⵓ ⵏⵏⴰ ⵔⴰⴷ ⵜⵙⵙⵓⵍⵉⴷ.
error-file-empty = ⴰⴼⴰⵢⵍⵓ ⵉⵅⵡⴰ.
error-file-too-large = ⴰⴼⴰⵢⵍⵓ ⵉⵎⵇⵇⵓⵔ ⴱⵣⵣⴰⴼ. ⵙⵙⵓⵍⵉ ⴰⴼⴰⵢⵍⵓ ⵉⵎⵥⵥⵉⵏ ⵏⵖ ⵃⴹⵓ ⴰⵣⴷⴰⵢ ⴳ ⵓⵎⴽⴰⵏ ⵏⵏⵙ.
error-file-storage-unavailable = ⵓⵔ ⵉⵜⵜⵓⵏⵏⴰⵍ ⵓⵙⵎⴰⵔ ⵏ ⵉⴼⴰⵢⵍⵓⵜⵏ, ⵓⵔ ⵉⵜⵜⵓⵃⴹⴰ ⵢⴰⵜ. ⴰⵍⵙ ⵜⴰⵔⵎⵉⵜ ⴷⴼⴼⵉⵔ ⵏⵖ ⵃⴹⵓ ⴰⵣⴷⴰⵢ.
error-file-name-invalid = ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵍⵉ ⵉ ⵓⴼⴰⵢⵍⵓ ⵉⵙⵎ ⴷ ⵓⵙⵖⵣⵉⴼ, ⵎⴷ minutes.pdf.
error-file-executable = ⵉⵀⵉⵍⵏ ⴷ ⵉⵙⴽⵔⵉⴱⵜⵏ ⵓⵔ ⵣⵎⵉⵔⵏ ⴰⴷ ⵜⵜⵓⵙⵙⵓⵍⵉⵏ.
error-file-type-not-accepted = ⴰⵏⴰⵡ ⴰⴷ ⵏ ⵓⴼⴰⵢⵍⵓ ⵓⵔ ⵉⵜⵜⵓⵇⴱⴰⵍ.
error-file-type-mismatch = ⴰⴳⴱⵓⵔ ⵏ ⵓⴼⴰⵢⵍⵓ ⵓⵔ ⵉⵎⵙⴰⵙⴰ ⴷ ⵓⵙⵖⵣⵉⴼ ⵏⵏⵙ. ⵥⵕ ⵎⴰ ⵜⴼⵔⵏⴷ ⴰⴼⴰⵢⵍⵓ ⵉⵖⵓⴷⵏ.

# ⴰⵙⵖⵓⴷⵓ ⵏ ⵓⵎⵍⵍⴰⵢ
meeting-status-scheduled = ⵉⵜⵜⵓⵙⵖⵉⴷⵏ
meeting-status-cancelled = ⵉⵜⵜⵓⵙⵔⵙ
field-meeting-status = ⴰⴷⴷⴰⴷ ⵏ ⵓⵎⵢⴰⴳⴰⵔ
meeting-cancelled-notice = ⵉⵜⵜⵓⵙⵔⵙ ⵓⵎⵢⴰⴳⴰⵔ ⴰ. ⵉⵇⵇⵉⵎ ⴳ ⵓⵎⵍⵍⴰⵢ.
error-meeting-status-invalid = ⵙⵙⵏⵜⵍ ⵎⴰⵙ ⵉⵜⵜⵉⵍⵉ ⵓⵎⵢⴰⴳⴰⵔ.
error-gone-title = ⵓⵔ ⵉⵍⵍⵉ ⵙ ⵓⵙⵏⴼⴰⵔ
error-gone-body = ⵉⵜⵜⵓⴽⴽⵙ ⵓⵙⴽⴽⵉⵏ ⴰ. ⵜⴰⵙⴷⵍⵉⵙⵜ ⵏ ⵉⵙⴽⴽⵉⵏⵏ ⵜⵙⵙⵏⵜⵍ ⵎⴰⵖ.
document-withdrawn = ⵉⵜⵜⵓⴽⴽⵙ
admin-document-withdraw = ⴽⴽⵙ ⴰⵙⴽⴽⵉⵏ
admin-document-withdraw-hint = ⴰⵙⴽⴽⵉⵏ ⵉⵜⵜⵓⴽⴽⵙⵏ ⵉⵇⵇⵉⵎ ⴳ ⵜⵍⴳⴰⵎⵜ ⴷ ⵜⵎⵏⵜⵉⵍⵜ ⵏⵏⴽ; ⴰⴼⴰⵢⵍⵓ ⵏⵏⵙ ⵓⵔ ⵉⵜⵜⵓⴳⵎ.
field-withdraw-reason = ⵜⴰⵎⵏⵜⵉⵍⵜ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ ⵏ ⵓⴽⴽⵓⵙ
error-withdraw-reason-required = ⴰⵔⵓ ⵜⴰⵎⵏⵜⵉⵍⵜ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ ⵏ ⵓⴽⴽⵓⵙ (2000 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵎⴰⵕⵕⴰ).
admin-person-edit = ⵙⵖⵓⴷⵓ ⵉⵙⴼⴽⴰ ⵏ ⵢⴰⵏ ⵓⴼⵔⴷ

# ⴰⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ: ⵉⵙⵓⵎⵔⵏ, ⵉⵎⵄⴰⵡⵏⵏ ⴷ ⵉⵅⴼⴰⵡⴰⵍⵏ
proposals-title = ⵉⵙⵓⵎⵔⵏ ⵉ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ
proposals-intro = ⴳ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ ⵏ ⵓⵖⴰⵡⴰⵙ, ⴽⵓ ⵢⴰⵏ ⵉⵍⴰⵏ ⴰⵎⵉⴹⴰⵏ ⵉⵣⴹⴰⵕ ⴰⴷ ⵉⵙⵙⵓⵎⵔ ⵜⴰⵡⵏⴳⵉⵎⵜ ⵏ ⵓⵎⵙⴰⵙⴰ ⴳ ⵢⴰⵏ ⵓⵣⵣⵓⵔ ⵏⵏⵙ, ⴰⴷ ⵉⵄⴰⵡⵏ ⵜⵉⵡⵏⴳⵉⵎⵉⵏ ⵏ ⵡⵉⵢⵢⴰⴹ ⴷ ⴰⴷ ⵉⵎⵙⴰⵡⴰⵍ ⵅⴼⵙⵏⵜ. ⴽⵓ ⵜⴰⵎⵜⵜⴰⵡⵜ ⴰⴷ ⵜⴰⵡⵉ ⴰⵡⴰⵍ ⵉⴱⴰⵏⵏ.
proposals-new = ⵙⵙⵓⵎⵔ ⵜⴰⵡⵏⴳⵉⵎⵜ
field-proposal-title = ⵜⴰⵡⵏⴳⵉⵎⵜ ⵏⵏⴽ ⵙ ⵢⴰⵜ ⵜⵡⵍⴰⵍⵜ
field-proposal-body = ⴰⵎⵓⴽⵔⵉⵙ ⵏⵏⴰ ⵔⴰⴷ ⵜⴼⵙⵙⵉ ⴷ ⵎⴰ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵜⵜⵓⵙⴽⴰⵔ
proposal-body-hint = 5000 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⴷ ⵙⵉⵏ ⵉⵣⴷⴰⵢⵏ ⴳ ⵓⵣⵟⵟⴰ ⵎⴰⵕⵕⴰ.
proposals-submit = ⴰⵣⵏ ⴰⵙⵓⵎⵔ
proposals-sign-in = ⴽⵛⵎ ⵃⵎⴰ ⴰⴷ ⵜⵛⴰⵔⴽⴷ
proposals-none = ⵓⵍⴰ ⵢⴰⵏ ⵓⵙⵓⵎⵔ ⴳ ⵓⵣⵣⵓⵔ ⴰⴷ ⵙⴰⵔ.
proposal-supports = { $count ->
    [0] ⵓⵍⴰ ⵢⴰⵏ ⵓⵎⵄⴰⵡⵏ ⵙⴰⵔ
    [one] ⵢⴰⵏ ⵓⵎⵄⴰⵡⵏ
   *[other] { $count } ⵏ ⵉⵎⵄⴰⵡⵏⵏ
}
proposal-support = ⵄⴰⵡⵏ ⴰⵙⵓⵎⵔ ⴰⴷ
proposal-supported = ⵜⵄⴰⵡⵏⴷ ⴰⵙⵓⵎⵔ ⴰⴷ.
proposal-comments = ⴰⵎⵙⴰⵡⴰⵍ
proposal-no-comments = ⵓⵍⴰ ⵢⴰⵏ ⵓⵅⴼⴰⵡⴰⵍ ⵙⴰⵔ.
pager-label = ⵜⵉⵙⵏⵉⵡⵉⵏ
pager-position = ⵜⴰⵙⵏⴰ { $page } ⵙⴳ { $pages }
pager-first = ⵜⴰⵙⵏⴰ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ
pager-previous = ⵜⴰⵙⵏⴰ ⵉⵣⵔⵉⵏ
pager-next = ⵜⴰⵙⵏⴰ ⴷ ⵉⴹⴼⴰⵕⵏ
pager-last = ⵜⴰⵙⵏⴰ ⵜⴰⵏⴳⴳⴰⵔⵓⵜ
proposal-comment = ⴰⵅⴼⴰⵡⴰⵍ ⵏⵏⴽ
proposal-comment-submit = ⴰⵣⵏ ⴰⵅⴼⴰⵡⴰⵍ
plan-proposals-link = ⵉⵙⵓⵎⵔⵏ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ
account-contributions-link = ⵜⵉⵎⵜⵜⴰⵡⵉⵏ ⵉⵏⵓ ⴷ ⵓⴹⴼⴰⵕ ⵏⵏⵙⵏⵜ
my-contributions-title = ⵜⵉⵎⵜⵜⴰⵡⵉⵏ ⵉⵏⵓ
my-contributions-intro = ⴰⴽⴽⵯ ⵎⴰ ⵜⵙⵙⵓⵎⵔⴷ ⵏⵖ ⵎⴰ ⵅⴼ ⵜⵓⵔⵉⴷ, ⴷ ⵓⴹⴼⴰⵕ ⵏⵏⵙ.
my-contributions-none = ⵓⵍⴰ ⵢⴰⵜ ⵜⵎⵜⵜⴰⵡⵜ ⵙⴰⵔ.
my-contributions-comment-on = ⴰⵅⴼⴰⵡⴰⵍ ⵅⴼ ⵢⴰⵏ ⵓⵙⵓⵎⵔ
my-contributions-awaiting = ⴰⵡⴰⵍ ⵏ ⵜⵏⴰⵔⵉⵜ ⵓⵔ ⴷ ⵉⵍⴽⵉⵎ ⵙⴰⵔ.
contribution-kind-proposal = ⴰⵙⵓⵎⵔ
contribution-kind-comment = ⴰⵅⴼⴰⵡⴰⵍ
error-co-creation-closed = ⵉⵙⵓⵎⵔⵏ ⵜⵜⵓⵇⴱⴰⵍⵏ ⵖⴰⵙ ⴳ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ ⵏ ⵓⵖⴰⵡⴰⵙ.
error-submission-refused = ⴰⵣⴰⵏ ⴰⴷ ⵉⵜⵜⵓⴳⴷⵍ. ⵎⴽ ⵜⴳⵉⴷ ⴰⴼⴳⴰⵏ, ⵙⵙⵉⴷⵔ ⵜⴰⵙⵏⴰ, ⵙ ⴷⴰⵔ ⴰⵣⵏ ⵜ ⴷⴰⵖ.
error-too-many-links = ⵙⵉⵏ ⵉⵣⴷⴰⵢⵏ ⴳ ⵓⵣⵟⵟⴰ ⵎⴰⵕⵕⴰ.
error-proposal-title-required = ⴰⵔⵓ ⵜⴰⵡⵏⴳⵉⵎⵜ ⵏⵏⴽ ⵙ ⵢⴰⵜ ⵜⵡⵍⴰⵍⵜ.
error-proposal-body-required = ⵙⵙⴼⵔⵓ ⴰⵎⵓⴽⵔⵉⵙ ⴷ ⵎⴰ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵜⵜⵓⵙⴽⴰⵔ.
error-comment-body-required = ⴰⵔⵓ ⴰⵅⴼⴰⵡⴰⵍ ⵏⵏⴽ.
error-proposal-unknown = ⴰⵙⵓⵎⵔ ⴰⴷ ⵓⵔ ⵉⵍⵍⵉ.
error-contribution-kind-invalid = ⴰⵏⴰⵡ ⴰⴷ ⵏ ⵜⵎⵜⵜⴰⵡⵜ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏ.

# ⵉⵙⵓⵎⵔⵏ ⵙⴳ ⵉⵎⵢⴰⴳⴰⵔⵏ
contribution-kind-meeting-input = ⴰⵙⵓⵎⵔ ⵙⴳ ⵓⵎⵢⴰⴳⴰⵔ
proposal-from-meeting = ⵉⵜⵜⵓⵙⵊⵊⵍ ⴳ ⵓⵎⵢⴰⴳⴰⵔ:
admin-meeting-input-new = ⵙⵊⵊⵍ ⴰⵙⵓⵎⵔ ⵉⵜⵜⵓⵙⴽⵔⵏ ⴳ ⵓⵎⵢⴰⴳⴰⵔ ⴰ
admin-meeting-input-hint = ⴰⴷ ⵉⵜⵜⵓⵙⵎⴰⵍ ⴰⴽⴷ ⵉⵙⵓⵎⵔⵏ ⵏ ⵓⵖⴰⵡⴰⵙ, ⴷ ⴰⴷ ⵢⴰⵡⵉ ⴰⵡⴰⵍ ⵉⴱⴰⵏⵏ ⴰⵎ ⵡⵉⵢⵢⴰⴹ.
admin-meeting-input-add = ⵙⵊⵊⵍ ⴰⵙⵓⵎⵔ
field-input-theme = ⴰⵖⴰⵡⴰⵙ ⴷ ⵓⵣⵣⵓⵔ

## ⴰⵙⵙⵓⵜⵔ ⴰⵏⴰⵎⵓⵔ ⵅⴼ ⵓⵙⵏⵖⵎⵙ ⵉⵜⵜⵓⵙⴱⴷⴷⵏ
consultation-title = ⴰⵙⵙⵓⵜⵔ ⴰⵏⴰⵎⵓⵔ ⵅⴼ ⵓⵙⵏⵖⵎⵙ ⵏ ⵓⵖⴰⵡⴰⵙ
consultation-open = ⵉⵕⵥⵎ
consultation-closed = ⵉⵇⵇⵏ
consultation-upcoming = ⵔⴰⴷ ⵉⵕⵥⵎ
consultation-open-until = ⵜⵣⴹⴰⵕⴷ ⴰⴷ ⵜⴰⵔⵓⴷ ⵉⵅⴼⴰⵡⴰⵍⵏ ⵏⵏⴽ ⴰⵔ { $date }.
consultation-closed-on = ⵉⵇⵇⵏ ⵓⵙⵙⵓⵜⵔ ⴳ { $date }.
consultation-opens-on = ⴰⴷ ⵉⵕⵥⵎ ⵓⵙⵙⵓⵜⵔ ⴳ { $date }.
consultation-days = { $count ->
    [one] ⵢⴰⵏ ⵡⴰⵙⵙ
   *[other] { $count } ⵏ ⵡⵓⵙⵙⴰⵏ
}
consultation-frozen-on = ⴰⴹⵕⵉⵚ ⵉⵜⵜⵓⵙⴱⴷⴷ ⴳ { $date }
consultation-how = ⵡⴰ ⴷ ⴰⵙⵏⵖⵎⵙ ⵣⵓⵏⴷ ⵎⴰⵎⴽ ⵉⵍⵍⴰ ⵎⵉ ⵉⵕⵥⵎ ⵓⵙⵙⵓⵜⵔ; ⵓⵔ ⵔⴰⴷ ⵉⵜⵜⵓⵙⵏⴼⵍ ⵙ ⵉⵅⴼⴰⵡⴰⵍⵏ ⵏⵏⴽ. ⴰⵔⵓ ⴰⵅⴼⴰⵡⴰⵍ ⵅⴼ ⵓⵖⴰⵡⴰⵙ ⴰⴽⴽⵯ, ⵅⴼ ⵢⴰⵏ ⵓⵎⵙⴰⵙⴰ, ⵅⴼ ⵢⴰⵏ ⵓⵃⵔⵉⵛ ⵏⵖ ⵅⴼ ⵢⴰⵜ ⵜⴳⵣⵉⵎⵜ: ⴼⵔⵏ "ⴰⵔⵓ ⴰⵅⴼⴰⵡⴰⵍ ⵅⴼ ⵜⴳⵣⵉⵎⵜ ⴰ" ⴷⴷⴰⵡ ⵓⴹⵕⵉⵚ, ⵏⵖ ⴼⵔⵏ ⴰⴷⵖⴰⵔ ⴳ ⵜⵍⵖⴰ ⵏ ⵡⴰⴷⴷⴰⵢ ⵏ ⵜⵙⵏⴰ.
consultation-report-link = ⴰⵏⵇⵇⵉⵙ ⵏ ⵓⵙⵙⵓⵜⵔ
consultation-comment-count = { $count ->
    [one] ⵢⴰⵏ ⵓⵅⴼⴰⵡⴰⵍ
   *[other] { $count } ⵏ ⵉⵅⴼⴰⵡⴰⵍⵏ
}
consultation-comment-commitment = ⴰⵔⵓ ⴰⵅⴼⴰⵡⴰⵍ ⵅⴼ ⵓⵎⵙⴰⵙⴰ ⴰ
consultation-comment-paragraph = ⴰⵔⵓ ⴰⵅⴼⴰⵡⴰⵍ ⵅⴼ ⵜⴳⵣⵉⵎⵜ { $number }
consultation-paragraph = ⵜⴰⴳⵣⵉⵎⵜ { $number }
consultation-whole-plan = ⴰⵖⴰⵡⴰⵙ ⴰⴽⴽⵯ
consultation-on-whole-plan = ⵉⵅⴼⴰⵡⴰⵍⵏ ⵅⴼ ⵓⵖⴰⵡⴰⵙ ⴰⴽⴽⵯ
consultation-your-comment = ⴰⵅⴼⴰⵡⴰⵍ ⵏⵏⴽ
consultation-place = ⵎⴰ ⵅⴼ ⵉⵍⵍⴰ ⵓⵅⴼⴰⵡⴰⵍ ⵏⵏⴽ
consultation-place-hint = ⴰⵖⴰⵡⴰⵙ, ⵢⴰⵏ ⵓⵎⵙⴰⵙⴰ, ⵢⴰⵏ ⵓⵃⵔⵉⵛ ⵏⵖ ⵢⴰⵜ ⵜⴳⵣⵉⵎⵜ ⵙⴳ ⵓⴹⵕⵉⵚ ⵉⵜⵜⵓⵙⴱⴷⴷⵏ.
consultation-commenting-on = ⵜⴰⵔⵓⴷ ⴰⵅⴼⴰⵡⴰⵍ ⵅⴼ:
consultation-submit = ⴰⵣⵏ ⴰⵅⴼⴰⵡⴰⵍ
consultation-reply = ⵔⴰⵔ
consultation-reply-label = ⴰⵔⴰⵔ ⵏⵏⴽ
consultation-reply-submit = ⴰⵣⵏ ⴰⵔⴰⵔ
consultation-closed-note = ⵉⵇⵇⵏ ⵓⵙⵙⵓⵜⵔ: ⵓⵔ ⵜⵜⵓⵇⴱⴰⵍⵏ ⵉⵅⴼⴰⵡⴰⵍⵏ ⴷⴰⵖ. ⴽⵓ ⵜⴰⵎⵜⵜⴰⵡⵜ ⴰⴷ ⵜⴰⵡⵉ ⴰⵔⴰⵔ ⵉⵍⴰⵏ ⵜⴰⵎⵏⵜⵉⵍⵜ, ⴰⴷ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⵖⵉⴷ ⴷ ⴳ ⵓⵏⵇⵇⵉⵙ ⵏ ⵓⵙⵙⵓⵜⵔ.
consultation-not-open-note = ⵓⵔ ⵉⵕⵥⵉⵎ ⵓⵙⵙⵓⵜⵔ ⵙⴰⵔ.
field-opens_on = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵕⵥⴰⵎ
field-closes_on = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵇⵇⵏ
field-code = ⵜⴰⵏⴰⵍⵜ

## ⵜⵉⵎⵜⵜⴰⵡⵉⵏ, ⵉⵔⴰⵔⵏ, ⴰⵙⵎⵓⵜⵜⴳ
contribution-hidden = ⵜⵜⵓⴼⴼⵔ ⵙⴳ ⵓⵎⵙⵎⵓⵜⵜⴳ:
contribution-pending = ⵜⵜⵔⴰⴵⵓ ⴰⵎⵙⵎⵓⵜⵜⴳ ⵇⴱⵍ ⴰⴷ ⵜⵜⵓⵙⵙⵓⴼⵖ
my-contributions-see = ⵥⵕ ⵜⵜ ⴳ ⵓⴷⵖⴰⵔ ⵏⵏⵙ
response-heading = ⴰⵔⴰⵔ
response-status = ⴰⵔⴰⵔ
response-status-adopted = ⵜⵜⵓⵇⴱⵍ
response-status-partly-adopted = ⵉⵜⵜⵓⵇⴱⵍ ⴽⵔⴰ ⵙⴳⵉⵙ
response-status-merged = ⵜⵜⵓⵙⵎⵓⵏ ⴳ ⵢⴰⵏ ⵓⵎⵙⴰⵙⴰ
response-status-not-adopted = ⵓⵔ ⵜⵜⵓⵇⴱⵍ
response-status-out-of-scope = ⴱⵕⵕⴰ ⵏ ⵓⵏⴰⵍ
response-merged-into = ⵜⵜⵓⵙⵎⵓⵏ ⴳ { $code }
response-revision-link = ⵥⵕ ⵜⴰⵏⴼⵍⵉⵜ ⵏⵏⴰ ⴷ ⵜⴰⵡⵉ
response-draft = ⴰⵙⵏⵖⵎⵙ, ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⵙⴰⵔ
response-published = ⵉⵜⵜⵓⵙⵙⵓⴼⵖ
response-none = ⵓⵍⴰ ⴰⵔⴰⵔ ⵙⴰⵔ
response-justification = ⵜⴰⵎⵏⵜⵉⵍⵜ
response-merged-into-field = ⵜⵜⵓⵙⵎⵓⵏ ⴳ ⵓⵎⵙⴰⵙⴰ (ⵜⴰⵏⴰⵍⵜ)
response-merged-into-hint = ⵉ "ⵜⵜⵓⵙⵎⵓⵏ": ⵜⴰⵏⴰⵍⵜ ⵏ ⵢⴰⵏ ⵓⵎⵙⴰⵙⴰ ⵏ ⵓⵖⴰⵡⴰⵙ ⴰ, ⵎⴷ MO0048.
response-revision = ⵜⴰⵏⴼⵍⵉⵜ ⵏⵏⴰ ⴷ ⵜⴰⵡⵉ
response-revision-none = ⵓⵍⴰ ⵢⴰⵜ
response-save-draft = ⵃⴹⵓ ⴰⵙⵏⵖⵎⵙ ⵏ ⵓⵔⴰⵔ
response-publish = ⵙⵙⵓⴼⵖ ⴰⵔⴰⵔ
response-publish-hint = ⵎⴽ ⵜⵙⵙⵓⴼⵖⴷ ⴰⵔⴰⵔ, ⴰⴷ ⵉⴳ ⴰⵏⴰⵎⵓⵔ ⴷ ⴰⴷ ⵉⵜⵜⵓⵣⵏ ⵉ ⵓⵎⴰⵔⴰⵢ ⵏⵏⵙ ⵙ ⵉⵎⴰⵢⵍ.
flag-summary = ⵎⵎⴰⵍ
flag-reason = ⵎⴰⵅ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵥⵕ ⵓⵎⵙⵎⵓⵜⵜⴳ ⴰⵢⴰ?
flag-submit = ⴰⵣⵏ ⴰⵙⵎⵎⴰⵍ
notice-flagged = ⵜⴰⵏⵎⵎⵉⵔⵜ: ⴰⴷ ⵜ ⵉⵥⵕ ⵢⴰⵏ ⵓⵎⵙⵎⵓⵜⵜⴳ.
notice-pending = ⵜⵍⴽⵎ ⴷ ⵜⵎⵜⵜⴰⵡⵜ ⵏⵏⴽ. ⴰⵛⴽⵓ ⵜⴳⴰ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ, ⴰⴷ ⵜⵜ ⵉⵙⵙⵏⵜⵎ ⵢⴰⵏ ⵓⵎⵙⵎⵓⵜⵜⴳ ⵇⴱⵍ ⴰⴷ ⵜⵜⵓⵙⵙⵓⴼⵖ.
notice-published = ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⵓⵔⴰⵔ, ⵉⵜⵜⵓⵣⵏ ⵉ ⵓⵎⴰⵔⴰⵢ ⵏⵏⵙ.
notice-adopted = ⵉⵜⵜⵓⵇⴱⵍ ⵓⵖⴰⵡⴰⵙ ⴰⵏⴳⴳⴰⵔⵓ.
mail-response-subject = ⵜⴰⵎⵜⵜⴰⵡⵜ ⵏⵏⴽ ⵜⵓⵡⵉ ⴰⵔⴰⵔ
mail-response-body =
    ⴰⵣⵓⵍ { $name },

    ⵜⴰⵎⵜⵜⴰⵡⵜ ⵏⵏⴽ "{ $contribution }" ⵜⵓⵡⵉ ⴰⵔⴰⵔ: { $status }.

    { $justification }

    ⵥⵕ ⴰⴽⴽⵯ ⵜⵉⵎⵜⵜⴰⵡⵉⵏ ⵏⵏⴽ ⴷ ⵉⵔⴰⵔⵏ ⵏⵏⵙⵏⵜ:
    { $link }

## ⴰⵇⴱⴰⵍ ⵏ ⵓⵖⴰⵡⴰⵙ ⴰⵏⴳⴳⴰⵔⵓ
adoption-heading = ⴰⵇⴱⴰⵍ ⵏ ⵓⵖⴰⵡⴰⵙ ⴰⵏⴳⴳⴰⵔⵓ
adoption-done = ⵉⵜⵜⵓⵇⴱⵍ ⵓⵖⴰⵡⴰⵙ ⴰⵏⴳⴳⴰⵔⵓ ⴳ { $date }.
adoption-override = { $count ->
    [one] ⵉⵜⵜⵓⵇⴱⵍ ⵎⵇⵇⴰⵔ ⵜⵍⵍⴰ ⵢⴰⵜ ⵜⵎⵜⵜⴰⵡⵜ ⵓⵔ ⵖⵓⵔⵙ ⴰⵔⴰⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ.
   *[other] ⵉⵜⵜⵓⵇⴱⵍ ⵎⵇⵇⴰⵔ ⵍⵍⴰⵏⵜ { $count } ⵏ ⵜⵎⵜⵜⴰⵡⵉⵏ ⵓⵔ ⵖⵓⵔⵙⵏⵜ ⴰⵔⴰⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ.
}
adoption-override-reason = ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏⵏⴰ ⵜⴼⴽⴰ ⵜⵏⴰⵔⵉⵜ:
adoption-unanswered = { $count ->
    [0] ⴽⵓ ⵜⴰⵎⵜⵜⴰⵡⵜ ⵖⵓⵔⵙ ⴰⵔⴰⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ.
    [one] ⵢⴰⵜ ⵜⵎⵜⵜⴰⵡⵜ ⵓⵔ ⵖⵓⵔⵙ ⴰⵔⴰⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ ⵙⴰⵔ.
   *[other] { $count } ⵏ ⵜⵎⵜⵜⴰⵡⵉⵏ ⵓⵔ ⵖⵓⵔⵙⵏⵜ ⴰⵔⴰⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ ⵙⴰⵔ.
}
adoption-override-label = ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⵇⴱⴰⵍ ⵎⵇⵇⴰⵔ ⴰⵢⴰ (ⴰⴷ ⵜⵜⵓⵙⵎⴰⵍ ⵉ ⵎⴷⴷⵏ ⴰⴽⴽⵯ)
adoption-override-hint = OGP ⵜⵙⵙⵓⵜⵓⵔ ⴰⵔⴰⵔ ⵉⵍⴰⵏ ⵜⴰⵎⵏⵜⵉⵍⵜ ⵉ ⴽⵓ ⵜⴰⵎⵜⵜⴰⵡⵜ ⵇⴱⵍ ⴰⴷ ⵉⴳ ⵓⵖⴰⵡⴰⵙ ⴰⵏⴳⴳⴰⵔⵓ. ⴰⵇⴱⴰⵍ ⴱⵍⴰ ⵜ ⴰⴷ ⵉⵜⵜⵓⵙⵊⵊⵍ ⴳ ⵓⵎⵣⵔⵓⵢ ⵏ ⵓⵙⵙⴻⵏⵜⵉ, ⴷ ⴰⴷ ⵉⵜⵜⵓⵙⵎⴰⵍ ⴳ ⵜⵙⵏⴰ ⵜⴰⵏⴰⵎⵓⵔⵜ ⵏ ⵓⵖⴰⵡⴰⵙ ⴰⴽⴷ ⵜⵎⵏⵜⵉⵍⵜ ⴰⴷ.
adoption-submit = ⵇⴱⵍ ⴰⵖⴰⵡⴰⵙ ⴰⵏⴳⴳⴰⵔⵓ

## ⴰⵏⵇⵇⵉⵙ ⵏ ⵓⵙⵙⵓⵜⵔ
report-title = ⴰⵏⵇⵇⵉⵙ ⵏ ⵓⵙⵙⵓⵜⵔ
report-intro = ⴰⴽⴽⵯ ⵜⵉⵎⵜⵜⴰⵡⵉⵏ ⵏⵏⴰ ⴷ ⵢⵓⵛⴽⴰⵏ ⴳ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ ⴷ ⵓⵙⵙⵓⵜⵔ ⵏ ⵓⵖⴰⵡⴰⵙ, ⴰⴱⵔⵉⴷ ⵏⵏⴰ ⵙ ⴷ ⵓⵛⴽⴰⵏⵜ, ⴷ ⵓⵔⴰⵔ ⵏⵏⴰ ⵓⵡⵉⵏⵜ.
report-csv = ⴰⴳⵎ ⵙ CSV
report-consultations = ⵉⵙⵙⵓⵜⵔⵏ
report-summary = ⵙ ⵉⵎⴹⴰⵏ
report-total = { $count ->
    [one] ⵢⴰⵜ ⵜⵎⵜⵜⴰⵡⵜ
   *[other] { $count } ⵏ ⵜⵎⵜⵜⴰⵡⵉⵏ
}
report-contributors = { $count ->
    [one] ⵢⴰⵏ ⵓⵎⵛⴰⵔⴰⴽ
   *[other] { $count } ⵏ ⵉⵎⵛⴰⵔⴰⴽⵏ
}
report-by-channel = ⵙ ⵓⴱⵔⵉⴷ
report-by-theme = ⵙ ⵓⵣⵣⵓⵔ
report-by-response = ⵙ ⵓⵔⴰⵔ
report-channel-online = ⴳ ⵓⵡⵡⵓⵔ
report-channel-meeting = ⴳ ⵢⴰⵏ ⵓⵎⵢⴰⴳⴰⵔ
report-awaiting = ⵜⵜⵔⴰⴵⵓ ⴰⵔⴰⵔ
report-group = ⵜⴰⵔⴰⴱⴱⵓⵜ
report-count = ⴰⵎⴹⴰⵏ
report-kind = ⴰⵏⴰⵡ
report-theme = ⴰⵣⵣⵓⵔ
report-contribution = ⵜⴰⵎⵜⵜⴰⵡⵜ
report-no-theme = ⴰⵖⴰⵡⴰⵙ ⴰⴽⴽⵯ
report-none = ⵓⵍⴰ ⵢⴰⵏ ⵙⴰⵔ.
report-profiles = ⵎⴰⴷ ⵉⵛⴰⵔⴽⵏ
report-profiles-note = ⵙⴳ ⵉⵙⴼⴽⴰ ⵏⵏⴰ ⵔⴰⵏ ⵉⵎⵛⴰⵔⴰⴽⵏ ⴰⴷ ⵜⵏ ⴰⵔⵓⵏ. ⵜⵉⵔⴰⴱⴱⵓⵜⵉⵏ ⵏⵏⴰ ⴳ ⵍⵍⴰⵏ ⴷⴷⴰⵡ 5 ⵏ ⵎⴷⴷⵏ ⵜⵜⵓⵙⵉⴹⵏⵜ ⵎⵢⴰⵏⴰⵡ, ⵃⵎⴰ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏ ⵢⴰⵏ ⵙ ⵉⵎⴰⵏ ⵏⵏⵙ.
report-small-groups = ⵜⵉⵔⴰⴱⴱⵓⵜⵉⵏ ⵜⵉⵎⵥⵥⵢⴰⵏⵉⵏ (ⴷⴷⴰⵡ 5 ⵏ ⵎⴷⴷⵏ ⵉ ⴽⵓ ⵢⴰⵜ)
report-not-given = ⵓⵔ ⵉⵜⵜⵓⴼⴽⵉ
report-every-contribution = ⴰⴽⴽⵯ ⵜⵉⵎⵜⵜⴰⵡⵉⵏ ⴷ ⵉⵔⴰⵔⵏ ⵏⵏⵙⵏⵜ

## ⵉⵙⴼⴽⴰ ⵏ ⵓⵎⵛⴰⵔⴰⴽ (ⵎⴽ ⵜⵔⵉⴷ)
profile-title = ⵉⵙⴼⴽⴰ ⵏⵏⴽ (ⵎⴽ ⵜⵔⵉⴷ)
profile-intro = ⵎⴽ ⴰⵖ ⵜⵏⵏⵉⴷ ⴰⴳⵣⵣⵓⵎ ⵏⵏⴽ, ⵜⴰⵡⵙⵉⵜ ⵏⵏⴽ ⴷ ⵜⵎⵏⴰⴹⵜ ⵏⵏⴽ, ⴰⴷ ⵜⵄⴰⵡⵏⴷ ⴳ ⵓⵙⵎⴰⵍ ⵏ ⵎⴰⴷ ⵉⵛⴰⵔⴽⵏ. ⴰⵢⴰ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⵖⴰⵙ ⵙ ⵉⵎⴹⴰⵏ ⵉⵎⵓⵏⵏ, ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⴰⵎⵢⴰ ⴰⴽⴷ ⵉⵙⵎ ⵏⵏⴽ. ⵜⵣⴹⴰⵕⴷ ⴰⴷ ⵜⴰⵊⵊⴷ ⴽⵓ ⴰⵏⵙⴰ ⵉⵅⵡⴰ.
profile-sector = ⴰⴳⵣⵣⵓⵎ
profile-gender = ⵜⴰⵡⵙⵉⵜ
profile-region = ⵜⴰⵎⵏⴰⴹⵜ
profile-region-hint = ⵎⴷ: ⵔⴱⴰⵟ-ⵙⵍⴰ-ⵇⵏⵉⵟⵔⴰ.
profile-not-given = ⵓⵔ ⵔⵉⵖ ⴰⴷ ⵜ ⵉⵏⵉⵖ
profile-save = ⵃⴹⵓ ⵉⵙⴼⴽⴰ
sector-civil-society = ⴰⵎⵓⵏ ⴰⵏⴰⵎⵓⵔ
sector-government = ⵜⴰⵏⴱⴰⴹⵜ
sector-private-sector = ⴰⴳⵣⵣⵓⵎ ⵓⵥⵍⵉⵏ
sector-academia = ⵜⴰⵙⴷⴰⵡⵉⵜ ⴷ ⵓⵔⵣⵣⵓ
sector-media = ⵉⵏⵖⵎⵉⵙⵏ
sector-citizen = ⴰⵖⵔⵎⴰⵏ
sector-other = ⵢⴰⴹⵏ
gender-woman = ⵜⴰⵎⵖⴰⵔⵜ
gender-man = ⴰⵔⴳⴰⵣ
gender-other = ⵢⴰⴹⵏ

## ⴰⵙⵙⵓⴷⵙ: ⴰⵙⵙⵓⵜⵔ, ⵉⵔⴰⵔⵏ, ⴰⵙⵎⵓⵜⵜⴳ, ⴰⵎⵣⵔⵓⵢ
admin-consultations-title = ⵉⵙⵙⵓⵜⵔⵏ
admin-consultation-open = ⵕⵥⵎ ⴰⵙⵙⵓⵜⵔ
admin-consultation-freeze-note = ⴰⵕⵥⴰⵎ ⴰⴷ ⵉⵙⴱⴷⴷ ⴰⵙⵏⵖⵎⵙ ⵣⵓⵏⴷ ⵎⴰⵎⴽ ⵉⵍⵍⴰ ⴷⵖⵉ: { $count } ⵏ ⵉⵎⵙⴰⵙⴰ ⴰⴽⴷ ⵉⵃⵔⵉⵛⵏ ⴷ ⵉⵙⵡⵉⵔⵏ ⵏⵏⵙⵏ. ⵉⵅⴼⴰⵡⴰⵍⵏ ⴰⴷ ⵇⵇⵉⵎⵏ ⵇⵇⵏⵏ ⵖⵔ ⵜⵏⵖⵍⵉⵜ ⴰⴷ ⵉⵜⵜⵓⵙⴱⴷⴷⵏ.
admin-consultation-min = ⴰⵣⵎⵣ ⵏ ⵓⵙⵙⵓⵜⵔ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵍⵉ { $count } ⵏ ⵡⵓⵙⵙⴰⵏ ⵓⴳⴳⴰⵔ; ⵎⴽ ⵉⵕⵥⵎ ⵓⵙⵙⵓⵜⵔ, ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵎⵥⵥⵉ ⴷⴷⴰⵡ ⴰⵢⴰ.
admin-consultation-open-submit = ⵙⴱⴷⴷ ⴰⵙⵏⵖⵎⵙ, ⵕⵥⵎ ⴰⵙⵙⵓⵜⵔ
admin-consultations-existing = ⵉⵙⵙⵓⵜⵔⵏ ⵏ ⵓⵖⴰⵡⴰⵙ ⴰ
admin-consultations-none = ⵓⵍⴰ ⵢⴰⵏ ⵓⵙⵙⵓⵜⵔ ⵙⴰⵔ.
admin-consultation-change = ⵙⵏⴼⵍ ⵉⵙⴰⴽⵓⴷⵏ
admin-contributions-title = ⵜⵉⵎⵜⵜⴰⵡⵉⵏ ⴷ ⵉⵔⴰⵔⵏ
admin-contributions-all = ⴰⴽⴽⵯ ⵜⵉⵎⵜⵜⴰⵡⵉⵏ
admin-contributions-unanswered = ⵜⵉⵎⵜⵜⴰⵡⵉⵏ ⵓⵔ ⵖⵓⵔⵙⵏⵜ ⴰⵔⴰⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ
admin-respond-title = ⵔⴰⵔ ⵅⴼ ⵢⴰⵜ ⵜⵎⵜⵜⴰⵡⵜ
admin-respond-place = ⵖⴼ:
merge-heading = ⵙⵎⵓⵏ ⴳ ⵓⵙⵏⵖⵎⵙ ⴰⵎⴰⵢⵏⵓ ⵏ ⵓⵎⵙⴰⵙⴰ
merge-intro = ⵉⵙⵏⵓⵍⴼⴰ ⴰⵙⵏⵖⵎⵙ ⵏ ⵓⵎⵙⴰⵙⴰ ⴳ ⵓⵣⵣⵓⵔ ⵏ ⵓⵙⵓⵎⵔ ⴰ, ⵙ ⵓⵣⵡⵍ ⵏⵏⵙ, ⴷ ⵉⵙⵏⵓⵍⴼⴰ ⴰⵙⵏⵖⵎⵙ ⵏ ⵓⵔⴰⵔ "ⵉⵜⵜⵓⵙⵎⵓⵏ ⴳ" ⵓⵎⵙⴰⵙⴰ ⴰⴷ.
merge-submit = ⵙⵏⵓⵍⴼⵓ ⴰⵙⵏⵖⵎⵙ ⵏ ⵓⵎⵙⴰⵙⴰ
merge-justification = ⴰⵙⵓⵎⵔ ⴰ ⵉⵜⵜⵓⵙⵎⵓⵏ ⴳ ⵓⵙⵏⵖⵎⵙ ⵏ ⵓⵎⵙⴰⵙⴰ { $code }.
admin-moderation-title = ⴰⵙⵎⵓⵜⵜⴳ
admin-moderation-intro = ⵜⵉⵎⵜⵜⴰⵡⵉⵏ ⵏⵏⴰ ⵎⵎⴰⵍⵏ ⵉⵎⵛⴰⵔⴰⴽⵏ, ⴷ ⵜⵉⵎⵜⵜⴰⵡⵉⵏ ⵜⵉⵎⵣⵡⵓⵔⴰ ⵏⵏⴰ ⵉⵜⵜⵔⴰⴵⵓⵏ ⴰⵙⵙⵏⵜⵎ. ⴰⴼⴼⴰⵔ ⵉⵜⵜⴰⵊⵊⴰ ⴰⵎⴰⵜⴰⵔ ⴰⵏⴰⵎⵓⵔ ⴰⴽⴷ ⵜⵎⵏⵜⵉⵍⵜ ⵏⵏⴽ; ⵓⵔ ⵉⵜⵜⵓⴽⴽⴰⵙ ⵡⴰⵍⵓ.
admin-moderation-empty = ⵓⵍⴰ ⵢⴰⵏ ⵉⵜⵜⵔⴰⴵⵓⵏ ⴰⵙⵎⵓⵜⵜⴳ.
admin-moderation-queue = ⵕⵥⵎ ⵜⴰⵍⴳⴰⵎⵜ ⵏ ⵓⵙⵎⵓⵜⵜⴳ
admin-moderation-flags = { $count ->
    [one] ⵜⵜⵓⵎⵎⴰⵍ ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ
   *[other] ⵜⵜⵓⵎⵎⴰⵍ { $count } ⵏ ⵜⵉⴽⴽⴰⵍ
}
admin-moderation-approve = ⵙⵙⵓⴼⵖ ⵜⵜ
admin-moderation-reason = ⵜⴰⵎⵏⵜⵉⵍⵜ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ ⵏ ⵓⴼⴼⴰⵔ
admin-moderation-hide = ⴼⴼⵔ ⵜⵜ
admin-audit-title = ⴰⵎⵣⵔⵓⵢ ⵏ ⵓⵙⵙⴻⵏⵜⵉ
admin-audit-intact = ⵜⴰⵙⵍⵙⵍⵜ ⵏ { $count } ⵏ ⵉⵙⵊⵊⵍⵏ ⵜⵖⵓⴷ, ⵓⵔ ⵜⵜⵓⵔⵥ.
admin-audit-broken = ⵜⴰⵙⵍⵙⵍⵜ ⵜⵜⵓⵔⵥ ⴳ ⵓⵙⵊⵊⵍ { $id }: ⵢⴰⵏ ⵓⵙⵊⵊⵍ ⵉⵜⵜⵓⵙⵏⴼⵍ ⵏⵖ ⵉⵜⵜⵓⴽⴽⵙ.
admin-audit-when = ⴰⵙⴰⴽⵓⴷ
admin-audit-who = ⴰⵎⵙⵎⵔⵙ
admin-audit-what = ⵜⴰⴳⴰⵡⵜ
admin-audit-detail = ⵉⵙⴼⴽⴰ

## ⵜⵉⵣⴳⵍⵉⵏ ⵏ ⵓⵙⵙⵓⵜⵔ
error-paragraph-unknown = ⴰⴷⵖⴰⵔ ⴰⴷ ⵓⵔ ⵉⵍⵍⵉ ⴳ ⵓⴹⵕⵉⵚ ⵉⵜⵜⵓⵙⴱⴷⴷⵏ. ⴼⵔⵏ ⵢⴰⵜ ⵜⴳⵣⵉⵎⵜ ⴳ ⵜⵍⴳⴰⵎⵜ.
error-reply-unknown = ⴰⵅⴼⴰⵡⴰⵍ ⵏⵏⴰ ⵅⴼ ⵜⵔⴰⵔⴷ ⵓⵔ ⵉⵍⵍⵉ ⴳ ⵓⵙⵙⵓⵜⵔ ⴰⴷ.
error-consultation-not-open-yet = ⵓⵔ ⵉⵕⵥⵉⵎ ⵓⵙⵙⵓⵜⵔ ⵙⴰⵔ.
error-consultation-closed = ⵉⵇⵇⵏ ⵓⵙⵙⵓⵜⵔ: ⵓⵔ ⵜⵜⵓⵇⴱⴰⵍⵏ ⵉⵅⴼⴰⵡⴰⵍⵏ ⴷⴰⵖ.
error-consultation-start-fixed = ⵉⴱⴷⴰ ⵓⵙⵙⵓⵜⵔ: ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵕⵥⴰⵎ ⵏⵏⵙ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵏⴼⵍ.
error-consultation-close-before-today = ⴰⵙⵙⵓⵜⵔ ⵉⵕⵥⵎⵏ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵇⵇⵏ ⵇⴱⵍ ⴰⵙⵙ ⴰ.
error-consultation-ends-before-start = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵇⵇⵏ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵍⵉ ⴷⴼⴼⵉⵔ ⵓⵙⴰⴽⵓⴷ ⵏ ⵓⵕⵥⴰⵎ.
error-consultation-too-short = ⴰⵙⵎⵔⵙ ⵉⵣⴷⵉ ⴱⵣⵣⴰⴼ: ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵙⵙⵎⵖⵓⵔ { $days } ⵏ ⵡⵓⵙⵙⴰⵏ ⵓⴳⴳⴰⵔ.
error-consultation-unknown = ⴰⵙⵙⵓⵜⵔ ⴰⴷ ⵓⵔ ⵉⵍⵍⵉ.
error-consultation-nothing-to-freeze = ⴰⵖⴰⵡⴰⵙ ⵓⵔ ⵖⵓⵔⵙ ⴽⵔⴰ ⵏ ⵓⵎⵙⴰⵙⴰ ⵙⴰⵔ: ⵓⵍⴰ ⴰⵙⵏⵖⵎⵙ ⵏⵏⴰ ⵔⴰⴷ ⵉⵜⵜⵓⵙⵎⴰⵍ ⵉ ⵓⵙⵙⵓⵜⵔ.
error-response-status-invalid = ⴼⵔⵏ ⴰⵔⴰⵔ.
error-merged-into-required = ⴼⴽ ⵜⴰⵏⴰⵍⵜ ⵏ ⵓⵎⵙⴰⵙⴰ ⵏⵏⴰ ⴳ ⵜⵜⵓⵙⵎⵓⵏ.
error-justification-required = ⵙⵙⴼⵔⵓ ⴰⵔⴰⵔ ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.
error-revision-unknown = ⵜⴰⵏⴼⵍⵉⵜ ⴰⴷ ⵓⵔ ⵜⵍⵍⵉ.
error-response-missing = ⴰⵔⵓ ⴰⵔⴰⵔ ⵇⴱⵍ ⴰⴷ ⵜ ⵜⵙⵙⵓⴼⵖⴷ.
error-response-already-published = ⴰⵔⴰⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⵢⴰⴷ.
error-contributions-unanswered = ⴽⵔⴰ ⵏ ⵜⵎⵜⵜⴰⵡⵉⵏ ⵓⵔ ⵖⵓⵔⵙⵏⵜ ⴰⵔⴰⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ. ⵙⵙⵓⴼⵖ ⵉⵔⴰⵔⵏ ⵏⵏⵙⵏⵜ, ⵏⵖ ⴼⴽ ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⵇⴱⴰⵍ ⵎⵇⵇⴰⵔ ⴰⵢⴰ.
error-plan-already-adopted = ⴰⵖⴰⵡⴰⵙ ⴰ ⵉⵜⵜⵓⵇⴱⵍ ⵢⴰⴷ.
error-consultation-ends-in-past = ⴰⵙⵙⵓⵜⵔ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵇⵇⵏ ⴳ ⵣⵉⴽ: ⵙⵜⵉ ⴰⵙⵎⵙⵙⴰⵢ ⵏ ⵓⵇⵇⵏ ⵙⴳ ⵡⴰⵙⵙ ⴰ.
error-consultation-overlaps = ⵢⴰⵏ ⵓⵙⵙⵓⵜⵔ ⵢⴰⴹⵏ ⵅⴼ ⵓⵖⴰⵡⴰⵙ ⴰ ⵉⴳⴰⵏ ⴽⵔⴰ ⵙⴳ ⵉⵙⵎⵙⵙⴰⵢⵏ ⴰ. ⵙⵜⵉ ⵉⵙⵎⵙⵙⴰⵢⵏ ⴷⴼⴼⵉⵔ ⵓⵇⵇⵏ ⵏⵏⵙ.
error-adoption-no-commitments = ⴰⵖⴰⵡⴰⵙ ⴰ ⵓⵔ ⵖⵓⵔⵙ ⴽⵔⴰ ⵏ ⵓⵙⵙⵍⴽⵎ: ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⵇⴱⵍ.
error-adoption-consultation-open = ⵢⴰⵏ ⵓⵙⵙⵓⵜⵔ ⵅⴼ ⵓⵖⴰⵡⴰⵙ ⴰ ⴰⵔ ⵉⵇⴱⴰⵍ ⵉⵡⵏⵏⴰⵏ: ⵇⴱⵍ ⴰⵖⴰⵡⴰⵙ ⴷⴼⴼⵉⵔ ⵓⵇⵇⵏ ⵏ ⵓⵙⵙⵓⵜⵔ.
error-adoption-before-consultation = ⴰⵙⵏⴼⴰⵔ ⵏ ⵓⵖⴰⵡⴰⵙ ⴰ ⵓⵔ ⵉⵣⵔⵉ ⵙⴳ ⵓⵙⵙⵓⵜⵔ ⴰⵎⴰⵜⴰⵢ: ⵙⴽⵔ ⵢⴰⵏ ⴷⴰⵜ ⵏ ⵓⵇⴱⴰⵍ ⵏ ⵓⵖⴰⵡⴰⵙ.
error-hide-reason-required = ⴼⴽ ⵜⴰⵎⵏⵜⵉⵍⵜ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ ⵏ ⵓⴼⴼⴰⵔ (500 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵎⴰⵕⵕⴰ).
error-sector-invalid = ⴼⵔⵏ ⴰⴳⵣⵣⵓⵎ ⴳ ⵜⵍⴳⴰⵎⵜ.
error-gender-invalid = ⴼⵔⵏ ⴳ ⵜⵍⴳⴰⵎⵜ.

## ⴰⵙⵙⴽⵛⵎ: ⴰⵙⵙⵓⵎⵔ, ⵜⵉⵏⵣⵉⵜⵉⵏ, ⵉⵙⵡⵉⵍⵏ, ⴰⵙⵙⵏⵜⵎ
admin-implementation-title = ⴰⵙⵙⴽⵛⵎ
admin-implementation-intro = ⵙⵙⵎⴰⵍ ⴰⵙⵙⵓⵎⵔ ⵏ ⵉⵙⵡⵉⵔⵏ ⵏⵏⴰ ⵜⵙⵙⵓⴷⵓⵙ ⵜⵙⵏⴰⵡⵜ ⵏⵏⴽ, ⵙ ⵜⵉⵏⵣⵉⵜⵉⵏ, ⴷ ⵔⵏⵓ ⵉⵙⵡⵉⵍⵏ ⵏ ⵉⵏⵎⴰⵍⵏ. ⵉⵙⵡⵉⵔⵏ ⵉⵜⵜⴰⵡⵍⵏ ⴰⴷ ⴱⴰⵏⵏ ⵜⵉⵣⵡⴰⵔ.
admin-implementation-milestones = ⵉⵙⵡⵉⵔⵏ ⵏⵏⴰ ⵅⴼ ⵜⵙⵙⵎⴰⵍⴷ
admin-implementation-none = ⵓⵍⴰ ⵢⴰⵏ ⵓⵙⵡⵉⵔ ⵉⵜⵜⵓⴼⴽⴰⵏ ⵉ ⵢⴰⵜ ⵜⵙⵏⴰⵡⵜ ⵏⵏⴰ ⵙ ⵉⵙⵎ ⵏⵏⵙ ⵜⵙⵙⵎⴰⵍⴷ.
admin-progress-title = ⵙⵙⵎⴰⵍ ⴰⵙⵙⵓⵎⵔ
admin-progress-report = ⵙⵙⵎⴰⵍ ⴰⵙⵙⵓⵎⵔ
admin-progress-submit = ⵃⴹⵓ ⴰⵏⵇⵇⵉⵙ ⵏ ⵓⵙⵙⵓⵎⵔ
admin-measure-title = ⵔⵏⵓ ⴰⵙⵡⵉⵍ
admin-measure-add = ⵔⵏⵓ ⴰⵙⵡⵉⵍ
admin-review-title = ⵎⴰ ⵉⵜⵜⵔⴰⴵⵓⵏ ⴰⵙⵙⵏⵜⵎ
admin-review-empty = ⵓⵍⴰ ⵢⴰⵏ ⵉⵜⵜⵔⴰⴵⵓⵏ ⴰⵙⵙⵏⵜⵎ.
admin-review-approve = ⵙⵙⵓⴼⵖ
admin-review-reject = ⴳⴷⵍ
progress-narrative = ⵎⴰ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ
progress-reason = ⵎⴰⵅ ⵉⵏⵇⵙ ⵓⴼⴰⵢⵙⴰ
progress-reason-hint = ⵉⵇⵇⴰⵏ ⵖⴰⵙ ⵎⴽ ⵉⵏⵇⵙ ⵓⴼⴰⵢⵙⴰ ⵅⴼ ⵎⴰ ⵉⵍⵍⴰⵏ ⵇⴱⵍ.
progress-reported-on = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵏⵇⵇⵉⵙ
progress-links = ⵜⵉⵏⵣⵉⵜⵉⵏ: ⵉⵣⴷⴰⵢⵏ ⴳ ⵓⵣⵟⵟⴰ
progress-links-hint = ⵢⴰⵏ ⵓⵣⴷⴰⵢ ⴳ ⴽⵓ ⴰⵣⵔⵉⴳ, ⵉⴱⴷⴷⴰⵏ ⵙ https:// ⵏⵖ http://.
progress-documents = ⵜⵉⵏⵣⵉⵜⵉⵏ: ⵉⵙⴽⴽⵉⵏⵏ ⵏ ⵜⵙⴷⵍⵉⵙⵜ
progress-evidence = ⵜⵉⵏⵣⵉⵜⵉⵏ:
progress-history = ⵉⵏⵇⵇⵉⵙⵏ ⵏ ⵓⵙⵙⵓⵎⵔ
progress-reported = ⴰⵏⵇⵇⵉⵙ ⴰⵏⴳⴳⴰⵔⵓ
evidence-document = ⴰⵙⴽⴽⵉⵏ ⵡⵉⵙ { $id }
measure-value = ⴰⵣⴰⵍ (ⵙ { $unit })
measure-date = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵡⵉⵍ
measure-source = ⴰⵙⴰⴳⵎ
review-published = ⵉⵜⵜⵓⵙⵙⵓⴼⵖ
review-pending = ⵉⵜⵜⵔⴰⴵⵓ ⴰⵙⵙⵏⵜⵎ
review-rejected = ⵉⵜⵜⵓⴳⴷⵍ
notice-submitted-for-review = ⵉⵍⴽⵎ ⴷ ⵓⵏⵇⵇⵉⵙ ⵏⵏⴽ; ⴰⴷ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⵎⴽ ⵜ ⵜⵙⵙⵏⵜⵎ ⵜⵏⴰⵔⵉⵜ.
notice-token-created = ⵜⵜⵓⵙⵏⵓⵍⴼⴰ ⵜⵙⴰⵔⵓⵜ.
mail-reminder-due-subject = { $code }: ⴰⵣⵎⵣ ⴰⵏⴳⴳⴰⵔⵓ ⵏ ⵢⴰⵏ ⵓⵙⵡⵉⵔ ⴷ { $due }
mail-reminder-due-body =
    ⴰⵣⵓⵍ { $name },

    ⴰⵣⵎⵣ ⴰⵏⴳⴳⴰⵔⵓ ⵏ ⵓⵙⵡⵉⵔ "{ $milestone }" ⵏ ⵓⵎⵙⴰⵙⴰ { $code } ⴷ { $due }.

    ⵙⵙⵎⴰⵍ ⴰⵙⵙⵓⵎⵔ ⵏⵏⵙ, ⵙ ⵜⵉⵏⵣⵉⵜⵉⵏ, ⵖⵉⴷ:
    { $link }
mail-reminder-late-subject = { $code }: ⵢⴰⵏ ⵓⵙⵡⵉⵔ ⵉⵜⵜⴰⵡⵍ
mail-reminder-late-body =
    ⴰⵣⵓⵍ { $name },

    ⴰⵣⵎⵣ ⴰⵏⴳⴳⴰⵔⵓ ⵏ ⵓⵙⵡⵉⵔ "{ $milestone }" ⵏ ⵓⵎⵙⴰⵙⴰ { $code } ⵉⴳⴰ { $due }, ⵓⵔ ⵉⵜⵜⵓⵎⵎⴰⵍ ⵉⵎⴷⴰ. ⴷⵖⵉ ⵉⵜⵜⴱⴰⵏ ⵉⵜⵜⴰⵡⵍ ⴳ ⵜⴼⵍⵡⵉⵜ ⵏ ⵓⴹⴼⴰⵕ ⵜⴰⵏⴰⵎⵓⵔⵜ.

    ⵙⵙⵎⴰⵍ ⵎⴰⵏⵉ ⴳ ⵉⵍⵍⴰ, ⵙ ⵜⵉⵏⵣⵉⵜⵉⵏ, ⵖⵉⴷ:
    { $link }

## ⵜⴰⴼⵍⵡⵉⵜ ⵏ ⵓⴹⴼⴰⵕ
dashboard-title = ⵜⴰⴼⵍⵡⵉⵜ ⵏ ⵓⴹⴼⴰⵕ ⵏ ⵓⵙⵙⴽⵛⵎ
dashboard-intro = ⵎⴰⵏⵉ ⵉⵍⴽⵎ ⵓⵖⴰⵡⴰⵙ, ⵙ ⵓⵙⵉⴹⵏ ⵏ ⵓⵙⵙⵓⵎⵔ ⵏ ⵉⵙⵡⵉⵔⵏ ⵏⵏⴰ ⵉⵜⵜⵓⵙⵎⴰⵍⵏ: ⴰⵙⵙⵓⵎⵔ ⵏ ⵓⵎⵙⴰⵙⴰ ⴷ ⴰⵎⴰⵜⵓ ⵏ ⵉⵙⵡⵉⵔⵏ ⵏⵏⵙ, ⴰⵙⵙⵓⵎⵔ ⵏ ⵓⵣⵣⵓⵔ ⴷ ⵓⵖⴰⵡⴰⵙ ⴷ ⴰⵎⴰⵜⵓ ⵏ ⵉⵎⵙⴰⵙⴰ ⵏⵏⵙⵏ.
dashboard-by-theme = ⴰⵙⵙⵓⵎⵔ ⵙ ⵓⵣⵣⵓⵔ
dashboard-by-theme-desc = ⴰⵎⴰⵜⵓ ⵏ ⵓⵙⵙⵓⵎⵔ ⵏ ⵉⵎⵙⴰⵙⴰ ⵏ ⴽⵓ ⴰⵣⵣⵓⵔ, ⵙ ⵓⴼⴰⵢⵙⴰ (%).
dashboard-by-institution = ⴰⵙⵙⵓⵎⵔ ⵙ ⵜⵙⵏⴰⵡⵜ ⵜⴰⵎⵙⵙⵓⴷⵙⵜ
dashboard-by-institution-desc = ⴰⵎⴰⵜⵓ ⵏ ⵓⵙⵙⵓⵎⵔ ⵏ ⵉⵎⵙⴰⵙⴰ ⵏⵏⴰ ⵜⵙⵙⵓⴷⵓⵙ ⴽⵓ ⵜⴰⵙⵏⴰⵡⵜ, ⵙ ⵓⴼⴰⵢⵙⴰ (%).
dashboard-by-branch = ⴰⵙⵙⵓⵎⵔ ⵙ ⵜⵥⵓⵕⵉ ⵏ ⵜⴰⴳⴷⵓⴷⴰ
dashboard-by-branch-desc = ⵜⴰⵏⵏⴰⵢⵜ ⵏ ⵜⴰⴳⴷⵓⴷⴰ ⵉⵕⵥⵎⵏ: ⴰⵎⴰⵜⵓ ⵏ ⵓⵙⵙⵓⵎⵔ ⵏ ⵉⵎⵙⴰⵙⴰ ⵏⵏⴰ ⵙⵙⵓⴷⵓⵙⵏ ⵜⴰⵥⵓⵕⵉ ⵜⴰⵙⵏⴼⵍⴰⵢⵜ, ⴰⴱⵔⵍⴰⵎⴰⵏ, ⵜⴰⵏⵣⵣⴰⵔⵜ ⴷ ⵜⵙⵏⵓⵔⴰ ⵉⵎⵉⵏⴳⵓⵏⵏ, ⵙ ⵓⴼⴰⵢⵙⴰ (%).
dashboard-statuses = ⵉⵙⵡⵉⵔⵏ ⵙ ⵓⴷⴷⴰⴷ
dashboard-statuses-desc = ⵎⵏⵛⴽ ⵏ ⵉⵙⵡⵉⵔⵏ ⵓⵔ ⵉⴱⴷⵉⵏ, ⵉⵍⵍⴰⵏ ⴳ ⵜⵡⵓⵔⵉ, ⵉⵎⴷⴰⵏ, ⵉⵜⵜⵓⵙⵔⵙⵏ ⵏⵖ ⵉⵜⵜⴰⵡⵍⵏ.
dashboard-timeline = ⴰⵙⵎⵢⴰⵡⴰⵏ ⵏ ⵉⵙⵡⵉⵔⵏ
dashboard-timeline-desc = ⴽⵓ ⴰⵙⵡⵉⵔ ⵙⴳ ⵓⵙⵏⵜⵉ ⵏⵏⵙ ⴰⵔ ⴰⵣⵎⵣ ⵏⵏⵙ ⴰⵏⴳⴳⴰⵔⵓ, ⴷ ⵓⵙⵙⴰ ⵉⵜⵜⵓⵎⴰⵜⵔⵏ.
dashboard-today = ⴰⵙⵙⴰ
dashboard-indicator-desc = ⵉⵙⵡⵉⵍⵏ ⵙ { $unit } ⴳ ⵓⵣⵎⵣ, ⵙ ⵓⵙⵎⵣⴰⵣⴰⵍ ⴰⴽⴷ ⵓⵣⴰⵍ ⴰⵏⵎⵍⴰⵢ ⴷ ⵓⵣⴰⵍ ⵉⵜⵜⵓⵔⴰⵊⴰⵏ.
dashboard-measurement = ⴰⵙⵡⵉⵍ
dashboard-data-table = ⵉⵙⴼⴽⴰ ⵙ ⵜⴼⵍⵡⵉⵜ
dashboard-column-group = ⵜⴰⵔⴰⴱⴱⵓⵜ
dashboard-column-progress = ⴰⵙⵙⵓⵎⵔ
dashboard-column-count = ⴰⵎⴹⴰⵏ
dashboard-column-start = ⴰⵙⵏⵜⵉ
dashboard-column-what = ⴰⴳⴱⵓⵔ
dashboard-column-date = ⴰⵙⴰⴽⵓⴷ
dashboard-none = ⵓⵔ ⵉⵜⵜⵓⵙⵙⴰⴷⵔ
dashboard-state-done = ⵉⵎⴷⴰ
dashboard-state-late = ⵜⵜⴰⵡⵍ
dashboard-state-cancelled = ⵉⵜⵜⵓⵙⵔⵙ
dashboard-state-open = ⴳ ⵜⵡⵓⵔⵉ
dashboard-late = { $count ->
    [0] ⵉⵙⵡⵉⵔⵏ ⵉⵜⵜⴰⵡⵍⵏ
    [one] ⵢⴰⵏ ⵓⵙⵡⵉⵔ ⵉⵜⵜⴰⵡⵍⵏ
   *[other] { $count } ⵏ ⵉⵙⵡⵉⵔⵏ ⵉⵜⵜⴰⵡⵍⵏ
}
dashboard-late-none = ⵓⵍⴰ ⵢⴰⵏ ⵓⵙⵡⵉⵔ ⵉⵜⵜⴰⵡⵍⵏ.
dashboard-upcoming = ⵉⵣⵎⵣⴰⵏ ⵉⵏⴳⴳⵓⵔⴰ ⵎⴰ ⴷ ⵉⵜⵜⴰⵙⵏ
dashboard-upcoming-none = ⵓⵍⴰ ⴰⵣⵎⵣ ⴰⵏⴳⴳⴰⵔⵓ ⴳ ⵉⵎⴰⵍⴰⵙⵏ ⵎⴰ ⴷ ⵉⵜⵜⴰⵙⵏ.
dashboard-completion = ⴰⵙⵎⴷ: ⴰⵙⵎⴰⵍ ⴷ ⵓⵙⵙⴻⵏⵜⵉ
dashboard-completion-intro = ⵎⵏⵛⴽ ⵏ ⵉⵎⵙⴰⵙⴰ ⵏⵏⴰ ⵉⵍⴽⵎⵏ ⴽⵓ ⴰⴷⴷⴰⴷ ⵏ ⵓⵙⵎⴷ, ⵣⵓⵏⴷ ⵎⴰⵎⴽ ⵜ ⵙⵙⵎⴰⵍⵏ ⵉⵎⵙⵙⵓⴷⵙⵏ ⵏ ⵓⵙⵙⴽⵛⵎ ⴷ ⵎⴰⵎⴽ ⵜ ⵢⵓⴼⴰ ⵓⵙⵙⴻⵏⵜⵉ ⵉⵎⵉⵏⴳⵓⵏ (IRM).
dashboard-self-reported = ⵎⴰ ⵙⵙⵎⴰⵍⵏ ⵉⵎⵙⵙⵓⴷⵙⵏ ⵏ ⵓⵙⵙⴽⵛⵎ
dashboard-irm = ⴰⵙⵙⴻⵏⵜⵉ ⵏ IRM
commitment-completion = ⴰⵙⵎⴷ

## ⴰⵙⵙⴻⵏⵜⵉ ⵉⵎⵉⵏⴳⵓⵏ (ⵉⴷⴷⴰⴷⵏ ⵏ IRM, ⵙ ⵡⴰⵡⴰⵍⵏ ⵏⵏⵙⵏ)
admin-assessment-title = ⵙⵊⵊⵍ ⴰⵙⵙⴻⵏⵜⵉ ⵏ IRM
irm-scale-current = ⴰⵙⵍⵍⵓⵎ ⵏ IRM ⵏ ⵖⵉⵍⴰ
irm-scale-legacy = ⴰⵙⵍⵍⵓⵎ ⴰⵇⴱⵓⵔ ⵏ IRM
irm-verifiable = ⵉⵜⵜⵓⵙⵙⵏⵜⴰⵎ
irm-relevance = ⴰⵣⴷⴰⵢ ⴷ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ
irm-potential-for-results = ⵜⴰⵣⵎⵔⵜ ⵏ ⵉⵢⴰⴼⵓⵜⵏ
irm-completion = ⴰⵙⵎⴷ
irm-early-results = ⵉⵢⴰⴼⵓⵜⵏ ⵉⵎⵣⵡⵓⵔⴰ
irm-did-it-open-government = ⵉⵕⵥⵎ ⵜⴰⵏⴱⴰⴹⵜ?
irm-specificity = ⴰⵙⵙⵏⵜⵍ
irm-potential-impact = ⵜⴰⵣⵎⵔⵜ ⵏ ⵓⵙⵏⴼⵍ
irm-level-verifiable = ⵉⵜⵜⵓⵙⵙⵏⵜⴰⵎ
irm-level-not-verifiable = ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵜⴰⵎ
irm-level-yes = ⵢⴰⵀ
irm-level-no = ⵓⵀⵓ
irm-level-unclear = ⵓⵔ ⵉⴱⵉⵏ
irm-level-modest = ⵉⵎⵥⵥⵉ
irm-level-substantial = ⵉⴳⵓⵜ
irm-level-no-evidence-available = ⵓⵍⴰ ⵜⴰⵏⵣⵉⵜ
irm-level-not-started = ⵓⵔ ⵉⴱⴷⵉ
irm-level-limited = ⵉⴷⵔⵓⵙ
irm-level-complete = ⵉⵎⴷⴰ
irm-level-no-notable-results = ⵓⵍⴰ ⵉⵢⴰⴼⵓⵜⵏ ⵉⴱⴰⵏⵏ
irm-level-moderate = ⴰⵏⴰⵎⵎⴰⵙ
irm-level-significant = ⵉⵎⵇⵇⵓⵔ
irm-level-outstanding = ⵉⴼⵓⵍⴽⵉ ⴱⵣⵣⴰⴼ
irm-level-worsened = ⵢⵓⵖⵓⵍ ⵙ ⴷⴼⴼⵉⵔ
irm-level-did-not-change = ⵓⵔ ⵉⵏⴼⵉⵍ
irm-level-marginal = ⵉⵎⵥⵥⵉ ⴱⵣⵣⴰⴼ
irm-level-major = ⵉⵎⵇⵇⵓⵔ
irm-level-none = ⵓⵍⴰ ⵢⴰⵏ
irm-level-low = ⴰⴷⴷⴰⵢ
irm-level-medium = ⴰⵏⴰⵎⵎⴰⵙ
irm-level-high = ⴰⴼⵍⵍⴰⵢ
irm-level-minor = ⵉⵎⵥⵥⵉ
irm-level-transformative = ⴰⵎⵙⵏⴼⵍ
irm-not-assessed = ⵓⵍⴰ ⴰⵙⵙⴻⵏⵜⵉ
irm-assessed-on = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵙⴻⵏⵜⵉ
irm-report-url = ⴰⵏⵇⵇⵉⵙ ⵏ IRM
irm-submit = ⵃⴹⵓ ⴰⵙⵙⴻⵏⵜⵉ
irm-earlier = ⵉⵙⵙⴻⵏⵜⵉⵜⵏ ⵉⵣⵡⵓⵔⵏ
irm-none = ⵓⵍⴰ ⴰⵙⵙⴻⵏⵜⵉ ⵙⴰⵔ

## ⴰⵏⵇⵇⵉⵙ ⵏ ⵓⵙⵙⴻⵏⵜⵉ ⵏ ⵉⵎⴰⵏ
self-assessment-title = ⴰⵏⵇⵇⵉⵙ ⵏ ⵓⵙⵙⴻⵏⵜⵉ ⵏ ⵉⵎⴰⵏ
self-assessment-generated = ⵉⵜⵜⵓⵙⵏⵓⵍⴼⴰ ⵙⴳ ⵓⵡⵡⵓⵔ ⴳ { $date }.
self-assessment-print = ⵙⵎⵔⵙ ⴰⵙⵉⵣⴳ ⴳ ⵓⵎⵙⵙⵏⴰⵍ ⵏⵏⴽ ⵃⵎⴰ ⴰⴷ ⵜ ⵜⵙⵙⵉⵣⴳⴷ ⵏⵖ ⴰⴷ ⵜ ⵜⵃⴹⵓⴷ ⵙ PDF.
indicator-latest = ⴰⵙⵡⵉⵍ ⴰⵏⴳⴳⴰⵔⵓ

## ⵜⵉⵙⵓⵔⴰ ⵏ API
tokens-title = ⵜⵉⵙⵓⵔⴰ ⵏ API
tokens-intro = ⵜⴰⵙⴰⵔⵓⵜ ⵏⵏⴽ ⵜⵜⴰⵊⵊⴰ ⵉⵏⴳⵔⴰⵡⵏ ⵏ ⵜⵎⴰⵡⴰⵙⵜ ⵏⵏⴽ ⴰⴷ ⵙⵙⵎⴰⵍⵏ ⴰⵙⵙⵓⵎⵔ ⴷ ⵉⵙⵡⵉⵍⵏ ⵙ API (ⵥⵕ /api/openapi.json). ⵜⴰⵙⴰⵔⵓⵜ ⵜⵙⵡⵓⵔⵉ ⵖⴰⵙ ⵉ ⵜⵙⵏⴰⵡⵜ ⵏⵏⴰ ⵜⴼⵔⵏⴷ, ⴷ ⵖⴰⵙ ⴳ ⵓⵣⵎⵣ ⵏⵏⴰ ⴳ ⵜⵙⵙⵎⴰⵍⴷ ⵙ ⵉⵙⵎ ⵏⵏⵙ. ⵖⴰⵙ ⴰⵎⴰⵜⴰⵔ ⵏⵏⵙ ⴰⴷ ⵉⵜⵜⵓⵃⴹⴰⵏ.
tokens-new = ⵙⵏⵓⵍⴼⵓ ⵜⴰⵙⴰⵔⵓⵜ
tokens-name = ⵉⵙⵎ
tokens-name-hint = ⵎⴰ ⵖⴼ ⵔⴰⴷ ⵜⵜⵓⵙⵎⵔⴰⵙ, ⵎⴷ "ⴰⵏⴳⵔⴰⵡ ⵏ ⵜⵙⵏⵉⴷⵍⵉⵙⵜ".
tokens-institution = ⵜⵙⵡⵓⵔⵉ ⵉ
tokens-create = ⵙⵏⵓⵍⴼⵓ ⵜⴰⵙⴰⵔⵓⵜ
tokens-created = ⵜⴰⵙⴰⵔⵓⵜ ⵏⵏⴽ ⵜⴰⵎⴰⵢⵏⵓⵜ:
tokens-created-once = ⵏⵙⵅ ⵜⵜ ⴷⵖⵉ: ⵓⵔ ⵔⴰⴷ ⵜⵜⵓⵙⵎⴰⵍ ⴷⴰⵖ.
tokens-mine = ⵜⵉⵙⵓⵔⴰ ⵏⵏⴽ
tokens-none = ⵓⵍⴰ ⵢⴰⵜ ⵜⵙⴰⵔⵓⵜ ⵙⴰⵔ.
tokens-last-used = ⴰⵙⵎⵔⵙ ⴰⵏⴳⴳⴰⵔⵓ
tokens-revoke = ⴽⴽⵙ
tokens-revoked = ⵜⵜⵓⴽⴽⵙ
tokens-no-institution = ⵜⵉⵙⵓⵔⴰ ⵖⴰⵙ ⵉ ⵉⵎⵙⵙⵓⴷⵙⵏ ⵏ ⵓⵙⵙⴽⵛⵎ: ⵓⵔ ⵜⵙⵙⵎⴰⵍⴷ ⵙ ⵉⵙⵎ ⵏ ⴽⵔⴰ ⵏ ⵜⵙⵏⴰⵡⵜ.

## ⵜⵉⵣⴳⵍⵉⵏ ⵏ ⵓⴹⴼⴰⵕ ⵏ ⵓⵙⵙⴽⵛⵎ
error-percent-backwards-needs-reason = ⴰⴼⴰⵢⵙⴰ ⵉⵏⵇⵙ ⵅⴼ ⵎⴰ ⵉⵍⵍⴰⵏ ⵇⴱⵍ: ⵉⵏⵉ ⵎⴰⵅ.
error-narrative-required = ⵙⵙⴼⵙⵔ ⵎⴰ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ, ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.
error-date-in-future = ⴰⵙⴰⴽⵓⴷ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵣⵔⵉ ⴰⵙⵙⴰ.
error-evidence-link-invalid = ⴽⵓ ⴰⵣⴷⴰⵢ ⵏ ⵜⵏⵣⵉⵜ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⴳ ⴰⵏⵙⴰ ⴳ ⵓⵣⵟⵟⴰ ⵉⴱⴷⴷⴰⵏ ⵙ https:// ⵏⵖ http://.
error-document-unknown = ⴰⵙⴽⴽⵉⵏ ⴰⴷ ⵓⵔ ⵉⵍⵍⵉ ⴳ ⵜⵙⴷⵍⵉⵙⵜ ⵏ ⵉⵙⴽⴽⵉⵏⵏ.
error-evidence-too-many = 10 ⵏ ⵜⵉⵏⵣⵉⵜⵉⵏ ⵎⴰⵕⵕⴰ ⵉ ⴽⵓ ⴰⵏⵇⵇⵉⵙ.
error-value-not-number = ⴰⵣⴰⵍ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⴳ ⴰⵎⴹⴰⵏ, ⵣⵓⵏⴷ ⴰⵣⴰⵍ ⴰⵏⵎⵍⴰⵢ ⴷ ⵓⵣⴰⵍ ⵉⵜⵜⵓⵔⴰⵊⴰⵏ.
error-unit-mismatch = ⴰⵏⵎⴰⵍ ⴰⴷ ⵉⵜⵜⵓⵙⵡⵉⵍ ⵙ ⵢⴰⵜ ⵜⵢⵓⵏⵉⵜ ⵢⴰⴹⵏ: ⴼⴽ ⴰⵣⴰⵍ ⵙ ⵜⵢⵓⵏⵉⵜ ⵏ ⵓⵏⵎⴰⵍ.
error-level-invalid = ⴼⵔⵏ ⵉⴷⴷⴰⴷⵏ ⴳ ⵜⵍⴳⴰⵎⵉⵏ: ⴷ ⵉⴷⴷⴰⴷⵏ ⵏ IRM ⵣⵓⵏⴷ ⵎⴰⵎⴽ ⵍⵍⴰⵏ.
error-levels-required = ⴼⵔⵏ ⵢⴰⵏ ⵓⴷⴷⴰⴷ ⵓⴳⴳⴰⵔ.
error-scale-invalid = ⴼⵔⵏ ⴰⵙⵍⵍⵓⵎ ⵏ ⵖⵉⵍⴰ ⵏⵖ ⴰⵙⵍⵍⵓⵎ ⴰⵇⴱⵓⵔ.
error-token-name-required = ⴼⴽ ⵉⵙⵎ ⵉ ⵜⵙⴰⵔⵓⵜ (80 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵎⴰⵕⵕⴰ).
error-token-institution-invalid = ⴼⵔⵏ ⵢⴰⵜ ⵜⵙⵏⴰⵡⵜ ⵏⵏⴰ ⵙ ⵉⵙⵎ ⵏⵏⵙ ⵜⵙⵙⵎⴰⵍⴷ.
## ⴰⵙⵙⵏⵜⵎ ⵏ ⵉⵍⴰⴳⵉⵎⵏ ⵏ ⵓⵎⵛⴰⵔⴰⴽ ⴷ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ ⵏ OGP
compliance-title = ⵉⵍⴰⴳⵉⵎⵏ ⵏ OGP: ⴰⴷⵔⵓⵙ ⵏ ⵜⵓⵜⵜⵔⵉⵡⵉⵏ
compliance-intro = ⴰⴷⵔⵓⵙ ⵏ ⵜⵓⵜⵜⵔⵉⵡⵉⵏ ⵏ ⵉⵍⴰⴳⵉⵎⵏ ⵏ ⵓⵎⵛⴰⵔⴰⴽ ⴷ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ ⵏ OGP (2021), ⵉⵜⵜⵓⵙⵙⵏⵜⵎⵏ ⵙ ⵎⴰ ⵉⵜⵜⴰⵔⵓ ⵓⵡⵡⵓⵔ ⴰ: ⴰⵏⵎⵓⵏ, ⵉⵎⵢⴰⴳⴰⵔⵏ ⵏⵏⵙ, ⵜⴰⵙⴷⵍⵉⵙⵜ ⵏ ⵉⵙⴽⴽⵉⵏⵏ, ⴰⵙⵎⵢⴰⵡⴰⵏ, ⵜⵉⵎⵜⵜⴰⵡⵉⵏ ⴷ ⵉⵔⴰⵔⵏ ⵏⵏⵙⵏⵜ. ⴽⵓ ⵢⴰⵜ ⴳⵉⵙⵏⵜ ⵜⵙⵎⴰⵍ ⵜⵉⵏⵣⵉⵜⵉⵏ ⵏⵏⴰ ⴼ ⵜⵜⵓⴱⵏⴰ.
compliance-summary = { $count ->
    [one] { $count } ⵙⴳ 8 ⵏ ⵜⵓⵜⵜⵔⵉⵡⵉⵏ ⵜⵜⵓⵙⵎⴷ
   *[other] { $count } ⵙⴳ 8 ⵏ ⵜⵓⵜⵜⵔⵉⵡⵉⵏ ⵜⵜⵓⵙⵎⴷⵏⵜ
}
compliance-outcome-met = ⵜⵜⵓⵙⵎⴷ
compliance-outcome-not-met = ⵓⵔ ⵜⵜⵓⵙⵎⴷ
compliance-outcome-not-yet = ⵓⵔ ⵉⵍⴽⵉⵎ ⵓⵣⵎⵣ ⵏⵏⵙ ⵙⴰⵔ
compliance-missing = ⵎⴰ ⵉⵅⵚⵚⴰⵏ:
compliance-evidence = ⵜⵉⵏⵣⵉⵜⵉⵏ:
compliance-forum = ⴰⵏⵎⵓⵏ ⵏ ⵡⴰⵟⵟⴰⵚ ⵏ ⵉⵎⴳⵉⵢⵏ
compliance-forum-rule = ⴰⵏⵎⵓⵏ ⵖⵓⵔⵙ ⵉⴳⵎⴰⵎⵏ ⵙⴳ ⵜⵏⴱⴰⴹⵜ ⴷ ⵉⴳⵎⴰⵎⵏ ⴱⵕⵕⴰ ⵏ ⵜⵏⴱⴰⴹⵜ, ⵖⵓⵔⵙ ⵉⵍⵓⴳⴰⵏ ⵏ ⵓⵎⵛⴰⵔⴰⴽ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ, ⴷ ⵊⵊⵉⵏ ⵓⵔ ⵜⵣⵔⵉⵏ ⵓⴳⴳⴰⵔ ⵏ ⵚⴹⵉⵚ ⵉⵢⵢⵉⵔⵏ ⴳⵔ ⵙⵉⵏ ⵉⵎⵢⴰⴳⴰⵔⵏ ⵏⵏⵙ.
compliance-forum-missing = ⵥⵕ ⵎⴰ ⵖⵓⵔ ⵜⵙⵇⵇⵉⵎⵜ ⵏ ⵓⵙⵏⵎⵉⵍ ⵉⴳⵎⴰⵎⵏ ⵙⴳ ⵜⵏⴱⴰⴹⵜ ⴷ ⵉⴳⵎⴰⵎⵏ ⴱⵕⵕⴰ ⵏ ⵜⵏⴱⴰⴹⵜ, ⵎⴰ ⵍⵍⴰⵏ ⵉⵍⵓⴳⴰⵏ ⵏⵏⵙ ⵏ ⵓⵎⵛⴰⵔⴰⴽ ⴳ ⵜⴰⵙⴷⵍⵉⵙⵜ ⵏ ⵉⵙⴽⴽⵉⵏⵏ, ⴷ ⵎⴰ ⵜⵙⴽⵔ ⴽⵔⴰ ⵏ ⵓⵎⵢⴰⴳⴰⵔ ⴳ ⵚⴹⵉⵚ ⵉⵢⵢⵉⵔⵏ ⵉⴳⴳⵯⵔⴰⵏ.
compliance-website = ⴰⵙⵉⵜ ⵏ OGP
compliance-website-rule = ⴰⵙⵉⵜ ⴰⵏⴰⵎⵓⵔ ⵏⵏⴰ ⴳ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⵓⴱⵔⵉⴷ ⵏ OGP: ⴰⵡⵡⵓⵔ ⴰ.
compliance-website-missing = ⵓⵍⴰ ⵢⴰⵏ.
compliance-repository = ⵜⴰⵙⴷⵍⵉⵙⵜ ⵏ ⵉⵙⴽⴽⵉⵏⵏ ⵉⵜⵜⵓⵙⵎⴰⵢⵏⵓⵏ
compliance-repository-rule = ⵜⴰⵙⴷⵍⵉⵙⵜ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⴰⵡⵉ ⵙⵉⵏ ⵉⵙⵎⴰⵢⵏⵓⵜⵏ ⵙ ⵓⵙⴰⴽⵓⴷ ⵓⴳⴳⴰⵔ ⴳ ⴽⵓ ⵎⵔⴰⵡ ⴷ ⵙⵉⵏ ⵉⵢⵢⵉⵔⵏ.
compliance-repository-missing = ⴷⴷⴰⵡ ⵏ ⵙⵉⵏ ⵉⵙⴽⴽⵉⵏⵏ ⴰⵢ ⵉⵜⵜⵓⵔⵏⴰⵏ ⴳ ⵎⵔⴰⵡ ⴷ ⵙⵉⵏ ⵉⵢⵢⵉⵔⵏ ⵉⴳⴳⵯⵔⴰⵏ.
compliance-timeline = ⴰⵙⵎⵢⴰⵡⴰⵏ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ
compliance-timeline-rule = ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⵓⵙⵎⵢⴰⵡⴰⵏ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ 14 ⵏ ⵡⵓⵙⵙⴰⵏ ⵓⴳⴳⴰⵔ ⵇⴱⵍ ⴰⴷ ⵉⴱⴷⵓ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ.
compliance-timeline-missing = ⵜⴰⵣⵡⵉⵔⵜ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ ⵏ ⵓⵖⴰⵡⴰⵙ ⵓⵔ ⵖⵓⵔⵙ ⴰⵙⴰⴽⵓⴷ, ⵏⵖ ⴰⵖⴰⵡⴰⵙ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⴷⴷⴰⵡ ⵏ 14 ⵏ ⵡⵓⵙⵙⴰⵏ ⵇⴱⵍ ⴰⴷ ⵜⴱⴷⵓ.
compliance-outreach = ⴰⵙⵙⴼⵍⴷ
compliance-outreach-rule = ⵢⴰⵜ ⵜⴳⴰⵡⵜ ⵏ ⵓⵙⵙⴼⵍⴷ ⵓⴳⴳⴰⵔ ⵇⴱⵍ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ ⵏⵖ ⴳ ⵓⵣⵎⵣ ⵏⵏⵙ.
compliance-outreach-missing = ⵓⵔ ⵜⵜⵓⵙⵊⵊⵍ ⴽⵔⴰ ⵏ ⵜⴳⴰⵡⵜ ⵏ ⵓⵙⵙⴼⵍⴷ ⵇⴱⵍ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ ⵏⵖ ⴳ ⵓⵣⵎⵣ ⵏⵏⵙ.
compliance-input-channel = ⴰⴱⵔⵉⴷ ⵏ ⵜⵎⵜⵜⴰⵡⵉⵏ
compliance-input-channel-rule = ⴽⵓ ⵢⴰⵏ ⵉⵣⴹⴰⵕ ⴰⴷ ⵢⴰⵣⵏ ⵜⴰⵎⵜⵜⴰⵡⵜ ⵏⵏⵙ ⴳ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ: ⵜⴰⵍⵖⴰ ⵏ ⵉⵙⵓⵎⵔⵏ ⴳ ⵓⵡⵡⵓⵔ ⵜⵇⵇⵉⵎ ⵜⵕⵥⵎ ⴳ ⵜⵣⵡⵉⵔⵜ ⴰⴽⴽⵯ.
compliance-input-channel-missing = ⴼⴽ ⵉ ⵓⵖⴰⵡⴰⵙ ⵜⴰⵣⵡⵉⵔⵜ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⵎⵢⴰⵏⴰⵡ ⵙ ⵉⵙⴰⴽⵓⴷⵏ ⵏⵏⵙ.
compliance-responses = ⴰⵔⴰⵔ ⵉⵍⴰⵏ ⵜⴰⵎⵏⵜⵉⵍⵜ ⵉ ⴽⵓ ⵜⴰⵎⵜⵜⴰⵡⵜ
compliance-responses-rule = ⴽⵓ ⵜⴰⵎⵜⵜⴰⵡⵜ ⵖⵓⵔⵙ ⴰⵔⴰⵔ ⵉⵍⴰⵏ ⵜⴰⵎⵏⵜⵉⵍⵜ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ ⵇⴱⵍ ⴰⴷ ⵉⴳ ⵓⵖⴰⵡⴰⵙ ⴰⵏⴳⴳⴰⵔⵓ.
compliance-responses-missing = ⴽⵔⴰ ⵏ ⵜⵎⵜⵜⴰⵡⵉⵏ ⵓⵔ ⵖⵓⵔⵙⵏⵜ ⴰⵔⴰⵔ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ, ⵏⵖ ⴰⵖⴰⵡⴰⵙ ⵉⵜⵜⵓⵇⴱⵍ ⵎⵇⵇⴰⵔ ⵍⵍⴰⵏⵜ ⵜⵎⵜⵜⴰⵡⵉⵏ ⵓⵔ ⵢⵓⵡⵉⵏⵜ ⴰⵔⴰⵔ.
compliance-implementation-meetings = ⵉⵎⵢⴰⴳⴰⵔⵏ ⴳ ⵓⵙⵙⴽⵛⵎ
compliance-implementation-meetings-rule = ⵙⵉⵏ ⵉⵎⵢⴰⴳⴰⵔⵏ ⵓⴳⴳⴰⵔ ⴰⴽⴷ ⵓⵎⵓⵏ ⴰⵏⴰⵎⵓⵔ ⴳ ⵓⵙⵙⴽⵛⵎ.
compliance-implementation-meetings-missing = ⴷⴷⴰⵡ ⵏ ⵙⵉⵏ ⵉⵎⵢⴰⴳⴰⵔⵏ ⴰⴽⴷ ⵓⵎⵓⵏ ⴰⵏⴰⵎⵓⵔ ⴰⵢ ⵉⵜⵜⵓⵙⵊⵊⵍⵏ ⴳ ⵜⵣⵡⵉⵔⵜ ⵏ ⵓⵙⵙⴽⵛⵎ.

## ⵉⵙⵉⴷⵏ Atom
feed-follow = ⴹⴼⵕ (ⴰⵙⵉⴷ Atom)
feed-meetings = ⵉⵎⵢⴰⴳⴰⵔⵏ ⵏ ⵓⵏⵎⵓⵏ
feed-consultations = ⵉⵙⵙⵓⵜⵔⵏ ⵉⵏⴰⵎⵓⵔⵏ

## Open data
open-data-title = ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ
open-data-intro = ⴰⴽⴽⵯ ⵎⴰ ⵉⵙⵙⵓⴼⵓⵖ ⵓⵡⵡⵓⵔ ⴰ, ⵃⵎⴰ ⴰⴷ ⵜ ⵜⴰⴳⵎⴷ ⴷ ⴰⴷ ⵜ ⵜⵙⵎⵔⵙⴷ ⴷⴰⵖ: ⵉⵎⵙⴰⵙⴰ ⵙ ⵜⴳⵊⴷⵉⵜⵉⵏ ⵏ ⵉⵙⴼⴽⴰ ⵏ ⵉⵎⵙⴰⵙⴰ ⵏ OGP, ⴰⵡⵡⵓⵔ ⴰⴽⴽⵯ ⵙ JSON, ⴰⵏⵎⵓⵏ ⵙ Popolo, ⴷ ⵢⴰⵏ API ⵙ JSON.
open-data-licence = ⵜⵓⵔⴰⴳⵜ: Creative Commons Attribution 4.0 International (CC BY 4.0). ⴱⴷⵔ ⴰⵡⵡⵓⵔ ⵣⵓⵏⴷ ⴰⵙⴰⴳⵎ.
open-data-commitments = ⵉⵎⵙⴰⵙⴰ (XLSX, CSV)
open-data-commitments-text = { $count ->
    [one] ⵢⴰⵏ ⵓⵎⵙⴰⵙⴰ, ⴳ ⵢⴰⵏ ⵓⵣⵔⵉⴳ, ⵙ ⵜⴳⵊⴷⵉⵜⵉⵏ ⵏ ⵉⵙⴼⴽⴰ ⵏ ⵉⵎⵙⴰⵙⴰ ⵏ OGP; ⵉⵣⵔⵉⴳⵏ ⵉⵜⵜⵓⵙⵉⴷⴼⵏ ⵇⵇⵉⵎⵏ ⵙ ⵉⵣⴰⵍⵏ ⵏ OGP.
   *[other] { $count } ⵏ ⵉⵎⵙⴰⵙⴰ, ⵢⴰⵏ ⴳ ⴽⵓ ⴰⵣⵔⵉⴳ, ⵙ ⵜⴳⵊⴷⵉⵜⵉⵏ ⵏ ⵉⵙⴼⴽⴰ ⵏ ⵉⵎⵙⴰⵙⴰ ⵏ OGP; ⵉⵣⵔⵉⴳⵏ ⵉⵜⵜⵓⵙⵉⴷⴼⵏ ⵇⵇⵉⵎⵏ ⵙ ⵉⵣⴰⵍⵏ ⵏ OGP.
}
open-data-instance = ⴰⵡⵡⵓⵔ ⴰⴽⴽⵯ (JSON)
open-data-instance-text = ⵜⵉⵙⵏⵓⵔⴰ, ⵉⵖⴰⵡⴰⵙⵏ ⴰⴽⴷ ⵜⵣⵡⵉⵔⵉⵏ ⴷ ⵉⵣⵣⵓⵔⵏ ⵏⵏⵙⵏ, ⵉⵎⵙⴰⵙⴰ ⴰⴽⴷ ⵉⴹⵕⵉⵚⵏ ⵏⵏⵙⵏ ⵙ ⴽⵓ ⵜⵓⵜⵍⴰⵢⵜ, ⵉⵙⵡⵉⵔⵏ ⴷ ⵉⵏⵎⴰⵍⵏ: ⵎⴰ ⵉⵜⵜⴰⵔⵓ `sharaka export json`, ⵉⵖⵓⴷ ⵙ ⵓⵙⵙⵏⵜⵎ ⵏ JSON Schema ⵏⵏⵙ.
open-data-schema = JSON Schema
open-data-forum = ⴰⵏⵎⵓⵏ (Popolo)
open-data-forum-text = ⵉⴼⴳⴰⵏⵏ, ⵜⵉⵙⵇⵇⵉⵎⵉⵏ, ⵉⴷⵖⴰⵔⵏ, ⵜⵉⴳⵎⴰⵎⵉⵏ ⴷ ⵉⵎⵢⴰⴳⴰⵔⵏ ⵙ ⵓⵍⴰⴳⵉⵎ Popolo. ⵉⵏⵙⴰⵜⵏ ⵏ ⵉⵎⴰⵢⵍ ⴱⴰⵏⵏ ⵖⴰⵙ ⵉ ⵉⴼⴳⴰⵏⵏ ⵏⵏⴰ ⵜⵏ ⵉⵙⵎⴰⵍⵏ ⵉ ⵎⴷⴷⵏ ⴰⴽⴽⵯ.
open-data-api = API ⵙ JSON
open-data-api-text = ⵉⵖⴰⵡⴰⵙⵏ, ⵉⵎⵙⴰⵙⴰ, ⵜⵉⵙⵏⵓⵔⴰ ⴷ ⵜⵎⵜⵜⴰⵡⵉⵏ ⴰⴽⴷ ⵉⵔⴰⵔⵏ ⵏⵏⵙⵏⵜ, ⵉⵜⵜⵓⵙⵙⴼⵙⵔⵏ ⴳ ⵢⴰⵏ ⵓⵙⴽⴽⵉⵏ ⵏ OpenAPI.
open-data-dictionary = ⴰⵎⴰⵡⴰⵍ ⵏ ⵉⴳⵔⴰⵏ
open-data-dictionary-intro = ⵜⵉⴳⵊⴷⵉⵜⵉⵏ ⵏ ⵓⴼⴰⵢⵍⵓ ⵏ ⵉⵎⵙⴰⵙⴰ ⵏⵏⴰ ⵉⵜⵜⵄⵎⵎⴰⵔ ⵓⵡⵡⵓⵔ ⵛⴰⵔⴰⴽⴰ. ⵜⵉⴳⵊⴷⵉⵜⵉⵏ ⵢⴰⴹⵏⵉⵏ (ⵉⴳⵔⴰⵏ ⵏ ⵜⵙⵔⵜⵉⵜ, ⵉⵙⵙⴻⵏⵜⵉⵜⵏ ⵏ IRM) ⴹⴼⵕⵏⵜ ⵉⵙⴼⴽⴰ ⵏ OGP.
open-data-column = ⵜⴰⴳⵊⴷⵉⵜ
open-data-meaning = ⴰⵏⴰⵎⴽ
open-data-field-code = ⵜⴰⵏⴰⵍⵜ ⵏⵏⴰ ⵉⴼⴽⴰ OGP ⵉ ⵓⵎⵙⴰⵙⴰ (ⵎⴷ MO0050).
open-data-field-member = ⴰⴳⵎⴰⵎ ⵏ OGP: ⵜⴰⵎⵓⵔⵜ ⵏⵖ ⵜⴰⵎⵓⵏⵜ ⵜⴰⵎⵏⴰⴹⵜ.
open-data-field-plan-number = ⵓⵟⵟⵓⵏ ⵏ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ ⵉ ⵓⴳⵎⴰⵎ ⴰⴷ (1, 2, 3…).
open-data-field-plan-id = ⵜⴰⵏⴰⵍⵜ ⵏ ⵓⵖⴰⵡⴰⵙ ⵖⵓⵔ OGP (ⵎⴷ AP_MAR02).
open-data-field-number = ⵓⵟⵟⵓⵏ ⵏ ⵓⵎⵙⴰⵙⴰ ⴳ ⵓⵖⴰⵡⴰⵙ ⵏⵏⵙ.
open-data-field-title = ⴰⵣⵡⵍ ⵏ ⵓⵎⵙⴰⵙⴰ (ⵙ ⵜⵏⴳⵍⵉⵣⵜ, ⵏⵖ ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ ⵎⴽ ⵓⵔ ⵉⵍⵍⵉ ⵙ ⵜⵏⴳⵍⵉⵣⵜ, ⵎⴽ ⵓⵔ ⵉⵜⵜⵓⵙⵉⴷⴼ).
open-data-field-short-title = ⴰⵣⵡⵍ ⵏⵏⵙ ⴰⵎⵥⵥⵢⴰⵏ.
open-data-field-full-text = ⴰⴹⵕⵉⵚ ⴰⴽⵎⴰⵍ ⵏ ⵓⵎⵙⴰⵙⴰ ⵣⵓⵏⴷ ⵎⴰⵎⴽ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ.
open-data-field-start = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵏⵜⵉ, ⴰⵢⵢⵓⵔ/ⴰⵙⵙ/ⴰⵙⴳⴳⵯⴰⵙ ⵣⵓⵏⴷ ⴳ ⵉⵙⴼⴽⴰ ⵏ OGP.
open-data-field-end = ⴰⵙⴰⴽⵓⴷ ⵏ ⵜⴳⵉⵔⴰ, ⴰⵢⵢⵓⵔ/ⴰⵙⵙ/ⴰⵙⴳⴳⵯⴰⵙ.
open-data-field-url = ⵜⴰⵙⵏⴰ ⵏ ⵓⵎⵙⴰⵙⴰ ⴳ ⵓⵙⵉⵜ ⵏ OGP, ⵎⴽ ⵜⵜⵓⵙⵙⵏ.
open-data-field-policy-area = ⵢⴰⵜ ⵜⴳⵊⴷⵉⵜ ⵉ ⴽⵓ ⴰⴳⵔ ⵏ ⵜⵙⵔⵜⵉⵜ ⵏ OGP: 1 ⵎⴽ ⵉⵇⵇⵏ ⵓⵎⵙⴰⵙⴰ ⵖⵔ ⵓⴳⵔ ⴰⴷ.
nav-open-data = ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ

## ⴰⵔⵣⵣⵓ
nav-search = ⵔⵣⵓ
search-title = ⴰⵔⵣⵣⵓ
search-label = ⵜⵉⴳⵓⵔⵉⵡⵉⵏ ⵏ ⵓⵔⵣⵣⵓ
search-kind = ⴰⵏⴰⵡ
search-plan = ⴰⵖⴰⵡⴰⵙ
search-all = ⴰⴽⴽ
search-submit = ⵔⵣⵓ
search-count = { $count ->
    [0] ⵓⵍⴰ ⵢⴰⵏ ⵓⵢⴰⴼⵓ
    [one] { $count } ⵓⵢⴰⴼⵓ
   *[other] { $count } ⵉⵢⴰⴼⵓⵜⵏ
}
search-no-words = ⴰⵔⴰ ⵢⴰⵜ ⵜⴳⵓⵔⵉ ⵏⵖ ⵓⴳⴳⴰⵔ: ⵉⵣⵎⵎⴰⵍⵏ ⵓⵔ ⵜⵜⵓⵔⵣⵣⴰⵏ.
search-filters = ⵙⵎⵥⵉ ⴰⵔⵣⵣⵓ
search-more = ⵓⴳⴳⴰⵔ ⵏ { $count } ⵏ ⵜⵢⴰⴼⵓⵜⵉⵏ
search-page-range = ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵙⴳ { $from } ⴰⵔ { $to }
search-none = ⵓⵍⴰ ⵢⴰⵜ ⵜⵖⴰⵡⵙⴰ ⵓⵔ ⵜⵙⵎⵓⵏ ⴰⴽⴽ ⵜⵉⴳⵓⵔⵉⵡⵉⵏ ⴰ. ⴰⵔⵎ ⵜⵉⴳⵓⵔⵉⵡⵉⵏ ⵉⵎⵥⵥⵢⴰⵏⵏ.
search-kind-plan = ⴰⵖⴰⵡⴰⵙ
search-kind-commitment = ⴰⵎⵙⴰⵙⴰ
search-kind-milestone = ⴰⵙⵡⵉⵔ
search-kind-meeting = ⴰⵎⵢⴰⴳⴰⵔ
search-kind-document = ⴰⵙⴽⴽⵉⵏ
search-kind-comment = ⵜⴰⵎⵜⵜⴰⵡⵜ

## ⵉⵏⵖⵎⵉⵙⵏ ⴷ ⵓⵖⴰⵡⴰⵙ ⵏ ⵓⵙⵉⵡⵍ
nav-news = ⵉⵏⵖⵎⵉⵙⵏ
news-title = ⵉⵏⵖⵎⵉⵙⵏ
news-none = ⵓⵍⴰ ⵢⴰⵏ ⵓⵏⵖⵎⵉⵙ ⵙⴰⵔ.
admin-news-title = ⵉⵏⵖⵎⵉⵙⵏ ⴷ ⵓⵙⵉⵡⵍ
admin-news-new = ⴰⵔⵓ ⴰⵏⵖⵎⵉⵙ
admin-news-edit = ⵙⵖⵓⴷⵓ ⴰⵏⵖⵎⵉⵙ
admin-news-save = ⵙⵙⵓⴼⵖ
news-field-title = ⴰⵣⵡⵍ
news-field-body = ⴰⴹⵕⵉⵚ
news-field-date = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵙⵓⴼⵖ
news-field-date-hint = ⵎⴽ ⵉⵣⵔⵉ ⵓⵙⴰⴽⵓⴷ ⵏ ⵓⵏⵖⵎⵉⵙ ⴰⵙⵙⴰ, ⴰⴷ ⵉⴱⴰⵏ ⵖⴰⵙ ⴳ ⵡⴰⵙⵙ ⴰⵏⵏ.
communication-title = ⴰⵖⴰⵡⴰⵙ ⵏ ⵓⵙⵉⵡⵍ
communication-none = ⵓⵔ ⵜⵜⵓⵙⵙⴰⴷⵔ ⴽⵔⴰ ⵏ ⵜⴳⴰⵡⵜ ⵏ ⵓⵙⵉⵡⵍ ⵙⴰⵔ.
communication-date = ⴰⵙⴰⴽⵓⴷ
communication-action = ⵜⴰⴳⴰⵡⵜ
communication-audience = ⵉ ⵎⴰⵏⵡⴰ
communication-channel = ⴰⴱⵔⵉⴷ
communication-status = ⴰⴷⴷⴰⴷ
communication-add = ⵔⵏⵓ ⵜⴰⴳⴰⵡⵜ
communication-save = ⵃⴹⵓ
channel-website = ⴰⵙⵉⵜ
channel-social-media = ⵉⵥⴹⴰⵡⵏ ⵉⵏⴰⵎⵓⵏⵏ
channel-press = ⵜⴰⵙⵏⵖⵎⵉⵙⵜ
channel-radio-tv = ⴰⵔⴰⴷⵢⵓ ⴷ ⵜⵉⵍⵉⴼⵉⵣⵢⵓⵏ
channel-event = ⵜⴰⴷⵢⴰⵏⵜ
channel-email = ⵉⵎⴰⵢⵍ
channel-other = ⵢⴰⴹⵏ
action-status-planned = ⵉⵜⵜⵓⵙⵖⵉⴷⵏ
action-status-done = ⵉⵜⵜⵓⵙⴽⴰⵔⵏ
action-status-cancelled = ⵉⵜⵜⵓⵙⵔⵙⵏ
search-kind-theme = ⴰⵙⵏⵜⵍ
search-kind-institution = ⵜⴰⵙⵏⴼⵍⵓⵜ
search-kind-body = ⵜⴰⵙⵇⵇⵉⵎⵜ
search-kind-member = ⴰⴳⵎⴰⵎ
search-kind-news = ⴰⵏⵖⵎⵉⵙ
error-news-body-required = ⴰⵔⵓ ⴰⴹⵕⵉⵚ ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.
error-audience-required = ⵙⵙⵏⵜⵍ ⵉ ⵎⴰⵏⵡⴰ ⵜⴳⴰ ⵜⴳⴰⵡⵜ, ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.
error-channel-invalid = ⴼⵔⵏ ⴰⴱⵔⵉⴷ ⴳ ⵜⵍⴳⴰⵎⵜ.
error-action-status-invalid = ⴼⵔⵏ ⴰⴷⴷⴰⴷ ⵙⴳ ⵜⵍⴳⴰⵎⵜ.
error-news-title-required = ⴼⴽ ⴰⵣⵡⵍ ⵉ ⵓⵏⵖⵎⵉⵙ ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.
error-action-title-required = ⵙⵎⵎ ⵜⴰⴳⴰⵡⵜ ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.

## Following by e-mail
follow-title = ⵎⴰ ⵜⵜⴹⴼⴰⵕⵖ
follow-intro = ⵜⵜⴰⵡⵉⴷ ⵉⵎⴰⵢⵍ ⴽⵓ ⵜⵉⴽⴽⵍⵜ ⵏⵏⴰ ⴳ ⵉⵊⵕⴰ ⴽⵔⴰ ⵅⴼ ⵎⴰ ⵜⵜⴹⴼⴰⵕⴷ: ⵉⵏⵇⵇⵉⵙⵏ ⵏ ⵓⵙⵙⵓⵎⵔ, ⵉⵙⵙⵓⵜⵔⵏ, ⴰⵇⴱⴰⵍ ⵏ ⵓⵖⴰⵡⴰⵙ. ⴽⵓ ⵉⵎⴰⵢⵍ ⵉⵍⵍⴰ ⴳⵉⵙ ⵓⵣⴷⴰⵢ ⵃⵎⴰ ⴰⴷ ⵜⵃⴱⵙⴷ ⵙ ⵓⵣⵣⵔⴱ.
follow-none = ⵓⵔ ⵜⵜⴹⴼⴰⵕⴷ ⵡⴰⵍⵓ ⵙⴰⵔ. ⴹⴼⵕ ⴰⵖⴰⵡⴰⵙ, ⴰⵣⵣⵓⵔ ⵏⵖ ⴰⵎⵙⴰⵙⴰ ⵙⴳ ⵜⴰⵙⵏⴰ ⵏⵏⵙ.
follow-what = ⵎⴰⴷ
follow-frequency = ⵎⵏⵛⴽ ⵏ ⵜⵉⴽⴽⴰⵍ
follow-stop = ⵃⴱⵙ ⴰⴹⴼⴰⵕ
follow-by-mail = ⴹⴼⵕ ⵙ ⵉⵎⴰⵢⵍ:
follow-submit = ⴹⴼⵕ
follow-frequency-immediate = ⴽⵓ ⵜⵉⴽⴽⵍⵜ ⵏⵏⴰ ⴳ ⵉⵊⵕⴰ ⴽⵔⴰ
follow-frequency-weekly = ⵜⵉⴽⴽⵍⵜ ⴳ ⵉⵎⴰⵍⴰⵙ
follow-kind-plan = ⴰⵖⴰⵡⴰⵙ
follow-kind-theme = ⴰⵣⵣⵓⵔ
follow-kind-commitment = ⴰⵎⵙⴰⵙⴰ
notice-following = ⵜⵜⴹⴼⴰⵕⴷ ⵜ ⴷⵖⵉ. ⵜⵣⴹⴰⵕⴷ ⴰⴷ ⵜⵃⴱⵙⴷ ⵙⴳ «ⵎⴰ ⵜⵜⴹⴼⴰⵕⵖ» ⵏⵖ ⵙⴳ ⴽⵓ ⵉⵎⴰⵢⵍ.
unsubscribe-title = ⵃⴱⵙ ⵉⵎⴰⵢⵍ ⴰⴷ
unsubscribe-question = ⵜⵔⵉⴷ ⴰⴷ ⵜⵃⴱⵙⴷ ⴰⵙⵉ ⵏ ⵉⵎⴰⵢⵍ ⵅⴼ ⵡⴰ? ⵓⵔ ⵉⵇⵇⵉⵏ ⴰⴷ ⵜⴽⵛⵎⴷ.
unsubscribe-submit = ⵃⴱⵙ ⵉⵎⴰⵢⵍ
unsubscribe-done = ⵉⵎⴷⴰ: ⵓⵔ ⵔⴰⴷ ⵜⵜⴰⵡⵉⴷ ⵉⵎⴰⵢⵍ ⴰⴷ ⴷⴰⵖ.
unsubscribe-unknown = ⵓⵍⴰ ⵎⴰ ⵔⴰⴷ ⵜⵃⴱⵙⴷ ⵙ ⵓⵣⴷⴰⵢ ⴰⴷ: ⵉⵣⵎⵔ ⴰⴷ ⵜⵃⴱⵙⴷ ⵉⵎⴰⵢⵍ ⴰⴷ ⵢⴰⴷ.
mail-follow-subject = { $count ->
    [one] ⴰⵏⵖⵎⵉⵙ ⵅⴼ ⵎⴰ ⵜⵜⴹⴼⴰⵕⴷ
   *[other] { $count } ⵏ ⵉⵏⵖⵎⵉⵙⵏ ⵅⴼ ⵎⴰ ⵜⵜⴹⴼⴰⵕⴷ
}
mail-follow-body =
    ⴰⵣⵓⵍ { $name },

    { $news }

    ⵃⵎⴰ ⴰⴷ ⵜⵃⴱⵙⴷ ⵉⵎⴰⵢⵍ ⴰⴷ, ⵕⵥⵎ ⴰⵣⴷⴰⵢ ⴰ:
    { $unsubscribe }

## Printable plan
print-title = ⵜⴰⵏⵖⵍⴰ ⵏ ⵓⵙⵉⴳⴳⵣ
print-hint = ⵜⴰⵙⵏⴰ ⴰⴷ ⴳⵉⵙ ⴰⵖⴰⵡⴰⵙ ⴰⴽⵎⴰⵍ, ⵉⵜⵜⵓⵙⵎⵓⵜⵜⵓⵢ ⵉ ⵓⴽⴰⵔⴹ: ⵙⵙⵎⵔⵙ ⵜⴰⵍⴰⵖⵜ ⵏ ⵓⵙⵉⴳⴳⵣ ⴳ ⵓⵎⵙⵓⴷⴷⵓ ⵏⵏⴽ, ⵏⵖ ⴰⴳⵎ ⴰⴼⴰⵢⵍⵓ PDF, ⵙ ⵜⵉⵙⴽⵉⵡⵉⵏ ⵏ ⵜⵄⵔⴰⴱⵜ, ⵜⵉⴼⵉⵏⴰⵖ ⴷ ⵜⵍⴰⵜⵉⵏⵉⵜ.
print-pdf = ⴰⴳⵎ ⴰⴼⴰⵢⵍⵓ PDF
print-contents = ⵜⵓⵎⴰⵢⵉⵏ
print-page = ⵜⴰⵙⵏⴰ
print-source = ⵉⵜⵜⵓⵙⵉⴳⴳⵣ ⵙⴳ { $url } ⴳ { $date }.

## Linked portals and embeds
notice-deleted = ⵉⵜⵜⵓⴽⴽⵙ.
admin-portals-title = ⵉⵡⵡⵓⵔⵏ ⵉⵇⵇⵏⵏ
admin-portals-intro = ⵙⵊⵊⵍ ⵉⵙⵉⵜⵏ ⵢⴰⴹⵏⵉⵏ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ ⴳ ⵜⵎⵓⵔⵜ: ⴰⴽⵛⴰⵎ ⵖⵔ ⵓⵙⵏⵖⵎⵙ, ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ, ⵜⴰⵙⵏⵉⵍⵙⵜ, ⵉⵙⵖⵓⵢⵏ, ⴰⵎⵛⴰⵔⴰⴽ ⴳ ⵓⵣⵟⵟⴰ. ⵙ ⴷⴰⵔ ⵙ, ⵣⴹⴰⵕⵏ ⵉⵎⵙⴰⵙⴰ ⴰⴷ ⵇⵇⵏⵏ ⵖⵔⵙⵏ, ⵜⵙⵎⴰⵍ ⵜⴰⵙⵏⴰ ⵜⴰⵏⴰⵎⵓⵔⵜ ⵎⴰ ⵉⵜⵜⵎⵓⵙⵙⴰ ⴽⵓ ⵢⴰⵏ, ⴷ ⵎⴰ ⴰⵔ ⵉⵙⵙⵓⴼⵓⵖ ⴰⵔ ⵖⵉⵍⴰ.
admin-portals-checks-off = ⴰⵙⵙⵏⵜⵎ ⵉⵃⴱⵙ ⴳ ⵓⵡⵡⵓⵔ ⴰ: ⵙⵔⵙ SHARAKA_PORTAL_CHECKS=true ⵃⵎⴰ ⴰⴷ ⵉⵔⵣⴼ ⵅⴼ ⴽⵓ ⴰⵡⵡⵓⵔ ⴷ ⵓⵙⵉⴷ ⵏⵏⵙ ⵢⴰⵜ ⵜⵉⴽⴽⵍⵜ ⴳ ⵡⴰⵙⵙ.
admin-portals-new = ⵙⵊⵊⵍ ⴰⵡⵡⵓⵔ
admin-portals-edit = ⵙⵖⵓⴷⵓ ⴰⵡⵡⵓⵔ
admin-portals-save = ⵃⴹⵓ ⴰⵡⵡⵓⵔ
admin-portals-check = ⵙⵙⵏⵜⵎ ⴷⵖⵉ
admin-portals-delete = ⴽⴽⵙ
portal-field-kind = ⴰⵏⴰⵡ ⵏ ⵓⵡⵡⵓⵔ
portal-field-kind-choose = ⴼⵔⵏ ⴰⵏⴰⵡ
portal-field-name = ⵉⵙⵎ
portal-field-description = ⵎⴰ ⴳⵉⵙ ⵜⵜⴰⴼⵏ ⵎⴷⴷⵏ
portal-field-url = ⴰⵏⵙⴰ ⴳ ⵓⵣⵟⵟⴰ
portal-field-feed = ⴰⵏⵙⴰ ⵏ ⵓⵙⵉⴷ ⵏ ⵉⵏⵖⵎⵉⵙⵏ ⵏⵏⵙ (Atom ⵏⵖ RSS), ⵎⴽ ⵜⵔⵉⴷ
portal-field-feed-hint = ⵙ ⵓⵙⵉⴷ, ⴰⵙⵙⵏⵜⵎ ⵉⵙⵎⴰⵍ ⴰⵡⴷ ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵙⵓⴼⵖ ⴰⵏⴳⴳⴰⵔⵓ ⵏ ⵓⵡⵡⵓⵔ.
portal-kind-access-to-information = ⴰⴽⵛⴰⵎ ⵖⵔ ⵓⵙⵏⵖⵎⵙ
portal-kind-open-data = ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ
portal-kind-budget = ⵜⴰⴼⵔⴰⵡⵜ ⵏ ⵜⵙⵏⵉⵍⵙⵜ
portal-kind-complaints = ⵉⵙⵖⵓⵢⵏ
portal-kind-e-participation = ⴰⵎⵛⴰⵔⴰⴽ ⴳ ⵓⵣⵟⵟⴰ
portal-kind-legislation = ⵉⴹⵕⵉⵚⵏ ⵏ ⵓⵣⵔⴼ
portal-kind-other = ⵢⴰⴹⵏ
portal-state = ⴰⴷⴷⴰⴷ
portal-state-unchecked = ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵜⵎ
portal-state-live = ⵉⵜⵜⵓⵙⵎⴰⵢⵏⵓ
portal-state-stale = ⵓⵔ ⵉⵜⵜⵓⵙⵎⴰⵢⵏⵓ ⵙⴳ ⴽⵔⴰ ⵏ ⵡⴰⴽⵓⴷ
portal-state-down = ⵓⵔ ⵉⵜⵜⵓⵍⴽⴰⵎ
portal-newest-entry = ⴰⵙⵊⵊⵍ ⴰⵏⴳⴳⴰⵔⵓ ⵏ ⵓⵙⵉⴷ { $date }
portal-stale-days = ⵓⵍⴰ ⴽⵔⴰ ⵉⵎⴰⵢⵏⵓⵏ ⵙⴳ { $days } ⵏ ⵡⵓⵙⵙⴰⵏ
portal-checked-on = ⵉⵜⵜⵓⵙⵙⵏⵜⵎ ⴳ { $date }
portal-problem-unreachable = ⴰⵙⵉⵜ ⵓⵔ ⵉⵔⴰⵔ
portal-problem-http-error = ⴰⵙⵉⵜ ⵉⵔⴰⵔ ⵙ ⵜⵣⴳⵍⵜ
portal-problem-feed-unreachable = ⵓⵔ ⵏⵣⴹⴰⵕ ⴰⴷ ⵏⴰⵡⵉ ⴰⵙⵉⴷ ⵏⵏⵙ
portal-problem-feed-malformed = ⵓⵔ ⵏⵣⴹⴰⵕ ⴰⴷ ⵏⵖⵔ ⴰⵙⵉⴷ ⵏⵏⵙ
portal-problem-feed-empty = ⴰⵙⵉⴷ ⵏⵏⵙ ⵓⵔ ⴳⵉⵙ ⴽⵔⴰ ⵏ ⵓⵙⵊⵊⵍ
portal-problem-address-not-allowed = ⴰⵏⵙⴰ ⵏⵏⵙ ⵓⵔ ⵉⵍⵍⵉ ⴳ ⵓⵏⵜⵔⵏⵉⵜ ⴰⵎⴰⵜⴰⵢ
portals-title = ⵉⵡⵡⵓⵔⵏ ⵢⴰⴹⵏⵉⵏ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ
portals-intro = ⵉⵙⵉⵜⵏ ⵢⴰⴹⵏⵉⵏ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ ⴳ ⵜⵎⵓⵔⵜ, ⴳ ⵢⴰⵏ ⵓⴷⵖⴰⵔ. ⴽⵓ ⵢⴰⵏ ⵉⵜⵜⵓⵙⵙⵏⵜⴰⵎ ⴰⴱⴷⴰ: ⵎⴰ ⵉⵔⴰⵔ, ⴷ ⵓⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵙⵓⴼⵖ ⴰⵏⴳⴳⴰⵔⵓ ⴳ ⵓⵙⵉⴷ ⵏⵏⵙ.
portals-stale-count = { $count ->
    [one] ⵢⴰⵏ ⵓⵡⵡⵓⵔ ⵓⵔ ⵉⵜⵜⵓⵍⴽⴰⵎⵏ ⵏⵖ ⵓⵔ ⵉⵜⵜⵓⵙⵎⴰⵢⵏⵓⵏ ⵙⴳ ⴽⵔⴰ ⵏ ⵡⴰⴽⵓⴷ.
   *[other] { $count } ⵏ ⵉⵡⵡⵓⵔⵏ ⵓⵔ ⵉⵜⵜⵓⵍⴽⴰⵎⵏ ⵏⵖ ⵓⵔ ⵉⵜⵜⵓⵙⵎⴰⵢⵏⵓⵏ ⵙⴳ ⴽⵔⴰ ⵏ ⵡⴰⴽⵓⴷ.
}
portals-checks-off = ⴰⵡⵡⵓⵔ ⴰ ⵓⵔ ⵉⵙⵙⵏⵜⴰⵎ ⵉⵡⵡⵓⵔⵏ ⴰ ⵙ ⵢⵉⵅⴼ ⵏⵏⵙ.
portals-none = ⵓⵔ ⵉⵜⵜⵓⵙⵊⵊⵍ ⴽⵔⴰ ⵏ ⵓⵡⵡⵓⵔ ⵙⴰⵔ.
error-portal-kind-invalid = ⴼⵔⵏ ⴰⵏⴰⵡ ⵏ ⵓⵡⵡⵓⵔ.
error-portal-name-required = ⴼⴽ ⵉⵙⵎ ⵉ ⵓⵡⵡⵓⵔ ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵓⴳⴳⴰⵔ.
commitment-portals = ⵉⵡⵡⵓⵔⵏ ⵉⵇⵇⵏⵏ ⵖⵔⵙ
commitment-portals-none = ⴰⵎⵙⴰⵙⴰ ⴰ ⵓⵔ ⵉⵇⵇⵏ ⵖⵔ ⴽⵔⴰ ⵏ ⵓⵡⵡⵓⵔ ⵢⴰⴹⵏ ⵙⴰⵔ.
commitment-portals-choose = ⵉⵡⵡⵓⵔⵏ ⵏⵏⴰ ⵖⵔ ⵉⵇⵇⵏ ⵓⵎⵙⴰⵙⴰ ⴰ
commitment-portals-save = ⵃⴹⵓ ⵉⵣⴷⴰⵢⵏ
embed-title = ⵙⵎⴰⵍ ⴰⵙⵙⵓⵎⵔ ⵏ ⵓⵎⵙⴰⵙⴰ ⴰ ⴳ ⵓⵙⵉⵜ ⵏⵏⴽ
embed-intro = ⵜⵉⵙⵏⵓⵔⴰ ⵣⴹⴰⵕⵏⵜ ⴰⴷ ⵙⵎⴰⵍⵏⵜ ⴰⵙⵙⵓⵎⵔ ⵏ ⵓⵎⵙⴰⵙⴰ ⴰ ⵣⵓⵏⴷ ⵎⴰⵎⴽ ⵉⵍⵍⴰ ⵖⵉⵍⴰ ⴳ ⵉⵙⵉⵜⵏ ⵏⵏⵙⵏⵜ: ⵏⵙⵅ ⵢⴰⵏ ⵙⴳ ⵉⵃⵔⵉⵛⵏ ⴰ ⴳ ⵢⴰⵜ ⵜⵙⵏⴰ. ⴰⵔ ⵙⵎⴰⵍⵏ ⴰⴱⴷⴰ ⵉⵎⴹⴰⵏ ⵏ ⵖⵉⵍⴰ.
embed-badge-alt = ⵜⴰⵎⴰⵜⴰⵔⵜ ⵏ ⵓⵙⵙⵓⵎⵔ ⵏ ⵓⵎⵙⴰⵙⴰ ⴰ
embed-badge-code = ⵜⴰⵎⴰⵜⴰⵔⵜ (ⵜⴰⵡⵍⴰⴼⵜ)
embed-widget-code = ⵜⴰⴼⵍⵡⵉⵜ (ⵜⴰⵙⵏⴰ ⵜⴰⵎⵥⵥⵢⴰⵏⵜ)
embed-no-progress = ⵓⵍⴰ ⴰⵙⵙⵓⵎⵔ ⵉⵜⵜⵓⵙⵎⴰⵍⵏ
embed-source = ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ
embed-milestones-done = { $done } ⵙⴳ { $total } ⵏ ⵉⵙⵡⵉⵔⵏ ⵉⵎⴷⴰⵏ
embed-more = ⵥⵕ ⴰⵎⵙⴰⵙⴰ ⴰⴽⴽⵯ

## Search filters
search-theme = ⴰⵣⵣⵓⵔ
search-institution = ⵜⴰⵙⵏⵓⵔⵜ
search-status = ⴰⴷⴷⴰⴷ
search-status-commitment = ⴰⴷⴷⴰⴷ ⵏ ⵓⵎⵙⴰⵙⴰ
search-status-milestone = ⴰⴷⴷⴰⴷ ⵏ ⵓⵙⵡⵉⵔ

## Sign-in throttling
error-login-slow-down = ⵓⴳⴳⴰⵔ ⵏ ⵜⵉⵔⵎⵉⵜⵉⵏ ⵓⵔ ⵉⵖⵓⴷⵏ ⵙⴳ ⴷⴰ. ⵔⴰⵊⵓ ⵛⵉⵟ, ⵙ ⴷⴰⵔ ⵙ ⴰⵍⵙ; ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵓⵔ ⵉⵜⵜⵓⵇⵇⵏ.
login-slow-down-seconds = ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴰⵍⵙⴷ ⴷⴼⴼⵉⵔ { $seconds } ⵏ ⵜⵙⵉⵏⵜⵉⵜⵉⵏ.

## Home: what is open now
home-open-title = ⴰⵔⴰ ⵜⵔⵏⵓⴷ ⵖⵉⵍⴰ
home-open-none = ⵓⵍⴰ ⵢⴰⵏ ⵓⵔ ⵉⵍⵍⵉ ⵉⵕⵥⵎ ⵉ ⵜⵔⵏⵓⵜ ⴰⵙⵙⴰ.
home-next-title = ⵜⴰⵙⵓⵔⵉⴼⵜ ⵉⴷ ⵉⵜⵜⴰⵙⵏ:
home-next-co-creation = ⴰⵕⵥⵥⵎ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵡⴰⵙ: ⵙⵓⵎⵔ ⵜⵉⵡⵏⴳⵉⵎⵉⵏ
home-next-consultation = ⴰⵕⵥⵥⵎ ⵏ ⵓⵙⵎⵔⵙ ⴰⴳⴷⵓⴷⴰⵏ: ⵙⵙⵓⵖⵍ ⴰⵙⵏⵖⵎⵉⵙ
home-next-on = ⴳ { $date }
home-next-none = ⵓⵔ ⵜⵜⵓⵙⵖⵉⵡⵙ ⵙⴰⵔ ⴽⵔⴰ ⵏ ⵜⴰⵙⵓⵔⵉⴼⵜ ⵏ ⵜⵔⵏⵓⵜ. ⴹⴼⵕ ⵉⵖⴰⵡⴰⵙⵏ.
home-open-kind-proposals = ⴰⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵡⴰⵙ ⵉⵕⵥⵎ
home-open-kind-consultation = ⴰⵙⵎⵔⵙ ⴰⴳⴷⵓⴷⴰⵏ ⵉⵕⵥⵎ
home-open-what-proposals = ⵙⵓⵎⵔ ⵜⵉⵡⵏⴳⵉⵎⵉⵏ ⵉ ⵜⵉⵎⵔⴰⵡⵉⵏ ⵏ ⵓⵖⴰⵡⴰⵙ
home-open-what-consultation = ⵙⵙⵓⵖⵍ ⵅⴼ ⵓⵙⵏⵖⵎⵉⵙ ⵏ ⵓⵖⴰⵡⴰⵙ, ⵜⴰⵙⴷⴰⵔⵜ ⵙ ⵜⴰⵙⴷⴰⵔⵜ
home-open-until = ⴰⵔ { $date }
home-open-action-proposals = ⵙⵓⵎⵔ ⵜⴰⵡⵏⴳⵉⵎⵜ
home-open-action-consultation = ⵙⵙⵓⵖⵍ ⵅⴼ ⵓⵙⵏⵖⵎⵉⵙ

## Consultation on a phone
consultation-toc = ⵜⵓⴳⴳⵜ: { $count } ⵏ ⵜⵎⵔⴰⵡⵉⵏ
consultation-passages = { $count } ⵏ ⵜⴰⵙⴷⴰⵔⵉⵏ
consultation-read-commitment = ⵖⵔ ⴰⴹⵕⵉⵙ ⴷ ⵙⵙⵓⵖⵍ
consultation-place-change = ⵙⵏⴼⵍ ⴰⴷⵖⴰⵔ ⵏ ⵓⵙⵙⵓⵖⵍ
consultation-closed-while-writing = ⵉⵇⵇⵏ ⵓⵙⵎⵔⵙ ⵍⵍⵉⵖ ⵜⵜⴰⵔⵉⴷ: ⵓⵔ ⵉⵜⵜⵓⵣⵏ ⵓⵙⵙⵓⵖⵍ ⵏⵏⴽ
consultation-your-text-kept = ⴰⴹⵕⵉⵙ ⵏⵏⴽ ⵉⵜⵜⵓⵃⵟⴰ ⴷⴰ:
contribution-name-public = ⵉⵙⵎ ⵏⵏⴽ ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⴷ ⵓⵙⵙⵓⵖⵍ ⵏⵏⴽ.

## Support
error-support-own-proposal = ⵓⵔ ⵜⵣⵎⵉⵔⴷ ⴰⴷ ⵜⵙⴷⵔⵓⵙⴷ ⴰⵙⵓⵎⵔ ⵏⵏⴽ.
error-support-hidden = ⴰⵙⵓⵎⵔ ⴰⴷ ⵉⵜⵜⵓⴼⴼⵔ ⵙⴳ ⵓⵎⵙⵎⵓⵖⵍ.
proposal-own = ⴰⵙⵓⵎⵔ ⵏⵏⴽ ⴰⵢⴰ; ⵉⵣⵎⵔ ⵡⵉⵢⵢⴰⴹ ⴰⴷ ⵜ ⵙⴷⵔⵓⵙⵏ.
consultation-replies = { $count } ⵏ ⵜⵔⴰⵔⵓⵜⵉⵏ

## Plans: what a person can do
plans-no-phase = ⵓⵍⴰ ⵜⴰⵙⵓⵔⵉⴼⵜ ⴰⵙⵙⴰ
plans-can-co-creation = ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵙⵓⵎⵔⴷ ⵜⵉⵡⵏⴳⵉⵎⵉⵏ.
plans-action-co-creation = ⵙⵓⵎⵔ ⵜⴰⵡⵏⴳⵉⵎⵜ
plans-can-consultation = ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵙⵙⵓⵖⵍⴷ ⵅⴼ ⵓⵙⵏⵖⵎⵉⵙ.
plans-action-consultation = ⵙⵙⵓⵖⵍ ⵅⴼ ⵓⵙⵏⵖⵎⵉⵙ
plans-can-implementation = ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴹⴼⵕⴷ ⴰⵙⵡⵓⵔ ⵏ ⵜⵎⵔⴰⵡⵉⵏ.
plans-action-implementation = ⵜⴰⴼⵍⵡⵉⵜ ⵏ ⵓⵙⵡⵓⵔ
plans-can-closed = ⵉⴽⵎⵍ ⵓⵖⴰⵡⴰⵙ; ⵖⵔ ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵏⵏⵙ.
plans-action-closed = ⴰⵙⵎⵓⵜⵜⴳ ⵉⵎⴰⵏⵏⵙ
plans-can-follow = ⵜⴰⵙⵓⵔⵉⴼⵜ ⴰⴷ ⵜⵜⵓⵙⵡⵊⴰⴷ; ⴹⴼⵕ ⴰⵖⴰⵡⴰⵙ.
plans-action-follow = ⵜⴰⵙⵏⴰ ⵏ ⵓⵖⴰⵡⴰⵙ
error-completed-not-100 = ⵜⴰⵙⵓⵔⵉⴼⵜ ⵉⴽⵎⵍⵏ ⵜⴻⵍⵍⴰ ⴳ 100 %.
notice-checks-off = ⵓⵍⴰ ⵢⴰⵏ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵜⵎ: ⴰⵙⵙⵏⵜⵎ ⵉⵃⴱⵙ ⴳ ⵓⵡⵡⵓⵔ ⴰ.

## The state's portal: legal, contact, accessibility, privacy
identity-authority-default = ⵜⴰⵏⴱⴰⴹⵜ ⵉ ⵢⵓⵙⵉⵏ ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵏⴱⴰⴹⵜ ⵢⴻⵍⴷⵉⵏ
identity-address = ⴰⵏⵙⴰ
page-legal-title = ⴰⵏⵖⵎⵉⵙ ⴰⵏⴰⵎⵓⵙ
page-legal-p1 = ⵜⴰⴱⵓⵔⵜ ⴰⴷ ⵜⵙⵙⵓⴼⵖ ⵜ { $authority }.
page-legal-p2 = ⵉⴹⵕⵉⵙⵏ ⴷ ⵉⵙⴼⴽⴰ ⵉⵜⵜⵓⵙⵙⵓⴼⵖⵏ ⴷⴰ ⵣⵎⵔⵏ ⴰⴷ ⵜⵜⵓⵙⵙⵎⵔⵙⵏ.
page-legal-p3 = ⴽⵓ ⴰⵎⴰⵔⵉⵔ ⵉⵜⵜⵓⵙⵇⵙⴰ ⵅⴼ ⵎⴰ ⵉⵜⵜⴰⵔⴰ.
page-legal-p4 = ⴰⵖⴰⵡⴰⵙ Sharaka ⴷ ⴰⵖⴰⵡⴰⵙ ⵉⵍⴻⵍⵍⵉ (AGPL-3.0-or-later).
page-contact-title = ⴰⵔⵎⵢⴰⵡⴰⴹ
page-contact-p1 = ⵉ ⴽⵓ ⴰⵙⵇⵙⵉ, ⴰⵔⴰ ⵉ ⵓⵙⵏⵜⵉ ⵏ ⵓⵏⵎⵓⵏ.
page-contact-p2 = ⴽⵓ ⵜⴰⵎⵓⵏⵜ ⴷⴰⵔⵙ ⴰⵔⴰⵔ.
page-accessibility-title = ⴰⵏⵖⵎⵉⵙ ⵏ ⵓⵙⵎⵓⵏ
page-accessibility-p1 = { $authority } ⵜⵔⴰ ⴰⴷ ⵜⴳ ⵜⴰⴱⵓⵔⵜ ⴰⴷ ⵉ ⵎⴰⵕⵕⴰ (WCAG 2.1 AA).
page-accessibility-p2 = ⴽⵓ ⵜⴰⵙⵏⴰ ⵜⵜⵓⵔⵎ ⵙ ⵜⵓⵜⵍⴰⵢⵉⵏ ⵙ ⴽⴽⵓⵥ.
page-accessibility-p3 = ⵉⵍⵉⵙ ⵉⵜⵜⵓⵙⵙⵏⵏ: ⴽⵔⴰ ⵏ ⵉⴹⵕⵉⵙⵏ ⵓⵔ ⵜⵜⵓⵙⵙⵓⵖⵍⵏ ⵙⴰⵔ.
page-accessibility-p4 = ⵎⴽ ⵜⵓⴼⵉⴷ ⴽⵔⴰ ⵏ ⵓⵎⵛⵡⴰⵔ, ⴰⵔⴰ ⴰⵖ.
page-privacy-title = ⴰⵃⵟⵟⵓ ⵏ ⵉⵙⴼⴽⴰ ⵉⵏⵎⵓⴳⴰⵏ
page-privacy-p1 = ⴰⵎⵙⵡⵓⵍ: { $authority }. ⴰⵣⵔⴼ 09-08 ⴷ CNDP.
page-privacy-p2 = ⵎⴰⵏ ⴰⵢⴰ ⵏⵃⵟⵟⴰ: ⵉⵙⵎ ⵏⵏⴽ, ⵉⵎⴰⵢⵍ, ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ, ⵜⵓⵜⵍⴰⵢⵜ ⴷ ⵜⵎⵓⵏⵉⵏ ⵏⵏⴽ.
page-privacy-p3 = ⵉⵙⵎ ⵏⵏⴽ ⵉⵜⵜⴱⴰⵢⴰⵏ ⴷ ⴽⵓ ⵜⴰⵎⵓⵏⵜ; ⵉⵎⴰⵢⵍ ⵏⵏⴽ ⵓⵔ ⵉⵜⵜⴱⴰⵢⴰⵏ.
page-privacy-p4 = ⵎⴰⵖⴼ: ⴰⴷ ⵏⵙⵓⴷⵙ ⵜⴰⵔⵏⵓⵜ ⴷ ⵓⵔⴰⵔ ⵅⴼ ⴽⵓ ⵜⴰⵎⵓⵏⵜ.
page-privacy-p5 = ⵉⵣⵔⴼⴰⵏ ⵏⵏⴽ: ⴰⵙⵙⵏ, ⴰⵙⵖⵖⵓⴷ, ⴰⴳⴳⴰⵢ ⴷ ⵓⴽⴽⵙ.
page-privacy-p6 = ⴰⵙⵏⵣⵍ: ⵓⵍⴰ ⴰⴹⴼⴰⵕ, ⵓⵍⴰ ⴰⵙⵙⵉⵏⵏⵉ.
register-name-public = ⵉⵙⵎ ⴰⴷ ⵉⵜⵜⴱⴰⵢⴰⵏ ⵉ ⵎⴰⵕⵕⴰ ⴷ ⴽⵓ ⵎⴰ ⵜⵙⵙⵓⴼⵖⴷ.

## Language names in the reader's language
untranslated-ar = ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⵖⵍ ⵙⴰⵔ; ⵉⵜⵜⴱⴰⵢⴰⵏ ⵙ ⵜⵄⵔⴰⴱⵜ
untranslated-fr = ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⵖⵍ ⵙⴰⵔ; ⵉⵜⵜⴱⴰⵢⴰⵏ ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ
untranslated-en = ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⵖⵍ ⵙⴰⵔ; ⵉⵜⵜⴱⴰⵢⴰⵏ ⵙ ⵜⵏⴳⵍⵉⵣⵜ
untranslated-zgh = ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⵖⵍ ⵙⴰⵔ; ⵉⵜⵜⴱⴰⵢⴰⵏ ⵙ ⵜⵎⴰⵣⵉⵖⵜ
language-name-ar = ⵜⴰⵄⵔⴰⴱⵜ
language-name-fr = ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ
language-name-en = ⵜⴰⵏⴳⵍⵉⵣⵜ
language-name-zgh = ⵜⴰⵎⴰⵣⵉⵖⵜ
language-name-ary = ⵜⴰⴷⴰⵔⵉⵊⵜ
language-name-es = ⵜⴰⵙⴱⵏⵢⵓⵍⵉⵜ
language-name-mul = ⴰⵟⵟⴰⵚ ⵏ ⵜⵓⵜⵍⴰⵢⵉⵏ
progress-basis = ⵙⴳ { $with } ⵙⴳ { $of } ⵏ ⵜⵎⵔⴰⵡⵉⵏ

## Institution directory: merge
admin-institution-merge-title = ⵙⵎⵓⵏ ⴰⵙⵏⵖⵍ
admin-institution-merge-hint = ⵎⴽ ⵜⴳⴰ ⵜⵎⵙⵙⵓⴷⵙⵜ ⴰⴷ ⴰⵙⵏⵖⵍ, ⵙⵎⵓⵏ ⵜ.
admin-institution-merge-into = ⵙⵎⵓⵏ ⴳ
admin-institution-merge-submit = ⵙⵎⵓⵏ
error-merge-into-itself = ⵓⵔ ⵜⵣⵎⵉⵔ ⵜⵎⵙⵙⵓⴷⵙⵜ ⴰⴷ ⵜⵎⵓⵏ ⴷ ⵉⵎⴰⵏⵏⵙ.
error-merge-target-unknown = ⴼⵔⵏ ⵜⴰⵎⵙⵙⵓⴷⵙⵜ.
notice-merged = ⵜⵎⵓⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ.
consultation-back-to-contents = ⴰⵖⵓⵍ ⵖⵔ ⵜⵓⴳⴳⵜ
meeting-local-time = ⵜⴰⵙⵔⴰⴳⵜ ⵜⴰⴷⵖⴰⵔⴰⵏⵜ: { $place }

## The printed plan's cover
print-authority = ⵉⵙⵙⵓⴼⵖ ⵜ
print-version = ⵜⴰⵏⵖⵍⴰ
print-version-adopted = ⴰⵖⴰⵡⴰⵙ ⴰⵏⴳⴳⴰⵔⵓ, ⵉⵜⵜⵓⵙⵎⵔⵙ ⴳ { $date }
print-version-draft = ⴰⵙⵓⵖⵍ ⵏ ⵜⵡⵓⵔⵉ ⴰⵔ { $date }, ⵓⵔ ⵉⵜⵜⵓⵙⵎⵔⵙ
print-stage = ⵜⴰⵙⵓⵔⵜ
print-stage-none = ⵓⵍⴰ ⵜⴰⵙⵓⵔⵜ

## OGP members, named in the reader's language (OGP's data names them in English)
member-morocco = ⵍⵎⵖⵔⵉⴱ

# Impersonation (issue 18)
official-badge = ⴰⵎⵉⴹⴰⵏ ⴰⵏⵚⵉⴱ
error-name-imitates = ⵉⵙⵎ ⴰⴷ ⵉⵛⴱⴰ ⵉⵙⵎ ⵏ ⵢⴰⵜ ⵜⵎⵙⵙⵓⴷⵙⵜ ⵏⵖ ⵏ ⵜⴰⵏⴰⵔⵉⵜ ⵏⵖ ⵏ ⵢⴰⵏ ⵡⴰⵔⵓⵔ ⴰⵏⵚⵉⴱ ⴳ ⵜⴰⵡⵡⵓⵔⵜ. ⵣⵎⵎⴻⵎ ⵙ ⵉⵙⵎ ⵏⵏⴽ: ⵉⵎⵉⴹⴰⵏⵏ ⵉⵏⵚⵉⴱⵏ ⵜⵔⵥⵎ ⵜⵏ ⵜⴰⵏⴰⵔⵉⵜ.
admin-users-flags = ⴰⴷ ⵉⵜⵜⵓⵙⵏⵜⵎ
admin-flag-name-imitates = ⵉⵙⵎ ⵉⵛⴱⴰ «{ $term }»
admin-flag-mixed-scripts = ⴰⵏⵙⴰ ⵉⵙⵎⵓⵏ ⵜⵉⵔⵔⴰ: { $scripts }
admin-users-flagged-filter = ⵖⴰⵙ ⵉⵎⵉⴹⴰⵏⵏ ⵍⵍⵉ ⵔⴰⴷ ⵉⵜⵜⵓⵙⵏⵜⵎⵏ ({ $count })
admin-users-all = ⴰⴽⴽⵯ ⵉⵎⵉⴹⴰⵏⵏ
script-latin = ⵜⴰⵍⴰⵜⵉⵏⵉⵜ
script-cyrillic = ⵜⴰⵙⵉⵔⵉⵍⵉⵜ
script-greek = ⵜⴰⴳⵔⵉⴳⵉⵜ
script-arabic = ⵜⴰⵄⵔⴰⴱⵜ
script-tifinagh = ⵜⵉⴼⵉⵏⴰⵖ
script-armenian = ⵜⴰⵔⵎⵉⵏⵉⵜ
script-hebrew = ⵜⴰⵄⴱⵔⵉⵜ
