# What the services and the domain say: design.

## Survey details and questions (domain/design.rs, domain/design/question.rs)

msg-design-title-length = Dé a la encuesta un título de 1 a { $max } caracteres.
msg-design-description-length = La descripción puede tener como máximo { $max } caracteres.
msg-design-label-too-long = Una etiqueta puede tener como máximo { $max } caracteres.
msg-design-options-count = Escriba de { $min } a { $max } opciones, una por línea.
msg-design-statements-count = Escriba de { $min } a { $max } afirmaciones, una por línea.
msg-design-scale-points-count = Escriba de { $min } a { $max } valores de la escala, uno por línea.
msg-design-option-twice = La opción «{ $line }» aparece dos veces.
msg-design-statement-twice = La afirmación «{ $line }» aparece dos veces.
msg-design-scale-point-twice = El valor de la escala «{ $line }» aparece dos veces.
msg-design-option-too-long = Cada opción puede tener como máximo { $max } caracteres («{ $start }…» es más larga).
msg-design-statement-too-long = Cada afirmación puede tener como máximo { $max } caracteres («{ $start }…» es más larga).
msg-design-scale-point-too-long = Cada valor de la escala puede tener como máximo { $max } caracteres («{ $start }…» es más largo).
msg-design-date-format = Escriba una fecha con el formato AAAA-MM-DD o deje el campo vacío.
msg-design-question-length = Escriba la pregunta (de 1 a { $max } caracteres).
msg-design-latest-before-earliest = La fecha más tardía debe ser igual o posterior a la fecha más temprana.
msg-design-scale-points = Una escala tiene de { $min } a { $max } puntos.
msg-design-choose-kind = Elija uno de los tipos de pregunta de la lista.
msg-design-max-length = La longitud máxima es un número de 1 a { $limit }; vacío equivale a { $limit }.
msg-design-choose-format = Elija uno de los formatos de la lista.
msg-design-number-bound = Escriba un número como 0, 10 o 2,5 (como máximo seis decimales) o deje el campo vacío.
msg-design-number-step = Escriba un incremento como 1 o 0,5, o deje el campo vacío para admitir cualquier número.
msg-design-highest-not-above-lowest = El máximo debe ser mayor que el mínimo.
msg-design-step-not-positive = El incremento debe ser mayor que 0.
msg-design-step-too-wide = El incremento debe caber entre el mínimo y el máximo.
msg-design-fewest-to-tick = El mínimo de casillas que marcar es un número de 1 a { $boxes } (las casillas que hay) o vacío.
msg-design-most-to-tick = El máximo de casillas que marcar es un número de 1 a { $boxes } (las casillas que hay) o vacío.
msg-design-most-below-fewest = El máximo de casillas que marcar no puede ser menor que el mínimo.

## The designer's rules (services/designer.rs, services/designer/*.rs)

msg-design-too-many-questions = Una encuesta tiene como máximo { $max } preguntas.
msg-design-question-changed-meanwhile = Otra persona guardó un cambio en esta pregunta después de que usted la abriera, así que el suyo no se guardó. Su edición sigue aquí: copie lo que necesite, vuelva a cargar la página para ver la otra versión y edítela de nuevo.
msg-design-response-limit = Escriba un número entero de respuestas de 1 a { $max } o deje el campo vacío para no poner límite.
msg-design-date-and-time = Escriba una fecha y una hora, como 2026-12-24 09:00 (UTC).
msg-design-opening-passed = Esa hora ya ha pasado: deje el campo vacío para abrir la encuesta de inmediato.
msg-design-closing-before-opening = Elija una hora de cierre posterior a la apertura de la encuesta.
msg-design-closing-too-late = Su plan mantiene una encuesta abierta como máximo { $days ->
    [one] { $days } día
   *[other] { $days } días
  }: ciérrela a más tardar el { $at }.
msg-design-confirm-publish = Confirme que las preguntas ya no podrán cambiarse una vez publicada la encuesta.
msg-design-publish-without-questions = Añada al menos una pregunta antes de publicar.
msg-design-active-surveys-limit = Su plan { $plan } permite { $count ->
    [one] { $count } encuesta activa
   *[other] { $count } encuestas activas
  } a la vez, y ya tiene esa cantidad. Cierre una o espere a que una caduque antes de publicar otra.
msg-design-close-not-published = Solo se puede cerrar una encuesta publicada.
msg-design-confirm-delete = { $count ->
    [one] Esta encuesta tiene { $count } respuesta. Confirme que debe eliminarse con ella.
   *[other] Esta encuesta tiene { $count } respuestas. Confirme que deben eliminarse con ella.
  }
msg-design-slug-taken = Otra de sus encuestas ya usa esta dirección.
msg-design-not-a-draft = Esta encuesta está publicada: sus preguntas y textos están congelados para que cada respuesta corresponda a las preguntas a las que se dio.
msg-design-choose-address = Elija una dirección para la encuesta.
msg-design-choose-template = Elija una de las plantillas o una encuesta en blanco.

## A survey's address (domain/slug.rs): shown after the field, starting lowercase

msg-design-slug-length = la dirección necesita de 1 a { $max } caracteres
msg-design-slug-characters = la dirección solo puede contener letras minúsculas, dígitos y guiones
msg-design-slug-hyphens = la dirección no puede empezar ni terminar con un guion ni contener dos guiones seguidos
msg-design-slug-reserved = esta dirección está reservada

## Metadata fields (domain/metadata.rs, services/metadata.rs)

msg-design-metadata-value-too-long = Un valor puede tener como máximo { $max } caracteres.
msg-design-metadata-number = Escriba un número, por ejemplo 42 o 3.5 (con punto decimal).
msg-design-metadata-url = Escriba una dirección web que empiece por https://
msg-design-metadata-field-name = Ponga un nombre al campo (de 1 a { $max } caracteres).
msg-design-metadata-choose-kind = Elija texto, número o dirección web.
msg-design-metadata-name-taken = Ya hay un campo con este nombre.
msg-design-metadata-too-many-fields = Puede definir como máximo { $max } campos.

## Pages and conditions (services/designer/logic.rs)

msg-design-logic-changed-meanwhile = Otra persona acaba de cambiar las páginas o la lógica de esta encuesta. Vuelva a cargar el editor para ver su cambio y después inténtelo de nuevo.
msg-design-logic-too-many-pages = Una encuesta tiene como máximo { $max } páginas.
msg-design-page-title-length = El título de la página puede tener como máximo { $max } caracteres.
msg-design-page-description-length = La descripción de la página puede tener como máximo { $max } caracteres.
msg-design-rule-destination = Elija adónde lleva la regla.
msg-design-question-cannot-move = La pregunta { $number } no puede moverse ahí: una condición usaría entonces una respuesta dada más tarde. Cambie primero la condición.
msg-design-change-breaks-logic = Este cambio no encaja con la lógica de la encuesta: { $reasons } Cambie primero la lógica.
msg-design-move-up-or-down = { $what ->
    [page] Mueva una página hacia arriba o hacia abajo.
   *[question] Mueva una pregunta hacia arriba o hacia abajo.
  }
msg-design-page-cannot-move = La página { $number } no puede moverse ahí: { $reasons } Cambie eso primero.

## What the designer refuses in pages and conditions (domain/logic/checks.rs)

msg-design-logic-no-such-question = No existe la pregunta { $number }.
msg-design-logic-two-conditions = La pregunta { $number } tiene dos condiciones.
msg-design-logic-page-start = La página { $number } no empieza donde termina la página anterior.
msg-design-logic-page-title-length = El título de la página { $number } tiene más de { $max } caracteres.
msg-design-logic-page-description-length = La descripción de la página { $number } tiene más de { $max } caracteres.
msg-design-logic-first-page-condition = La primera página siempre se muestra: no puede tener una condición.
msg-design-logic-too-many-rules = La página { $number } tiene más de { $max } reglas.
msg-design-logic-rule-goes-back = La regla { $rule } después de la página { $number } vuelve a la página { $to }: una encuesta solo avanza, para que nadie quede atrapado en un bucle.
msg-design-logic-rule-goes-nowhere = La regla { $rule } después de la página { $number } va a la página { $to }, que no existe.
msg-design-logic-too-many-tests = { $owner ->
    [question] La condición de la pregunta { $owner_number }
    [page] La condición de la página { $owner_number }
    [rule] La regla { $owner_rule } después de la página { $owner_number }
    [filter] El filtro
   *[other] { $owner_name }
  } tiene más de { $max } pruebas.
msg-design-logic-uses-later-question = { $owner ->
    [question] La condición de la pregunta { $owner_number }
    [page] La condición de la página { $owner_number }
    [rule] La regla { $owner_rule } después de la página { $owner_number }
    [filter] El filtro
   *[other] { $owner_name }
  } usa la pregunta { $question }, que no va antes: una condición solo puede usar respuestas dadas antes.
msg-design-logic-test-unfit = { $owner ->
    [question] La condición de la pregunta { $owner_number }
    [page] La condición de la página { $owner_number }
    [rule] La regla { $owner_rule } después de la página { $owner_number }
    [filter] El filtro
   *[other] { $owner_name }
  }: la pregunta { $question } no se puede comprobar con «{ $test }».
msg-design-logic-test-no-value = { $owner ->
    [question] La condición de la pregunta { $owner_number }
    [page] La condición de la página { $owner_number }
    [rule] La regla { $owner_rule } después de la página { $owner_number }
    [filter] El filtro
   *[other] { $owner_name }
  }: la pregunta { $question } necesita al menos un valor con el que comparar.
msg-design-logic-test-score = { $owner ->
    [question] La condición de la pregunta { $owner_number }
    [page] La condición de la página { $owner_number }
    [rule] La regla { $owner_rule } después de la página { $owner_number }
    [filter] El filtro
   *[other] { $owner_name }
  }: la pregunta { $question } se responde de { $low } a { $high }, no con «{ $value }».
msg-design-logic-test-no-such-option = { $owner ->
    [question] La condición de la pregunta { $owner_number }
    [page] La condición de la página { $owner_number }
    [rule] La regla { $owner_rule } después de la página { $owner_number }
    [filter] El filtro
   *[other] { $owner_name }
  }: la pregunta { $question } no tiene esa opción.
msg-design-logic-test-no-text = { $owner ->
    [question] La condición de la pregunta { $owner_number }
    [page] La condición de la página { $owner_number }
    [rule] La regla { $owner_rule } después de la página { $owner_number }
    [filter] El filtro
   *[other] { $owner_name }
  }: la pregunta { $question } necesita un texto con el que comparar.
msg-design-logic-test-number = { $owner ->
    [question] La condición de la pregunta { $owner_number }
    [page] La condición de la página { $owner_number }
    [rule] La regla { $owner_rule } después de la página { $owner_number }
    [filter] El filtro
   *[other] { $owner_name }
  }: la pregunta { $question } se responde con un número, y «{ $value }» no lo es.
msg-design-logic-test-date = { $owner ->
    [question] La condición de la pregunta { $owner_number }
    [page] La condición de la página { $owner_number }
    [rule] La regla { $owner_rule } después de la página { $owner_number }
    [filter] El filtro
   *[other] { $owner_name }
  }: la pregunta { $question } se responde con una fecha: escríbala como AAAA-MM-DD.
msg-design-logic-never-holds-question = { $owner ->
    [question] La condición de la pregunta { $owner_number }
    [page] La condición de la página { $owner_number }
    [rule] La regla { $owner_rule } después de la página { $owner_number }
    [filter] El filtro
   *[other] { $owner_name }
  } nunca puede cumplirse: ninguna respuesta a la pregunta { $question } pasa todas sus pruebas.
msg-design-logic-never-holds = { $owner ->
    [question] La condición de la pregunta { $owner_number }
    [page] La condición de la página { $owner_number }
    [rule] La regla { $owner_rule } después de la página { $owner_number }
    [filter] El filtro
   *[other] { $owner_name }
  } nunca puede cumplirse.

## Changing questions and pages under the logic (domain/logic/edits.rs)

msg-design-logic-owner-question = la condición de la pregunta { $number }
msg-design-logic-owner-page = la condición de la página { $number }
msg-design-logic-owner-rule = la regla { $rule } después de la página { $page }
msg-design-logic-question-in-use = La pregunta { $number } se usa en: { $owners }. Cambie eso primero.
msg-design-logic-first-page-stays = La primera página no se puede quitar: con ella empieza la encuesta.
msg-design-logic-page-has-logic = La página { $number } tiene una condición o reglas después. Quítelas primero, para que ninguna regla se pierda sin aviso.
msg-design-logic-page-is-destination = La página { $number } es el destino de: { $rules }. Cambie eso primero.
msg-design-logic-option-in-use = La opción «{ $option }» de la pregunta { $number } se usa en: { $owners }. Cambie eso primero.

## Conditions as typed and in words (domain/logic/wording.rs)

msg-design-logic-choose-combine = Elija si deben cumplirse todas las pruebas o basta con una.
msg-design-logic-value-without-test = Prueba { $number }: elija una pregunta y una prueba para el valor.
msg-design-logic-choose-test = Prueba { $number }: elija una de las pruebas ofrecidas.
msg-design-logic-not-an-option = Prueba { $number }: «{ $label }» no es una de las opciones ({ $options }).
msg-design-logic-term-equals = la pregunta { $number } («{ $question }») es { $values }
msg-design-logic-term-not-equals = la pregunta { $number } («{ $question }») no es { $values }
msg-design-logic-term-any-of = la pregunta { $number } («{ $question }») es alguno de { $values }
msg-design-logic-term-greater = la pregunta { $number } («{ $question }») es mayor que { $values }
msg-design-logic-term-less = la pregunta { $number } («{ $question }») es menor que { $values }
msg-design-logic-term-answered = la pregunta { $number } («{ $question }») está respondida
msg-design-logic-term-not-answered = la pregunta { $number } («{ $question }») no está respondida
msg-design-logic-term-no-question = la pregunta { $number }
msg-design-logic-term-value = «{ $value }»
msg-design-logic-and = { $left } y { $right }
msg-design-logic-or = { $left } o { $right }
survey-copy-title = Copia de { $title }
msg-proof-of-work-choose = Elija una de las opciones de la lista.
