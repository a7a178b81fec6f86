# questions
# The fields of one question in the designer (question_fields.rs).

question-fields-group-text = Texto
question-fields-group-numbers = Números y fechas
question-fields-group-ratings = Valoraciones
question-fields-group-choices = Opciones
question-fields-group-grids = Cuadrículas
# A list of question types: "Long text and Short text".
question-fields-names = { $rest } y { $last }
# A group's heading before the page runs: "Answer length — for Long text and Short text".
question-fields-settings-for = { $title } — para { $kinds }

question-fields-question = Pregunta
question-fields-required = La respuesta es obligatoria
question-fields-type = Tipo

question-fields-answer-length = Longitud de la respuesta
question-fields-longest-answer = Longitud máxima (caracteres)
question-fields-length-hint = Texto largo: de 1 a 2000; vacío equivale a 2000. Texto corto: de 1 a 255; vacío equivale a 255.
question-fields-length-empty-for = Vacío equivale a { $limit }.

question-fields-format = Formato
question-fields-answer-must-be = La respuesta debe ser

question-fields-allowed-numbers = Números permitidos (todo opcional)
question-fields-lowest = Mínimo
question-fields-highest = Máximo
question-fields-step = Incremento
question-fields-step-hint = 1: números enteros; 0,5: medios; vacío: cualquiera.
question-fields-unit = Unidad
question-fields-unit-hint = Se muestra después del campo, como kg o años.

question-fields-allowed-dates = Fechas permitidas (opcional)
question-fields-earliest = Fecha más temprana
question-fields-latest = Fecha más tardía

question-fields-scale = Escala
question-fields-points = Puntos
question-fields-points-up-to = De 1 a { $max }

question-fields-end-labels = Etiquetas de los extremos (opcional)
question-fields-label-lowest = Etiqueta del punto más bajo
question-fields-label-highest = Etiqueta del punto más alto
question-fields-label-stars = Etiqueta para { $count ->
    [one] { $count } estrella
   *[other] { $count } estrellas
  }
question-fields-label-point = Etiqueta para el { $point }

question-fields-options-title = Opciones
question-fields-options = Opciones, una por línea
question-fields-options-between = Opciones, una por línea (de { $min } a { $max })
question-fields-options-hint = Una opción y Clasificación: de 2 a 10. Varias opciones: de 2 a 20. Lista desplegable: de 2 a 200.
question-fields-options-hint-ranking = Los participantes las ordenan; la primera es la mejor.
question-fields-options-hint-dropdown = Un menú es adecuado para listas largas, como países.
question-fields-other-for = Ofrecer «Otro (especifique)» ({ $kinds })
question-fields-other = Ofrecer «Otro (especifique)»
question-fields-shuffle = Mostrar las opciones en un orden distinto a cada participante

question-fields-how-many = Cuántas se pueden marcar (opcional)
question-fields-at-least = Como mínimo
question-fields-at-most = Como máximo

question-fields-statements-and-scale = Afirmaciones y escala
question-fields-rows = Afirmaciones (filas), una por línea (de { $min } a { $max })
question-fields-columns = Escala (columnas), un valor por línea (de { $min } a { $max })
question-fields-columns-hint = Cada afirmación se responde en esta escala, como En desacuerdo / Neutral / De acuerdo.
