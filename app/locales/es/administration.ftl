# administration

## admin.rs: the administrators' home

admin-heading = Administración de Tailspin
admin-sign-in-heading = Inicie sesión
admin-sign-in-link = Iniciar sesión en la administración de Tailspin
# $email is shown in bold.
admin-signed-in-as = Sesión iniciada como { $email }
admin-statistics-heading = Tarea de estadísticas
admin-statistics-queued = Respuestas pendientes de fusionar
admin-statistics-oldest = La más antigua espera desde
admin-statistics-dead-letters = Mensajes fallidos
admin-statistics-here = La tarea de este servidor desde que se inició:
admin-statistics-merged = Respuestas fusionadas
admin-statistics-conflicts = Conflictos de versión (reintentados)
admin-statistics-failed = Intentos fallidos
admin-statistics-elsewhere = La tarea se ejecuta en procesos de trabajo independientes; sus contadores están en sus registros.

## admin_mail.rs: /admin/email

admin-mail-title = Correo electrónico · Administración de Tailspin
admin-mail-heading = Correo electrónico
# $server is the SMTP server's address, shown as code.
admin-mail-smtp = El correo se envía a través del servidor SMTP { $server }.
# $variable is the setting's name (TAILSPIN_SMTP_URL) and $directory a
# folder, both shown as code; keep $variable before $directory.
admin-mail-outbox = No hay ningún servidor SMTP configurado ({ $variable }), así que el correo no se envía, sino que se escribe en el directorio de bandeja de salida { $directory }. Los mensajes más recientes se muestran a continuación.
admin-mail-count = { $count ->
    [one] { $count } mensaje.
   *[other] { $count } mensajes.
  }
admin-mail-written = Escrito { $at } · { $name }.eml
admin-mail-in-outbox = En la bandeja de salida
admin-mail-recent = Mensajes recientes
admin-mail-queued = En cola
admin-mail-subscriber = Suscriptor
admin-mail-kind = Tipo
admin-mail-to = Para
admin-mail-subject = Asunto
admin-mail-state = Estado
admin-mail-attempts = Intentos
admin-mail-last-error = Último error

## admin_restore.rs: /admin/restore

admin-restore-title = Restaurar una copia de seguridad · Administración de Tailspin
admin-restore-heading = Restaurar una copia de seguridad
admin-restore-lead = Crea un suscriptor nuevo a partir de una copia de seguridad que descargó un administrador de un suscriptor: su configuración, encuestas, respuestas, usuarios e imagen de marca. Las estadísticas se reconstruyen después de la restauración. Las copias de seguridad no contienen secretos, así que indique los que necesita su inicio de sesión.
admin-restore-archive = Archivo de copia de seguridad (.tar.gz, 100 MiB como máximo)
admin-restore-alias = Alias nuevo
admin-restore-password = Contraseña del primer administrador (plan Estándar)
admin-restore-secret = Secreto de cliente en el proveedor de identidad (plan Premium)
admin-restore-submit = Restaurar en un suscriptor nuevo

## admin_usage.rs: /admin/usage and /admin/dead-letters

# $month is written 2026-03.
admin-usage-title = Uso { $month } · Administración de Tailspin
admin-usage-heading = Uso de { $month }
admin-usage-months = Meses
admin-usage-month = Mes
admin-usage-show = Mostrar
admin-usage-download = Descargar usage-{ $month }.csv
# $storage is a size such as 1.5 MB.
admin-usage-summary = { $subscribers ->
    [one] { $subscribers } suscriptor
   *[other] { $subscribers } suscriptores
  }; { $responses ->
    [one] { $responses } respuesta
   *[other] { $responses } respuestas
  }, { $surveys ->
    [one] { $surveys } encuesta publicada
   *[other] { $surveys } encuestas publicadas
  }, { $storage } almacenados en total.
admin-usage-storage-hint = El almacenamiento comprende las respuestas que el suscriptor recibió hasta final de mes más sus archivos tal como están ahora.
admin-usage-by-subscriber = Uso por suscriptor
admin-usage-subscriber = Suscriptor
admin-usage-plan = Plan
admin-usage-responses = Respuestas
admin-usage-surveys-published = Encuestas publicadas
admin-usage-active-surveys = Encuestas activas
admin-usage-users = Usuarios
admin-usage-storage = Almacenamiento
admin-usage-plan-changes = Cambios de plan
admin-usage-when = Cuándo
admin-usage-from = De
admin-usage-to = A
admin-usage-by = Por
admin-usage-no-plan-changes = Ningún suscriptor cambió de plan en { $month }.
admin-usage-prorates = La facturación prorratea el mes de cada suscriptor a partir de estos momentos.
admin-usage-download-plan-changes = Descargar plan-changes-{ $month }.csv
admin-usage-dead-letters-title = Mensajes fallidos · Administración de Tailspin
admin-usage-dead-letters-heading = Mensajes fallidos
admin-usage-dead-letters-lead = Respuestas que la tarea de estadísticas no pudo fusionar tras cinco intentos. Están guardadas y aparecen en las respuestas y exportaciones, pero no en las estadísticas. Vuelva a ponerlas en cola cuando se haya corregido la causa, o descártelas.
admin-usage-no-dead-letters = No hay mensajes fallidos.
admin-usage-dead-letter-count = { $count ->
    [one] { $count } mensaje fallido.
   *[other] { $count } mensajes fallidos.
  }
admin-usage-failed = Falló
admin-usage-submission = Envío
admin-usage-attempts = Intentos
admin-usage-error = Error
admin-usage-actions = Acciones
# $submission is a number that names a submission, $survey a survey's address name.
admin-usage-submission-of = { $submission } de { $survey }
admin-usage-requeue = Volver a poner en cola
admin-usage-discard = Descartar
