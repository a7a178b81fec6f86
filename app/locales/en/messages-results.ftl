# What the services and the domain say: results.

## Results: the labels of the bars on the results page

# A star rating's bar: how many stars.
msg-results-stars = { $stars } ★
# The bar of the answers given under "Other (please specify)".
msg-results-other = Other
# A column of a number question's histogram: a range of answers.
msg-results-number-range = { $from } to { $to }
# A bar of a date question's answers per week; $monday is the week's Monday (YYYY-MM-DD).
msg-results-week-of = Week of { $monday }

## The filter by answer and language on the results and responses pages

msg-answer-filter-too-many-tests = A filter has at most { $count ->
    [one] { $count } test
   *[other] { $count } tests
  }.
# Shown after "… of the responses where"; $language is a language's code.
msg-answer-filter-language = the answers are in { $language ->
    [en] English
    [de] German
    [es] Spanish
   *[ar] Arabic
  }
# $answers: the tests in words, such as: question 2 (“Plan”) is “Premium”.
msg-answer-filter-answers-and-language = { $answers }, and the answers are in { $language ->
    [en] English
    [de] German
    [es] Spanish
   *[ar] Arabic
  }

## Usage for billing

# $input: what was typed, in quotes.
msg-billing-month-invalid = { $input } is not a month; write it as YYYY-MM, for example 2026-11.

## Restoring a backup: why an archive is refused (Tailspin administration)

msg-backup-damaged = The file is not a Tailspin backup (.tar.gz), or it is damaged.
msg-backup-too-many-files = The archive has more files than a backup has.
msg-backup-too-large = The archive unpacks to more than 512 MiB.
msg-backup-file-twice = The archive holds { $path } twice.
# $details: the technical reason, in English.
msg-backup-manifest-unreadable = manifest.json is not a backup manifest: { $details }.
msg-backup-unknown-table = The archive has a table this version does not know: { $table }.
msg-backup-unknown-file = The archive holds a file a backup never has: { $path }.
msg-backup-no-manifest = The archive has no manifest.json, so it is not a Tailspin backup.
msg-backup-row-too-long = { $path }, line { $line }: the row is longer than 16 MiB.
msg-backup-not-text = { $path } is not UTF-8 text.
# $details: the technical reason, in English.
msg-backup-row-unreadable = { $path }, line { $line }: { $details }.
msg-backup-not-a-manifest = The manifest does not name a Tailspin tenant backup.
msg-backup-format-version = The backup has format version { $version }; this version of Tailspin Surveys reads version { $readable }.
# $table: a table's name in the archive.
msg-backup-rows-missing = The archive is incomplete: { $table } has { $found } rows, the manifest says { $count }.
msg-backup-logo-missing = The archive is incomplete: the logo is missing.
msg-backup-unknown-plan = The backup names an unknown plan: { $plan }.
msg-backup-name-refused = The backup's subscriber name is empty or too long.
msg-backup-password-needed = A Standard subscriber needs a password for its first Administrator (backups hold no passwords).
msg-backup-client-secret-needed = A Premium subscriber needs its client secret (backups hold no secrets).
msg-backup-alias-taken = The alias { $alias } is taken.
# $reason: where and why the archive's rows are refused (a table, a row, and the reason).
msg-backup-rows-refused = The backup cannot be restored: { $reason }.
msg-backup-values-refused = The backup cannot be restored: it holds values this version does not accept.
msg-backup-logo-refused = The backup's logo is refused: { $reason }.
# $address: a survey's address (the last part of its link).
msg-backup-survey-address = A survey's address is not valid: { $address }.
msg-backup-survey-address-twice = Two surveys have the address { $address }.
msg-backup-survey-title = The survey { $address } has an empty title, one longer than { $limit } characters, or control characters in it.
msg-backup-survey-status = The survey { $address } has an unknown status.
msg-backup-too-many-open-surveys = The backup has { $open } open surveys; the { $plan } plan allows { $limit }.
msg-backup-too-many-users = The backup has { $users } users; the { $plan } plan allows { $limit }.
# The reasons below follow "The backup cannot be restored: <table>: row <n>:", so they start in lower case.
msg-backup-logic-unreadable = a survey has pages or logic this version does not read
# $reason: the style sheet's problem.
msg-backup-stylesheet-refused = the style sheet is refused at line { $line }, column { $column }: { $reason }
msg-backup-provider-secret-needed = a provider needs its client secret
# "settings" is a column of the archive's questions.
msg-backup-settings-not-text = settings is not text
# $kind: a question kind's code, such as scale or matrix.
msg-backup-question-settings = a { $kind } question has settings this version does not accept
msg-backup-answer-kind = an answer does not fit its { $kind } question
msg-backup-response-language = a response has a language this version does not speak
msg-backup-user-language = a user has a language this version does not speak
msg-backup-upload-interrupted = The upload was interrupted or is too large (at most 100 MiB).
msg-backup-choose-archive = Choose the backup archive to restore.
# $reason: why the alias typed is refused.
msg-backup-choose-another-alias = Choose another alias: { $reason }.
