# What the services and the domain say: results.

## Results: the labels of the bars on the results page

# A star rating's bar: how many stars.
msg-results-stars = { $stars } ★
# The bar of the answers given under "Other (please specify)".
msg-results-other = Sonstiges
# A column of a number question's histogram: a range of answers.
msg-results-number-range = { $from } bis { $to }
# A bar of a date question's answers per week; $monday is the week's Monday (YYYY-MM-DD).
msg-results-week-of = Woche ab { $monday }

## The filter by answer and language on the results and responses pages

msg-answer-filter-too-many-tests = Ein Filter hat höchstens { $count ->
    [one] { $count } Test
   *[other] { $count } Tests
  }.
# Shown after "… aus den Antworten, bei denen"; $language is a language's code.
msg-answer-filter-language = die Sprache { $language ->
    [en] Englisch
    [de] Deutsch
    [es] Spanisch
   *[ar] Arabisch
  } ist
# $answers: the tests in words, such as: question 2 (“Plan”) is “Premium”.
msg-answer-filter-answers-and-language = { $answers } und die Sprache { $language ->
    [en] Englisch
    [de] Deutsch
    [es] Spanisch
   *[ar] Arabisch
  } ist

## Usage for billing

# $input: what was typed, in quotes.
msg-billing-month-invalid = { $input } ist kein Monat; schreiben Sie ihn als JJJJ-MM, zum Beispiel 2026-11.

## Restoring a backup: why an archive is refused (Tailspin administration)

msg-backup-damaged = Die Datei ist keine Tailspin-Sicherung (.tar.gz) oder sie ist beschädigt.
msg-backup-too-many-files = Das Archiv enthält mehr Dateien, als eine Sicherung hat.
msg-backup-too-large = Das Archiv ist entpackt größer als 512 MiB.
msg-backup-file-twice = Das Archiv enthält { $path } zweimal.
# $details: the technical reason, in English.
msg-backup-manifest-unreadable = manifest.json ist kein Manifest einer Sicherung: { $details }.
msg-backup-unknown-table = Das Archiv enthält eine Tabelle, die diese Version nicht kennt: { $table }.
msg-backup-unknown-file = Das Archiv enthält eine Datei, die in einer Sicherung nie vorkommt: { $path }.
msg-backup-no-manifest = Das Archiv enthält keine manifest.json und ist daher keine Tailspin-Sicherung.
msg-backup-row-too-long = { $path }, Zeile { $line }: Die Zeile ist länger als 16 MiB.
msg-backup-not-text = { $path } ist kein UTF-8-Text.
# $details: the technical reason, in English.
msg-backup-row-unreadable = { $path }, Zeile { $line }: { $details }.
msg-backup-not-a-manifest = Laut Manifest ist die Datei keine Sicherung eines Tailspin-Abonnenten.
msg-backup-format-version = Die Sicherung hat die Formatversion { $version }; diese Version von Tailspin Surveys liest Version { $readable }.
# $table: a table's name in the archive.
msg-backup-rows-missing = Das Archiv ist unvollständig: { $table } hat { $found ->
    [one] { $found } Zeile
   *[other] { $found } Zeilen
  }, laut Manifest sind es { $count }.
msg-backup-logo-missing = Das Archiv ist unvollständig: Das Logo fehlt.
msg-backup-unknown-plan = Die Sicherung nennt einen unbekannten Tarif: { $plan }.
msg-backup-name-refused = Der Name des Abonnenten in der Sicherung ist leer oder zu lang.
msg-backup-password-needed = Ein Abonnent mit Tarif Standard braucht ein Passwort für die erste Administratorin oder den ersten Administrator (Sicherungen enthalten keine Passwörter).
msg-backup-client-secret-needed = Ein Abonnent mit Tarif Premium braucht sein Client-Geheimnis (Sicherungen enthalten keine Geheimnisse).
msg-backup-alias-taken = Der Alias { $alias } ist bereits vergeben.
# $reason: where and why the archive's rows are refused (a table, a row, and the reason).
msg-backup-rows-refused = Die Sicherung kann nicht wiederhergestellt werden: { $reason }.
msg-backup-values-refused = Die Sicherung kann nicht wiederhergestellt werden: Sie enthält Werte, die diese Version nicht annimmt.
msg-backup-logo-refused = Das Logo der Sicherung wird abgelehnt: { $reason }.
# $address: a survey's address (the last part of its link).
msg-backup-survey-address = Die Adresse einer Umfrage ist ungültig: { $address }.
msg-backup-survey-address-twice = Zwei Umfragen haben die Adresse { $address }.
msg-backup-survey-title = Die Umfrage { $address } hat einen leeren Titel, einen Titel mit mehr als { $limit } Zeichen oder Steuerzeichen im Titel.
msg-backup-survey-status = Die Umfrage { $address } hat einen unbekannten Status.
msg-backup-too-many-open-surveys = Die Sicherung enthält { $open ->
    [one] { $open } offene Umfrage
   *[other] { $open } offene Umfragen
  }; der Tarif { $plan } erlaubt { $limit }.
msg-backup-too-many-users = Die Sicherung enthält { $users ->
    [one] { $users } nutzende Person
   *[other] { $users } Nutzende
  }; der Tarif { $plan } erlaubt { $limit }.
# The reasons below follow "The backup cannot be restored: <table>: row <n>:", so they start in lower case.
msg-backup-logic-unreadable = eine Umfrage hat Seiten oder Logik, die diese Version nicht lesen kann
# $reason: the style sheet's problem.
msg-backup-stylesheet-refused = das Stylesheet wird in Zeile { $line }, Spalte { $column } abgelehnt: { $reason }
msg-backup-provider-secret-needed = ein Identitätsanbieter braucht sein Client-Geheimnis
# "settings" is a column of the archive's questions.
msg-backup-settings-not-text = settings ist kein Text
# $kind: a question kind's code, such as scale or matrix.
msg-backup-question-settings = eine Frage vom Typ { $kind } hat Einstellungen, die diese Version nicht annimmt
msg-backup-answer-kind = eine Antwort passt nicht zu ihrer Frage vom Typ { $kind }
msg-backup-response-language = eine Antwort ist in einer Sprache, die diese Version nicht spricht
msg-backup-user-language = ein Nutzerkonto hat eine Sprache, die diese Version nicht spricht
msg-backup-upload-interrupted = Das Hochladen wurde unterbrochen oder die Datei ist zu groß (höchstens 100 MiB).
msg-backup-choose-archive = Wählen Sie das Sicherungsarchiv, das wiederhergestellt werden soll.
# $reason: why the alias typed is refused.
msg-backup-choose-another-alias = Wählen Sie einen anderen Alias: { $reason }.
