# What the services and the domain say: accounts.

## domain/email.rs, alias.rs, password.rs: set inside a sentence, lowercase

msg-email-too-long = an email address has at most 254 characters
msg-email-shape = an email address looks like name@example.com
msg-alias-length = an alias needs 2 to 40 characters
msg-alias-characters = an alias may only contain lowercase letters, digits and hyphens
msg-alias-hyphens = an alias cannot start or end with a hyphen, or contain two in a row
msg-alias-reserved = this alias is reserved
msg-password-too-short = A password needs at least { $min } characters.
msg-password-too-long = A password has at most { $max } characters.
msg-password-too-common = This password is too common. Choose one that is harder to guess.

## domain/identity_provider.rs, claim_rules.rs

# $problem is one of the msg-claim-rules-… messages.
msg-identity-provider-rule-line = Line { $line }: { $problem }
msg-identity-provider-client-id = Enter the client id your provider gave you (at most { $max } characters).
msg-identity-provider-claim-name = A claim name is one word of letters, digits and _ - . : (for example sub or email).
msg-identity-provider-administrator = Enter the email or identifier of the person who administers this subscription.
msg-identity-provider-client-secret = Enter the client secret your provider gave you (at most { $max } characters).
msg-identity-provider-issuer = Enter the issuer URL of your provider, for example https://login.example.com/tenant (https, no query or fragment).
msg-identity-provider-issuer-https = The issuer must use https (plain http is accepted only for this machine).
msg-claim-rules-too-many = at most { $max } rules are allowed
msg-claim-rules-shape = expected `claim type = value => role`
msg-claim-rules-equals = expected `=` between the claim type and its value
msg-claim-rules-one-word = the claim type must be one word, for example `groups`
msg-claim-rules-no-value = the value to match is missing
msg-claim-rules-too-long = claim types and values are limited to { $max } characters
# The role names stay in English: the rules are written with them.
msg-claim-rules-unknown-role = unknown role `{ $role }`; use `Administrator` or `Survey Creator`

## auth/*.rs: sign-in refusals

msg-federation-unreachable = Your organization's identity provider could not be reached. Please try again later or ask your administrator to check the sign-in settings.
msg-federation-provider-refused = Your identity provider did not complete the sign-in. Please try again.
msg-federation-unsafe = The sign-in could not be completed safely, so nothing was signed in. Please start again from the sign-in page.
# $endpoint is a name such as jwks_uri, $url an address; $problem says why
# the address is refused.
msg-discovery-endpoint-host = The provider's configuration names { $endpoint } { $url }, which is not on the issuer's host.
msg-discovery-endpoint-refused = The provider's configuration names { $endpoint } { $url }: { $problem }.
msg-federated-not-set-up = Sign-in for this organization is not set up yet. Please contact its administrator.
msg-federated-uses-passwords = This organization signs in with an email and password.
msg-sign-in-uses-provider = This organization signs in with its identity provider, not with a password.

## services/plan_changes.rs

# A list of names cut short: "a, b and 3 more".
msg-plan-changes-and-more = { $list } and { $more } more
msg-plan-changes-too-many-surveys = With these limits the { $plan } plan allows { $max } open { $max ->
    [one] survey
   *[other] surveys
  }, and { $tenant } has { $count }: close { $close } of these first: { $list }.
msg-plan-changes-too-many-users = With these limits the { $plan } plan allows { $max } { $max ->
    [one] user
   *[other] users
  }, and { $tenant } has { $count }: remove { $remove } of these first: { $list }.
msg-plan-changes-choose-higher = Choose a plan above { $plan }; to move to a smaller plan, contact Tailspin Surveys.
msg-plan-changes-smaller = To move to a smaller plan, contact Tailspin Surveys.
msg-plan-changes-use-provider-form = { $plan } signs in through your organization's identity provider: fill in its settings in the { $plan } form.
# $problem is msg-email-too-long or msg-email-shape.
msg-plan-changes-email = Enter the email you will sign in with ({ $problem }).
msg-plan-changes-others-social = On { $plan } the owner keeps the account and signs in with a password; the other users sign in with their social accounts, which { $plan } does not accept. Remove them first: { $list }.
msg-plan-changes-already = You are on { $plan } already.
msg-plan-changes-confirm = Tick the box to confirm who keeps an account and who is removed.
msg-plan-changes-stale = Your plan changed meanwhile, or your subscription is not active: reload the page to see it as it is now.
msg-plan-changes-email-taken = Someone here already signs in with this email.

## services/sign_in_changes.rs

msg-sign-in-changes-deleting = This subscriber is being deleted and cannot be changed.
msg-sign-in-changes-choose-plan = Choose a plan that signs in differently from { $plan }; change to one that signs in the same way in the settings.
msg-sign-in-changes-use-form = Use the { $plan } form to move { $tenant } there.
msg-sign-in-changes-no-user = { $tenant } has no user left to keep the account: create a new subscriber instead.
msg-sign-in-changes-one-user = Only one user can keep the account; remove these first: { $list }.
msg-sign-in-changes-no-email = No user of { $tenant } has an email its provider verified, so nobody could sign in with a password. Ask an Administrator to sign in through the provider once first.
msg-sign-in-changes-social-provider = Choose the social provider the owner signs in with.
msg-sign-in-changes-owner-email = Enter the email the owner's social account verifies ({ $problem }).

## services/signup/*.rs

msg-signup-name = Enter the subscriber's name (1 to 100 characters).
msg-signup-alias-taken-choose = { $alias } is taken; choose another alias.
# $problem is one of the msg-alias-… messages.
msg-signup-alias-choose-another = Choose another alias: { $problem }.
msg-signup-choose-plan = Choose a plan.
msg-signup-choose-listed-plan = Choose one of the listed plans.
msg-signup-choose-region = Choose one of the listed regions.
msg-signup-contact-email = Enter the email where we send notices about this subscription.
msg-signup-valid-email = Enter a valid email: { $problem }.
msg-signup-admin-name = Enter the administrator's name (1 to 100 characters).
msg-signup-social-provider = Choose the identity you will sign in with.
msg-signup-owner-subject = Enter the owner's identifier (subject) at the provider.
msg-signup-alias-not-possible = Not possible: { $problem }.
msg-signup-alias-taken = { $alias } is taken.
msg-signup-alias-available = { $alias } is available.
msg-signup-issuer = Enter the issuer URL.
# "Test connection": $issuer, $authorization and $tokens are addresses,
# $scopes OpenID Connect scopes separated by spaces.
msg-signup-connected = Connected: { $issuer } publishes its configuration (sign-in at { $authorization }).
msg-signup-connected-tokens = Connected: { $issuer } publishes its configuration (sign-in at { $authorization }, tokens at { $tokens }).
msg-signup-connected-scopes = Connected: { $issuer } publishes its configuration (sign-in at { $authorization }; scopes: { $scopes }).
msg-signup-connected-tokens-scopes = Connected: { $issuer } publishes its configuration (sign-in at { $authorization }, tokens at { $tokens }; scopes: { $scopes }).
msg-signup-provider-unreachable = The provider could not be reached or did not publish an OpenID configuration at { $issuer }/.well-known/openid-configuration.
msg-onboarding-name = The subscriber name must be 1 to 100 characters.
msg-onboarding-plan-local-accounts = The { $plan } plan signs in with accounts kept by Tailspin Surveys.
msg-onboarding-plan-own-provider = The { $plan } plan signs in with the subscriber's own identity provider.
msg-onboarding-plan-social-identity = The { $plan } plan signs in with one social identity.
msg-onboarding-owner-missing = The owner's identity (subject) is missing.
msg-onboarding-alias-taken = The alias { $alias } is taken.

## services/tenants.rs, api/tenants.rs: Tailspin administration of subscribers

msg-tenants-limit = Enter a whole number from 1 to { $max }, or leave it empty for the plan's limit.
msg-tenants-contact-email = Enter a valid email, or leave it empty for no notices: { $problem }.
msg-tenants-name = Enter the subscriber's name (1 to 100 characters).
# $current is the subscriber's plan now. The quoted words name the link
# admin-tenant-plan-hint-link.
msg-tenants-plan-signs-in-differently = { $plan } signs in differently from { $current }: use "Change how the subscriber signs in", which guides the move.
msg-tenants-choose-plan = Choose a plan.
msg-tenants-choose-status = Choose active, suspended or pending activation; delete a subscriber with the delete form.
# The quoted words name the button admin-tenant-suspend-open.
msg-tenants-suspend-above = Suspend a subscriber with "Suspend this subscriber" above, which asks for confirmation.
msg-tenants-choose-region = Choose one of the listed regions.
# The quoted words name the region move's button (region-move-panel-move).
msg-tenants-region-own-database = This moves the subscriber's surveys and answers to another database: use "Move to another region", which copies them while the surveys keep answering.
msg-tenants-deleting = This subscriber is being deleted and cannot be changed.
msg-tenants-no-provider-settings = Only Premium subscribers that are not being deleted have provider settings.
msg-tenants-confirm-suspend = Tick the box to confirm that { $alias } is to be suspended.
msg-tenants-suspend-or-activate = A subscriber can be suspended or activated here.
# $status is the subscriber's status code.
msg-tenants-cannot-activate = { $alias } is { $status ->
    [pending_activation] pending activation
    [active] active
    [suspended] suspended
   *[deleting] being deleted
  } and cannot be activated now.
msg-tenants-cannot-suspend = { $alias } is { $status ->
    [pending_activation] pending activation
    [active] active
    [suspended] suspended
   *[deleting] being deleted
  } and cannot be suspended now.
msg-tenants-type-alias = Type { $alias } exactly to confirm.
msg-tenants-already-deleting = This subscriber is already being deleted.
# The state of a deleted subscriber's purge.
msg-tenants-purge-queued = Waiting to start
msg-tenants-purge-running = Removing data
msg-tenants-purge-succeeded = Purged
msg-tenants-purge-failed = Failed
# How a subscriber's users sign in, on its page.
msg-tenants-sign-in-local-accounts = Accounts kept by Tailspin Surveys (managed by the subscriber's Administrators)
msg-tenants-sign-in-own-provider = The subscriber's own OpenID Connect provider (set by its Administrators under Settings → Sign-in)
msg-tenants-sign-in-social-identity = One social identity, the owner

## services/users.rs

msg-users-provider-decides = Users of this organization sign in with their identity provider; it decides who they are and which role they have.
msg-users-choose-role = Choose a role.
msg-users-name = Enter the person's name (at most 100 characters).
msg-users-valid-email = Enter a valid email: { $problem }.
msg-users-limit-reached = Your { $plan } plan allows { $max } users, and all are taken. Remove a user first, or move to a larger plan on the Plan page.
msg-users-email-taken = Someone here already signs in with this email.
msg-users-keep-own-role = You cannot take the Administrator role from yourself; ask another Administrator.
msg-users-keep-yourself = You cannot remove yourself; ask another Administrator.

## services/password_reset.rs

msg-password-reset-expired = This link has expired. Ask for a new one below, or ask your administrator to send the invitation again.
msg-password-reset-used = This link was already used. Each link works once; ask for a new one below if you need to.
msg-password-reset-unknown = This link is not valid. Check that you copied the whole address, or ask for a new one below.
msg-password-reset-uses-provider = This organization signs in with its identity provider; reset your password there.
msg-password-reset-email = Enter the email you sign in with ({ $problem }).
msg-password-reset-unusable = This link cannot be used.
msg-password-reset-enter-password = Enter a new password.
msg-password-reset-not-same = The two passwords are not the same. Type the new password twice.

## services/region_moves.rs, api/region_moves.rs

msg-region-moves-choose-region = Choose one of the listed regions.
msg-region-moves-already-there = The subscriber is in this region already.
msg-region-moves-deleting = The subscriber is being deleted.
msg-region-moves-same-database = Both regions keep their data in the same database: change the region in the settings below.
msg-region-moves-different-kinds = The two regions' databases are of different kinds (SQLite and PostgreSQL); a subscriber moves only between databases of one kind.
msg-region-moves-under-way = A move of this subscriber is already under way.
# The state of a move to another region.
msg-region-moves-queued = Waiting to start
msg-region-moves-running = Moving
msg-region-moves-succeeded = Moved
msg-region-moves-failed = Failed

## api/admin.rs

# A subscriber or survey that has no name left, by its number.
msg-admin-tenant-number = tenant { $id }
msg-admin-survey-number = survey { $id }
msg-admin-mail-unreadable = (unreadable: the subscriber's key was destroyed)
# An outgoing email's state, by its code.
msg-admin-mail-status = { $status ->
    [queued] queued
    [running] running
    [sent] sent
    [failed] failed
   *[other] { $status }
  }

# Sign-in refusals (the sign-in form and the return from an identity provider).
msg-sign-in-wrong-credentials = The email or password is not right. Please try again.
msg-sign-in-too-many-seconds = Too many failed attempts. Please wait { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
} and try again.
msg-sign-in-too-many-minutes = Too many failed attempts. Please wait { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} and try again.
msg-federated-no-role = You signed in as { $who }, but your organization has not given that account a role in Tailspin Surveys. Ask your administrator to add you to a group that may use it.
msg-federated-not-owner = You signed in as { $who }, but this subscription belongs to another account. Only its owner can sign in.
msg-federated-limit-reached = You signed in as { $who }, but this subscription already has as many users as its plan allows.
msg-federation-with-reason = { $message } (Reason: { $reason }.)
federated-not-completed = Sign-in not completed
federated-not-completed-home = Go to the Tailspin Surveys home page
sign-in-with-own-provider = Sign in with your { $tenant } account
sign-in-with-provider = Sign in with { $provider }
msg-sign-in-settings-secret-again = Enter the client secret again: the issuer or client ID changed, and the stored secret is only sent to the provider it was issued for.
