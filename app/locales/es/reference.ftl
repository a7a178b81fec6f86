# reference
# The API reference (api_reference.rs) and its webhooks part
# (webhook_reference.rs). Placeholders hold code, kept as it is.

api-reference-title = Referencia de la API
api-reference-heading = API de Tailspin Surveys
api-reference-openapi = La descripción legible por máquinas (OpenAPI 3.1): { $link }
api-reference-start-here = Primeros pasos
api-reference-create-key = Un administrador crea una clave en Claves de API, en la configuración del suscriptor. Después:
api-reference-cursor = Para leer cada respuesta nueva desde su última llamada, guarde el { $cursor } de cada página y envíelo de vuelta como { $after }.
api-reference-scopes = Ámbitos
api-reference-requests = Solicitudes
api-reference-errors = Errores
api-reference-problem-details = Los errores son detalles de problema (RFC 9457, { $media }). Su { $field } termina con uno de estos códigos, que no cambian:
api-reference-error-types = Tipos de error
api-reference-code = Código
api-reference-when = Cuándo
api-reference-limits = Límites y caché
api-reference-rate-limits = Cada clave puede hacer un número limitado de solicitudes por minuto. Cada respuesta indica lo que queda en { $left } y la cuota en { $policy }; si se supera, la respuesta es 429 con { $retry }.
api-reference-etags = Las lecturas incluyen un { $etag }; envíelo de vuelta en { $header } para obtener 304 si nada ha cambiado.
api-reference-needs-scope = Necesita el ámbito { $scope }.
api-reference-parameters = Parámetros
api-reference-parameters-of = Parámetros de { $operation }
api-reference-name = Nombre
api-reference-in = Ubicación
# Where a parameter goes (the OpenAPI document's path, query, header).
api-reference-in-path = ruta
api-reference-in-query = consulta
api-reference-in-header = encabezado
api-reference-meaning = Significado
# A parameter's place (path, query) when it must be given.
api-reference-required-in = { $location }, obligatorio
api-reference-answers = Respuestas

webhook-reference-heading = Webhooks
webhook-reference-intro = Un administrador registra una dirección https en Webhooks, en la configuración del suscriptor, y elige sus eventos. Cada evento se envía a esa dirección como JSON, firmado según la especificación { $specification }.
webhook-reference-events = Eventos
webhook-reference-delivery = Una entrega
webhook-reference-delivery-text = { $id } es el mismo en todos los intentos de un mismo evento: guarde los ids que ya haya procesado y podrá ignorar las repeticiones sin riesgo. Las respuestas de cada participante tienen la misma forma que en { $shape }.
webhook-reference-verifying = Verificación
webhook-reference-verifying-text = Compruebe la firma con el secreto del endpoint ({ $secret }) y una biblioteca de Standard Webhooks antes de confiar en una entrega. Tras una rotación, las entregas llevan dos firmas durante un día: la del secreto nuevo y la del antiguo.
webhook-reference-retries = Entrega y reintentos
webhook-reference-retries-text = Responda con cualquier estado 2xx en un plazo de 10 segundos. Los eventos llegan a cada endpoint al menos una vez y en el orden en que ocurrieron. Una entrega fallida se reintenta a los 5 segundos y después esperando cada vez el doble, hasta dos horas; los eventos posteriores esperan su turno. Tras un día de fallos, el endpoint se desactiva y se avisa al administrador por correo electrónico; los eventos se conservan y se envían en orden cuando se vuelve a activar. Cada intento aparece en la página del endpoint, desde donde se puede volver a enviar cualquier entrega.
