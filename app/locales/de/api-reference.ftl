# api-reference
# The API reference's texts from the OpenAPI document and the problem
# table (server/src/routes/api_v1/): formatted on the server only
# (api/api_reference.rs, its texts module). English says exactly what the utoipa
# annotations and PROBLEMS say (a test in api_v1/reference.rs compares);
# change both together. Keys: api-<method>-<path>-summary,
# -param-<name>, -response-<status>, api-problem-<code>. Text in
# backticks is code: keep it as it is.

api-description = Lesen und verwalten Sie die Umfragen und Antworten eines Abonnenten. Authentifizieren Sie sich mit einem API-Schlüssel, den eine Administratorin oder ein Administrator auf der Seite „API-Schlüssel“ erstellt: `Authorization: Bearer tsk_…`. Fehler werden als Problem Details nach RFC 9457 gemeldet; lesende Anfragen liefern ein `ETag`; jeder Schlüssel hat ein Anfragelimit, das in den `RateLimit`-Headern gemeldet wird.

api-get-api-v1-surveys-summary = Alle Umfragen des Abonnenten, zu dem der Schlüssel gehört, so wie seine Übersicht sie auflistet.
api-get-api-v1-surveys-response-200 = Die Umfragen
api-get-api-v1-surveys-response-304 = Unverändert seit dem in `If-None-Match` gesendeten `ETag`
api-get-api-v1-surveys-response-401 = Kein gültiger Schlüssel
api-get-api-v1-surveys-response-403 = Dem Schlüssel fehlt `surveys:read`
api-get-api-v1-surveys-response-429 = Anfragelimit erreicht

api-get-api-v1-surveys-slug-summary = Eine Umfrage mit ihren Fragen, Seiten und ihrer Logik.
api-get-api-v1-surveys-slug-param-slug = Die Adresse der Umfrage
api-get-api-v1-surveys-slug-response-200 = Die Umfrage
api-get-api-v1-surveys-slug-response-304 = Unverändert seit dem in `If-None-Match` gesendeten `ETag`
api-get-api-v1-surveys-slug-response-401 = Kein gültiger Schlüssel
api-get-api-v1-surveys-slug-response-403 = Dem Schlüssel fehlt `surveys:read`
api-get-api-v1-surveys-slug-response-404 = Diese Umfrage gibt es nicht

api-post-api-v1-surveys-summary = Erstellt einen Entwurf aus einer Vorlage oder aus seinen Fragen, die vorher alle geprüft werden: Jedes Problem wird mit seinem Feld benannt (`questions[2].options`), und nichts wird gespeichert.
api-post-api-v1-surveys-param-idempotency-key = Wiederholungen mit demselben Schlüssel erhalten 24 Stunden lang das Ergebnis der ersten Anfrage
api-post-api-v1-surveys-response-201 = Der neue Entwurf
api-post-api-v1-surveys-response-400 = Der Anfragetext ist kein JSON in dieser Form
api-post-api-v1-surveys-response-401 = Kein gültiger Schlüssel
api-post-api-v1-surveys-response-403 = Dem Schlüssel fehlt `surveys:write`
api-post-api-v1-surveys-response-409 = Die erste Anfrage mit diesem Idempotency-Key läuft noch
api-post-api-v1-surveys-response-422 = Felder müssen korrigiert werden; nichts wurde gespeichert

api-post-api-v1-surveys-slug-duplicate-summary = Eine Kopie der Umfrage als Entwurf, unabhängig von ihrem Status: Titel, Beschreibung, Fragen und Logik; keine Antworten.
api-post-api-v1-surveys-slug-duplicate-param-slug = Die Adresse der Umfrage
api-post-api-v1-surveys-slug-duplicate-param-idempotency-key = Wiederholungen mit demselben Schlüssel erhalten 24 Stunden lang das Ergebnis der ersten Anfrage
api-post-api-v1-surveys-slug-duplicate-response-201 = Die Kopie
api-post-api-v1-surveys-slug-duplicate-response-401 = Kein gültiger Schlüssel
api-post-api-v1-surveys-slug-duplicate-response-403 = Dem Schlüssel fehlt `surveys:write`
api-post-api-v1-surveys-slug-duplicate-response-404 = Diese Umfrage gibt es nicht

api-post-api-v1-surveys-slug-publish-summary = Veröffentlicht einen Entwurf: Seine Fragen lassen sich von da an nicht mehr ändern.
api-post-api-v1-surveys-slug-publish-param-slug = Die Adresse der Umfrage
api-post-api-v1-surveys-slug-publish-response-200 = Die veröffentlichte Umfrage
api-post-api-v1-surveys-slug-publish-response-400 = Kein Entwurf, oder ein Anfragetext, der kein JSON in dieser Form ist
api-post-api-v1-surveys-slug-publish-response-401 = Kein gültiger Schlüssel
api-post-api-v1-surveys-slug-publish-response-403 = Dem Schlüssel fehlt `surveys:write`
api-post-api-v1-surveys-slug-publish-response-404 = Diese Umfrage gibt es nicht
api-post-api-v1-surveys-slug-publish-response-422 = Zeiten oder Limit sind zu korrigieren, es gibt keine Fragen, oder die aktiven Umfragen des Tarifs sind ausgeschöpft

api-post-api-v1-surveys-slug-close-summary = Schließt eine veröffentlichte Umfrage: Sie nimmt keine Antworten mehr an.
api-post-api-v1-surveys-slug-close-param-slug = Die Adresse der Umfrage
api-post-api-v1-surveys-slug-close-response-200 = Die geschlossene Umfrage
api-post-api-v1-surveys-slug-close-response-400 = Keine veröffentlichte Umfrage
api-post-api-v1-surveys-slug-close-response-401 = Kein gültiger Schlüssel
api-post-api-v1-surveys-slug-close-response-403 = Dem Schlüssel fehlt `surveys:write`
api-post-api-v1-surveys-slug-close-response-404 = Diese Umfrage gibt es nicht

api-patch-api-v1-surveys-slug-summary = Ändert Titel, Adresse oder Beschreibung eines Entwurfs. Mit `If-Match` nur, wenn der Entwurf noch die Version ist, die sein `ETag` bezeichnet.
api-patch-api-v1-surveys-slug-param-slug = Die Adresse der Umfrage
api-patch-api-v1-surveys-slug-param-if-match = Das `ETag` der gelesenen Version
api-patch-api-v1-surveys-slug-response-200 = Der geänderte Entwurf
api-patch-api-v1-surveys-slug-response-400 = Kein Entwurf, oder ein Anfragetext, der kein JSON in dieser Form ist
api-patch-api-v1-surveys-slug-response-401 = Kein gültiger Schlüssel
api-patch-api-v1-surveys-slug-response-403 = Dem Schlüssel fehlt `surveys:write`
api-patch-api-v1-surveys-slug-response-404 = Diese Umfrage gibt es nicht
api-patch-api-v1-surveys-slug-response-412 = Seit der in `If-Match` genannten Version geändert
api-patch-api-v1-surveys-slug-response-422 = Felder müssen korrigiert werden; nichts wurde geändert

api-post-api-v1-surveys-slug-questions-summary = Fügt am Ende eines Entwurfs eine Frage hinzu.
api-post-api-v1-surveys-slug-questions-param-slug = Die Adresse der Umfrage
api-post-api-v1-surveys-slug-questions-response-201 = Der Entwurf mit seiner neuen Frage
api-post-api-v1-surveys-slug-questions-response-400 = Kein Entwurf, oder ein Anfragetext, der kein JSON in dieser Form ist
api-post-api-v1-surveys-slug-questions-response-401 = Kein gültiger Schlüssel
api-post-api-v1-surveys-slug-questions-response-403 = Dem Schlüssel fehlt `surveys:write`
api-post-api-v1-surveys-slug-questions-response-404 = Diese Umfrage gibt es nicht
api-post-api-v1-surveys-slug-questions-response-422 = Felder müssen korrigiert werden; nichts wurde hinzugefügt

api-get-api-v1-surveys-slug-responses-summary = Die Antworten der Umfrage in der Reihenfolge, in der sie gespeichert wurden, Seite für Seite. Speichern Sie den `cursor` und übergeben Sie ihn beim nächsten Mal als `after`, um nur Neues zu erhalten: Keine Antwort bleibt je hinter einem Cursor zurück, auch keine, deren Speicherung erst nach späteren abgeschlossen wurde.
api-get-api-v1-surveys-slug-responses-param-slug = Die Adresse der Umfrage
api-get-api-v1-surveys-slug-responses-param-after = Der `cursor` der vorherigen Seite: nur Antworten, die danach gespeichert wurden.
api-get-api-v1-surveys-slug-responses-param-limit = Antworten pro Seite, 1 bis 1000 (Standard: 100).
api-get-api-v1-surveys-slug-responses-param-since = Nur Antworten, die zu diesem Zeitpunkt oder danach eingegangen sind (RFC 3339, UTC).
api-get-api-v1-surveys-slug-responses-param-until = Nur Antworten, die vor diesem Zeitpunkt eingegangen sind (RFC 3339, UTC).
api-get-api-v1-surveys-slug-responses-response-200 = Eine Seite mit Antworten
api-get-api-v1-surveys-slug-responses-response-304 = Unverändert seit dem in `If-None-Match` gesendeten `ETag`
api-get-api-v1-surveys-slug-responses-response-400 = Ein ungültiges `after` oder `limit`
api-get-api-v1-surveys-slug-responses-response-401 = Kein gültiger Schlüssel
api-get-api-v1-surveys-slug-responses-response-403 = Dem Schlüssel fehlt `responses:read`
api-get-api-v1-surveys-slug-responses-response-404 = Diese Umfrage gibt es nicht

api-get-api-v1-surveys-slug-responses-id-summary = Eine Antwort, anhand der `id`, die eine Seite mit Antworten geliefert hat.
api-get-api-v1-surveys-slug-responses-id-param-slug = Die Adresse der Umfrage
api-get-api-v1-surveys-slug-responses-id-param-id = Die `id` der Antwort
api-get-api-v1-surveys-slug-responses-id-response-200 = Die Antwort
api-get-api-v1-surveys-slug-responses-id-response-304 = Unverändert seit dem in `If-None-Match` gesendeten `ETag`
api-get-api-v1-surveys-slug-responses-id-response-401 = Kein gültiger Schlüssel
api-get-api-v1-surveys-slug-responses-id-response-403 = Dem Schlüssel fehlt `responses:read`
api-get-api-v1-surveys-slug-responses-id-response-404 = Diese Umfrage oder diese Antwort darauf gibt es nicht

api-delete-api-v1-surveys-slug-responses-id-summary = Löscht eine Antwort endgültig; ihre Angaben zählen sofort nicht mehr in der Zusammenfassung der Umfrage.
api-delete-api-v1-surveys-slug-responses-id-param-slug = Die Adresse der Umfrage
api-delete-api-v1-surveys-slug-responses-id-param-id = Die `id` der Antwort
api-delete-api-v1-surveys-slug-responses-id-response-204 = Gelöscht
api-delete-api-v1-surveys-slug-responses-id-response-401 = Kein gültiger Schlüssel
api-delete-api-v1-surveys-slug-responses-id-response-403 = Dem Schlüssel fehlt `surveys:write`
api-delete-api-v1-surveys-slug-responses-id-response-404 = Diese Umfrage oder diese Antwort darauf gibt es nicht

api-get-api-v1-surveys-slug-summary-summary = Die Live-Statistik der Umfrage: die Zahlen jeder Frage, wie die Seite „Ergebnisse“ sie zeigt.
api-get-api-v1-surveys-slug-summary-param-slug = Die Adresse der Umfrage
api-get-api-v1-surveys-slug-summary-response-200 = Die Zusammenfassung
api-get-api-v1-surveys-slug-summary-response-304 = Unverändert seit dem in `If-None-Match` gesendeten `ETag`
api-get-api-v1-surveys-slug-summary-response-401 = Kein gültiger Schlüssel
api-get-api-v1-surveys-slug-summary-response-403 = Dem Schlüssel fehlt `responses:read`
api-get-api-v1-surveys-slug-summary-response-404 = Diese Umfrage gibt es nicht

api-get-api-v1-surveys-slug-contacts-summary = Die Kontakte der Umfrage, 50 pro Seite, jeweils mit ihrem Status.
api-get-api-v1-surveys-slug-contacts-param-slug = Die Adresse der Umfrage
api-get-api-v1-surveys-slug-contacts-param-page = 1 für die ersten 50 Kontakte in der Reihenfolge des Hinzufügens, 2 für die nächsten …
api-get-api-v1-surveys-slug-contacts-response-200 = Eine Seite mit Kontakten
api-get-api-v1-surveys-slug-contacts-response-304 = Unverändert seit dem in `If-None-Match` gesendeten `ETag`
api-get-api-v1-surveys-slug-contacts-response-400 = Ein ungültiges `page`
api-get-api-v1-surveys-slug-contacts-response-401 = Kein gültiger Schlüssel
api-get-api-v1-surveys-slug-contacts-response-403 = Dem Schlüssel fehlt `responses:read`
api-get-api-v1-surveys-slug-contacts-response-404 = Diese Umfrage gibt es nicht

api-post-api-v1-surveys-slug-contacts-summary = Fügt der Liste der Umfrage Kontakte hinzu, als Ganzes geprüft: Ein Problem mit einem von ihnen wird benannt (`Contact 3: …`), und keiner wird hinzugefügt.
api-post-api-v1-surveys-slug-contacts-param-slug = Die Adresse der Umfrage
api-post-api-v1-surveys-slug-contacts-param-idempotency-key = Wiederholungen mit demselben Schlüssel erhalten 24 Stunden lang das Ergebnis der ersten Anfrage
api-post-api-v1-surveys-slug-contacts-response-200 = Hinzugefügt
api-post-api-v1-surveys-slug-contacts-response-400 = Der Anfragetext ist kein JSON in dieser Form
api-post-api-v1-surveys-slug-contacts-response-401 = Kein gültiger Schlüssel
api-post-api-v1-surveys-slug-contacts-response-403 = Dem Schlüssel fehlt `surveys:write`
api-post-api-v1-surveys-slug-contacts-response-404 = Diese Umfrage gibt es nicht
api-post-api-v1-surveys-slug-contacts-response-409 = Die erste Anfrage mit diesem Idempotency-Key läuft noch
api-post-api-v1-surveys-slug-contacts-response-422 = Ein Kontakt muss korrigiert werden; keiner wurde hinzugefügt

api-post-api-v1-surveys-slug-invitations-summary = Sendet die Einladung an jeden noch nicht eingeladenen Kontakt oder eine Erinnerung an jeden eingeladenen Kontakt, der noch nicht geantwortet hat. Jede Nachricht enthält einen persönlichen Link, mit dem einmal geantwortet werden kann.
api-post-api-v1-surveys-slug-invitations-param-slug = Die Adresse der Umfrage
api-post-api-v1-surveys-slug-invitations-param-idempotency-key = Wiederholungen mit demselben Schlüssel erhalten 24 Stunden lang das Ergebnis der ersten Anfrage
api-post-api-v1-surveys-slug-invitations-response-202 = In die Warteschlange gestellt
api-post-api-v1-surveys-slug-invitations-response-400 = Niemand, an den gesendet werden kann, oder die Umfrage nimmt keine Antworten an
api-post-api-v1-surveys-slug-invitations-response-401 = Kein gültiger Schlüssel
api-post-api-v1-surveys-slug-invitations-response-403 = Dem Schlüssel fehlt `surveys:write`
api-post-api-v1-surveys-slug-invitations-response-404 = Diese Umfrage gibt es nicht
api-post-api-v1-surveys-slug-invitations-response-409 = Die erste Anfrage mit diesem Idempotency-Key läuft noch

api-get-api-v1-webhooks-summary = Die Endpunkte des Abonnenten, die ältesten zuerst.
api-get-api-v1-webhooks-response-200 = Die Endpunkte
api-get-api-v1-webhooks-response-401 = Kein gültiger Schlüssel
api-get-api-v1-webhooks-response-403 = Dem Schlüssel fehlt `webhooks:write`

api-post-api-v1-webhooks-summary = Registriert einen Endpunkt mit einem neuen Signaturschlüssel; lesen Sie ihn mit `GET /api/v1/webhooks/{"{"}id{"}"}/secret`.
api-post-api-v1-webhooks-param-idempotency-key = Wiederholungen mit demselben Schlüssel erhalten 24 Stunden lang das Ergebnis der ersten Anfrage
api-post-api-v1-webhooks-response-201 = Der Endpunkt
api-post-api-v1-webhooks-response-401 = Kein gültiger Schlüssel
api-post-api-v1-webhooks-response-403 = Dem Schlüssel fehlt `webhooks:write`
api-post-api-v1-webhooks-response-422 = Die Adresse oder die Ereignisse wurden abgelehnt; nichts wurde gespeichert

api-get-api-v1-webhooks-id-secret-summary = Der Signaturschlüssel des Endpunkts.
api-get-api-v1-webhooks-id-secret-param-id = Der Endpunkt
api-get-api-v1-webhooks-id-secret-response-200 = Der Signaturschlüssel
api-get-api-v1-webhooks-id-secret-response-401 = Kein gültiger Schlüssel
api-get-api-v1-webhooks-id-secret-response-403 = Dem Schlüssel fehlt `webhooks:write`
api-get-api-v1-webhooks-id-secret-response-404 = Diesen Endpunkt gibt es nicht

api-delete-api-v1-webhooks-id-summary = Löscht einen Endpunkt mit seinen wartenden Zustellungen und seinem Protokoll.
api-delete-api-v1-webhooks-id-param-id = Der Endpunkt
api-delete-api-v1-webhooks-id-response-204 = Gelöscht
api-delete-api-v1-webhooks-id-response-401 = Kein gültiger Schlüssel
api-delete-api-v1-webhooks-id-response-403 = Dem Schlüssel fehlt `webhooks:write`
api-delete-api-v1-webhooks-id-response-404 = Diesen Endpunkt gibt es nicht

api-problem-bad-request = Ein Parameter, ein Header oder der Anfragetext konnte nicht gelesen werden, oder die Umfrage ist nicht in einem Zustand, der die Änderung erlaubt (die Texte einer veröffentlichten Umfrage lassen sich nicht mehr ändern).
api-problem-invalid-input = Felder der Anfrage müssen korrigiert werden; `errors` listet sie auf. Nichts wurde geändert.
api-problem-unauthorized = Kein API-Schlüssel, oder einer, der unbekannt, widerrufen oder abgelaufen ist oder zu einem nicht aktiven Abonnenten gehört.
api-problem-forbidden = Der Schlüssel hat nicht den Scope, den diese Anfrage benötigt.
api-problem-not-found = Diese Umfrage oder Antwort gibt es beim Abonnenten dieses Schlüssels nicht.
api-problem-rate-limited = Der Schlüssel hat zu viele Anfragen gestellt; warten Sie so viele Sekunden, wie `Retry-After` angibt.
api-problem-precondition-failed = `If-Match` nannte eine Version, die nicht mehr aktuell ist: Lesen Sie sie erneut und ändern Sie sie dann.
api-problem-idempotency-in-progress = Eine Anfrage mit diesem `Idempotency-Key` läuft noch; versuchen Sie es gleich noch einmal.
api-problem-idempotency-key-reused = Dieser `Idempotency-Key` wurde bereits mit einer anderen Anfrage gesendet; verwenden Sie für eine neue Anfrage einen neuen Schlüssel.
api-problem-too-large = Der Anfragetext ist zu groß.
api-problem-survey-closed = Die Umfrage nimmt keine Antworten mehr an.
api-problem-survey-not-open = Die Umfrage öffnet erst später.
api-problem-monthly-limit = Der Abonnent hat in diesem Monat alle Antworten erhalten, die sein Tarif erlaubt.
api-problem-already-answered = Mit diesem persönlichen Link wurde bereits geantwortet.
api-problem-unavailable = Der Dienst ist ausgelastet oder wird gewartet; versuchen Sie es in Kürze erneut.
api-problem-internal = Bei uns ist etwas fehlgeschlagen; die Einzelheiten werden protokolliert, aber nie gesendet.
