survey-loading = Cargando la encuesta…
survey-submit = Enviar respuestas
survey-sending = Enviando…
survey-checking = Comprobando este navegador…
survey-preview-banner = Vista previa: así ven la encuesta los participantes. Desde aquí no se pueden enviar respuestas.
survey-already-sent = Ya envió respuestas a esta encuesta desde este navegador. Si vuelve a enviar el formulario, se registrará otra respuesta.
survey-personal-link-anonymous = Este es su enlace personal: funciona una sola vez. Sus respuestas son anónimas: la organización ve que respondió, pero no qué respondió.
survey-personal-link-named = Este es su enlace personal: funciona una sola vez. Sus respuestas se guardarán con su nombre y su correo electrónico.
survey-needs-script = Responder esta encuesta requiere JavaScript: antes de enviar sus respuestas, su navegador resuelve un pequeño acertijo que mantiene alejado el spam automatizado.
survey-honeypot = Sitio web (déjelo vacío)
survey-finishing-check = Su navegador está terminando su comprobación contra el spam automatizado; sus respuestas se enviarán en un momento.
survey-failure = { $error } Sus respuestas siguen aquí.
survey-errors-heading = Algunas respuestas necesitan su atención
survey-error-item = Pregunta { $number }: { $message }
survey-page-progress = Página { $at } de { $of }
survey-next = Siguiente
survey-back = Atrás

thanks-title = Gracias
thanks-heading = ¡Gracias!
thanks-recorded = Sus respuestas se han registrado.
thanks-other-surveys = Ver otras encuestas de esta organización

surveys-heading = Encuestas de { $tenant }
surveys-loading = Cargando encuestas…
surveys-none = No hay encuestas abiertas en este momento. Vuelva más tarde.
surveys-open-until = Abierta hasta el { $date }

choice-other = Otro (especifique)
choice-other-answer = Su otra respuesta
choice-if-other = Si es otro, especifique
choice-choose = Elija…
choose-exactly = Elija { $count ->
    [one] { $count } opción
   *[other] { $count } opciones
  }.
choose-between = Elija de { $min } a { $max } opciones.
choose-at-least = Elija al menos { $min ->
    [one] { $min } opción
   *[other] { $min } opciones
  }.
choose-up-to = Elija hasta { $max ->
    [one] { $max } opción
   *[other] { $max } opciones
  }.

stars = { $count ->
    [one] 1 estrella
   *[other] { $count } estrellas
  }
nps-low = Nada probable
nps-high = Extremadamente probable
scale-end = { $point } = { $label }

ranking-moved = { $label } pasó al puesto { $place } de { $count }.
ranking-order-kept = El orden mostrado es su clasificación.
ranking-use-order = Usar este orden
ranking-hint-script = Ponga las opciones en su orden, 1 para la primera; o dé un puesto a cada una.
ranking-hint = Dé a cada opción un puesto distinto, 1 para la primera.
ranking-place-of = Puesto de
ranking-move-up = Subir { $label }
ranking-move-down = Bajar { $label }

text-up-to = Hasta { $limit } caracteres.
characters-left = { $count ->
    [one] Queda { $count } carácter
   *[other] Quedan { $count } caracteres
  }
characters-too-many = { $count ->
    [one] { $count } carácter de más
   *[other] { $count } caracteres de más
  }
hint-email = Una dirección de correo electrónico, como nombre@example.com.
hint-url = Una dirección web, como https://example.com.
hint-phone = Un número de teléfono, como +34 912 345 678.
hint-digits = Solo dígitos.
hint-letters-and-digits = Solo letras y dígitos.
hint-example-and-limit = { $example } { $limit }
number-hint-between = De { $min } a { $max }{ $unit }
number-hint-at-least = Al menos { $min }{ $unit }
number-hint-at-most = Como máximo { $max }{ $unit }
number-hint-bounds = { $bounds }.
number-hint-step = En pasos de { $step }.
number-hint-bounds-step = { $bounds }, en pasos de { $step }.
date-hint-between = Del { $earliest } al { $latest }.
date-hint-after = El { $earliest } o después.
date-hint-before = El { $latest } o antes.

answer-missing = Responda esta pregunta.
answer-control-characters-multiline = Su respuesta contiene caracteres de control invisibles; vuelva a escribirla (los saltos de línea y las tabulaciones están bien).
answer-control-characters = Su respuesta contiene caracteres de control invisibles; vuelva a escribirla.
answer-one-line = Escriba su respuesta en una sola línea.
answer-too-long = Acorte su respuesta a { $limit } caracteres como máximo (tiene { $length }).
answer-not-text = Su respuesta contiene caracteres que no son texto válido.
answer-stars = Elija de 1 a 5 estrellas.
answer-scale = Elija un número del 1 al { $points }.
answer-nps = Elija un número del 0 al 10.
format-email = Introduzca una dirección de correo electrónico, como nombre@example.com.
format-url = Introduzca una dirección web que empiece por https:// o http://.
format-phone = Introduzca un número de teléfono (solo dígitos, espacios, + - ( )).
format-digits = Use solo dígitos.
format-letters-and-digits = Use solo letras y dígitos.
number-between = Introduzca un número de { $min } a { $max }{ $unit }.
number-at-least = Introduzca un número de al menos { $min }{ $unit }.
number-at-most = Introduzca un número de { $max }{ $unit } como máximo.
number-any = Introduzca un número de -{ $limit } a { $limit }.
number-unreadable = Introduzca un número, como 12 o 3,5.
number-decimal-places = Introduzca un número con { $places } decimales como máximo.
number-step = Introduzca un número en pasos de { $step }{ $from ->
    [start] {" "}desde { $start }
   *[zero] {""}
  }{ $nearest ->
    [two] : los más cercanos son { $low } y { $high }{ $unit }
    [one] : el más cercano es { $low }{ $unit }
   *[none] {""}
  }.
date-unreadable = Introduzca una fecha como año-mes-día, por ejemplo 2026-03-31.
date-between = Elija una fecha del { $earliest } al { $latest }.
date-on-or-after = Elija una fecha igual o posterior al { $earliest }.
date-on-or-before = Elija una fecha igual o anterior al { $latest }.
other-missing = Indique qué es «Otro».
other-control-characters = Su respuesta en «Otro» contiene saltos de línea o caracteres de control invisibles; vuelva a escribirla.
other-too-long = Acorte su respuesta en «Otro» a { $limit } caracteres como máximo (tiene { $length }).
choice-unknown = Elija una de las opciones.
choices-repeated = Cada opción solo se puede marcar una vez.
choices-unknown = Elija solo entre las opciones.
choices-exactly = Marque exactamente { $count ->
    [one] { $count } opción
   *[other] { $count } opciones
  }.
choices-between = Marque de { $min } a { $max } opciones.
choices-at-least = Marque al menos { $min ->
    [one] { $min } opción
   *[other] { $min } opciones
  }.
choices-at-most = Marque como máximo { $max ->
    [one] { $max } opción
   *[other] { $max } opciones
  }.
matrix-unknown = Elija una de las columnas en cada fila.
matrix-rows-left = Responda todas las filas: { $left ->
    [one] queda 1 fila
   *[other] quedan { $left } filas
  }.
ranking-refused = Dé a cada opción un puesto distinto del 1 al { $options }.
form-answer-twice = La respuesta a la pregunta { $number } se envió dos veces.
form-unknown-field = El formulario contiene un campo desconocido «{ $name }».
form-field-not-text = El formulario contiene un campo que no es texto válido.
form-out-of-date = Este formulario está desactualizado. Vuelva a cargar la página y responda de nuevo.
form-too-soon = Este formulario se envió a los pocos instantes de abrirlo, como hace el spam automatizado. Si lo completó usted, revise sus respuestas y vuelva a enviarlo.
puzzle-needs-script = Esta encuesta pide a su navegador que resuelva un pequeño acertijo que mantiene alejado el spam automatizado, y para ello necesita JavaScript. Active JavaScript, vuelva a cargar la página y envíe sus respuestas de nuevo.
puzzle-not-solved = La comprobación de su navegador contra el spam automatizado no se superó. Vuelva a enviar el formulario; si se repite, vuelva a cargar la página.
page-more-questions = Sus respuestas han hecho aparecer más preguntas en esta página. Respóndalas si corresponden y luego continúe.
question-required = (obligatoria)
