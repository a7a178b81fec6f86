# public

## admin.rs: the sign-in page of Tailspin administration

admin-login-heading = Tailspin administration

## password_reset.rs

# $tenant is the organization's name.
password-reset-heading = Reset your { $tenant } password
# The page's title after an error; $title is the page's heading.
password-reset-error-title = Error: { $title }
password-reset-provider = This organization signs in with its identity provider, so its passwords are kept there. Reset yours with that provider, or ask your administrator.
password-reset-back = Back to sign in
password-reset-lead = Enter the email you sign in with. We will send you a link to choose a new password.
password-reset-email = Email
password-reset-send = Send me a link
password-reset-check-email = Check your email
# $email is shown in bold.
password-reset-sent = If { $email } has an account here, we have sent it a link to choose a new password. The link works for one hour.
password-reset-nothing = Nothing after a few minutes? Check your spam folder, and that the address is the one you sign in with. We send at most one link a minute.
password-reset-send-again = Send the link again
password-reset-welcome = Welcome to { $tenant }: choose your password
password-reset-choose-new = Choose a new { $tenant } password
password-reset-set-mine = Set my password
password-reset-set-new = Set the new password
password-reset-unusable = This link cannot be used
password-reset-sign-in = Sign in
password-reset-ask-again = Ask for a new link
# $email is shown in bold.
password-reset-invitation-lead = You will sign in with { $email } and this password.
# $email is shown in bold.
password-reset-for = For { $email }. Setting it signs this account out everywhere it is signed in.
password-reset-new-password = New password
password-reset-password-hint = At least { $min } characters. Not a commonly used password.
password-reset-new-password-again = New password again

## tenant_login.rs

tenant-login-heading = Sign in to { $tenant }
tenant-login-password-changed = Your password was changed. Sign in with the new one.
tenant-login-provider = You will be taken to your identity provider to sign in, then brought back here.
tenant-login-not-set-up = Sign-in for this organization is not set up yet. Please contact its administrator or Tailspin support.
tenant-login-awaiting-title = Awaiting activation · Tailspin Surveys
tenant-login-awaiting-heading = This subscription is awaiting activation
# $alias is the subscriber's alias, shown in bold.
tenant-login-awaiting-lead = The subscriber { $alias } has signed up, and a Tailspin administrator has not activated it yet.
tenant-login-awaiting-payment = Tailspin activates a subscription once payment is arranged. Until then nobody can sign in here and no surveys are published.
# $address is the sign-in page's address, shown as code.
tenant-login-awaiting-hear = If you signed up, you will hear from us when it is ready; then sign in at { $address }.
tenant-login-home = Go to the Tailspin Surveys home page

## home.rs

home-title = Welcome
home-lead = Design and brand surveys, publish them on a fast public site, and watch the results arrive.
# $link is home-demo-link, a link.
home-demo = Running with demo data? { $link }
home-demo-link = See the surveys of Adatum Ltd.

## unsubscribe.rs

unsubscribe-heading = Unsubscribe from { $tenant }
unsubscribe-done = Done: { $tenant } will send no more survey invitations to { $email }.
unsubscribe-confirm = { $tenant } will send no more survey invitations to { $email }.
unsubscribe-button = Unsubscribe
