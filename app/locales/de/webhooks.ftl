# webhooks
# Die Webhook-Endpunkte (webhooks.rs) und die Seite eines Endpunkts
# (webhook_endpoint.rs).

webhooks-title = Webhooks · { $tenant }
webhooks-heading = Webhooks
webhooks-lead = Webhooks melden Ihren eigenen Systemen sofort, wenn etwas passiert: Eine Antwort geht ein, eine Umfrage wird veröffentlicht oder geschlossen. Jedes Ereignis ist nach der Standard-Webhooks-Spezifikation signiert, sodass Ihr Empfänger prüfen kann, dass es von uns stammt. { $link }
webhooks-lead-link = So empfangen Sie sie
webhooks-endpoints-heading = Endpunkte
webhooks-table-label = Webhook-Endpunkte
webhooks-column-address = Adresse
webhooks-column-events = Ereignisse
webhooks-column-state = Status
webhooks-column-waiting = Ausstehend
webhooks-enabled = Aktiviert
webhooks-disabled = Deaktiviert
webhooks-none = Noch keine Endpunkte.
webhooks-add-heading = Endpunkt hinzufügen
webhooks-add-button = Endpunkt hinzufügen
webhooks-field-address = Adresse
webhooks-field-address-hint = Eine https-Adresse Ihres Systems, die POST-Anfragen mit JSON annimmt.
webhooks-field-description = Beschreibung (optional)
webhooks-field-events = Diese Ereignisse senden

webhook-endpoint-title = Webhook-Endpunkt · { $tenant }
webhook-endpoint-heading = Webhook-Endpunkt
webhook-endpoint-all = Alle Endpunkte
webhook-endpoint-enabled = Aktiviert: Ereignisse werden gesendet, sobald sie eintreten.
webhook-endpoint-disable = Endpunkt deaktivieren
webhook-endpoint-disabled = Deaktiviert.
webhook-endpoint-disabled-kept = Solange der Endpunkt deaktiviert ist, werden Ereignisse aufbewahrt und nach der Aktivierung der Reihe nach gesendet.
webhook-endpoint-enable = Endpunkt aktivieren
webhook-endpoint-secret-heading = Signaturschlüssel
webhook-endpoint-headers = Jede Zustellung enthält die Header { $id }, { $timestamp } und { $signature }. Prüfen Sie sie mit diesem Schlüssel und einer Standard-Webhooks-Bibliothek, bevor Sie einer Zustellung vertrauen.
webhook-endpoint-show-secret = Signaturschlüssel anzeigen
webhook-endpoint-secret-field = Signaturschlüssel
webhook-endpoint-overlap = Der Schlüssel vor dem letzten Wechsel signiert noch bis { $until }; bis dahin gelten beide.
webhook-endpoint-rotate-summary = Schlüssel wechseln
webhook-endpoint-rotate-explained = Ab sofort signiert ein neuer Schlüssel. Der bisherige signiert noch 24 Stunden lang mit, damit Ihr Empfänger umstellen kann, ohne ein Ereignis zu verpassen.
webhook-endpoint-rotate-confirm = Ja, Schlüssel wechseln
webhook-endpoint-test-heading = Test
webhook-endpoint-ping = Test-Ping senden
webhook-endpoint-deliveries-heading = Zustellungen
webhook-endpoint-deliveries-hint = Neueste zuerst. Eine fehlgeschlagene Zustellung wird bis zu einen Tag lang erneut versucht, mit jeweils längeren Pausen; danach wird der Endpunkt deaktiviert und Sie werden per E-Mail benachrichtigt.
webhook-endpoint-refresh = Aktualisieren
webhook-endpoint-column-event = Ereignis
webhook-endpoint-column-created = Erstellt
webhook-endpoint-column-status = Status
webhook-endpoint-column-attempts = Versuche
webhook-endpoint-column-actions = Aktionen
webhook-endpoint-no-deliveries = Noch keine Zustellungen. Senden Sie einen Test-Ping oder warten Sie auf ein Ereignis.
webhook-endpoint-older = Ältere Zustellungen
webhook-endpoint-settings-heading = Einstellungen
webhook-endpoint-save = Änderungen speichern
webhook-endpoint-delete-summary = Diesen Endpunkt löschen
webhook-endpoint-delete-explained = Seine wartenden Ereignisse und sein Zustellprotokoll werden mit gelöscht. Dies kann nicht rückgängig gemacht werden.
webhook-endpoint-delete-confirm = Ja, Endpunkt löschen
webhook-endpoint-delivered = Zugestellt
webhook-endpoint-failed = Fehlgeschlagen
webhook-endpoint-waiting-turn = Wartet, bis es an der Reihe ist
webhook-endpoint-retrying-at = Nächster Versuch: { $at }
webhook-endpoint-no-attempts = Noch keine
webhook-endpoint-attempts = { $count ->
    [one] { $count } Versuch
   *[other] { $count } Versuche
  }
webhook-endpoint-answer = HTTP { $status } in { $duration } ms
webhook-endpoint-no-answer = Keine Antwort nach { $duration } ms: { $error }
webhook-endpoint-redeliver = Erneut zustellen
webhook-endpoint-retry-now = Jetzt erneut versuchen
webhook-endpoint-redeliver-label = { $event } { $message } erneut zustellen
webhook-endpoint-retry-now-label = { $event } { $message } jetzt erneut versuchen
webhook-endpoint-copy-secret = Schlüssel kopieren
webhook-disabled-by-administrator = Von einer Administratorin oder einem Administrator deaktiviert.
webhook-disabled-after-failures = Einen Tag lang fehlgeschlagen; der letzte Versuch meldete: { $error }
