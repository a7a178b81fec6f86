# E-mail to respondents (survey invitations and reminders) and the parts
# every e-mail shares. A message's body is Markdown: `{ $link }` becomes a
# button labelled with the message named after it (…-link). Keep each
# paragraph's lines together and a blank line between paragraphs.

mail-button-fallback = If the button does not work, copy this address into your browser:

mail-survey-invitation-subject = { $subject }
mail-survey-invitation-body =
    { $message }

    { $link }

    This link is yours alone and works once. If you would rather not receive survey invitations from { $tenant_name }, follow this link: { $unsubscribe }
mail-survey-invitation-link = Answer the survey
mail-survey-invitation-unsubscribe = Unsubscribe

mail-survey-reminder-subject = Reminder: { $subject }
mail-survey-reminder-body =
    We have not received your answers yet, so here is your link again.

    { $message }

    { $link }

    This link is yours alone and works once. If you would rather not receive survey invitations from { $tenant_name }, follow this link: { $unsubscribe }
mail-survey-reminder-link = Answer the survey
mail-survey-reminder-unsubscribe = Unsubscribe

# The message an invitation carries until its creator writes one;
# $name is replaced by the contact's name when it is sent.
mail-survey-default-greeting = Hello { $name },
mail-survey-default-request = { $tenant_name } would like to hear from you. The survey takes a few minutes.
