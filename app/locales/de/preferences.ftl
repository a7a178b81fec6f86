# Die Spracheinstellungen (/t/{tenant}/settings/language).
language-settings-title = Sprache · { $tenant }
language-settings-heading = Sprache
language-settings-own-heading = Ihre Sprache
language-settings-own-label = Seiten für mich anzeigen auf
language-settings-own-hint = Nur für Sie. Die Sprachauswahl am Fuß jeder Seite ändert sie weiterhin für diesen Browser.
language-settings-browser = In der Sprache, die mein Browser wünscht
language-settings-own-save = Meine Sprache speichern
language-settings-own-saved = Gespeichert. Die nächste Seite, die Sie öffnen, erscheint in dieser Sprache.
language-settings-tenant-heading = Sprache Ihrer Organisation
language-settings-tenant-label = Sprache für alle anderen
language-settings-tenant-hint = Für alle, deren Browser keine der Sprachen von Tailspin wünscht und die keine gewählt haben: die Anmeldeseite Ihrer Nutzenden und Teilnehmende ohne eigene Sprache.
language-settings-english = Englisch (Standard von Tailspin)
language-settings-tenant-save = Sprache der Organisation speichern
language-settings-tenant-saved = Gespeichert.
language-settings-unknown = Wählen Sie eine der Sprachen aus der Liste.
