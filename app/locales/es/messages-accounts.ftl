# What the services and the domain say: accounts.

## domain/email.rs, alias.rs, password.rs: set inside a sentence, lowercase

msg-email-too-long = una dirección de correo electrónico tiene como máximo 254 caracteres
msg-email-shape = una dirección de correo electrónico tiene la forma nombre@example.com
msg-alias-length = un alias necesita de 2 a 40 caracteres
msg-alias-characters = un alias solo puede contener letras minúsculas, dígitos y guiones
msg-alias-hyphens = un alias no puede empezar ni terminar con un guion ni contener dos guiones seguidos
msg-alias-reserved = este alias está reservado
msg-password-too-short = Una contraseña necesita al menos { $min } caracteres.
msg-password-too-long = Una contraseña tiene como máximo { $max } caracteres.
msg-password-too-common = Esta contraseña es demasiado común. Elija una que sea más difícil de adivinar.

## domain/identity_provider.rs, claim_rules.rs

# $problem is one of the msg-claim-rules-… messages.
msg-identity-provider-rule-line = Línea { $line }: { $problem }
msg-identity-provider-client-id = Introduzca el ID de cliente que le dio su proveedor (como máximo { $max } caracteres).
msg-identity-provider-claim-name = Un nombre de claim es una sola palabra de letras, dígitos y _ - . : (por ejemplo sub o email).
msg-identity-provider-administrator = Introduzca el correo electrónico o el identificador de la persona que administra esta suscripción.
msg-identity-provider-client-secret = Introduzca el secreto de cliente que le dio su proveedor (como máximo { $max } caracteres).
msg-identity-provider-issuer = Introduzca la URL del emisor de su proveedor, por ejemplo https://login.example.com/tenant (https, sin consulta ni fragmento).
msg-identity-provider-issuer-https = El emisor debe usar https (http sin cifrar solo se acepta para esta máquina).
msg-claim-rules-too-many = se permiten como máximo { $max } reglas
msg-claim-rules-shape = se esperaba `tipo de claim = valor => rol`
msg-claim-rules-equals = se esperaba `=` entre el tipo de claim y su valor
msg-claim-rules-one-word = el tipo de claim debe ser una sola palabra, por ejemplo `groups`
msg-claim-rules-no-value = falta el valor que se debe comparar
msg-claim-rules-too-long = los tipos de claim y los valores tienen como máximo { $max } caracteres
# The role names stay in English: the rules are written with them.
msg-claim-rules-unknown-role = rol desconocido `{ $role }`; use `Administrator` o `Survey Creator`

## auth/*.rs: sign-in refusals

msg-federation-unreachable = No se pudo contactar con el proveedor de identidad de su organización. Vuelva a intentarlo más tarde o pida a su administrador que revise la configuración de inicio de sesión.
msg-federation-provider-refused = Su proveedor de identidad no completó el inicio de sesión. Vuelva a intentarlo.
msg-federation-unsafe = No se pudo completar el inicio de sesión de forma segura, así que no se inició ninguna sesión. Vuelva a empezar desde la página de inicio de sesión.
# $endpoint is a name such as jwks_uri, $url an address; $problem says why
# the address is refused.
msg-discovery-endpoint-host = La configuración del proveedor indica { $endpoint } { $url }, que no está en el host del emisor.
msg-discovery-endpoint-refused = La configuración del proveedor indica { $endpoint } { $url }: { $problem }.
msg-federated-not-set-up = El inicio de sesión de esta organización aún no está configurado. Póngase en contacto con su administrador.
msg-federated-uses-passwords = En esta organización se inicia sesión con correo electrónico y contraseña.
msg-sign-in-uses-provider = En esta organización se inicia sesión con su proveedor de identidad, no con una contraseña.

## services/plan_changes.rs

# A list of names cut short: "a, b and 3 more".
msg-plan-changes-and-more = { $list } y { $more } más
msg-plan-changes-too-many-surveys = Con estos límites, el plan { $plan } permite { $max ->
    [one] { $max } encuesta abierta
   *[other] { $max } encuestas abiertas
  }, y { $tenant } tiene { $count }: cierre primero { $close } de ellas: { $list }.
msg-plan-changes-too-many-users = Con estos límites, el plan { $plan } permite { $max ->
    [one] { $max } usuario
   *[other] { $max } usuarios
  }, y { $tenant } tiene { $count }: elimine primero { $remove } de ellos: { $list }.
msg-plan-changes-choose-higher = Elija un plan superior a { $plan }; para pasar a un plan más pequeño, póngase en contacto con Tailspin Surveys.
msg-plan-changes-smaller = Para pasar a un plan más pequeño, póngase en contacto con Tailspin Surveys.
msg-plan-changes-use-provider-form = En el plan { $plan } se inicia sesión con el proveedor de identidad de su organización: introduzca su configuración en el formulario de { $plan }.
# $problem is msg-email-too-long or msg-email-shape.
msg-plan-changes-email = Introduzca el correo electrónico con el que iniciará sesión ({ $problem }).
msg-plan-changes-others-social = En el plan { $plan }, el propietario conserva la cuenta e inicia sesión con una contraseña; los demás usuarios inician sesión con sus cuentas sociales, que el plan { $plan } no acepta. Elimínelos primero: { $list }.
msg-plan-changes-already = Ya está en el plan { $plan }.
msg-plan-changes-confirm = Marque la casilla para confirmar quién conserva una cuenta y quién se elimina.
msg-plan-changes-stale = Su plan cambió mientras tanto o su suscripción no está activa: vuelva a cargar la página para verla tal como está ahora.
msg-plan-changes-email-taken = Alguien aquí ya inicia sesión con este correo electrónico.

## services/sign_in_changes.rs

msg-sign-in-changes-deleting = Este suscriptor se está eliminando y no se puede modificar.
msg-sign-in-changes-choose-plan = Elija un plan que inicie sesión de forma distinta a { $plan }; para pasar a uno que inicie sesión de la misma forma, use la configuración.
msg-sign-in-changes-use-form = Use el formulario de { $plan } para pasar { $tenant } a ese plan.
msg-sign-in-changes-no-user = { $tenant } no tiene ningún usuario que pueda conservar la cuenta: cree un suscriptor nuevo en su lugar.
msg-sign-in-changes-one-user = Solo un usuario puede conservar la cuenta; elimine primero a estos: { $list }.
msg-sign-in-changes-no-email = Ningún usuario de { $tenant } tiene un correo electrónico verificado por su proveedor, así que nadie podría iniciar sesión con una contraseña. Pida primero a un administrador que inicie sesión una vez a través del proveedor.
msg-sign-in-changes-social-provider = Elija el proveedor social con el que inicia sesión el propietario.
msg-sign-in-changes-owner-email = Introduzca el correo electrónico que verifica la cuenta social del propietario ({ $problem }).

## services/signup/*.rs

msg-signup-name = Introduzca el nombre del suscriptor (de 1 a 100 caracteres).
msg-signup-alias-taken-choose = { $alias } ya está en uso; elija otro alias.
# $problem is one of the msg-alias-… messages.
msg-signup-alias-choose-another = Elija otro alias: { $problem }.
msg-signup-choose-plan = Elija un plan.
msg-signup-choose-listed-plan = Elija uno de los planes de la lista.
msg-signup-choose-region = Elija una de las regiones de la lista.
msg-signup-contact-email = Introduzca el correo electrónico al que enviaremos los avisos sobre esta suscripción.
msg-signup-valid-email = Introduzca un correo electrónico válido: { $problem }.
msg-signup-admin-name = Introduzca el nombre del administrador (de 1 a 100 caracteres).
msg-signup-social-provider = Elija la identidad con la que iniciará sesión.
msg-signup-owner-subject = Introduzca el identificador del propietario (subject) en el proveedor.
msg-signup-alias-not-possible = No es posible: { $problem }.
msg-signup-alias-taken = { $alias } ya está en uso.
msg-signup-alias-available = { $alias } está disponible.
msg-signup-issuer = Introduzca la URL del emisor.
# "Test connection": $issuer, $authorization and $tokens are addresses,
# $scopes OpenID Connect scopes separated by spaces.
msg-signup-connected = Conectado: { $issuer } publica su configuración (inicio de sesión en { $authorization }).
msg-signup-connected-tokens = Conectado: { $issuer } publica su configuración (inicio de sesión en { $authorization }, tokens en { $tokens }).
msg-signup-connected-scopes = Conectado: { $issuer } publica su configuración (inicio de sesión en { $authorization }; ámbitos: { $scopes }).
msg-signup-connected-tokens-scopes = Conectado: { $issuer } publica su configuración (inicio de sesión en { $authorization }, tokens en { $tokens }; ámbitos: { $scopes }).
msg-signup-provider-unreachable = No se pudo contactar con el proveedor o este no publicó una configuración de OpenID en { $issuer }/.well-known/openid-configuration.
msg-onboarding-name = El nombre del suscriptor debe tener de 1 a 100 caracteres.
msg-onboarding-plan-local-accounts = En el plan { $plan } se inicia sesión con cuentas gestionadas por Tailspin Surveys.
msg-onboarding-plan-own-provider = En el plan { $plan } se inicia sesión con el propio proveedor de identidad del suscriptor.
msg-onboarding-plan-social-identity = En el plan { $plan } se inicia sesión con una única identidad social.
msg-onboarding-owner-missing = Falta la identidad del propietario (subject).
msg-onboarding-alias-taken = El alias { $alias } ya está en uso.

## services/tenants.rs, api/tenants.rs: Tailspin administration of subscribers

msg-tenants-limit = Introduzca un número entero de 1 a { $max }, o déjelo vacío para usar el límite del plan.
msg-tenants-contact-email = Introduzca un correo electrónico válido, o déjelo vacío para no enviar avisos: { $problem }.
msg-tenants-name = Introduzca el nombre del suscriptor (de 1 a 100 caracteres).
# $current is the subscriber's plan now. The quoted words name the link
# admin-tenant-plan-hint-link.
msg-tenants-plan-signs-in-differently = En el plan { $plan } se inicia sesión de forma distinta que en el plan { $current }: use «Cambiar cómo inicia sesión el suscriptor», que le guía en el cambio.
msg-tenants-choose-plan = Elija un plan.
msg-tenants-choose-status = Elija «Activo», «Suspendido» o «Pendiente de activación»; para eliminar un suscriptor, use el formulario de eliminación.
# The quoted words name the button admin-tenant-suspend-open.
msg-tenants-suspend-above = Suspenda un suscriptor con «Suspender este suscriptor», más arriba, que pide confirmación.
msg-tenants-choose-region = Elija una de las regiones de la lista.
# The quoted words name the region move's button (region-move-panel-move).
msg-tenants-region-own-database = Esto trasladaría las encuestas y respuestas del suscriptor a otra base de datos: use «Mover los datos del suscriptor», que las copia mientras las encuestas siguen recibiendo respuestas.
msg-tenants-deleting = Este suscriptor se está eliminando y no se puede modificar.
msg-tenants-no-provider-settings = Solo los suscriptores Premium que no se están eliminando tienen configuración de proveedor.
msg-tenants-confirm-suspend = Marque la casilla para confirmar que se debe suspender { $alias }.
msg-tenants-suspend-or-activate = Aquí un suscriptor solo se puede suspender o activar.
# $status is the subscriber's status code.
msg-tenants-cannot-activate = { $alias } está { $status ->
    [pending_activation] pendiente de activación
    [active] activo
    [suspended] suspendido
   *[deleting] en eliminación
  } y no se puede activar ahora.
msg-tenants-cannot-suspend = { $alias } está { $status ->
    [pending_activation] pendiente de activación
    [active] activo
    [suspended] suspendido
   *[deleting] en eliminación
  } y no se puede suspender ahora.
msg-tenants-type-alias = Escriba exactamente { $alias } para confirmar.
msg-tenants-already-deleting = Este suscriptor ya se está eliminando.
# The state of a deleted subscriber's purge.
msg-tenants-purge-queued = Esperando para empezar
msg-tenants-purge-running = Eliminando datos
msg-tenants-purge-succeeded = Eliminado por completo
msg-tenants-purge-failed = Falló
# How a subscriber's users sign in, on its page.
msg-tenants-sign-in-local-accounts = Cuentas gestionadas por Tailspin Surveys (administradas por los administradores del suscriptor)
msg-tenants-sign-in-own-provider = El propio proveedor OpenID Connect del suscriptor (configurado por sus administradores en Configuración de inicio de sesión)
msg-tenants-sign-in-social-identity = Una identidad social, la del propietario

## services/users.rs

msg-users-provider-decides = Los usuarios de esta organización inician sesión con su proveedor de identidad; este decide quiénes son y qué rol tienen.
msg-users-choose-role = Elija un rol.
msg-users-name = Introduzca el nombre de la persona (como máximo 100 caracteres).
msg-users-valid-email = Introduzca un correo electrónico válido: { $problem }.
msg-users-limit-reached = Su plan { $plan } permite { $max ->
    [one] { $max } usuario
   *[other] { $max } usuarios
  } y no quedan plazas libres. Elimine primero un usuario o pase a un plan mayor en la página Plan.
msg-users-email-taken = Alguien aquí ya inicia sesión con este correo electrónico.
msg-users-keep-own-role = No puede quitarse a sí mismo el rol de administrador; pídaselo a otro administrador.
msg-users-keep-yourself = No puede eliminarse a sí mismo; pídaselo a otro administrador.

## services/password_reset.rs

msg-password-reset-expired = Este enlace ha caducado. Solicite uno nuevo a continuación o pida a su administrador que vuelva a enviar la invitación.
msg-password-reset-used = Este enlace ya se utilizó. Cada enlace funciona una sola vez; solicite uno nuevo a continuación si lo necesita.
msg-password-reset-unknown = Este enlace no es válido. Compruebe que copió la dirección completa o solicite uno nuevo a continuación.
msg-password-reset-uses-provider = En esta organización se inicia sesión con su proveedor de identidad; restablezca allí su contraseña.
msg-password-reset-email = Introduzca el correo electrónico con el que inicia sesión ({ $problem }).
msg-password-reset-unusable = Este enlace no se puede usar.
msg-password-reset-enter-password = Introduzca una contraseña nueva.
msg-password-reset-not-same = Las dos contraseñas no coinciden. Escriba la contraseña nueva dos veces.

## services/region_moves.rs, api/region_moves.rs

msg-region-moves-choose-region = Elija una de las regiones de la lista.
msg-region-moves-already-there = El suscriptor ya está en esta región.
msg-region-moves-deleting = El suscriptor se está eliminando.
msg-region-moves-same-database = Ambas regiones guardan sus datos en la misma base de datos: cambie la región en la configuración de abajo.
msg-region-moves-different-kinds = Las bases de datos de las dos regiones son de tipos distintos (SQLite y PostgreSQL); un suscriptor solo se puede mover entre bases de datos del mismo tipo.
msg-region-moves-under-way = Ya hay un traslado de este suscriptor en curso.
# The state of a move to another region.
msg-region-moves-queued = Esperando para empezar
msg-region-moves-running = Moviendo
msg-region-moves-succeeded = Movido
msg-region-moves-failed = Falló

## api/admin.rs

# A subscriber or survey that has no name left, by its number.
msg-admin-tenant-number = suscriptor { $id }
msg-admin-survey-number = encuesta { $id }
msg-admin-mail-unreadable = (ilegible: se destruyó la clave del suscriptor)
# An outgoing email's state, by its code.
msg-admin-mail-status = { $status ->
    [queued] en cola
    [running] enviando
    [sent] enviado
    [failed] falló
   *[other] { $status }
  }

msg-sign-in-wrong-credentials = El correo o la contraseña no son correctos. Inténtelo de nuevo.
msg-sign-in-too-many-seconds = Demasiados intentos fallidos. Espere { $seconds ->
    [one] 1 segundo
   *[other] { $seconds } segundos
} e inténtelo de nuevo.
msg-sign-in-too-many-minutes = Demasiados intentos fallidos. Espere { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
} e inténtelo de nuevo.
msg-federated-no-role = Ha iniciado sesión como { $who }, pero su organización no ha dado a esa cuenta un rol en Tailspin Surveys. Pida a su administrador que le añada a un grupo que pueda usarlo.
msg-federated-not-owner = Ha iniciado sesión como { $who }, pero esta suscripción pertenece a otra cuenta. Solo su propietario puede iniciar sesión.
msg-federated-limit-reached = Ha iniciado sesión como { $who }, pero esta suscripción ya tiene tantos usuarios como permite su plan.
msg-federation-with-reason = { $message } (Motivo: { $reason }.)
federated-not-completed = Inicio de sesión no completado
federated-not-completed-home = Ir a la página de inicio de Tailspin Surveys
sign-in-with-own-provider = Iniciar sesión con su cuenta de { $tenant }
sign-in-with-provider = Iniciar sesión con { $provider }
msg-sign-in-settings-secret-again = Vuelva a escribir el secreto de cliente: el emisor o el ID de cliente cambiaron, y el secreto guardado solo se envía al proveedor para el que se emitió.
