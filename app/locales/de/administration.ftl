# administration

## admin.rs: the administrators' home

admin-heading = Tailspin-Verwaltung
admin-sign-in-heading = Bitte melden Sie sich an
admin-sign-in-link = Bei der Tailspin-Verwaltung anmelden
# $email is shown in bold.
admin-signed-in-as = Angemeldet als { $email }
admin-statistics-heading = Statistikaufgabe
admin-statistics-queued = Antworten, die auf die Zusammenführung warten
admin-statistics-oldest = Älteste wartet seit
admin-statistics-dead-letters = Dead Letters
admin-statistics-here = Die Aufgabe dieses Servers seit seinem Start:
admin-statistics-merged = Zusammengeführte Antworten
admin-statistics-conflicts = Versionskonflikte (wiederholt)
admin-statistics-failed = Fehlgeschlagene Versuche
admin-statistics-elsewhere = Die Aufgabe läuft in separaten Worker-Prozessen; ihre Zähler stehen in ihren Logs.

## admin_mail.rs: /admin/email

admin-mail-title = E-Mail · Tailspin-Verwaltung
admin-mail-heading = E-Mail
# $server is the SMTP server's address, shown as code.
admin-mail-smtp = E-Mails werden über den SMTP-Server { $server } versendet.
# $variable is the setting's name (TAILSPIN_SMTP_URL) and $directory a
# folder, both shown as code; keep $variable before $directory.
admin-mail-outbox = Es ist kein SMTP-Server konfiguriert ({ $variable }), daher werden E-Mails nicht versendet, sondern in das Postausgangsverzeichnis { $directory } geschrieben. Die neuesten Nachrichten sehen Sie unten.
admin-mail-count = { $count ->
    [one] { $count } Nachricht.
   *[other] { $count } Nachrichten.
  }
admin-mail-written = Geschrieben { $at } · { $name }.eml
admin-mail-in-outbox = Im Postausgang
admin-mail-recent = Neueste Nachrichten
admin-mail-queued = Eingereiht
admin-mail-subscriber = Abonnent
admin-mail-kind = Art
admin-mail-to = An
admin-mail-subject = Betreff
admin-mail-state = Status
admin-mail-attempts = Versuche
admin-mail-last-error = Letzter Fehler

## admin_restore.rs: /admin/restore

admin-restore-title = Sicherung wiederherstellen · Tailspin-Verwaltung
admin-restore-heading = Sicherung wiederherstellen
admin-restore-lead = Legt einen neuen Abonnenten aus einer Sicherung an, die eine Administratorin oder ein Administrator eines Abonnenten heruntergeladen hat: mit Einstellungen, Umfragen, Antworten, Nutzenden sowie Markengestaltung. Die Statistiken werden nach der Wiederherstellung neu aufgebaut. Sicherungen enthalten keine Geheimnisse; geben Sie daher die an, die für die Anmeldung nötig sind.
admin-restore-archive = Sicherungsarchiv (.tar.gz, höchstens 100 MiB)
admin-restore-alias = Neuer Alias
admin-restore-password = Passwort für die erste Administratorin oder den ersten Administrator (Tarif Standard)
admin-restore-secret = Client-Geheimnis beim Identitätsanbieter (Tarif Premium)
admin-restore-submit = In einen neuen Abonnenten wiederherstellen

## admin_usage.rs: /admin/usage and /admin/dead-letters

# $month is written 2026-03.
admin-usage-title = Nutzung { $month } · Tailspin-Verwaltung
admin-usage-heading = Nutzung im Monat { $month }
admin-usage-months = Monate
admin-usage-month = Monat
admin-usage-show = Anzeigen
admin-usage-download = usage-{ $month }.csv herunterladen
# $storage is a size such as 1.5 MB.
admin-usage-summary = { $subscribers ->
    [one] { $subscribers } Abonnent
   *[other] { $subscribers } Abonnenten
  }; { $responses ->
    [one] { $responses } Antwort
   *[other] { $responses } Antworten
  }, { $surveys ->
    [one] { $surveys } veröffentlichte Umfrage
   *[other] { $surveys } veröffentlichte Umfragen
  }, insgesamt { $storage } gespeichert.
admin-usage-storage-hint = Der Speicher umfasst die bis Monatsende eingegangenen Antworten des Abonnenten sowie seine Dateien im aktuellen Stand.
admin-usage-by-subscriber = Nutzung nach Abonnent
admin-usage-subscriber = Abonnent
admin-usage-plan = Tarif
admin-usage-responses = Antworten
admin-usage-surveys-published = Veröffentlichte Umfragen
admin-usage-active-surveys = Aktive Umfragen
admin-usage-users = Nutzende
admin-usage-storage = Speicher
admin-usage-plan-changes = Tarifänderungen
admin-usage-when = Wann
admin-usage-from = Von
admin-usage-to = Zu
admin-usage-by = Durch
admin-usage-no-plan-changes = Im Monat { $month } hat kein Abonnent den Tarif gewechselt.
admin-usage-prorates = Die Abrechnung berechnet den Monat jedes Abonnenten anteilig ab diesen Zeitpunkten.
admin-usage-download-plan-changes = plan-changes-{ $month }.csv herunterladen
admin-usage-dead-letters-title = Dead Letters · Tailspin-Verwaltung
admin-usage-dead-letters-heading = Dead Letters
admin-usage-dead-letters-lead = Antworten, die die Statistikaufgabe fünfmal nicht zusammenführen konnte. Sie sind gespeichert und erscheinen in den Antworten und Exporten, aber nicht in den Statistiken. Reihen Sie sie erneut ein, sobald die Ursache behoben ist, oder verwerfen Sie sie.
admin-usage-no-dead-letters = Keine Dead Letters.
admin-usage-dead-letter-count = { $count ->
    [one] { $count } Dead Letter.
   *[other] { $count } Dead Letters.
  }
admin-usage-failed = Fehlgeschlagen
admin-usage-submission = Einsendung
admin-usage-attempts = Versuche
admin-usage-error = Fehler
admin-usage-actions = Aktionen
# $submission is a number that names a submission, $survey a survey's address name.
admin-usage-submission-of = { $submission } von { $survey }
admin-usage-requeue = Erneut einreihen
admin-usage-discard = Verwerfen
