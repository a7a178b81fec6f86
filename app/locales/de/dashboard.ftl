# dashboard

## The subscriber's dashboard (dashboard.rs)

dashboard-sign-in-heading = Bitte melden Sie sich an
dashboard-sign-in-link = Zum Fortfahren anmelden
dashboard-signed-in = Angemeldet als { $name } ({ $role })
dashboard-active-surveys = Aktive Umfragen: { $active } von { $max } im Tarif { $plan }
dashboard-count-of = { $count } von { $total }
dashboard-survey-days = Eine veröffentlichte Umfrage nimmt { $days ->
    [one] einen Tag
   *[other] { $days } Tage
  } lang Antworten an.
dashboard-monthly-unlimited = Antworten in diesem Monat: { $responses } (kein monatliches Limit im Tarif { $plan })
dashboard-monthly = Antworten in diesem Monat: { $responses } von { $limit } im Tarif { $plan }
dashboard-paused-heading = Ihre Umfragen sind pausiert.
dashboard-paused = Sie haben alle { $limit } Antworten erhalten, die Ihr Tarif in diesem Monat erlaubt. Bis { $date } (UTC) sehen Teilnehmende, dass die Umfrage pausiert ist, und nichts, was sie senden, wird gespeichert. Wenn Sie vorher weitere Antworten annehmen möchten, bitten Sie Tailspin Surveys um einen größeren Tarif oder ein höheres Limit.
dashboard-used = Sie haben { $percent } der Antworten dieses Monats genutzt. Bei { $limit } Antworten werden Ihre Umfragen bis { $date } (UTC) pausiert.
dashboard-surveys-heading = Umfragen
dashboard-empty = Sie haben noch keine Umfragen. Beginnen Sie unten mit der ersten: Geben Sie ihr einen Titel, fügen Sie Ihre Fragen hinzu, prüfen Sie die Vorschau, veröffentlichen Sie sie dann und teilen Sie ihre Adresse.
dashboard-column-survey = Umfrage
dashboard-column-status = Status
dashboard-column-responses = Antworten
dashboard-column-published = Veröffentlicht
dashboard-column-expires = Läuft ab
dashboard-column-links = Links
dashboard-expires-left = { $date } (noch { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  })
dashboard-at-limit = Limit erreicht
dashboard-opens = , öffnet am { $at }
dashboard-edit = Bearbeiten
dashboard-edit-survey = { $survey } bearbeiten
dashboard-preview = Vorschau
dashboard-preview-survey = Vorschau von { $survey }
dashboard-results = Ergebnisse
dashboard-results-survey = Ergebnisse von { $survey }
dashboard-share = Teilen
dashboard-share-survey = { $survey } teilen
dashboard-duplicate = Duplizieren
dashboard-public-page = Öffentliche Seite von { $survey }
dashboard-copy-address = Öffentliche Adresse von { $survey } kopieren
dashboard-copy = Kopieren
dashboard-copied = Kopiert

## The built-in templates' cards on the "new survey" form (new_survey.rs,
## domain/templates.rs); the rest of each template is in templates.ftl.

template-customer-satisfaction-title = Kundenzufriedenheit
template-customer-satisfaction-summary = Zufriedenheit, Weiterempfehlung, Bewertung des Wichtigsten und was wir verbessern können.
template-nps-title = Net Promoter Score
template-nps-summary = Die bekannte Frage „Würden Sie uns weiterempfehlen?“ mit den Gründen für die Bewertung.
template-event-feedback-title = Feedback zur Veranstaltung
template-event-feedback-summary = Wie die Teilnehmenden die Veranstaltung, ihre Programmpunkte und die Organisation bewerten.
template-employee-pulse-title = Mitarbeiter-Pulsbefragung
template-employee-pulse-summary = Eine kurze, regelmäßige Abfrage zu Arbeitslast, Klarheit und Stimmung im Team.

## Results (results/mod.rs)

results-loading = Ergebnisse werden geladen …
results-page-title = Ergebnisse: { $survey } · { $tenant }
results-heading = Ergebnisse: { $survey }
results-not-merged = Noch keine Antworten ausgewertet.
results-updated = Zuletzt aktualisiert: { $at }.
results-total = { $total } { $count ->
    [one] Antwort
   *[other] Antworten
  } · { $state }
results-total-filtered = Filter: { $total } von { $all ->
    [one] { $all } Antwort
   *[other] { $all } Antworten
  } · { $state }
results-live-filtered = Gefilterte Ergebnisse werden beim Laden der Seite berechnet: Laden Sie die Seite neu, um später eingehende Antworten einzubeziehen.
results-live-on = Die Seite aktualisiert sich selbst, solange sie geöffnet ist.
results-live-off = Laden Sie die Seite neu, um später eingehende Antworten zu sehen.
results-back = Zurück zur Umfrage
results-browse-filtered = Diese Antworten durchsehen
results-browse = Antworten durchsehen

## Charts (results/charts.rs)

results-seen-answered = { $seen } gesehen · { $answered } beantwortet
results-mean-of = Mittelwert { $mean } von { $points }
results-several-note = Teilnehmende konnten mehrere Optionen wählen: Die Anteile beziehen sich auf alle, die geantwortet haben.
results-unlisted = { $count ->
    [one] { $count } Option
   *[other] { $count } Optionen
  } von niemandem gewählt.
results-bar-value = { $count } · { $percent }
results-no-answers = Noch keine Antworten.
results-dates-range = Frühestens { $earliest } · spätestens { $latest } · Antworten { $period ->
    [day] pro Tag
    [week] pro Woche
    [month] pro Monat
   *[year] pro Jahr
  }
results-ranking-note = Nach durchschnittlichem Platz (1 ist der erste); ein längerer Balken steht für einen besseren Rang.
results-no-words = Noch keine häufigen Wörter.
results-words-heading = Häufigste Wörter
results-word-count = { $word } ({ $count })
results-detractors = Kritiker (0–6)
results-passives = Passive (7–8)
results-promoters = Promotoren (9–10)
results-legend-value = { $label }: { $count } · { $percent }
results-median = Median
results-middle-half = Mittlere Hälfte
results-mean = Mittelwert
results-range = Spanne
results-value = { $value }{ $unit }
results-from-to = { $from } bis { $to }{ $unit }
results-chart-key = Säulen: Antworten (ungefähr); Kasten: mittlere Hälfte; Linie: Median.
results-ranking-value = Ø { $average } · { $firsts }× auf Platz 1
results-not-ranked = ohne Platzierung
results-matrix-share = { $column } { $percent }
results-matrix-figures = { $figures } ({ $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
  })

## Charts' text alternatives (results/describe.rs)

results-count = { $label }: { $count }
results-option-share = { $label }: { $count } ({ $percent })
results-options-none = Noch keine Antworten
results-options-several = { $shares }. Prozentangaben bezogen auf { $count ->
    [one] { $count } teilnehmende Person
   *[other] { $count } Teilnehmende
  }, die mehrere Optionen wählen konnten.
results-options-single = { $shares }. Prozentangaben bezogen auf { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
  }.
results-with-mean = { $counts }. Mittelwert { $mean }.
results-without-mean = { $counts }. Noch keine Antworten.
results-nps-description = Net Promoter Score { $score }. Promotoren (9 bis 10): { $promoters } ({ $promoters_share }), Passive (7 bis 8): { $passives } ({ $passives_share }), Kritiker (0 bis 6): { $detractors } ({ $detractors_share }). Bewertungen: { $scores }.
results-number-description = Median { $median }{ $unit }, Quartile { $q1 } und { $q3 }, Mittelwert { $mean }, niedrigster Wert { $lowest }, höchster Wert { $highest }. Ungefähre Verteilung: { $bins }.
results-dates-description = Antworten { $period ->
    [day] pro Tag
    [week] pro Woche
    [month] pro Monat
   *[year] pro Jahr
  }: { $counts }. Frühestens { $earliest }, spätestens { $latest }.
results-ranking-item = { $label }: durchschnittlicher Platz { $average }, { $firsts }-mal auf Platz 1
results-ranking-unranked = { $label }: noch ohne Platzierung
results-matrix-cell = { $column } { $count } ({ $percent })

## Filter by answer (answer_filter.rs)

answer-filter-clear = Filter aufheben
answer-filter-filtered = Gefiltert:
answer-filter-applied = { $what ->
    [results] Ergebnisse
   *[responses] Antworten
  } aus den Antworten, bei denen { $description }.
answer-filter-refused = { $reason } Der Filter wurde nicht angewendet: Alle Antworten werden angezeigt.
answer-filter-summary = Nach Antwort filtern
answer-filter-legend = Nur Antworten, bei denen
answer-filter-apply = Filter anwenden
answer-filter-answered-in = Beantwortet auf
answer-filter-any-language = Alle Sprachen
answer-filter-english = Englisch
answer-filter-german = Deutsch
answer-filter-spanish = Spanisch
answer-filter-arabic = Arabisch

## Responses (responses.rs)

responses-loading = Antworten werden geladen …
responses-page-title = Antworten: { $survey } · { $tenant }
responses-heading = Antworten: { $survey }
responses-results-filtered = Ergebnisse dieser Antworten
responses-results = Ergebnisse
responses-download-csv = Alle Antworten herunterladen (CSV)
responses-download-excel = Alle Antworten herunterladen (Excel)
responses-none-filtered = Hier entsprechen keine Antworten dem Filter.
responses-none = Hier gibt es noch keine Antworten.
responses-item-heading = Antwort { $number } · { $received }
responses-answered-in = Beantwortet auf { $language }
responses-pages = Seiten mit Antworten
responses-first = Erste Seite
responses-previous = Vorherige 25 Antworten
responses-next = Nächste 25 Antworten
responses-last = Letzte Seite

## Sharing (share.rs)

share-draft = Diese Umfrage ist ein Entwurf: Sie erhält ihre öffentliche Adresse, wenn Sie sie veröffentlichen.
share-open-editor = Zum Veröffentlichen den Editor öffnen
share-closed = Diese Umfrage ist geschlossen: Unter ihrer Adresse erfahren Teilnehmende, dass sie keine Antworten mehr annimmt.
share-invite-heading = Per E-Mail einladen
share-invite-text = Senden Sie jeder Person einen persönlichen Link, der einmal gilt, mit Erinnerungen an alle, die noch nicht geantwortet haben: { $link }
share-invitations = Einladungen
share-page-title = Teilen: { $survey } · { $tenant }
share-heading = Teilen: { $survey }
share-results = Ergebnisse
share-responses = Antworten
share-link-heading = Link
share-link-hint = Alle, die diese Adresse kennen, können an der Umfrage teilnehmen.
share-public-address = Öffentliche Adresse
share-open-survey = Umfrage öffnen
share-qr-heading = QR-Code
share-qr-hint = Für Plakate, Präsentationen und Kassenbons: Die Kamera eines Smartphones öffnet die Umfrage.
share-qr-alt = QR-Code der Adresse von { $survey }: { $url }
share-qr-svg = QR-Code herunterladen (SVG)
share-qr-png = QR-Code herunterladen (PNG)
share-embed-none = Noch keine: Solange keine Website eingetragen ist, kann keine andere Website die Umfrage anzeigen.
share-embed-saved = Die Liste der Websites wurde gespeichert.
share-embed-origins-label = Websites, die Umfragen einbetten dürfen
share-embed-origins-hint = Eine pro Zeile, nur die Adresse der Website, zum Beispiel https://www.example.com. Das gilt für alle Umfragen von { $tenant }.
share-embed-save = Websites speichern
share-embed-admin-only = Eine Administratorin oder ein Administrator Ihrer Organisation kann hier Websites hinzufügen.
share-embed-heading = In eine Website einbetten
share-embed-code-hint = Fügen Sie diesen Code in eine Seite einer unten aufgeführten Website ein. Die Umfrage erscheint in der Seite, und der Rahmen passt sich ihrer Größe an.
share-embed-code-label = Einbettungscode
share-embed-websites = Websites, die Umfragen von { $tenant } einbetten dürfen

## Spam protection (spam_protection.rs)

spam-protection-heading = Spamschutz
spam-protection-hint = Jedes öffentliche Formular hat ein verstecktes Fallenfeld und eine Mindestausfüllzeit, die den meisten automatisierten Spam aufhalten, ohne jemanden zu stören. Erhält eine Umfrage trotzdem Spam, kann der Browser zusätzlich ein kleines Rätsel lösen, bevor er die Antworten sendet: Der Browser einer Person braucht dafür etwa eine Sekunde, während sie die Fragen liest, und einen Spammer kostet es bei jeder Antwort genauso viel. Es ist kein Drittanbieterdienst beteiligt, und persönliche Einladungslinks müssen das Rätsel nie lösen.
spam-protection-saved = Der Spamschutz wurde gespeichert.
spam-protection-legend = Vom Browser gelöstes Rätsel
spam-protection-choice-hint = Wenn Antworten ohne JavaScript erlaubt sind, bleibt die Umfrage für alle offen, doch Spam, der kein JavaScript ausführt, trifft dann nur auf das Fallenfeld und die Ausfüllzeit. Wird JavaScript vorausgesetzt, wird auch dieser Spam gestoppt; wessen Browser kein JavaScript ausführt, erfährt das auf der Umfrageseite.
spam-protection-save = Spamschutz speichern

## Invitations (invitations.rs)

invitations-page-title = Einladungen: { $survey } · { $tenant }
invitations-heading = Einladungen: { $survey }
invitations-share = Teilen
invitations-results = Ergebnisse
invitations-responses = Antworten
invitations-lead = Jeder Kontakt erhält per E-Mail einen persönlichen Link. Ein Link gilt nur einmal, und Erinnerungen gehen nur an alle, die noch nicht geantwortet haben.
invitations-draft = Einladungen können gesendet werden, solange die Umfrage veröffentlicht und geöffnet ist. Kontakte hinzufügen und die Nachricht verfassen können Sie schon jetzt.
invitations-contacts-heading = Kontakte
invitations-none = Noch keine Kontakte: Fügen Sie sie unten hinzu.
invitations-by-status = Kontakte nach Status
invitations-total = { $total } insgesamt
invitations-sending = Nachrichten werden gesendet; diese Liste aktualisiert sich selbst.
invitations-contacts = Kontakte
invitations-column-email = E-Mail
invitations-column-name = Name
invitations-column-status = Status
invitations-column-messages = Nachrichten
invitations-column-other = Weitere Spalten
invitations-pages = Seiten mit Kontakten
invitations-previous = Vorherige Seite
invitations-next = Nächste Seite
invitations-page-of = Seite { $page } von { $pages }
invitations-sent = { $count ->
    [one] { $count } Nachricht ist unterwegs.
   *[other] { $count } Nachrichten sind unterwegs.
  }
invitations-send-heading = Senden
invitations-not-invited = { $count ->
    [0] Alle auf der Liste wurden eingeladen.
    [one] { $count } Kontakt wurde noch nicht eingeladen.
   *[other] { $count } Kontakte wurden noch nicht eingeladen.
  }
invitations-reminder-hint = Eine Erinnerung geht an eingeladene Kontakte, die weder geantwortet noch sich abgemeldet haben.
invitations-send-invitations = Einladungen senden
invitations-send-reminder = Erinnerung senden
invitations-added = { $added } hinzugefügt.
invitations-added-listed = { $added } hinzugefügt; { $listed ->
    [one] { $listed } war
   *[other] { $listed } waren
  } bereits auf der Liste.
invitations-add-heading = Kontakte hinzufügen
invitations-contacts-label = Hinzuzufügende Kontakte
invitations-contacts-hint = Ein Kontakt pro Zeile: eine E-Mail-Adresse, dann nach Wunsch ein Komma und ein Name. Oder fügen Sie eine CSV-Datei ein, deren erste Zeile ihre Spalten benennt: email, name und beliebige weitere (etwa first_name oder team), die die Nachricht als { "{{" }first_name{ "}}" } verwenden kann. Ist eine Zeile fehlerhaft, wird nichts hinzugefügt und die Zeile genannt.
invitations-add-button = Kontakte hinzufügen
invitations-message-heading = Nachricht
invitations-message-saved = Die Nachricht wurde gespeichert.
invitations-subject = Betreff
invitations-message = Nachricht
invitations-message-hint = { "{{" }name{ "}}" }, { "{{" }email{ "}}" } und die anderen Spalten Ihrer Liste werden für jeden Kontakt ausgefüllt. Der persönliche Link und ein Abmeldelink werden unter der Nachricht angefügt. Eine Leerzeile beginnt einen neuen Absatz.
invitations-answers-legend = Antworten aus Einladungen
invitations-anonymous = Anonym: nur festhalten, dass ein Kontakt geantwortet hat
invitations-linked = Verknüpft: jede Antwort mit Name, E-Mail-Adresse und Spalten des Kontakts speichern
invitations-save-message = Nachricht speichern
share-copy-link = Link kopieren
share-copy-embed-code = Einbettungscode kopieren
