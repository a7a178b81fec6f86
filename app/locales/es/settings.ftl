# settings

## Users (users.rs)

users-title = Usuarios · { $tenant }
users-heading = Usuarios
users-usage-limited = { $count } de { $max ->
    [one] { $max } usuario
   *[other] { $max } usuarios
  } en el plan { $plan }.
users-usage-unlimited = { $count ->
    [one] { $count } usuario
   *[other] { $count } usuarios
  } en el plan { $plan } (sin límite).
users-federated = Sus usuarios inician sesión con el proveedor de identidad de su organización. Aparecen aquí tras su primer inicio de sesión; su rol se determina con sus reglas de asignación de claims cada vez que inician sesión.
users-social = Esta suscripción pertenece a una única identidad social, que es su único usuario.
users-column-name = Nombre
users-column-signs-in-as = Inicia sesión como
users-column-role = Rol
users-column-last-sign-in = Último inicio de sesión
users-column-actions = Acciones
users-password-changed = Se cambió la contraseña.
users-invitation-resent = Se volvió a enviar la invitación.
users-role-changed = Se cambió el rol.
users-removed = Se eliminó el usuario.
users-you = (usted)
users-invited-no-password = con invitación, aún no ha elegido contraseña
users-never = nunca
users-role-of = Rol de { $name }
users-change-role = Cambiar rol
users-reset-password-of = Restablecer la contraseña de { $name }
users-new-password-for = Nueva contraseña para { $name }
users-password-hint = Al menos { $min } caracteres. No debe ser una contraseña de uso común.
users-set-password = Establecer contraseña
users-remove = Eliminar a { $name }
users-remove-warning = { $name } ya no podrá iniciar sesión.
users-remove-confirm = Sí, eliminar a { $name }
users-add-heading = Añadir un usuario con una primera contraseña
users-add-lead = O elija usted mismo su primera contraseña y comuníquesela.
users-add-full = Se alcanzó el límite de usuarios de su plan; elimine un usuario antes de añadir otro.
users-added = Se añadió el usuario. Comuníquele su correo electrónico y su primera contraseña.
users-field-name = Nombre
users-field-email = Correo electrónico
users-field-role = Rol
users-first-password = Primera contraseña
users-add-button = Añadir usuario
users-resend-label = Volver a enviar la invitación a { $name }
users-resend = Volver a enviar la invitación
users-invite-heading = Invitar a un usuario
users-invite-lead = Recibirá un correo electrónico con un enlace para elegir su propia contraseña. El enlace es válido durante siete días.
users-invite-full = Se alcanzó el límite de usuarios de su plan; elimine un usuario antes de invitar a otro.
users-invited = Se envió la invitación.
users-invite-button = Enviar invitación

## API keys (api_keys.rs)

api-keys-title = Claves de API · { $tenant }
api-keys-heading = Claves de API
api-keys-lead = Una clave permite que sus propios sistemas accedan a sus encuestas y respuestas mediante la API de Tailspin Surveys. Dé a cada sistema su propia clave, solo con los permisos que necesite.
api-keys-reference = Referencia de la API
api-keys-column-name = Nombre
api-keys-column-starts-with = Empieza por
api-keys-column-may = Puede
api-keys-column-created = Creada
api-keys-column-expires = Caduca
api-keys-column-last-used = Último uso
api-keys-column-state = Estado
api-keys-your-keys = Sus claves
api-keys-none = Aún no hay claves.
api-keys-new-heading = Su nueva clave «{ $name }»
api-keys-new-hint = Cópiela ahora y guárdela en el almacén de secretos de su sistema: es la única vez que se muestra. Si la pierde, revóquela y cree otra.
api-keys-new-key = Nueva clave de API
api-keys-never = Nunca
api-keys-last-used = { $time } desde { $address }
api-keys-active = Activa
api-keys-revoke = Revocar { $name }
api-keys-revoke-warning = Los programas que la usen se rechazarán a partir de su próxima solicitud. Esta acción no se puede deshacer.
api-keys-revoke-confirm = Sí, revocar { $name }
api-keys-expired = Caducada
api-keys-revoked = Revocada
api-keys-create-heading = Crear una clave
api-keys-name = Nombre
api-keys-name-hint = Qué la usa, por ejemplo «Sincronización con el CRM».
api-keys-may-legend = Puede
api-keys-expires = Caduca
api-keys-in-days = { $days ->
    [one] En { $days } día
   *[other] En { $days } días
  }
api-keys-in-a-year = En un año
api-keys-create-button = Crear clave

## Sign-in settings (sign_in_settings.rs); the provider's fields are
## also on the plan page and on Tailspin administration's sign-in moves.

sign-in-settings-title = Configuración de inicio de sesión · { $tenant }
sign-in-settings-heading = Configuración de inicio de sesión
sign-in-settings-local = En el plan { $plan }, sus usuarios inician sesión con cuentas gestionadas por Tailspin Surveys: un correo electrónico y una contraseña.
sign-in-settings-manage-users = Gestionar usuarios y contraseñas
sign-in-settings-social = En el plan { $plan }, esta suscripción pertenece a una única identidad social; solo ella puede iniciar sesión.
sign-in-settings-provider-lead = Sus usuarios inician sesión con el proveedor OpenID Connect de su organización. Registre allí esta URI de redirección para Tailspin Surveys:
sign-in-settings-saved = Se guardó la configuración de inicio de sesión.
sign-in-settings-save = Guardar la configuración de inicio de sesión
sign-in-settings-secret-stored = Hay un secreto de cliente guardado. Nunca se muestra; deje este campo vacío para conservarlo (debe volver a introducirse si cambian el emisor o el ID de cliente) o introduzca uno nuevo para reemplazarlo.
sign-in-settings-secret-new = El secreto que su proveedor emitió para esta aplicación. Se guarda cifrado y no se vuelve a mostrar.
sign-in-settings-issuer = URL del emisor
sign-in-settings-client-id = ID de cliente
sign-in-settings-client-secret = Secreto de cliente
sign-in-settings-identifying-claim = Claim que identifica a un usuario
sign-in-settings-identifying-claim-hint = Normalmente sub (el predeterminado) o email. Los usuarios se reconocen por el emisor y este claim.
sign-in-settings-administrator = Administrador
sign-in-settings-administrator-hint = El correo electrónico o identificador de la persona que siempre es administrador aquí.
sign-in-settings-claim-rules = Reglas de asignación de claims
# $syntax and $example are code (`claim type = value => role`); the role
# names stay in English, as the rules are written with them.
sign-in-settings-claim-rules-hint = Una regla por línea: { $syntax }, por ejemplo { $example }.
sign-in-settings-claim-rules-roles = Roles (escritos exactamente así): Administrator, Survey Creator. Los usuarios cuyos claims no coincidan con ninguna regla no pueden iniciar sesión.

## Metadata fields (metadata_settings.rs)

metadata-settings-title = Campos de metadatos · { $tenant }
metadata-settings-heading = Campos de metadatos
metadata-settings-lead = Campos que puede llevar cada encuesta, por ejemplo un ID de producto o un responsable. Se muestran en el panel y se incluyen en las exportaciones. Hasta { $max ->
    [one] { $max } campo
   *[other] { $max } campos
  }.
metadata-settings-remove = Eliminar { $name }
metadata-settings-add-heading = Añadir un campo
metadata-settings-name = Nombre
metadata-settings-type = Tipo
metadata-settings-add-button = Añadir campo

## Export to a database and backup (sql_export.rs)

sql-export-title = Exportar a una base de datos · { $tenant }
sql-export-heading = Exportar a una base de datos
sql-export-lead = Copia sus encuestas, preguntas y todas las respuestas en tablas de una base de datos propia, para consultarlas con sus propias herramientas. Puede volver a ejecutarla en cualquier momento: solo se copian las respuestas nuevas y los cambios en sus encuestas se actualizan.
sql-export-start-first = Crear la base de datos de exportación y copiar todo
sql-export-start-again = Copiar lo nuevo
sql-export-contains = Qué contiene la exportación
# The tables' columns, by their names in the database.
sql-export-table-surveys = id, slug, title, description, status y sus fechas
sql-export-table-questions = id, survey_id, position, kind, text, required, límites y etiquetas
sql-export-table-answers = response_id, question_id y, además, rating, choice_position y choice_label, o bien text
sql-export-backup-heading = Copia de seguridad
sql-export-backup-text = Un archivo con todo lo suyo: configuración (sin contraseñas ni secretos), encuestas, preguntas, metadatos, respuestas e imagen de marca. Tailspin puede restaurarlo en una suscripción nueva.
sql-export-download-backup = Descargar una copia de seguridad
sql-export-counted = { $done } de { $total ->
    [one] { $total } respuesta nueva copiada
   *[other] { $total } respuestas nuevas copiadas
  }
sql-export-counting = Contando las respuestas que hay que copiar…
sql-export-progress = Progreso de la transferencia
sql-export-database-heading = Su base de datos de exportación
sql-export-sqlite = Un archivo SQLite que se abre con cualquier herramienta de SQLite (por ejemplo, { $tool } o DB Browser for SQLite).
sql-export-download-database = Descargar la base de datos de exportación (SQLite)
sql-export-postgres = Una base de datos PostgreSQL que solo este usuario puede abrir:
sql-export-host = Host
sql-export-port = Puerto
sql-export-database = Base de datos
sql-export-user = Usuario
sql-export-password = Contraseña
sql-export-show-password = Mostrar la contraseña
sql-export-history = Transferencias recientes
sql-export-asked-for = Solicitada
sql-export-status = Estado
sql-export-copied = Respuestas copiadas
sql-export-result = Resultado
sql-export-queued = En espera
sql-export-running = Copiando
sql-export-succeeded = Terminada
sql-export-failed = Fallida
api-keys-copy-key = Copiar clave
