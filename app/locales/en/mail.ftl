# E-mail to a tenant's people: its users, and its contact address. A
# message's body is Markdown: `{ $link }` becomes a button labelled with
# the message named after it (…-link). Keep each paragraph's lines
# together and a blank line between paragraphs.

# How long a link works.
mail-valid-hours = { $hours ->
    [one] one hour
   *[other] { $hours } hours
}
mail-valid-days = { $days ->
    [one] one day
    [7] seven days
   *[other] { $days } days
}
# $role: administrator or survey_creator.
mail-role = { $role ->
    [administrator] administrator
   *[other] survey creator
}
# A month of the billing calendar: $month is its name (month-…).
mail-billing-month = { $month } { $year }

mail-password-reset-subject = Reset your { $tenant_name } password
mail-password-reset-body =
    Someone asked to reset the password of your { $tenant_name } account on Tailspin Surveys ({ $email }).

    { $link }

    The link works once, for { $valid_for }. If you did not ask for it, you can ignore this message: your password stays as it is.
mail-password-reset-link = Choose a new password

mail-invitation-subject = You are invited to { $tenant_name } on Tailspin Surveys
mail-invitation-body =
    { $inviter } invited you to { $tenant_name } on Tailspin Surveys, as { $role }. You will sign in with this email ({ $email }).

    { $link }

    The link works once, for { $valid_for }. If it has expired, ask { $inviter } to send the invitation again.
mail-invitation-link = Choose your password

mail-signup-received-subject = We have your sign-up for { $tenant_name }
mail-signup-received-body =
    Thank you for signing up { $tenant_name } for the { $plan } plan of Tailspin Surveys.

    A Tailspin administrator activates the subscription once payment is arranged. We will write to this address ({ $email }) as soon as it is ready. Until then nobody can sign in, and the address { $public_link } is kept for you.

    { $link }
mail-signup-received-link = See where you will sign in

mail-subscription-active-subject = { $tenant_name } is ready on Tailspin Surveys
mail-subscription-active-body =
    The { $plan } subscription of { $tenant_name } is active. Sign in to create your first survey; your respondents will find your public surveys at { $public_link }.

    { $link }

    This message went to { $email }, the address given for notices about this subscription.
mail-subscription-active-link = Open your dashboard

mail-survey-quota-subject = { $survey_title } has all its responses
mail-survey-quota-body =
    { $survey_title }, a survey of { $tenant_name }, received the { $response_limit } responses it was limited to, and closed itself. Respondents who open its address now read that it no longer accepts answers.

    { $link }

    To collect more, duplicate the survey in the editor and publish the copy with a higher limit.
mail-survey-quota-link = See its results

# $level: 80 (a warning) or 100 (the limit is reached); $percent is $level written as a percentage.
mail-monthly-limit-subject = { $level ->
    [100] { $tenant_name } has received all its responses for { $month }
   *[other] { $tenant_name } has used { $percent } of its responses for { $month }
}
mail-monthly-limit-body =
    { $tenant_name } has received { $responses } of the { $limit } responses its { $plan } plan allows in { $month }. { $level ->
        [100] Your surveys take no more answers until { $resumes_on }: respondents who open them read that the survey is paused, and nothing they send is stored.
       *[other] At { $limit } your surveys stop taking answers until { $resumes_on }, and respondents read that the survey is paused.
    }

    { $link }

    The count starts again on { $resumes_on } (UTC). To take more responses before then, ask Tailspin Surveys for a larger plan or a higher limit: your surveys open again as soon as it is raised.
mail-monthly-limit-link = See your surveys

mail-webhook-disabled-subject = A webhook endpoint of { $tenant_name } was disabled
mail-webhook-disabled-body =
    Tailspin Surveys could not deliver events to { $endpoint_url } for a day, so it stopped trying and disabled the endpoint. The last attempt said: { $last_error }

    Events that were waiting are kept. Once the receiver works again, enable the endpoint, and they are delivered in order.

    { $link }
mail-webhook-disabled-link = See its deliveries

mail-plan-password-subject = Choose a password for { $tenant_name }
mail-plan-password-body =
    { $tenant_name } moved to the { $plan } plan on Tailspin Surveys. On this plan you sign in with your email ({ $email }) and a password of your own, no longer with your { $provider } account.

    { $link }

    The link works once, for { $valid_for }. If it has expired, ask for a new one with “Forgot your password?” on the sign-in page.
mail-plan-password-link = Choose your password

mail-plan-social-identity-subject = Sign in to { $tenant_name } with { $provider }
mail-plan-social-identity-body =
    { $tenant_name } moved to the { $plan } plan on Tailspin Surveys. On this plan you sign in with your { $provider } account, no longer with a password or your organization’s sign-in.

    Sign in with the { $provider } account whose verified email is { $email }: it opens your account, with your surveys and answers as they were.

    { $link }
mail-plan-social-identity-link = Sign in to { $tenant_name }
