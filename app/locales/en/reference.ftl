# reference
# The API reference (api_reference.rs) and its webhooks part
# (webhook_reference.rs). Placeholders hold code, kept as it is.

api-reference-title = API reference
api-reference-heading = Tailspin Surveys API
api-reference-openapi = The machine-readable description (OpenAPI 3.1): { $link }
api-reference-start-here = Start here
api-reference-create-key = An Administrator creates a key under API keys in the subscriber's settings. Then:
api-reference-cursor = To read every new response since your last call, keep the { $cursor } of each page and pass it back as { $after }.
api-reference-scopes = Scopes
api-reference-requests = Requests
api-reference-errors = Errors
api-reference-problem-details = Errors are problem details (RFC 9457, { $media }). Their { $field } ends with one of these codes, which do not change:
api-reference-error-types = Error types
api-reference-code = Code
api-reference-when = When
api-reference-limits = Limits and caching
api-reference-rate-limits = Each key may make a number of requests a minute. Every answer says what is left in { $left } and the quota in { $policy }; beyond it the answer is 429 with { $retry }.
api-reference-etags = Reads carry an { $etag }; send it back in { $header } to get 304 when nothing changed.
api-reference-needs-scope = Needs the scope { $scope }.
api-reference-parameters = Parameters
api-reference-parameters-of = Parameters of { $operation }
api-reference-name = Name
api-reference-in = In
# Where a parameter goes (the OpenAPI document's path, query, header).
api-reference-in-path = path
api-reference-in-query = query
api-reference-in-header = header
api-reference-meaning = Meaning
# A parameter's place (path, query) when it must be given.
api-reference-required-in = { $location }, required
api-reference-answers = Answers

webhook-reference-heading = Webhooks
webhook-reference-intro = An Administrator registers an https address under Webhooks in the subscriber's settings and chooses its events. Each event is posted to it as JSON, signed as the { $specification } specification says.
webhook-reference-events = Events
webhook-reference-delivery = A delivery
webhook-reference-delivery-text = { $id } is the same on every attempt of one event: keep the ids you have handled, and a repeat is safe to ignore. A response's answers have the shape of { $shape }.
webhook-reference-verifying = Verifying
webhook-reference-verifying-text = Check the signature with the endpoint's secret ({ $secret }) and a Standard Webhooks library before trusting a delivery. After a rotation, deliveries carry two signatures for a day: the new secret's and the old one's.
webhook-reference-retries = Delivery and retries
webhook-reference-retries-text = Answer with any 2xx status within 10 seconds. Events reach each endpoint in the order they happened, at least once. A delivery that fails is tried again after 5 seconds, then waiting twice as long each time, up to two hours; events after it wait their turn. After a day of failures the endpoint is disabled and the Administrator is told by email; the events are kept, and sent in order once it is enabled again. Every attempt is listed on the endpoint's page, where any delivery can be sent again.
