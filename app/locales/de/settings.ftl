# settings

## Users (users.rs)

users-title = Nutzende · { $tenant }
users-heading = Nutzende
users-usage-limited = { $count } von { $max ->
    [one] { $max } Person
   *[other] { $max } Personen
  } im Tarif { $plan }.
users-usage-unlimited = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
  } im Tarif { $plan } (ohne Begrenzung).
users-federated = Ihre Nutzenden melden sich über den Identitätsanbieter Ihrer Organisation an. Sie erscheinen hier nach ihrer ersten Anmeldung; ihre Rolle ergibt sich bei jeder Anmeldung aus Ihren Regeln für die Claim-Zuordnung.
users-social = Dieses Abonnement gehört einer einzigen Social-Login-Identität, die als einzige Zugang hat.
users-column-name = Name
users-column-signs-in-as = Meldet sich an als
users-column-role = Rolle
users-column-last-sign-in = Letzte Anmeldung
users-column-actions = Aktionen
users-password-changed = Das Passwort wurde geändert.
users-invitation-resent = Die Einladung wurde erneut gesendet.
users-role-changed = Die Rolle wurde geändert.
users-removed = Das Benutzerkonto wurde entfernt.
users-you = (Sie)
users-invited-no-password = eingeladen, hat noch kein Passwort gewählt
users-never = nie
users-role-of = Rolle von { $name }
users-change-role = Rolle ändern
users-reset-password-of = Passwort von { $name } zurücksetzen
users-new-password-for = Neues Passwort für { $name }
users-password-hint = Mindestens { $min } Zeichen. Kein häufig verwendetes Passwort.
users-set-password = Passwort festlegen
users-remove = { $name } entfernen
users-remove-warning = { $name } kann sich danach nicht mehr anmelden.
users-remove-confirm = Ja, { $name } entfernen
users-add-heading = Person mit einem ersten Passwort hinzufügen
users-add-lead = Oder legen Sie das erste Passwort selbst fest und teilen Sie es der Person mit.
users-add-full = Die Höchstzahl an Nutzenden Ihres Tarifs ist erreicht; entfernen Sie ein Benutzerkonto, bevor Sie ein weiteres hinzufügen.
users-added = Das Benutzerkonto wurde hinzugefügt. Teilen Sie der Person ihre E-Mail-Adresse und ihr erstes Passwort mit.
users-field-name = Name
users-field-email = E-Mail-Adresse
users-field-role = Rolle
users-first-password = Erstes Passwort
users-add-button = Person hinzufügen
users-resend-label = Einladung erneut an { $name } senden
users-resend = Einladung erneut senden
users-invite-heading = Person einladen
users-invite-lead = Die Person erhält eine E-Mail mit einem Link, über den sie ihr eigenes Passwort festlegt. Der Link ist sieben Tage gültig.
users-invite-full = Die Höchstzahl an Nutzenden Ihres Tarifs ist erreicht; entfernen Sie ein Benutzerkonto, bevor Sie eine weitere Person einladen.
users-invited = Die Einladung wurde gesendet.
users-invite-button = Einladung senden

## API keys (api_keys.rs)

api-keys-title = API-Schlüssel · { $tenant }
api-keys-heading = API-Schlüssel
api-keys-lead = Mit einem Schlüssel können Ihre eigenen Systeme über die API von Tailspin Surveys auf Ihre Umfragen und Antworten zugreifen. Geben Sie jedem System einen eigenen Schlüssel mit genau den Rechten, die es braucht.
api-keys-reference = API-Referenz
api-keys-column-name = Name
api-keys-column-starts-with = Beginnt mit
api-keys-column-may = Darf
api-keys-column-created = Erstellt
api-keys-column-expires = Läuft ab
api-keys-column-last-used = Zuletzt verwendet
api-keys-column-state = Status
api-keys-your-keys = Ihre Schlüssel
api-keys-none = Noch keine Schlüssel.
api-keys-new-heading = Ihr neuer Schlüssel „{ $name }“
api-keys-new-hint = Kopieren Sie ihn jetzt und bewahren Sie ihn im Geheimnisspeicher Ihres Systems auf: Er wird nur dieses eine Mal angezeigt. Falls Sie ihn verlieren, widerrufen Sie ihn und erstellen Sie einen neuen.
api-keys-new-key = Neuer API-Schlüssel
api-keys-never = Nie
api-keys-last-used = { $time } von { $address }
api-keys-active = Aktiv
api-keys-revoke = { $name } widerrufen
api-keys-revoke-warning = Programme, die ihn verwenden, werden ab ihrer nächsten Anfrage abgewiesen. Das kann nicht rückgängig gemacht werden.
api-keys-revoke-confirm = Ja, { $name } widerrufen
api-keys-expired = Abgelaufen
api-keys-revoked = Widerrufen
api-keys-create-heading = Schlüssel erstellen
api-keys-name = Name
api-keys-name-hint = Wofür er verwendet wird, zum Beispiel „CRM-Synchronisierung“.
api-keys-may-legend = Er darf
api-keys-expires = Läuft ab
api-keys-in-days = { $days ->
    [one] In { $days } Tag
   *[other] In { $days } Tagen
  }
api-keys-in-a-year = In einem Jahr
api-keys-create-button = Schlüssel erstellen

## Sign-in settings (sign_in_settings.rs); the provider's fields are
## also on the plan page and on Tailspin administration's sign-in moves.

sign-in-settings-title = Anmeldeeinstellungen · { $tenant }
sign-in-settings-heading = Anmeldeeinstellungen
sign-in-settings-local = Im Tarif { $plan } melden sich Ihre Nutzenden mit Konten an, die Tailspin Surveys verwaltet: mit E-Mail-Adresse und Passwort.
sign-in-settings-manage-users = Nutzende und Passwörter verwalten
sign-in-settings-social = Im Tarif { $plan } gehört dieses Abonnement einer einzigen Social-Login-Identität; nur sie kann sich anmelden.
sign-in-settings-provider-lead = Ihre Nutzenden melden sich über den OpenID-Connect-Anbieter Ihrer Organisation an. Registrieren Sie dort diese Weiterleitungs-URI für Tailspin Surveys:
sign-in-settings-saved = Die Anmeldeeinstellungen wurden gespeichert.
sign-in-settings-save = Anmeldeeinstellungen speichern
sign-in-settings-secret-stored = Ein Client-Geheimnis ist gespeichert. Es wird nie angezeigt. Lassen Sie dieses Feld leer, um es zu behalten (ändern sich Aussteller oder Client-ID, muss es erneut eingegeben werden), oder geben Sie ein neues ein, um es zu ersetzen.
sign-in-settings-secret-new = Das Geheimnis, das Ihr Anbieter für diese Anwendung ausgestellt hat. Es wird verschlüsselt gespeichert und nie wieder angezeigt.
sign-in-settings-issuer = Aussteller-URL
sign-in-settings-client-id = Client-ID
sign-in-settings-client-secret = Client-Geheimnis
sign-in-settings-identifying-claim = Claim, der eine Person identifiziert
sign-in-settings-identifying-claim-hint = Meist sub (Standard) oder email. Nutzende werden anhand des Ausstellers und dieses Claims erkannt.
sign-in-settings-administrator = Administrator/in
sign-in-settings-administrator-hint = Die E-Mail-Adresse oder Kennung der Person, die hier immer Administratorin oder Administrator ist.
sign-in-settings-claim-rules = Regeln für die Claim-Zuordnung
# $syntax and $example are code (`claim type = value => role`); the role
# names stay in English, as the rules are written with them.
sign-in-settings-claim-rules-hint = Eine Regel pro Zeile: { $syntax }, zum Beispiel { $example }.
sign-in-settings-claim-rules-roles = Rollen (genau so zu schreiben): Administrator, Survey Creator. Personen, deren Claims zu keiner Regel passen, können sich nicht anmelden.

## Metadata fields (metadata_settings.rs)

metadata-settings-title = Metadatenfelder · { $tenant }
metadata-settings-heading = Metadatenfelder
metadata-settings-lead = Felder, die jede Umfrage haben kann, zum Beispiel eine Produkt-ID oder eine verantwortliche Person. Sie erscheinen in der Übersicht und werden mit Exporten ausgegeben. Bis zu { $max ->
    [one] { $max } Feld
   *[other] { $max } Felder
  }.
metadata-settings-remove = { $name } entfernen
metadata-settings-add-heading = Feld hinzufügen
metadata-settings-name = Name
metadata-settings-type = Typ
metadata-settings-add-button = Feld hinzufügen

## Export to a database and backup (sql_export.rs)

sql-export-title = Export in eine Datenbank · { $tenant }
sql-export-heading = Export in eine Datenbank
sql-export-lead = Kopiert Ihre Umfragen, Fragen und alle Antworten in Tabellen einer eigenen Datenbank, die Sie mit Ihren eigenen Werkzeugen abfragen können. Sie können den Export jederzeit wiederholen: Nur neue Antworten werden kopiert, und Änderungen an Ihren Umfragen werden übernommen.
sql-export-start-first = Exportdatenbank erstellen und alles kopieren
sql-export-start-again = Neues kopieren
sql-export-contains = Was der Export enthält
# The tables' columns, by their names in the database.
sql-export-table-surveys = id, slug, title, description, status und die zugehörigen Datumsangaben
sql-export-table-questions = id, survey_id, position, kind, text, required, Grenzwerte und Beschriftungen
sql-export-table-answers = response_id, question_id und entweder rating, choice_position und choice_label oder text
sql-export-backup-heading = Sicherung
sql-export-backup-text = Ein Archiv mit allem, was Ihnen gehört: Einstellungen (ohne Passwörter und Geheimnisse), Umfragen, Fragen, Metadaten, Antworten und Markengestaltung. Tailspin kann es in einem neuen Abonnement wiederherstellen.
sql-export-download-backup = Sicherung herunterladen
sql-export-counted = { $done } von { $total ->
    [one] { $total } neuen Antwort kopiert
   *[other] { $total } neuen Antworten kopiert
  }
sql-export-counting = Die zu kopierenden Antworten werden gezählt …
sql-export-progress = Fortschritt der Übertragung
sql-export-database-heading = Ihre Exportdatenbank
sql-export-sqlite = Eine SQLite-Datei, die jedes SQLite-Werkzeug öffnen kann (zum Beispiel { $tool } oder DB Browser for SQLite).
sql-export-download-database = Exportdatenbank herunterladen (SQLite)
sql-export-postgres = Eine PostgreSQL-Datenbank, die nur dieser Benutzer öffnen kann:
sql-export-host = Host
sql-export-port = Port
sql-export-database = Datenbank
sql-export-user = Benutzer
sql-export-password = Passwort
sql-export-show-password = Passwort anzeigen
sql-export-history = Letzte Übertragungen
sql-export-asked-for = Angefordert
sql-export-status = Status
sql-export-copied = Kopierte Antworten
sql-export-result = Ergebnis
sql-export-queued = Wartet auf den Start
sql-export-running = Wird kopiert
sql-export-succeeded = Abgeschlossen
sql-export-failed = Fehlgeschlagen
api-keys-copy-key = Schlüssel kopieren
