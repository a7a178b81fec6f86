survey-loading = Die Umfrage wird geladen …
survey-submit = Antworten senden
survey-sending = Wird gesendet …
survey-checking = Dieser Browser wird geprüft …
survey-preview-banner = Vorschau: So sehen Teilnehmende die Umfrage. Von hier aus können keine Antworten gesendet werden.
survey-already-sent = Sie haben von diesem Browser aus bereits Antworten auf diese Umfrage gesendet. Wenn Sie das Formular erneut senden, wird eine weitere Antwort gespeichert.
survey-personal-link-anonymous = Dies ist Ihr persönlicher Link: Er gilt nur einmal. Ihre Antworten sind anonym: Die Organisation sieht, dass Sie geantwortet haben, aber nicht, was.
survey-personal-link-named = Dies ist Ihr persönlicher Link: Er gilt nur einmal. Ihre Antworten werden mit Ihrem Namen und Ihrer E-Mail-Adresse gespeichert.
survey-needs-script = Diese Umfrage braucht JavaScript: Bevor Ihre Antworten gesendet werden, löst Ihr Browser ein kleines Rätsel, das automatisierten Spam fernhält.
survey-honeypot = Website (bitte leer lassen)
survey-finishing-check = Ihr Browser beendet gerade seine Prüfung gegen automatisierten Spam; Ihre Antworten werden gleich gesendet.
survey-failure = { $error } Ihre Antworten sind noch da.
survey-errors-heading = Einige Antworten brauchen Ihre Aufmerksamkeit
survey-error-item = Frage { $number }: { $message }
survey-page-progress = Seite { $at } von { $of }
survey-next = Weiter
survey-back = Zurück

thanks-title = Vielen Dank
thanks-heading = Vielen Dank!
thanks-recorded = Ihre Antworten wurden gespeichert.
thanks-other-surveys = Weitere Umfragen dieser Organisation ansehen

surveys-heading = Umfragen von { $tenant }
surveys-loading = Umfragen werden geladen …
surveys-none = Zurzeit gibt es keine offenen Umfragen. Bitte schauen Sie später wieder vorbei.
surveys-open-until = Offen bis zum { $date }

choice-other = Sonstiges (bitte angeben)
choice-other-answer = Ihre sonstige Antwort
choice-if-other = Falls Sonstiges, bitte angeben
choice-choose = Auswählen …
choose-exactly = Wählen Sie { $count ->
    [one] { $count } Option
   *[other] { $count } Optionen
  }.
choose-between = Wählen Sie { $min } bis { $max } Optionen.
choose-at-least = Wählen Sie mindestens { $min ->
    [one] { $min } Option
   *[other] { $min } Optionen
  }.
choose-up-to = Wählen Sie bis zu { $max ->
    [one] { $max } Option
   *[other] { $max } Optionen
  }.

stars = { $count ->
    [one] 1 Stern
   *[other] { $count } Sterne
  }
nps-low = Überhaupt nicht wahrscheinlich
nps-high = Äußerst wahrscheinlich
scale-end = { $point } = { $label }

ranking-moved = { $label } ist jetzt auf Platz { $place } von { $count }.
ranking-order-kept = Die gezeigte Reihenfolge ist Ihre Rangfolge.
ranking-use-order = Diese Reihenfolge verwenden
ranking-hint-script = Bringen Sie die Optionen in Ihre Reihenfolge, 1 für die erste; oder geben Sie jeder einen Platz.
ranking-hint = Geben Sie jeder Option einen anderen Platz, 1 für die erste.
ranking-place-of = Platz von
ranking-move-up = { $label } nach oben
ranking-move-down = { $label } nach unten

text-up-to = Bis zu { $limit } Zeichen.
characters-left = { $count ->
    [one] { $count } Zeichen übrig
   *[other] { $count } Zeichen übrig
  }
characters-too-many = { $count ->
    [one] { $count } Zeichen zu viel
   *[other] { $count } Zeichen zu viel
  }
hint-email = Eine E-Mail-Adresse, zum Beispiel name@example.com.
hint-url = Eine Webadresse, zum Beispiel https://example.com.
hint-phone = Eine Telefonnummer, zum Beispiel +49 30 1234567.
hint-digits = Nur Ziffern.
hint-letters-and-digits = Nur Buchstaben und Ziffern.
hint-example-and-limit = { $example } { $limit }
number-hint-between = Von { $min } bis { $max }{ $unit }
number-hint-at-least = Mindestens { $min }{ $unit }
number-hint-at-most = Höchstens { $max }{ $unit }
number-hint-bounds = { $bounds }.
number-hint-step = In Schritten von { $step }.
number-hint-bounds-step = { $bounds }, in Schritten von { $step }.
date-hint-between = Vom { $earliest } bis zum { $latest }.
date-hint-after = Am { $earliest } oder später.
date-hint-before = Am { $latest } oder früher.

answer-missing = Bitte beantworten Sie diese Frage.
answer-control-characters-multiline = Ihre Antwort enthält unsichtbare Steuerzeichen; bitte tippen Sie sie neu (Zeilenumbrüche und Tabulatoren sind in Ordnung).
answer-control-characters = Ihre Antwort enthält unsichtbare Steuerzeichen; bitte tippen Sie sie neu.
answer-one-line = Bitte schreiben Sie Ihre Antwort in eine Zeile.
answer-too-long = Bitte kürzen Sie Ihre Antwort auf höchstens { $limit } Zeichen (derzeit { $length }).
answer-not-text = Ihre Antwort enthält Zeichen, die kein gültiger Text sind.
answer-stars = Bitte wählen Sie 1 bis 5 Sterne.
answer-scale = Bitte wählen Sie eine Zahl von 1 bis { $points }.
answer-nps = Bitte wählen Sie eine Zahl von 0 bis 10.
format-email = Bitte geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.com.
format-url = Bitte geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.
format-phone = Bitte geben Sie eine Telefonnummer ein (nur Ziffern, Leerzeichen, + - ( )).
format-digits = Bitte verwenden Sie nur Ziffern.
format-letters-and-digits = Bitte verwenden Sie nur Buchstaben und Ziffern.
number-between = Bitte geben Sie eine Zahl von { $min } bis { $max }{ $unit } ein.
number-at-least = Bitte geben Sie eine Zahl von mindestens { $min }{ $unit } ein.
number-at-most = Bitte geben Sie eine Zahl von höchstens { $max }{ $unit } ein.
number-any = Bitte geben Sie eine Zahl von -{ $limit } bis { $limit } ein.
number-unreadable = Bitte geben Sie eine Zahl ein, zum Beispiel 12 oder 3,5.
number-decimal-places = Bitte geben Sie eine Zahl mit höchstens { $places } Nachkommastellen ein.
number-step = Bitte geben Sie eine Zahl in Schritten von { $step }{ $from ->
    [start] {" "}ab { $start }
   *[zero] {""}
  } ein{ $nearest ->
    [two] : Am nächsten liegen { $low } und { $high }{ $unit }
    [one] : Am nächsten liegt { $low }{ $unit }
   *[none] {""}
  }.
date-unreadable = Bitte geben Sie ein Datum als Jahr-Monat-Tag ein, zum Beispiel 2026-03-31.
date-between = Bitte wählen Sie ein Datum vom { $earliest } bis zum { $latest }.
date-on-or-after = Bitte wählen Sie ein Datum am oder nach dem { $earliest }.
date-on-or-before = Bitte wählen Sie ein Datum am oder vor dem { $latest }.
other-missing = Bitte geben Sie an, was „Sonstiges“ ist.
other-control-characters = Ihre Antwort unter „Sonstiges“ enthält Zeilenumbrüche oder unsichtbare Steuerzeichen; bitte tippen Sie sie neu.
other-too-long = Bitte kürzen Sie Ihre Antwort unter „Sonstiges“ auf höchstens { $limit } Zeichen (derzeit { $length }).
choice-unknown = Bitte wählen Sie eine der Optionen.
choices-repeated = Jede Option kann nur einmal angekreuzt werden.
choices-unknown = Bitte wählen Sie nur aus den Optionen.
choices-exactly = Bitte kreuzen Sie genau { $count ->
    [one] { $count } Option
   *[other] { $count } Optionen
  } an.
choices-between = Bitte kreuzen Sie { $min } bis { $max } Optionen an.
choices-at-least = Bitte kreuzen Sie mindestens { $min ->
    [one] { $min } Option
   *[other] { $min } Optionen
  } an.
choices-at-most = Bitte kreuzen Sie höchstens { $max ->
    [one] { $max } Option
   *[other] { $max } Optionen
  } an.
matrix-unknown = Bitte wählen Sie in jeder Zeile eine der Spalten.
matrix-rows-left = Bitte beantworten Sie jede Zeile: { $left ->
    [one] 1 Zeile fehlt noch
   *[other] { $left } Zeilen fehlen noch
  }.
ranking-refused = Geben Sie jeder Option einen anderen Platz von 1 bis { $options }.
form-answer-twice = Die Antwort auf Frage { $number } wurde zweimal gesendet.
form-unknown-field = Das Formular enthält ein unbekanntes Feld „{ $name }“.
form-field-not-text = Das Formular enthält ein Feld, das kein gültiger Text ist.
form-out-of-date = Dieses Formular ist veraltet. Bitte laden Sie die Seite neu und antworten Sie erneut.
form-too-soon = Dieses Formular wurde wenige Augenblicke nach dem Öffnen gesendet, wie es automatisierter Spam tut. Wenn Sie es selbst ausgefüllt haben, prüfen Sie bitte Ihre Antworten und senden Sie es erneut.
puzzle-needs-script = Diese Umfrage lässt Ihren Browser ein kleines Rätsel lösen, das automatisierten Spam fernhält, und dafür braucht sie JavaScript. Bitte schalten Sie JavaScript ein, laden Sie die Seite neu und senden Sie Ihre Antworten erneut.
puzzle-not-solved = Die Prüfung Ihres Browsers gegen automatisierten Spam ist fehlgeschlagen. Bitte senden Sie das Formular erneut; wenn das wieder passiert, laden Sie die Seite neu.
page-more-questions = Ihre Antworten haben auf dieser Seite weitere Fragen eingeblendet. Beantworten Sie sie, falls sie zutreffen, und fahren Sie dann fort.
question-required = (Pflichtfrage)
