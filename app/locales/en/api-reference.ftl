# api-reference
# The API reference's texts from the OpenAPI document and the problem
# table (server/src/routes/api_v1/): formatted on the server only
# (api/api_reference.rs, its texts module). English says exactly what the utoipa
# annotations and PROBLEMS say (a test in api_v1/reference.rs compares);
# change both together. Keys: api-<method>-<path>-summary,
# -param-<name>, -response-<status>, api-problem-<code>. Text in
# backticks is code: keep it as it is.

api-description = Read and manage a subscriber's surveys and responses. Authenticate with an API key an Administrator creates on the API keys page: `Authorization: Bearer tsk_…`. Errors are RFC 9457 problem details; reads carry an `ETag`; each key has a rate limit, reported in `RateLimit` headers.

api-get-api-v1-surveys-summary = Every survey of the key's subscriber, as its dashboard lists them.
api-get-api-v1-surveys-response-200 = The surveys
api-get-api-v1-surveys-response-304 = Unchanged since the `ETag` sent in `If-None-Match`
api-get-api-v1-surveys-response-401 = No valid key
api-get-api-v1-surveys-response-403 = The key lacks `surveys:read`
api-get-api-v1-surveys-response-429 = Rate limited

api-get-api-v1-surveys-slug-summary = One survey with its questions, pages and logic.
api-get-api-v1-surveys-slug-param-slug = The survey's address
api-get-api-v1-surveys-slug-response-200 = The survey
api-get-api-v1-surveys-slug-response-304 = Unchanged since the `ETag` sent in `If-None-Match`
api-get-api-v1-surveys-slug-response-401 = No valid key
api-get-api-v1-surveys-slug-response-403 = The key lacks `surveys:read`
api-get-api-v1-surveys-slug-response-404 = No such survey

api-post-api-v1-surveys-summary = Creates a draft from a template or from its questions, all checked first: any problem is named by field (`questions[2].options`) and nothing is stored.
api-post-api-v1-surveys-param-idempotency-key = Repeats with the same key get the first outcome, for 24 hours
api-post-api-v1-surveys-response-201 = The new draft
api-post-api-v1-surveys-response-400 = The body is not JSON of this shape
api-post-api-v1-surveys-response-401 = No valid key
api-post-api-v1-surveys-response-403 = The key lacks `surveys:write`
api-post-api-v1-surveys-response-409 = The first request with this Idempotency-Key is under way
api-post-api-v1-surveys-response-422 = Fields need correcting; nothing was stored

api-post-api-v1-surveys-slug-duplicate-summary = A draft copy of the survey, whatever its state: its title, description, questions and logic; no responses.
api-post-api-v1-surveys-slug-duplicate-param-slug = The survey's address
api-post-api-v1-surveys-slug-duplicate-param-idempotency-key = Repeats with the same key get the first outcome, for 24 hours
api-post-api-v1-surveys-slug-duplicate-response-201 = The copy
api-post-api-v1-surveys-slug-duplicate-response-401 = No valid key
api-post-api-v1-surveys-slug-duplicate-response-403 = The key lacks `surveys:write`
api-post-api-v1-surveys-slug-duplicate-response-404 = No such survey

api-post-api-v1-surveys-slug-publish-summary = Publishes a draft: its questions are frozen from then on.
api-post-api-v1-surveys-slug-publish-param-slug = The survey's address
api-post-api-v1-surveys-slug-publish-response-200 = The published survey
api-post-api-v1-surveys-slug-publish-response-400 = Not a draft, or a body that is not JSON of this shape
api-post-api-v1-surveys-slug-publish-response-401 = No valid key
api-post-api-v1-surveys-slug-publish-response-403 = The key lacks `surveys:write`
api-post-api-v1-surveys-slug-publish-response-404 = No such survey
api-post-api-v1-surveys-slug-publish-response-422 = Times or limit to correct, no questions, or the plan's active surveys reached

api-post-api-v1-surveys-slug-close-summary = Closes a published survey: it takes no more answers.
api-post-api-v1-surveys-slug-close-param-slug = The survey's address
api-post-api-v1-surveys-slug-close-response-200 = The closed survey
api-post-api-v1-surveys-slug-close-response-400 = Not a published survey
api-post-api-v1-surveys-slug-close-response-401 = No valid key
api-post-api-v1-surveys-slug-close-response-403 = The key lacks `surveys:write`
api-post-api-v1-surveys-slug-close-response-404 = No such survey

api-patch-api-v1-surveys-slug-summary = Changes a draft's title, address or description. With `If-Match`, only if the draft is still the version its `ETag` names.
api-patch-api-v1-surveys-slug-param-slug = The survey's address
api-patch-api-v1-surveys-slug-param-if-match = The `ETag` of the version read
api-patch-api-v1-surveys-slug-response-200 = The changed draft
api-patch-api-v1-surveys-slug-response-400 = Not a draft, or a body that is not JSON of this shape
api-patch-api-v1-surveys-slug-response-401 = No valid key
api-patch-api-v1-surveys-slug-response-403 = The key lacks `surveys:write`
api-patch-api-v1-surveys-slug-response-404 = No such survey
api-patch-api-v1-surveys-slug-response-412 = Changed since the version `If-Match` names
api-patch-api-v1-surveys-slug-response-422 = Fields need correcting; nothing was changed

api-post-api-v1-surveys-slug-questions-summary = Adds a question at the end of a draft.
api-post-api-v1-surveys-slug-questions-param-slug = The survey's address
api-post-api-v1-surveys-slug-questions-response-201 = The draft with its new question
api-post-api-v1-surveys-slug-questions-response-400 = Not a draft, or a body that is not JSON of this shape
api-post-api-v1-surveys-slug-questions-response-401 = No valid key
api-post-api-v1-surveys-slug-questions-response-403 = The key lacks `surveys:write`
api-post-api-v1-surveys-slug-questions-response-404 = No such survey
api-post-api-v1-surveys-slug-questions-response-422 = Fields need correcting; nothing was added

api-get-api-v1-surveys-slug-responses-summary = The survey's responses in the order stored, a page at a time. Store the `cursor` and pass it as `after` next time to get only what is new: no response is ever left behind a cursor, even one whose storing finished after later ones.
api-get-api-v1-surveys-slug-responses-param-slug = The survey's address
api-get-api-v1-surveys-slug-responses-param-after = The `cursor` of the previous page: only responses stored after it.
api-get-api-v1-surveys-slug-responses-param-limit = Responses a page, 1 to 1000 (default 100).
api-get-api-v1-surveys-slug-responses-param-since = Only responses received at or after this time (RFC 3339, UTC).
api-get-api-v1-surveys-slug-responses-param-until = Only responses received before this time (RFC 3339, UTC).
api-get-api-v1-surveys-slug-responses-response-200 = A page of responses
api-get-api-v1-surveys-slug-responses-response-304 = Unchanged since the `ETag` sent in `If-None-Match`
api-get-api-v1-surveys-slug-responses-response-400 = A bad `after` or `limit`
api-get-api-v1-surveys-slug-responses-response-401 = No valid key
api-get-api-v1-surveys-slug-responses-response-403 = The key lacks `responses:read`
api-get-api-v1-surveys-slug-responses-response-404 = No such survey

api-get-api-v1-surveys-slug-responses-id-summary = One response, by the `id` a page of responses gave.
api-get-api-v1-surveys-slug-responses-id-param-slug = The survey's address
api-get-api-v1-surveys-slug-responses-id-param-id = The response's `id`
api-get-api-v1-surveys-slug-responses-id-response-200 = The response
api-get-api-v1-surveys-slug-responses-id-response-304 = Unchanged since the `ETag` sent in `If-None-Match`
api-get-api-v1-surveys-slug-responses-id-response-401 = No valid key
api-get-api-v1-surveys-slug-responses-id-response-403 = The key lacks `responses:read`
api-get-api-v1-surveys-slug-responses-id-response-404 = No such survey, or no such response of it

api-delete-api-v1-surveys-slug-responses-id-summary = Deletes one response for good; its answers leave the survey's summary at once.
api-delete-api-v1-surveys-slug-responses-id-param-slug = The survey's address
api-delete-api-v1-surveys-slug-responses-id-param-id = The response's `id`
api-delete-api-v1-surveys-slug-responses-id-response-204 = Deleted
api-delete-api-v1-surveys-slug-responses-id-response-401 = No valid key
api-delete-api-v1-surveys-slug-responses-id-response-403 = The key lacks `surveys:write`
api-delete-api-v1-surveys-slug-responses-id-response-404 = No such survey, or no such response of it

api-get-api-v1-surveys-slug-summary-summary = The survey's live statistics: each question's figures as the Results page shows them.
api-get-api-v1-surveys-slug-summary-param-slug = The survey's address
api-get-api-v1-surveys-slug-summary-response-200 = The summary
api-get-api-v1-surveys-slug-summary-response-304 = Unchanged since the `ETag` sent in `If-None-Match`
api-get-api-v1-surveys-slug-summary-response-401 = No valid key
api-get-api-v1-surveys-slug-summary-response-403 = The key lacks `responses:read`
api-get-api-v1-surveys-slug-summary-response-404 = No such survey

api-get-api-v1-surveys-slug-contacts-summary = The survey's contacts, 50 a page, with each one's status.
api-get-api-v1-surveys-slug-contacts-param-slug = The survey's address
api-get-api-v1-surveys-slug-contacts-param-page = 1 for the first 50 contacts in the order added, 2 for the next…
api-get-api-v1-surveys-slug-contacts-response-200 = A page of contacts
api-get-api-v1-surveys-slug-contacts-response-304 = Unchanged since the `ETag` sent in `If-None-Match`
api-get-api-v1-surveys-slug-contacts-response-400 = A bad `page`
api-get-api-v1-surveys-slug-contacts-response-401 = No valid key
api-get-api-v1-surveys-slug-contacts-response-403 = The key lacks `responses:read`
api-get-api-v1-surveys-slug-contacts-response-404 = No such survey

api-post-api-v1-surveys-slug-contacts-summary = Adds contacts to the survey's list, checked as a whole: a problem with any of them is named (`Contact 3: …`) and none is added.
api-post-api-v1-surveys-slug-contacts-param-slug = The survey's address
api-post-api-v1-surveys-slug-contacts-param-idempotency-key = Repeats with the same key get the first outcome, for 24 hours
api-post-api-v1-surveys-slug-contacts-response-200 = Added
api-post-api-v1-surveys-slug-contacts-response-400 = The body is not JSON of this shape
api-post-api-v1-surveys-slug-contacts-response-401 = No valid key
api-post-api-v1-surveys-slug-contacts-response-403 = The key lacks `surveys:write`
api-post-api-v1-surveys-slug-contacts-response-404 = No such survey
api-post-api-v1-surveys-slug-contacts-response-409 = The first request with this Idempotency-Key is under way
api-post-api-v1-surveys-slug-contacts-response-422 = A contact needs correcting; none was added

api-post-api-v1-surveys-slug-invitations-summary = Sends the invitation to every contact not invited yet, or a reminder to every invited contact who has not answered. Each message carries a personal link that answers once.
api-post-api-v1-surveys-slug-invitations-param-slug = The survey's address
api-post-api-v1-surveys-slug-invitations-param-idempotency-key = Repeats with the same key get the first outcome, for 24 hours
api-post-api-v1-surveys-slug-invitations-response-202 = Queued
api-post-api-v1-surveys-slug-invitations-response-400 = Nobody to send to, or the survey takes no answers
api-post-api-v1-surveys-slug-invitations-response-401 = No valid key
api-post-api-v1-surveys-slug-invitations-response-403 = The key lacks `surveys:write`
api-post-api-v1-surveys-slug-invitations-response-404 = No such survey
api-post-api-v1-surveys-slug-invitations-response-409 = The first request with this Idempotency-Key is under way

api-get-api-v1-webhooks-summary = The subscriber's endpoints, oldest first.
api-get-api-v1-webhooks-response-200 = The endpoints
api-get-api-v1-webhooks-response-401 = No valid key
api-get-api-v1-webhooks-response-403 = The key lacks `webhooks:write`

api-post-api-v1-webhooks-summary = Registers an endpoint with a new signing secret; read it with `GET /api/v1/webhooks/{"{"}id{"}"}/secret`.
api-post-api-v1-webhooks-param-idempotency-key = Repeats with the same key get the first outcome, for 24 hours
api-post-api-v1-webhooks-response-201 = The endpoint
api-post-api-v1-webhooks-response-401 = No valid key
api-post-api-v1-webhooks-response-403 = The key lacks `webhooks:write`
api-post-api-v1-webhooks-response-422 = The address or events were refused; nothing was stored

api-get-api-v1-webhooks-id-secret-summary = The endpoint's signing secret.
api-get-api-v1-webhooks-id-secret-param-id = The endpoint
api-get-api-v1-webhooks-id-secret-response-200 = The secret
api-get-api-v1-webhooks-id-secret-response-401 = No valid key
api-get-api-v1-webhooks-id-secret-response-403 = The key lacks `webhooks:write`
api-get-api-v1-webhooks-id-secret-response-404 = No such endpoint

api-delete-api-v1-webhooks-id-summary = Deletes an endpoint with its waiting deliveries and its log.
api-delete-api-v1-webhooks-id-param-id = The endpoint
api-delete-api-v1-webhooks-id-response-204 = Deleted
api-delete-api-v1-webhooks-id-response-401 = No valid key
api-delete-api-v1-webhooks-id-response-403 = The key lacks `webhooks:write`
api-delete-api-v1-webhooks-id-response-404 = No such endpoint

api-problem-bad-request = A parameter, header or body could not be read, or the survey is not in a state that allows the change (a published survey's texts are frozen).
api-problem-invalid-input = Fields of the request need correcting; `errors` lists them. Nothing was changed.
api-problem-unauthorized = No API key, or one that is unknown, revoked or expired, or of a subscriber that is not active.
api-problem-forbidden = The key does not have the scope this request needs.
api-problem-not-found = No such survey or response for this key's subscriber.
api-problem-rate-limited = The key made too many requests; wait for `Retry-After` seconds.
api-problem-precondition-failed = `If-Match` named a version that is no longer current: read it again, then change it.
api-problem-idempotency-in-progress = A request with this `Idempotency-Key` is still under way; try again in a moment.
api-problem-idempotency-key-reused = This `Idempotency-Key` was sent before with another request; use a new key for a new request.
api-problem-too-large = The request body is too large.
api-problem-survey-closed = The survey no longer accepts answers.
api-problem-survey-not-open = The survey opens later.
api-problem-monthly-limit = The subscriber received all the responses its plan allows this month.
api-problem-already-answered = A personal link answered before.
api-problem-unavailable = The service is busy or under maintenance; try again shortly.
api-problem-internal = Something failed on our side; the details are logged, never sent.
