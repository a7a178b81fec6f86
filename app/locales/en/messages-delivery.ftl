# What the services and the domain say: delivery.

## Webhooks: events, endpoints and the test ping (domain/webhooks.rs,
## services/webhooks, api/webhooks.rs)

msg-webhooks-event-response-created = A response was received, with its answers
msg-webhooks-event-survey-published = A survey was published
msg-webhooks-event-survey-closed = A survey was closed, by someone or by its response limit
msg-webhooks-event-export-finished = A database export finished
msg-webhooks-event-ping = A test sent from the endpoint's page
msg-webhooks-unknown-event = “{ $code }” is not an event an endpoint can receive.
msg-webhooks-no-events = Choose at least one event to send.
msg-webhooks-description-too-long = Keep the description within { $max } characters.
msg-webhooks-description-control = The description cannot hold control characters.
msg-webhooks-url-missing = Enter the address that receives the events.
msg-webhooks-url-too-long = Keep the address within { $max } characters.
msg-webhooks-url-not-absolute = Enter a full address, starting with https://.
msg-webhooks-url-credentials = Leave user names and passwords out of the address: check our signature instead.
msg-webhooks-url-fragment = An address with a # part cannot receive events.
msg-webhooks-url-not-https = Events are sent over https only: the address must start with https://.
msg-webhooks-url-private = This address is inside a private network (loopback, private or link-local), which this service does not contact.
msg-webhooks-url-unresolved = No server named { $host } was found.
msg-webhooks-too-many-endpoints = You have { $max } endpoints. Delete one you no longer need first.
# $status is the receiver's HTTP status, $duration milliseconds.
msg-webhooks-ping-delivered = Delivered: your receiver answered { $status } in { $duration } ms.
msg-webhooks-ping-refused = Not delivered: your receiver answered { $status } in { $duration } ms. It must answer with a 2xx status.
# $error is the HTTP client's own (English) words.
msg-webhooks-ping-failed = Not delivered: { $error }

## API keys (domain/api_keys.rs, services/api_keys.rs)

msg-api-keys-scope-surveys-read = Read surveys: their questions, pages and logic
msg-api-keys-scope-surveys-write = Create, change, publish and close surveys
msg-api-keys-scope-responses-read = Read responses and results
msg-api-keys-scope-webhooks-write = Manage webhook endpoints
msg-api-keys-unknown-scope = “{ $code }” is not a scope an API key can have.
msg-api-keys-no-scopes = Choose at least one thing the key may do.
msg-api-keys-name-missing = Give the key a name, so you know later what uses it.
msg-api-keys-name-too-long = A key's name has at most { $max } characters.
msg-api-keys-name-control = A key's name cannot contain control characters.
msg-api-keys-days-invalid = Choose when the key expires: between 1 and { $max } days, or never.
msg-api-keys-scope-not-offered = “{ $code }” is not available yet: no request uses it.
msg-api-keys-too-many = You have { $max } keys in use. Revoke one you no longer need first.

## A survey's invitations (services/survey_invitations.rs,
## api/survey_invitations.rs)

msg-survey-invitations-subject-missing = Enter a subject.
msg-survey-invitations-subject-too-long = Keep the subject to { $max } characters.
msg-survey-invitations-message-missing = Enter a message.
msg-survey-invitations-message-too-long = Keep the message to { $max } characters.
msg-survey-invitations-anonymity-fixed = Contacts have answered already, under the current setting: it cannot change now.
msg-survey-invitations-draft = A draft cannot be sent: publish the survey first.
# $at is a date and time.
msg-survey-invitations-opens-later = This survey opens on { $at }: send the invitations from then on.
msg-survey-invitations-closed = This survey no longer accepts answers, so its links would lead nowhere.
msg-survey-invitations-nobody-to-invite = Every contact has been invited already (or has answered or unsubscribed). Add contacts to invite more.
msg-survey-invitations-nobody-to-remind = Nobody needs a reminder: every invited contact has answered, unsubscribed or has a message on its way.
# A contact's status.
msg-survey-invitations-status-queued = Sending
msg-survey-invitations-status-sent = Sent
msg-survey-invitations-status-failed = Failed
msg-survey-invitations-status-answered = Answered
msg-survey-invitations-status-unsubscribed = Unsubscribed
msg-survey-invitations-status-not-invited = Not invited
msg-survey-invitations-round-unknown = Choose invitations or reminders.

## A survey's contacts as a list (domain/contacts.rs). A list's problems
## are shown as: Nothing was added. Line 3: <problem> Line 5: <problem>

msg-contacts-line-problem = Line { $number }: { $problem }
msg-contacts-contact-problem = Contact { $number }: { $problem }
# $problems are the first few problems, one after another.
msg-contacts-nothing-added = Nothing was added. { $problems }
msg-contacts-nothing-added-more = Nothing was added. { $problems } And { $more } more.
msg-contacts-quote-not-closed = a quoted value is not closed.
msg-contacts-none-in-list = there are no contacts: give one email a line.
msg-contacts-none-given = there are no contacts: give at least one.
msg-contacts-attribute-name = the attribute "{ $name }" has no usable name: use letters, digits and _ (for example first_name), other than email and name.
msg-contacts-too-many = at most { $max } contacts can be added at once.
msg-contacts-repeated-line = { $email } is already on line { $first }.
msg-contacts-repeated-contact = { $email } is already given as contact { $first }.
msg-contacts-column-name = column { $column } has no usable name: use letters, digits and _ (for example first_name).
msg-contacts-column-twice = the column { $column } is named twice.
msg-contacts-too-many-columns = at most { $max } columns besides email and name.
msg-contacts-too-many-values = it has { $values } values but the list has { $columns } columns.
msg-contacts-not-an-email = "{ $value }" is not an email address.
msg-contacts-name-too-long = the name is longer than { $max } characters.
msg-contacts-value-too-long = { $column } is longer than { $max } characters.
msg-contacts-email-missing = the email is missing.
msg-contacts-placeholder-not-closed = A placeholder is not closed: write it as { "{{" }name{ "}}" }.
msg-contacts-not-a-placeholder = { "{{" }{ $name }{ "}}" } is not a placeholder: use a column name such as { "{{" }name{ "}}" } or { "{{" }first_name{ "}}" }.

## Inviting users (services/invitations.rs)

msg-user-invitations-identity-provider = Users of this organization sign in with their identity provider; invite them there.
msg-user-invitations-password-chosen = { $name } has already chosen a password.

## Sharing and embedding (services/sharing.rs, domain/embed_origins.rs)

msg-sharing-draft-no-address = Publish the survey first: a draft has no public address.
# $refused lists what was typed, separated by commas.
msg-embed-origins-refused = Enter each website as its address only, such as https://www.example.com (not a page, and no *): { $refused } is not one.
msg-embed-origins-too-many = List at most { $max } websites ({ $count } given).

## A tenant's style sheet (domain/stylesheet), checked as it is typed.
## CSS words (url(), @import, property names) stay as they are.

msg-stylesheet-at = Line { $line }, column { $column }: { $problem }
msg-stylesheet-too-long = A style sheet is at most { $max } characters.
msg-stylesheet-too-many-rules = A style sheet has at most { $max } rules.
msg-stylesheet-rule-needs-block = A rule needs { "{" } … { "}" } after its selector.
msg-stylesheet-brackets = Only [type="radio"] may appear in brackets.
msg-stylesheet-at-rule = At-rules such as @{ $name } are not allowed.
msg-stylesheet-selector-missing = A selector is missing.
msg-stylesheet-unknown-selector = “{ $selector }” is not one of the selectors you can style.
msg-stylesheet-url = url() is not allowed: images and fonts come only from Tailspin.
msg-stylesheet-expression = expression() is not allowed.
# $place: where the refused text stands.
msg-stylesheet-function = { $name }() is not allowed in { $place ->
        [selector] a selector
        [property] a property name
       *[value] a value
    }.
msg-stylesheet-character = “{ $character }” is not allowed in { $place ->
        [selector] a selector
        [property] a property name
       *[value] a value
    }.
msg-stylesheet-colon = “:” is not allowed in { $place ->
        [selector] a selector
        [property] a property name
       *[value] a value
    } (no pseudo-classes).
msg-stylesheet-hash = “#{ $name }” is not allowed in { $place ->
        [selector] a selector
        [property] a property name
       *[value] a value
    }.
msg-stylesheet-quoted = Quoted text is not allowed in { $place ->
        [selector] a selector
        [property] a property name
       *[value] a value
    }.
msg-stylesheet-unexpected = Unexpected text in { $place ->
        [selector] a selector
        [property] a property name
       *[value] a value
    }.
msg-stylesheet-nested-blocks = Nested blocks are not allowed.
msg-stylesheet-string-not-closed = This quoted text is not closed.
msg-stylesheet-nested-rules = Nested rules are not allowed.
msg-stylesheet-needs-colon = “{ $property }” needs a colon and a value.
# $problem is a whole sentence.
msg-stylesheet-value-refused = { $property }: { $problem }
msg-stylesheet-value-unreadable = { $property }: the value cannot be read.
msg-stylesheet-forbidden-word = { $property }: this value contains a word that is not allowed.
# $problem is one of the value problems below (not-one-of … border-values).
msg-stylesheet-value-problem = { $property }: { $problem }.
msg-stylesheet-property-runs-code = “{ $property }” is not allowed: it can run code.
msg-stylesheet-property-images = “{ $property }” is not allowed: images and content come only from Tailspin.
msg-stylesheet-unknown-property = “{ $property }” is not a property you can set. You can set: { $allowed }.
msg-stylesheet-important = !important is not needed: your rules already come last.
msg-stylesheet-function-unreadable = { $name }() cannot be read.
msg-stylesheet-function-numbers-only = { $name }() takes numbers only.
msg-stylesheet-escape = Escapes (\) are not allowed: write the characters themselves.
msg-stylesheet-angle-bracket = “<” is not allowed in a style sheet.
msg-stylesheet-comment-characters = “<” and “\” are not allowed, not even in comments.
msg-stylesheet-comment-not-closed = This comment is never closed with */.
msg-stylesheet-quote-characters = “<” and “\” are not allowed, not even in quotes.
msg-stylesheet-quote-not-closed = This quoted text is not closed on its line.
# $closing and $opening are brackets: ( ) [ ] { }
msg-stylesheet-mismatch = “{ $closing }” does not match the “{ $opening }” opened at line { $line }, column { $column }.
msg-stylesheet-closes-nothing = “{ $closing }” closes nothing.
msg-stylesheet-control-characters = Control characters are not allowed.
msg-stylesheet-never-closed = This “{ $opening }” is never closed.

## A style sheet's value problems: each follows “property:” (see
## msg-stylesheet-value-problem). $kind says what $token is: a number,
## a percentage, quoted text (no $token) or anything else, quoted.

msg-stylesheet-value-not-allowed = not an allowed property
msg-stylesheet-value-missing = a value is missing
msg-stylesheet-single-value = expects a single value
msg-stylesheet-one-to-four-values = takes one to four values
msg-stylesheet-not-one-of = { $kind ->
        [number] the number { $token }
        [percentage] { $token }%
        [text] quoted text
       *[quoted] “{ $token }”
    } is not one of { $allowed }
msg-stylesheet-not-a-length = { $kind ->
        [number] the number { $token }
        [percentage] { $token }%
        [text] quoted text
       *[quoted] “{ $token }”
    } is not a length (for example 12px, 1.5em or 50%)
msg-stylesheet-unknown-unit = “{ $unit }” is not a unit you can use here ({ $units }, %)
msg-stylesheet-length-out-of-range = that length is out of range
msg-stylesheet-negative = cannot be negative
msg-stylesheet-not-a-color = { $kind ->
        [number] the number { $token }
        [percentage] { $token }%
        [text] quoted text
       *[quoted] “{ $token }”
    } is not a color (for example #c00000, rgb(200 0 0) or darkred)
msg-stylesheet-opacity = the opacity must be between 0 and 1 (or 0% and 100%)
msg-stylesheet-color-function-values = { $name }() takes three values and an optional opacity
msg-stylesheet-rgb-channels = rgb() channels are 0 to 255 or 0% to 100%
msg-stylesheet-hue = the hue is a number of degrees
msg-stylesheet-saturation-lightness = saturation and lightness are 0% to 100%
msg-stylesheet-not-a-color-function = { $name }() is not a color function
msg-stylesheet-font-name-missing = a font name is missing between commas
msg-stylesheet-font-names = font names are words or quoted text, separated by commas
msg-stylesheet-font-name-characters = font names may only contain letters, digits, spaces and hyphens (up to 64)
msg-stylesheet-font-weight = is normal, bold, bolder, lighter or a number from 1 to 1000
msg-stylesheet-given-twice = “{ $value }” is given twice
msg-stylesheet-not-a-decoration = { $kind ->
        [number] the number { $token }
        [percentage] { $token }%
        [text] quoted text
       *[quoted] “{ $token }”
    } is not a line ({ $lines }), a style or a color
msg-stylesheet-border-values = takes a width, a style and a color
msg-stylesheet-not-a-border-part = { $kind ->
        [number] the number { $token }
        [percentage] { $token }%
        [text] quoted text
       *[quoted] “{ $token }”
    } is not a width, a style ({ $styles }) or a color, or is given twice
export-up-to-date = Up to date: { $surveys ->
    [one] 1 survey
   *[other] { $surveys } surveys
} copied, no new responses.
export-copied = { $surveys ->
    [one] 1 survey
   *[other] { $surveys } surveys
} and { $responses ->
    [one] 1 new response
   *[other] { $responses } new responses
} copied.
export-failed = The transfer failed; nothing already copied was lost. Please try again, and tell us if it keeps failing.
job-given-up = Stopped after repeated interruptions; please ask again.
msg-xlsx-too-many = This survey has more responses than a spreadsheet can hold; download the CSV instead.
