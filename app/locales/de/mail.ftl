# E-Mails an die Personen eines Abonnenten: seine Benutzer und seine Kontaktadresse.

mail-valid-hours = { $hours ->
    [one] eine Stunde
   *[other] { $hours } Stunden
}
mail-valid-days = { $days ->
    [one] einen Tag
    [7] sieben Tage
   *[other] { $days } Tage
}
mail-role = { $role ->
    [administrator] Administrator/in
   *[other] Umfrageersteller/in
}
mail-billing-month = { $month } { $year }

mail-password-reset-subject = Setzen Sie Ihr Passwort für { $tenant_name } zurück
mail-password-reset-body =
    Jemand hat darum gebeten, das Passwort Ihres Kontos bei { $tenant_name } auf Tailspin Surveys ({ $email }) zurückzusetzen.

    { $link }

    Der Link funktioniert einmal, { $valid_for } lang. Wenn Sie nicht darum gebeten haben, können Sie diese Nachricht ignorieren: Ihr Passwort bleibt, wie es ist.
mail-password-reset-link = Neues Passwort wählen

mail-invitation-subject = Sie sind zu { $tenant_name } auf Tailspin Surveys eingeladen
mail-invitation-body =
    { $inviter } hat Sie zu { $tenant_name } auf Tailspin Surveys eingeladen, als { $role }. Sie melden sich mit dieser E-Mail-Adresse an ({ $email }).

    { $link }

    Der Link funktioniert einmal, { $valid_for } lang. Wenn er abgelaufen ist, bitten Sie { $inviter }, die Einladung erneut zu senden.
mail-invitation-link = Passwort wählen

mail-signup-received-subject = Wir haben Ihre Anmeldung für { $tenant_name } erhalten
mail-signup-received-body =
    Vielen Dank, dass Sie { $tenant_name } für den Tarif { $plan } von Tailspin Surveys angemeldet haben.

    Ein Tailspin-Administrator aktiviert das Abonnement, sobald die Zahlung geregelt ist. Wir schreiben an diese Adresse ({ $email }), sobald es bereit ist. Bis dahin kann sich niemand anmelden, und die Adresse { $public_link } bleibt für Sie reserviert.

    { $link }
mail-signup-received-link = Sehen, wo Sie sich anmelden werden

mail-subscription-active-subject = { $tenant_name } ist bereit auf Tailspin Surveys
mail-subscription-active-body =
    Das Abonnement { $plan } von { $tenant_name } ist aktiv. Melden Sie sich an, um Ihre erste Umfrage zu erstellen; Ihre Befragten finden Ihre öffentlichen Umfragen unter { $public_link }.

    { $link }

    Diese Nachricht ging an { $email }, die Adresse, die für Mitteilungen zu diesem Abonnement angegeben wurde.
mail-subscription-active-link = Zur Übersicht

mail-survey-quota-subject = { $survey_title } hat alle Antworten erhalten
mail-survey-quota-body =
    { $survey_title }, eine Umfrage von { $tenant_name }, hat die { $response_limit } Antworten erhalten, auf die sie begrenzt war, und sich selbst geschlossen. Wer ihre Adresse jetzt öffnet, liest, dass sie keine Antworten mehr annimmt.

    { $link }

    Um mehr zu sammeln, duplizieren Sie die Umfrage im Editor und veröffentlichen Sie die Kopie mit einer höheren Grenze.
mail-survey-quota-link = Ergebnisse ansehen

mail-monthly-limit-subject = { $level ->
    [100] { $tenant_name } hat alle Antworten für { $month } erhalten
   *[other] { $tenant_name } hat { $percent } seiner Antworten für { $month } verbraucht
}
mail-monthly-limit-body =
    { $tenant_name } hat { $responses } der { $limit } Antworten erhalten, die der Tarif { $plan } im { $month } erlaubt. { $level ->
        [100] Ihre Umfragen nehmen bis zum { $resumes_on } keine Antworten mehr an: Wer sie öffnet, liest, dass die Umfrage pausiert, und nichts, was gesendet wird, wird gespeichert.
       *[other] Bei { $limit } nehmen Ihre Umfragen bis zum { $resumes_on } keine Antworten mehr an, und Befragte lesen, dass die Umfrage pausiert.
    }

    { $link }

    Die Zählung beginnt am { $resumes_on } (UTC) von Neuem. Um vorher mehr Antworten anzunehmen, bitten Sie Tailspin Surveys um einen größeren Tarif oder eine höhere Grenze: Ihre Umfragen öffnen sich wieder, sobald sie angehoben ist.
mail-monthly-limit-link = Ihre Umfragen ansehen

mail-webhook-disabled-subject = Ein Webhook-Endpunkt von { $tenant_name } wurde deaktiviert
mail-webhook-disabled-body =
    Tailspin Surveys konnte einen Tag lang keine Ereignisse an { $endpoint_url } zustellen, hat es deshalb aufgegeben und den Endpunkt deaktiviert. Der letzte Versuch meldete: { $last_error }

    Wartende Ereignisse bleiben erhalten. Sobald der Empfänger wieder funktioniert, aktivieren Sie den Endpunkt, und sie werden der Reihe nach zugestellt.

    { $link }
mail-webhook-disabled-link = Zustellungen ansehen

mail-plan-password-subject = Wählen Sie ein Passwort für { $tenant_name }
mail-plan-password-body =
    { $tenant_name } ist auf Tailspin Surveys zum Tarif { $plan } gewechselt. In diesem Tarif melden Sie sich mit Ihrer E-Mail-Adresse ({ $email }) und einem eigenen Passwort an, nicht mehr mit Ihrem Konto bei { $provider }.

    { $link }

    Der Link funktioniert einmal, { $valid_for } lang. Wenn er abgelaufen ist, fordern Sie mit „Passwort vergessen?“ auf der Anmeldeseite einen neuen an.
mail-plan-password-link = Passwort wählen

mail-plan-social-identity-subject = Mit { $provider } bei { $tenant_name } anmelden
mail-plan-social-identity-body =
    { $tenant_name } ist auf Tailspin Surveys zum Tarif { $plan } gewechselt. In diesem Tarif melden Sie sich mit Ihrem Konto bei { $provider } an, nicht mehr mit einem Passwort oder der Anmeldung Ihrer Organisation.

    Melden Sie sich mit dem Konto bei { $provider } an, dessen bestätigte E-Mail-Adresse { $email } ist: Es öffnet Ihr Konto, mit Ihren Umfragen und Antworten, wie sie waren.

    { $link }
mail-plan-social-identity-link = Bei { $tenant_name } anmelden
