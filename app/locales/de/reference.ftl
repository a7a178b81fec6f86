# reference
# The API reference (api_reference.rs) and its webhooks part
# (webhook_reference.rs). Placeholders hold code, kept as it is.

api-reference-title = API-Referenz
api-reference-heading = Tailspin Surveys API
api-reference-openapi = Die maschinenlesbare Beschreibung (OpenAPI 3.1): { $link }
api-reference-start-here = Erste Schritte
api-reference-create-key = Eine Administratorin oder ein Administrator erstellt in den Einstellungen des Abonnenten unter „API-Schlüssel“ einen Schlüssel. Dann:
api-reference-cursor = Um alle neuen Antworten seit Ihrem letzten Aufruf zu lesen, merken Sie sich den { $cursor } jeder Seite und übergeben Sie ihn als { $after }.
api-reference-scopes = Scopes
api-reference-requests = Anfragen
api-reference-errors = Fehler
api-reference-problem-details = Fehler werden als Problem Details gemeldet (RFC 9457, { $media }). Ihr { $field } endet mit einem dieser Codes, die sich nicht ändern:
api-reference-error-types = Fehlertypen
api-reference-code = Code
api-reference-when = Wann
api-reference-limits = Limits und Caching
api-reference-rate-limits = Jeder Schlüssel darf pro Minute eine begrenzte Zahl von Anfragen stellen. Jede Antwort nennt in { $left } das verbleibende Kontingent und in { $policy } das Kontingent selbst; darüber hinaus lautet die Antwort 429 mit { $retry }.
api-reference-etags = Lesende Anfragen liefern ein { $etag }; senden Sie es in { $header } zurück, um 304 zu erhalten, wenn sich nichts geändert hat.
api-reference-needs-scope = Benötigt den Scope { $scope }.
api-reference-parameters = Parameter
api-reference-parameters-of = Parameter von { $operation }
api-reference-name = Name
api-reference-in = Ort
# Where a parameter goes (the OpenAPI document's path, query, header).
api-reference-in-path = Pfad
api-reference-in-query = Query
api-reference-in-header = Header
api-reference-meaning = Bedeutung
# A parameter's place (path, query) when it must be given.
api-reference-required-in = { $location }, erforderlich
api-reference-answers = Antworten

webhook-reference-heading = Webhooks
webhook-reference-intro = Eine Administratorin oder ein Administrator registriert in den Einstellungen des Abonnenten unter „Webhooks“ eine https-Adresse und wählt deren Ereignisse aus. Jedes Ereignis wird als JSON an diese Adresse gesendet und nach der Spezifikation { $specification } signiert.
webhook-reference-events = Ereignisse
webhook-reference-delivery = Eine Zustellung
webhook-reference-delivery-text = { $id } ist bei jedem Versuch desselben Ereignisses gleich: Merken Sie sich die bereits verarbeiteten IDs, dann können Sie Wiederholungen gefahrlos ignorieren. Die Antworten von Teilnehmenden haben dieselbe Form wie bei { $shape }.
webhook-reference-verifying = Prüfen
webhook-reference-verifying-text = Prüfen Sie die Signatur mit dem Signaturschlüssel des Endpunkts ({ $secret }) und einer Standard-Webhooks-Bibliothek, bevor Sie einer Zustellung vertrauen. Nach einer Rotation tragen Zustellungen einen Tag lang zwei Signaturen: die des neuen und die des alten Schlüssels.
webhook-reference-retries = Zustellung und Wiederholungen
webhook-reference-retries-text = Antworten Sie innerhalb von 10 Sekunden mit einem beliebigen 2xx-Status. Ereignisse erreichen jeden Endpunkt mindestens einmal und in der Reihenfolge, in der sie eingetreten sind. Eine fehlgeschlagene Zustellung wird nach 5 Sekunden erneut versucht, danach mit jeweils doppelt so langer Wartezeit, bis zu zwei Stunden; spätere Ereignisse warten, bis sie an der Reihe sind. Nach einem Tag mit Fehlschlägen wird der Endpunkt deaktiviert und die Administratorin oder der Administrator per E-Mail benachrichtigt; die Ereignisse bleiben erhalten und werden der Reihe nach gesendet, sobald der Endpunkt wieder aktiviert ist. Jeder Versuch ist auf der Seite des Endpunkts aufgeführt, wo sich jede Zustellung erneut senden lässt.
