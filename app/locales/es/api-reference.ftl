# api-reference
# The API reference's texts from the OpenAPI document and the problem
# table (server/src/routes/api_v1/): formatted on the server only
# (api/api_reference.rs, its texts module). English says exactly what the utoipa
# annotations and PROBLEMS say (a test in api_v1/reference.rs compares);
# change both together. Keys: api-<method>-<path>-summary,
# -param-<name>, -response-<status>, api-problem-<code>. Text in
# backticks is code: keep it as it is.

api-description = Lea y gestione las encuestas y respuestas de un suscriptor. Autentíquese con una clave de API que un administrador crea en la página Claves de API: `Authorization: Bearer tsk_…`. Los errores son detalles de problema (RFC 9457); las lecturas incluyen un `ETag`; cada clave tiene un límite de solicitudes, que se indica en los encabezados `RateLimit`.

api-get-api-v1-surveys-summary = Todas las encuestas del suscriptor de la clave, tal como las muestra su panel.
api-get-api-v1-surveys-response-200 = Las encuestas
api-get-api-v1-surveys-response-304 = Sin cambios desde el `ETag` enviado en `If-None-Match`
api-get-api-v1-surveys-response-401 = Sin clave válida
api-get-api-v1-surveys-response-403 = La clave no tiene `surveys:read`
api-get-api-v1-surveys-response-429 = Límite de solicitudes alcanzado

api-get-api-v1-surveys-slug-summary = Una encuesta con sus preguntas, páginas y lógica.
api-get-api-v1-surveys-slug-param-slug = La dirección de la encuesta
api-get-api-v1-surveys-slug-response-200 = La encuesta
api-get-api-v1-surveys-slug-response-304 = Sin cambios desde el `ETag` enviado en `If-None-Match`
api-get-api-v1-surveys-slug-response-401 = Sin clave válida
api-get-api-v1-surveys-slug-response-403 = La clave no tiene `surveys:read`
api-get-api-v1-surveys-slug-response-404 = No existe esa encuesta

api-post-api-v1-surveys-summary = Crea un borrador a partir de una plantilla o de sus preguntas, que se comprueban todas antes: cada problema se indica por campo (`questions[2].options`) y no se guarda nada.
api-post-api-v1-surveys-param-idempotency-key = Las repeticiones con la misma clave obtienen el resultado de la primera solicitud durante 24 horas
api-post-api-v1-surveys-response-201 = El nuevo borrador
api-post-api-v1-surveys-response-400 = El cuerpo no es JSON con esta forma
api-post-api-v1-surveys-response-401 = Sin clave válida
api-post-api-v1-surveys-response-403 = La clave no tiene `surveys:write`
api-post-api-v1-surveys-response-409 = La primera solicitud con esta Idempotency-Key aún está en curso
api-post-api-v1-surveys-response-422 = Hay campos que corregir; no se guardó nada

api-post-api-v1-surveys-slug-duplicate-summary = Una copia de la encuesta como borrador, sea cual sea su estado: su título, descripción, preguntas y lógica; sin respuestas.
api-post-api-v1-surveys-slug-duplicate-param-slug = La dirección de la encuesta
api-post-api-v1-surveys-slug-duplicate-param-idempotency-key = Las repeticiones con la misma clave obtienen el resultado de la primera solicitud durante 24 horas
api-post-api-v1-surveys-slug-duplicate-response-201 = La copia
api-post-api-v1-surveys-slug-duplicate-response-401 = Sin clave válida
api-post-api-v1-surveys-slug-duplicate-response-403 = La clave no tiene `surveys:write`
api-post-api-v1-surveys-slug-duplicate-response-404 = No existe esa encuesta

api-post-api-v1-surveys-slug-publish-summary = Publica un borrador: a partir de entonces sus preguntas ya no se pueden cambiar.
api-post-api-v1-surveys-slug-publish-param-slug = La dirección de la encuesta
api-post-api-v1-surveys-slug-publish-response-200 = La encuesta publicada
api-post-api-v1-surveys-slug-publish-response-400 = No es un borrador, o el cuerpo no es JSON con esta forma
api-post-api-v1-surveys-slug-publish-response-401 = Sin clave válida
api-post-api-v1-surveys-slug-publish-response-403 = La clave no tiene `surveys:write`
api-post-api-v1-surveys-slug-publish-response-404 = No existe esa encuesta
api-post-api-v1-surveys-slug-publish-response-422 = Horas o límite que corregir, ninguna pregunta, o se alcanzó el número de encuestas activas del plan

api-post-api-v1-surveys-slug-close-summary = Cierra una encuesta publicada: ya no acepta más respuestas.
api-post-api-v1-surveys-slug-close-param-slug = La dirección de la encuesta
api-post-api-v1-surveys-slug-close-response-200 = La encuesta cerrada
api-post-api-v1-surveys-slug-close-response-400 = No es una encuesta publicada
api-post-api-v1-surveys-slug-close-response-401 = Sin clave válida
api-post-api-v1-surveys-slug-close-response-403 = La clave no tiene `surveys:write`
api-post-api-v1-surveys-slug-close-response-404 = No existe esa encuesta

api-patch-api-v1-surveys-slug-summary = Cambia el título, la dirección o la descripción de un borrador. Con `If-Match`, solo si el borrador sigue siendo la versión que indica su `ETag`.
api-patch-api-v1-surveys-slug-param-slug = La dirección de la encuesta
api-patch-api-v1-surveys-slug-param-if-match = El `ETag` de la versión leída
api-patch-api-v1-surveys-slug-response-200 = El borrador modificado
api-patch-api-v1-surveys-slug-response-400 = No es un borrador, o el cuerpo no es JSON con esta forma
api-patch-api-v1-surveys-slug-response-401 = Sin clave válida
api-patch-api-v1-surveys-slug-response-403 = La clave no tiene `surveys:write`
api-patch-api-v1-surveys-slug-response-404 = No existe esa encuesta
api-patch-api-v1-surveys-slug-response-412 = Ha cambiado desde la versión que indica `If-Match`
api-patch-api-v1-surveys-slug-response-422 = Hay campos que corregir; no se cambió nada

api-post-api-v1-surveys-slug-questions-summary = Añade una pregunta al final de un borrador.
api-post-api-v1-surveys-slug-questions-param-slug = La dirección de la encuesta
api-post-api-v1-surveys-slug-questions-response-201 = El borrador con su nueva pregunta
api-post-api-v1-surveys-slug-questions-response-400 = No es un borrador, o el cuerpo no es JSON con esta forma
api-post-api-v1-surveys-slug-questions-response-401 = Sin clave válida
api-post-api-v1-surveys-slug-questions-response-403 = La clave no tiene `surveys:write`
api-post-api-v1-surveys-slug-questions-response-404 = No existe esa encuesta
api-post-api-v1-surveys-slug-questions-response-422 = Hay campos que corregir; no se añadió nada

api-get-api-v1-surveys-slug-responses-summary = Las respuestas de la encuesta en el orden en que se guardaron, una página cada vez. Guarde el `cursor` y envíelo como `after` la próxima vez para obtener solo lo nuevo: ninguna respuesta se queda nunca detrás de un cursor, ni siquiera una cuyo guardado terminó después del de otras posteriores.
api-get-api-v1-surveys-slug-responses-param-slug = La dirección de la encuesta
api-get-api-v1-surveys-slug-responses-param-after = El `cursor` de la página anterior: solo las respuestas guardadas después.
api-get-api-v1-surveys-slug-responses-param-limit = Respuestas por página, de 1 a 1000 (100 por defecto).
api-get-api-v1-surveys-slug-responses-param-since = Solo las respuestas recibidas en este momento o después (RFC 3339, UTC).
api-get-api-v1-surveys-slug-responses-param-until = Solo las respuestas recibidas antes de este momento (RFC 3339, UTC).
api-get-api-v1-surveys-slug-responses-response-200 = Una página de respuestas
api-get-api-v1-surveys-slug-responses-response-304 = Sin cambios desde el `ETag` enviado en `If-None-Match`
api-get-api-v1-surveys-slug-responses-response-400 = Un `after` o un `limit` no válido
api-get-api-v1-surveys-slug-responses-response-401 = Sin clave válida
api-get-api-v1-surveys-slug-responses-response-403 = La clave no tiene `responses:read`
api-get-api-v1-surveys-slug-responses-response-404 = No existe esa encuesta

api-get-api-v1-surveys-slug-responses-id-summary = Una respuesta, por el `id` que dio una página de respuestas.
api-get-api-v1-surveys-slug-responses-id-param-slug = La dirección de la encuesta
api-get-api-v1-surveys-slug-responses-id-param-id = El `id` de la respuesta
api-get-api-v1-surveys-slug-responses-id-response-200 = La respuesta
api-get-api-v1-surveys-slug-responses-id-response-304 = Sin cambios desde el `ETag` enviado en `If-None-Match`
api-get-api-v1-surveys-slug-responses-id-response-401 = Sin clave válida
api-get-api-v1-surveys-slug-responses-id-response-403 = La clave no tiene `responses:read`
api-get-api-v1-surveys-slug-responses-id-response-404 = No existe esa encuesta, o no tiene esa respuesta

api-delete-api-v1-surveys-slug-responses-id-summary = Elimina una respuesta definitivamente; sus contestaciones dejan de contar de inmediato en el resumen de la encuesta.
api-delete-api-v1-surveys-slug-responses-id-param-slug = La dirección de la encuesta
api-delete-api-v1-surveys-slug-responses-id-param-id = El `id` de la respuesta
api-delete-api-v1-surveys-slug-responses-id-response-204 = Eliminada
api-delete-api-v1-surveys-slug-responses-id-response-401 = Sin clave válida
api-delete-api-v1-surveys-slug-responses-id-response-403 = La clave no tiene `surveys:write`
api-delete-api-v1-surveys-slug-responses-id-response-404 = No existe esa encuesta, o no tiene esa respuesta

api-get-api-v1-surveys-slug-summary-summary = Las estadísticas en directo de la encuesta: las cifras de cada pregunta tal como las muestra la página Resultados.
api-get-api-v1-surveys-slug-summary-param-slug = La dirección de la encuesta
api-get-api-v1-surveys-slug-summary-response-200 = El resumen
api-get-api-v1-surveys-slug-summary-response-304 = Sin cambios desde el `ETag` enviado en `If-None-Match`
api-get-api-v1-surveys-slug-summary-response-401 = Sin clave válida
api-get-api-v1-surveys-slug-summary-response-403 = La clave no tiene `responses:read`
api-get-api-v1-surveys-slug-summary-response-404 = No existe esa encuesta

api-get-api-v1-surveys-slug-contacts-summary = Los contactos de la encuesta, 50 por página, cada uno con su estado.
api-get-api-v1-surveys-slug-contacts-param-slug = La dirección de la encuesta
api-get-api-v1-surveys-slug-contacts-param-page = 1 para los primeros 50 contactos en el orden en que se añadieron, 2 para los siguientes…
api-get-api-v1-surveys-slug-contacts-response-200 = Una página de contactos
api-get-api-v1-surveys-slug-contacts-response-304 = Sin cambios desde el `ETag` enviado en `If-None-Match`
api-get-api-v1-surveys-slug-contacts-response-400 = Un `page` no válido
api-get-api-v1-surveys-slug-contacts-response-401 = Sin clave válida
api-get-api-v1-surveys-slug-contacts-response-403 = La clave no tiene `responses:read`
api-get-api-v1-surveys-slug-contacts-response-404 = No existe esa encuesta

api-post-api-v1-surveys-slug-contacts-summary = Añade contactos a la lista de la encuesta, comprobados en conjunto: se indica el problema de cualquiera de ellos (`Contact 3: …`) y no se añade ninguno.
api-post-api-v1-surveys-slug-contacts-param-slug = La dirección de la encuesta
api-post-api-v1-surveys-slug-contacts-param-idempotency-key = Las repeticiones con la misma clave obtienen el resultado de la primera solicitud durante 24 horas
api-post-api-v1-surveys-slug-contacts-response-200 = Añadidos
api-post-api-v1-surveys-slug-contacts-response-400 = El cuerpo no es JSON con esta forma
api-post-api-v1-surveys-slug-contacts-response-401 = Sin clave válida
api-post-api-v1-surveys-slug-contacts-response-403 = La clave no tiene `surveys:write`
api-post-api-v1-surveys-slug-contacts-response-404 = No existe esa encuesta
api-post-api-v1-surveys-slug-contacts-response-409 = La primera solicitud con esta Idempotency-Key aún está en curso
api-post-api-v1-surveys-slug-contacts-response-422 = Hay un contacto que corregir; no se añadió ninguno

api-post-api-v1-surveys-slug-invitations-summary = Envía la invitación a cada contacto que aún no ha sido invitado, o un recordatorio a cada contacto invitado que no ha respondido. Cada mensaje lleva un enlace personal con el que se puede responder una vez.
api-post-api-v1-surveys-slug-invitations-param-slug = La dirección de la encuesta
api-post-api-v1-surveys-slug-invitations-param-idempotency-key = Las repeticiones con la misma clave obtienen el resultado de la primera solicitud durante 24 horas
api-post-api-v1-surveys-slug-invitations-response-202 = En cola
api-post-api-v1-surveys-slug-invitations-response-400 = No hay nadie a quien enviar, o la encuesta no acepta respuestas
api-post-api-v1-surveys-slug-invitations-response-401 = Sin clave válida
api-post-api-v1-surveys-slug-invitations-response-403 = La clave no tiene `surveys:write`
api-post-api-v1-surveys-slug-invitations-response-404 = No existe esa encuesta
api-post-api-v1-surveys-slug-invitations-response-409 = La primera solicitud con esta Idempotency-Key aún está en curso

api-get-api-v1-webhooks-summary = Los endpoints del suscriptor, los más antiguos primero.
api-get-api-v1-webhooks-response-200 = Los endpoints
api-get-api-v1-webhooks-response-401 = Sin clave válida
api-get-api-v1-webhooks-response-403 = La clave no tiene `webhooks:write`

api-post-api-v1-webhooks-summary = Registra un endpoint con un nuevo secreto de firma; léalo con `GET /api/v1/webhooks/{"{"}id{"}"}/secret`.
api-post-api-v1-webhooks-param-idempotency-key = Las repeticiones con la misma clave obtienen el resultado de la primera solicitud durante 24 horas
api-post-api-v1-webhooks-response-201 = El endpoint
api-post-api-v1-webhooks-response-401 = Sin clave válida
api-post-api-v1-webhooks-response-403 = La clave no tiene `webhooks:write`
api-post-api-v1-webhooks-response-422 = Se rechazaron la dirección o los eventos; no se guardó nada

api-get-api-v1-webhooks-id-secret-summary = El secreto de firma del endpoint.
api-get-api-v1-webhooks-id-secret-param-id = El endpoint
api-get-api-v1-webhooks-id-secret-response-200 = El secreto
api-get-api-v1-webhooks-id-secret-response-401 = Sin clave válida
api-get-api-v1-webhooks-id-secret-response-403 = La clave no tiene `webhooks:write`
api-get-api-v1-webhooks-id-secret-response-404 = No existe ese endpoint

api-delete-api-v1-webhooks-id-summary = Elimina un endpoint con sus entregas pendientes y su registro.
api-delete-api-v1-webhooks-id-param-id = El endpoint
api-delete-api-v1-webhooks-id-response-204 = Eliminado
api-delete-api-v1-webhooks-id-response-401 = Sin clave válida
api-delete-api-v1-webhooks-id-response-403 = La clave no tiene `webhooks:write`
api-delete-api-v1-webhooks-id-response-404 = No existe ese endpoint

api-problem-bad-request = No se pudo leer un parámetro, un encabezado o el cuerpo, o la encuesta no está en un estado que permita el cambio (los textos de una encuesta publicada ya no se pueden cambiar).
api-problem-invalid-input = Hay campos de la solicitud que corregir; `errors` los enumera. No se cambió nada.
api-problem-unauthorized = No hay clave de API, o la clave es desconocida, está revocada o ha caducado, o es de un suscriptor que no está activo.
api-problem-forbidden = La clave no tiene el ámbito que necesita esta solicitud.
api-problem-not-found = No existe esa encuesta o respuesta para el suscriptor de esta clave.
api-problem-rate-limited = La clave hizo demasiadas solicitudes; espere los segundos que indica `Retry-After`.
api-problem-precondition-failed = `If-Match` indicó una versión que ya no es la actual: léala de nuevo y después cámbiela.
api-problem-idempotency-in-progress = Una solicitud con esta `Idempotency-Key` aún está en curso; inténtelo de nuevo en un momento.
api-problem-idempotency-key-reused = Esta `Idempotency-Key` ya se envió con otra solicitud; use una clave nueva para cada solicitud nueva.
api-problem-too-large = El cuerpo de la solicitud es demasiado grande.
api-problem-survey-closed = La encuesta ya no acepta respuestas.
api-problem-survey-not-open = La encuesta se abre más adelante.
api-problem-monthly-limit = El suscriptor ya recibió este mes todas las respuestas que permite su plan.
api-problem-already-answered = Ya se respondió con este enlace personal.
api-problem-unavailable = El servicio está ocupado o en mantenimiento; inténtelo de nuevo en breve.
api-problem-internal = Algo falló por nuestra parte; los detalles se registran, pero nunca se envían.
