# questions
# The fields of one question in the designer (question_fields.rs).

question-fields-group-text = Text
question-fields-group-numbers = Zahlen und Datumsangaben
question-fields-group-ratings = Bewertungen
question-fields-group-choices = Auswahl
question-fields-group-grids = Raster
# A list of question types: "Long text and Short text".
question-fields-names = { $rest } und { $last }
# A group's heading before the page runs: "Answer length — for Long text and Short text".
question-fields-settings-for = { $title } – für { $kinds }

question-fields-question = Frage
question-fields-required = Eine Antwort ist erforderlich
question-fields-type = Typ

question-fields-answer-length = Antwortlänge
question-fields-longest-answer = Maximale Länge (Zeichen)
question-fields-length-hint = Langer Text: 1 bis 2000, ohne Angabe 2000. Kurzer Text: 1 bis 255, ohne Angabe 255.
question-fields-length-empty-for = Ohne Angabe { $limit }.

question-fields-format = Format
question-fields-answer-must-be = Zulässige Antwort

question-fields-allowed-numbers = Zulässige Zahlen (alle Angaben optional)
question-fields-lowest = Kleinster Wert
question-fields-highest = Größter Wert
question-fields-step = Schrittweite
question-fields-step-hint = 1: ganze Zahlen; 0,5: halbe; leer: beliebig.
question-fields-unit = Einheit
question-fields-unit-hint = Wird hinter dem Feld angezeigt, etwa kg oder Jahre.

question-fields-allowed-dates = Zulässige Daten (optional)
question-fields-earliest = Frühestes Datum
question-fields-latest = Spätestes Datum

question-fields-scale = Skala
question-fields-points = Punkte
question-fields-points-up-to = 1 bis { $max }

question-fields-end-labels = Beschriftung der Enden (optional)
question-fields-label-lowest = Beschriftung des niedrigsten Punkts
question-fields-label-highest = Beschriftung des höchsten Punkts
question-fields-label-stars = Beschriftung für { $count ->
    [one] { $count } Stern
   *[other] { $count } Sterne
  }
question-fields-label-point = Beschriftung für { $point }

question-fields-options-title = Optionen
question-fields-options = Optionen, eine pro Zeile
question-fields-options-between = Optionen, eine pro Zeile ({ $min } bis { $max })
question-fields-options-hint = Einfachauswahl und Rangfolge: 2 bis 10. Mehrfachauswahl: 2 bis 20. Auswahlliste: 2 bis 200.
question-fields-options-hint-ranking = Teilnehmende bringen die Optionen in eine Reihenfolge, die erste ist die beste.
question-fields-options-hint-dropdown = Ein Menü eignet sich für lange Listen, etwa Länder.
question-fields-other-for = „Sonstiges (bitte angeben)“ anbieten ({ $kinds })
question-fields-other = „Sonstiges (bitte angeben)“ anbieten
question-fields-shuffle = Optionen allen Teilnehmenden in unterschiedlicher Reihenfolge zeigen

question-fields-how-many = Wie viele angekreuzt werden dürfen (optional)
question-fields-at-least = Mindestens
question-fields-at-most = Höchstens

question-fields-statements-and-scale = Aussagen und Skala
question-fields-rows = Aussagen (Zeilen), eine pro Zeile ({ $min } bis { $max })
question-fields-columns = Skala (Spalten), eine Stufe pro Zeile ({ $min } bis { $max })
question-fields-columns-hint = Jede Aussage wird auf dieser Skala beantwortet, etwa Stimme nicht zu / Neutral / Stimme zu.
