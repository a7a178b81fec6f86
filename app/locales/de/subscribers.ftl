# subscribers

## admin_tenants.rs: the subscriber list

admin-tenants-title = Abonnenten · Tailspin-Verwaltung
admin-tenants-heading = Abonnenten
admin-tenants-search-label = Name oder Alias
admin-tenants-plan = Tarif
admin-tenants-any-plan = Alle Tarife
admin-tenants-status = Status
admin-tenants-any-status = Alle Status
admin-tenants-search = Suchen
admin-tenants-found = { $count ->
    [one] { $count } Abonnent gefunden.
   *[other] { $count } Abonnenten gefunden.
  }
admin-tenants-subscriber = Abonnent
admin-tenants-created = Erstellt
admin-tenants-active-surveys = Aktive Umfragen
admin-tenants-responses-this-month = Antworten in diesem Monat
admin-tenants-storage = Speicher
admin-tenants-pages = Seiten der Abonnentenliste
admin-tenants-previous-page = Vorherige Seite
admin-tenants-page-of = Seite { $page } von { $pages }
admin-tenants-next-page = Nächste Seite
admin-tenants-add = Abonnenten hinzufügen
admin-tenants-add-text = Registrieren Sie eine Organisation in deren Auftrag: mit Tarif, Region und erster Administratorin oder erstem Administrator bzw. Identitätsanbieter.
admin-tenants-restore = Sicherung wiederherstellen
admin-tenants-restore-text = Legen Sie einen neuen Abonnenten aus einem Sicherungsarchiv an, das eine Administratorin oder ein Administrator eines Abonnenten heruntergeladen hat.
admin-tenants-recent-deletions = Letzte Löschungen
admin-tenants-deleted = Gelöscht
admin-tenants-purge = Löschvorgang
admin-tenants-items-removed = Entfernte Einträge

## admin_tenant.rs: one subscriber

admin-tenant-title = { $name } · Tailspin-Verwaltung
admin-tenant-alias = Alias
admin-tenant-status = Status
admin-tenant-created = Erstellt
admin-tenant-signs-in-with = Anmeldung über
admin-tenant-redirect-uri = Weiterleitungs-URI
admin-tenant-public-surveys = Öffentliche Umfragen
admin-tenant-plan-changes = Tarifänderungen
admin-tenant-purge-waiting = Wartet auf den Start
admin-tenant-suspend-explanation = Gesperrte Abonnenten können sich nicht anmelden, und ihre Umfragen nehmen keine Antworten an, bis sie wieder aktiviert werden.
admin-tenant-suspend-open = Diesen Abonnenten sperren …
admin-tenant-suspend-confirm = Ja, alle bei { $name } abmelden und die Umfragen schließen
admin-tenant-suspend-button = { $name } sperren
admin-tenant-reactivate = Wieder aktivieren
admin-tenant-suspended = Der Abonnent ist gesperrt.
admin-tenant-activate = Aktivieren
admin-tenant-pending = Der Abonnent wartet auf die Aktivierung.
admin-tenant-settings = Einstellungen
admin-tenant-settings-saved = Die Einstellungen wurden gespeichert.
admin-tenant-name = Name
admin-tenant-plan = Tarif
# { $link } is admin-tenant-plan-hint-link, a link to the sign-in moves.
admin-tenant-plan-hint = Hier stehen Tarife mit derselben Anmeldeart zur Wahl. Für die übrigen { $link }.
admin-tenant-plan-hint-link = ändern Sie die Anmeldung des Abonnenten
admin-tenant-region = Region
admin-tenant-contact-email = E-Mail-Adresse für Benachrichtigungen
admin-tenant-contact-email-hint = Hierhin gehen Benachrichtigungen zur Aktivierung und zu Tariflimits. Leer: keine.
admin-tenant-max-active-surveys = Gleichzeitig aktive Umfragen
# A number field's placeholder: the plan's own limit.
admin-tenant-plan-limit = Tarif: { $limit }
admin-tenant-plan-no-limit = Tarif: unbegrenzt
admin-tenant-empty-plan-limit = Leer: das Limit des Tarifs.
admin-tenant-max-users = Nutzende
admin-tenant-monthly-responses = Antworten pro Monat
admin-tenant-monthly-responses-hint = Leer: das Limit des Tarifs. Gezählt pro Kalendermonat (UTC); eine Erhöhung öffnet pausierte Umfragen sofort wieder.
admin-tenant-save-settings = Einstellungen speichern
admin-tenant-provider-heading = Anmeldung: Identitätsanbieter
admin-tenant-provider-saved = Die Anbietereinstellungen wurden gespeichert.
admin-tenant-issuer = Aussteller-URL
admin-tenant-client-id = Client-ID
admin-tenant-client-secret = Client-Geheimnis
admin-tenant-client-secret-hint = Leer lassen, um das gespeicherte Geheimnis zu behalten (erneut erforderlich, wenn sich Aussteller oder Client-ID ändern).
admin-tenant-administrator = Administratorin oder Administrator (E-Mail-Adresse oder Kennung)
admin-tenant-identifying-claim = Identifizierender Claim
admin-tenant-claim-rules = Regeln für die Claim-Zuordnung
admin-tenant-save-provider = Anbietereinstellungen speichern
admin-tenant-delete-heading = Abonnenten löschen
admin-tenant-delete-lead = Ab sofort kann sich niemand mehr anmelden, und die öffentlichen Umfragen verschwinden. Danach werden alle Umfragen, Antworten, Benutzerkonten, das Logo und die Exportdatenbank im Hintergrund entfernt. Das lässt sich nicht rückgängig machen; laden Sie zuerst eine Sicherung herunter, falls der Abonnent zurückkehren könnte.
admin-tenant-delete-type = Geben Sie zur Bestätigung { $alias } ein
admin-tenant-delete-button = Abonnenten mit allen Daten löschen
admin-tenant-deletion = Löschung
admin-tenant-items-removed = { $count ->
    [one] Bisher { $count } Eintrag entfernt.
   *[other] Bisher { $count } Einträge entfernt.
  }
admin-tenant-deleting = Löschung läuft

## region_move_panel.rs: where a subscriber's data lives, and moving it

region-move-panel-heading = Region
region-move-panel-kept-own = Die Umfragen und Antworten des Abonnenten liegen in der eigenen Datenbank der Region { $region }.
region-move-panel-kept-main = Die Umfragen und Antworten des Abonnenten liegen in der Hauptdatenbank (Region { $region }).
region-move-panel-own-database = { $region } (eigene Datenbank)
region-move-panel-main-database = { $region } (Hauptdatenbank)
region-move-panel-help = Kopiert die Umfragen und Antworten in die gewählte Region, während sie weiter Antworten annehmen, schaltet dann um und entfernt die alte Kopie. Antworten, die während des Umschaltens eintreffen, warten einen Moment und bleiben erhalten.
region-move-panel-move-to = Verschieben nach
region-move-panel-move = Daten des Abonnenten verschieben
# { $at } is a timestamp such as 2026-03-31 14:05:00 UTC.
region-move-panel-rows-copied = { $count ->
    [one] { $count } Zeile kopiert.
   *[other] { $count } Zeilen kopiert.
  } Angefordert von { $by } am { $at }.
region-move-panel-moving = Verschiebung läuft

## admin_sign_in_moves.rs: moving a subscriber to a plan that signs in differently

# How a plan signs in, after “signs in with” (German: after „über“, accusative).
admin-sign-in-moves-social = eine Social-Login-Identität, die der Inhaberin oder des Inhabers
admin-sign-in-moves-passwords = E-Mail-Adressen und Passwörter, die Tailspin Surveys verwaltet
admin-sign-in-moves-own-provider = den eigenen OpenID-Connect-Anbieter des Abonnenten
admin-sign-in-moves-done = Zum Tarif { $plan } gewechselt; alle wurden abgemeldet.
admin-sign-in-moves-done-provider = Zum Tarif { $plan } gewechselt; alle wurden abgemeldet. Alle melden sich über den Anbieter an; { $administrator } hat immer die Rolle Administrator.
# { $people }: the email addresses, separated by commas.
admin-sign-in-moves-done-mailed = Zum Tarif { $plan } gewechselt; alle wurden abgemeldet. Wir haben { $people } mitgeteilt, wie es weitergeht.
admin-sign-in-moves-title = Anmeldung von { $name } · Tailspin-Verwaltung
admin-sign-in-moves-heading = Anmeldung von { $name } ändern
# { $method } is one of admin-sign-in-moves-social, -passwords, -own-provider.
admin-sign-in-moves-current = { $name } nutzt den Tarif { $plan } und meldet sich über { $method } an.
admin-sign-in-moves-intro = Ein Wechsel zu einem Tarif mit anderer Anmeldeart ändert, wer sich anmelden kann und wie. Jeder Tarif unten nennt, was sich vorher ändern muss und wer ein Konto behält. Umfragen und Antworten bleiben unverändert; alle werden abgemeldet.
admin-sign-in-moves-before = Vor dem Wechsel zu { $plan }:
admin-sign-in-moves-signs-in-with = Anmeldung über { $method }.
admin-sign-in-moves-removed = Diese Personen haben keine E-Mail-Adresse, über die die neue Anmeldung sie finden könnte, und werden entfernt:
admin-sign-in-moves-confirm = Ich habe gelesen, wer ein Konto behält und wer entfernt wird
admin-sign-in-moves-move = Zu { $plan } wechseln
admin-sign-in-moves-owner-password = Die Inhaberin oder der Inhaber behält das Konto und wählt ein Passwort über einen Link, der an diese E-Mail-Adresse geht:
admin-sign-in-moves-owner-email-sign-in = E-Mail-Adresse der Inhaberin oder des Inhabers zur Anmeldung
admin-sign-in-moves-users-passwords = Diese Personen behalten ihre Konten; alle erhalten einen Link, um ein Passwort zu wählen:
admin-sign-in-moves-provider-kept = Diese Personen behalten ihre Konten: Sie werden bei ihrer ersten Anmeldung dort über die E-Mail-Adresse gefunden, die der Anbieter bestätigt.
admin-sign-in-moves-set-up = Anbieter einrichten und zu { $plan } wechseln
admin-sign-in-moves-redirect = Registrieren Sie diese Weiterleitungs-URI beim Anbieter des Abonnenten:
admin-sign-in-moves-secret-hint = Das Geheimnis, das der Anbieter für diese Anwendung ausgestellt hat. Es wird verschlüsselt gespeichert und nie wieder angezeigt.
admin-sign-in-moves-test-and-move = Anbieter testen und zu { $plan } wechseln
admin-sign-in-moves-owner-social = Die Inhaberin oder der Inhaber behält das Konto mit den Umfragen und meldet sich mit dem Social-Login-Konto an, dessen bestätigte E-Mail-Adresse lautet:
admin-sign-in-moves-owner-email = E-Mail-Adresse der Inhaberin oder des Inhabers
admin-sign-in-moves-social-provider = Social-Login-Anbieter

move-step-logo = Logo wird kopiert
move-step-copying = Kopieren: { $table }
move-step-copying-changes = Änderungen kopieren: { $table }
move-step-holding = Neue Antworten werden für die letzte Kopie zurückgehalten
move-step-checking = Anzahlen werden geprüft
move-step-switched = Umgestellt; die alte Region sendet, was sie in der Warteschlange hat
move-step-waiting = Warten, bis die alte Region { $count ->
    [one] 1 wartende Nachricht
   *[other] { $count } wartende Nachrichten
} gesendet hat
move-step-removing = Die Kopie der alten Region wird entfernt
move-finished = { $surveys ->
    [one] 1 Umfrage
   *[other] { $surveys } Umfragen
} und { $responses ->
    [one] 1 Antwort
   *[other] { $responses } Antworten
} verschoben.
move-overtaken = Die Region des Abonnenten hat sich geändert, oder er wird gelöscht; nichts wurde verschoben.
move-given-up = Nach wiederholten Fehlern abgebrochen; der Abonnent bleibt, wo er war (siehe Server-Protokoll).
move-copy-left = Verschoben, aber die Kopie der alten Region konnte nach wiederholten Fehlern nicht entfernt werden (siehe Server-Protokoll).
purge-given-up = Nach wiederholten Unterbrechungen abgebrochen; sehen Sie im Server-Protokoll nach und stellen Sie den Vorgang dann erneut ein.
