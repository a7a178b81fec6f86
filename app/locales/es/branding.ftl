# branding
# El logotipo y la hoja de estilos de un suscriptor, y la encuesta de
# ejemplo que la previsualiza (branding.rs).

branding-title = Imagen de marca · { $tenant }
branding-heading = Imagen de marca
branding-lead = Su logotipo y sus colores en las páginas de sus encuestas y en su panel.

branding-logo-heading = Logotipo
branding-logo-current = Su logotipo actual
branding-no-logo = Todavía no hay logotipo.
branding-logo-saved = El nuevo logotipo se ha guardado.
branding-logo-field = Imagen del logotipo
branding-logo-hint = PNG, JPEG, GIF o WebP, de hasta 1 MiB y 4096 × 4096 píxeles. Se muestra con un ancho máximo de 512 píxeles.
branding-logo-replace = Sustituir el logotipo
branding-logo-upload = Subir el logotipo
branding-logo-remove = Quitar el logotipo
branding-logo-error-empty = Elija un archivo de imagen.
branding-logo-error-too-large = El logotipo ocupa más de 1 MiB.
branding-logo-error-not-an-image = No es una imagen PNG, JPEG, GIF ni WebP.
branding-logo-error-too-many-pixels = La imagen supera los 4096 × 4096 píxeles o necesita demasiada memoria para abrirse.
branding-logo-error-damaged = La imagen está dañada o incompleta.
branding-logo-error-busy = El servidor está ocupado abriendo otras imágenes. Vuelva a intentarlo en un momento.
branding-logo-error-other = No se ha podido guardar el logotipo. Vuelva a intentarlo.

branding-stylesheet-heading = Hoja de estilos
branding-stylesheet-intro = Escriba CSS para los selectores y las propiedades que se indican abajo; cualquier otra cosa se rechaza indicando su línea y columna. No se permiten imágenes, fuentes de otros sitios ni reglas arroba (at-rules).
branding-allowed-summary = Selectores y propiedades que puede usar
branding-selectors = Selectores
branding-properties = Propiedades
branding-no-problems = No se han encontrado problemas.
branding-save = Guardar la hoja de estilos
branding-saved = Guardada: las páginas de sus encuestas ya la usan.

branding-preview-heading = Vista previa
branding-preview-hint = Una encuesta de ejemplo con la hoja de estilos de arriba, mientras escribe (antes de guardarla).
branding-preview-label = Vista previa de una página de encuesta
branding-sample-title = Encuesta de ejemplo
branding-sample-description = Cuéntenos qué tal lo hemos hecho.
branding-sample-rating = ¿Cómo nos valora?
branding-sample-poor = Deficiente
branding-sample-excellent = Excelente
branding-sample-contact = ¿Cómo se puso en contacto con nosotros?
branding-sample-phone = Teléfono
branding-sample-email = Correo electrónico
