# public

## admin.rs: the sign-in page of Tailspin administration

admin-login-heading = Tailspin-Verwaltung

## password_reset.rs

# $tenant is the organization's name.
password-reset-heading = Passwort für { $tenant } zurücksetzen
# The page's title after an error; $title is the page's heading.
password-reset-error-title = Fehler: { $title }
password-reset-provider = Diese Organisation meldet sich über ihren Identitätsanbieter an, daher werden die Passwörter dort verwaltet. Setzen Sie Ihres bei diesem Anbieter zurück oder wenden Sie sich an Ihre Administration.
password-reset-back = Zurück zur Anmeldung
password-reset-lead = Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können.
password-reset-email = E-Mail
password-reset-send = Link senden
password-reset-check-email = Prüfen Sie Ihre E-Mails
# $email is shown in bold.
password-reset-sent = Falls es hier ein Konto für { $email } gibt, haben wir an diese Adresse einen Link gesendet, mit dem Sie ein neues Passwort wählen können. Der Link ist eine Stunde lang gültig.
password-reset-nothing = Nach ein paar Minuten noch nichts da? Sehen Sie in Ihrem Spam-Ordner nach und prüfen Sie, ob es die Adresse ist, mit der Sie sich anmelden. Wir senden höchstens einen Link pro Minute.
password-reset-send-again = Link erneut senden
password-reset-welcome = Willkommen bei { $tenant }: Wählen Sie Ihr Passwort
password-reset-choose-new = Neues Passwort für { $tenant } wählen
password-reset-set-mine = Passwort festlegen
password-reset-set-new = Neues Passwort festlegen
password-reset-unusable = Dieser Link kann nicht verwendet werden
password-reset-sign-in = Anmelden
password-reset-ask-again = Neuen Link anfordern
# $email is shown in bold.
password-reset-invitation-lead = Sie melden sich mit { $email } und diesem Passwort an.
# $email is shown in bold.
password-reset-for = Für { $email }. Damit wird dieses Konto überall abgemeldet, wo es angemeldet ist.
password-reset-new-password = Neues Passwort
password-reset-password-hint = Mindestens { $min } Zeichen. Kein häufig verwendetes Passwort.
password-reset-new-password-again = Neues Passwort wiederholen

## tenant_login.rs

tenant-login-heading = Bei { $tenant } anmelden
tenant-login-password-changed = Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen an.
tenant-login-provider = Zur Anmeldung werden Sie zu Ihrem Identitätsanbieter weitergeleitet und danach hierher zurückgebracht.
tenant-login-not-set-up = Die Anmeldung für diese Organisation ist noch nicht eingerichtet. Bitte wenden Sie sich an ihre Administration oder an den Tailspin-Support.
tenant-login-awaiting-title = Warten auf Aktivierung · Tailspin Surveys
tenant-login-awaiting-heading = Dieses Abonnement wartet auf die Aktivierung
# $alias is the subscriber's alias, shown in bold.
tenant-login-awaiting-lead = Der Abonnent { $alias } hat sich registriert, wurde aber noch nicht von der Tailspin-Verwaltung aktiviert.
tenant-login-awaiting-payment = Tailspin aktiviert ein Abonnement, sobald die Zahlung geregelt ist. Bis dahin kann sich hier niemand anmelden, und es werden keine Umfragen veröffentlicht.
# $address is the sign-in page's address, shown as code.
tenant-login-awaiting-hear = Wenn Sie sich registriert haben, melden wir uns bei Ihnen, sobald alles bereit ist; melden Sie sich dann unter { $address } an.
tenant-login-home = Zur Startseite von Tailspin Surveys

## home.rs

home-title = Willkommen
home-lead = Gestalten Sie Umfragen in Ihrem Markenauftritt, veröffentlichen Sie sie auf einer schnellen öffentlichen Website und verfolgen Sie, wie die Ergebnisse eintreffen.
# $link is home-demo-link, a link.
home-demo = Mit Demodaten unterwegs? { $link }
home-demo-link = Sehen Sie sich die Umfragen von Adatum Ltd. an.

## unsubscribe.rs

unsubscribe-heading = Abmelden von { $tenant }
unsubscribe-done = Erledigt: { $tenant } sendet keine Einladungen zu Umfragen mehr an { $email }.
unsubscribe-confirm = { $tenant } sendet dann keine Einladungen zu Umfragen mehr an { $email }.
unsubscribe-button = Abmelden
