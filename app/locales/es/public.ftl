# public

## admin.rs: the sign-in page of Tailspin administration

admin-login-heading = Administración de Tailspin

## password_reset.rs

# $tenant is the organization's name.
password-reset-heading = Restablecer su contraseña de { $tenant }
# The page's title after an error; $title is the page's heading.
password-reset-error-title = Error: { $title }
password-reset-provider = Esta organización inicia sesión con su proveedor de identidad, por lo que sus contraseñas se guardan allí. Restablezca la suya con ese proveedor o consulte a su administrador.
password-reset-back = Volver al inicio de sesión
password-reset-lead = Introduzca el correo electrónico con el que inicia sesión. Le enviaremos un enlace para elegir una contraseña nueva.
password-reset-email = Correo electrónico
password-reset-send = Enviarme un enlace
password-reset-check-email = Revise su correo electrónico
# $email is shown in bold.
password-reset-sent = Si { $email } tiene una cuenta aquí, le hemos enviado un enlace para elegir una contraseña nueva. El enlace es válido durante una hora.
password-reset-nothing = ¿No ha llegado nada después de unos minutos? Revise su carpeta de correo no deseado y compruebe que la dirección es la que usa para iniciar sesión. Enviamos como máximo un enlace por minuto.
password-reset-send-again = Volver a enviar el enlace
password-reset-welcome = Le damos la bienvenida a { $tenant }: elija su contraseña
password-reset-choose-new = Elija una contraseña nueva de { $tenant }
password-reset-set-mine = Establecer mi contraseña
password-reset-set-new = Establecer la contraseña nueva
password-reset-unusable = Este enlace no se puede usar
password-reset-sign-in = Iniciar sesión
password-reset-ask-again = Solicitar un enlace nuevo
# $email is shown in bold.
password-reset-invitation-lead = Iniciará sesión con { $email } y esta contraseña.
# $email is shown in bold.
password-reset-for = Para { $email }. Al establecerla, se cerrará la sesión de esta cuenta en todos los lugares donde esté iniciada.
password-reset-new-password = Contraseña nueva
password-reset-password-hint = Al menos { $min } caracteres; no debe ser una contraseña de uso común.
password-reset-new-password-again = Repita la contraseña nueva

## tenant_login.rs

tenant-login-heading = Iniciar sesión en { $tenant }
tenant-login-password-changed = Su contraseña se ha cambiado. Inicie sesión con la nueva.
tenant-login-provider = Se le llevará a su proveedor de identidad para iniciar sesión y, después, volverá aquí.
tenant-login-not-set-up = El inicio de sesión de esta organización aún no está configurado. Póngase en contacto con su administrador o con el soporte de Tailspin.
tenant-login-awaiting-title = Pendiente de activación · Tailspin Surveys
tenant-login-awaiting-heading = Esta suscripción está pendiente de activación
# $alias is the subscriber's alias, shown in bold.
tenant-login-awaiting-lead = El suscriptor { $alias } se ha registrado, pero un administrador de Tailspin aún no lo ha activado.
tenant-login-awaiting-payment = Tailspin activa una suscripción en cuanto se acuerda el pago. Hasta entonces, nadie puede iniciar sesión aquí y no se publica ninguna encuesta.
# $address is the sign-in page's address, shown as code.
tenant-login-awaiting-hear = Si usted se registró, le avisaremos cuando esté lista; después, inicie sesión en { $address }.
tenant-login-home = Ir a la página de inicio de Tailspin Surveys

## home.rs

home-title = Bienvenida
home-lead = Diseñe encuestas con su imagen de marca, publíquelas en un sitio público rápido y vea cómo llegan los resultados.
# $link is home-demo-link, a link.
home-demo = ¿Usa datos de demostración? { $link }
home-demo-link = Vea las encuestas de Adatum Ltd.

## unsubscribe.rs

unsubscribe-heading = Darse de baja de { $tenant }
unsubscribe-done = Listo: { $tenant } no enviará más invitaciones a encuestas a { $email }.
unsubscribe-confirm = { $tenant } no enviará más invitaciones a encuestas a { $email }.
unsubscribe-button = Darse de baja
