# What the services and the domain say: accounts.

## domain/email.rs, alias.rs, password.rs: set inside a sentence, lowercase

msg-email-too-long = eine E-Mail-Adresse hat höchstens 254 Zeichen
msg-email-shape = eine E-Mail-Adresse hat die Form name@example.com
msg-alias-length = ein Alias braucht 2 bis 40 Zeichen
msg-alias-characters = ein Alias darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten
msg-alias-hyphens = ein Alias darf nicht mit einem Bindestrich beginnen oder enden und keine zwei Bindestriche hintereinander enthalten
msg-alias-reserved = dieser Alias ist reserviert
msg-password-too-short = Ein Passwort braucht mindestens { $min } Zeichen.
msg-password-too-long = Ein Passwort hat höchstens { $max } Zeichen.
msg-password-too-common = Dieses Passwort ist zu verbreitet. Wählen Sie eines, das schwerer zu erraten ist.

## domain/identity_provider.rs, claim_rules.rs

# $problem is one of the msg-claim-rules-… messages.
msg-identity-provider-rule-line = Zeile { $line }: { $problem }
msg-identity-provider-client-id = Geben Sie die Client-ID ein, die Ihr Anbieter Ihnen gegeben hat (höchstens { $max } Zeichen).
msg-identity-provider-claim-name = Ein Claim-Name ist ein einzelnes Wort aus Buchstaben, Ziffern und _ - . : (zum Beispiel sub oder email).
msg-identity-provider-administrator = Geben Sie die E-Mail-Adresse oder Kennung der Person ein, die dieses Abonnement verwaltet.
msg-identity-provider-client-secret = Geben Sie das Client-Geheimnis ein, das Ihr Anbieter Ihnen gegeben hat (höchstens { $max } Zeichen).
msg-identity-provider-issuer = Geben Sie die Aussteller-URL Ihres Anbieters ein, zum Beispiel https://login.example.com/tenant (https, ohne Query und Fragment).
msg-identity-provider-issuer-https = Der Aussteller muss https verwenden (einfaches http wird nur für diesen Rechner akzeptiert).
msg-claim-rules-too-many = höchstens { $max } Regeln sind erlaubt
msg-claim-rules-shape = erwartet wird `Claim-Typ = Wert => Rolle`
msg-claim-rules-equals = erwartet wird `=` zwischen dem Claim-Typ und seinem Wert
msg-claim-rules-one-word = der Claim-Typ muss ein einzelnes Wort sein, zum Beispiel `groups`
msg-claim-rules-no-value = der zu vergleichende Wert fehlt
msg-claim-rules-too-long = Claim-Typen und Werte sind auf { $max } Zeichen begrenzt
# The role names stay in English: the rules are written with them.
msg-claim-rules-unknown-role = unbekannte Rolle `{ $role }`; verwenden Sie `Administrator` oder `Survey Creator`

## auth/*.rs: sign-in refusals

msg-federation-unreachable = Der Identitätsanbieter Ihrer Organisation war nicht erreichbar. Bitte versuchen Sie es später erneut oder bitten Sie Ihre Administration, die Anmeldeeinstellungen zu prüfen.
msg-federation-provider-refused = Ihr Identitätsanbieter hat die Anmeldung nicht abgeschlossen. Bitte versuchen Sie es erneut.
msg-federation-unsafe = Die Anmeldung konnte nicht sicher abgeschlossen werden, daher wurde niemand angemeldet. Bitte beginnen Sie erneut auf der Anmeldeseite.
# $endpoint is a name such as jwks_uri, $url an address; $problem says why
# the address is refused.
msg-discovery-endpoint-host = Die Konfiguration des Anbieters nennt { $endpoint } { $url }; diese Adresse liegt nicht auf dem Host des Ausstellers.
msg-discovery-endpoint-refused = Die Konfiguration des Anbieters nennt { $endpoint } { $url }: { $problem }.
msg-federated-not-set-up = Die Anmeldung für diese Organisation ist noch nicht eingerichtet. Bitte wenden Sie sich an ihre Administration.
msg-federated-uses-passwords = Bei dieser Organisation melden Sie sich mit E-Mail-Adresse und Passwort an.
msg-sign-in-uses-provider = Bei dieser Organisation melden Sie sich über ihren Identitätsanbieter an, nicht mit einem Passwort.

## services/plan_changes.rs

# A list of names cut short: "a, b and 3 more".
msg-plan-changes-and-more = { $list } und { $more } weitere
msg-plan-changes-too-many-surveys = Mit diesen Limits erlaubt der Tarif { $plan } { $max ->
    [one] { $max } offene Umfrage
   *[other] { $max } offene Umfragen
  }, und { $tenant } hat { $count }: Schließen Sie zuerst { $close } davon: { $list }.
msg-plan-changes-too-many-users = Mit diesen Limits erlaubt der Tarif { $plan } { $max ->
    [one] { $max } Person
   *[other] { $max } Personen
  }, und { $tenant } hat { $count }: Entfernen Sie zuerst { $remove } davon: { $list }.
msg-plan-changes-choose-higher = Wählen Sie einen Tarif über { $plan }; für einen Wechsel zu einem kleineren Tarif wenden Sie sich an Tailspin Surveys.
msg-plan-changes-smaller = Für einen Wechsel zu einem kleineren Tarif wenden Sie sich an Tailspin Surveys.
msg-plan-changes-use-provider-form = Im Tarif { $plan } erfolgt die Anmeldung über den Identitätsanbieter Ihrer Organisation: Geben Sie dessen Einstellungen im Formular für { $plan } ein.
# $problem is msg-email-too-long or msg-email-shape.
msg-plan-changes-email = Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden werden ({ $problem }).
msg-plan-changes-others-social = Im Tarif { $plan } behält die Inhaberin oder der Inhaber das Konto und meldet sich mit einem Passwort an; die anderen Nutzenden melden sich mit ihren Social-Login-Konten an, die der Tarif { $plan } nicht akzeptiert. Entfernen Sie diese zuerst: { $list }.
msg-plan-changes-already = Sie nutzen bereits den Tarif { $plan }.
msg-plan-changes-confirm = Setzen Sie das Häkchen, um zu bestätigen, wer ein Konto behält und wer entfernt wird.
msg-plan-changes-stale = Ihr Tarif hat sich inzwischen geändert oder Ihr Abonnement ist nicht aktiv: Laden Sie die Seite neu, um den aktuellen Stand zu sehen.
msg-plan-changes-email-taken = Hier meldet sich bereits jemand mit dieser E-Mail-Adresse an.

## services/sign_in_changes.rs

msg-sign-in-changes-deleting = Dieser Abonnent wird gerade gelöscht und kann nicht geändert werden.
msg-sign-in-changes-choose-plan = Wählen Sie einen Tarif mit einer anderen Anmeldeart als { $plan }; zu einem Tarif mit derselben Anmeldeart wechseln Sie in den Einstellungen.
msg-sign-in-changes-use-form = Verwenden Sie das Formular für { $plan }, um { $tenant } in diesen Tarif zu überführen.
msg-sign-in-changes-no-user = Bei { $tenant } gibt es keine Person mehr, die das Konto behalten könnte: Legen Sie stattdessen einen neuen Abonnenten an.
msg-sign-in-changes-one-user = Nur eine Person kann das Konto behalten; entfernen Sie zuerst diese: { $list }.
msg-sign-in-changes-no-email = Niemand bei { $tenant } hat eine vom Anbieter bestätigte E-Mail-Adresse, daher könnte sich niemand mit einem Passwort anmelden. Bitten Sie zuerst eine Administratorin oder einen Administrator, sich einmal über den Anbieter anzumelden.
msg-sign-in-changes-social-provider = Wählen Sie den Social-Login-Anbieter, über den sich die Inhaberin oder der Inhaber anmeldet.
msg-sign-in-changes-owner-email = Geben Sie die E-Mail-Adresse ein, die das Social-Login-Konto der Inhaberin oder des Inhabers bestätigt ({ $problem }).

## services/signup/*.rs

msg-signup-name = Geben Sie den Namen des Abonnenten ein (1 bis 100 Zeichen).
msg-signup-alias-taken-choose = { $alias } ist vergeben; wählen Sie einen anderen Alias.
# $problem is one of the msg-alias-… messages.
msg-signup-alias-choose-another = Wählen Sie einen anderen Alias: { $problem }.
msg-signup-choose-plan = Wählen Sie einen Tarif.
msg-signup-choose-listed-plan = Wählen Sie einen der aufgeführten Tarife.
msg-signup-choose-region = Wählen Sie eine der aufgeführten Regionen.
msg-signup-contact-email = Geben Sie die E-Mail-Adresse ein, an die wir Mitteilungen zu diesem Abonnement senden.
msg-signup-valid-email = Geben Sie eine gültige E-Mail-Adresse ein: { $problem }.
msg-signup-admin-name = Geben Sie den Namen der Administratorin oder des Administrators ein (1 bis 100 Zeichen).
msg-signup-social-provider = Wählen Sie die Identität, mit der Sie sich anmelden werden.
msg-signup-owner-subject = Geben Sie die Kennung (Subject) der Inhaberin oder des Inhabers beim Anbieter ein.
msg-signup-alias-not-possible = Nicht möglich: { $problem }.
msg-signup-alias-taken = { $alias } ist vergeben.
msg-signup-alias-available = { $alias } ist verfügbar.
msg-signup-issuer = Geben Sie die Aussteller-URL ein.
# "Test connection": $issuer, $authorization and $tokens are addresses,
# $scopes OpenID Connect scopes separated by spaces.
msg-signup-connected = Verbunden: { $issuer } veröffentlicht seine Konfiguration (Anmeldung unter { $authorization }).
msg-signup-connected-tokens = Verbunden: { $issuer } veröffentlicht seine Konfiguration (Anmeldung unter { $authorization }, Tokens unter { $tokens }).
msg-signup-connected-scopes = Verbunden: { $issuer } veröffentlicht seine Konfiguration (Anmeldung unter { $authorization }; Scopes: { $scopes }).
msg-signup-connected-tokens-scopes = Verbunden: { $issuer } veröffentlicht seine Konfiguration (Anmeldung unter { $authorization }, Tokens unter { $tokens }; Scopes: { $scopes }).
msg-signup-provider-unreachable = Der Anbieter war nicht erreichbar oder hat unter { $issuer }/.well-known/openid-configuration keine OpenID-Konfiguration veröffentlicht.
msg-onboarding-name = Der Name des Abonnenten muss 1 bis 100 Zeichen lang sein.
msg-onboarding-plan-local-accounts = Im Tarif { $plan } erfolgt die Anmeldung mit Konten, die Tailspin Surveys verwaltet.
msg-onboarding-plan-own-provider = Im Tarif { $plan } erfolgt die Anmeldung über den eigenen Identitätsanbieter des Abonnenten.
msg-onboarding-plan-social-identity = Im Tarif { $plan } erfolgt die Anmeldung mit einer einzigen Social-Login-Identität.
msg-onboarding-owner-missing = Die Identität (Subject) der Inhaberin oder des Inhabers fehlt.
msg-onboarding-alias-taken = Der Alias { $alias } ist vergeben.

## services/tenants.rs, api/tenants.rs: Tailspin administration of subscribers

msg-tenants-limit = Geben Sie eine ganze Zahl von 1 bis { $max } ein oder lassen Sie das Feld leer, damit das Limit des Tarifs gilt.
msg-tenants-contact-email = Geben Sie eine gültige E-Mail-Adresse ein oder lassen Sie das Feld leer, damit keine Mitteilungen gesendet werden: { $problem }.
msg-tenants-name = Geben Sie den Namen des Abonnenten ein (1 bis 100 Zeichen).
# $current is the subscriber's plan now. The quoted words name the link
# admin-tenant-plan-hint-link.
msg-tenants-plan-signs-in-differently = Im Tarif { $plan } erfolgt die Anmeldung anders als im Tarif { $current }: Verwenden Sie „Anmeldung des Abonnenten ändern“, das Sie durch den Wechsel führt.
msg-tenants-choose-plan = Wählen Sie einen Tarif.
msg-tenants-choose-status = Wählen Sie „Aktiv“, „Gesperrt“ oder „Aktivierung ausstehend“; einen Abonnenten löschen Sie mit dem Löschformular.
# The quoted words name the button admin-tenant-suspend-open.
msg-tenants-suspend-above = Sperren Sie einen Abonnenten oben mit „Diesen Abonnenten sperren“; dort wird eine Bestätigung verlangt.
msg-tenants-choose-region = Wählen Sie eine der aufgeführten Regionen.
# The quoted words name the region move's button (region-move-panel-move).
msg-tenants-region-own-database = Damit kämen die Umfragen und Antworten des Abonnenten in eine andere Datenbank: Verwenden Sie „Daten des Abonnenten verschieben“; dabei werden sie kopiert, während die Umfragen weiter Antworten annehmen.
msg-tenants-deleting = Dieser Abonnent wird gerade gelöscht und kann nicht geändert werden.
msg-tenants-no-provider-settings = Nur Premium-Abonnenten, die nicht gerade gelöscht werden, haben Anbietereinstellungen.
msg-tenants-confirm-suspend = Setzen Sie das Häkchen, um zu bestätigen, dass { $alias } gesperrt werden soll.
msg-tenants-suspend-or-activate = Ein Abonnent kann hier gesperrt oder aktiviert werden.
# $status is the subscriber's status code.
msg-tenants-cannot-activate = { $alias } ist { $status ->
    [pending_activation] im Status „Aktivierung ausstehend“
    [active] aktiv
    [suspended] gesperrt
   *[deleting] im Löschvorgang
  } und kann jetzt nicht aktiviert werden.
msg-tenants-cannot-suspend = { $alias } ist { $status ->
    [pending_activation] im Status „Aktivierung ausstehend“
    [active] aktiv
    [suspended] gesperrt
   *[deleting] im Löschvorgang
  } und kann jetzt nicht gesperrt werden.
msg-tenants-type-alias = Geben Sie zur Bestätigung genau { $alias } ein.
msg-tenants-already-deleting = Dieser Abonnent wird bereits gelöscht.
# The state of a deleted subscriber's purge.
msg-tenants-purge-queued = Wartet auf den Start
msg-tenants-purge-running = Daten werden entfernt
msg-tenants-purge-succeeded = Vollständig gelöscht
msg-tenants-purge-failed = Fehlgeschlagen
# How a subscriber's users sign in, on its page.
msg-tenants-sign-in-local-accounts = Konten bei Tailspin Surveys (verwaltet von den Administratorinnen und Administratoren des Abonnenten)
msg-tenants-sign-in-own-provider = Der eigene OpenID-Connect-Anbieter des Abonnenten (eingerichtet von dessen Administratorinnen und Administratoren unter Anmeldeeinstellungen)
msg-tenants-sign-in-social-identity = Eine Social-Login-Identität, die der Inhaberin oder des Inhabers

## services/users.rs

msg-users-provider-decides = Die Nutzenden dieser Organisation melden sich über ihren Identitätsanbieter an; er entscheidet, wer sie sind und welche Rolle sie haben.
msg-users-choose-role = Wählen Sie eine Rolle.
msg-users-name = Geben Sie den Namen der Person ein (höchstens 100 Zeichen).
msg-users-valid-email = Geben Sie eine gültige E-Mail-Adresse ein: { $problem }.
msg-users-limit-reached = Ihr Tarif { $plan } erlaubt { $max ->
    [one] { $max } Person
   *[other] { $max } Personen
  }, und alle Plätze sind belegt. Entfernen Sie zuerst ein Benutzerkonto oder wechseln Sie auf der Seite „Tarif“ zu einem größeren Tarif.
msg-users-email-taken = Hier meldet sich bereits jemand mit dieser E-Mail-Adresse an.
msg-users-keep-own-role = Sie können sich die Rolle Administrator nicht selbst entziehen; bitten Sie eine andere Administratorin oder einen anderen Administrator darum.
msg-users-keep-yourself = Sie können sich nicht selbst entfernen; bitten Sie eine andere Administratorin oder einen anderen Administrator darum.

## services/password_reset.rs

msg-password-reset-expired = Dieser Link ist abgelaufen. Fordern Sie unten einen neuen an oder bitten Sie Ihre Administration, die Einladung erneut zu senden.
msg-password-reset-used = Dieser Link wurde bereits verwendet. Jeder Link funktioniert nur einmal; fordern Sie bei Bedarf unten einen neuen an.
msg-password-reset-unknown = Dieser Link ist ungültig. Prüfen Sie, ob Sie die ganze Adresse kopiert haben, oder fordern Sie unten einen neuen an.
msg-password-reset-uses-provider = Bei dieser Organisation melden Sie sich über ihren Identitätsanbieter an; setzen Sie Ihr Passwort dort zurück.
msg-password-reset-email = Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden ({ $problem }).
msg-password-reset-unusable = Dieser Link kann nicht verwendet werden.
msg-password-reset-enter-password = Geben Sie ein neues Passwort ein.
msg-password-reset-not-same = Die beiden Passwörter stimmen nicht überein. Geben Sie das neue Passwort zweimal ein.

## services/region_moves.rs, api/region_moves.rs

msg-region-moves-choose-region = Wählen Sie eine der aufgeführten Regionen.
msg-region-moves-already-there = Der Abonnent ist bereits in dieser Region.
msg-region-moves-deleting = Der Abonnent wird gerade gelöscht.
msg-region-moves-same-database = Beide Regionen speichern ihre Daten in derselben Datenbank: Ändern Sie die Region unten in den Einstellungen.
msg-region-moves-different-kinds = Die Datenbanken der beiden Regionen sind unterschiedlicher Art (SQLite und PostgreSQL); ein Abonnent kann nur zwischen Datenbanken derselben Art verschoben werden.
msg-region-moves-under-way = Eine Verschiebung dieses Abonnenten läuft bereits.
# The state of a move to another region.
msg-region-moves-queued = Wartet auf den Start
msg-region-moves-running = Wird verschoben
msg-region-moves-succeeded = Verschoben
msg-region-moves-failed = Fehlgeschlagen

## api/admin.rs

# A subscriber or survey that has no name left, by its number.
msg-admin-tenant-number = Abonnent { $id }
msg-admin-survey-number = Umfrage { $id }
msg-admin-mail-unreadable = (nicht lesbar: der Schlüssel des Abonnenten wurde vernichtet)
# An outgoing email's state, by its code.
msg-admin-mail-status = { $status ->
    [queued] eingereiht
    [running] wird gesendet
    [sent] gesendet
    [failed] fehlgeschlagen
   *[other] { $status }
  }

msg-sign-in-wrong-credentials = E-Mail-Adresse oder Passwort stimmen nicht. Bitte versuchen Sie es noch einmal.
msg-sign-in-too-many-seconds = Zu viele fehlgeschlagene Versuche. Bitte warten Sie { $seconds ->
    [one] 1 Sekunde
   *[other] { $seconds } Sekunden
} und versuchen Sie es dann erneut.
msg-sign-in-too-many-minutes = Zu viele fehlgeschlagene Versuche. Bitte warten Sie { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
} und versuchen Sie es dann erneut.
msg-federated-no-role = Sie haben sich als { $who } angemeldet, aber Ihre Organisation hat diesem Konto keine Rolle in Tailspin Surveys gegeben. Bitten Sie Ihre Administration, Sie einer Gruppe hinzuzufügen, die es nutzen darf.
msg-federated-not-owner = Sie haben sich als { $who } angemeldet, aber dieses Abonnement gehört einem anderen Konto. Nur sein Inhaber kann sich anmelden.
msg-federated-limit-reached = Sie haben sich als { $who } angemeldet, aber dieses Abonnement hat bereits so viele Benutzer, wie sein Tarif erlaubt.
msg-federation-with-reason = { $message } (Grund: { $reason }.)
federated-not-completed = Anmeldung nicht abgeschlossen
federated-not-completed-home = Zur Startseite von Tailspin Surveys
sign-in-with-own-provider = Mit Ihrem Konto bei { $tenant } anmelden
sign-in-with-provider = Mit { $provider } anmelden
msg-sign-in-settings-secret-again = Geben Sie das Client-Geheimnis erneut ein: Aussteller oder Client-ID haben sich geändert, und das gespeicherte Geheimnis wird nur an den Anbieter gesendet, für den es ausgestellt wurde.
