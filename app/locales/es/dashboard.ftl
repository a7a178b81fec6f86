# dashboard

## The subscriber's dashboard (dashboard.rs)

dashboard-sign-in-heading = Inicie sesión
dashboard-sign-in-link = Iniciar sesión para continuar
dashboard-signed-in = Sesión iniciada como { $name } ({ $role })
dashboard-active-surveys = Encuestas activas: { $active } de { $max } en el plan { $plan }
dashboard-count-of = { $count } de { $total }
dashboard-survey-days = Una encuesta publicada acepta respuestas durante { $days ->
    [one] { $days } día
   *[other] { $days } días
  }.
dashboard-monthly-unlimited = Respuestas este mes: { $responses } (sin límite mensual en el plan { $plan })
dashboard-monthly = Respuestas este mes: { $responses } de { $limit } en el plan { $plan }
dashboard-paused-heading = Sus encuestas están en pausa.
dashboard-paused = Ha recibido las { $limit } respuestas que su plan permite este mes. Hasta el { $date } (UTC), los participantes verán que la encuesta está en pausa, y no se guardará nada de lo que envíen. Para recibir más antes de esa fecha, solicite a Tailspin Surveys un plan mayor o un límite más alto.
dashboard-used = Ha usado el { $percent } de las respuestas de este mes. Al llegar a { $limit }, sus encuestas quedarán en pausa hasta el { $date } (UTC).
dashboard-surveys-heading = Encuestas
dashboard-empty = Aún no tiene encuestas. Cree la primera abajo: póngale un título, añada sus preguntas, revise la vista previa y, luego, publíquela y comparta su dirección.
dashboard-column-survey = Encuesta
dashboard-column-status = Estado
dashboard-column-responses = Respuestas
dashboard-column-published = Publicada
dashboard-column-expires = Caduca
dashboard-column-links = Enlaces
dashboard-expires-left = { $date } ({ $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
  })
dashboard-at-limit = límite alcanzado
dashboard-opens = , se abre el { $at }
dashboard-edit = Editar
dashboard-edit-survey = Editar { $survey }
dashboard-preview = Vista previa
dashboard-preview-survey = Vista previa de { $survey }
dashboard-results = Resultados
dashboard-results-survey = Resultados de { $survey }
dashboard-share = Compartir
dashboard-share-survey = Compartir { $survey }
dashboard-duplicate = Duplicar
dashboard-public-page = Página pública de { $survey }
dashboard-copy-address = Copiar la dirección pública de { $survey }
dashboard-copy = Copiar
dashboard-copied = Copiado

## The built-in templates' cards on the "new survey" form (new_survey.rs,
## domain/templates.rs); the rest of each template is in templates.ftl.

template-customer-satisfaction-title = Satisfacción del cliente
template-customer-satisfaction-summary = Satisfacción, probabilidad de recomendarnos, valoración de lo importante y qué mejorar.
template-nps-title = Net Promoter Score
template-nps-summary = La pregunta clásica «¿nos recomendaría?» con los motivos de la puntuación.
template-event-feedback-title = Valoración del evento
template-event-feedback-summary = Cómo valoran los asistentes el evento, sus sesiones y su organización.
template-employee-pulse-title = Pulso de los empleados
template-employee-pulse-summary = Un control breve y periódico de la carga de trabajo, la claridad y el ánimo del equipo.

## Results (results/mod.rs)

results-loading = Cargando los resultados…
results-page-title = Resultados: { $survey } · { $tenant }
results-heading = Resultados: { $survey }
results-not-merged = Aún no se ha procesado ninguna respuesta.
results-updated = Última actualización: { $at }.
results-total = { $total } { $count ->
    [one] respuesta
   *[other] respuestas
  } · { $state }
results-total-filtered = Filtro: { $total } de { $all ->
    [one] { $all } respuesta
   *[other] { $all } respuestas
  } · { $state }
results-live-filtered = Los resultados filtrados se calculan al cargar la página: vuelva a cargarla para incluir las respuestas que lleguen después.
results-live-on = La página se actualiza sola mientras está abierta.
results-live-off = Vuelva a cargar la página para ver las respuestas que lleguen después.
results-back = Volver a la encuesta
results-browse-filtered = Ver estas respuestas
results-browse = Ver las respuestas

## Charts (results/charts.rs)

results-seen-answered = { $seen } la vieron · { $answered } la respondieron
results-mean-of = media { $mean } de { $points }
results-several-note = Los participantes podían elegir varias opciones: los porcentajes se calculan sobre quienes respondieron.
results-unlisted = { $count ->
    [one] { $count } opción que nadie eligió.
   *[other] { $count } opciones que nadie eligió.
  }
results-bar-value = { $count } · { $percent }
results-no-answers = Aún no hay respuestas.
results-dates-range = Desde { $earliest } · hasta { $latest } · respuestas { $period ->
    [day] por día
    [week] por semana
    [month] por mes
   *[year] por año
  }
results-ranking-note = Por posición media (1 es la primera); cuanto más larga la barra, mejor la posición.
results-no-words = Aún no hay palabras frecuentes.
results-words-heading = Palabras más frecuentes
results-word-count = { $word } ({ $count })
results-detractors = Detractores (0–6)
results-passives = Pasivos (7–8)
results-promoters = Promotores (9–10)
results-legend-value = { $label }: { $count } · { $percent }
results-median = Mediana
results-middle-half = Mitad central
results-mean = Media
results-range = Rango
results-value = { $value }{ $unit }
results-from-to = { $from } a { $to }{ $unit }
results-chart-key = Columnas: respuestas (aproximadas); caja: mitad central; línea: mediana.
results-ranking-value = media { $average } · { $firsts }× en primer lugar
results-not-ranked = sin clasificar
results-matrix-share = { $column } { $percent }
results-matrix-figures = { $figures } ({ $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
  })

## Charts' text alternatives (results/describe.rs)

results-count = { $label }: { $count }
results-option-share = { $label }: { $count } ({ $percent })
results-options-none = Aún no hay respuestas
results-options-several = { $shares }. Porcentajes sobre { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
  }, que podían elegir varias opciones.
results-options-single = { $shares }. Porcentajes sobre { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
  }.
results-with-mean = { $counts }. Media { $mean }.
results-without-mean = { $counts }. Aún no hay respuestas.
results-nps-description = Net Promoter Score { $score }. Promotores (9 a 10): { $promoters } ({ $promoters_share }), pasivos (7 a 8): { $passives } ({ $passives_share }), detractores (0 a 6): { $detractors } ({ $detractors_share }). Puntuaciones: { $scores }.
results-number-description = Mediana { $median }{ $unit }, cuartiles { $q1 } y { $q3 }, media { $mean }, mínimo { $lowest }, máximo { $highest }. Distribución aproximada: { $bins }.
results-dates-description = Respuestas { $period ->
    [day] por día
    [week] por semana
    [month] por mes
   *[year] por año
  }: { $counts }. Desde { $earliest } hasta { $latest }.
results-ranking-item = { $label }: posición media { $average }, en primer lugar { $firsts ->
    [one] { $firsts } vez
   *[other] { $firsts } veces
  }
results-ranking-unranked = { $label }: aún sin clasificar
results-matrix-cell = { $column } { $count } ({ $percent })

## Filter by answer (answer_filter.rs)

answer-filter-clear = Quitar el filtro
answer-filter-filtered = Filtrado:
answer-filter-applied = { $what ->
    [results] Resultados
   *[responses] Respuestas
  } de las respuestas en las que { $description }.
answer-filter-refused = { $reason } No se aplicó el filtro: se muestran todas las respuestas.
answer-filter-summary = Filtrar por respuesta
answer-filter-legend = Solo las respuestas en las que
answer-filter-apply = Aplicar el filtro
answer-filter-answered-in = Respondidas en
answer-filter-any-language = Cualquier idioma
answer-filter-english = Inglés
answer-filter-german = Alemán
answer-filter-spanish = Español
answer-filter-arabic = Árabe

## Responses (responses.rs)

responses-loading = Cargando las respuestas…
responses-page-title = Respuestas: { $survey } · { $tenant }
responses-heading = Respuestas: { $survey }
responses-results-filtered = Resultados de estas respuestas
responses-results = Resultados
responses-download-csv = Descargar todas las respuestas (CSV)
responses-download-excel = Descargar todas las respuestas (Excel)
responses-none-filtered = Aquí no hay respuestas que cumplan el filtro.
responses-none = Aún no hay respuestas aquí.
responses-item-heading = Respuesta { $number } · { $received }
responses-answered-in = Respondida en { $language }
responses-pages = Páginas de respuestas
responses-first = Primera página
responses-previous = 25 respuestas anteriores
responses-next = 25 respuestas siguientes
responses-last = Última página

## Sharing (share.rs)

share-draft = Esta encuesta es un borrador: obtendrá su dirección pública cuando la publique.
share-open-editor = Abrir el editor para publicarla
share-closed = Esta encuesta está cerrada: su dirección informa a los participantes de que ya no acepta respuestas.
share-invite-heading = Invitar por correo electrónico
share-invite-text = Envíe a cada persona un enlace personal que funciona una sola vez, con recordatorios para quienes no hayan respondido: { $link }
share-invitations = Invitaciones
share-page-title = Compartir: { $survey } · { $tenant }
share-heading = Compartir: { $survey }
share-results = Resultados
share-responses = Respuestas
share-link-heading = Enlace
share-link-hint = Cualquier persona con esta dirección puede responder la encuesta.
share-public-address = Dirección pública
share-open-survey = Abrir la encuesta
share-qr-heading = Código QR
share-qr-hint = Para carteles, presentaciones y recibos: la cámara de un teléfono abre la encuesta.
share-qr-alt = Código QR de la dirección de { $survey }: { $url }
share-qr-svg = Descargar el código QR (SVG)
share-qr-png = Descargar el código QR (PNG)
share-embed-none = Ninguno todavía: mientras no haya ningún sitio web en la lista, ningún otro sitio podrá mostrar la encuesta.
share-embed-saved = Se guardó la lista de sitios web.
share-embed-origins-label = Sitios web que pueden insertar encuestas
share-embed-origins-hint = Uno por línea, solo la dirección del sitio web, por ejemplo https://www.example.com. Se aplica a todas las encuestas de { $tenant }.
share-embed-save = Guardar los sitios web
share-embed-admin-only = Un administrador de su organización puede añadir sitios web aquí.
share-embed-heading = Insertar en un sitio web
share-embed-code-hint = Pegue este código en una página de uno de los sitios web indicados abajo. La encuesta aparece en la página, y el marco crece para ajustarse a ella.
share-embed-code-label = Código para insertar
share-embed-websites = Sitios web que pueden insertar encuestas de { $tenant }

## Spam protection (spam_protection.rs)

spam-protection-heading = Protección contra spam
spam-protection-hint = Todos los formularios públicos tienen un campo trampa oculto y un tiempo mínimo de cumplimentación, que frenan la mayor parte del spam automatizado sin molestar a nadie. Si una encuesta sigue recibiendo spam, el navegador también puede resolver un pequeño acertijo antes de enviar las respuestas: al navegador de una persona le lleva alrededor de un segundo mientras lee las preguntas, y a quien envía spam le cuesta lo mismo por cada respuesta. No interviene ningún servicio de terceros, y a los enlaces personales de invitación nunca se les pide resolverlo.
spam-protection-saved = Se guardó la protección contra spam.
spam-protection-legend = Acertijo que resuelve el navegador
spam-protection-choice-hint = Permitir respuestas sin JavaScript mantiene la encuesta abierta a todo el mundo, pero el spam que no ejecuta JavaScript solo encuentra entonces el campo trampa y el tiempo de cumplimentación. Exigirlo detiene también ese spam; a las personas cuyo navegador no ejecuta JavaScript se les avisa en la página de la encuesta.
spam-protection-save = Guardar la protección contra spam

## Invitations (invitations.rs)

invitations-page-title = Invitaciones: { $survey } · { $tenant }
invitations-heading = Invitaciones: { $survey }
invitations-share = Compartir
invitations-results = Resultados
invitations-responses = Respuestas
invitations-lead = Cada contacto recibe un enlace personal por correo electrónico. Un enlace funciona una sola vez, y los recordatorios solo se envían a quienes no han respondido.
invitations-draft = Las invitaciones pueden enviarse mientras la encuesta está publicada y abierta. Ya puede añadir contactos y redactar el mensaje.
invitations-contacts-heading = Contactos
invitations-none = Aún no hay contactos: añádalos abajo.
invitations-by-status = Contactos por estado
invitations-total = { $total } en total
invitations-sending = Los mensajes están en camino; esta lista se actualiza sola.
invitations-contacts = Contactos
invitations-column-email = Correo electrónico
invitations-column-name = Nombre
invitations-column-status = Estado
invitations-column-messages = Mensajes
invitations-column-other = Otras columnas
invitations-pages = Páginas de contactos
invitations-previous = Página anterior
invitations-next = Página siguiente
invitations-page-of = Página { $page } de { $pages }
invitations-sent = { $count ->
    [one] { $count } mensaje está en camino.
   *[other] { $count } mensajes están en camino.
  }
invitations-send-heading = Enviar
invitations-not-invited = { $count ->
    [0] Todas las personas de la lista han recibido la invitación.
    [one] { $count } contacto aún no ha recibido la invitación.
   *[other] { $count } contactos aún no han recibido la invitación.
  }
invitations-reminder-hint = Se envía un recordatorio a los contactos invitados que no han respondido ni se han dado de baja.
invitations-send-invitations = Enviar invitaciones
invitations-send-reminder = Enviar un recordatorio
invitations-added = { $added ->
    [one] { $added } añadido.
   *[other] { $added } añadidos.
  }
invitations-added-listed = { $added ->
    [one] { $added } añadido
   *[other] { $added } añadidos
  }; { $listed ->
    [one] { $listed } ya estaba
   *[other] { $listed } ya estaban
  } en la lista.
invitations-add-heading = Añadir contactos
invitations-contacts-label = Contactos que añadir
invitations-contacts-hint = Uno por línea: un correo electrónico y, si quiere, una coma y un nombre. O pegue un archivo CSV cuya primera línea nombre sus columnas: email, name y cualquier otra (como first_name o team), que el mensaje puede usar como { "{{" }first_name{ "}}" }. Si una línea es incorrecta, no se añade nada y se indica qué línea es.
invitations-add-button = Añadir contactos
invitations-message-heading = Mensaje
invitations-message-saved = Se guardó el mensaje.
invitations-subject = Asunto
invitations-message = Mensaje
invitations-message-hint = { "{{" }name{ "}}" }, { "{{" }email{ "}}" } y las demás columnas de su lista se rellenan para cada contacto. El enlace personal y un enlace para darse de baja se añaden debajo del mensaje. Una línea en blanco empieza un párrafo nuevo.
invitations-answers-legend = Respuestas de las invitaciones
invitations-anonymous = Anónimas: registrar solo que un contacto respondió
invitations-linked = Vinculadas: guardar cada respuesta con el nombre, el correo electrónico y las columnas del contacto
invitations-save-message = Guardar el mensaje
share-copy-link = Copiar enlace
share-copy-embed-code = Copiar código de inserción
