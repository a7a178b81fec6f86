# questions
# The fields of one question in the designer (question_fields.rs).

question-fields-group-text = Text
question-fields-group-numbers = Numbers and dates
question-fields-group-ratings = Ratings
question-fields-group-choices = Choices
question-fields-group-grids = Grids
# A list of question types: "Long text and Short text".
question-fields-names = { $rest } and { $last }
# A group's heading before the page runs: "Answer length — for Long text and Short text".
question-fields-settings-for = { $title } — for { $kinds }

question-fields-question = Question
question-fields-required = An answer is required
question-fields-type = Type

question-fields-answer-length = Answer length
question-fields-longest-answer = Longest answer (characters)
question-fields-length-hint = Long text: 1 to 2000, empty for 2000. Short text: 1 to 255, empty for 255.
question-fields-length-empty-for = Empty for { $limit }.

question-fields-format = Format
question-fields-answer-must-be = The answer must be

question-fields-allowed-numbers = Allowed numbers (all optional)
question-fields-lowest = Lowest
question-fields-highest = Highest
question-fields-step = Step
question-fields-step-hint = 1: whole numbers; 0.5: halves; empty: any.
question-fields-unit = Unit
question-fields-unit-hint = Shown after the field, such as kg or years.

question-fields-allowed-dates = Allowed dates (optional)
question-fields-earliest = Earliest
question-fields-latest = Latest

question-fields-scale = Scale
question-fields-points = Points
question-fields-points-up-to = 1 to { $max }

question-fields-end-labels = End labels (optional)
question-fields-label-lowest = Label for the lowest point
question-fields-label-highest = Label for the highest point
question-fields-label-stars = Label for { $count ->
    [one] { $count } star
   *[other] { $count } stars
  }
question-fields-label-point = Label for { $point }

question-fields-options-title = Options
question-fields-options = Options, one a line
question-fields-options-between = Options, one a line ({ $min } to { $max })
question-fields-options-hint = One choice and Ranking: 2 to 10. Several choices: 2 to 20. Dropdown: 2 to 200.
question-fields-options-hint-ranking = Respondents put them in order, first is best.
question-fields-options-hint-dropdown = A menu suits a long list, such as countries.
question-fields-other-for = Offer “Other (please specify)” ({ $kinds })
question-fields-other = Offer “Other (please specify)”
question-fields-shuffle = Show the options in a different order to each respondent

question-fields-how-many = How many may be ticked (optional)
question-fields-at-least = At least
question-fields-at-most = At most

question-fields-statements-and-scale = Statements and scale
question-fields-rows = Statements (rows), one a line ({ $min } to { $max })
question-fields-columns = Scale (columns), one a line ({ $min } to { $max })
question-fields-columns-hint = Every statement is answered on this scale, such as Disagree / Neutral / Agree.
