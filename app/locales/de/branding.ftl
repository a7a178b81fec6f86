# branding
# Logo und Stylesheet eines Abonnenten und die Beispielumfrage, die es
# in der Vorschau zeigt (branding.rs).

branding-title = Markengestaltung · { $tenant }
branding-heading = Markengestaltung
branding-lead = Ihr Logo und Ihre Farben auf Ihren Umfrageseiten und Ihrer Übersicht.

branding-logo-heading = Logo
branding-logo-current = Ihr aktuelles Logo
branding-no-logo = Noch kein Logo.
branding-logo-saved = Das neue Logo ist gespeichert.
branding-logo-field = Logobild
branding-logo-hint = PNG, JPEG, GIF oder WebP, bis 1 MiB und 4096 × 4096 Pixel. Es wird höchstens 512 Pixel breit angezeigt.
branding-logo-replace = Logo ersetzen
branding-logo-upload = Logo hochladen
branding-logo-remove = Logo entfernen
branding-logo-error-empty = Bitte wählen Sie eine Bilddatei aus.
branding-logo-error-too-large = Das Logo ist größer als 1 MiB.
branding-logo-error-not-an-image = Dies ist kein PNG-, JPEG-, GIF- oder WebP-Bild.
branding-logo-error-too-many-pixels = Das Bild ist größer als 4096 × 4096 Pixel oder braucht zum Öffnen zu viel Speicher.
branding-logo-error-damaged = Das Bild ist beschädigt oder unvollständig.
branding-logo-error-busy = Der Server öffnet gerade andere Bilder. Bitte versuchen Sie es gleich noch einmal.
branding-logo-error-other = Das Logo konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.

branding-stylesheet-heading = Stylesheet
branding-stylesheet-intro = Schreiben Sie CSS für die unten aufgeführten Selektoren und Eigenschaften; alles andere wird mit Zeile und Spalte abgelehnt. Bilder, Schriften von anderen Servern und At-Regeln sind nicht erlaubt.
branding-allowed-summary = Erlaubte Selektoren und Eigenschaften
branding-selectors = Selektoren
branding-properties = Eigenschaften
branding-no-problems = Keine Probleme gefunden.
branding-save = Stylesheet speichern
branding-saved = Gespeichert: Ihre Umfrageseiten verwenden es ab sofort.

branding-preview-heading = Vorschau
branding-preview-hint = Eine Beispielumfrage mit dem Stylesheet oben, direkt während Sie tippen (noch vor dem Speichern).
branding-preview-label = Vorschau einer Umfrageseite
branding-sample-title = Beispielumfrage
branding-sample-description = Sagen Sie uns, wie zufrieden Sie waren.
branding-sample-rating = Wie bewerten Sie uns?
branding-sample-poor = Schlecht
branding-sample-excellent = Ausgezeichnet
branding-sample-contact = Wie haben Sie uns kontaktiert?
branding-sample-phone = Telefon
branding-sample-email = E-Mail
