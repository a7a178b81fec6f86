# subscribers

## admin_tenants.rs: the subscriber list

admin-tenants-title = Suscriptores · Administración de Tailspin
admin-tenants-heading = Suscriptores
admin-tenants-search-label = Nombre o alias
admin-tenants-plan = Plan
admin-tenants-any-plan = Cualquier plan
admin-tenants-status = Estado
admin-tenants-any-status = Cualquier estado
admin-tenants-search = Buscar
admin-tenants-found = { $count ->
    [one] { $count } suscriptor encontrado.
   *[other] { $count } suscriptores encontrados.
  }
admin-tenants-subscriber = Suscriptor
admin-tenants-created = Creado
admin-tenants-active-surveys = Encuestas activas
admin-tenants-responses-this-month = Respuestas este mes
admin-tenants-storage = Almacenamiento
admin-tenants-pages = Páginas de suscriptores
admin-tenants-previous-page = Página anterior
admin-tenants-page-of = Página { $page } de { $pages }
admin-tenants-next-page = Página siguiente
admin-tenants-add = Añadir un suscriptor
admin-tenants-add-text = Registre una organización en su nombre: su plan, su región y su primer administrador o proveedor de identidad.
admin-tenants-restore = Restaurar una copia de seguridad
admin-tenants-restore-text = Cree un nuevo suscriptor a partir de un archivo de copia de seguridad que haya descargado un administrador de un suscriptor.
admin-tenants-recent-deletions = Eliminaciones recientes
admin-tenants-deleted = Eliminado
admin-tenants-purge = Purga
admin-tenants-items-removed = Elementos eliminados

## admin_tenant.rs: one subscriber

admin-tenant-title = { $name } · Administración de Tailspin
admin-tenant-alias = Alias
admin-tenant-status = Estado
admin-tenant-created = Creado
admin-tenant-signs-in-with = Inicia sesión con
admin-tenant-redirect-uri = URI de redirección
admin-tenant-public-surveys = Encuestas públicas
admin-tenant-plan-changes = Cambios de plan
admin-tenant-purge-waiting = Esperando para empezar
admin-tenant-suspend-explanation = Los suscriptores suspendidos no pueden iniciar sesión y sus encuestas no aceptan respuestas hasta que se reactiven.
admin-tenant-suspend-open = Suspender este suscriptor…
admin-tenant-suspend-confirm = Sí, cerrar la sesión de todos en { $name } y cerrar sus encuestas
admin-tenant-suspend-button = Suspender { $name }
admin-tenant-reactivate = Reactivar
admin-tenant-suspended = El suscriptor está suspendido.
admin-tenant-activate = Activar
admin-tenant-pending = El suscriptor está pendiente de activación.
admin-tenant-settings = Configuración
admin-tenant-settings-saved = Se guardó la configuración.
admin-tenant-name = Nombre
admin-tenant-plan = Plan
# { $link } is admin-tenant-plan-hint-link, a link to the sign-in moves.
admin-tenant-plan-hint = Aquí, los planes con el mismo método de inicio de sesión. Para los demás, { $link }.
admin-tenant-plan-hint-link = cambie cómo inicia sesión el suscriptor
admin-tenant-region = Región
admin-tenant-contact-email = Correo electrónico para avisos
admin-tenant-contact-email-hint = Aquí llegan los avisos de activación y de límites del plan. Vacío: ninguno.
admin-tenant-max-active-surveys = Encuestas activas a la vez
# A number field's placeholder: the plan's own limit.
admin-tenant-plan-limit = plan: { $limit }
admin-tenant-plan-no-limit = plan: sin límite
admin-tenant-empty-plan-limit = Vacío: el límite del plan.
admin-tenant-max-users = Usuarios
admin-tenant-monthly-responses = Respuestas al mes
admin-tenant-monthly-responses-hint = Vacío: el límite del plan. Se cuenta por mes natural (UTC); al aumentarlo, las encuestas en pausa se reabren de inmediato.
admin-tenant-save-settings = Guardar configuración
admin-tenant-provider-heading = Inicio de sesión: proveedor de identidad
admin-tenant-provider-saved = Se guardó la configuración del proveedor.
admin-tenant-issuer = URL del emisor
admin-tenant-client-id = ID de cliente
admin-tenant-client-secret = Secreto de cliente
admin-tenant-client-secret-hint = Déjelo vacío para conservar el secreto guardado (vuelve a ser obligatorio si cambian el emisor o el ID de cliente).
admin-tenant-administrator = Administrador (correo electrónico o identificador)
admin-tenant-identifying-claim = Claim identificador
admin-tenant-claim-rules = Reglas de asignación de claims
admin-tenant-save-provider = Guardar configuración del proveedor
admin-tenant-delete-heading = Eliminar el suscriptor
admin-tenant-delete-lead = De inmediato, nadie puede iniciar sesión y las encuestas públicas desaparecen. Después, todas las encuestas, respuestas, usuarios, el logotipo y la base de datos de exportación se eliminan en segundo plano. Esto no se puede deshacer; descargue antes una copia de seguridad si el suscriptor pudiera volver.
admin-tenant-delete-type = Escriba { $alias } para confirmar
admin-tenant-delete-button = Eliminar el suscriptor y todos sus datos
admin-tenant-deletion = Eliminación
admin-tenant-items-removed = { $count ->
    [one] { $count } elemento eliminado hasta ahora.
   *[other] { $count } elementos eliminados hasta ahora.
  }
admin-tenant-deleting = Eliminación en curso

## region_move_panel.rs: where a subscriber's data lives, and moving it

region-move-panel-heading = Región
region-move-panel-kept-own = Sus encuestas y respuestas se guardan en la base de datos propia de la región { $region }.
region-move-panel-kept-main = Sus encuestas y respuestas se guardan en la base de datos principal (región { $region }).
region-move-panel-own-database = { $region } (base de datos propia)
region-move-panel-main-database = { $region } (base de datos principal)
region-move-panel-help = Copia las encuestas y respuestas a la región elegida mientras siguen recibiendo respuestas, cambia a la nueva copia y luego elimina la anterior. Las respuestas que llegan durante el cambio esperan un momento y se conservan.
region-move-panel-move-to = Mover a
region-move-panel-move = Mover los datos del suscriptor
# { $at } is a timestamp such as 2026-03-31 14:05:00 UTC.
region-move-panel-rows-copied = { $count ->
    [one] { $count } fila copiada.
   *[other] { $count } filas copiadas.
  } Solicitado por { $by } el { $at }.
region-move-panel-moving = Traslado en curso

## admin_sign_in_moves.rs: moving a subscriber to a plan that signs in differently

# How a plan signs in, after “signs in with”.
admin-sign-in-moves-social = una identidad social, la del propietario
admin-sign-in-moves-passwords = correos electrónicos y contraseñas gestionados por Tailspin Surveys
admin-sign-in-moves-own-provider = el proveedor OpenID Connect propio del suscriptor
admin-sign-in-moves-done = Se cambió al plan { $plan }; se cerró la sesión de todos.
admin-sign-in-moves-done-provider = Se cambió al plan { $plan }; se cerró la sesión de todos. Todos inician sesión a través del proveedor; { $administrator } siempre tiene el rol de administrador.
# { $people }: the email addresses, separated by commas.
admin-sign-in-moves-done-mailed = Se cambió al plan { $plan }; se cerró la sesión de todos. Enviamos los siguientes pasos a { $people }.
admin-sign-in-moves-title = Cómo inicia sesión { $name } · Administración de Tailspin
admin-sign-in-moves-heading = Cambiar cómo inicia sesión { $name }
# { $method } is one of admin-sign-in-moves-social, -passwords, -own-provider.
admin-sign-in-moves-current = { $name } tiene el plan { $plan } e inicia sesión con { $method }.
admin-sign-in-moves-intro = Pasar a un plan con otro método de inicio de sesión cambia quién puede iniciar sesión y cómo. Cada plan indica qué debe cambiar antes y quién conserva su cuenta. Las encuestas y respuestas no cambian; se cierra la sesión de todos.
admin-sign-in-moves-before = Antes de pasar a { $plan }:
admin-sign-in-moves-signs-in-with = Inicia sesión con { $method }.
admin-sign-in-moves-removed = Estas personas no tienen un correo electrónico con el que el nuevo inicio de sesión pueda encontrarlas, y se eliminan:
admin-sign-in-moves-confirm = He leído quién conserva su cuenta y quién se elimina
admin-sign-in-moves-move = Pasar a { $plan }
admin-sign-in-moves-owner-password = El propietario conserva la cuenta y elige una contraseña mediante un enlace enviado a este correo electrónico:
admin-sign-in-moves-owner-email-sign-in = Correo electrónico del propietario para iniciar sesión
admin-sign-in-moves-users-passwords = Estas personas conservan sus cuentas; cada una recibe un enlace para elegir una contraseña:
admin-sign-in-moves-provider-kept = Estas personas conservan sus cuentas: cada una se identifica por el correo electrónico que el proveedor verifica la primera vez que inicia sesión allí.
admin-sign-in-moves-set-up = Configurar el proveedor y pasar a { $plan }
admin-sign-in-moves-redirect = Registre esta URI de redirección en el proveedor del suscriptor:
admin-sign-in-moves-secret-hint = El secreto que el proveedor emitió para esta aplicación. Se guarda cifrado y no se vuelve a mostrar.
admin-sign-in-moves-test-and-move = Probar el proveedor y pasar a { $plan }
admin-sign-in-moves-owner-social = El propietario conserva la cuenta, con sus encuestas, e inicia sesión con la cuenta social cuyo correo electrónico verificado es:
admin-sign-in-moves-owner-email = Correo electrónico del propietario
admin-sign-in-moves-social-provider = Proveedor social

move-step-logo = Copiando el logotipo
move-step-copying = Copiando: { $table }
move-step-copying-changes = Copiando lo que cambió: { $table }
move-step-holding = Reteniendo las respuestas nuevas para la última copia
move-step-checking = Comprobando los recuentos
move-step-switched = Cambiado; la región anterior envía lo que tenía en cola
move-step-waiting = Esperando a que la región anterior envíe { $count ->
    [one] 1 mensaje en cola
   *[other] { $count } mensajes en cola
}
move-step-removing = Eliminando la copia de la región anterior
move-finished = { $surveys ->
    [one] Se trasladó 1 encuesta
   *[other] Se trasladaron { $surveys } encuestas
} y { $responses ->
    [one] 1 respuesta
   *[other] { $responses } respuestas
}.
move-overtaken = La región del suscriptor cambió, o se está eliminando; no se trasladó nada.
move-given-up = Detenido tras fallos repetidos; el suscriptor sigue donde estaba (consulte el registro del servidor).
move-copy-left = Trasladado, pero la copia de la región anterior no pudo eliminarse tras fallos repetidos (consulte el registro del servidor).
purge-given-up = Detenido tras interrupciones repetidas; consulte el registro del servidor y vuelva a ponerlo en cola.
