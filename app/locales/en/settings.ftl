# settings

## Users (users.rs)

users-title = Users · { $tenant }
users-heading = Users
users-usage-limited = { $count } of { $max ->
    [one] { $max } user
   *[other] { $max } users
  } on the { $plan } plan.
users-usage-unlimited = { $count ->
    [one] { $count } user
   *[other] { $count } users
  } on the { $plan } plan (no limit).
users-federated = Your users sign in with your organization's identity provider. They appear here after their first sign-in; their role comes from your claim-mapping rules each time they sign in.
users-social = This subscription is owned by one social identity, which is its only user.
users-column-name = Name
users-column-signs-in-as = Signs in as
users-column-role = Role
users-column-last-sign-in = Last sign-in
users-column-actions = Actions
users-password-changed = The password was changed.
users-invitation-resent = The invitation was sent again.
users-role-changed = The role was changed.
users-removed = The user was removed.
users-you = (you)
users-invited-no-password = invited, has not chosen a password yet
users-never = never
users-role-of = Role of { $name }
users-change-role = Change role
users-reset-password-of = Reset password of { $name }
users-new-password-for = New password for { $name }
users-password-hint = At least { $min } characters. Not a commonly used password.
users-set-password = Set password
users-remove = Remove { $name }
users-remove-warning = { $name } will no longer be able to sign in.
users-remove-confirm = Yes, remove { $name }
users-add-heading = Add a user with a first password
users-add-lead = Or choose their first password yourself, and tell it to them.
users-add-full = Your plan's user limit is reached; remove a user before adding another.
users-added = The user was added. Tell them their email and first password.
users-field-name = Name
users-field-email = Email
users-field-role = Role
users-first-password = First password
users-add-button = Add user
users-resend-label = Send the invitation to { $name } again
users-resend = Send the invitation again
users-invite-heading = Invite a user
users-invite-lead = They get an email with a link to choose their own password. The link works for seven days.
users-invite-full = Your plan's user limit is reached; remove a user before inviting another.
users-invited = The invitation was sent.
users-invite-button = Send invitation

## API keys (api_keys.rs)

api-keys-title = API keys · { $tenant }
api-keys-heading = API keys
api-keys-lead = A key lets your own systems read your surveys and responses through the Tailspin Surveys API. Give each system its own key, with only what it needs.
api-keys-reference = API reference
api-keys-column-name = Name
api-keys-column-starts-with = Starts with
api-keys-column-may = May
api-keys-column-created = Created
api-keys-column-expires = Expires
api-keys-column-last-used = Last used
api-keys-column-state = State
api-keys-your-keys = Your keys
api-keys-none = No keys yet.
api-keys-new-heading = Your new key “{ $name }”
api-keys-new-hint = Copy it now and keep it in your system's secret store: this is the only time it is shown. If you lose it, revoke it and create another.
api-keys-new-key = New API key
api-keys-never = Never
api-keys-last-used = { $time } from { $address }
api-keys-active = Active
api-keys-revoke = Revoke { $name }
api-keys-revoke-warning = Programs using it are refused from their next request. This cannot be undone.
api-keys-revoke-confirm = Yes, revoke { $name }
api-keys-expired = Expired
api-keys-revoked = Revoked
api-keys-create-heading = Create a key
api-keys-name = Name
api-keys-name-hint = What uses it, for example “CRM sync”.
api-keys-may-legend = It may
api-keys-expires = Expires
api-keys-in-days = { $days ->
    [one] In { $days } day
   *[other] In { $days } days
  }
api-keys-in-a-year = In a year
api-keys-create-button = Create key

## Sign-in settings (sign_in_settings.rs); the provider's fields are
## also on the plan page and on Tailspin administration's sign-in moves.

sign-in-settings-title = Sign-in settings · { $tenant }
sign-in-settings-heading = Sign-in settings
sign-in-settings-local = On the { $plan } plan your users sign in with accounts kept by Tailspin Surveys: an email and a password.
sign-in-settings-manage-users = Manage users and passwords
sign-in-settings-social = On the { $plan } plan this subscription is owned by one social identity; only it can sign in.
sign-in-settings-provider-lead = Your users sign in with your organization's OpenID Connect provider. Register this redirect URI for Tailspin Surveys there:
sign-in-settings-saved = The sign-in settings were saved.
sign-in-settings-save = Save sign-in settings
sign-in-settings-secret-stored = A client secret is stored. It is never shown; leave this empty to keep it (it must be entered again if the issuer or client ID changes), or enter a new one to replace it.
sign-in-settings-secret-new = The secret your provider issued for this application. It is stored encrypted and never shown again.
sign-in-settings-issuer = Issuer URL
sign-in-settings-client-id = Client ID
sign-in-settings-client-secret = Client secret
sign-in-settings-identifying-claim = Claim that identifies a user
sign-in-settings-identifying-claim-hint = Usually sub (the default) or email. Users are recognised by the issuer and this claim.
sign-in-settings-administrator = Administrator
sign-in-settings-administrator-hint = The email or identifier of the person who is always an Administrator here.
sign-in-settings-claim-rules = Claim-mapping rules
# $syntax and $example are code (`claim type = value => role`); the role
# names stay in English, as the rules are written with them.
sign-in-settings-claim-rules-hint = One rule a line: { $syntax }, for example { $example }.
sign-in-settings-claim-rules-roles = Roles: Administrator, Survey Creator. Users whose claims match no rule cannot sign in.

## Metadata fields (metadata_settings.rs)

metadata-settings-title = Metadata fields · { $tenant }
metadata-settings-heading = Metadata fields
metadata-settings-lead = Fields every survey can carry, for example a product id or an owner. They show on the dashboard and go out with exports. Up to { $max } fields.
metadata-settings-remove = Remove { $name }
metadata-settings-add-heading = Add a field
metadata-settings-name = Name
metadata-settings-type = Type
metadata-settings-add-button = Add field

## Export to a database and backup (sql_export.rs)

sql-export-title = Export to a database · { $tenant }
sql-export-heading = Export to a database
sql-export-lead = Copies your surveys, questions and every response into tables of a database of your own, to query with your own tools. Run it again at any time: only new responses are copied, and edits to your surveys are brought up to date.
sql-export-start-first = Create the export database and copy everything
sql-export-start-again = Copy what is new
sql-export-contains = What the export contains
# The tables' columns, by their names in the database.
sql-export-table-surveys = id, slug, title, description, status and its dates
sql-export-table-questions = id, survey_id, position, kind, text, required, limits and labels
sql-export-table-answers = response_id, question_id, and rating, choice_position and choice_label, or text
sql-export-backup-heading = Backup
sql-export-backup-text = One archive of everything of yours: settings (without passwords or secrets), surveys,                  questions, metadata, responses and branding. Tailspin can restore it into a new subscription.
sql-export-download-backup = Download a backup
sql-export-counted = { $done } of { $total } new responses copied
sql-export-counting = Counting the responses to copy…
sql-export-progress = Transfer progress
sql-export-database-heading = Your export database
sql-export-sqlite = A SQLite file that any SQLite tool opens (for example { $tool } or DB Browser for SQLite).
sql-export-download-database = Download the export database (SQLite)
sql-export-postgres = A PostgreSQL database that only this user can open:
sql-export-host = Host
sql-export-port = Port
sql-export-database = Database
sql-export-user = User
sql-export-password = Password
sql-export-show-password = Show the password
sql-export-history = Recent transfers
sql-export-asked-for = Asked for
sql-export-status = Status
sql-export-copied = Responses copied
sql-export-result = Result
sql-export-queued = Waiting to start
sql-export-running = Copying
sql-export-succeeded = Finished
sql-export-failed = Failed
api-keys-copy-key = Copy key
