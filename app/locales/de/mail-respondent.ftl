# E-Mails an Befragte (Einladungen und Erinnerungen) und was jede E-Mail teilt.

mail-button-fallback = Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:

mail-survey-invitation-subject = { $subject }
mail-survey-invitation-body =
    { $message }

    { $link }

    Dieser Link gehört nur Ihnen und funktioniert einmal. Wenn Sie keine Umfrageeinladungen von { $tenant_name } mehr erhalten möchten, folgen Sie diesem Link: { $unsubscribe }
mail-survey-invitation-link = An der Umfrage teilnehmen
mail-survey-invitation-unsubscribe = Abmelden

mail-survey-reminder-subject = Erinnerung: { $subject }
mail-survey-reminder-body =
    Wir haben Ihre Antworten noch nicht erhalten, deshalb schicken wir Ihnen Ihren Link noch einmal.

    { $message }

    { $link }

    Dieser Link gehört nur Ihnen und funktioniert einmal. Wenn Sie keine Umfrageeinladungen von { $tenant_name } mehr erhalten möchten, folgen Sie diesem Link: { $unsubscribe }
mail-survey-reminder-link = An der Umfrage teilnehmen
mail-survey-reminder-unsubscribe = Abmelden

mail-survey-default-greeting = Hallo { $name },
mail-survey-default-request = { $tenant_name } möchte gern Ihre Meinung hören. Die Umfrage dauert nur wenige Minuten.
