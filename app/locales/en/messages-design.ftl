# What the services and the domain say: design.

## Survey details and questions (domain/design.rs, domain/design/question.rs)

msg-design-title-length = Give the survey a title of 1 to { $max } characters.
msg-design-description-length = The description can have at most { $max } characters.
msg-design-label-too-long = A label has at most { $max } characters.
msg-design-options-count = Give { $min } to { $max } options, one a line.
msg-design-statements-count = Give { $min } to { $max } statements, one a line.
msg-design-scale-points-count = Give { $min } to { $max } scale points, one a line.
# $line: one line as the subscriber wrote it.
msg-design-option-twice = The option “{ $line }” appears twice.
msg-design-statement-twice = The statement “{ $line }” appears twice.
msg-design-scale-point-twice = The scale point “{ $line }” appears twice.
# $start: the first 20 characters of the line that is too long.
msg-design-option-too-long = Each option has at most { $max } characters (“{ $start }…” is longer).
msg-design-statement-too-long = Each statement has at most { $max } characters (“{ $start }…” is longer).
msg-design-scale-point-too-long = Each scale point has at most { $max } characters (“{ $start }…” is longer).
msg-design-date-format = Give a date as YYYY-MM-DD, or leave it empty.
msg-design-question-length = Write the question (1 to { $max } characters).
msg-design-latest-before-earliest = The latest date must be on or after the earliest date.
msg-design-scale-points = A scale has { $min } to { $max } points.
msg-design-choose-kind = Choose one of the question types in the list.
msg-design-max-length = The longest answer is a number from 1 to { $limit }, or empty for { $limit }.
msg-design-choose-format = Choose one of the formats in the list.
# The examples are typed into the fields: a decimal comma is read as well.
msg-design-number-bound = Give a number such as 0, 10 or 2.5 (at most six decimals), or leave it empty.
msg-design-number-step = Give a step such as 1 or 0.5, or leave it empty for any number.
msg-design-highest-not-above-lowest = The highest number must be more than the lowest.
msg-design-step-not-positive = The step must be more than 0.
msg-design-step-too-wide = The step must fit between the lowest and the highest number.
# Several choices: how few (or how many) boxes a respondent must tick; $boxes is how many boxes there are.
msg-design-fewest-to-tick = The fewest to tick is a number from 1 to { $boxes } (the boxes there are), or empty.
msg-design-most-to-tick = The most to tick is a number from 1 to { $boxes } (the boxes there are), or empty.
msg-design-most-below-fewest = The most to tick cannot be fewer than the fewest to tick.

## The designer's rules (services/designer.rs, services/designer/*.rs)

msg-design-too-many-questions = A survey has at most { $max } questions.
msg-design-question-changed-meanwhile = Someone else saved a change to this question after you opened it, so yours was not saved. Your edit is still here: copy what you need, reload the page to see their version, and edit it again.
msg-design-response-limit = Enter a whole number of responses from 1 to { $max }, or leave it empty for no limit.
msg-design-date-and-time = Enter a date and a time of day, such as 2026-12-24 09:00 (UTC).
msg-design-opening-passed = That time has passed: leave it empty to open the survey at once.
msg-design-closing-before-opening = Choose a closing time after the survey opens.
# $at is a time such as 2026-05-01 09:00 UTC.
msg-design-closing-too-late = Your plan keeps a survey open for at most { $days } days: close it by { $at }.
msg-design-confirm-publish = Confirm that the questions can no longer be changed once the survey is published.
msg-design-publish-without-questions = Add at least one question before publishing.
# $plan is the plan's name (label-plan-…).
msg-design-active-surveys-limit = Your { $plan } plan allows { $count } active surveys at a time, and you have that many. Close one, or wait until one expires, before publishing another.
msg-design-close-not-published = Only a published survey can be closed.
msg-design-confirm-delete = This survey has { $count } responses. Confirm that they should be deleted with it.
msg-design-slug-taken = Another survey of yours already uses this address.
msg-design-not-a-draft = This survey is published: its questions and texts are frozen so that every answer matches the questions it was given to.
msg-design-choose-address = Choose an address for the survey.
msg-design-choose-template = Choose one of the templates, or a blank survey.

## A survey's address (domain/slug.rs): shown after the field, starting lowercase

msg-design-slug-length = the address needs 1 to { $max } characters
msg-design-slug-characters = the address may only contain lowercase letters, digits and hyphens
msg-design-slug-hyphens = the address cannot start or end with a hyphen, or contain two in a row
msg-design-slug-reserved = this address is reserved

## Metadata fields (domain/metadata.rs, services/metadata.rs)

msg-design-metadata-value-too-long = A value has at most { $max } characters.
# A number value is read with a decimal point, in every language.
msg-design-metadata-number = Enter a number, for example 42 or 3.5.
msg-design-metadata-url = Enter a web address starting with https://
msg-design-metadata-field-name = Name the field (1 to { $max } characters).
msg-design-metadata-choose-kind = Choose text, number or web address.
msg-design-metadata-name-taken = There is a field with this name already.
msg-design-metadata-too-many-fields = You can define at most { $max } fields.

## Pages and conditions (services/designer/logic.rs)

msg-design-logic-changed-meanwhile = Someone else changed this survey's pages or logic a moment ago. Reload the editor to see their change, then try again.
msg-design-logic-too-many-pages = A survey has at most { $max } pages.
msg-design-page-title-length = Keep the page's title within { $max } characters.
msg-design-page-description-length = Keep the page's description within { $max } characters.
msg-design-rule-destination = Choose where the rule goes.
msg-design-question-cannot-move = Question { $number } cannot move there: a condition would then use an answer given later. Change the condition first.
# $reasons: one or more of the sentences below (msg-design-logic-…).
msg-design-change-breaks-logic = This change does not fit the survey's logic: { $reasons } Change the logic first.
msg-design-move-up-or-down = { $what ->
    [page] Move a page up or down.
   *[question] Move a question up or down.
  }
msg-design-page-cannot-move = Page { $number } cannot move there: { $reasons } Change that first.

## What the designer refuses in pages and conditions (domain/logic/checks.rs)

msg-design-logic-no-such-question = There is no question { $number }.
msg-design-logic-two-conditions = Question { $number } has two conditions.
msg-design-logic-page-start = Page { $number } does not start where the page before it ends.
msg-design-logic-page-title-length = The title of page { $number } is longer than { $max } characters.
msg-design-logic-page-description-length = The description of page { $number } is longer than { $max } characters.
msg-design-logic-first-page-condition = The first page is always shown: it cannot have a condition.
msg-design-logic-too-many-rules = Page { $number } has more than { $max } rules.
msg-design-logic-rule-goes-back = Rule { $rule } after page { $number } goes back to page { $to }: a survey only moves forward, so that nobody is caught in a loop.
msg-design-logic-rule-goes-nowhere = Rule { $rule } after page { $number } goes to page { $to }, which does not exist.
# The messages below start with what the condition belongs to: $owner is
# question, page, rule, filter or other; $owner_number the question's or
# page's number, $owner_rule the rule's number, $owner_name any other name.
msg-design-logic-too-many-tests = { $owner ->
    [question] The condition of question { $owner_number }
    [page] The condition of page { $owner_number }
    [rule] Rule { $owner_rule } after page { $owner_number }
    [filter] The filter
   *[other] { $owner_name }
  } has more than { $max } tests.
msg-design-logic-uses-later-question = { $owner ->
    [question] The condition of question { $owner_number }
    [page] The condition of page { $owner_number }
    [rule] Rule { $owner_rule } after page { $owner_number }
    [filter] The filter
   *[other] { $owner_name }
  } uses question { $question }, which does not come before it: a condition can only use answers given earlier.
# $test: an operator (label-test-…).
msg-design-logic-test-unfit = { $owner ->
    [question] The condition of question { $owner_number }
    [page] The condition of page { $owner_number }
    [rule] Rule { $owner_rule } after page { $owner_number }
    [filter] The filter
   *[other] { $owner_name }
  }: question { $question } cannot be tested with “{ $test }”.
msg-design-logic-test-no-value = { $owner ->
    [question] The condition of question { $owner_number }
    [page] The condition of page { $owner_number }
    [rule] Rule { $owner_rule } after page { $owner_number }
    [filter] The filter
   *[other] { $owner_name }
  }: question { $question } needs at least one value to compare with.
msg-design-logic-test-score = { $owner ->
    [question] The condition of question { $owner_number }
    [page] The condition of page { $owner_number }
    [rule] Rule { $owner_rule } after page { $owner_number }
    [filter] The filter
   *[other] { $owner_name }
  }: question { $question } is answered from { $low } to { $high }, not “{ $value }”.
msg-design-logic-test-no-such-option = { $owner ->
    [question] The condition of question { $owner_number }
    [page] The condition of page { $owner_number }
    [rule] Rule { $owner_rule } after page { $owner_number }
    [filter] The filter
   *[other] { $owner_name }
  }: question { $question } has no such option.
msg-design-logic-test-no-text = { $owner ->
    [question] The condition of question { $owner_number }
    [page] The condition of page { $owner_number }
    [rule] Rule { $owner_rule } after page { $owner_number }
    [filter] The filter
   *[other] { $owner_name }
  }: question { $question } needs a text to compare with.
msg-design-logic-test-number = { $owner ->
    [question] The condition of question { $owner_number }
    [page] The condition of page { $owner_number }
    [rule] Rule { $owner_rule } after page { $owner_number }
    [filter] The filter
   *[other] { $owner_name }
  }: question { $question } is a number, and “{ $value }” is not.
msg-design-logic-test-date = { $owner ->
    [question] The condition of question { $owner_number }
    [page] The condition of page { $owner_number }
    [rule] Rule { $owner_rule } after page { $owner_number }
    [filter] The filter
   *[other] { $owner_name }
  }: question { $question } is a date: write it as YYYY-MM-DD.
msg-design-logic-never-holds-question = { $owner ->
    [question] The condition of question { $owner_number }
    [page] The condition of page { $owner_number }
    [rule] Rule { $owner_rule } after page { $owner_number }
    [filter] The filter
   *[other] { $owner_name }
  } can never hold: no answer to question { $question } passes all its tests.
msg-design-logic-never-holds = { $owner ->
    [question] The condition of question { $owner_number }
    [page] The condition of page { $owner_number }
    [rule] Rule { $owner_rule } after page { $owner_number }
    [filter] The filter
   *[other] { $owner_name }
  } can never hold.

## Changing questions and pages under the logic (domain/logic/edits.rs)

# Where a question or an option is used, in a list joined with ", ".
msg-design-logic-owner-question = the condition of question { $number }
msg-design-logic-owner-page = the condition of page { $number }
msg-design-logic-owner-rule = rule { $rule } after page { $page }
# $owners: a list of the three above.
msg-design-logic-question-in-use = Question { $number } is used by { $owners }. Change that first.
msg-design-logic-first-page-stays = The first page cannot be removed: it holds the survey's start.
msg-design-logic-page-has-logic = Page { $number } has a condition or rules after it. Remove them first, so that no rule is lost without a word.
# $rules: a list of msg-design-logic-owner-rule.
msg-design-logic-page-is-destination = Page { $number } is where { $rules } goes. Change that first.
msg-design-logic-option-in-use = The option “{ $option }” of question { $number } is used by { $owners }. Change that first.

## Conditions as typed and in words (domain/logic/wording.rs)

msg-design-logic-choose-combine = Choose whether all or any of the tests must hold.
msg-design-logic-value-without-test = Test { $number }: choose a question and a test for the value.
msg-design-logic-choose-test = Test { $number }: choose one of the offered tests.
# $options: the question's options as written, joined with ", ".
msg-design-logic-not-an-option = Test { $number }: “{ $label }” is not one of the options ({ $options }).
# One test of a condition in words, shown after "when" (survey-editor-shown-when,
# survey-editor-rule-when-…) and after "where" (answer-filter-applied).
# $question is the question's text; $values one or more msg-design-logic-term-value joined with ", ".
msg-design-logic-term-equals = question { $number } (“{ $question }”) is { $values }
msg-design-logic-term-not-equals = question { $number } (“{ $question }”) is not { $values }
msg-design-logic-term-any-of = question { $number } (“{ $question }”) is any of { $values }
msg-design-logic-term-greater = question { $number } (“{ $question }”) is more than { $values }
msg-design-logic-term-less = question { $number } (“{ $question }”) is less than { $values }
msg-design-logic-term-answered = question { $number } (“{ $question }”) is answered
msg-design-logic-term-not-answered = question { $number } (“{ $question }”) is not answered
msg-design-logic-term-no-question = question { $number }
# A value as typed ("Other" stays as it is: it is typed so).
msg-design-logic-term-value = “{ $value }”
# Tests joined one by one: $left is the tests before, $right the next one.
msg-design-logic-and = { $left } and { $right }
msg-design-logic-or = { $left } or { $right }
survey-copy-title = Copy of { $title }
msg-proof-of-work-choose = Choose one of the listed options.
