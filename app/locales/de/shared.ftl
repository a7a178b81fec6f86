# shared

## Domain labels (`localized_label`, `localized_label_of`)

label-plan-trial = Testversion
label-plan-individual = Einzelnutzung
label-plan-standard = Standard
label-plan-premium = Premium

label-tenant-status-pending-activation = Aktivierung ausstehend
label-tenant-status-active = Aktiv
label-tenant-status-suspended = Gesperrt
label-tenant-status-deleting = Wird gelöscht

label-role-survey-creator = Umfrageersteller/in
label-role-administrator = Administrator/in

label-metadata-kind-text = Text
label-metadata-kind-number = Zahl
label-metadata-kind-url = Webadresse (URL)

label-survey-state-draft = Entwurf
label-survey-state-published = Veröffentlicht
label-survey-state-closed = Geschlossen
label-survey-state-expired = Abgelaufen

label-text-format-any = Beliebiger Text
label-text-format-email = E-Mail-Adresse
label-text-format-url = Webadresse
label-text-format-phone = Telefonnummer
label-text-format-digits = Nur Ziffern
label-text-format-letters-digits = Nur Buchstaben und Ziffern

label-proof-of-work-off = Aus: nur ein verstecktes Fallenfeld und eine Mindestausfüllzeit
label-proof-of-work-allow-without-script = An; wer einen Browser ohne JavaScript nutzt, kann trotzdem antworten
label-proof-of-work-required = An; zum Antworten ist JavaScript nötig

label-question-kind-free-text = Langer Text
label-question-kind-short-text = Kurzer Text
label-question-kind-number = Zahl
label-question-kind-date = Datum
label-question-kind-range = Sternebewertung (1–5)
label-question-kind-scale = Bewertungsskala
label-question-kind-nps = Net Promoter Score (0–10)
label-question-kind-choice = Einfachauswahl
label-question-kind-checkboxes = Mehrfachauswahl
label-question-kind-dropdown = Auswahlliste
label-question-kind-matrix = Matrix (Likert)
label-question-kind-ranking = Rangfolge
label-question-kind-unknown = Unbekannt

label-test-equals = ist
label-test-not-equals = ist nicht
label-test-any-of = ist eines von
label-test-greater = ist größer als
label-test-less = ist kleiner als
label-test-answered = ist beantwortet
label-test-not-answered = ist nicht beantwortet
label-test-unknown = unbekannt

label-step-data-key = Datenschlüssel wird vernichtet
label-step-sessions = Nutzende werden abgemeldet
label-step-export-database = Exportdatenbank
label-step-blobs = Logos und andere Dateien
label-step-responses = Antworten und ihre Daten
label-step-surveys = Umfragen und Statistiken
label-step-tenant = Nutzende und Einstellungen

label-mail-kind-password-reset = Passwort zurücksetzen
label-mail-kind-invitation = Einladung
label-mail-kind-signup-received = Registrierung eingegangen
label-mail-kind-subscription-active = Abonnement aktiv
label-mail-kind-survey-quota = Umfrage am Limit geschlossen
label-mail-kind-monthly-limit = Monatliches Antwortlimit
label-mail-kind-survey-invitation = Einladung zur Umfrage
label-mail-kind-survey-reminder = Erinnerung an eine Umfrage
label-mail-kind-webhook-disabled = Webhook-Endpunkt deaktiviert
label-mail-kind-plan-password = Passwort für einen neuen Tarif
label-mail-kind-plan-social-identity = Social Login für einen neuen Tarif

## Navigation

tenant-nav-label = Seiten von { $tenant }
tenant-nav-dashboard = Übersicht
tenant-nav-plan = Tarif
tenant-nav-users = Nutzende
tenant-nav-sign-in = Anmeldeeinstellungen
tenant-nav-metadata = Metadatenfelder
tenant-nav-branding = Markengestaltung
tenant-nav-export = Export in eine Datenbank
tenant-nav-api = API-Schlüssel
tenant-nav-webhooks = Webhooks
tenant-nav-language = Sprache
tenant-nav-sign-out = Abmelden

admin-nav-label = Tailspin-Verwaltung
admin-nav-overview = Überblick
admin-nav-subscribers = Abonnenten
admin-nav-usage = Nutzung für die Abrechnung
admin-nav-dead-letters = Dead Letters
admin-nav-email = E-Mail
admin-nav-sign-out = Abmelden

## Forms

sign-in-form-email = E-Mail
sign-in-form-password = Passwort
sign-in-form-submit = Anmelden
sign-in-form-forgot = Passwort vergessen?

copy-button-copied = Kopiert

csv-file-picker-label = Oder eine CSV-Datei auswählen
csv-file-picker-too-large = { $name } ist größer als 1,9 MB. Teilen Sie die Liste auf und fügen Sie sie in Teilen hinzu.
csv-file-picker-loaded = { $name } ({ $lines ->
    [one] { $lines } Zeile
   *[other] { $lines } Zeilen
  }) steht im Feld oben. Prüfen Sie den Inhalt und fügen Sie dann die Kontakte hinzu.
csv-file-picker-unreadable-text = { $name } konnte nicht als Text gelesen werden.
csv-file-picker-unreadable = { $name } konnte nicht gelesen werden.

condition-fields-combine = Tests verknüpfen
condition-fields-all = alle müssen zutreffen
condition-fields-any = einer muss zutreffen
condition-fields-test = Test { $number }
condition-fields-value = Wert { $number }
condition-fields-none = (keiner)
# $test: an operator (label-test-…); the closed menu shows this alone.
condition-fields-test-option = Frage { $number } { $test }
condition-fields-hint = Bis zu { $rows } Tests zu { $questions ->
    [every] beliebigen Fragen
   *[earlier] vorherigen Fragen
  }. Geben Sie Optionen mit ihrer Beschriftung ein; trennen Sie mehrere Werte durch Kommas.
# $options: the question's options as written, and "Other" (which must stay as it is).
condition-fields-options = Frage { $number }: { $options }

## Plans

plan-choice-heading = Tarif wählen
plan-choice-choose = { $plan } wählen
plan-choice-starts = Beginn
plan-choice-starts-trial = Sofort, kostenlos
plan-choice-starts-paid = Nach Aktivierung durch Tailspin
plan-choice-active-surveys = Aktive Umfragen
plan-choice-survey-open = Laufzeit je Umfrage
plan-choice-survey-days = Bis zu { $days } Tage
plan-choice-users = Nutzende
plan-choice-users-one = 1 Person
plan-choice-users-up-to = Bis zu { $count } Personen
plan-choice-users-any = Beliebig viele Personen
plan-choice-responses = Antworten pro Monat
plan-choice-no-limit = Unbegrenzt
plan-choice-sign-in = Anmeldung
plan-choice-sign-in-social = Mit einem Social Login
plan-choice-sign-in-local = Mit E-Mail und Passwort
plan-choice-sign-in-own = Mit Ihrem eigenen Identitätsanbieter
# $plan is plan-choice-chosen-plan, in bold; $users is one, some or any.
plan-choice-chosen = { $plan }: { $surveys ->
    [one] { $surveys } aktive Umfrage
   *[other] { $surveys } aktive Umfragen
  }, jede bis zu { $days } Tage geöffnet; { $users ->
    [one] 1 Person
    [any] beliebig viele Personen
   *[some] bis zu { $max_users } Personen
  }; Anmeldung { $sign_in ->
    [social] mit einem Social Login
    [local] mit E-Mail und Passwort
   *[own] mit Ihrem eigenen Identitätsanbieter
  }.
plan-choice-chosen-plan = Tarif { $plan }
plan-choice-change = Tarif ändern

plan-settings-title = Tarif · { $tenant }
plan-settings-heading = Tarif
plan-settings-done = Sie nutzen jetzt den Tarif { $plan }.
plan-settings-done-password = Sie nutzen jetzt den Tarif { $plan }. Wir haben einen Link an { $email } gesendet, mit dem Sie Ihr Passwort festlegen.
plan-settings-done-provider = Sie nutzen jetzt den Tarif { $plan }. Alle melden sich über Ihren Identitätsanbieter an; { $administrator } ist immer Administrator/in.
plan-settings-password-pending = Legen Sie Ihr Passwort über den Link fest, den wir an { $email } gesendet haben: Danach melden Sie sich mit dieser E-Mail-Adresse und diesem Passwort an. Bis dahin bleiben Sie hier angemeldet. Wenn der Link verloren gegangen oder abgelaufen ist, nutzen Sie auf der Anmeldeseite „Passwort vergessen?“.
plan-settings-largest = { $plan } ist unser größter Tarif.
plan-settings-yours = Ihr Tarif: { $plan }
plan-settings-open-surveys = Derzeit offene Umfragen
plan-settings-users = Derzeitige Nutzende
plan-settings-upgrade-heading = Zu einem höheren Tarif wechseln
plan-settings-upgrade-hint = Ein höherer Tarif gilt sofort, und Ihre Umfragen und Antworten bleiben, wie sie sind. Um zu einem kleineren Tarif zu wechseln, wenden Sie sich an Tailspin Surveys.
plan-settings-changes-heading = Tarifänderungen
plan-settings-move-to = Zu { $plan } wechseln
plan-settings-keep-account = Sie behalten Ihr Konto und Ihre Umfragen. Ab jetzt melden Sie sich mit einer eigenen E-Mail-Adresse und einem eigenen Passwort an und können weitere Personen hinzufügen.
plan-settings-email = E-Mail-Adresse für die Anmeldung
plan-settings-own-provider = Ihre Nutzenden melden sich über den OpenID-Connect-Anbieter Ihrer Organisation an. Die Einstellungen werden getestet, bevor sich etwas ändert.
plan-settings-provider-summary = Anbieter einrichten und zu { $plan } wechseln
plan-settings-redirect-uri = Registrieren Sie diese Weiterleitungs-URI für Tailspin Surveys bei Ihrem Anbieter:
plan-settings-kept = Diese Personen behalten ihr Konto: Sie werden bei ihrer ersten Anmeldung dort anhand der E-Mail-Adresse erkannt, die Ihr Anbieter bestätigt.
plan-settings-removed = Diese Personen melden sich mit einem Social Login an, für den Ihr Anbieter nicht bürgen kann, und werden entfernt: Stattdessen meldet sich die Administratorin oder der Administrator an, die oder den Sie unten angeben.
# Not used yet: ProviderFields (sign_in_settings.rs) takes its secret_hint as a &'static str.
plan-settings-secret-hint = Das Geheimnis, das Ihr Anbieter für diese Anwendung ausgestellt hat. Es wird verschlüsselt gespeichert und nie wieder angezeigt.
plan-settings-confirm = Ich habe gelesen, wer ein Konto behält und wer entfernt wird
plan-settings-test-and-move = Anbieter testen und zu { $plan } wechseln
plan-settings-no-changes = Noch keine Tarifänderungen.
plan-settings-history-label = Tarifänderungen
plan-settings-when = Wann
plan-settings-from = Von
plan-settings-to = Zu
plan-settings-by = Durch

## Sign-up and "Add a subscriber"

signup-title = Registrieren · Tailspin Surveys
signup-heading = Bei Tailspin Surveys registrieren
signup-lead = Wählen Sie einen Tarif und erzählen Sie uns dann von Ihrer Organisation. Kostenpflichtige Tarife beginnen, sobald eine Administratorin oder ein Administrator von Tailspin sie aktiviert.
signup-lead-with-trial = Wählen Sie einen Tarif und erzählen Sie uns dann von Ihrer Organisation. Die { $trial } beginnt sofort und ist für die erste Umfrage kostenlos. Kostenpflichtige Tarife beginnen, sobald eine Administratorin oder ein Administrator von Tailspin sie aktiviert.
signup-title-plan = Registrieren für { $plan } · Tailspin Surveys
signup-heading-plan = Für den Tarif { $plan } registrieren
signup-submit = Registrieren
signup-admin-title = Abonnenten hinzufügen · Tailspin-Verwaltung
signup-admin-heading = Abonnenten hinzufügen
signup-admin-heading-plan = Abonnenten mit Tarif { $plan } hinzufügen
signup-activate = Sofort aktiv (sonst Aktivierung ausstehend)
signup-add-submit = Abonnenten hinzufügen
signup-admin-account = Das Konto der ersten Administratorin oder des ersten Administrators
signup-admin-name = Name der Administratorin oder des Administrators
signup-admin-email = E-Mail-Adresse der Administratorin oder des Administrators
signup-password = Passwort
signup-password-hint = Mindestens 10 Zeichen. Kein häufig verwendetes Passwort.
signup-name = Name des Abonnenten
signup-alias = Alias
signup-alias-hint = Ihre Adresse: Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel /s/adatum.
signup-region = Region
signup-notices = E-Mail-Adresse für Benachrichtigungen
signup-notices-hint-admin = Hierher gehen Benachrichtigungen zur Aktivierung und zu Tariflimits. Hier optional: leer bedeutet keine.
signup-notices-hint = Wir schreiben Ihnen hierher, wenn das Abonnement bereit ist und wenn es die Limits seines Tarifs erreicht.
signup-export = Auch eine Exportdatenbank anlegen (Ihre Umfragen und Antworten in einer eigenen Datenbank)
signup-social-legend = Die Identität, der das Abonnement gehört
signup-social-sign-in-with = Anmelden mit
signup-owner-subject = Kennung der Inhaberin oder des Inhabers bei diesem Anbieter (Subject)
signup-social-hint = Nachdem Sie auf „Registrieren“ geklickt haben, melden Sie sich dort an; diese Identität wird Inhaberin des Abonnements.
signup-provider-legend = Der Identitätsanbieter Ihrer Organisation
signup-issuer = Aussteller-URL
signup-test-connection = Verbindung testen
signup-testing = Wird getestet …
signup-client-id = Client-ID
signup-client-secret = Client-Geheimnis
signup-administrator = Administrator/in (E-Mail oder Kennung)
signup-administrator-hint = Diese Person ist immer Administrator/in.
signup-identifying-claim = Identifizierender Claim
signup-claim-rules = Regeln für die Claim-Zuordnung
# "administrator" and "survey_creator" are what the rules are written with.
signup-claim-rules-hint = Eine Regel pro Zeile: Claim = Wert => administrator | survey_creator
signup-redirect-uri = Registrieren Sie diese Weiterleitungs-URI bei Ihrem Anbieter: { $uri }

signup-welcome-title = Willkommen, { $name }
signup-welcome-ready = Ihr Abonnement mit dem Tarif { $plan } ist bereit.
signup-welcome-waiting = Ihr Abonnement mit dem Tarif { $plan } wartet auf die Aktivierung.
signup-welcome-next = Nächste Schritte
# $link is signup-welcome-dashboard-link.
signup-welcome-dashboard = { $link } und erstellen Sie Ihre erste Umfrage.
signup-welcome-dashboard-link = Öffnen Sie Ihre Übersicht
signup-welcome-pending = Eine Administratorin oder ein Administrator von Tailspin aktiviert Ihr Abonnement, sobald die Zahlung geregelt ist; fragen Sie bei Tailspin Surveys nach, wann es bereit ist.
signup-welcome-pending-email = Eine Administratorin oder ein Administrator von Tailspin aktiviert Ihr Abonnement, sobald die Zahlung geregelt ist; wir schreiben an { $email }, wenn es bereit ist (eine Bestätigung haben wir bereits dorthin gesendet).
signup-welcome-redirect-uri = Registrieren Sie diese Weiterleitungs-URI bei Ihrem Identitätsanbieter: { $uri }
signup-welcome-public-list = Ihre öffentliche Umfrageliste finden Sie unter { $address }.
signup-welcome-public-list-pending = Ihre öffentliche Umfrageliste finden Sie unter { $address }, sobald das Abonnement aktiv ist.
# $link is signup-welcome-branding-link.
signup-welcome-branding = Gestalten Sie das Aussehen Ihrer Umfragen unter { $link }.
signup-welcome-branding-link = Markengestaltung
# $link is signup-welcome-export-link.
signup-welcome-export = Ihre Exportdatenbank wird vorbereitet; siehe { $link }.
signup-welcome-export-link = Export in eine Datenbank

# The new-survey and duplicate forms (dashboard and designer).
new-survey-heading = Neue Umfrage
new-survey-template-legend = Mit einer Vorlage oder einer leeren Umfrage beginnen
new-survey-blank = Leere Umfrage
new-survey-blank-about = Fügen Sie Ihre eigenen Fragen einzeln hinzu.
new-survey-template-count = { $count ->
    [one] { $count } Frage.
   *[other] { $count } Fragen.
  }
new-survey-title-label = Titel
new-survey-title-hint = Bei einer Vorlage leer lassen, um den Namen der Vorlage zu verwenden.
new-survey-slug-label = Adresse (optional)
new-survey-slug-hint = Teilnehmende öffnen dann /s/{ $tenant }/…; leer lassen, um eine aus dem Titel gebildete Adresse zu verwenden.
new-survey-create = Entwurf erstellen
