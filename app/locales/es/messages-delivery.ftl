# What the services and the domain say: delivery.

## Webhooks: events, endpoints and the test ping (domain/webhooks.rs,
## services/webhooks, api/webhooks.rs)

msg-webhooks-event-response-created = Se ha recibido una respuesta, con todo lo contestado
msg-webhooks-event-survey-published = Se ha publicado una encuesta
msg-webhooks-event-survey-closed = Se ha cerrado una encuesta, manualmente o por su límite de respuestas
msg-webhooks-event-export-finished = Ha terminado una exportación de la base de datos
msg-webhooks-event-ping = Una prueba enviada desde la página del endpoint
msg-webhooks-unknown-event = «{ $code }» no es un evento que un endpoint pueda recibir.
msg-webhooks-no-events = Elija al menos un evento que enviar.
msg-webhooks-description-too-long = La descripción puede tener como máximo { $max } caracteres.
msg-webhooks-description-control = La descripción no puede contener caracteres de control.
msg-webhooks-url-missing = Introduzca la dirección que recibe los eventos.
msg-webhooks-url-too-long = La dirección puede tener como máximo { $max } caracteres.
msg-webhooks-url-not-absolute = Introduzca una dirección completa, que empiece por https://.
msg-webhooks-url-credentials = No incluya nombres de usuario ni contraseñas en la dirección: compruebe nuestra firma en su lugar.
msg-webhooks-url-fragment = Una dirección con una parte # no puede recibir eventos.
msg-webhooks-url-not-https = Los eventos solo se envían por https: la dirección debe empezar por https://.
msg-webhooks-url-private = Esta dirección está dentro de una red privada (loopback, privada o de enlace local), con la que este servicio no se comunica.
msg-webhooks-url-unresolved = No se encontró ningún servidor llamado { $host }.
msg-webhooks-too-many-endpoints = Tiene { $max } endpoints. Elimine primero uno que ya no necesite.
# $status is the receiver's HTTP status, $duration milliseconds.
msg-webhooks-ping-delivered = Entregado: su receptor respondió { $status } en { $duration } ms.
msg-webhooks-ping-refused = No entregado: su receptor respondió { $status } en { $duration } ms. Debe responder con un estado 2xx.
# $error is the HTTP client's own (English) words.
msg-webhooks-ping-failed = No entregado: { $error }

## API keys (domain/api_keys.rs, services/api_keys.rs)

msg-api-keys-scope-surveys-read = Leer encuestas: sus preguntas, páginas y lógica
msg-api-keys-scope-surveys-write = Crear, modificar, publicar y cerrar encuestas
msg-api-keys-scope-responses-read = Leer respuestas y resultados
msg-api-keys-scope-webhooks-write = Gestionar endpoints de webhook
msg-api-keys-unknown-scope = «{ $code }» no es un permiso que pueda tener una clave de API.
msg-api-keys-no-scopes = Elija al menos una cosa que la clave pueda hacer.
msg-api-keys-name-missing = Dé un nombre a la clave, para saber más adelante qué la usa.
msg-api-keys-name-too-long = El nombre de una clave tiene como máximo { $max } caracteres.
msg-api-keys-name-control = El nombre de una clave no puede contener caracteres de control.
msg-api-keys-days-invalid = Elija cuándo caduca la clave: entre 1 y { $max } días, o nunca.
msg-api-keys-scope-not-offered = «{ $code }» aún no está disponible: ninguna solicitud lo usa.
msg-api-keys-too-many = Tiene { $max } claves en uso. Revoque primero una que ya no necesite.

## A survey's invitations (services/survey_invitations.rs,
## api/survey_invitations.rs)

msg-survey-invitations-subject-missing = Introduzca un asunto.
msg-survey-invitations-subject-too-long = El asunto puede tener como máximo { $max } caracteres.
msg-survey-invitations-message-missing = Introduzca un mensaje.
msg-survey-invitations-message-too-long = El mensaje puede tener como máximo { $max } caracteres.
msg-survey-invitations-anonymity-fixed = Ya han respondido contactos con la configuración actual: ahora no se puede cambiar.
msg-survey-invitations-draft = Un borrador no se puede enviar: publique primero la encuesta.
# $at is a date and time.
msg-survey-invitations-opens-later = Esta encuesta se abre el { $at }: envíe las invitaciones a partir de entonces.
msg-survey-invitations-closed = Esta encuesta ya no acepta respuestas, así que sus enlaces no llevarían a ninguna parte.
msg-survey-invitations-nobody-to-invite = Todos los contactos ya han recibido la invitación (o han respondido o se han dado de baja). Añada contactos para invitar a más.
msg-survey-invitations-nobody-to-remind = Nadie necesita un recordatorio: todos los contactos invitados han respondido, se han dado de baja o tienen un mensaje en camino.
# A contact's status.
msg-survey-invitations-status-queued = Enviando
msg-survey-invitations-status-sent = Enviado
msg-survey-invitations-status-failed = Fallido
msg-survey-invitations-status-answered = Respondido
msg-survey-invitations-status-unsubscribed = Dado de baja
msg-survey-invitations-status-not-invited = No invitado
msg-survey-invitations-round-unknown = Elija invitaciones o recordatorios.

## A survey's contacts as a list (domain/contacts.rs). A list's problems
## are shown as: Nothing was added. Line 3: <problem> Line 5: <problem>

msg-contacts-line-problem = Línea { $number }: { $problem }
msg-contacts-contact-problem = Contacto { $number }: { $problem }
# $problems are the first few problems, one after another.
msg-contacts-nothing-added = No se ha añadido nada. { $problems }
msg-contacts-nothing-added-more = No se ha añadido nada. { $problems } { $more ->
        [one] Y { $more } problema más.
       *[other] Y { $more } problemas más.
    }
msg-contacts-quote-not-closed = un valor entre comillas no está cerrado.
msg-contacts-none-in-list = no hay contactos: escriba un correo electrónico por línea.
msg-contacts-none-given = no hay contactos: indique al menos uno.
msg-contacts-attribute-name = el atributo «{ $name }» no tiene un nombre utilizable: use letras, cifras y _ (por ejemplo first_name), y no email ni name.
msg-contacts-too-many = como máximo se pueden añadir { $max } contactos a la vez.
msg-contacts-repeated-line = { $email } ya está en la línea { $first }.
msg-contacts-repeated-contact = { $email } ya figura como contacto { $first }.
msg-contacts-column-name = la columna { $column } no tiene un nombre utilizable: use letras, cifras y _ (por ejemplo first_name).
msg-contacts-column-twice = la columna { $column } aparece dos veces.
msg-contacts-too-many-values = tiene { $values } valores, pero la lista tiene { $columns ->
        [one] { $columns } columna.
       *[other] { $columns } columnas.
    }
msg-contacts-too-many-columns = como máximo { $max } columnas además de email y name.
msg-contacts-not-an-email = «{ $value }» no es una dirección de correo electrónico.
msg-contacts-name-too-long = el nombre tiene más de { $max } caracteres.
msg-contacts-value-too-long = { $column } tiene más de { $max } caracteres.
msg-contacts-email-missing = falta el correo electrónico.
msg-contacts-placeholder-not-closed = Un marcador no está cerrado: escríbalo como { "{{" }name{ "}}" }.
msg-contacts-not-a-placeholder = { "{{" }{ $name }{ "}}" } no es un marcador: use un nombre de columna como { "{{" }name{ "}}" } o { "{{" }first_name{ "}}" }.

## Inviting users (services/invitations.rs)

msg-user-invitations-identity-provider = Los usuarios de esta organización inician sesión con su proveedor de identidad; invítelos allí.
msg-user-invitations-password-chosen = { $name } ya ha elegido una contraseña.

## Sharing and embedding (services/sharing.rs, domain/embed_origins.rs)

msg-sharing-draft-no-address = Publique primero la encuesta: un borrador no tiene dirección pública.
# $refused lists what was typed, separated by commas.
msg-embed-origins-refused = Introduzca cada sitio web solo con su dirección, como https://www.example.com (no una página, y sin *). No se reconoce como dirección: { $refused }.
msg-embed-origins-too-many = Indique como máximo { $max } sitios web (ha indicado { $count }).

## A tenant's style sheet (domain/stylesheet), checked as it is typed.
## CSS words (url(), @import, property names) stay as they are.

msg-stylesheet-at = Línea { $line }, columna { $column }: { $problem }
msg-stylesheet-too-long = Una hoja de estilos tiene como máximo { $max } caracteres.
msg-stylesheet-too-many-rules = Una hoja de estilos tiene como máximo { $max } reglas.
msg-stylesheet-rule-needs-block = Una regla necesita { "{" } … { "}" } después de su selector.
msg-stylesheet-brackets = Entre corchetes solo puede aparecer [type="radio"].
msg-stylesheet-at-rule = No se permiten reglas arroba como @{ $name }.
msg-stylesheet-selector-missing = Falta un selector.
msg-stylesheet-unknown-selector = «{ $selector }» no es uno de los selectores a los que puede dar estilo.
msg-stylesheet-url = No se permite url(): las imágenes y las fuentes solo proceden de Tailspin.
msg-stylesheet-expression = No se permite expression().
# $place: where the refused text stands.
msg-stylesheet-function = No se permite { $name }() en { $place ->
        [selector] un selector
        [property] un nombre de propiedad
       *[value] un valor
    }.
msg-stylesheet-character = No se permite «{ $character }» en { $place ->
        [selector] un selector
        [property] un nombre de propiedad
       *[value] un valor
    }.
msg-stylesheet-colon = No se permite «:» en { $place ->
        [selector] un selector
        [property] un nombre de propiedad
       *[value] un valor
    } (no hay pseudoclases).
msg-stylesheet-hash = No se permite «#{ $name }» en { $place ->
        [selector] un selector
        [property] un nombre de propiedad
       *[value] un valor
    }.
msg-stylesheet-quoted = No se permite texto entre comillas en { $place ->
        [selector] un selector
        [property] un nombre de propiedad
       *[value] un valor
    }.
msg-stylesheet-unexpected = Texto inesperado en { $place ->
        [selector] un selector
        [property] un nombre de propiedad
       *[value] un valor
    }.
msg-stylesheet-nested-blocks = No se permiten bloques anidados.
msg-stylesheet-string-not-closed = Este texto entre comillas no está cerrado.
msg-stylesheet-nested-rules = No se permiten reglas anidadas.
msg-stylesheet-needs-colon = «{ $property }» necesita dos puntos y un valor.
# $problem is a whole sentence.
msg-stylesheet-value-refused = { $property }: { $problem }
msg-stylesheet-value-unreadable = { $property }: no se puede leer el valor.
msg-stylesheet-forbidden-word = { $property }: este valor contiene una palabra que no está permitida.
# $problem is one of the value problems below (not-one-of … border-values).
msg-stylesheet-value-problem = { $property }: { $problem }.
msg-stylesheet-property-runs-code = No se permite «{ $property }»: puede ejecutar código.
msg-stylesheet-property-images = No se permite «{ $property }»: las imágenes y el contenido solo proceden de Tailspin.
msg-stylesheet-unknown-property = «{ $property }» no es una propiedad que pueda definir. Puede definir: { $allowed }.
msg-stylesheet-important = !important no es necesario: sus reglas ya se aplican en último lugar.
msg-stylesheet-function-unreadable = No se puede leer { $name }().
msg-stylesheet-function-numbers-only = { $name }() solo admite números.
msg-stylesheet-escape = No se permiten secuencias de escape (\): escriba los caracteres tal cual.
msg-stylesheet-angle-bracket = No se permite «<» en una hoja de estilos.
msg-stylesheet-comment-characters = No se permiten «<» ni «\», ni siquiera en comentarios.
msg-stylesheet-comment-not-closed = Este comentario nunca se cierra con */.
msg-stylesheet-quote-characters = No se permiten «<» ni «\», ni siquiera entre comillas.
msg-stylesheet-quote-not-closed = Este texto entre comillas no se cierra en su línea.
# $closing and $opening are brackets: ( ) [ ] { }
msg-stylesheet-mismatch = «{ $closing }» no corresponde al «{ $opening }» abierto en la línea { $line }, columna { $column }.
msg-stylesheet-closes-nothing = «{ $closing }» no cierra nada.
msg-stylesheet-control-characters = No se permiten caracteres de control.
msg-stylesheet-never-closed = Este «{ $opening }» nunca se cierra.

## A style sheet's value problems: each follows “property:” (see
## msg-stylesheet-value-problem). $kind says what $token is: a number,
## a percentage, quoted text (no $token) or anything else, quoted.

msg-stylesheet-value-not-allowed = no es una propiedad permitida
msg-stylesheet-value-missing = falta un valor
msg-stylesheet-single-value = espera un único valor
msg-stylesheet-one-to-four-values = admite de uno a cuatro valores
msg-stylesheet-not-one-of = { $kind ->
        [number] el número { $token }
        [percentage] { $token }%
        [text] el texto entre comillas
       *[quoted] «{ $token }»
    } no es ninguno de estos valores: { $allowed }
msg-stylesheet-not-a-length = { $kind ->
        [number] el número { $token }
        [percentage] { $token }%
        [text] el texto entre comillas
       *[quoted] «{ $token }»
    } no es una longitud (por ejemplo 12px, 1.5em o 50%)
msg-stylesheet-unknown-unit = «{ $unit }» no es una unidad que pueda usar aquí ({ $units }, %)
msg-stylesheet-length-out-of-range = esa longitud está fuera del rango permitido
msg-stylesheet-negative = no puede ser negativo
msg-stylesheet-not-a-color = { $kind ->
        [number] el número { $token }
        [percentage] { $token }%
        [text] el texto entre comillas
       *[quoted] «{ $token }»
    } no es un color (por ejemplo #c00000, rgb(200 0 0) o darkred)
msg-stylesheet-opacity = la opacidad debe estar entre 0 y 1 (o entre 0% y 100%)
msg-stylesheet-color-function-values = { $name }() admite tres valores y una opacidad opcional
msg-stylesheet-rgb-channels = los canales de rgb() van de 0 a 255 o de 0% a 100%
msg-stylesheet-hue = el tono es un número de grados
msg-stylesheet-saturation-lightness = la saturación y la luminosidad van de 0% a 100%
msg-stylesheet-not-a-color-function = { $name }() no es una función de color
msg-stylesheet-font-name-missing = falta un nombre de fuente entre dos comas
msg-stylesheet-font-names = los nombres de fuente son palabras o texto entre comillas, separados por comas
msg-stylesheet-font-name-characters = los nombres de fuente solo pueden contener letras, cifras, espacios y guiones (hasta 64)
msg-stylesheet-font-weight = admite normal, bold, bolder, lighter o un número del 1 al 1000
msg-stylesheet-given-twice = «{ $value }» aparece dos veces
msg-stylesheet-not-a-decoration = { $kind ->
        [number] el número { $token }
        [percentage] { $token }%
        [text] el texto entre comillas
       *[quoted] «{ $token }»
    } no es una línea ({ $lines }), un estilo ni un color
msg-stylesheet-border-values = admite un ancho, un estilo y un color
msg-stylesheet-not-a-border-part = { $kind ->
        [number] el número { $token }
        [percentage] { $token }%
        [text] el texto entre comillas
       *[quoted] «{ $token }»
    } no es un ancho, un estilo ({ $styles }) ni un color, o aparece dos veces
export-up-to-date = Al día: { $surveys ->
    [one] 1 encuesta copiada
   *[other] { $surveys } encuestas copiadas
}, sin respuestas nuevas.
export-copied = Copiado: { $surveys ->
    [one] 1 encuesta
   *[other] { $surveys } encuestas
} y { $responses ->
    [one] 1 respuesta nueva
   *[other] { $responses } respuestas nuevas
}.
export-failed = La transferencia falló; no se perdió nada de lo ya copiado. Inténtelo de nuevo y avísenos si sigue fallando.
job-given-up = Detenido tras interrupciones repetidas; vuelva a pedirlo.
msg-xlsx-too-many = Esta encuesta tiene más respuestas de las que caben en una hoja de cálculo; descargue el CSV en su lugar.
