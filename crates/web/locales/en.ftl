# Sharaka — English interface messages. Every file in this folder has the same message ids.

site-name = Sharaka
skip-to-content = Skip to main content
nav-label = Main navigation
nav-home = Home
nav-institutions = Institutions
nav-admin = Back office
nav-login = Sign in
nav-logout = Sign out
nav-register = Create an account
language-switcher = Language
footer-text = Sharaka, the national open government portal: co-create, consult and track the OGP action plan.
breadcrumb = Breadcrumb
back-home = Back to the home page
yes = Yes
no = No
save = Save
cancel = Cancel
choose = Choose…
not-yet-translated = Not yet translated
no-text = (no text)

home-title = Open government, together
home-lead = Sharaka is where the open government action plan is co-created by government and civil society, put to public consultation with a reasoned answer to every contribution, and followed until every commitment is delivered.
home-how-title = How it works
home-step-cocreate = Co-create.
home-step-cocreate-text = The multi-stakeholder forum and its sub-commissions draft commitments together.
home-step-consult = Consult.
home-step-consult-text = Everyone can comment on the draft plan, and every contribution gets a public, reasoned response.
home-step-track = Track.
home-step-track-text = Ministries, parliament, the judiciary and independent institutions report progress with evidence.
home-institutions-title = Institutions of the open state
home-institutions-count = { $count } institutions take part.
home-institutions-link = See all institutions
home-meetings-title = Next forum meetings
home-meetings-link = All meetings and workshops, and the calendar to subscribe to
home-documents-title = Latest documents
home-documents-link = The whole document repository
home-join-title = Take part
home-join-text = Create an account to propose ideas, comment on the draft plan and follow what happens to your input.

institutions-title = Institutions
institutions-lead = Government, parliament, the judiciary, independent bodies and civil society organisations that take part in the action plan.
institutions-empty = No institution has been added yet.
institution-names = Name in each language
institution-children = Attached bodies

branch-executive = Executive
branch-legislative = Legislative
branch-judiciary = Judiciary
branch-independent-body = Independent bodies
branch-territorial-collectivity = Territorial collectivities
branch-civil-society = Civil society
branch-private-sector = Private sector
branch-academia = Academia
branch-international-partner = International partners

role-participant = Participant
role-forum-member = Forum member
role-implementer = Implementer
role-moderator = Moderator
role-reviewer = Independent reviewer
role-secretariat = Secretariat
scope-global = Whole portal
scope-body = Body no. { $id }
scope-theme = Theme no. { $id }

field-name = Full name
field-email = E-mail address
field-password = Password
field-new-password = New password
field-password-confirm = Repeat the password
field-slug = Web address (slug)
field-acronym = Acronym
field-branch = Branch
field-parent = Parent institution
password-hint = At least 10 characters. A short sentence is easy to remember and hard to guess.
slug-hint = Lowercase Latin letters, digits and hyphens, e.g. ministry-of-digital-transition.
name-hint = Fill in at least one language. Languages left empty are shown as not yet translated.
no-parent = None
form-has-errors = Please correct the following:

register-title = Create an account
register-lead = With an account you can propose ideas, comment and follow the plan. We will send you an e-mail to confirm your address.
register-submit = Create my account
register-have-account = Already have an account?
register-check-title = Check your inbox
register-check-body = We have sent a message to the address you gave. Follow the link in it to confirm your address, then sign in. If nothing arrives within a few minutes, look in your spam folder.

verify-done-title = Address confirmed
verify-done-body = Thank you, your e-mail address is confirmed. You can now sign in.
verify-failed-title = This link cannot be used
verify-expired-body = This confirmation link has expired. Sign in with your e-mail and password and we will send you a new one.
verify-used-body = This confirmation link has already been used. If your address is confirmed, simply sign in.
verify-invalid-body = This confirmation link is not valid. Check that you copied the whole link from the e-mail.

login-title = Sign in
login-submit = Sign in
login-forgot = Forgot your password?
login-no-account = No account yet?
login-unverified-title = Confirm your e-mail address first
login-unverified-body = Your account is not confirmed yet. We have just sent you a new confirmation link; follow it, then sign in.

forgot-title = Reset your password
forgot-lead = Enter the e-mail address of your account. We will send you a link to choose a new password.
forgot-submit = Send the link
forgot-sent-title = Check your inbox
forgot-sent-body = If an account exists for this address, we have sent it a link to choose a new password. The link is valid for one hour.

reset-title = Choose a new password
reset-submit = Change my password
reset-failed-title = This link cannot be used
reset-expired-body = This password reset link has expired (links are valid for one hour). Ask for a new one.
reset-used-body = This password reset link has already been used. Ask for a new one if you need to.
reset-invalid-body = This password reset link is not valid. Check that you copied the whole link from the e-mail.
reset-done-title = Password changed
reset-done-body = Your password has been changed and you have been signed out everywhere. Sign in with your new password.

account-title = My account
account-roles = My roles
account-participant = You are a participant: you can propose, comment and follow.

admin-title = Back office
admin-nav-label = Back office navigation
admin-stat-users = accounts
admin-stat-institutions = institutions
admin-stat-mail = e-mails waiting to be sent
admin-users-title = Users and roles
admin-users-caption = All accounts, with their roles
admin-verified = Address confirmed
admin-roles = Roles
admin-role = Role
admin-scope = For
admin-revoke = Remove this role
admin-grant-title = Give a role
admin-grant-hint = Implementers are named for an institution; the secretariat, moderators and reviewers act on the whole portal.
admin-grant-submit = Give the role
admin-institutions-title = Institutions
admin-institutions-caption = All institutions
admin-institution-new = Add an institution
admin-institution-edit = Edit the institution
admin-actions = Actions
admin-edit = Edit
admin-view = View

notice-saved = Your changes have been saved.
notice-created = The new entry has been added.
notice-signed-out = You are signed out.
notice-role-granted = The role has been given.
notice-role-revoked = The role has been removed.
notice-password-changed = Your password has been changed.

error-email-required = Enter your e-mail address.
error-email-invalid = Enter an e-mail address in the form name@example.ma.
error-name-required = Enter a name.
error-name-invalid = The name contains characters that are not allowed.
error-text-too-long = This text is too long.
error-password-required = Enter a password.
error-password-too-short = The password must have at least 10 characters.
error-password-too-long = The password must have at most 200 characters.
error-password-weak = This password is too easy to guess. Choose a longer or less common one.
error-password-mismatch = The two passwords do not match.
error-slug-required = Enter a web address.
error-slug-invalid = Use only lowercase Latin letters, digits and single hyphens.
error-slug-taken = Another institution already uses this web address.
error-branch-invalid = Choose a branch.
error-parent-invalid = Choose an existing institution.
error-parent-cycle = An institution cannot be attached to itself or to one of its own bodies.
error-role-invalid = Choose a role.
error-scope-invalid = Choose what the role applies to.
error-scope-not-allowed = This role cannot be given for that scope. Implementers need an institution; other roles apply to the whole portal.
error-login-failed = The e-mail address or the password is not correct.
error-last-secretariat = This is the last secretariat role; give it to someone else before removing it.
error-status = Error code { $status }

error-not-found-title = Page not found
error-not-found-body = We could not find this page. It may have moved, or the address may be mistyped.
error-locale-unknown-title = Language not available
error-locale-unknown-body = This language is not available. Choose one of the following.
error-login-required-title = Sign in required
error-login-required-body = You need to sign in to see this page.
error-forbidden-title = Access refused
error-forbidden-body = Your account does not have the role needed for this page.
error-rate-limited-title = Too many attempts
error-rate-limited-body = There have been too many attempts. Please wait 15 minutes and try again.
error-payload-too-large-title = Too much data
error-payload-too-large-body = What you sent is too large. Shorten the text and try again.
error-csrf-rejected-title = The form has expired
error-csrf-rejected-body = For your security, this form can no longer be sent. Go back, reload the page and try again.
error-cross-origin-title = Request refused
error-cross-origin-body = This form was sent from another website, so it was refused for your security.
error-bad-request-title = Request not understood
error-bad-request-body = The request could not be understood. Go back and try again.
error-invalid-parameter-title = Invalid parameter
error-invalid-parameter-body = The parameter “{ $name }” is missing, empty, out of range or of the wrong type.
error-token-invalid-title = Invalid token
error-token-invalid-body = A valid personal API token is required: Authorization: Bearer <token>. A token stops working for good when it is revoked or its role is withdrawn.
error-method-not-allowed-title = Action not allowed here
error-method-not-allowed-body = This address does not accept this kind of request. Go back and use the page's links and buttons.
error-internal-title = Something went wrong
error-internal-body = An error occurred on our side. Nothing you entered has been half-saved; please try again in a moment.

mail-verify-subject = Confirm your e-mail address on Sharaka
mail-verify-body =
    Hello,

    To confirm your e-mail address and activate your Sharaka account, open this link:

    { $link }

    The link is valid for 48 hours. If you did not create an account, ignore this message.
mail-exists-subject = Someone tried to create an account with your address
mail-exists-body =
    Hello { $name },

    Someone, perhaps you, tried to create a Sharaka account with this e-mail address. You already have one.

    To sign in: { $login }
    If you forgot your password: { $reset }

    If it was not you, you can ignore this message; your account has not changed.
mail-reset-subject = Choose a new Sharaka password
mail-reset-body =
    Hello { $name },

    To choose a new password, open this link:

    { $link }

    The link is valid for one hour. If you did not ask for it, ignore this message; your password has not changed.

# Plans and commitments
nav-plans = Action plans
plans-title = Action plans
plans-lead = The open government action plans: their timeline, their commitments and how far each has come.
plans-empty = No action plan has been published yet.
plan-number = Plan no. { $number }
plan-commitment-count = Commitments: { $count }
plan-member = Member
plan-period = Period
plan-commitments = Commitments
plan-progress = Progress
plan-timeline = Timeline
plan-no-timeline = The phases of this plan have not been dated.
phase-open-now = Open now: { $phase }
phase-you-are-here = You are here
phase-preparation = Preparation
phase-co-creation = Co-creation
phase-drafting = Drafting
phase-consultation = Public consultation
phase-finalisation = Finalisation
phase-implementation = Implementation
phase-closed = Closed
theme-none = Other commitments
progress-percent = { $percent }%
progress-none = No progress reported yet
milestones-late = { $count } late
commitment-code = Code
commitment-title = Commitment
commitment-lead = Lead institution
commitment-supporting = Supporting institutions
commitment-status = Status
commitment-period = Period
commitment-values = OGP values
commitment-policy-areas = Policy areas
commitment-full-text = Full text as published
status-idea = Idea
status-draft = Draft
status-in-consultation = In consultation
status-adopted = Adopted
status-withdrawn = Withdrawn
status-merged = Merged into another
value-access-to-information = Access to information
value-civic-participation = Civic participation
value-public-accountability = Public accountability
value-technology-and-innovation = Technology and innovation
section-problem = The problem
section-causes = Its causes
section-status-quo = What has been done so far
section-solution = The proposed solution
section-results = Expected results
section-transparency = How it advances transparency
section-participation = How it advances participation
section-accountability = How it advances accountability
section-other-actors = Other actors involved
section-budget = Budget
section-contact = Contact
milestones-title = Milestones
milestones-none = No milestone has been set yet.
milestone-output = Expected output
milestone-responsible = Responsible
milestone-due = Due
milestone-status = Status
milestone-late = late
milestone-status-not-started = Not started
milestone-status-in-progress = In progress
milestone-status-completed = Completed
milestone-status-cancelled = Cancelled
indicators-title = Indicators
indicator-baseline = Baseline
indicator-target = Target
assessment-title = Independent assessment (IRM)
institution-led = Commitments it leads
institution-supported = Commitments it supports
ogp-attribution = Source: Open Government Partnership commitments data.
ogp-source-link = this commitment on the OGP website
date-unknown = not set
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# Quality checks
quality-title = Quality of the commitments
quality-lead = Each commitment checked against the OGP template: what is missing before it is ready, and what deserves a second look.
quality-ready = ready
quality-not-ready = not ready
quality-is-ready = Ready: nothing blocking remains.
quality-blocking = To complete
quality-advice = Worth a second look
quality-field-empty = not filled in
quality-field-untranslated = not yet translated
quality-no-milestones = at least one milestone is needed
quality-milestone-no-output = has no expected output
quality-milestone-vague = the output may not be verifiable: it describes an activity, not a deliverable
quality-milestone-no-dates = needs a start and a due date
quality-milestone-due-before-start = is due before it starts
quality-milestone-outside-plan = has dates outside the plan's period
quality-indicator-no-baseline = needs a dated baseline
quality-indicator-no-target = needs a dated target
quality-no-core-value = must advance access to information, civic participation or public accountability (technology alone does not count)
quality-no-lead = a lead institution is needed
quality-no-non-government-actor = at least one non-government actor is needed
quality-field-title = Title
quality-field-problem = The problem
quality-field-solution = The proposed solution
quality-field-results = Expected results
quality-field-milestone = Milestones
quality-field-values = OGP values
quality-field-lead = Lead institution
quality-field-actors = Actors
quality-item-milestone = Milestone { $n }
quality-item-indicator = Indicator { $n }

# Drafting and history
edit-commitment-title = Edit the commitment
edit-commitment-lead = Write each section in as many languages as you can; empty languages show as not yet translated. Every save is kept in the public history.
edit-adopted-locked = This commitment is adopted: its design is locked and only progress moves. The secretariat may change its status to reopen it.
edit-supporters-hint = Hold Ctrl (or Cmd) to choose several.
edit-starts-on = Start date
edit-ends-on = End date
template-title = Title
template-short-title = Short title
template-problem = The problem
template-causes = Its causes
template-status-quo = What has been done so far
template-solution = The proposed solution
template-results = Expected results
template-transparency = How it advances transparency
template-participation = How it advances participation
template-accountability = How it advances accountability
template-other-actors = Other actors involved
template-budget = Budget
template-contact = Contact
template-full-text = Full text as published
history-title = History of changes
history-empty = This commitment has not been changed since it was published.
history-from = From the version of
history-to = To the version of
history-compare = Compare
history-differences = Differences
history-no-differences = These two versions are the same.
history-added = added:
history-removed = removed:
history-versions = All versions
history-original = version as published
history-changed = { $count } field(s) changed
history-field-status = Status
history-field-lead = Lead institution
history-field-supporters = Supporting institutions
history-field-values = OGP values
history-field-period = Period
error-title-required = Give the commitment a title in at least one language.
error-institution-unknown = Choose an institution from the list.
error-date-invalid = Enter a date such as 2026-03-31.
error-due-before-start = The end date must come after the start date.
error-date-outside-plan = These dates fall outside the plan's period.
error-status-invalid = Choose a status from the list.

# Milestones
milestone-form-title = Milestone
milestone-add = Add a milestone
milestone-output-hint = A verifiable deliverable: something published, adopted or launched, with a number where you can.
milestone-percent = Percent done
milestone-percent-hint = From 0 to 100. A completed milestone counts as 100.
error-output-required = Describe the expected output in at least one language.
error-due-required = Give a due date.
error-percent-invalid = Enter a whole number from 0 to 100.

# Plans in the back office
admin-plans-title = Action plans
admin-plan-new = New action plan
admin-plan-edit = Edit the action plan
admin-plan-number = Plan number
admin-phases-hint = Give each phase a start date; leave the end empty to run until the next phase. Phases must follow the cycle's order.
admin-commitment-new = New commitment
admin-code-hint = Unique across all plans, e.g. MO0060.
admin-theme = Theme
admin-theme-new = Add a theme
error-code-required = Give the commitment a code.
error-code-invalid = Use Latin letters, digits and hyphens only (at most 20).
error-code-taken = Another commitment already has this code.
error-theme-invalid = Choose a theme of this plan.
error-member-required = Name the OGP member (country or locality).
error-plan-number-invalid = Enter a plan number from 1 to 100.
error-phase-start-required = A phase with an end date needs a start date.
error-phase-ends-before-start = A phase ends before it starts.
error-phase-out-of-order = The phases must follow the cycle's order.
error-phase-duplicate = A phase appears twice.
error-plan-slug-taken = Another plan already uses this web address.

# Indicators
indicator-form-title = Indicator
indicator-add = Add an indicator
indicator-name = Name
indicator-unit = Unit
indicator-value = Value
indicator-date = Date
error-indicator-name-required = Name the indicator in at least one language.
error-unit-required = Give the unit (%, number of people, days…).
error-value-required = A dated measurement needs a value.
error-target-before-baseline = The target must come after the baseline.

# The forum: bodies, seats and memberships
nav-forum = Forum
nav-meetings = Meetings
nav-documents = Documents
none = None
create = Create
forum-title = Multi-stakeholder forum
forum-intro = The forum brings government and civil society together to co-create and follow the action plan. Here are its bodies, who sits on them and for which institution.
forum-empty = No forum body has been set up yet.
forum-member-count = { $count ->
    [one] one member
   *[other] { $count } members
}
forum-members = Members
forum-no-members = No members yet.
forum-since = since
forum-former-members = Former members
forum-sub-bodies = Sub-commissions and committees
forum-balance = Government and non-government balance
forum-balance-missing = OGP requires both government and non-government members in the forum; this body has only one side.
forum-by-sector = Members by sector
forum-popolo-download = Download the forum register (Popolo JSON)
side-government = government
side-non-government = non-government
side-partner = international partners
body-kind-steering-committee = Steering committee
body-kind-sub-commission = Sub-commission
body-kind-drafting-committee = Drafting committee
seat-chair = Chair
seat-co-chair = Co-chair
seat-member = Member
seat-observer = Observer
field-body-kind = Kind of body
field-body-name = Name of the body
field-body-parent = Part of
field-body-themes = Plan themes it drafts
body-themes-hint = Members of this body may draft the commitments of these themes.
field-person = Person
field-person-name = Full name
field-email-public = Show this address publicly (otherwise it stays private)
person-email-hint = Optional. If the person has an account with this address, their seat gives them drafting rights.
field-seat = Seat
field-on-behalf-of = On behalf of
field-starts-on = Start date
field-ends-on = End date
field-membership-dates = Dates
admin-forum-title = Forum bodies
admin-body-new = New body
admin-body-settings = Settings of the body
admin-add-member = Add a member
admin-new-person = A new person (fill in below)
admin-end-membership = End the membership
admin-view-public = See the public page
error-body-kind-invalid = Choose the kind of body.
error-body-name-required = Name the body in at least one language.
error-body-slug-taken = Another body already uses this web address.
error-steering-committee-has-no-parent = A steering committee is not part of another body.
error-reference-invalid = This choice is not valid.
error-person-name-invalid = Enter the person's name (at most 200 characters).
error-seat-invalid = Choose a seat.
error-membership-ends-before-start = A membership cannot end before it starts.
error-seat-taken = This seat already has a holder for these dates. End the current membership first.
error-person-unknown = This person is not in the register.
error-body-unknown = This body does not exist.
error-theme-unknown = One of the themes does not exist.

# Meetings and workshops
meetings-title = Meetings and workshops
meetings-feed-name = Open government forum meetings
meetings-subscribe = Add the meetings to your calendar (iCalendar)
meetings-upcoming = Upcoming
meetings-past = Past
meetings-none-upcoming = No meeting is planned yet.
meetings-none-past = No meeting has been held yet.
meeting-kind-forum-meeting = Forum meeting
meeting-kind-workshop = Workshop
meeting-kind-outreach = Outreach activity
meeting-kind-consultation-session = Consultation session
meeting-kind-implementation-review = Implementation review
meeting-online = online
meeting-attendance = Attendance
meeting-no-attendance = Attendance has not been recorded.
meeting-members-present = { $count ->
    [one] One forum member present:
   *[other] { $count } forum members present:
}
meeting-outside-total = { $count ->
    [one] One other participant, by sector
   *[other] { $count } other participants, by sector
}
meeting-outside-legend = Other participants (not forum members), by sector
meeting-participants = Participants
meeting-no-minutes = The minutes have not been published yet.
field-meeting-kind = Kind of meeting
field-meeting-when = When
field-meeting-body = Body
field-meeting-place = Place
field-meeting-online = Online link
field-meeting-agenda = Agenda
field-meeting-minutes = Minutes
field-start-date = Start date
field-start-time = Start time
field-end-date = End date
field-end-time = End time
end-date-hint = Leave empty if the meeting ends on the day it starts.
field-time-zone = Time zone
time-zone-hint = An IANA time zone name, e.g. Africa/Casablanca.
admin-meetings-title = Meetings
admin-meeting-new = New meeting
admin-meeting-edit = Edit the meeting
error-meeting-kind-invalid = Choose the kind of meeting.
error-meeting-title-required = Give the meeting a title in at least one language.
error-time-zone-invalid = This is not a known time zone. Use a name such as Africa/Casablanca.
error-time-invalid = Enter a time as hours and minutes, e.g. 09:30.
error-meeting-ends-before-start = The meeting ends before it starts.
error-link-invalid = Enter a full web address starting with https:// or http://.
error-count-invalid = Enter a whole number of participants.
error-meeting-unknown = This meeting does not exist.

# Recommendations
recommendations-title = Recommendations and decisions
recommendations-none = No recommendation has been recorded for this meeting.
recommendation-status-open = Open
recommendation-status-accepted = Accepted
recommendation-status-implemented = Implemented
recommendation-status-not-retained = Not retained
recommendation-reason = Reason
recommendation-commitments = Commitments concerned
recommendation-commitments-hint = Commitment codes separated by commas, e.g. MO0012, MO0014.
commitment-recommendations = Forum recommendations that shaped this commitment
field-recommendation = Recommendation
field-status = Status
admin-recommendation-new = New recommendation
admin-recommendation-add = Record the recommendation
error-recommendation-status-invalid = Choose a status.
error-recommendation-text-required = Write the recommendation in at least one language.
error-recommendation-reason-required = Say why the recommendation was not retained.
error-commitment-unknown = No commitment has this code.

# The document repository
documents-title = Document repository
documents-intro = Everything the process produces: action plans, minutes, self-assessments, review reports, evidence and the rules of participation.
documents-count = { $count ->
    [0] No document.
    [one] One document.
   *[other] { $count } documents.
}
document-external-link = external link
document-kind-action-plan = Action plan
document-kind-minutes = Minutes
document-kind-self-assessment = Self-assessment
document-kind-review-report = Review report
document-kind-evidence = Evidence
document-kind-rules-of-participation = Rules of participation
field-document-kind = Type
field-language = Language
language-hint = The language of the document, e.g. ar, fr, zgh, en.
field-year = Year
field-published-on = Date
field-document-meeting = Meeting
field-document-body = Body
field-file = File
file-hint = PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, CSV or text; at most { $megabytes } MB.
field-url = Web address
filter-all = All
filter-apply = Filter
filter-clear = Show all
admin-documents-title = Documents
admin-document-upload = Upload a document
admin-document-link = Register a link
error-document-kind-invalid = Choose the type of document.
error-document-title-required = Give the document a title in at least one language.
error-language-invalid = Choose the document's language from the list.
error-date-required = Enter the date.
error-file-required = Choose a file to upload.
error-file-empty = The file is empty.
error-file-too-large = The file is too large. Upload a smaller file or register a link instead.
error-file-storage-unavailable = The file storage cannot be reached and nothing was saved. Try again later or register a link instead.
error-file-name-invalid = The file name must have a name and an extension, e.g. minutes.pdf.
error-file-executable = Programs and scripts cannot be uploaded.
error-file-type-not-accepted = This type of file is not accepted.
error-file-type-mismatch = The file's content does not match its extension. Check that you chose the right file.

# Corrections to the register
meeting-status-scheduled = Scheduled
meeting-status-cancelled = Cancelled
field-meeting-status = Status of the meeting
meeting-cancelled-notice = This meeting has been cancelled. It stays in the record.
error-meeting-status-invalid = Choose whether the meeting takes place.
error-gone-title = No longer available
error-gone-body = This document has been withdrawn. The repository says why.
document-withdrawn = Withdrawn
admin-document-withdraw = Withdraw a document
admin-document-withdraw-hint = A withdrawn document stays listed with your reason; its file is no longer downloadable.
field-withdraw-reason = Public reason for the withdrawal
error-withdraw-reason-required = Give the public reason for the withdrawal (at most 2,000 characters).
admin-person-edit = Correct a person's details

# Co-creation: proposals, supports and comments
proposals-title = Proposals for the action plan
proposals-intro = While the plan is being co-created, anyone with an account can propose an idea for a commitment under one of its themes, support the ideas of others and discuss them. Every contribution will get a reasoned response.
proposals-new = Propose an idea
field-proposal-title = Your idea in one sentence
field-proposal-body = What problem it solves and what should be done
proposal-body-hint = At most 5,000 characters and two web links.
proposals-submit = Send the proposal
proposals-sign-in = Sign in to take part
proposals-none = No proposal under this theme yet.
proposal-supports = { $count ->
    [0] No support yet
    [one] One person supports it
   *[other] { $count } people support it
}
proposal-support = Support this proposal
proposal-supported = You support this proposal.
proposal-comments = Discussion
proposal-no-comments = No comment yet.
pager-label = Pages
pager-position = Page { $page } of { $pages }
pager-first = First page
pager-previous = Previous page
pager-next = Next page
pager-last = Last page
proposal-comment = Your comment
proposal-comment-submit = Send the comment
plan-proposals-link = Proposals of the co-creation
account-contributions-link = My contributions and what happened to them
my-contributions-title = My contributions
my-contributions-intro = Everything you proposed or commented, and what became of it.
my-contributions-none = You have not contributed yet.
my-contributions-comment-on = Comment on a proposal
my-contributions-awaiting = Awaiting the secretariat's response.
contribution-kind-proposal = Proposal
contribution-kind-comment = Comment
error-co-creation-closed = Proposals are taken only while the plan is in its co-creation phase.
error-submission-refused = This submission was refused. If you are a person, reload the page and send it again.
error-too-many-links = At most two web links, please.
error-proposal-title-required = Say your idea in one sentence.
error-proposal-body-required = Explain the problem and what should be done.
error-comment-body-required = Write your comment.
error-proposal-unknown = This proposal does not exist.
error-contribution-kind-invalid = This kind of contribution is not known.

# Inputs recorded from meetings
contribution-kind-meeting-input = Idea from a meeting
proposal-from-meeting = Recorded at the meeting:
admin-meeting-input-new = Record an idea raised at this meeting
admin-meeting-input-hint = It is listed with the plan's proposals, can be supported and discussed, and will get a reasoned response like the others.
admin-meeting-input-add = Record the idea
field-input-theme = Plan and theme

## Public consultation on the frozen draft
consultation-title = Public consultation on the draft plan
consultation-open = Open
consultation-closed = Closed
consultation-upcoming = Coming
consultation-open-until = Comments are welcome until { $date }.
consultation-closed-on = The consultation closed on { $date }.
consultation-opens-on = The consultation opens on { $date }.
consultation-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
consultation-frozen-on = text frozen on { $date }
consultation-how = This is the draft as it stood when the consultation opened; it will not change under your comments. Comment on the whole plan, on a commitment, on a section or on one paragraph: choose "Comment on this paragraph" under the text, or pick the place in the form at the bottom of the page.
consultation-report-link = Consultation report
consultation-comment-count = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
consultation-comment-commitment = Comment on this commitment
consultation-comment-paragraph = Comment on paragraph { $number }
consultation-paragraph = paragraph { $number }
consultation-whole-plan = The whole plan
consultation-on-whole-plan = Comments on the whole plan
consultation-your-comment = Your comment
consultation-place = What your comment is about
consultation-place-hint = The plan, a commitment, a section or one paragraph of the frozen text.
consultation-commenting-on = You are commenting on:
consultation-submit = Send the comment
consultation-reply = Reply
consultation-reply-label = Your reply
consultation-reply-submit = Send the reply
consultation-closed-note = The consultation is closed: comments are no longer taken. Every contribution gets a reasoned response, published here and in the consultation report.
consultation-not-open-note = The consultation has not opened yet.
field-opens_on = Opens on
field-closes_on = Closes on
field-code = Code

## Contributions, responses, moderation
contribution-hidden = Hidden by a moderator:
contribution-pending = Waiting for a moderator before it is public
my-contributions-see = See it in context
response-heading = Response
response-status = Response
response-status-adopted = Adopted
response-status-partly-adopted = Partly adopted
response-status-merged = Merged into a commitment
response-status-not-adopted = Not adopted
response-status-out-of-scope = Out of scope
response-merged-into = Merged into { $code }
response-revision-link = See the change it caused
response-draft = draft, not yet public
response-published = published
response-none = no response yet
response-justification = Justification
response-merged-into-field = Merged into commitment (code)
response-merged-into-hint = For "merged": the code of a commitment of this plan, e.g. MO0048.
response-revision = The revision it caused
response-revision-none = None
response-save-draft = Save the draft response
response-publish = Publish the response
response-publish-hint = Publishing makes the response public and sends it to the author by e-mail.
flag-summary = Report
flag-reason = Why should a moderator look at this?
flag-submit = Send the report
notice-flagged = Thank you: a moderator will look at it.
notice-pending = Your contribution has been received. As it is your first, a moderator will check it before it is public.
notice-published = The response has been published and the author informed.
notice-adopted = The final plan has been adopted.
mail-response-subject = Your contribution has received a response
mail-response-body =
    Hello { $name },

    Your contribution "{ $contribution }" has received a response: { $status }.

    { $justification }

    See all your contributions and their responses:
    { $link }

## Adoption of the final plan
adoption-heading = Adoption of the final plan
adoption-done = The final plan was adopted on { $date }.
adoption-override = { $count ->
    [one] It was adopted while { $count } contribution had no published response.
   *[other] It was adopted while { $count } contributions had no published response.
}
adoption-override-reason = Reason given by the secretariat:
adoption-unanswered = { $count ->
    [0] Every contribution has a published response.
    [one] { $count } contribution has no published response yet.
   *[other] { $count } contributions have no published response yet.
}
adoption-override-label = Reason to adopt anyway (shown publicly)
adoption-override-hint = OGP asks for a reasoned response to every contribution before the plan is final. Adopting without one is recorded in the audit log and shown on the plan's public page with this reason.
adoption-submit = Adopt the final plan

## Consultation report
report-title = Consultation report
report-intro = Every contribution received while the plan was co-created and consulted on, through which channel, and the response it got.
report-csv = Download as CSV
report-consultations = Consultations
report-summary = In numbers
report-total = { $count ->
    [one] { $count } contribution
   *[other] { $count } contributions
}
report-contributors = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
report-by-channel = By channel
report-by-theme = By theme
report-by-response = By response
report-channel-online = On the portal
report-channel-meeting = At a meeting
report-awaiting = Awaiting a response
report-group = Group
report-count = Number
report-kind = Kind
report-theme = Theme
report-contribution = Contribution
report-no-theme = Whole plan
report-none = Nothing yet.
report-profiles = Who took part
report-profiles-note = From the profiles participants chose to fill in. Groups of fewer than 5 people are counted together so that nobody can be singled out.
report-small-groups = Smaller groups (fewer than 5 each)
report-not-given = Not given
report-every-contribution = Every contribution and its response

## Voluntary profile
profile-title = Your profile (optional)
profile-intro = Telling us your sector, gender and region helps show who took part. It is only ever published as totals, never with your name. Every field may stay empty.
profile-sector = Sector
profile-gender = Gender
profile-region = Region
profile-region-hint = For example: Rabat-Salé-Kénitra.
profile-not-given = I prefer not to say
profile-save = Save the profile
sector-civil-society = Civil society
sector-government = Government
sector-private-sector = Private sector
sector-academia = Academia
sector-media = Media
sector-citizen = Citizen
sector-other = Other
gender-woman = Woman
gender-man = Man
gender-other = Other

## Back office: consultation, responses, moderation, audit
admin-consultations-title = Consultations
admin-consultation-open = Open a consultation
admin-consultation-freeze-note = Opening freezes the draft as it stands now: { $count } commitments with their sections and milestones. Comments stay attached to this frozen copy.
admin-consultation-min = A consultation lasts at least { $count } days; once open, it cannot be shortened below that.
admin-consultation-open-submit = Freeze the draft and open the consultation
admin-consultations-existing = Consultations of this plan
admin-consultations-none = No consultation yet.
admin-consultation-change = Change the dates
admin-contributions-title = Contributions and responses
admin-contributions-all = All contributions
admin-contributions-unanswered = Contributions without a published response
admin-respond-title = Respond to a contribution
admin-respond-place = About:
merge-heading = Merge into a new draft commitment
merge-intro = Creates a draft commitment under this proposal's theme, titled after it, and drafts the response "merged into" it.
merge-submit = Create the draft commitment
merge-justification = This proposal has been merged into the draft commitment { $code }.
admin-moderation-title = Moderation
admin-moderation-intro = Contributions reported by participants, and first contributions waiting for a check. Hiding keeps a public tombstone with your reason; nothing is deleted.
admin-moderation-empty = Nothing is waiting for moderation.
admin-moderation-queue = Open the moderation queue
admin-moderation-flags = { $count ->
    [one] Reported once
   *[other] Reported { $count } times
}
admin-moderation-approve = Publish it
admin-moderation-reason = Public reason for hiding it
admin-moderation-hide = Hide it
admin-audit-title = Audit log
admin-audit-intact = The chain of { $count } entries is intact.
admin-audit-broken = The chain is broken at entry { $id }: an entry was changed or removed.
admin-audit-when = When
admin-audit-who = Who
admin-audit-what = What
admin-audit-detail = Detail

## Errors of the consultation
error-paragraph-unknown = This place does not exist in the frozen text. Choose a paragraph from the list.
error-reply-unknown = The comment you reply to does not exist in this consultation.
error-consultation-not-open-yet = The consultation has not opened yet.
error-consultation-closed = The consultation is closed: comments are no longer taken.
error-consultation-start-fixed = The consultation has started: its opening date cannot change.
error-consultation-close-before-today = An open consultation cannot close before today.
error-consultation-ends-before-start = The closing date must come after the opening date.
error-consultation-too-short = The consultation is too short: it must last at least { $days } days.
error-consultation-unknown = This consultation does not exist.
error-consultation-nothing-to-freeze = The plan has no commitment yet: there is no draft to consult on.
error-response-status-invalid = Choose a response.
error-merged-into-required = Give the code of the commitment it was merged into.
error-justification-required = Explain the response in at least one language.
error-revision-unknown = This revision does not exist.
error-response-missing = Draft a response before publishing it.
error-response-already-published = This response is already published.
error-contributions-unanswered = Some contributions have no published response. Publish them, or give a reason to adopt anyway.
error-plan-already-adopted = This plan has already been adopted.
error-consultation-ends-in-past = A consultation cannot end in the past: choose a closing date from today on.
error-consultation-overlaps = Another consultation on this plan covers some of these dates. Choose dates after it closes.
error-adoption-no-commitments = This plan has no commitment yet: it cannot be adopted.
error-adoption-consultation-open = A consultation on this plan is still taking comments: adopt it once the consultation has closed.
error-adoption-before-consultation = The draft of this plan has not been through a public consultation yet: hold one before adopting the plan.
error-hide-reason-required = Give the public reason for hiding it (at most 500 characters).
error-sector-invalid = Choose a sector from the list.
error-gender-invalid = Choose from the list.

## Implementation: progress, evidence, measurements, review
admin-implementation-title = Implementation
admin-implementation-intro = Report progress on the milestones your institution is responsible for, with proof, and add indicator measurements. Late milestones come first.
admin-implementation-milestones = Milestones you report on
admin-implementation-none = No milestone is assigned to an institution you report for.
admin-progress-title = Report progress
admin-progress-report = Report progress
admin-progress-submit = Save the progress report
admin-measure-title = Add a measurement
admin-measure-add = Add a measurement
admin-review-title = Waiting for review
admin-review-empty = Nothing is waiting for review.
admin-review-approve = Publish
admin-review-reject = Reject
progress-narrative = What was done
progress-reason = Why the percent went down
progress-reason-hint = Needed only when the percent is lower than before.
progress-reported-on = Date of the report
progress-links = Evidence: web links
progress-links-hint = One link per line, starting with https:// or http://.
progress-documents = Evidence: documents of the repository
progress-evidence = Evidence:
progress-history = Progress reports
progress-reported = Last report
evidence-document = Document no. { $id }
measure-value = Value (in { $unit })
measure-date = Date of the measurement
measure-source = Source
review-published = published
review-pending = waiting for review
review-rejected = rejected
notice-submitted-for-review = Your report has been received; it will be public once the secretariat has reviewed it.
notice-token-created = The token has been created.
mail-reminder-due-subject = { $code }: a milestone is due on { $due }
mail-reminder-due-body =
    Hello { $name },

    The milestone "{ $milestone }" of commitment { $code } is due on { $due }.

    Please report its progress, with evidence, here:
    { $link }
mail-reminder-late-subject = { $code }: a milestone is late
mail-reminder-late-body =
    Hello { $name },

    The milestone "{ $milestone }" of commitment { $code } was due on { $due } and is not reported as completed. It now shows as late on the public dashboard.

    Please report where it stands, with evidence, here:
    { $link }

## Dashboard
dashboard-title = Implementation dashboard
dashboard-intro = Where the plan stands, computed from the milestones' reported progress: a commitment counts the mean of its milestones, a theme and the plan the mean of their commitments.
dashboard-by-theme = Progress by theme
dashboard-by-theme-desc = Mean progress of each theme's commitments, in percent.
dashboard-by-institution = Progress by lead institution
dashboard-by-institution-desc = Mean progress of the commitments each institution leads, in percent.
dashboard-by-branch = Progress by branch of the state
dashboard-by-branch-desc = The open state view: mean progress of commitments led by the executive, parliament, the judiciary and independent bodies, in percent.
dashboard-statuses = Milestones by status
dashboard-statuses-desc = How many milestones are not started, in progress, completed, cancelled or late.
dashboard-timeline = Milestone timeline
dashboard-timeline-desc = Each milestone from its start to its due date, with today marked.
dashboard-today = today
dashboard-indicator-desc = Measurements over time in { $unit }, against the baseline and the target.
dashboard-measurement = Measurement
dashboard-data-table = The data as a table
dashboard-column-group = Group
dashboard-column-progress = Progress
dashboard-column-count = Number
dashboard-column-start = Start
dashboard-column-what = What
dashboard-column-date = Date
dashboard-none = Not set
dashboard-state-done = completed
dashboard-state-late = late
dashboard-state-cancelled = cancelled
dashboard-state-open = under way
dashboard-late = { $count ->
    [0] Late milestones
    [one] { $count } late milestone
   *[other] { $count } late milestones
}
dashboard-late-none = No milestone is late.
dashboard-upcoming = Coming deadlines
dashboard-upcoming-none = No deadline in the coming weeks.
dashboard-completion = Completion: reported and assessed
dashboard-completion-intro = How many commitments reach each level of completion, as the implementers report it and as the Independent Reporting Mechanism (IRM) assessed it.
dashboard-self-reported = Reported by the implementers
dashboard-irm = Assessed by the IRM
commitment-completion = Completion

## Independent assessment (IRM levels, exact words)
admin-assessment-title = Record an IRM assessment
irm-scale-current = Current IRM scale
irm-scale-legacy = Legacy IRM scale
irm-verifiable = Verifiable
irm-relevance = Relevance (open government lens)
irm-potential-for-results = Potential for results
irm-completion = Completion
irm-early-results = Early results
irm-did-it-open-government = Did it open government?
irm-specificity = Specificity
irm-potential-impact = Potential impact
irm-level-verifiable = Verifiable
irm-level-not-verifiable = Not verifiable
irm-level-yes = Yes
irm-level-no = No
irm-level-unclear = Unclear
irm-level-modest = Modest
irm-level-substantial = Substantial
irm-level-no-evidence-available = No evidence available
irm-level-not-started = Not started
irm-level-limited = Limited
irm-level-complete = Complete
irm-level-no-notable-results = No notable results
irm-level-moderate = Moderate
irm-level-significant = Significant
irm-level-outstanding = Outstanding
irm-level-worsened = Worsened
irm-level-did-not-change = Did not change
irm-level-marginal = Marginal
irm-level-major = Major
irm-level-none = None
irm-level-low = Low
irm-level-medium = Medium
irm-level-high = High
irm-level-minor = Minor
irm-level-transformative = Transformative
irm-not-assessed = Not assessed
irm-assessed-on = Date of the assessment
irm-report-url = IRM report
irm-submit = Save the assessment
irm-earlier = Earlier assessments
irm-none = Not assessed yet

## Self-assessment report
self-assessment-title = Self-assessment report
self-assessment-generated = Generated from the portal on { $date }.
self-assessment-print = Use your browser's print command to print it or save it as PDF.
indicator-latest = Latest measurement

## Personal API tokens
tokens-title = API tokens
tokens-intro = A personal token lets your ministry's systems report progress and measurements through the API (see /api/openapi.json). A token acts only for the institution you choose, and only while you report for it. Only a fingerprint of it is kept.
tokens-new = Create a token
tokens-name = Name
tokens-name-hint = What it is for, for example "Statistics system".
tokens-institution = Acts for
tokens-create = Create the token
tokens-created = Your new token:
tokens-created-once = Copy it now: it will not be shown again.
tokens-mine = Your tokens
tokens-none = No token yet.
tokens-last-used = Last used
tokens-revoke = Revoke
tokens-revoked = revoked
tokens-no-institution = Tokens are for implementers: you do not report for an institution.

## Errors of implementation tracking
error-percent-backwards-needs-reason = The percent is lower than before: say why.
error-narrative-required = Describe what was done, in at least one language.
error-date-in-future = The date cannot be in the future.
error-evidence-link-invalid = Each evidence link must be a web address starting with https:// or http://.
error-document-unknown = This document is not in the repository.
error-evidence-too-many = At most 10 pieces of evidence per report.
error-value-not-number = The value must be a number, like the baseline and the target.
error-unit-mismatch = This indicator is measured in another unit: give the value in the indicator's unit.
error-level-invalid = Choose the levels from the lists: they are the IRM's exact levels.
error-levels-required = Choose at least one level.
error-scale-invalid = Choose the current or the legacy scale.
error-token-name-required = Give the token a name (at most 80 characters).
error-token-institution-invalid = Choose an institution you report for.

## Compliance with the OGP Participation and Co-Creation Standards
compliance-title = OGP standards: minimum requirements
compliance-intro = The minimum requirements of OGP's Participation and Co-Creation Standards (2021), checked against what this portal records: the forum, its meetings, the document repository, the timeline, the contributions and their responses. Each shows the evidence that decides it.
compliance-summary = { $count ->
    [one] { $count } of 8 requirements met
   *[other] { $count } of 8 requirements met
}
compliance-outcome-met = Met
compliance-outcome-not-met = Not met
compliance-outcome-not-yet = Not due yet
compliance-missing = What is missing:
compliance-evidence = Evidence:
compliance-forum = A multi-stakeholder forum
compliance-forum-rule = The forum includes government and non-government members, has public rules of participation, and never goes more than six months between meetings.
compliance-forum-missing = Check that the steering committee has both government and non-government members, that its rules of participation are in the document repository, and that it has met in the last six months.
compliance-website = An OGP website
compliance-website-rule = A public website where the OGP process is published: this portal.
compliance-website-missing = Nothing.
compliance-repository = A document repository kept up to date
compliance-repository-rule = The repository gets at least two dated updates in any twelve months.
compliance-repository-missing = Fewer than two documents were added in the last twelve months.
compliance-timeline = A published co-creation timeline
compliance-timeline-rule = The co-creation timeline is published at least 14 days before co-creation starts.
compliance-timeline-missing = The plan's co-creation phase has no date, or the plan was published less than 14 days before it started.
compliance-outreach = Outreach
compliance-outreach-rule = At least one outreach activity before or during co-creation.
compliance-outreach-missing = No outreach meeting is recorded before or during co-creation.
compliance-input-channel = An input channel
compliance-input-channel-rule = Anyone can send input during co-creation: the portal's proposal form is open for the whole phase.
compliance-input-channel-missing = Give the plan a co-creation phase with dates.
compliance-responses = A reasoned response to every contribution
compliance-responses-rule = Every contribution has a published reasoned response before the plan is final.
compliance-responses-missing = Some contributions have no published response, or the plan was adopted over unanswered contributions.
compliance-implementation-meetings = Meetings during implementation
compliance-implementation-meetings-rule = At least two meetings with civil society during implementation.
compliance-implementation-meetings-missing = Fewer than two meetings with civil society are recorded during the implementation phase.

## Atom feeds
feed-follow = Follow (Atom feed)
feed-meetings = Forum meetings
feed-consultations = Public consultations

## Open data
open-data-title = Open data
open-data-intro = Everything this portal publishes, to download and reuse: the commitments in the columns of OGP's commitments data, the whole instance as JSON, the forum as Popolo, and a JSON API.
open-data-licence = Licence: Creative Commons Attribution 4.0 International (CC BY 4.0). Cite the portal as the source.
open-data-commitments = Commitments (XLSX, CSV)
open-data-commitments-text = { $count ->
    [one] { $count } commitment, one per row, in the columns of OGP's commitments data; imported rows keep OGP's values.
   *[other] { $count } commitments, one per row, in the columns of OGP's commitments data; imported rows keep OGP's values.
}
open-data-instance = The whole instance (JSON)
open-data-instance-text = Institutions, plans with their phases and themes, commitments with their texts in every language, milestones and indicators: what `sharaka export json` writes, valid against its JSON Schema.
open-data-schema = JSON Schema
open-data-forum = The forum (Popolo)
open-data-forum-text = People, bodies, seats, memberships and meetings in the Popolo standard. E-mail addresses appear only where people made theirs public.
open-data-api = JSON API
open-data-api-text = Plans, commitments, institutions and the contributions with their responses, described in an OpenAPI document.
open-data-dictionary = Field dictionary
open-data-dictionary-intro = The columns of the commitments download that Sharaka fills. The other columns (policy areas, IRM assessments) follow OGP's data.
open-data-column = Column
open-data-meaning = Meaning
open-data-field-code = The commitment's code, as OGP numbers it (e.g. MO0050).
open-data-field-member = The OGP member: country or locality.
open-data-field-plan-number = The action plan's number for that member (1, 2, 3…).
open-data-field-plan-id = OGP's identifier of the plan (e.g. AP_MAR02).
open-data-field-number = The commitment's number within its plan.
open-data-field-title = The commitment's title (English, else French, when not imported).
open-data-field-short-title = Its short title.
open-data-field-full-text = The full text of the commitment as published.
open-data-field-start = Start date, month/day/year as in OGP's data.
open-data-field-end = End date, month/day/year.
open-data-field-url = The commitment's page at OGP, when known.
open-data-field-policy-area = One column per OGP policy area: 1 when the commitment concerns it.
nav-open-data = Open data

## Search
nav-search = Search
search-title = Search
search-label = Words to find
search-kind = What
search-plan = Plan
search-all = All
search-submit = Search
search-count = { $count ->
    [0] No result
    [one] { $count } result
   *[other] { $count } results
}
search-no-words = Type one or more words: punctuation and symbols are not searched.
search-filters = Narrow the search
search-more = More than { $count } results
search-page-range = Results { $from } to { $to }
search-none = Nothing matches every word. Try fewer or shorter words: vowels, accents and letter forms do not matter.
search-kind-plan = Plan
search-kind-commitment = Commitment
search-kind-milestone = Milestone
search-kind-meeting = Meeting
search-kind-document = Document
search-kind-comment = Contribution

## News and the communication plan
nav-news = News
news-title = News
news-none = No news yet.
admin-news-title = News and communication
admin-news-new = Write a news post
admin-news-edit = Correct the news post
admin-news-save = Publish
news-field-title = Title
news-field-body = Text
news-field-date = Publication date
news-field-date-hint = A post dated in the future appears on that day.
communication-title = Communication plan
communication-none = No communication action is planned yet.
communication-date = Date
communication-action = Action
communication-audience = For whom
communication-channel = Channel
communication-status = Status
communication-add = Add the action
communication-save = Save
channel-website = Website
channel-social-media = Social media
channel-press = Press
channel-radio-tv = Radio and television
channel-event = Event
channel-email = E-mail
channel-other = Other
action-status-planned = Planned
action-status-done = Done
action-status-cancelled = Cancelled
search-kind-theme = Theme
search-kind-institution = Institution
search-kind-body = Forum body
search-kind-member = Forum member
search-kind-news = News
error-news-body-required = Write the text in at least one language.
error-audience-required = Say whom the action is for, in at least one language.
error-channel-invalid = Choose a channel from the list.
error-action-status-invalid = Choose a status from the list.
error-news-title-required = Give the news post a title in at least one language.
error-action-title-required = Name the action in at least one language.

## Following by e-mail
follow-title = What I follow
follow-intro = You receive an e-mail when something happens on what you follow: progress reports, consultations, the adoption of the plan. Every e-mail has a link to stop at once.
follow-none = You follow nothing yet. Follow a plan, a theme or a commitment from its page.
follow-what = What
follow-frequency = How often
follow-stop = Stop following
follow-by-mail = Follow by e-mail:
follow-submit = Follow
follow-frequency-immediate = as it happens
follow-frequency-weekly = once a week
follow-kind-plan = Plan
follow-kind-theme = Theme
follow-kind-commitment = Commitment
notice-following = You follow it now. You can stop from "What I follow" or from any e-mail.
unsubscribe-title = Stop these e-mails
unsubscribe-question = Stop receiving e-mails about this? You do not need to sign in.
unsubscribe-submit = Stop the e-mails
unsubscribe-done = Done: you will no longer receive these e-mails.
unsubscribe-unknown = There is nothing to stop with this link: you may have stopped these e-mails already.
mail-follow-subject = { $count ->
    [one] News of what you follow
   *[other] { $count } pieces of news of what you follow
}
mail-follow-body =
    Hello { $name },

    { $news }

    To stop these e-mails, open this link:
    { $unsubscribe }

## Printable plan
print-title = Printable plan
print-hint = This page holds the whole plan, laid out for paper: use your browser's Print command, or download the PDF, typeset with fonts for Arabic, Tifinagh and Latin scripts.
print-pdf = Download the PDF
print-contents = Contents
print-page = Page
print-source = Printed from { $url } on { $date }.

## Linked portals and embeds
notice-deleted = Deleted.
admin-portals-title = Linked portals
admin-portals-intro = Register the country's other open government sites: access to information, open data, budget, complaints, e-participation. Commitments can then link to them, and the public page shows whether each one is up and still publishing.
admin-portals-checks-off = Checks are off on this server: set SHARAKA_PORTAL_CHECKS=true to have it visit each portal and its feed once a day.
admin-portals-new = Register a portal
admin-portals-edit = Correct a portal
admin-portals-save = Save the portal
admin-portals-check = Check now
admin-portals-delete = Delete
portal-field-kind = Kind of portal
portal-field-kind-choose = Choose a kind
portal-field-name = Name
portal-field-description = What people find there
portal-field-url = Web address
portal-field-feed = Address of its news feed (Atom or RSS), optional
portal-field-feed-hint = With a feed, the check also tells when the portal last published something.
portal-kind-access-to-information = Access to information
portal-kind-open-data = Open data
portal-kind-budget = Budget transparency
portal-kind-complaints = Complaints
portal-kind-e-participation = E-participation
portal-kind-legislation = Legislation
portal-kind-other = Other
portal-state = State
portal-state-unchecked = Not checked
portal-state-live = Up to date
portal-state-stale = Not updated lately
portal-state-down = Not reachable
portal-newest-entry = newest feed entry { $date }
portal-stale-days = nothing new for { $days } days
portal-checked-on = checked { $date }
portal-problem-unreachable = the site did not answer
portal-problem-http-error = the site answered with an error
portal-problem-feed-unreachable = its feed could not be fetched
portal-problem-feed-malformed = its feed could not be read
portal-problem-feed-empty = its feed has no entries
portal-problem-address-not-allowed = its address is not on the public internet, so it was not checked
portals-title = Other open government portals
portals-intro = The country's other open government sites, in one place. Each is checked regularly: whether it answers, and when its feed last published something.
portals-stale-count = { $count ->
    [one] One portal is not reachable or has not been updated lately.
   *[other] { $count } portals are not reachable or have not been updated lately.
}
portals-checks-off = These portals are not checked automatically on this server.
portals-none = No portal has been registered yet.
error-portal-kind-invalid = Choose the kind of portal.
error-portal-name-required = Give the portal a name in at least one language.
commitment-portals = Related portals
commitment-portals-none = This commitment links to no other portal yet.
commitment-portals-choose = Portals this commitment links to
commitment-portals-save = Save the links
embed-title = Show this commitment's progress on your site
embed-intro = Institutions can show this commitment's live progress on their own sites: copy one of these snippets into a page. They always show the current figures.
embed-badge-alt = Progress badge of this commitment
embed-badge-code = Badge (an image)
embed-widget-code = Widget (a small frame)
embed-no-progress = no progress reported
embed-source = Open government action plan
embed-milestones-done = { $done } of { $total } milestones completed
embed-more = See the whole commitment

## Search filters
search-theme = Theme
search-institution = Institution
search-status = Status
search-status-commitment = Commitment status
search-status-milestone = Milestone status

## Sign-in throttling
error-login-slow-down = Too many wrong attempts from here. Wait a moment, then try again; your account is not locked.
login-slow-down-seconds = You can try again in { $seconds } seconds.

## Home: what is open now
home-open-title = Take part now
home-open-none = Nothing is open for participation today.
home-next-title = Next step:
home-next-co-creation = co-creation opens: propose ideas
home-next-consultation = public consultation opens: comment on the draft
home-next-on = on { $date }
home-next-none = No participation step is scheduled yet. Follow the plans to hear of it.
home-open-kind-proposals = Co-creation open
home-open-kind-consultation = Public consultation open
home-open-what-proposals = Propose ideas for the plan's commitments and support others' ideas
home-open-what-consultation = Comment on the draft plan, paragraph by paragraph; every comment gets a reasoned response
home-open-until = until { $date }
home-open-action-proposals = Propose an idea
home-open-action-consultation = Comment on the draft

## Consultation on a phone
consultation-toc = Contents: { $count } commitments
consultation-passages = { $count ->
    [one] { $count } passage
   *[other] { $count } passages
}
consultation-read-commitment = Read the text and comment
consultation-place-change = Change what the comment is about
consultation-closed-while-writing = The consultation closed while you were writing: your comment was not sent
consultation-your-text-kept = Your text is kept here for you to copy:
contribution-name-public = Your name is published with your contribution.

## Support
error-support-own-proposal = You cannot support your own proposal.
error-support-hidden = This proposal was hidden by a moderator and cannot be supported.
proposal-own = This is your proposal; others can support it.
consultation-replies = { $count ->
    [one] { $count } reply
   *[other] { $count } replies
}

## Plans: what a person can do
plans-no-phase = No phase under way today
plans-can-co-creation = You can propose ideas and support others' ideas.
plans-action-co-creation = Propose an idea
plans-can-consultation = You can comment on the draft plan.
plans-action-consultation = Comment on the draft
plans-can-implementation = You can track the commitments' progress, and follow them by e-mail.
plans-action-implementation = Dashboard
plans-can-closed = The plan has ended; read its results.
plans-action-closed = The self-assessment
plans-can-follow = This step is being prepared; follow the plan to hear of the next one.
plans-action-follow = The plan's page
error-completed-not-100 = A completed milestone is at 100 %: leave the percentage empty or choose another status.
notice-checks-off = Nothing was checked: portal checks are off on this server.

## The state's portal: legal, contact, accessibility, privacy
identity-authority-default = The authority in charge of the open government action plan
identity-address = Address
page-legal-title = Legal notice
page-legal-p1 = This portal is published by { $authority }, which is responsible for its content.
page-legal-p2 = The texts and data published here (plans, commitments, reports, reasoned responses) may be reused in open formats, citing the source.
page-legal-p3 = Each participant remains responsible for what they write; contributions that break the rules of participation are hidden, with a public reason.
page-legal-p4 = The Sharaka software is free software under the AGPL-3.0-or-later licence.
page-contact-title = Contact
page-contact-p1 = For any question about the action plan, the consultation or your participation, write to the forum's secretariat at the address below.
page-contact-p2 = Every contribution to a consultation gets a reasoned response: you do not need to write to us to get one.
page-accessibility-title = Accessibility statement
page-accessibility-p1 = { $authority } aims to make this portal usable by everyone, to level AA of the WCAG 2.1 guidelines.
page-accessibility-p2 = Every page is tested automatically (axe-core) in the four languages and on a 375-pixel phone screen; the portal works without JavaScript and charts come with data tables.
page-accessibility-p3 = Known limits: some texts are not translated yet and are shown in their original language, marked as such; older PDFs in the repository may not be accessible.
page-accessibility-p4 = If you meet a barrier, write to us through the Contact page: we offer an alternative within two weeks.
page-privacy-title = Privacy notice
page-privacy-p1 = Controller: { $authority }. Processing falls under Morocco's Law 09-08 on the protection of individuals with regard to the processing of personal data and is declared to the CNDP.
page-privacy-p2 = What we keep: your name, e-mail address, password (hashed), language, your contributions and, if you choose, your voluntary profile (sector, gender, region), published only in aggregate.
page-privacy-p3 = What is published: your name appears with every proposal or comment you post, because co-creation is public; your e-mail address never is.
page-privacy-p4 = Why: to organise participation in the open government plan, give a reasoned response to every contribution and tell you about what you follow. Taking part can reveal your opinions: do not write what you would not want published.
page-privacy-p5 = Your rights: access, rectification, objection and erasure, by writing to the secretariat at the address below; you may also refer to the CNDP.
page-privacy-p6 = Hosting: data is kept by the publisher; no tracking or advertising service is used and nothing is loaded from other sites.
register-name-public = This name is shown publicly with everything you post (proposals, comments).

## Language names in the reader's language
untranslated-ar = Not translated yet; shown in Arabic
untranslated-fr = Not translated yet; shown in French
untranslated-en = Not translated yet; shown in English
untranslated-zgh = Not translated yet; shown in Amazigh
language-name-ar = Arabic
language-name-fr = French
language-name-en = English
language-name-zgh = Amazigh
language-name-ary = Moroccan Arabic (Darija)
language-name-es = Spanish
language-name-mul = Several languages
progress-basis = from { $with } of { $of } commitments

## Institution directory: merge
admin-institution-merge-title = Merge a duplicate
admin-institution-merge-hint = If this institution duplicates another, merge it: its commitments, milestones, seats and rights move to the other, and this one is removed.
admin-institution-merge-into = Merge into
admin-institution-merge-submit = Merge
error-merge-into-itself = An institution cannot be merged into itself; choose another one.
error-merge-target-unknown = Choose the institution to merge into.
notice-merged = Institution merged; every link moved to it.
consultation-back-to-contents = Back to the contents
meeting-local-time = local time: { $place }

## The printed plan's cover
print-authority = Issued by
print-version = Version
print-version-adopted = final plan, adopted on { $date }
print-version-draft = working draft as of { $date }, not adopted
print-stage = Stage
print-stage-none = no phase under way

## OGP members, named in the reader's language (OGP's data names them in English)
member-morocco = Morocco

# Impersonation (issue 18)
official-badge = official account
error-name-imitates = This name looks like that of an institution, the secretariat or an official role of the portal. Register under your own name: official accounts are opened by the secretariat.
admin-users-flags = To check
admin-flag-name-imitates = The name imitates “{ $term }”
admin-flag-mixed-scripts = Address mixing scripts: { $scripts }
admin-users-flagged-filter = Only the accounts to check ({ $count })
admin-users-all = All accounts
script-latin = Latin
script-cyrillic = Cyrillic
script-greek = Greek
script-arabic = Arabic
script-tifinagh = Tifinagh
script-armenian = Armenian
script-hebrew = Hebrew
