# designer

## The survey editor (survey_editor.rs)

survey-editor-loading = Cargando la encuesta…
survey-editor-status-open-until = Publicada, abierta hasta el { $date }
survey-editor-status-expired = Caducó el { $date }
survey-editor-responses = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
  }
survey-editor-preview-link = Vista previa
survey-editor-public-page = Página pública
survey-editor-results = Resultados
survey-editor-questions-heading = Preguntas
survey-editor-moving = Moviendo la pregunta…
survey-editor-no-questions = Aún no hay preguntas. Añada la primera a continuación.
survey-editor-live-preview = Vista previa en directo
survey-editor-live-preview-hint = Los cambios guardados se muestran aquí. Pruebe las páginas y las condiciones: las respuestas no se envían.
survey-editor-live-preview-title = Vista previa en directo de { $title }
survey-editor-details-heading = Título y descripción
survey-editor-saved = Guardado.
survey-editor-title-label = Título
survey-editor-slug-label = Dirección
# $address is the word below, in bold.
survey-editor-slug-hint = Los participantes abren /s/{ $tenant }/{ $address }. Letras minúsculas, dígitos y guiones; puede cambiarse hasta que se publique la encuesta.
survey-editor-slug-hint-address = dirección
survey-editor-description-label = Descripción
survey-editor-description-hint = Markdown: **negrita**, *cursiva*, [enlaces](https://…) y listas. Como máximo { $max } caracteres.
survey-editor-details-save = Guardar título y descripción
survey-editor-description-preview = La descripción tal como la ven los participantes
survey-editor-metadata-heading = Metadatos
survey-editor-metadata-save = Guardar { $name }

## Moving questions, saving as you type

survey-editor-moved = «{ $question }» se ha movido al puesto { $place } de { $count }.
survey-editor-moved-on-page = «{ $question }» se ha movido al puesto { $place } de { $count }, en la página { $page } de { $pages }.
survey-editor-saving = Guardando…
survey-editor-all-saved = Todos los cambios guardados.
survey-editor-not-saved = No se ha guardado: vea el mensaje encima del formulario.
survey-editor-saved-as-you-type = Los cambios se guardan mientras escribe.

## Publishing, closing, duplicating and deleting

survey-editor-publish-heading = Publicar
survey-editor-publish-intro = Al publicarla, la encuesta se abre a los participantes (de inmediato o en el momento que elija) durante un máximo de { $days ->
    [one] { $days } día
   *[other] { $days } días
  }, lo más largo que permite su plan, y sus preguntas quedan fijadas, para que cada respuesta corresponda a las preguntas a las que se dio.
survey-editor-publish-confirm = Entiendo que las preguntas ya no se podrán cambiar una vez publicada la encuesta
survey-editor-schedule-legend = Cuándo acepta respuestas (opcional, UTC)
survey-editor-opens-at = Apertura
survey-editor-opens-at-hint = Vacío: en cuanto se publique.
survey-editor-closes-at = Cierre
survey-editor-closes-at-hint = Vacío: { $days ->
    [one] { $days } día
   *[other] { $days } días
  } después de abrirse, lo más largo que permite su plan.
survey-editor-response-limit-label = Cerrar tras este número de respuestas (opcional)
survey-editor-response-limit-hint = La encuesta se cierra sola al alcanzarlas y usted recibe un correo electrónico. Vacío: sigue abierta hasta que usted la cierre o caduque.
survey-editor-publish-button = Publicar encuesta
survey-editor-close-heading = Cerrar
# $at is a time such as 2026-05-01 09:00 UTC.
survey-editor-opens-on = Se abre a los participantes el { $at }; hasta entonces, su dirección indica cuándo.
survey-editor-closes-on = Se cierra el { $at }.
survey-editor-response-limit = Se cierra sola tras { $limit ->
    [one] { $limit } respuesta
   *[other] { $limit } respuestas
  } ({ $count } hasta ahora).
survey-editor-closing-hint = Al cerrarla, deja de aceptar respuestas de inmediato. La encuesta y sus resultados se quedan aquí.
survey-editor-close-button = Cerrar encuesta
survey-editor-closed = Esta encuesta ya no acepta respuestas; sus resultados siguen disponibles.
survey-editor-closed-by-limit = Esta encuesta ya no acepta respuestas; sus resultados siguen disponibles. Se cerró sola al alcanzar su límite de { $limit ->
    [one] { $limit } respuesta
   *[other] { $limit } respuestas
  }.
survey-editor-duplicate-heading = Duplicar
survey-editor-duplicate-hint = Cree una copia en borrador con todas las preguntas y su configuración, para modificarla y publicarla por separado. Las respuestas no se copian.
survey-editor-duplicate-button = Duplicar encuesta
survey-editor-delete-heading = Eliminar
survey-editor-delete-responses = Eliminar también { $count ->
    [one] su { $count } respuesta
   *[other] sus { $count } respuestas
  } y estadísticas
survey-editor-delete-button = Eliminar encuesta
# $published is the message below, in bold.
survey-editor-published-notice = { $published } Los participantes pueden responderla en:
survey-editor-published = Su encuesta está publicada.
survey-editor-copy-address = Copiar la dirección
survey-editor-copied = Copiada.

## Pages and logic

survey-editor-page-moved-up = La página { $page } se ha movido hacia arriba: ahora es la página { $now }.
survey-editor-page-moved-down = La página { $page } se ha movido hacia abajo: ahora es la página { $now }.
survey-editor-logic-heading = Páginas y lógica
survey-editor-logic-hint = Divida la encuesta en páginas, muestre una pregunta o una página solo cuando las respuestas anteriores lo requieran y salte hacia delante después de una página. Los participantes sin JavaScript siguen el mismo recorrido, página a página.
survey-editor-add-page = Añadir una página al final
survey-editor-page-heading = Página { $number }
survey-editor-page-heading-titled = Página { $number }: { $title }
survey-editor-always-shown = Siempre visible.
# $condition is the condition in words, such as: question 1 (“Do you fly?”) is “Yes”
survey-editor-shown-when = Visible solo cuando { $condition }.
survey-editor-page-condition = Condición de la página { $number }
survey-editor-page-condition-save = Guardar la condición de la página { $number }
survey-editor-question-condition = Condición de la pregunta { $number }
survey-editor-question-condition-save = Guardar la condición de la pregunta { $number }
survey-editor-new-page-at = Empezar una página nueva en la pregunta { $number }
survey-editor-rule-always-page = Siempre, ir a la página { $page }.
survey-editor-rule-always-finish = Siempre, terminar la encuesta.
survey-editor-rule-when-page = Cuando { $condition }, ir a la página { $page }.
survey-editor-rule-when-finish = Cuando { $condition }, terminar la encuesta.
survey-editor-remove-rule = Quitar la regla { $rule } después de la página { $number }
survey-editor-destination-page = Página { $number }
survey-editor-destination-finish = Terminar la encuesta
survey-editor-after-page = Después de la página { $number }
survey-editor-next-page = Pasar a la página siguiente.
survey-editor-otherwise-next-page = Si no, pasar a la página siguiente.
survey-editor-add-rule = Añadir una regla después de la página { $number }
survey-editor-go-to = Ir a
survey-editor-rule-when-legend = Cuando (deje las comprobaciones vacías para ir siempre)
survey-editor-add-rule-button = Añadir la regla después de la página { $number }
survey-editor-page-details = Título y descripción de la página { $number }
survey-editor-page-title-label = Título de la página (opcional)
survey-editor-page-description-label = Descripción (opcional)
survey-editor-save-page = Guardar la página { $number }
survey-editor-move-page-up = Subir la página { $number }
survey-editor-move-page-down = Bajar la página { $number }
survey-editor-remove-page = Quitar la página { $number } (sus preguntas pasan a la página { $previous })
survey-editor-page-empty = Aún no hay preguntas en esta página.
survey-editor-remove-condition = Quitar la condición (mostrar siempre)
survey-editor-show-only-when = Mostrar solo cuando

## The question list and the "add a question" form

survey-editor-move-up = ↑ Subir
survey-editor-move-down = ↓ Bajar
survey-editor-move-question-up = Subir la pregunta: { $question }
survey-editor-move-question-down = Bajar la pregunta: { $question }
survey-editor-drag-title = Arrástrela sobre otra pregunta para moverla allí
survey-editor-edit-question = Editar la pregunta: { $question }
survey-editor-save-question = Guardar pregunta
survey-editor-delete-question = Eliminar la pregunta: { $question }
survey-editor-add-question-heading = Añadir una pregunta
survey-editor-question-added = Pregunta añadida.
survey-editor-add-question = Añadir pregunta

## A question's settings in words, after its type: "Number, 0 to 120 kg, step 0.5 · required"

survey-editor-summary-options = { $count } opciones: { $named } / …
survey-editor-summary-other = Otro
survey-editor-summary-shuffled = en orden aleatorio
# $unit is empty or a space and the unit (" kg").
survey-editor-summary-between = de { $min } a { $max }{ $unit }
survey-editor-summary-at-least = al menos { $min }{ $unit }
survey-editor-summary-at-most = como máximo { $max }{ $unit }
survey-editor-summary-in = en{ $unit }
survey-editor-summary-step = en pasos de { $step }
survey-editor-summary-tick-exactly = marcar { $count }
survey-editor-summary-tick-between = marcar de { $min } a { $max }
survey-editor-summary-tick-at-least = marcar al menos { $min }
survey-editor-summary-tick-at-most = marcar como máximo { $max }
survey-editor-summary-up-to = hasta { $count } caracteres
# Dates as YYYY-MM-DD.
survey-editor-summary-date-between = del { $from } al { $to }
survey-editor-summary-date-from = desde el { $from }
survey-editor-summary-date-until = hasta el { $to }
survey-editor-summary-scale = de 1 a { $points }
survey-editor-summary-scale-labels = de 1 a { $points } ({ $labels })
survey-editor-summary-matrix = { $rows ->
    [one] { $rows } afirmación
   *[other] { $rows } afirmaciones
  } × { $columns } puntos ({ $labels })
survey-editor-summary-required = obligatoria
survey-editor-summary-optional = opcional

## The "new survey" form (new_survey.rs)


## The preview (survey_preview.rs)

survey-preview-loading = Cargando la vista previa…
survey-preview-heading = Vista previa: { $title }
survey-preview-back = ← Volver al editor
survey-preview-frame-title = Vista previa de { $title }

# Los idiomas de una encuesta (/t/{tenant}/surveys/{slug}/translations).
translations-link = Idiomas
translations-title = Idiomas de { $title } · { $tenant }
translations-back = ← Volver al editor
translations-heading = Idiomas de «{ $title }»
translations-lead = Los participantes leen la encuesta en el idioma de su navegador cuando la encuesta lo tiene, y pueden cambiar entre sus idiomas en cada página. Cada traducción aparece junto a los textos propios de la encuesta.
translations-frozen = Esta encuesta está publicada: sus textos y sus traducciones ya no cambian.
translations-written-in = La encuesta está escrita en
translations-written-in-save = Guardar el idioma de la encuesta
translations-add-label = Añadir un idioma
translations-add = Añadir
translations-fallback = Los participantes pueden leer en { $language } los textos aún sin traducir
translations-fallback-hint = Si no, la encuesta solo puede publicarse cuando todas las traducciones estén completas.
translations-fallback-save = Guardar
translations-saved = La traducción se ha guardado.
translations-complete = Todos los textos están traducidos.
translations-missing = { $count ->
    [one] Falta traducir 1 de { $total } textos.
   *[other] Faltan por traducir { $count } de { $total } textos.
}
translations-field = { $language }, texto { $number }
translations-outdated = El texto de la encuesta cambió después de esta traducción.
translations-save = Guardar la traducción al { $language }
translations-remove = Quitar { $language }
translations-unknown-language = Elija uno de los idiomas de la lista.
translations-written-in-translated = La encuesta tiene una traducción a ese idioma: quítela primero.
translations-already = La encuesta ya está en ese idioma.
translations-too-long = Como máximo { $max } caracteres.
translations-not-a-draft = Esta encuesta está publicada: sus textos y sus traducciones están congelados.
translations-missing-in = { $language }: { $count ->
    [one] falta 1 texto
   *[other] faltan { $count } textos
}
translations-incomplete = Algunas traducciones no están completas ({ $languages }). Traduzca los textos que faltan o deje que los participantes los lean en { $written_in }.
language-name-en = inglés
language-name-de = alemán
language-name-es = español
language-name-ar = árabe
