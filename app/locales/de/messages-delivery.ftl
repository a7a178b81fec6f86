# What the services and the domain say: delivery.

## Webhooks: events, endpoints and the test ping (domain/webhooks.rs,
## services/webhooks, api/webhooks.rs)

msg-webhooks-event-response-created = Eine Antwort ist eingegangen, mit allen Angaben
msg-webhooks-event-survey-published = Eine Umfrage wurde veröffentlicht
msg-webhooks-event-survey-closed = Eine Umfrage wurde geschlossen, von Hand oder durch ihr Antwortlimit
msg-webhooks-event-export-finished = Ein Datenbankexport wurde abgeschlossen
msg-webhooks-event-ping = Ein Test, gesendet von der Seite des Endpunkts
msg-webhooks-unknown-event = „{ $code }“ ist kein Ereignis, das ein Endpunkt empfangen kann.
msg-webhooks-no-events = Wählen Sie mindestens ein Ereignis aus, das gesendet werden soll.
msg-webhooks-description-too-long = Die Beschreibung darf höchstens { $max } Zeichen lang sein.
msg-webhooks-description-control = Die Beschreibung darf keine Steuerzeichen enthalten.
msg-webhooks-url-missing = Geben Sie die Adresse ein, die die Ereignisse empfängt.
msg-webhooks-url-too-long = Die Adresse darf höchstens { $max } Zeichen lang sein.
msg-webhooks-url-not-absolute = Geben Sie eine vollständige Adresse ein, die mit https:// beginnt.
msg-webhooks-url-credentials = Lassen Sie Benutzernamen und Passwörter aus der Adresse weg: Prüfen Sie stattdessen unsere Signatur.
msg-webhooks-url-fragment = Eine Adresse mit einem #-Teil kann keine Ereignisse empfangen.
msg-webhooks-url-not-https = Ereignisse werden nur über https gesendet: Die Adresse muss mit https:// beginnen.
msg-webhooks-url-private = Diese Adresse liegt in einem privaten Netzwerk (Loopback, privat oder link-lokal), das dieser Dienst nicht kontaktiert.
msg-webhooks-url-unresolved = Es wurde kein Server namens { $host } gefunden.
msg-webhooks-too-many-endpoints = Sie haben { $max } Endpunkte. Löschen Sie zuerst einen, den Sie nicht mehr brauchen.
# $status is the receiver's HTTP status, $duration milliseconds.
msg-webhooks-ping-delivered = Zugestellt: Ihr Empfänger hat in { $duration } ms mit { $status } geantwortet.
msg-webhooks-ping-refused = Nicht zugestellt: Ihr Empfänger hat in { $duration } ms mit { $status } geantwortet. Er muss mit einem 2xx-Status antworten.
# $error is the HTTP client's own (English) words.
msg-webhooks-ping-failed = Nicht zugestellt: { $error }

## API keys (domain/api_keys.rs, services/api_keys.rs)

msg-api-keys-scope-surveys-read = Umfragen lesen: ihre Fragen, Seiten und Logik
msg-api-keys-scope-surveys-write = Umfragen erstellen, ändern, veröffentlichen und schließen
msg-api-keys-scope-responses-read = Antworten und Ergebnisse lesen
msg-api-keys-scope-webhooks-write = Webhook-Endpunkte verwalten
msg-api-keys-unknown-scope = „{ $code }“ ist keine Berechtigung, die ein API-Schlüssel haben kann.
msg-api-keys-no-scopes = Wählen Sie mindestens eine Sache aus, die der Schlüssel tun darf.
msg-api-keys-name-missing = Geben Sie dem Schlüssel einen Namen, damit Sie später wissen, wofür er verwendet wird.
msg-api-keys-name-too-long = Der Name eines Schlüssels hat höchstens { $max } Zeichen.
msg-api-keys-name-control = Der Name eines Schlüssels darf keine Steuerzeichen enthalten.
msg-api-keys-days-invalid = Wählen Sie, wann der Schlüssel abläuft: nach 1 bis { $max } Tagen oder nie.
msg-api-keys-scope-not-offered = „{ $code }“ ist noch nicht verfügbar: Keine Anfrage verwendet diese Berechtigung.
msg-api-keys-too-many = Sie haben { $max } Schlüssel in Gebrauch. Widerrufen Sie zuerst einen, den Sie nicht mehr brauchen.

## A survey's invitations (services/survey_invitations.rs,
## api/survey_invitations.rs)

msg-survey-invitations-subject-missing = Geben Sie einen Betreff ein.
msg-survey-invitations-subject-too-long = Der Betreff darf höchstens { $max } Zeichen lang sein.
msg-survey-invitations-message-missing = Geben Sie eine Nachricht ein.
msg-survey-invitations-message-too-long = Die Nachricht darf höchstens { $max } Zeichen lang sein.
msg-survey-invitations-anonymity-fixed = Kontakte haben bereits unter der aktuellen Einstellung geantwortet: Sie kann jetzt nicht mehr geändert werden.
msg-survey-invitations-draft = Ein Entwurf kann nicht versendet werden: Veröffentlichen Sie zuerst die Umfrage.
# $at is a date and time.
msg-survey-invitations-opens-later = Diese Umfrage öffnet am { $at }: Senden Sie die Einladungen ab diesem Zeitpunkt.
msg-survey-invitations-closed = Diese Umfrage nimmt keine Antworten mehr an, ihre Links würden also ins Leere führen.
msg-survey-invitations-nobody-to-invite = Alle Kontakte wurden bereits eingeladen (oder haben geantwortet oder sich abgemeldet). Fügen Sie Kontakte hinzu, um weitere einzuladen.
msg-survey-invitations-nobody-to-remind = Niemand braucht eine Erinnerung: Alle eingeladenen Kontakte haben geantwortet, sich abgemeldet oder eine Nachricht ist bereits unterwegs.
# A contact's status.
msg-survey-invitations-status-queued = Wird gesendet
msg-survey-invitations-status-sent = Gesendet
msg-survey-invitations-status-failed = Fehlgeschlagen
msg-survey-invitations-status-answered = Beantwortet
msg-survey-invitations-status-unsubscribed = Abgemeldet
msg-survey-invitations-status-not-invited = Nicht eingeladen
msg-survey-invitations-round-unknown = Wählen Sie Einladungen oder Erinnerungen.

## A survey's contacts as a list (domain/contacts.rs). A list's problems
## are shown as: Nothing was added. Line 3: <problem> Line 5: <problem>

msg-contacts-line-problem = Zeile { $number }: { $problem }
msg-contacts-contact-problem = Kontakt { $number }: { $problem }
# $problems are the first few problems, one after another.
msg-contacts-nothing-added = Es wurde nichts hinzugefügt. { $problems }
msg-contacts-nothing-added-more = Es wurde nichts hinzugefügt. { $problems } { $more ->
        [one] Dazu { $more } weiteres Problem.
       *[other] Dazu { $more } weitere Probleme.
    }
msg-contacts-quote-not-closed = Ein Wert in Anführungszeichen wird nicht geschlossen.
msg-contacts-none-in-list = Es sind keine Kontakte angegeben: eine E-Mail-Adresse pro Zeile.
msg-contacts-none-given = Es sind keine Kontakte angegeben: Geben Sie mindestens einen an.
msg-contacts-attribute-name = Das Attribut „{ $name }“ hat keinen verwendbaren Namen: Verwenden Sie Buchstaben, Ziffern und _ (zum Beispiel first_name), aber nicht email oder name.
msg-contacts-too-many = Es können höchstens { $max } Kontakte auf einmal hinzugefügt werden.
msg-contacts-repeated-line = { $email } steht bereits in Zeile { $first }.
msg-contacts-repeated-contact = { $email } ist bereits als Kontakt { $first } angegeben.
msg-contacts-column-name = Spalte { $column } hat keinen verwendbaren Namen: Verwenden Sie Buchstaben, Ziffern und _ (zum Beispiel first_name).
msg-contacts-column-twice = Die Spalte { $column } kommt zweimal vor.
msg-contacts-too-many-columns = Neben email und name sind höchstens { $max } Spalten möglich.
msg-contacts-too-many-values = Die Zeile hat { $values } Werte, die Liste aber { $columns ->
        [one] nur { $columns } Spalte.
       *[other] nur { $columns } Spalten.
    }
msg-contacts-not-an-email = „{ $value }“ ist keine E-Mail-Adresse.
msg-contacts-name-too-long = Der Name ist länger als { $max } Zeichen.
msg-contacts-value-too-long = { $column } ist länger als { $max } Zeichen.
msg-contacts-email-missing = Die E-Mail-Adresse fehlt.
msg-contacts-placeholder-not-closed = Ein Platzhalter ist nicht geschlossen: Schreiben Sie ihn als { "{{" }name{ "}}" }.
msg-contacts-not-a-placeholder = { "{{" }{ $name }{ "}}" } ist kein Platzhalter: Verwenden Sie einen Spaltennamen wie { "{{" }name{ "}}" } oder { "{{" }first_name{ "}}" }.

## Inviting users (services/invitations.rs)

msg-user-invitations-identity-provider = Die Nutzenden dieser Organisation melden sich über ihren Identitätsanbieter an; laden Sie sie dort ein.
msg-user-invitations-password-chosen = { $name } hat bereits ein Passwort gewählt.

## Sharing and embedding (services/sharing.rs, domain/embed_origins.rs)

msg-sharing-draft-no-address = Veröffentlichen Sie zuerst die Umfrage: Ein Entwurf hat keine öffentliche Adresse.
# $refused lists what was typed, separated by commas.
msg-embed-origins-refused = Geben Sie jede Website nur mit ihrer Adresse an, etwa https://www.example.com (keine einzelne Seite und kein *). Nicht als Adresse erkannt: { $refused }.
msg-embed-origins-too-many = Geben Sie höchstens { $max } Websites an ({ $count } angegeben).

## A tenant's style sheet (domain/stylesheet), checked as it is typed.
## CSS words (url(), @import, property names) stay as they are.

msg-stylesheet-at = Zeile { $line }, Spalte { $column }: { $problem }
msg-stylesheet-too-long = Ein Stylesheet hat höchstens { $max } Zeichen.
msg-stylesheet-too-many-rules = Ein Stylesheet hat höchstens { $max } Regeln.
msg-stylesheet-rule-needs-block = Eine Regel braucht { "{" } … { "}" } nach ihrem Selektor.
msg-stylesheet-brackets = In eckigen Klammern ist nur [type="radio"] erlaubt.
msg-stylesheet-at-rule = At-Regeln wie @{ $name } sind nicht erlaubt.
msg-stylesheet-selector-missing = Ein Selektor fehlt.
msg-stylesheet-unknown-selector = „{ $selector }“ ist keiner der Selektoren, die Sie gestalten können.
msg-stylesheet-url = url() ist nicht erlaubt: Bilder und Schriften kommen nur von Tailspin.
msg-stylesheet-expression = expression() ist nicht erlaubt.
# $place: where the refused text stands.
msg-stylesheet-function = { $name }() ist { $place ->
        [selector] in einem Selektor
        [property] in einem Eigenschaftsnamen
       *[value] in einem Wert
    } nicht erlaubt.
msg-stylesheet-character = „{ $character }“ ist { $place ->
        [selector] in einem Selektor
        [property] in einem Eigenschaftsnamen
       *[value] in einem Wert
    } nicht erlaubt.
msg-stylesheet-colon = „:“ ist { $place ->
        [selector] in einem Selektor
        [property] in einem Eigenschaftsnamen
       *[value] in einem Wert
    } nicht erlaubt (keine Pseudoklassen).
msg-stylesheet-hash = „#{ $name }“ ist { $place ->
        [selector] in einem Selektor
        [property] in einem Eigenschaftsnamen
       *[value] in einem Wert
    } nicht erlaubt.
msg-stylesheet-quoted = Text in Anführungszeichen ist { $place ->
        [selector] in einem Selektor
        [property] in einem Eigenschaftsnamen
       *[value] in einem Wert
    } nicht erlaubt.
msg-stylesheet-unexpected = Unerwarteter Text { $place ->
        [selector] in einem Selektor
        [property] in einem Eigenschaftsnamen
       *[value] in einem Wert
    }.
msg-stylesheet-nested-blocks = Verschachtelte Blöcke sind nicht erlaubt.
msg-stylesheet-string-not-closed = Dieser Text in Anführungszeichen wird nicht geschlossen.
msg-stylesheet-nested-rules = Verschachtelte Regeln sind nicht erlaubt.
msg-stylesheet-needs-colon = „{ $property }“ braucht einen Doppelpunkt und einen Wert.
# $problem is a whole sentence.
msg-stylesheet-value-refused = { $property }: { $problem }
msg-stylesheet-value-unreadable = { $property }: Der Wert kann nicht gelesen werden.
msg-stylesheet-forbidden-word = { $property }: Dieser Wert enthält ein Wort, das nicht erlaubt ist.
# $problem is one of the value problems below (not-one-of … border-values).
msg-stylesheet-value-problem = { $property }: { $problem }.
msg-stylesheet-property-runs-code = „{ $property }“ ist nicht erlaubt: Damit lässt sich Code ausführen.
msg-stylesheet-property-images = „{ $property }“ ist nicht erlaubt: Bilder und Inhalte kommen nur von Tailspin.
msg-stylesheet-unknown-property = „{ $property }“ ist keine Eigenschaft, die Sie setzen können. Sie können setzen: { $allowed }.
msg-stylesheet-important = !important ist nicht nötig: Ihre Regeln kommen ohnehin zuletzt.
msg-stylesheet-function-unreadable = { $name }() kann nicht gelesen werden.
msg-stylesheet-function-numbers-only = { $name }() nimmt nur Zahlen an.
msg-stylesheet-escape = Escape-Sequenzen (\) sind nicht erlaubt: Schreiben Sie die Zeichen selbst.
msg-stylesheet-angle-bracket = „<“ ist in einem Stylesheet nicht erlaubt.
msg-stylesheet-comment-characters = „<“ und „\“ sind nicht erlaubt, auch nicht in Kommentaren.
msg-stylesheet-comment-not-closed = Dieser Kommentar wird nie mit */ geschlossen.
msg-stylesheet-quote-characters = „<“ und „\“ sind nicht erlaubt, auch nicht in Anführungszeichen.
msg-stylesheet-quote-not-closed = Dieser Text in Anführungszeichen wird in seiner Zeile nicht geschlossen.
# $closing and $opening are brackets: ( ) [ ] { }
msg-stylesheet-mismatch = „{ $closing }“ passt nicht zu „{ $opening }“, geöffnet in Zeile { $line }, Spalte { $column }.
msg-stylesheet-closes-nothing = „{ $closing }“ schließt nichts.
msg-stylesheet-control-characters = Steuerzeichen sind nicht erlaubt.
msg-stylesheet-never-closed = Dieses „{ $opening }“ wird nie geschlossen.

## A style sheet's value problems: each follows “property:” (see
## msg-stylesheet-value-problem). $kind says what $token is: a number,
## a percentage, quoted text (no $token) or anything else, quoted.

msg-stylesheet-value-not-allowed = keine erlaubte Eigenschaft
msg-stylesheet-value-missing = ein Wert fehlt
msg-stylesheet-single-value = erwartet einen einzelnen Wert
msg-stylesheet-one-to-four-values = nimmt einen bis vier Werte an
msg-stylesheet-not-one-of = { $kind ->
        [number] die Zahl { $token }
        [percentage] { $token }%
        [text] Text in Anführungszeichen
       *[quoted] „{ $token }“
    } ist keiner der Werte { $allowed }
msg-stylesheet-not-a-length = { $kind ->
        [number] die Zahl { $token }
        [percentage] { $token }%
        [text] Text in Anführungszeichen
       *[quoted] „{ $token }“
    } ist keine Länge (zum Beispiel 12px, 1.5em oder 50%)
msg-stylesheet-unknown-unit = „{ $unit }“ ist hier keine zulässige Einheit ({ $units }, %)
msg-stylesheet-length-out-of-range = diese Länge liegt außerhalb des zulässigen Bereichs
msg-stylesheet-negative = darf nicht negativ sein
msg-stylesheet-not-a-color = { $kind ->
        [number] die Zahl { $token }
        [percentage] { $token }%
        [text] Text in Anführungszeichen
       *[quoted] „{ $token }“
    } ist keine Farbe (zum Beispiel #c00000, rgb(200 0 0) oder darkred)
msg-stylesheet-opacity = die Deckkraft muss zwischen 0 und 1 (oder 0% und 100%) liegen
msg-stylesheet-color-function-values = { $name }() nimmt drei Werte und optional eine Deckkraft an
msg-stylesheet-rgb-channels = die Kanäle von rgb() liegen zwischen 0 und 255 oder 0% und 100%
msg-stylesheet-hue = der Farbton ist eine Gradzahl
msg-stylesheet-saturation-lightness = Sättigung und Helligkeit liegen zwischen 0% und 100%
msg-stylesheet-not-a-color-function = { $name }() ist keine Farbfunktion
msg-stylesheet-font-name-missing = zwischen zwei Kommas fehlt ein Schriftname
msg-stylesheet-font-names = Schriftnamen sind Wörter oder Text in Anführungszeichen, durch Kommas getrennt
msg-stylesheet-font-name-characters = Schriftnamen dürfen nur Buchstaben, Ziffern, Leerzeichen und Bindestriche enthalten (bis zu 64)
msg-stylesheet-font-weight = erlaubt sind normal, bold, bolder, lighter oder eine Zahl von 1 bis 1000
msg-stylesheet-given-twice = „{ $value }“ ist doppelt angegeben
msg-stylesheet-not-a-decoration = { $kind ->
        [number] die Zahl { $token }
        [percentage] { $token }%
        [text] Text in Anführungszeichen
       *[quoted] „{ $token }“
    } ist weder eine Linie ({ $lines }) noch ein Stil oder eine Farbe
msg-stylesheet-border-values = nimmt eine Breite, einen Stil und eine Farbe an
msg-stylesheet-not-a-border-part = { $kind ->
        [number] die Zahl { $token }
        [percentage] { $token }%
        [text] Text in Anführungszeichen
       *[quoted] „{ $token }“
    } ist weder eine Breite noch ein Stil ({ $styles }) noch eine Farbe, oder ist doppelt angegeben
export-up-to-date = Aktuell: { $surveys ->
    [one] 1 Umfrage
   *[other] { $surveys } Umfragen
} kopiert, keine neuen Antworten.
export-copied = { $surveys ->
    [one] 1 Umfrage
   *[other] { $surveys } Umfragen
} und { $responses ->
    [one] 1 neue Antwort
   *[other] { $responses } neue Antworten
} kopiert.
export-failed = Die Übertragung ist fehlgeschlagen; nichts bereits Kopiertes ging verloren. Bitte versuchen Sie es erneut und sagen Sie uns Bescheid, wenn es weiter fehlschlägt.
job-given-up = Nach wiederholten Unterbrechungen abgebrochen; bitte fordern Sie es erneut an.
msg-xlsx-too-many = Diese Umfrage hat mehr Antworten, als eine Tabelle fassen kann; laden Sie stattdessen die CSV-Datei herunter.
