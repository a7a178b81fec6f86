# shared

## Domain labels (`localized_label`, `localized_label_of`)

label-plan-trial = Prueba
label-plan-individual = Individual
label-plan-standard = Estándar
label-plan-premium = Premium

label-tenant-status-pending-activation = Pendiente de activación
label-tenant-status-active = Activo
label-tenant-status-suspended = Suspendido
label-tenant-status-deleting = En eliminación

label-role-survey-creator = Creador de encuestas
label-role-administrator = Administrador

label-metadata-kind-text = Texto
label-metadata-kind-number = Número
label-metadata-kind-url = Dirección web (URL)

label-survey-state-draft = Borrador
label-survey-state-published = Publicada
label-survey-state-closed = Cerrada
label-survey-state-expired = Caducada

label-text-format-any = Cualquier texto
label-text-format-email = Correo electrónico
label-text-format-url = Dirección web
label-text-format-phone = Número de teléfono
label-text-format-digits = Solo dígitos
label-text-format-letters-digits = Solo letras y dígitos

label-proof-of-work-off = Desactivado: solo un campo trampa oculto y un tiempo mínimo de respuesta
label-proof-of-work-allow-without-script = Activado; quienes usan un navegador sin JavaScript pueden responder igualmente
label-proof-of-work-required = Activado; para responder se necesita JavaScript

label-question-kind-free-text = Texto largo
label-question-kind-short-text = Texto corto
label-question-kind-number = Número
label-question-kind-date = Fecha
label-question-kind-range = Valoración con estrellas (1–5)
label-question-kind-scale = Escala de valoración
label-question-kind-nps = Net Promoter Score (0–10)
label-question-kind-choice = Una opción
label-question-kind-checkboxes = Varias opciones
label-question-kind-dropdown = Lista desplegable
label-question-kind-matrix = Matriz (Likert)
label-question-kind-ranking = Clasificación
label-question-kind-unknown = Desconocido

label-test-equals = es
label-test-not-equals = no es
label-test-any-of = es alguno de
label-test-greater = es mayor que
label-test-less = es menor que
label-test-answered = está respondida
label-test-not-answered = no está respondida
label-test-unknown = desconocido

label-step-data-key = destruyendo la clave de datos
label-step-sessions = cerrando las sesiones de los usuarios
label-step-export-database = base de datos de exportación
label-step-blobs = logotipos y otros archivos
label-step-responses = respuestas y sus datos
label-step-surveys = encuestas y estadísticas
label-step-tenant = usuarios y configuración

label-mail-kind-password-reset = Restablecimiento de contraseña
label-mail-kind-invitation = Invitación
label-mail-kind-signup-received = Registro recibido
label-mail-kind-subscription-active = Suscripción activa
label-mail-kind-survey-quota = Encuesta cerrada al alcanzar su límite
label-mail-kind-monthly-limit = Límite mensual de respuestas
label-mail-kind-survey-invitation = Invitación a una encuesta
label-mail-kind-survey-reminder = Recordatorio de una encuesta
label-mail-kind-webhook-disabled = Endpoint de webhook desactivado
label-mail-kind-plan-password = Contraseña para un nuevo plan
label-mail-kind-plan-social-identity = Inicio de sesión social para un nuevo plan

## Navigation

tenant-nav-label = Páginas de { $tenant }
tenant-nav-dashboard = Panel
tenant-nav-plan = Plan
tenant-nav-users = Usuarios
tenant-nav-sign-in = Configuración de inicio de sesión
tenant-nav-metadata = Campos de metadatos
tenant-nav-branding = Imagen de marca
tenant-nav-export = Exportar a una base de datos
tenant-nav-api = Claves de API
tenant-nav-webhooks = Webhooks
tenant-nav-language = Idioma
tenant-nav-sign-out = Cerrar sesión

admin-nav-label = Administración de Tailspin
admin-nav-overview = Resumen
admin-nav-subscribers = Suscriptores
admin-nav-usage = Uso para facturación
admin-nav-dead-letters = Mensajes fallidos
admin-nav-email = Correo electrónico
admin-nav-sign-out = Cerrar sesión

## Forms

sign-in-form-email = Correo electrónico
sign-in-form-password = Contraseña
sign-in-form-submit = Iniciar sesión
sign-in-form-forgot = ¿Olvidó su contraseña?

copy-button-copied = Copiado

csv-file-picker-label = O elija un archivo CSV
csv-file-picker-too-large = { $name } ocupa más de 1,9 MB. Divida la lista y añádala por partes.
csv-file-picker-loaded = { $name } ({ $lines ->
    [one] { $lines } línea
   *[other] { $lines } líneas
  }) está en el campo de arriba. Revíselo y después añada los contactos.
csv-file-picker-unreadable-text = No se pudo leer { $name } como texto.
csv-file-picker-unreadable = No se pudo leer { $name }.

condition-fields-combine = Combinar las pruebas
condition-fields-all = deben cumplirse todas
condition-fields-any = basta con que se cumpla una
condition-fields-test = Prueba { $number }
condition-fields-value = Valor { $number }
condition-fields-none = (ninguna)
# $test: an operator (label-test-…); the closed menu shows this alone.
condition-fields-test-option = Pregunta { $number } { $test }
condition-fields-hint = Hasta { $rows } pruebas sobre { $questions ->
    [every] cualquier pregunta
   *[earlier] preguntas anteriores
  }. Escriba las opciones por su etiqueta; separe varios valores con comas.
# $options: the question's options as written, and "Other" (which must stay as it is).
condition-fields-options = Pregunta { $number }: { $options }

## Plans

plan-choice-heading = Elija un plan
plan-choice-choose = Elegir { $plan }
plan-choice-starts = Comienzo
plan-choice-starts-trial = Inmediato y gratuito
plan-choice-starts-paid = Tras la activación por parte de Tailspin
plan-choice-active-surveys = Encuestas activas
plan-choice-survey-open = Cada encuesta abierta
plan-choice-survey-days = Hasta { $days } días
plan-choice-users = Usuarios
plan-choice-users-one = 1 usuario
plan-choice-users-up-to = Hasta { $count } usuarios
plan-choice-users-any = Usuarios ilimitados
plan-choice-responses = Respuestas al mes
plan-choice-no-limit = Sin límite
plan-choice-sign-in = Inicio de sesión
plan-choice-sign-in-social = Con una identidad social
plan-choice-sign-in-local = Con correo electrónico y contraseña
plan-choice-sign-in-own = Con su propio proveedor de identidad
# $plan is plan-choice-chosen-plan, in bold; $users is one, some or any.
plan-choice-chosen = { $plan }: { $surveys ->
    [one] { $surveys } encuesta activa
   *[other] { $surveys } encuestas activas
  }, cada una abierta hasta { $days } días; { $users ->
    [one] 1 usuario
    [any] usuarios ilimitados
   *[some] hasta { $max_users } usuarios
  }; inicio de sesión { $sign_in ->
    [social] con una identidad social
    [local] con correo electrónico y contraseña
   *[own] con su propio proveedor de identidad
  }.
plan-choice-chosen-plan = Plan { $plan }
plan-choice-change = Cambiar de plan

plan-settings-title = Plan · { $tenant }
plan-settings-heading = Plan
plan-settings-done = Ahora tiene el plan { $plan }.
plan-settings-done-password = Ahora tiene el plan { $plan }. Hemos enviado un enlace a { $email } para que elija su contraseña.
plan-settings-done-provider = Ahora tiene el plan { $plan }. Todos inician sesión a través de su proveedor de identidad; { $administrator } es siempre administrador.
plan-settings-password-pending = Elija su contraseña con el enlace que enviamos a { $email }: a partir de entonces iniciará sesión con este correo electrónico y esa contraseña. Hasta entonces, seguirá con la sesión iniciada aquí. Si el enlace se ha perdido o ha caducado, use «¿Olvidó su contraseña?» en la página de inicio de sesión.
plan-settings-largest = { $plan } es nuestro plan más completo.
plan-settings-yours = Su plan: { $plan }
plan-settings-open-surveys = Encuestas abiertas ahora
plan-settings-users = Usuarios ahora
plan-settings-upgrade-heading = Pasar a un plan superior
plan-settings-upgrade-hint = Un plan superior se aplica de inmediato, y sus encuestas y respuestas se mantienen tal como están. Para pasar a un plan inferior, póngase en contacto con Tailspin Surveys.
plan-settings-changes-heading = Cambios de plan
plan-settings-move-to = Pasar a { $plan }
plan-settings-keep-account = Conserva su cuenta y sus encuestas. A partir de ahora iniciará sesión con un correo electrónico y una contraseña propios, y podrá añadir usuarios.
plan-settings-email = Correo electrónico para iniciar sesión
plan-settings-own-provider = Sus usuarios inician sesión a través del proveedor OpenID Connect de su organización. La configuración se prueba antes de que cambie nada.
plan-settings-provider-summary = Configurar su proveedor y pasar a { $plan }
plan-settings-redirect-uri = Registre esta URI de redirección para Tailspin Surveys en su proveedor:
plan-settings-kept = Estos usuarios conservan sus cuentas: cada uno se identifica por el correo electrónico que su proveedor verifica la primera vez que inicia sesión allí.
plan-settings-removed = Estos usuarios inician sesión con una identidad social, que su proveedor no puede avalar, y se eliminan: en su lugar inicia sesión el administrador que indique a continuación.
# Not used yet: ProviderFields (sign_in_settings.rs) takes its secret_hint as a &'static str.
plan-settings-secret-hint = El secreto que su proveedor emitió para esta aplicación. Se guarda cifrado y no se vuelve a mostrar.
plan-settings-confirm = He leído quién conserva su cuenta y quién se elimina
plan-settings-test-and-move = Probar el proveedor y pasar a { $plan }
plan-settings-no-changes = Todavía no hay cambios de plan.
plan-settings-history-label = Cambios de plan
plan-settings-when = Cuándo
plan-settings-from = De
plan-settings-to = A
plan-settings-by = Por

## Sign-up and "Add a subscriber"

signup-title = Registrarse · Tailspin Surveys
signup-heading = Regístrese en Tailspin Surveys
signup-lead = Elija un plan y luego cuéntenos sobre su organización. Los planes de pago comienzan cuando un administrador de Tailspin los activa.
signup-lead-with-trial = Elija un plan y luego cuéntenos sobre su organización. El plan { $trial } comienza de inmediato y es gratuito para su primera encuesta. Los planes de pago comienzan cuando un administrador de Tailspin los activa.
signup-title-plan = Registrarse en el plan { $plan } · Tailspin Surveys
signup-heading-plan = Regístrese en el plan { $plan }
signup-submit = Registrarse
signup-admin-title = Añadir un suscriptor · Administración de Tailspin
signup-admin-heading = Añadir un suscriptor
signup-admin-heading-plan = Añadir un suscriptor con el plan { $plan }
signup-activate = Activo de inmediato (si no, pendiente de activación)
signup-add-submit = Añadir el suscriptor
signup-admin-account = La cuenta del primer administrador
signup-admin-name = Nombre del administrador
signup-admin-email = Correo electrónico del administrador
signup-password = Contraseña
signup-password-hint = Al menos 10 caracteres. No debe ser una contraseña de uso común.
signup-name = Nombre del suscriptor
signup-alias = Alias
signup-alias-hint = Su dirección: letras minúsculas, dígitos y guiones, por ejemplo /s/adatum.
signup-region = Región
signup-notices = Correo electrónico para avisos
signup-notices-hint-admin = Aquí llegan los avisos de activación y de límites del plan. Opcional aquí: vacío significa ninguno.
signup-notices-hint = Le escribiremos aquí cuando la suscripción esté lista y cuando se acerque a los límites de su plan.
signup-export = Crear también una base de datos de exportación (sus encuestas y respuestas en una base de datos propia)
signup-social-legend = La identidad a la que pertenece la suscripción
signup-social-sign-in-with = Iniciar sesión con
signup-owner-subject = Identificador del propietario en ese proveedor (subject)
signup-social-hint = Después de pulsar «Registrarse», iniciará sesión allí; esa identidad pasa a ser la propietaria.
signup-provider-legend = El proveedor de identidad de su organización
signup-issuer = URL del emisor
signup-test-connection = Probar la conexión
signup-testing = Probando…
signup-client-id = ID de cliente
signup-client-secret = Secreto de cliente
signup-administrator = Administrador (correo electrónico o identificador)
signup-administrator-hint = Este usuario es siempre administrador.
signup-identifying-claim = Claim identificador
signup-claim-rules = Reglas de asignación de claims
# "administrator" and "survey_creator" are what the rules are written with.
signup-claim-rules-hint = Una por línea: claim = valor => administrator | survey_creator
signup-redirect-uri = Registre esta URI de redirección en su proveedor: { $uri }

signup-welcome-title = Le damos la bienvenida, { $name }
signup-welcome-ready = Su suscripción al plan { $plan } está lista.
signup-welcome-waiting = Su suscripción al plan { $plan } está pendiente de activación.
signup-welcome-next = Próximos pasos
# $link is signup-welcome-dashboard-link.
signup-welcome-dashboard = { $link } y cree su primera encuesta.
signup-welcome-dashboard-link = Abra su panel
signup-welcome-pending = Un administrador de Tailspin activará su suscripción una vez acordado el pago; pregunte a Tailspin Surveys cuándo estará lista.
signup-welcome-pending-email = Un administrador de Tailspin activará su suscripción una vez acordado el pago; le escribiremos a { $email } cuando esté lista (ya le hemos enviado allí una confirmación).
signup-welcome-redirect-uri = Registre esta URI de redirección en su proveedor de identidad: { $uri }
signup-welcome-public-list = Su lista pública de encuestas está en { $address }.
signup-welcome-public-list-pending = Su lista pública de encuestas estará en { $address } cuando la suscripción esté activa.
# $link is signup-welcome-branding-link.
signup-welcome-branding = Dé a sus encuestas su propio estilo en { $link }.
signup-welcome-branding-link = Imagen de marca
# $link is signup-welcome-export-link.
signup-welcome-export = Su base de datos de exportación se está preparando; consulte { $link }.
signup-welcome-export-link = Exportar a una base de datos

# The new-survey and duplicate forms (dashboard and designer).
new-survey-heading = Nueva encuesta
new-survey-template-legend = Empezar con una plantilla o con una encuesta en blanco
new-survey-blank = Encuesta en blanco
new-survey-blank-about = Añada sus propias preguntas una a una.
new-survey-template-count = { $count ->
    [one] { $count } pregunta.
   *[other] { $count } preguntas.
  }
new-survey-title-label = Título
new-survey-title-hint = Con una plantilla, déjelo vacío para usar el nombre de la plantilla.
new-survey-slug-label = Dirección (opcional)
new-survey-slug-hint = Los participantes abrirán /s/{ $tenant }/…; déjela vacía para usar una creada a partir del título.
new-survey-create = Crear borrador
