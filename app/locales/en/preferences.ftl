# The language settings (/t/{tenant}/settings/language).
language-settings-title = Language · { $tenant }
language-settings-heading = Language
language-settings-own-heading = Your language
language-settings-own-label = Show the pages to me in
language-settings-own-hint = Only for you. The language switcher at the foot of each page still changes it for this browser.
language-settings-browser = The language my browser asks for
language-settings-own-save = Save my language
language-settings-own-saved = Saved. The next page you open is in this language.
language-settings-tenant-heading = Your organisation’s language
language-settings-tenant-label = Language for everyone else
language-settings-tenant-hint = For people whose browser asks for none of the languages Tailspin speaks, and who have not chosen one: your users’ sign-in page, and respondents without a language of their own.
language-settings-english = English (Tailspin’s default)
language-settings-tenant-save = Save the organisation’s language
language-settings-tenant-saved = Saved.
language-settings-unknown = Choose one of the languages in the list.
