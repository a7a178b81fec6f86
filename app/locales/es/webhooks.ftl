# webhooks
# Los endpoints de webhook (webhooks.rs) y la página de un endpoint
# (webhook_endpoint.rs).

webhooks-title = Webhooks · { $tenant }
webhooks-heading = Webhooks
webhooks-lead = Los webhooks avisan a sus propios sistemas en cuanto ocurre algo: llega una respuesta, se publica o se cierra una encuesta. Cada evento va firmado según la especificación Standard Webhooks, para que su receptor pueda comprobar que procede de nosotros. { $link }
webhooks-lead-link = Cómo recibirlos
webhooks-endpoints-heading = Endpoints
webhooks-table-label = Endpoints de webhook
webhooks-column-address = Dirección
webhooks-column-events = Eventos
webhooks-column-state = Estado
webhooks-column-waiting = Pendientes
webhooks-enabled = Activado
webhooks-disabled = Desactivado
webhooks-none = Todavía no hay endpoints.
webhooks-add-heading = Añadir un endpoint
webhooks-add-button = Añadir endpoint
webhooks-field-address = Dirección
webhooks-field-address-hint = Una dirección https de su sistema que acepte solicitudes POST con JSON.
webhooks-field-description = Descripción (opcional)
webhooks-field-events = Enviar estos eventos

webhook-endpoint-title = Endpoint de webhook · { $tenant }
webhook-endpoint-heading = Endpoint de webhook
webhook-endpoint-all = Todos los endpoints
webhook-endpoint-enabled = Activado: los eventos se envían en cuanto ocurren.
webhook-endpoint-disable = Desactivar endpoint
webhook-endpoint-disabled = Desactivado.
webhook-endpoint-disabled-kept = Mientras esté desactivado, los eventos se conservan y se envían en orden en cuanto se active.
webhook-endpoint-enable = Activar endpoint
webhook-endpoint-secret-heading = Secreto de firma
webhook-endpoint-headers = Cada entrega lleva los encabezados { $id }, { $timestamp } y { $signature }. Verifíquelos con este secreto y una biblioteca de Standard Webhooks antes de confiar en una entrega.
webhook-endpoint-show-secret = Mostrar el secreto de firma
webhook-endpoint-secret-field = Secreto de firma
webhook-endpoint-overlap = El secreto anterior a la última rotación sigue firmando hasta { $until }; mientras tanto, ambos son válidos.
webhook-endpoint-rotate-summary = Rotar el secreto
webhook-endpoint-rotate-explained = A partir de ahora firma un secreto nuevo. El actual sigue firmando durante 24 horas, para que su receptor pueda hacer el cambio sin perder ningún evento.
webhook-endpoint-rotate-confirm = Sí, rotar el secreto
webhook-endpoint-test-heading = Prueba
webhook-endpoint-ping = Enviar un ping de prueba
webhook-endpoint-deliveries-heading = Entregas
webhook-endpoint-deliveries-hint = Las más recientes primero. Una entrega que falla se reintenta, esperando cada vez más, durante un día como máximo; después, el endpoint se desactiva y se le avisa por correo electrónico.
webhook-endpoint-refresh = Actualizar
webhook-endpoint-column-event = Evento
webhook-endpoint-column-created = Creada
webhook-endpoint-column-status = Estado
webhook-endpoint-column-attempts = Intentos
webhook-endpoint-column-actions = Acciones
webhook-endpoint-no-deliveries = Todavía no hay entregas. Envíe un ping de prueba o espere a que ocurra un evento.
webhook-endpoint-older = Entregas anteriores
webhook-endpoint-settings-heading = Configuración
webhook-endpoint-save = Guardar cambios
webhook-endpoint-delete-summary = Eliminar este endpoint
webhook-endpoint-delete-explained = Sus eventos en espera y su registro de entregas se eliminan con él. Esta acción no se puede deshacer.
webhook-endpoint-delete-confirm = Sí, eliminar el endpoint
webhook-endpoint-delivered = Entregada
webhook-endpoint-failed = Fallida
webhook-endpoint-waiting-turn = Esperando su turno
webhook-endpoint-retrying-at = Próximo intento: { $at }
webhook-endpoint-no-attempts = Ninguno todavía
webhook-endpoint-attempts = { $count ->
    [one] { $count } intento
   *[other] { $count } intentos
  }
webhook-endpoint-answer = HTTP { $status } en { $duration } ms
webhook-endpoint-no-answer = Sin respuesta tras { $duration } ms: { $error }
webhook-endpoint-redeliver = Volver a entregar
webhook-endpoint-retry-now = Reintentar ahora
webhook-endpoint-redeliver-label = Volver a entregar { $event } { $message }
webhook-endpoint-retry-now-label = Reintentar ahora { $event } { $message }
webhook-endpoint-copy-secret = Copiar secreto
webhook-disabled-by-administrator = Desactivado por un administrador.
webhook-disabled-after-failures = Falló durante un día; el último intento dijo: { $error }
