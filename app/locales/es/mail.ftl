# Correos a las personas de un suscriptor: sus usuarios y su dirección de contacto.

mail-valid-hours = { $hours ->
    [one] una hora
   *[other] { $hours } horas
}
mail-valid-days = { $days ->
    [one] un día
    [7] siete días
   *[other] { $days } días
}
mail-role = { $role ->
    [administrator] administrador/a
   *[other] creador/a de encuestas
}
mail-billing-month = { $month } de { $year }

mail-password-reset-subject = Restablezca su contraseña de { $tenant_name }
mail-password-reset-body =
    Alguien pidió restablecer la contraseña de su cuenta de { $tenant_name } en Tailspin Surveys ({ $email }).

    { $link }

    El enlace funciona una vez, durante { $valid_for }. Si no lo pidió, puede ignorar este mensaje: su contraseña sigue como está.
mail-password-reset-link = Elegir una contraseña nueva

mail-invitation-subject = Le invitan a { $tenant_name } en Tailspin Surveys
mail-invitation-body =
    { $inviter } le ha invitado a { $tenant_name } en Tailspin Surveys, como { $role }. Iniciará sesión con este correo ({ $email }).

    { $link }

    El enlace funciona una vez, durante { $valid_for }. Si ha caducado, pida a { $inviter } que vuelva a enviar la invitación.
mail-invitation-link = Elegir su contraseña

mail-signup-received-subject = Hemos recibido su alta de { $tenant_name }
mail-signup-received-body =
    Gracias por dar de alta { $tenant_name } en el plan { $plan } de Tailspin Surveys.

    Un administrador de Tailspin activa la suscripción en cuanto se acuerda el pago. Le escribiremos a esta dirección ({ $email }) en cuanto esté lista. Hasta entonces nadie puede iniciar sesión, y la dirección { $public_link } queda reservada para usted.

    { $link }
mail-signup-received-link = Ver dónde iniciará sesión

mail-subscription-active-subject = { $tenant_name } está listo en Tailspin Surveys
mail-subscription-active-body =
    La suscripción { $plan } de { $tenant_name } está activa. Inicie sesión para crear su primera encuesta; sus encuestados encontrarán sus encuestas públicas en { $public_link }.

    { $link }

    Este mensaje se envió a { $email }, la dirección indicada para los avisos sobre esta suscripción.
mail-subscription-active-link = Abrir su panel

mail-survey-quota-subject = { $survey_title } tiene todas sus respuestas
mail-survey-quota-body =
    { $survey_title }, una encuesta de { $tenant_name }, recibió las { $response_limit } respuestas a las que estaba limitada y se cerró. Quien abra ahora su dirección lee que ya no acepta respuestas.

    { $link }

    Para recoger más, duplique la encuesta en el editor y publique la copia con un límite mayor.
mail-survey-quota-link = Ver sus resultados

mail-monthly-limit-subject = { $level ->
    [100] { $tenant_name } ha recibido todas sus respuestas de { $month }
   *[other] { $tenant_name } ha usado el { $percent } de sus respuestas de { $month }
}
mail-monthly-limit-body =
    { $tenant_name } ha recibido { $responses } de las { $limit } respuestas que su plan { $plan } permite en { $month }. { $level ->
        [100] Sus encuestas no aceptan más respuestas hasta el { $resumes_on }: quien las abre lee que la encuesta está en pausa, y nada de lo que envíe se guarda.
       *[other] Al llegar a { $limit }, sus encuestas dejan de aceptar respuestas hasta el { $resumes_on }, y los encuestados leen que la encuesta está en pausa.
    }

    { $link }

    El recuento vuelve a empezar el { $resumes_on } (UTC). Para aceptar más respuestas antes, pida a Tailspin Surveys un plan mayor o un límite más alto: sus encuestas se abren de nuevo en cuanto se amplíe.
mail-monthly-limit-link = Ver sus encuestas

mail-webhook-disabled-subject = Se desactivó un punto de conexión de webhook de { $tenant_name }
mail-webhook-disabled-body =
    Tailspin Surveys no pudo entregar eventos a { $endpoint_url } durante un día, así que dejó de intentarlo y desactivó el punto de conexión. El último intento dijo: { $last_error }

    Los eventos que esperaban se conservan. Cuando el receptor vuelva a funcionar, active el punto de conexión y se entregarán en orden.

    { $link }
mail-webhook-disabled-link = Ver sus entregas

mail-plan-password-subject = Elija una contraseña para { $tenant_name }
mail-plan-password-body =
    { $tenant_name } se ha pasado al plan { $plan } en Tailspin Surveys. En este plan inicia sesión con su correo ({ $email }) y una contraseña propia, ya no con su cuenta de { $provider }.

    { $link }

    El enlace funciona una vez, durante { $valid_for }. Si ha caducado, pida uno nuevo con «¿Olvidó su contraseña?» en la página de inicio de sesión.
mail-plan-password-link = Elegir su contraseña

mail-plan-social-identity-subject = Inicie sesión en { $tenant_name } con { $provider }
mail-plan-social-identity-body =
    { $tenant_name } se ha pasado al plan { $plan } en Tailspin Surveys. En este plan inicia sesión con su cuenta de { $provider }, ya no con una contraseña ni con el inicio de sesión de su organización.

    Inicie sesión con la cuenta de { $provider } cuyo correo verificado es { $email }: abre su cuenta, con sus encuestas y respuestas como estaban.

    { $link }
mail-plan-social-identity-link = Iniciar sesión en { $tenant_name }
