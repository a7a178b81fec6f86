# designer

## The survey editor (survey_editor.rs)

survey-editor-loading = Loading the survey…
survey-editor-status-open-until = Published, open until { $date }
survey-editor-status-expired = Expired on { $date }
survey-editor-responses = { $count } responses
survey-editor-preview-link = Preview
survey-editor-public-page = Public page
survey-editor-results = Results
survey-editor-questions-heading = Questions
survey-editor-moving = Moving the question…
survey-editor-no-questions = No questions yet. Add the first one below.
survey-editor-live-preview = Live preview
survey-editor-live-preview-hint = Saved changes show here. Try the pages and conditions: answers are not sent.
survey-editor-live-preview-title = Live preview of { $title }
survey-editor-details-heading = Title and description
survey-editor-saved = Saved.
survey-editor-title-label = Title
survey-editor-slug-label = Address
# $address is the word below, in bold.
survey-editor-slug-hint = Respondents open /s/{ $tenant }/{ $address }. Lowercase letters, digits and hyphens; it can change until the survey is published.
survey-editor-slug-hint-address = address
survey-editor-description-label = Description
survey-editor-description-hint = Markdown: **bold**, *italic*, [links](https://…) and lists. At most { $max } characters.
survey-editor-details-save = Save title and description
survey-editor-description-preview = Description as respondents see it
survey-editor-metadata-heading = Metadata
survey-editor-metadata-save = Save { $name }

## Moving questions, saving as you type

survey-editor-moved = Moved “{ $question }” to place { $place } of { $count }.
survey-editor-moved-on-page = Moved “{ $question }” to place { $place } of { $count }, on page { $page } of { $pages }.
survey-editor-saving = Saving…
survey-editor-all-saved = All changes saved.
survey-editor-not-saved = Not saved: see the message above the form.
survey-editor-saved-as-you-type = Changes are saved as you type.

## Publishing, closing, duplicating and deleting

survey-editor-publish-heading = Publish
survey-editor-publish-intro = Publishing opens the survey to respondents (at once, or at the time you choose) for up to { $days } days, your plan's longest, and freezes its questions, so that every answer matches the questions it was given to.
survey-editor-publish-confirm = I understand that the questions can no longer be changed once the survey is published
survey-editor-schedule-legend = When it takes answers (optional, UTC)
survey-editor-opens-at = Opens at
survey-editor-opens-at-hint = Empty: as soon as it is published.
survey-editor-closes-at = Closes at
survey-editor-closes-at-hint = Empty: { $days } days after it opens, your plan's longest.
survey-editor-response-limit-label = Close after this many responses (optional)
survey-editor-response-limit-hint = The survey closes itself when it has them, and you get an email. Empty: it stays open until you close it or it expires.
survey-editor-publish-button = Publish survey
survey-editor-close-heading = Close
# $at is a time such as 2026-05-01 09:00 UTC.
survey-editor-opens-on = It opens to respondents on { $at }; until then its address says when.
survey-editor-closes-on = It closes on { $at }.
survey-editor-response-limit = It closes itself after { $limit ->
    [one] { $limit } response
   *[other] { $limit } responses
  } ({ $count } so far).
survey-editor-closing-hint = Closing stops accepting answers at once. The survey and its results stay here.
survey-editor-close-button = Close survey
survey-editor-closed = This survey no longer accepts answers; its results stay available.
survey-editor-closed-by-limit = This survey no longer accepts answers; its results stay available. It closed itself when it reached its { $limit ->
    [one] { $limit } response
   *[other] { $limit } responses
  }.
survey-editor-duplicate-heading = Duplicate
survey-editor-duplicate-hint = Make a draft copy with every question and its settings, to change and publish on its own. Answers are not copied.
survey-editor-duplicate-button = Duplicate survey
survey-editor-delete-heading = Delete
survey-editor-delete-responses = Also delete its { $count } responses and statistics
survey-editor-delete-button = Delete survey
# $published is the message below, in bold.
survey-editor-published-notice = { $published } Respondents can answer it at:
survey-editor-published = Your survey is published.
survey-editor-copy-address = Copy the address
survey-editor-copied = Copied.

## Pages and logic

survey-editor-page-moved-up = Page { $page } moved up: it is now page { $now }.
survey-editor-page-moved-down = Page { $page } moved down: it is now page { $now }.
survey-editor-logic-heading = Pages and logic
survey-editor-logic-hint = Split the survey into pages, show a question or a page only when earlier answers call for it, and skip ahead after a page. Respondents without JavaScript follow the same route, one page at a time.
survey-editor-add-page = Add a page at the end
survey-editor-page-heading = Page { $number }
survey-editor-page-heading-titled = Page { $number }: { $title }
survey-editor-always-shown = Always shown.
# $condition is the condition in words, such as: question 1 (“Do you fly?”) is “Yes”
survey-editor-shown-when = Shown only when { $condition }.
survey-editor-page-condition = Condition for page { $number }
survey-editor-page-condition-save = Save the condition of page { $number }
survey-editor-question-condition = Condition for question { $number }
survey-editor-question-condition-save = Save the condition of question { $number }
survey-editor-new-page-at = Start a new page at question { $number }
survey-editor-rule-always-page = Always, go to page { $page }.
survey-editor-rule-always-finish = Always, finish the survey.
survey-editor-rule-when-page = When { $condition }, go to page { $page }.
survey-editor-rule-when-finish = When { $condition }, finish the survey.
survey-editor-remove-rule = Remove rule { $rule } after page { $number }
survey-editor-destination-page = Page { $number }
survey-editor-destination-finish = Finish the survey
survey-editor-after-page = After page { $number }
survey-editor-next-page = Go on to the next page.
survey-editor-otherwise-next-page = Otherwise, go on to the next page.
survey-editor-add-rule = Add a rule after page { $number }
survey-editor-go-to = Go to
survey-editor-rule-when-legend = When (leave the tests empty to always go)
survey-editor-add-rule-button = Add the rule after page { $number }
survey-editor-page-details = Title and description of page { $number }
survey-editor-page-title-label = Page title (optional)
survey-editor-page-description-label = Description (optional)
survey-editor-save-page = Save page { $number }
survey-editor-move-page-up = Move page { $number } up
survey-editor-move-page-down = Move page { $number } down
survey-editor-remove-page = Remove page { $number } (its questions join page { $previous })
survey-editor-page-empty = No questions on this page yet.
survey-editor-remove-condition = Remove the condition (always show)
survey-editor-show-only-when = Show only when

## The question list and the "add a question" form

survey-editor-move-up = ↑ Move up
survey-editor-move-down = ↓ Move down
survey-editor-move-question-up = Move question up: { $question }
survey-editor-move-question-down = Move question down: { $question }
survey-editor-drag-title = Drag onto another question to move it there
survey-editor-edit-question = Edit question: { $question }
survey-editor-save-question = Save question
survey-editor-delete-question = Delete question: { $question }
survey-editor-add-question-heading = Add a question
survey-editor-question-added = Question added.
survey-editor-add-question = Add question

## A question's settings in words, after its type: "Number, 0 to 120 kg, step 0.5 · required"

survey-editor-summary-options = { $count } options: { $named } / …
survey-editor-summary-other = Other
survey-editor-summary-shuffled = shuffled
# $unit is empty or a space and the unit (" kg").
survey-editor-summary-between = { $min } to { $max }{ $unit }
survey-editor-summary-at-least = at least { $min }{ $unit }
survey-editor-summary-at-most = at most { $max }{ $unit }
survey-editor-summary-in = in{ $unit }
survey-editor-summary-step = step { $step }
survey-editor-summary-tick-exactly = tick { $count }
survey-editor-summary-tick-between = tick { $min } to { $max }
survey-editor-summary-tick-at-least = tick at least { $min }
survey-editor-summary-tick-at-most = tick at most { $max }
survey-editor-summary-up-to = up to { $count } characters
# Dates as YYYY-MM-DD.
survey-editor-summary-date-between = from { $from } to { $to }
survey-editor-summary-date-from = from { $from }
survey-editor-summary-date-until = until { $to }
survey-editor-summary-scale = 1 to { $points }
survey-editor-summary-scale-labels = 1 to { $points } ({ $labels })
survey-editor-summary-matrix = { $rows ->
    [one] { $rows } statement
   *[other] { $rows } statements
  } × { $columns } points ({ $labels })
survey-editor-summary-required = required
survey-editor-summary-optional = optional

## The "new survey" form (new_survey.rs)


## The preview (survey_preview.rs)

survey-preview-loading = Loading the preview…
survey-preview-heading = Preview: { $title }
survey-preview-back = ← Back to the editor
survey-preview-frame-title = Preview of { $title }

# The survey's languages (/t/{tenant}/surveys/{slug}/translations).
translations-link = Languages
translations-title = Languages of { $title } · { $tenant }
translations-back = ← Back to the editor
translations-heading = Languages of “{ $title }”
translations-lead = Respondents read the survey in their browser’s language when it has that language, and can switch between its languages on every page. Each translation sits beside the survey’s own texts.
translations-frozen = This survey is published: its texts and their translations no longer change.
translations-written-in = The survey is written in
translations-written-in-save = Save the survey’s language
translations-add-label = Add a language
translations-add = Add
translations-fallback = Respondents may read texts not yet translated in { $language }
translations-fallback-hint = Otherwise the survey can only be published once every translation is complete.
translations-fallback-save = Save
translations-saved = The translation was saved.
translations-complete = Every text is translated.
translations-missing = { $count ->
    [one] 1 of { $total } texts still needs translating.
   *[other] { $count } of { $total } texts still need translating.
}
translations-field = { $language }, text { $number }
translations-outdated = The survey’s text changed since this was translated.
translations-save = Save the { $language } translation
translations-remove = Remove { $language }
translations-unknown-language = Choose one of the languages in the list.
translations-written-in-translated = The survey has a translation into that language: remove it first.
translations-already = The survey is already in that language.
translations-too-long = At most { $max } characters.
translations-not-a-draft = This survey is published: its texts and their translations are frozen.
translations-missing-in = { $language } lacks { $count ->
    [one] 1 text
   *[other] { $count } texts
}
translations-incomplete = Some translations are not complete ({ $languages }). Translate the missing texts, or let respondents read them in { $written_in }.
language-name-en = English
language-name-de = German
language-name-es = Spanish
language-name-ar = Arabic
