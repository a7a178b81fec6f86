# templates
# The built-in survey templates (domain/templates.rs): what a draft made
# from one gets, formatted on the server only, in the language of the
# page that makes it. The cards' titles and summaries are in
# dashboard.ftl. Keys: template-<code>-description; question N is
# template-<code>-qN, with its -optionM, -rowM, -columnM, -low, -high and
# -unit. Choice options, statements and scale points must stay distinct
# within their question, labels and scale points at most 60 characters.

## Shared by several templates

# The five points of the rating matrices.
template-quality-1 = Schlecht
template-quality-2 = Mittelmäßig
template-quality-3 = Gut
template-quality-4 = Sehr gut
template-quality-5 = Ausgezeichnet
# The ends of the 0 to 10 "would you recommend us?" scale.
template-recommend-low = Äußerst unwahrscheinlich
template-recommend-high = Äußerst wahrscheinlich

## Customer satisfaction

# Markdown.
template-customer-satisfaction-description = Vielen Dank, dass Sie sich **zwei Minuten** Zeit nehmen, um uns zu sagen, wie zufrieden Sie mit uns sind.
template-customer-satisfaction-q1 = Wie zufrieden sind Sie insgesamt mit uns?
template-customer-satisfaction-q1-low = Sehr unzufrieden
template-customer-satisfaction-q1-high = Sehr zufrieden
template-customer-satisfaction-q2 = Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen würden?
template-customer-satisfaction-q3 = Wie bewerten Sie uns in den folgenden Punkten?
template-customer-satisfaction-q3-row1 = Qualität des Produkts
template-customer-satisfaction-q3-row2 = Preis-Leistungs-Verhältnis
template-customer-satisfaction-q3-row3 = Schnelligkeit des Service
template-customer-satisfaction-q3-row4 = Freundlichkeit unserer Mitarbeitenden
template-customer-satisfaction-q4 = Wie sind Sie auf uns aufmerksam geworden?
template-customer-satisfaction-q4-option1 = Suchmaschine
template-customer-satisfaction-q4-option2 = Soziale Medien
template-customer-satisfaction-q4-option3 = Empfehlung von Freunden oder Kollegen
template-customer-satisfaction-q4-option4 = Werbung
template-customer-satisfaction-q5 = Was könnten wir besser machen?
template-customer-satisfaction-q6 = Dürfen wir Sie zu Ihren Antworten kontaktieren? Dann hinterlassen Sie bitte Ihre E-Mail-Adresse.

## Net Promoter Score

# Markdown.
template-nps-description = Nur eine Frage – und ein paar weitere, wenn Sie einen Moment Zeit haben.
template-nps-q1 = Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen würden?
template-nps-q2 = Was ist der wichtigste Grund für Ihre Bewertung?
template-nps-q3 = Was schätzen Sie an uns am meisten? Wählen Sie bis zu zwei Antworten.
template-nps-q3-option1 = Produktqualität
template-nps-q3-option2 = Preis
template-nps-q3-option3 = Kundenservice
template-nps-q3-option4 = Benutzerfreundlichkeit
template-nps-q3-option5 = Zuverlässigkeit
template-nps-q4 = Wie lange sind Sie schon Kunde bei uns?
template-nps-q4-option1 = Weniger als 6 Monate
template-nps-q4-option2 = 6 bis 12 Monate
template-nps-q4-option3 = 1 bis 2 Jahre
template-nps-q4-option4 = 3 bis 5 Jahre
template-nps-q4-option5 = Mehr als 5 Jahre

## Event feedback

# Markdown.
template-event-feedback-description = Danke, dass Sie dabei waren. Ihre Antworten helfen uns, die nächste Ausgabe zu gestalten.
template-event-feedback-q1 = An welchem Tag haben Sie teilgenommen?
template-event-feedback-q2 = Wie bewerten Sie die Veranstaltung insgesamt?
template-event-feedback-q2-low = Schlecht
template-event-feedback-q2-high = Ausgezeichnet
template-event-feedback-q3 = Wie bewerten Sie die einzelnen Teile der Veranstaltung?
template-event-feedback-q3-row1 = Vorträge
template-event-feedback-q3-row2 = Workshops
template-event-feedback-q3-row3 = Veranstaltungsort
template-event-feedback-q3-row4 = Essen und Getränke
template-event-feedback-q3-row5 = Organisation
template-event-feedback-q4 = Bringen Sie die Programmpunkte in eine Reihenfolge, den nützlichsten zuerst.
template-event-feedback-q4-option1 = Keynote
template-event-feedback-q4-option2 = Podiumsdiskussion
template-event-feedback-q4-option3 = Workshops
template-event-feedback-q4-option4 = Networking
template-event-feedback-q5 = Wie viele Veranstaltungen dieser Art besuchen Sie pro Jahr?
# The unit after the number.
template-event-feedback-q5-unit = Veranstaltungen
template-event-feedback-q6 = Würden Sie nächstes Jahr wiederkommen?
template-event-feedback-q6-option1 = Ja
template-event-feedback-q6-option2 = Vielleicht
template-event-feedback-q6-option3 = Nein
template-event-feedback-q7 = Möchten Sie den Veranstaltern sonst noch etwas mitteilen?

## Employee pulse

# Markdown.
template-employee-pulse-description = Anonym und kurz: Antworten Sie ehrlich, es dauert etwa eine Minute.
template-employee-pulse-q1 = Inwieweit stimmen Sie den folgenden Aussagen zu?
template-employee-pulse-q1-row1 = Ich weiß, was bei der Arbeit von mir erwartet wird
template-employee-pulse-q1-row2 = Ich habe alles, was ich für eine gute Arbeit brauche
template-employee-pulse-q1-row3 = Meine Führungskraft gibt mir hilfreiches Feedback
template-employee-pulse-q1-row4 = Ich würde dieses Team als großartigen Arbeitsplatz weiterempfehlen
template-employee-pulse-q1-column1 = Stimme überhaupt nicht zu
template-employee-pulse-q1-column2 = Stimme nicht zu
template-employee-pulse-q1-column3 = Neutral
template-employee-pulse-q1-column4 = Stimme zu
template-employee-pulse-q1-column5 = Stimme voll und ganz zu
template-employee-pulse-q2 = Wie war Ihre Arbeitslast in den letzten zwei Wochen?
template-employee-pulse-q2-low = Viel zu gering
template-employee-pulse-q2-high = Viel zu hoch
template-employee-pulse-q3 = Wie viel Energie haben Sie diese Woche bei der Arbeit?
template-employee-pulse-q3-low = Erschöpft
template-employee-pulse-q3-high = Voller Energie
template-employee-pulse-q4 = In welcher Abteilung arbeiten Sie?
template-employee-pulse-q4-option1 = Entwicklung
template-employee-pulse-q4-option2 = Finanzen
template-employee-pulse-q4-option3 = Personal
template-employee-pulse-q4-option4 = Marketing
template-employee-pulse-q4-option5 = Betrieb
template-employee-pulse-q4-option6 = Vertrieb
template-employee-pulse-q4-option7 = Support
template-employee-pulse-q5 = Was würde Ihre Arbeit am meisten verbessern?
