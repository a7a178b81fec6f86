# dashboard

## The subscriber's dashboard (dashboard.rs)

dashboard-sign-in-heading = Please sign in
dashboard-sign-in-link = Sign in to continue
dashboard-signed-in = Signed in as { $name } ({ $role })
dashboard-active-surveys = Active surveys: { $active } of { $max } on the { $plan } plan
dashboard-count-of = { $count } of { $total }
dashboard-survey-days = A published survey accepts answers for { $days } days.
dashboard-monthly-unlimited = Responses this month: { $responses } (no monthly limit on the { $plan } plan)
dashboard-monthly = Responses this month: { $responses } of { $limit } on the { $plan } plan
dashboard-paused-heading = Your surveys are paused.
dashboard-paused = You have received all { $limit } responses your plan allows this month. Until { $date } (UTC), respondents read that the survey is paused, and nothing they send is stored. To take more before then, ask Tailspin Surveys for a larger plan or a higher limit.
dashboard-used = You have used { $percent } of this month's responses. At { $limit } your surveys pause until { $date } (UTC).
dashboard-surveys-heading = Surveys
dashboard-empty = You have no surveys yet. Start one below: give it a title, add your questions, preview it, then publish it and share its address.
dashboard-column-survey = Survey
dashboard-column-status = Status
dashboard-column-responses = Responses
dashboard-column-published = Published
dashboard-column-expires = Expires
dashboard-column-links = Links
dashboard-expires-left = { $date } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
  } left)
dashboard-at-limit = at its limit
dashboard-opens = , opens { $at }
dashboard-edit = Edit
dashboard-edit-survey = Edit { $survey }
dashboard-preview = Preview
dashboard-preview-survey = Preview { $survey }
dashboard-results = Results
dashboard-results-survey = Results of { $survey }
dashboard-share = Share
dashboard-share-survey = Share { $survey }
dashboard-duplicate = Duplicate
dashboard-public-page = Public page of { $survey }
dashboard-copy-address = Copy the public address of { $survey }
dashboard-copy = Copy
dashboard-copied = Copied

## The built-in templates' cards on the "new survey" form (new_survey.rs,
## domain/templates.rs); the rest of each template is in templates.ftl.
## English titles are the names tests and specs choose them by.

template-customer-satisfaction-title = Customer satisfaction
template-customer-satisfaction-summary = Satisfaction, likelihood to recommend, ratings of what matters and what to improve.
template-nps-title = Net Promoter Score
template-nps-summary = The standard “would you recommend us?” question with the reasons behind the score.
template-event-feedback-title = Event feedback
template-event-feedback-summary = How attendees rated the event, its sessions and its organisation.
template-employee-pulse-title = Employee pulse
template-employee-pulse-summary = A short, regular check on workload, clarity and how the team feels.

## Results (results/mod.rs)

results-loading = Loading the results…
results-page-title = Results: { $survey } · { $tenant }
results-heading = Results: { $survey }
results-not-merged = No answers merged yet.
results-updated = Last updated { $at }.
results-total = { $total } { $count ->
    [one] response
   *[other] responses
  } · { $state }
results-total-filtered = { $total } of { $all } { $all ->
    [one] response
   *[other] responses
  } pass the filter · { $state }
results-live-filtered = Filtered results are computed when the page loads: reload it to include answers that arrive later.
results-live-on = The page updates by itself while it is open.
results-live-off = Reload the page to see answers that arrive later.
results-back = Back to the survey
results-browse-filtered = Browse these responses
results-browse = Browse responses

## Charts (results/charts.rs)

results-seen-answered = { $seen } saw · { $answered } answered
results-mean-of = mean { $mean } of { $points }
results-several-note = Respondents could choose several: shares are of those who answered.
results-unlisted = { $count ->
    [one] { $count } option
   *[other] { $count } options
  } chosen by no one.
results-bar-value = { $count } · { $percent }
results-no-answers = No answers yet.
results-dates-range = Earliest { $earliest } · latest { $latest } · answers { $period ->
    [day] per day
    [week] per week
    [month] per month
   *[year] per year
  }
results-ranking-note = By average place (1 is first); a longer bar ranks higher.
results-no-words = No frequent words yet.
results-words-heading = Most frequent words
results-word-count = { $word } ({ $count })
results-detractors = Detractors (0–6)
results-passives = Passives (7–8)
results-promoters = Promoters (9–10)
results-legend-value = { $label }: { $count } · { $percent }
results-median = Median
results-middle-half = Middle half
results-mean = Mean
results-range = Range
results-value = { $value }{ $unit }
results-from-to = { $from } to { $to }{ $unit }
results-chart-key = Columns: answers (approximate); box: middle half; line: median.
results-ranking-value = avg { $average } · { $firsts }× first
results-not-ranked = not ranked
results-matrix-share = { $column } { $percent }
results-matrix-figures = { $figures } ({ $count ->
    [one] { $count } answer
   *[other] { $count } answers
  })

## Charts' text alternatives (results/describe.rs)

results-count = { $label }: { $count }
results-option-share = { $label }: { $count } ({ $percent })
results-options-none = No answers yet
results-options-several = { $shares }. Percentages of { $count ->
    [one] { $count } respondent
   *[other] { $count } respondents
  }, who could choose several.
results-options-single = { $shares }. Percentages of { $count ->
    [one] { $count } answer
   *[other] { $count } answers
  }.
results-with-mean = { $counts }. Mean { $mean }.
results-without-mean = { $counts }. No answers yet.
results-nps-description = Net Promoter Score { $score }. Promoters (9 to 10): { $promoters } ({ $promoters_share }), passives (7 to 8): { $passives } ({ $passives_share }), detractors (0 to 6): { $detractors } ({ $detractors_share }). Scores: { $scores }.
results-number-description = Median { $median }{ $unit }, quartiles { $q1 } and { $q3 }, mean { $mean }, lowest { $lowest }, highest { $highest }. Approximate distribution: { $bins }.
results-dates-description = Answers { $period ->
    [day] per day
    [week] per week
    [month] per month
   *[year] per year
  }: { $counts }. Earliest { $earliest }, latest { $latest }.
results-ranking-item = { $label }: average place { $average }, first for { $firsts }
results-ranking-unranked = { $label }: not ranked yet
results-matrix-cell = { $column } { $count } ({ $percent })

## Filter by answer (answer_filter.rs)

answer-filter-clear = Clear the filter
answer-filter-filtered = Filtered:
answer-filter-applied = { $what ->
    [results] Results
   *[responses] Responses
  } of the responses where { $description }.
answer-filter-refused = { $reason } The filter was not applied: every response is shown.
answer-filter-summary = Filter by answer
answer-filter-legend = Only responses where
answer-filter-apply = Apply the filter
answer-filter-answered-in = Answered in
answer-filter-any-language = Any language
answer-filter-english = English
answer-filter-german = German
answer-filter-spanish = Spanish
answer-filter-arabic = Arabic

## Responses (responses.rs)

responses-loading = Loading responses…
responses-page-title = Responses: { $survey } · { $tenant }
responses-heading = Responses: { $survey }
responses-results-filtered = Results of these responses
responses-results = Results
responses-download-csv = Download all responses (CSV)
responses-download-excel = Download all responses (Excel)
responses-none-filtered = No responses pass the filter here.
responses-none = No responses here yet.
responses-item-heading = Response { $number } · { $received }
responses-answered-in = Answered in { $language }
responses-pages = Pages of responses
responses-first = First page
responses-previous = Previous 25 responses
responses-next = Next 25 responses
responses-last = Last page

## Sharing (share.rs)

share-draft = This survey is a draft: it gets its public address when you publish it.
share-open-editor = Open the editor to publish it
share-closed = This survey is closed: its address tells respondents that it no longer accepts answers.
share-invite-heading = Invite by email
share-invite-text = Send each person a personal link that works once, with reminders for those who have not answered: { $link }
share-invitations = Invitations
share-page-title = Share: { $survey } · { $tenant }
share-heading = Share: { $survey }
share-results = Results
share-responses = Responses
share-link-heading = Link
share-link-hint = Anyone with this address can answer the survey.
share-public-address = Public address
share-open-survey = Open the survey
share-qr-heading = QR code
share-qr-hint = For posters, slides and receipts: a phone's camera opens the survey.
share-qr-alt = QR code of the address of { $survey }: { $url }
share-qr-svg = Download the QR code (SVG)
share-qr-png = Download the QR code (PNG)
share-embed-none = None yet: until a website is listed, no other website can show the survey.
share-embed-saved = The list of websites was saved.
share-embed-origins-label = Websites that may embed surveys
share-embed-origins-hint = One a line, the address of the website only, for example https://www.example.com. It applies to every survey of { $tenant }.
share-embed-save = Save websites
share-embed-admin-only = An Administrator of your organization can add websites here.
share-embed-heading = Embed in a website
share-embed-code-hint = Paste this code into a page of a website listed below. The survey appears in the page, and the frame grows to fit it.
share-embed-code-label = Embed code
share-embed-websites = Websites that may embed surveys of { $tenant }

## Spam protection (spam_protection.rs)

spam-protection-heading = Spam protection
spam-protection-hint = Every public form has a hidden trap field and a minimum fill time, which stop most automated spam without bothering anyone. For a survey that still gets spam, the browser can also solve a small puzzle before it sends the answers: it takes a person's browser about a second while they read the questions, and costs a spammer as much for every response. No third-party service is involved, and personal invitation links are never asked to solve it.
spam-protection-saved = Spam protection was saved.
spam-protection-legend = Puzzle solved by the browser
spam-protection-choice-hint = Allowing answers without JavaScript keeps the survey open to everyone, but spam that does not run JavaScript then meets only the trap field and the fill time. Requiring it stops that spam too; people whose browser runs no JavaScript are told so on the survey page.
spam-protection-save = Save spam protection

## Invitations (invitations.rs)

invitations-page-title = Invitations: { $survey } · { $tenant }
invitations-heading = Invitations: { $survey }
invitations-share = Share
invitations-results = Results
invitations-responses = Responses
invitations-lead = Each contact gets a personal link by email. A link works once, and reminders go only to those who have not answered.
invitations-draft = Invitations can be sent while the survey is published and open. You can add contacts and write the message now.
invitations-contacts-heading = Contacts
invitations-none = No contacts yet: add them below.
invitations-by-status = Contacts by status
invitations-total = { $total } in all
invitations-sending = Messages are on their way; this list updates by itself.
invitations-contacts = Contacts
invitations-column-email = Email
invitations-column-name = Name
invitations-column-status = Status
invitations-column-messages = Messages
invitations-column-other = Other columns
invitations-pages = Pages of contacts
invitations-previous = Previous page
invitations-next = Next page
invitations-page-of = Page { $page } of { $pages }
invitations-sent = { $count ->
    [one] { $count } message is on its way.
   *[other] { $count } messages are on their way.
  }
invitations-send-heading = Send
invitations-not-invited = { $count ->
    [0] Everyone on the list has been invited.
    [one] { $count } contact has not been invited yet.
   *[other] { $count } contacts have not been invited yet.
  }
invitations-reminder-hint = A reminder goes to invited contacts who have not answered or unsubscribed.
invitations-send-invitations = Send invitations
invitations-send-reminder = Send a reminder
invitations-added = { $added } added.
invitations-added-listed = { $added } added; { $listed } were on the list already.
invitations-add-heading = Add contacts
invitations-contacts-label = Contacts to add
invitations-contacts-hint = One a line: an email, then a comma and a name if you like. Or paste a CSV file whose first line names its columns: email, name and any others (such as first_name or team), which the message can use as { "{{" }first_name{ "}}" }. If a line is wrong, nothing is added and the line is named.
invitations-add-button = Add contacts
invitations-message-heading = Message
invitations-message-saved = The message was saved.
invitations-subject = Subject
invitations-message = Message
invitations-message-hint = { "{{" }name{ "}}" }, { "{{" }email{ "}}" } and the other columns of your list are filled in for each contact. The personal link and an unsubscribe link are added below the message. A blank line starts a new paragraph.
invitations-answers-legend = Answers from invitations
invitations-anonymous = Anonymous: record only that a contact answered
invitations-linked = Linked: keep each response with the contact's name, email and columns
invitations-save-message = Save the message
share-copy-link = Copy link
share-copy-embed-code = Copy embed code
