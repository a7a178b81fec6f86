# shared

## Domain labels (`localized_label`, `localized_label_of`)

label-plan-trial = Trial
label-plan-individual = Individual
label-plan-standard = Standard
label-plan-premium = Premium

label-tenant-status-pending-activation = Pending activation
label-tenant-status-active = Active
label-tenant-status-suspended = Suspended
label-tenant-status-deleting = Being deleted

label-role-survey-creator = Survey Creator
label-role-administrator = Administrator

label-metadata-kind-text = Text
label-metadata-kind-number = Number
label-metadata-kind-url = Web address (URL)

label-survey-state-draft = Draft
label-survey-state-published = Published
label-survey-state-closed = Closed
label-survey-state-expired = Expired

label-text-format-any = Any text
label-text-format-email = Email address
label-text-format-url = Web address
label-text-format-phone = Phone number
label-text-format-digits = Digits only
label-text-format-letters-digits = Letters and digits only

label-proof-of-work-off = Off: a hidden trap field and a minimum fill time only
label-proof-of-work-allow-without-script = On; people whose browser runs no JavaScript can still answer
label-proof-of-work-required = On; answering needs JavaScript

label-question-kind-free-text = Long text
label-question-kind-short-text = Short text
label-question-kind-number = Number
label-question-kind-date = Date
label-question-kind-range = Star rating (1–5)
label-question-kind-scale = Rating scale
label-question-kind-nps = Net Promoter Score (0–10)
label-question-kind-choice = One choice
label-question-kind-checkboxes = Several choices
label-question-kind-dropdown = Dropdown
label-question-kind-matrix = Matrix (Likert)
label-question-kind-ranking = Ranking
label-question-kind-unknown = Unknown

label-test-equals = is
label-test-not-equals = is not
label-test-any-of = is any of
label-test-greater = is more than
label-test-less = is less than
label-test-answered = is answered
label-test-not-answered = is not answered
label-test-unknown = unknown

label-step-data-key = destroying the data key
label-step-sessions = signing users out
label-step-export-database = export database
label-step-blobs = logos and other files
label-step-responses = responses and answers
label-step-surveys = surveys and statistics
label-step-tenant = users and settings

label-mail-kind-password-reset = Password reset
label-mail-kind-invitation = Invitation
label-mail-kind-signup-received = Sign-up received
label-mail-kind-subscription-active = Subscription active
label-mail-kind-survey-quota = Survey closed at its limit
label-mail-kind-monthly-limit = Monthly response limit
label-mail-kind-survey-invitation = Survey invitation
label-mail-kind-survey-reminder = Survey reminder
label-mail-kind-webhook-disabled = Webhook endpoint disabled
label-mail-kind-plan-password = Password for a new plan
label-mail-kind-plan-social-identity = Social sign-in for a new plan

## Navigation

tenant-nav-label = { $tenant } pages
tenant-nav-dashboard = Dashboard
tenant-nav-plan = Plan
tenant-nav-users = Users
tenant-nav-sign-in = Sign-in settings
tenant-nav-metadata = Metadata fields
tenant-nav-branding = Branding
tenant-nav-export = Export to a database
tenant-nav-api = API keys
tenant-nav-webhooks = Webhooks
tenant-nav-language = Language
tenant-nav-sign-out = Sign out

admin-nav-label = Tailspin administration
admin-nav-overview = Overview
admin-nav-subscribers = Subscribers
admin-nav-usage = Usage for billing
admin-nav-dead-letters = Dead letters
admin-nav-email = Email
admin-nav-sign-out = Sign out

## Forms

sign-in-form-email = Email
sign-in-form-password = Password
sign-in-form-submit = Sign in
sign-in-form-forgot = Forgot your password?

copy-button-copied = Copied

csv-file-picker-label = Or choose a CSV file
csv-file-picker-too-large = { $name } is larger than 1.9 MB. Split the list, and add it in parts.
csv-file-picker-loaded = { $name } ({ $lines } lines) is in the field above. Look it over, then add the contacts.
csv-file-picker-unreadable-text = { $name } could not be read as text.
csv-file-picker-unreadable = { $name } could not be read.

condition-fields-combine = Combine the tests
condition-fields-all = all must hold
condition-fields-any = any may hold
condition-fields-test = Test { $number }
condition-fields-value = Value { $number }
condition-fields-none = (none)
# $test: an operator (label-test-…); the closed menu shows this alone.
condition-fields-test-option = Question { $number } { $test }
condition-fields-hint = Up to { $rows } tests on { $questions ->
    [every] any question
   *[earlier] earlier questions
  }. Type options by their label; separate several values with commas.
# $options: the question's options as written, and "Other" (which must stay as it is).
condition-fields-options = Question { $number }: { $options }

## Plans

plan-choice-heading = Choose a plan
plan-choice-choose = Choose { $plan }
plan-choice-starts = Starts
plan-choice-starts-trial = At once, free
plan-choice-starts-paid = After activation by Tailspin
plan-choice-active-surveys = Active surveys
plan-choice-survey-open = Each survey open
plan-choice-survey-days = Up to { $days } days
plan-choice-users = Users
plan-choice-users-one = 1 user
plan-choice-users-up-to = Up to { $count } users
plan-choice-users-any = Any number of users
plan-choice-responses = Responses a month
plan-choice-no-limit = No limit
plan-choice-sign-in = Sign-in
plan-choice-sign-in-social = With a social identity
plan-choice-sign-in-local = With email and password
plan-choice-sign-in-own = With your own identity provider
# $plan is plan-choice-chosen-plan, in bold; $users is one, some or any.
plan-choice-chosen = { $plan }: { $surveys ->
    [one] { $surveys } active survey
   *[other] { $surveys } active surveys
  }, each open up to { $days } days; { $users ->
    [one] 1 user
    [any] any number of users
   *[some] up to { $max_users } users
  }; sign-in { $sign_in ->
    [social] with a social identity
    [local] with email and password
   *[own] with your own identity provider
  }.
plan-choice-chosen-plan = { $plan } plan
plan-choice-change = Change plan

plan-settings-title = Plan · { $tenant }
plan-settings-heading = Plan
plan-settings-done = You are on the { $plan } plan now.
plan-settings-done-password = You are on the { $plan } plan now. We sent a link to { $email } to choose your password.
plan-settings-done-provider = You are on the { $plan } plan now. Everyone signs in through your identity provider; { $administrator } is always an Administrator.
plan-settings-password-pending = Choose your password with the link we sent to { $email }: from then on you sign in with this email and that password. You stay signed in here until then. If the link is lost or has expired, use “Forgot your password?” on the sign-in page.
plan-settings-largest = { $plan } is our largest plan.
plan-settings-yours = Your plan: { $plan }
plan-settings-open-surveys = Open surveys now
plan-settings-users = Users now
plan-settings-upgrade-heading = Move to a higher plan
plan-settings-upgrade-hint = A higher plan applies at once, and your surveys and answers stay as they are. To move to a smaller plan, contact Tailspin Surveys.
plan-settings-changes-heading = Plan changes
plan-settings-move-to = Move to { $plan }
plan-settings-keep-account = You keep your account and your surveys. From now on you sign in with an email and a password of your own, and you can add users.
plan-settings-email = Email to sign in with
plan-settings-own-provider = Your users sign in through your organization's OpenID Connect provider. The settings are tested before anything changes.
plan-settings-provider-summary = Set up your provider and move to { $plan }
plan-settings-redirect-uri = Register this redirect URI for Tailspin Surveys at your provider:
plan-settings-kept = These users keep their accounts: each is found by the email your provider verifies when they first sign in there.
plan-settings-removed = These sign in with a social identity, which your provider cannot vouch for, and are removed: the administrator you name below signs in instead.
# Not used yet: ProviderFields (sign_in_settings.rs) takes its secret_hint as a &'static str.
plan-settings-secret-hint = The secret your provider issued for this application. It is stored encrypted and never shown again.
plan-settings-confirm = I have read who keeps an account and who is removed
plan-settings-test-and-move = Test the provider and move to { $plan }
plan-settings-no-changes = No plan changes yet.
plan-settings-history-label = Plan changes
plan-settings-when = When
plan-settings-from = From
plan-settings-to = To
plan-settings-by = By

## Sign-up and "Add a subscriber"

signup-title = Sign up · Tailspin Surveys
signup-heading = Sign up for Tailspin Surveys
signup-lead = Choose a plan, then tell us about your organization. Paid plans start once a Tailspin administrator activates them.
signup-lead-with-trial = Choose a plan, then tell us about your organization. A { $trial } starts at once and is free for its first survey. Paid plans start once a Tailspin administrator activates them.
signup-title-plan = Sign up for { $plan } · Tailspin Surveys
signup-heading-plan = Sign up for the { $plan } plan
signup-submit = Sign up
signup-admin-title = Add a subscriber · Tailspin administration
signup-admin-heading = Add a subscriber
signup-admin-heading-plan = Add a { $plan } subscriber
signup-activate = Active at once (otherwise pending activation)
signup-add-submit = Add the subscriber
signup-admin-account = The first administrator's account
signup-admin-name = Administrator's name
signup-admin-email = Administrator's email
signup-password = Password
signup-password-hint = At least 10 characters. Not a commonly used password.
signup-name = Subscriber name
signup-alias = Alias
signup-alias-hint = Your address: lowercase letters, digits and hyphens, for example /s/adatum.
signup-region = Region
signup-notices = Email for notices
signup-notices-hint-admin = Activation and plan-limit notices go here. Optional here: empty means none.
signup-notices-hint = We write here when the subscription is ready, and when it nears its plan's limits.
signup-export = Also create an export database (your surveys and responses in a database of your own)
signup-social-legend = The identity that owns the subscription
signup-social-sign-in-with = Sign in with
signup-owner-subject = Owner's identifier at that provider (subject)
signup-social-hint = After you press Sign up you sign in there; that identity becomes the owner.
signup-provider-legend = Your organization's identity provider
signup-issuer = Issuer URL
signup-test-connection = Test connection
signup-testing = Testing…
signup-client-id = Client ID
signup-client-secret = Client secret
signup-administrator = Administrator (email or identifier)
signup-administrator-hint = This user is always an Administrator.
signup-identifying-claim = Identifying claim
signup-claim-rules = Claim-mapping rules
# "administrator" and "survey_creator" are what the rules are written with.
signup-claim-rules-hint = One a line: claim = value => administrator | survey_creator
signup-redirect-uri = Register this redirect URI at your provider: { $uri }

signup-welcome-title = Welcome, { $name }
signup-welcome-ready = Your { $plan } subscription is ready.
signup-welcome-waiting = Your { $plan } subscription is waiting for activation.
signup-welcome-next = Next steps
# $link is signup-welcome-dashboard-link.
signup-welcome-dashboard = { $link } and create your first survey.
signup-welcome-dashboard-link = Open your dashboard
signup-welcome-pending = A Tailspin administrator activates your subscription once payment is arranged; ask Tailspin Surveys when it is ready.
signup-welcome-pending-email = A Tailspin administrator activates your subscription once payment is arranged; we will write to { $email } when it is ready (we have sent a confirmation there).
signup-welcome-redirect-uri = Register this redirect URI at your identity provider: { $uri }
signup-welcome-public-list = Your public survey list is at { $address }.
signup-welcome-public-list-pending = Your public survey list will be at { $address } once the subscription is active.
# $link is signup-welcome-branding-link.
signup-welcome-branding = Give your surveys your look under { $link }.
signup-welcome-branding-link = Branding
# $link is signup-welcome-export-link.
signup-welcome-export = Your export database is being prepared; see { $link }.
signup-welcome-export-link = Export to a database

# The new-survey and duplicate forms (dashboard and designer).
new-survey-heading = New survey
new-survey-template-legend = Start from a template, or from a blank survey
new-survey-blank = Blank survey
new-survey-blank-about = Add your own questions one by one.
new-survey-template-count = { $count } questions.
new-survey-title-label = Title
new-survey-title-hint = With a template, leave it empty to use the template's name.
new-survey-slug-label = Address (optional)
new-survey-slug-hint = Respondents will open /s/{ $tenant }/…; leave empty to use one made from the title.
new-survey-create = Create draft
