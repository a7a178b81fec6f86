# La configuración de idioma (/t/{tenant}/settings/language).
language-settings-title = Idioma · { $tenant }
language-settings-heading = Idioma
language-settings-own-heading = Su idioma
language-settings-own-label = Mostrarme las páginas en
language-settings-own-hint = Solo para usted. El selector de idioma al pie de cada página sigue cambiándolo para este navegador.
language-settings-browser = El idioma que pide mi navegador
language-settings-own-save = Guardar mi idioma
language-settings-own-saved = Guardado. La próxima página que abra estará en este idioma.
language-settings-tenant-heading = Idioma de su organización
language-settings-tenant-label = Idioma para los demás
language-settings-tenant-hint = Para quienes no piden en su navegador ninguno de los idiomas de Tailspin y no han elegido uno: la página de inicio de sesión de sus usuarios y los participantes sin idioma propio.
language-settings-english = Inglés (predeterminado de Tailspin)
language-settings-tenant-save = Guardar el idioma de la organización
language-settings-tenant-saved = Guardado.
language-settings-unknown = Elija uno de los idiomas de la lista.
