# What a respondent reads: the survey, its questions' hints and checks,
# the thank-you page and a tenant's list of surveys.

survey-loading = Loading the survey…
survey-submit = Submit answers
survey-sending = Sending…
survey-checking = Checking this browser…
survey-preview-banner = Preview: this is how respondents see the survey. Answers cannot be sent from here.
survey-already-sent = You have already sent answers to this survey from this browser. Sending the form again records another response.
survey-personal-link-anonymous = This is your personal link: it works once. Your answers are anonymous: the organization sees that you answered, not what you answered.
survey-personal-link-named = This is your personal link: it works once. Your answers will be stored with your name and email.
survey-needs-script = Answering this survey needs JavaScript: before your answers are sent, your browser solves a small puzzle that keeps automated spam out.
survey-honeypot = Website (leave this empty)
survey-finishing-check = Your browser is finishing its check against automated spam; your answers are sent in a moment.
survey-failure = { $error } Your answers are still here.
survey-errors-heading = Some answers need your attention
survey-error-item = Question { $number }: { $message }
survey-page-progress = Page { $at } of { $of }
survey-next = Next
survey-back = Back

thanks-title = Thank you
thanks-heading = Thank you!
thanks-recorded = Your answers have been recorded.
thanks-other-surveys = See other surveys from this organization

surveys-heading = Surveys from { $tenant }
surveys-loading = Loading surveys…
surveys-none = There are no open surveys right now. Please come back later.
surveys-open-until = Open until { $date }

choice-other = Other (please specify)
choice-other-answer = Your other answer
choice-if-other = If other, please specify
choice-choose = Choose…
choose-exactly = Choose { $count } { $count ->
    [one] option
   *[other] options
  }.
choose-between = Choose { $min } to { $max } options.
choose-at-least = Choose at least { $min } { $min ->
    [one] option
   *[other] options
  }.
choose-up-to = Choose up to { $max } { $max ->
    [one] option
   *[other] options
  }.

stars = { $count ->
    [one] 1 star
   *[other] { $count } stars
  }
nps-low = Not at all likely
nps-high = Extremely likely
scale-end = { $point } = { $label }

ranking-moved = { $label } moved to place { $place } of { $count }.
ranking-order-kept = The order shown is your ranking.
ranking-use-order = Use this order
ranking-hint-script = Move the options into your order, 1 for the first; or give each a place.
ranking-hint = Give each option a different place, 1 for the first.
ranking-place-of = Place of
ranking-move-up = Move { $label } up
ranking-move-down = Move { $label } down

text-up-to = Up to { $limit } characters.
characters-left = { $count ->
    [one] { $count } character left
   *[other] { $count } characters left
  }
characters-too-many = { $count ->
    [one] { $count } character too many
   *[other] { $count } characters too many
  }
hint-email = An email address, such as name@example.com.
hint-url = A web address, such as https://example.com.
hint-phone = A phone number, such as +1 555 0100.
hint-digits = Digits only.
hint-letters-and-digits = Letters and digits only.
hint-example-and-limit = { $example } { $limit }
number-hint-between = From { $min } to { $max }{ $unit }
number-hint-at-least = At least { $min }{ $unit }
number-hint-at-most = At most { $max }{ $unit }
number-hint-bounds = { $bounds }.
number-hint-step = In steps of { $step }.
number-hint-bounds-step = { $bounds }, in steps of { $step }.
date-hint-between = From { $earliest } to { $latest }.
date-hint-after = { $earliest } or later.
date-hint-before = { $latest } or earlier.

answer-missing = Please answer this question.
answer-control-characters-multiline = Your answer contains invisible control characters; please retype it (line breaks and tabs are fine).
answer-control-characters = Your answer contains invisible control characters; please retype it.
answer-one-line = Please keep your answer on one line.
answer-too-long = Please shorten your answer to at most { $limit } characters (it has { $length }).
answer-not-text = Your answer contains characters that are not valid text.
answer-stars = Please choose from 1 to 5 stars.
answer-scale = Please choose a number from 1 to { $points }.
answer-nps = Please choose a number from 0 to 10.
format-email = Please enter an email address, such as name@example.com.
format-url = Please enter a web address starting with https:// or http://.
format-phone = Please enter a phone number (digits, spaces, + - ( ) only).
format-digits = Please use digits only.
format-letters-and-digits = Please use letters and digits only.
number-between = Please enter a number from { $min } to { $max }{ $unit }.
number-at-least = Please enter a number of at least { $min }{ $unit }.
number-at-most = Please enter a number of at most { $max }{ $unit }.
number-any = Please enter a number from -{ $limit } to { $limit }.
number-unreadable = Please enter a number, such as 12 or 3.5.
number-decimal-places = Please enter a number with at most { $places } decimal places.
number-step = Please enter a number in steps of { $step }{ $from ->
    [start] {" "}from { $start }
   *[zero] {""}
  }{ $nearest ->
    [two] : the nearest are { $low } and { $high }{ $unit }
    [one] : the nearest is { $low }{ $unit }
   *[none] {""}
  }.
date-unreadable = Please enter a date as year-month-day, such as 2026-03-31.
date-between = Please choose a date from { $earliest } to { $latest }.
date-on-or-after = Please choose a date on or after { $earliest }.
date-on-or-before = Please choose a date on or before { $latest }.
other-missing = Please say what "Other" is.
other-control-characters = Your "Other" answer contains line breaks or invisible control characters; please retype it.
other-too-long = Please shorten your "Other" answer to at most { $limit } characters (it has { $length }).
choice-unknown = Please choose one of the options.
choices-repeated = Each option can be ticked only once.
choices-unknown = Please choose only from the options.
choices-exactly = Please tick exactly { $count } { $count ->
    [one] option
   *[other] options
  }.
choices-between = Please tick from { $min } to { $max } options.
choices-at-least = Please tick at least { $min } { $min ->
    [one] option
   *[other] options
  }.
choices-at-most = Please tick at most { $max } { $max ->
    [one] option
   *[other] options
  }.
matrix-unknown = Please choose one of the columns in each row.
matrix-rows-left = Please answer every row: { $left ->
    [one] 1 row is left
   *[other] { $left } rows are left
  }.
ranking-refused = Give each option a different place from 1 to { $options }.
form-answer-twice = The answer to question { $number } was sent twice.
form-unknown-field = The form contains an unknown field "{ $name }".
form-field-not-text = The form contains a field that is not valid text.
form-out-of-date = This form is out of date. Please reload the page and answer again.
form-too-soon = This form was sent within moments of opening it, as automated spam is. If you filled it in yourself, please check your answers and send it again.
puzzle-needs-script = This survey asks your browser to solve a small puzzle that keeps automated spam out, and that needs JavaScript. Please turn JavaScript on, reload the page and send your answers again.
puzzle-not-solved = Your browser's check against automated spam did not pass. Please send the form again; if this repeats, reload the page.
page-more-questions = Your answers brought up more questions on this page. Answer them if they apply, then continue.
question-required = (required)
