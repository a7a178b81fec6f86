# designer

## The survey editor (survey_editor.rs)

survey-editor-loading = Die Umfrage wird geladen …
survey-editor-status-open-until = Veröffentlicht, offen bis zum { $date }
survey-editor-status-expired = Abgelaufen am { $date }
survey-editor-responses = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
  }
survey-editor-preview-link = Vorschau
survey-editor-public-page = Öffentliche Seite
survey-editor-results = Ergebnisse
survey-editor-questions-heading = Fragen
survey-editor-moving = Die Frage wird verschoben …
survey-editor-no-questions = Noch keine Fragen. Fügen Sie unten die erste hinzu.
survey-editor-live-preview = Live-Vorschau
survey-editor-live-preview-hint = Gespeicherte Änderungen erscheinen hier. Probieren Sie die Seiten und Bedingungen aus: Antworten werden nicht gesendet.
survey-editor-live-preview-title = Live-Vorschau von { $title }
survey-editor-details-heading = Titel und Beschreibung
survey-editor-saved = Gespeichert.
survey-editor-title-label = Titel
survey-editor-slug-label = Adresse
# $address is the word below, in bold.
survey-editor-slug-hint = Teilnehmende öffnen /s/{ $tenant }/{ $address }. Kleinbuchstaben, Ziffern und Bindestriche; sie lässt sich ändern, bis die Umfrage veröffentlicht ist.
survey-editor-slug-hint-address = adresse
survey-editor-description-label = Beschreibung
survey-editor-description-hint = Markdown: **fett**, *kursiv*, [Links](https://…) und Listen. Höchstens { $max } Zeichen.
survey-editor-details-save = Titel und Beschreibung speichern
survey-editor-description-preview = Beschreibung, wie Teilnehmende sie sehen
survey-editor-metadata-heading = Metadaten
survey-editor-metadata-save = { $name } speichern

## Moving questions, saving as you type

survey-editor-moved = „{ $question }“ an Position { $place } von { $count } verschoben.
survey-editor-moved-on-page = „{ $question }“ an Position { $place } von { $count } verschoben, auf Seite { $page } von { $pages }.
survey-editor-saving = Wird gespeichert …
survey-editor-all-saved = Alle Änderungen gespeichert.
survey-editor-not-saved = Nicht gespeichert: Siehe die Meldung über dem Formular.
survey-editor-saved-as-you-type = Änderungen werden während der Eingabe gespeichert.

## Publishing, closing, duplicating and deleting

survey-editor-publish-heading = Veröffentlichen
survey-editor-publish-intro = Mit der Veröffentlichung öffnen Sie die Umfrage für Teilnehmende (sofort oder zum gewählten Zeitpunkt) für bis zu { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  }, die längste Laufzeit Ihres Tarifs, und frieren ihre Fragen ein, damit jede Antwort zu den Fragen passt, auf die sie gegeben wurde.
survey-editor-publish-confirm = Mir ist bewusst, dass die Fragen nach der Veröffentlichung der Umfrage nicht mehr geändert werden können
survey-editor-schedule-legend = Wann sie Antworten annimmt (optional, UTC)
survey-editor-opens-at = Öffnet am
survey-editor-opens-at-hint = Leer: sobald sie veröffentlicht ist.
survey-editor-closes-at = Schließt am
survey-editor-closes-at-hint = Leer: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  } nach dem Öffnen, die längste Laufzeit Ihres Tarifs.
survey-editor-response-limit-label = Nach so vielen Antworten schließen (optional)
survey-editor-response-limit-hint = Die Umfrage schließt sich selbst, sobald sie so viele hat, und Sie erhalten eine E-Mail. Leer: Sie bleibt offen, bis Sie sie schließen oder sie abläuft.
survey-editor-publish-button = Umfrage veröffentlichen
survey-editor-close-heading = Schließen
# $at is a time such as 2026-05-01 09:00 UTC.
survey-editor-opens-on = Sie öffnet für Teilnehmende am { $at }; bis dahin steht unter ihrer Adresse, wann.
survey-editor-closes-on = Sie schließt am { $at }.
survey-editor-response-limit = Sie schließt sich selbst nach { $limit ->
    [one] { $limit } Antwort
   *[other] { $limit } Antworten
  } (bisher { $count }).
survey-editor-closing-hint = Nach dem Schließen werden sofort keine Antworten mehr angenommen. Die Umfrage und ihre Ergebnisse bleiben hier.
survey-editor-close-button = Umfrage schließen
survey-editor-closed = Diese Umfrage nimmt keine Antworten mehr an; ihre Ergebnisse bleiben verfügbar.
survey-editor-closed-by-limit = Diese Umfrage nimmt keine Antworten mehr an; ihre Ergebnisse bleiben verfügbar. Sie hat sich selbst geschlossen, als sie ihr Limit von { $limit ->
    [one] { $limit } Antwort
   *[other] { $limit } Antworten
  } erreicht hatte.
survey-editor-duplicate-heading = Duplizieren
survey-editor-duplicate-hint = Erstellen Sie eine Kopie als Entwurf mit allen Fragen und ihren Einstellungen, die Sie unabhängig ändern und veröffentlichen können. Antworten werden nicht kopiert.
survey-editor-duplicate-button = Umfrage duplizieren
survey-editor-delete-heading = Löschen
survey-editor-delete-responses = Auch ihre { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
  } und Statistiken löschen
survey-editor-delete-button = Umfrage löschen
# $published is the message below, in bold.
survey-editor-published-notice = { $published } Teilnehmende können sie hier beantworten:
survey-editor-published = Ihre Umfrage ist veröffentlicht.
survey-editor-copy-address = Adresse kopieren
survey-editor-copied = Kopiert.

## Pages and logic

survey-editor-page-moved-up = Seite { $page } nach oben verschoben: Sie ist jetzt Seite { $now }.
survey-editor-page-moved-down = Seite { $page } nach unten verschoben: Sie ist jetzt Seite { $now }.
survey-editor-logic-heading = Seiten und Logik
survey-editor-logic-hint = Teilen Sie die Umfrage in Seiten auf, zeigen Sie eine Frage oder Seite nur, wenn frühere Antworten es erfordern, und springen Sie nach einer Seite weiter. Teilnehmende ohne JavaScript folgen demselben Weg, Seite für Seite.
survey-editor-add-page = Seite am Ende hinzufügen
survey-editor-page-heading = Seite { $number }
survey-editor-page-heading-titled = Seite { $number }: { $title }
survey-editor-always-shown = Wird immer angezeigt.
# $condition is the condition in words, such as: question 1 (“Do you fly?”) is “Yes”
survey-editor-shown-when = Wird nur angezeigt, wenn { $condition }.
survey-editor-page-condition = Bedingung für Seite { $number }
survey-editor-page-condition-save = Bedingung für Seite { $number } speichern
survey-editor-question-condition = Bedingung für Frage { $number }
survey-editor-question-condition-save = Bedingung für Frage { $number } speichern
survey-editor-new-page-at = Neue Seite bei Frage { $number } beginnen
survey-editor-rule-always-page = Immer zu Seite { $page } springen.
survey-editor-rule-always-finish = Immer die Umfrage beenden.
survey-editor-rule-when-page = Wenn { $condition }, zu Seite { $page } springen.
survey-editor-rule-when-finish = Wenn { $condition }, die Umfrage beenden.
survey-editor-remove-rule = Regel { $rule } nach Seite { $number } entfernen
survey-editor-destination-page = Seite { $number }
survey-editor-destination-finish = Umfrage beenden
survey-editor-after-page = Nach Seite { $number }
survey-editor-next-page = Weiter zur nächsten Seite.
survey-editor-otherwise-next-page = Andernfalls weiter zur nächsten Seite.
survey-editor-add-rule = Eine Regel nach Seite { $number } hinzufügen
survey-editor-go-to = Springen zu
survey-editor-rule-when-legend = Wenn (Prüfungen leer lassen, um immer zu springen)
survey-editor-add-rule-button = Regel nach Seite { $number } hinzufügen
survey-editor-page-details = Titel und Beschreibung von Seite { $number }
survey-editor-page-title-label = Seitentitel (optional)
survey-editor-page-description-label = Beschreibung (optional)
survey-editor-save-page = Seite { $number } speichern
survey-editor-move-page-up = Seite { $number } nach oben verschieben
survey-editor-move-page-down = Seite { $number } nach unten verschieben
survey-editor-remove-page = Seite { $number } entfernen (ihre Fragen kommen auf Seite { $previous })
survey-editor-page-empty = Noch keine Fragen auf dieser Seite.
survey-editor-remove-condition = Bedingung entfernen (immer anzeigen)
survey-editor-show-only-when = Nur anzeigen, wenn

## The question list and the "add a question" form

survey-editor-move-up = ↑ Nach oben
survey-editor-move-down = ↓ Nach unten
survey-editor-move-question-up = Frage nach oben verschieben: { $question }
survey-editor-move-question-down = Frage nach unten verschieben: { $question }
survey-editor-drag-title = Auf eine andere Frage ziehen, um sie dorthin zu verschieben
survey-editor-edit-question = Frage bearbeiten: { $question }
survey-editor-save-question = Frage speichern
survey-editor-delete-question = Frage löschen: { $question }
survey-editor-add-question-heading = Eine Frage hinzufügen
survey-editor-question-added = Frage hinzugefügt.
survey-editor-add-question = Frage hinzufügen

## A question's settings in words, after its type: "Number, 0 to 120 kg, step 0.5 · required"

survey-editor-summary-options = { $count } Optionen: { $named } / …
survey-editor-summary-other = Sonstiges
survey-editor-summary-shuffled = gemischt
# $unit is empty or a space and the unit (" kg").
survey-editor-summary-between = { $min } bis { $max }{ $unit }
survey-editor-summary-at-least = mindestens { $min }{ $unit }
survey-editor-summary-at-most = höchstens { $max }{ $unit }
survey-editor-summary-in = in{ $unit }
survey-editor-summary-step = Schrittweite { $step }
survey-editor-summary-tick-exactly = { $count } ankreuzen
survey-editor-summary-tick-between = { $min } bis { $max } ankreuzen
survey-editor-summary-tick-at-least = mindestens { $min } ankreuzen
survey-editor-summary-tick-at-most = höchstens { $max } ankreuzen
survey-editor-summary-up-to = bis zu { $count } Zeichen
# Dates as YYYY-MM-DD.
survey-editor-summary-date-between = vom { $from } bis { $to }
survey-editor-summary-date-from = ab { $from }
survey-editor-summary-date-until = bis { $to }
survey-editor-summary-scale = 1 bis { $points }
survey-editor-summary-scale-labels = 1 bis { $points } ({ $labels })
survey-editor-summary-matrix = { $rows ->
    [one] { $rows } Aussage
   *[other] { $rows } Aussagen
  } × { $columns } Stufen ({ $labels })
survey-editor-summary-required = Pflichtfrage
survey-editor-summary-optional = optional

## The "new survey" form (new_survey.rs)


## The preview (survey_preview.rs)

survey-preview-loading = Die Vorschau wird geladen …
survey-preview-heading = Vorschau: { $title }
survey-preview-back = ← Zurück zum Editor
survey-preview-frame-title = Vorschau von { $title }

# Die Sprachen einer Umfrage (/t/{tenant}/surveys/{slug}/translations).
translations-link = Sprachen
translations-title = Sprachen von { $title } · { $tenant }
translations-back = ← Zurück zum Editor
translations-heading = Sprachen von „{ $title }“
translations-lead = Teilnehmende lesen die Umfrage in der Sprache ihres Browsers, wenn es sie in dieser Sprache gibt, und können auf jeder Seite zwischen ihren Sprachen wechseln. Jede Übersetzung steht neben den eigenen Texten der Umfrage.
translations-frozen = Diese Umfrage ist veröffentlicht: Ihre Texte und deren Übersetzungen ändern sich nicht mehr.
translations-written-in = Die Umfrage ist geschrieben auf
translations-written-in-save = Sprache der Umfrage speichern
translations-add-label = Sprache hinzufügen
translations-add = Hinzufügen
translations-fallback = Teilnehmende dürfen noch nicht übersetzte Texte auf { $language } lesen
translations-fallback-hint = Sonst kann die Umfrage erst veröffentlicht werden, wenn jede Übersetzung vollständig ist.
translations-fallback-save = Speichern
translations-saved = Die Übersetzung wurde gespeichert.
translations-complete = Alle Texte sind übersetzt.
translations-missing = { $count ->
    [one] 1 von { $total } Texten muss noch übersetzt werden.
   *[other] { $count } von { $total } Texten müssen noch übersetzt werden.
}
translations-field = { $language }, Text { $number }
translations-outdated = Der Text der Umfrage hat sich seit dieser Übersetzung geändert.
translations-save = Übersetzung speichern ({ $language })
translations-remove = { $language } entfernen
translations-unknown-language = Wählen Sie eine der Sprachen aus der Liste.
translations-written-in-translated = Die Umfrage hat eine Übersetzung in diese Sprache: Entfernen Sie sie zuerst.
translations-already = Die Umfrage gibt es bereits in dieser Sprache.
translations-too-long = Höchstens { $max } Zeichen.
translations-not-a-draft = Diese Umfrage ist veröffentlicht: Ihre Texte und deren Übersetzungen sind eingefroren.
translations-missing-in = { $language }: { $count ->
    [one] 1 Text fehlt
   *[other] { $count } Texte fehlen
}
translations-incomplete = Einige Übersetzungen sind nicht vollständig ({ $languages }). Übersetzen Sie die fehlenden Texte, oder lassen Sie Teilnehmende sie auf { $written_in } lesen.
language-name-en = Englisch
language-name-de = Deutsch
language-name-es = Spanisch
language-name-ar = Arabisch
