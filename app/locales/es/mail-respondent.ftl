# Correos a los encuestados (invitaciones y recordatorios) y lo que comparten todos los correos.

mail-button-fallback = Si el botón no funciona, copie esta dirección en su navegador:

mail-survey-invitation-subject = { $subject }
mail-survey-invitation-body =
    { $message }

    { $link }

    Este enlace es solo suyo y funciona una vez. Si prefiere no recibir más invitaciones a encuestas de { $tenant_name }, siga este enlace: { $unsubscribe }
mail-survey-invitation-link = Responder la encuesta
mail-survey-invitation-unsubscribe = Darse de baja

mail-survey-reminder-subject = Recordatorio: { $subject }
mail-survey-reminder-body =
    Todavía no hemos recibido sus respuestas, así que le enviamos su enlace de nuevo.

    { $message }

    { $link }

    Este enlace es solo suyo y funciona una vez. Si prefiere no recibir más invitaciones a encuestas de { $tenant_name }, siga este enlace: { $unsubscribe }
mail-survey-reminder-link = Responder la encuesta
mail-survey-reminder-unsubscribe = Darse de baja

mail-survey-default-greeting = Hola, { $name }:
mail-survey-default-request = A { $tenant_name } le gustaría conocer su opinión. La encuesta le llevará unos minutos.
