# subscribers

## admin_tenants.rs: the subscriber list

admin-tenants-title = Subscribers · Tailspin administration
admin-tenants-heading = Subscribers
admin-tenants-search-label = Name or alias
admin-tenants-plan = Plan
admin-tenants-any-plan = Any plan
admin-tenants-status = Status
admin-tenants-any-status = Any status
admin-tenants-search = Search
admin-tenants-found = { $count ->
    [one] { $count } subscriber found.
   *[other] { $count } subscribers found.
  }
admin-tenants-subscriber = Subscriber
admin-tenants-created = Created
admin-tenants-active-surveys = Active surveys
admin-tenants-responses-this-month = Responses this month
admin-tenants-storage = Storage
admin-tenants-pages = Pages of subscribers
admin-tenants-previous-page = Previous page
admin-tenants-page-of = Page { $page } of { $pages }
admin-tenants-next-page = Next page
admin-tenants-add = Add a subscriber
admin-tenants-add-text = Sign up an organization on its behalf: its plan, region and first Administrator or identity provider.
admin-tenants-restore = Restore a backup
admin-tenants-restore-text = Create a new subscriber from a backup archive that a subscriber's Administrator downloaded.
admin-tenants-recent-deletions = Recent deletions
admin-tenants-deleted = Deleted
admin-tenants-purge = Purge
admin-tenants-items-removed = Items removed

## admin_tenant.rs: one subscriber

admin-tenant-title = { $name } · Tailspin administration
admin-tenant-alias = Alias
admin-tenant-status = Status
admin-tenant-created = Created
admin-tenant-signs-in-with = Signs in with
admin-tenant-redirect-uri = Redirect URI
admin-tenant-public-surveys = Public surveys
admin-tenant-plan-changes = Plan changes
admin-tenant-purge-waiting = Waiting to start
admin-tenant-suspend-explanation = Suspended subscribers cannot sign in, and their surveys refuse answers, until re-activated.
admin-tenant-suspend-open = Suspend this subscriber…
admin-tenant-suspend-confirm = Yes, sign everyone at { $name } out and close its surveys
admin-tenant-suspend-button = Suspend { $name }
admin-tenant-reactivate = Re-activate
admin-tenant-suspended = The subscriber is suspended.
admin-tenant-activate = Activate
admin-tenant-pending = The subscriber is waiting for activation.
admin-tenant-settings = Settings
admin-tenant-settings-saved = The settings were saved.
admin-tenant-name = Name
admin-tenant-plan = Plan
# { $link } is admin-tenant-plan-hint-link, a link to the sign-in moves.
admin-tenant-plan-hint = Here, plans that sign in the same way. { $link } for the others.
admin-tenant-plan-hint-link = Change how the subscriber signs in
admin-tenant-region = Region
admin-tenant-contact-email = Email for notices
admin-tenant-contact-email-hint = Activation and plan-limit notices go here. Empty: none.
admin-tenant-max-active-surveys = Active surveys at a time
# A number field's placeholder: the plan's own limit.
admin-tenant-plan-limit = plan: { $limit }
admin-tenant-plan-no-limit = plan: no limit
admin-tenant-empty-plan-limit = Empty: the plan's limit.
admin-tenant-max-users = Users
admin-tenant-monthly-responses = Responses a month
admin-tenant-monthly-responses-hint = Empty: the plan's limit. Counted per calendar month (UTC); raising it reopens paused surveys at once.
admin-tenant-save-settings = Save settings
admin-tenant-provider-heading = Sign-in: identity provider
admin-tenant-provider-saved = The provider settings were saved.
admin-tenant-issuer = Issuer URL
admin-tenant-client-id = Client ID
admin-tenant-client-secret = Client secret
admin-tenant-client-secret-hint = Leave empty to keep the stored secret (required again when the issuer or client ID changes).
admin-tenant-administrator = Administrator (email or identifier)
admin-tenant-identifying-claim = Identifying claim
admin-tenant-claim-rules = Claim-mapping rules
admin-tenant-save-provider = Save provider settings
admin-tenant-delete-heading = Delete the subscriber
admin-tenant-delete-lead = At once, nobody can sign in and the public surveys vanish. Then every survey, response, user, logo and the export database are removed in the background. This cannot be undone; download a backup first if the subscriber may come back.
admin-tenant-delete-type = Type { $alias } to confirm
admin-tenant-delete-button = Delete the subscriber and all its data
admin-tenant-deletion = Deletion
admin-tenant-items-removed = { $count } items removed so far.
admin-tenant-deleting = Deletion in progress

## region_move_panel.rs: where a subscriber's data lives, and moving it

region-move-panel-heading = Region
region-move-panel-kept-own = Its surveys and answers are kept in the { $region } region's own database.
region-move-panel-kept-main = Its surveys and answers are kept in the main database (region { $region }).
region-move-panel-own-database = { $region } (own database)
region-move-panel-main-database = { $region } (main database)
region-move-panel-help = Copies the surveys and answers to the chosen region while they keep taking answers, switches over, then removes the old copy. Answers that arrive while it switches wait a moment and are kept.
region-move-panel-move-to = Move to
region-move-panel-move = Move the subscriber's data
# { $at } is a timestamp such as 2026-03-31 14:05:00 UTC.
region-move-panel-rows-copied = { $count } rows copied. Asked for by { $by } on { $at }.
region-move-panel-moving = Move in progress

## admin_sign_in_moves.rs: moving a subscriber to a plan that signs in differently

# How a plan signs in, after “signs in with”.
admin-sign-in-moves-social = one social identity, the owner's
admin-sign-in-moves-passwords = emails and passwords kept by Tailspin Surveys
admin-sign-in-moves-own-provider = the subscriber's own OpenID Connect provider
admin-sign-in-moves-done = Moved to { $plan }; everyone was signed out.
admin-sign-in-moves-done-provider = Moved to { $plan }; everyone was signed out. Everyone signs in through the provider; { $administrator } is always an Administrator.
# { $people }: the email addresses, separated by commas.
admin-sign-in-moves-done-mailed = Moved to { $plan }; everyone was signed out. We sent what to do next to { $people }.
admin-sign-in-moves-title = How { $name } signs in · Tailspin administration
admin-sign-in-moves-heading = Change how { $name } signs in
# { $method } is one of admin-sign-in-moves-social, -passwords, -own-provider.
admin-sign-in-moves-current = { $name } is on the { $plan } plan and signs in with { $method }.
admin-sign-in-moves-intro = Moving to a plan that signs in differently changes who can sign in and how. Each plan below says what must change first and who keeps an account. Surveys and answers stay as they are; everyone is signed out.
admin-sign-in-moves-before = Before moving to { $plan }:
admin-sign-in-moves-signs-in-with = Signs in with { $method }.
admin-sign-in-moves-removed = These have no email the new sign-in could find them by, and are removed:
admin-sign-in-moves-confirm = I have read who keeps an account and who is removed
admin-sign-in-moves-move = Move to { $plan }
admin-sign-in-moves-owner-password = The owner keeps the account and chooses a password through a link sent to this email:
admin-sign-in-moves-owner-email-sign-in = Owner's email to sign in with
admin-sign-in-moves-users-passwords = These keep their accounts; each is sent a link to choose a password:
admin-sign-in-moves-provider-kept = These keep their accounts: each is found by the email the provider verifies when they first sign in there.
admin-sign-in-moves-set-up = Set up the provider and move to { $plan }
admin-sign-in-moves-redirect = Register this redirect URI at the subscriber's provider:
admin-sign-in-moves-secret-hint = The secret the provider issued for this application. It is stored encrypted and never shown again.
admin-sign-in-moves-test-and-move = Test the provider and move to { $plan }
admin-sign-in-moves-owner-social = The owner keeps the account, with its surveys, and signs in with the social account whose verified email is:
admin-sign-in-moves-owner-email = Owner's email
admin-sign-in-moves-social-provider = Social provider

# A subscriber's move to another region, as its progress says it.
move-step-logo = Copying the logo
move-step-copying = Copying: { $table }
move-step-copying-changes = Copying what changed: { $table }
move-step-holding = Holding new answers back for the last copy
move-step-checking = Checking the counts
move-step-switched = Switched; the old region sends what it queued
move-step-waiting = Waiting for the old region to send { $count ->
    [one] 1 queued message
   *[other] { $count } queued messages
}
move-step-removing = Removing the old region's copy
move-finished = Moved { $surveys ->
    [one] 1 survey
   *[other] { $surveys } surveys
} and { $responses ->
    [one] 1 response
   *[other] { $responses } responses
}.
move-overtaken = The subscriber's region changed, or it is being deleted; nothing was moved.
move-given-up = Stopped after repeated failures; the subscriber stays where it was (see the server log).
move-copy-left = Moved, but the old region's copy could not be removed after repeated failures (see the server log).
purge-given-up = Stopped after repeated interruptions; see the server log, then re-queue.
