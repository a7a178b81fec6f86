# What the services and the domain say: design.

## Survey details and questions (domain/design.rs, domain/design/question.rs)

msg-design-title-length = Geben Sie der Umfrage einen Titel mit 1 bis { $max } Zeichen.
msg-design-description-length = Die Beschreibung darf höchstens { $max } Zeichen lang sein.
msg-design-label-too-long = Eine Beschriftung darf höchstens { $max } Zeichen lang sein.
msg-design-options-count = Geben Sie { $min } bis { $max } Optionen ein, eine pro Zeile.
msg-design-statements-count = Geben Sie { $min } bis { $max } Aussagen ein, eine pro Zeile.
msg-design-scale-points-count = Geben Sie { $min } bis { $max } Skalenstufen ein, eine pro Zeile.
msg-design-option-twice = Die Option „{ $line }“ kommt zweimal vor.
msg-design-statement-twice = Die Aussage „{ $line }“ kommt zweimal vor.
msg-design-scale-point-twice = Die Skalenstufe „{ $line }“ kommt zweimal vor.
msg-design-option-too-long = Jede Option darf höchstens { $max } Zeichen lang sein („{ $start }…“ ist länger).
msg-design-statement-too-long = Jede Aussage darf höchstens { $max } Zeichen lang sein („{ $start }…“ ist länger).
msg-design-scale-point-too-long = Jede Skalenstufe darf höchstens { $max } Zeichen lang sein („{ $start }…“ ist länger).
msg-design-date-format = Geben Sie ein Datum im Format JJJJ-MM-TT ein oder lassen Sie das Feld leer.
msg-design-question-length = Schreiben Sie die Frage (1 bis { $max } Zeichen).
msg-design-latest-before-earliest = Das späteste Datum darf nicht vor dem frühesten Datum liegen.
msg-design-scale-points = Eine Skala hat { $min } bis { $max } Punkte.
msg-design-choose-kind = Wählen Sie einen der Fragetypen aus der Liste.
msg-design-max-length = Die maximale Länge ist eine Zahl von 1 bis { $limit }; ohne Angabe gilt { $limit }.
msg-design-choose-format = Wählen Sie eines der Formate aus der Liste.
msg-design-number-bound = Geben Sie eine Zahl wie 0, 10 oder 2,5 ein (höchstens sechs Nachkommastellen) oder lassen Sie das Feld leer.
msg-design-number-step = Geben Sie eine Schrittweite wie 1 oder 0,5 ein oder lassen Sie das Feld leer, um jede Zahl zuzulassen.
msg-design-highest-not-above-lowest = Der größte Wert muss größer als der kleinste sein.
msg-design-step-not-positive = Die Schrittweite muss größer als 0 sein.
msg-design-step-too-wide = Die Schrittweite muss zwischen den kleinsten und den größten Wert passen.
msg-design-fewest-to-tick = Die Mindestzahl anzukreuzender Kästchen ist eine Zahl von 1 bis { $boxes } (so viele Kästchen gibt es) oder leer.
msg-design-most-to-tick = Die Höchstzahl anzukreuzender Kästchen ist eine Zahl von 1 bis { $boxes } (so viele Kästchen gibt es) oder leer.
msg-design-most-below-fewest = Die Höchstzahl anzukreuzender Kästchen darf nicht kleiner als die Mindestzahl sein.

## The designer's rules (services/designer.rs, services/designer/*.rs)

msg-design-too-many-questions = Eine Umfrage hat höchstens { $max } Fragen.
msg-design-question-changed-meanwhile = Jemand anderes hat eine Änderung an dieser Frage gespeichert, nachdem Sie sie geöffnet haben, daher wurde Ihre Änderung nicht gespeichert. Ihre Bearbeitung ist noch hier: Kopieren Sie, was Sie brauchen, laden Sie die Seite neu, um die andere Fassung zu sehen, und bearbeiten Sie sie erneut.
msg-design-response-limit = Geben Sie eine ganze Zahl von Antworten zwischen 1 und { $max } ein oder lassen Sie das Feld leer, wenn es kein Limit geben soll.
msg-design-date-and-time = Geben Sie ein Datum und eine Uhrzeit ein, etwa 2026-12-24 09:00 (UTC).
msg-design-opening-passed = Dieser Zeitpunkt ist bereits vorbei: Lassen Sie das Feld leer, um die Umfrage sofort zu öffnen.
msg-design-closing-before-opening = Wählen Sie einen Schlusszeitpunkt nach dem Öffnen der Umfrage.
msg-design-closing-too-late = Ihr Tarif hält eine Umfrage höchstens { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  } offen: Schließen Sie sie spätestens am { $at }.
msg-design-confirm-publish = Bestätigen Sie, dass die Fragen nach der Veröffentlichung der Umfrage nicht mehr geändert werden können.
msg-design-publish-without-questions = Fügen Sie vor der Veröffentlichung mindestens eine Frage hinzu.
msg-design-active-surveys-limit = Ihr Tarif { $plan } erlaubt { $count ->
    [one] { $count } aktive Umfrage
   *[other] { $count } aktive Umfragen
  } gleichzeitig, und so viele haben Sie bereits. Schließen Sie eine oder warten Sie, bis eine abläuft, bevor Sie eine weitere veröffentlichen.
msg-design-close-not-published = Nur eine veröffentlichte Umfrage kann geschlossen werden.
msg-design-confirm-delete = { $count ->
    [one] Diese Umfrage hat { $count } Antwort. Bestätigen Sie, dass sie mit der Umfrage gelöscht werden soll.
   *[other] Diese Umfrage hat { $count } Antworten. Bestätigen Sie, dass sie mit der Umfrage gelöscht werden sollen.
  }
msg-design-slug-taken = Eine andere Ihrer Umfragen verwendet diese Adresse bereits.
msg-design-not-a-draft = Diese Umfrage ist veröffentlicht: Ihre Fragen und Texte sind eingefroren, damit jede Antwort zu den Fragen passt, auf die sie gegeben wurde.
msg-design-choose-address = Wählen Sie eine Adresse für die Umfrage.
msg-design-choose-template = Wählen Sie eine der Vorlagen oder eine leere Umfrage.

## A survey's address (domain/slug.rs): shown after the field, starting lowercase

msg-design-slug-length = die Adresse braucht 1 bis { $max } Zeichen
msg-design-slug-characters = die Adresse darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten
msg-design-slug-hyphens = die Adresse darf nicht mit einem Bindestrich beginnen oder enden und keine zwei Bindestriche hintereinander enthalten
msg-design-slug-reserved = diese Adresse ist reserviert

## Metadata fields (domain/metadata.rs, services/metadata.rs)

msg-design-metadata-value-too-long = Ein Wert darf höchstens { $max } Zeichen lang sein.
msg-design-metadata-number = Geben Sie eine Zahl ein, zum Beispiel 42 oder 3.5 (mit Punkt als Dezimaltrennzeichen).
msg-design-metadata-url = Geben Sie eine Webadresse ein, die mit https:// beginnt.
msg-design-metadata-field-name = Benennen Sie das Feld (1 bis { $max } Zeichen).
msg-design-metadata-choose-kind = Wählen Sie Text, Zahl oder Webadresse.
msg-design-metadata-name-taken = Es gibt bereits ein Feld mit diesem Namen.
msg-design-metadata-too-many-fields = Sie können höchstens { $max } Felder festlegen.

## Pages and conditions (services/designer/logic.rs)

msg-design-logic-changed-meanwhile = Jemand anderes hat gerade die Seiten oder die Logik dieser Umfrage geändert. Laden Sie den Editor neu, um die Änderung zu sehen, und versuchen Sie es dann erneut.
msg-design-logic-too-many-pages = Eine Umfrage hat höchstens { $max } Seiten.
msg-design-page-title-length = Der Titel der Seite darf höchstens { $max } Zeichen lang sein.
msg-design-page-description-length = Die Beschreibung der Seite darf höchstens { $max } Zeichen lang sein.
msg-design-rule-destination = Wählen Sie, wohin die Regel führt.
msg-design-question-cannot-move = Frage { $number } kann nicht dorthin verschoben werden: Eine Bedingung würde dann eine später gegebene Antwort verwenden. Ändern Sie zuerst die Bedingung.
msg-design-change-breaks-logic = Diese Änderung passt nicht zur Logik der Umfrage: { $reasons } Ändern Sie zuerst die Logik.
msg-design-move-up-or-down = { $what ->
    [page] Verschieben Sie eine Seite nach oben oder unten.
   *[question] Verschieben Sie eine Frage nach oben oder unten.
  }
msg-design-page-cannot-move = Seite { $number } kann nicht dorthin verschoben werden: { $reasons } Ändern Sie das zuerst.

## What the designer refuses in pages and conditions (domain/logic/checks.rs)

msg-design-logic-no-such-question = Es gibt keine Frage { $number }.
msg-design-logic-two-conditions = Frage { $number } hat zwei Bedingungen.
msg-design-logic-page-start = Seite { $number } beginnt nicht dort, wo die Seite davor endet.
msg-design-logic-page-title-length = Der Titel von Seite { $number } ist länger als { $max } Zeichen.
msg-design-logic-page-description-length = Die Beschreibung von Seite { $number } ist länger als { $max } Zeichen.
msg-design-logic-first-page-condition = Die erste Seite wird immer angezeigt: Sie kann keine Bedingung haben.
msg-design-logic-too-many-rules = Seite { $number } hat mehr als { $max } Regeln.
msg-design-logic-rule-goes-back = Regel { $rule } nach Seite { $number } springt zurück zu Seite { $to }: Eine Umfrage geht nur vorwärts, damit niemand in einer Schleife festsitzt.
msg-design-logic-rule-goes-nowhere = Regel { $rule } nach Seite { $number } springt zu Seite { $to }, die es nicht gibt.
msg-design-logic-too-many-tests = { $owner ->
    [question] Die Bedingung von Frage { $owner_number }
    [page] Die Bedingung von Seite { $owner_number }
    [rule] Regel { $owner_rule } nach Seite { $owner_number }
    [filter] Der Filter
   *[other] { $owner_name }
  } hat mehr als { $max } Tests.
msg-design-logic-uses-later-question = { $owner ->
    [question] Die Bedingung von Frage { $owner_number }
    [page] Die Bedingung von Seite { $owner_number }
    [rule] Regel { $owner_rule } nach Seite { $owner_number }
    [filter] Der Filter
   *[other] { $owner_name }
  } verwendet Frage { $question }, die nicht davor kommt: Eine Bedingung kann nur früher gegebene Antworten verwenden.
msg-design-logic-test-unfit = { $owner ->
    [question] Die Bedingung von Frage { $owner_number }
    [page] Die Bedingung von Seite { $owner_number }
    [rule] Regel { $owner_rule } nach Seite { $owner_number }
    [filter] Der Filter
   *[other] { $owner_name }
  }: Frage { $question } kann nicht mit „{ $test }“ geprüft werden.
msg-design-logic-test-no-value = { $owner ->
    [question] Die Bedingung von Frage { $owner_number }
    [page] Die Bedingung von Seite { $owner_number }
    [rule] Regel { $owner_rule } nach Seite { $owner_number }
    [filter] Der Filter
   *[other] { $owner_name }
  }: Frage { $question } braucht mindestens einen Vergleichswert.
msg-design-logic-test-score = { $owner ->
    [question] Die Bedingung von Frage { $owner_number }
    [page] Die Bedingung von Seite { $owner_number }
    [rule] Regel { $owner_rule } nach Seite { $owner_number }
    [filter] Der Filter
   *[other] { $owner_name }
  }: Frage { $question } wird mit { $low } bis { $high } beantwortet, nicht mit „{ $value }“.
msg-design-logic-test-no-such-option = { $owner ->
    [question] Die Bedingung von Frage { $owner_number }
    [page] Die Bedingung von Seite { $owner_number }
    [rule] Regel { $owner_rule } nach Seite { $owner_number }
    [filter] Der Filter
   *[other] { $owner_name }
  }: Frage { $question } hat keine solche Option.
msg-design-logic-test-no-text = { $owner ->
    [question] Die Bedingung von Frage { $owner_number }
    [page] Die Bedingung von Seite { $owner_number }
    [rule] Regel { $owner_rule } nach Seite { $owner_number }
    [filter] Der Filter
   *[other] { $owner_name }
  }: Frage { $question } braucht einen Vergleichstext.
msg-design-logic-test-number = { $owner ->
    [question] Die Bedingung von Frage { $owner_number }
    [page] Die Bedingung von Seite { $owner_number }
    [rule] Regel { $owner_rule } nach Seite { $owner_number }
    [filter] Der Filter
   *[other] { $owner_name }
  }: Frage { $question } wird mit einer Zahl beantwortet, und „{ $value }“ ist keine.
msg-design-logic-test-date = { $owner ->
    [question] Die Bedingung von Frage { $owner_number }
    [page] Die Bedingung von Seite { $owner_number }
    [rule] Regel { $owner_rule } nach Seite { $owner_number }
    [filter] Der Filter
   *[other] { $owner_name }
  }: Frage { $question } wird mit einem Datum beantwortet: Schreiben Sie es als JJJJ-MM-TT.
msg-design-logic-never-holds-question = { $owner ->
    [question] Die Bedingung von Frage { $owner_number }
    [page] Die Bedingung von Seite { $owner_number }
    [rule] Regel { $owner_rule } nach Seite { $owner_number }
    [filter] Der Filter
   *[other] { $owner_name }
  } kann nie zutreffen: Keine Antwort auf Frage { $question } besteht alle ihre Tests.
msg-design-logic-never-holds = { $owner ->
    [question] Die Bedingung von Frage { $owner_number }
    [page] Die Bedingung von Seite { $owner_number }
    [rule] Regel { $owner_rule } nach Seite { $owner_number }
    [filter] Der Filter
   *[other] { $owner_name }
  } kann nie zutreffen.

## Changing questions and pages under the logic (domain/logic/edits.rs)

msg-design-logic-owner-question = Bedingung von Frage { $number }
msg-design-logic-owner-page = Bedingung von Seite { $number }
msg-design-logic-owner-rule = Regel { $rule } nach Seite { $page }
msg-design-logic-question-in-use = Frage { $number } wird noch verwendet von: { $owners }. Ändern Sie das zuerst.
msg-design-logic-first-page-stays = Die erste Seite kann nicht entfernt werden: Mit ihr beginnt die Umfrage.
msg-design-logic-page-has-logic = Seite { $number } hat eine Bedingung oder Regeln danach. Entfernen Sie diese zuerst, damit keine Regel stillschweigend verloren geht.
msg-design-logic-page-is-destination = Seite { $number } ist das Ziel von: { $rules }. Ändern Sie das zuerst.
msg-design-logic-option-in-use = Die Option „{ $option }“ von Frage { $number } wird noch verwendet von: { $owners }. Ändern Sie das zuerst.

## Conditions as typed and in words (domain/logic/wording.rs)

msg-design-logic-choose-combine = Wählen Sie, ob alle Tests oder nur einer zutreffen müssen.
msg-design-logic-value-without-test = Test { $number }: Wählen Sie eine Frage und einen Test für den Wert.
msg-design-logic-choose-test = Test { $number }: Wählen Sie einen der angebotenen Tests.
msg-design-logic-not-an-option = Test { $number }: „{ $label }“ ist keine der Optionen ({ $options }).
# A subordinate clause (verb last): "Wird nur angezeigt, wenn …".
msg-design-logic-term-equals = die Antwort auf Frage { $number } („{ $question }“) { $values } ist
msg-design-logic-term-not-equals = die Antwort auf Frage { $number } („{ $question }“) nicht { $values } ist
msg-design-logic-term-any-of = die Antwort auf Frage { $number } („{ $question }“) einer der Werte { $values } ist
msg-design-logic-term-greater = die Antwort auf Frage { $number } („{ $question }“) größer als { $values } ist
msg-design-logic-term-less = die Antwort auf Frage { $number } („{ $question }“) kleiner als { $values } ist
msg-design-logic-term-answered = Frage { $number } („{ $question }“) beantwortet ist
msg-design-logic-term-not-answered = Frage { $number } („{ $question }“) nicht beantwortet ist
msg-design-logic-term-no-question = Frage { $number }
msg-design-logic-term-value = „{ $value }“
msg-design-logic-and = { $left } und { $right }
msg-design-logic-or = { $left } oder { $right }
survey-copy-title = Kopie von { $title }
msg-proof-of-work-choose = Wählen Sie eine der aufgeführten Optionen.
