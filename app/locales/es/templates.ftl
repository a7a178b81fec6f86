# templates
# The built-in survey templates (domain/templates.rs): what a draft made
# from one gets, formatted on the server only, in the language of the
# page that makes it. The cards' titles and summaries are in
# dashboard.ftl. Keys: template-<code>-description; question N is
# template-<code>-qN, with its -optionM, -rowM, -columnM, -low, -high and
# -unit. Choice options, statements and scale points must stay distinct
# within their question, labels and scale points at most 60 characters.

## Shared by several templates

# The five points of the rating matrices.
template-quality-1 = Malo
template-quality-2 = Regular
template-quality-3 = Bueno
template-quality-4 = Muy bueno
template-quality-5 = Excelente
# The ends of the 0 to 10 "would you recommend us?" scale.
template-recommend-low = Nada probable
template-recommend-high = Extremadamente probable

## Customer satisfaction

# Markdown.
template-customer-satisfaction-description = Gracias por dedicar **dos minutos** a contarnos cómo lo hemos hecho.
template-customer-satisfaction-q1 = En general, ¿qué grado de satisfacción tiene con nosotros?
template-customer-satisfaction-q1-low = Muy insatisfecho
template-customer-satisfaction-q1-high = Muy satisfecho
template-customer-satisfaction-q2 = ¿Qué probabilidad hay de que nos recomiende a un amigo o colega?
template-customer-satisfaction-q3 = ¿Cómo nos valoraría en cada uno de estos aspectos?
template-customer-satisfaction-q3-row1 = Calidad del producto
template-customer-satisfaction-q3-row2 = Relación calidad-precio
template-customer-satisfaction-q3-row3 = Rapidez del servicio
template-customer-satisfaction-q3-row4 = Amabilidad de nuestro personal
template-customer-satisfaction-q4 = ¿Cómo nos conoció?
template-customer-satisfaction-q4-option1 = Un buscador de internet
template-customer-satisfaction-q4-option2 = Redes sociales
template-customer-satisfaction-q4-option3 = Un amigo o colega
template-customer-satisfaction-q4-option4 = Un anuncio
template-customer-satisfaction-q5 = ¿Qué podríamos hacer mejor?
template-customer-satisfaction-q6 = ¿Podemos ponernos en contacto con usted sobre sus respuestas? Déjenos su correo electrónico.

## Net Promoter Score

# Markdown.
template-nps-description = Una sola pregunta, y algunas más si tiene un momento.
template-nps-q1 = ¿Qué probabilidad hay de que nos recomiende a un amigo o colega?
template-nps-q2 = ¿Cuál es el motivo principal de su puntuación?
template-nps-q3 = ¿Qué es lo que más valora de nosotros? Elija hasta dos respuestas.
template-nps-q3-option1 = Calidad del producto
template-nps-q3-option2 = Precio
template-nps-q3-option3 = Atención al cliente
template-nps-q3-option4 = Facilidad de uso
template-nps-q3-option5 = Fiabilidad
template-nps-q4 = ¿Cuánto tiempo lleva siendo cliente nuestro?
template-nps-q4-option1 = Menos de 6 meses
template-nps-q4-option2 = De 6 a 12 meses
template-nps-q4-option3 = De 1 a 2 años
template-nps-q4-option4 = De 3 a 5 años
template-nps-q4-option5 = Más de 5 años

## Event feedback

# Markdown.
template-event-feedback-description = Gracias por acompañarnos. Sus respuestas darán forma a la próxima edición.
template-event-feedback-q1 = ¿Qué día asistió?
template-event-feedback-q2 = ¿Cómo valoraría el evento en general?
template-event-feedback-q2-low = Malo
template-event-feedback-q2-high = Excelente
template-event-feedback-q3 = ¿Cómo valoraría cada parte del evento?
template-event-feedback-q3-row1 = Charlas
template-event-feedback-q3-row2 = Talleres
template-event-feedback-q3-row3 = Lugar
template-event-feedback-q3-row4 = Comida y bebida
template-event-feedback-q3-row5 = Organización
template-event-feedback-q4 = Ordene las sesiones de la más útil a la menos útil.
template-event-feedback-q4-option1 = Conferencia inaugural
template-event-feedback-q4-option2 = Mesa redonda
template-event-feedback-q4-option3 = Talleres
template-event-feedback-q4-option4 = Networking
template-event-feedback-q5 = ¿A cuántos eventos como este asiste al año?
# The unit after the number.
template-event-feedback-q5-unit = eventos
template-event-feedback-q6 = ¿Volvería el año que viene?
template-event-feedback-q6-option1 = Sí
template-event-feedback-q6-option2 = Quizás
template-event-feedback-q6-option3 = No
template-event-feedback-q7 = ¿Hay algo más que quiera decir a los organizadores?

## Employee pulse

# Markdown.
template-employee-pulse-description = Anónima y breve: responda con sinceridad, le llevará alrededor de un minuto.
template-employee-pulse-q1 = ¿En qué medida está de acuerdo con estas afirmaciones?
template-employee-pulse-q1-row1 = Sé lo que se espera de mí en el trabajo
template-employee-pulse-q1-row2 = Tengo lo que necesito para hacer bien mi trabajo
template-employee-pulse-q1-row3 = Mi responsable me da comentarios útiles
template-employee-pulse-q1-row4 = Recomendaría este equipo como un gran lugar para trabajar
template-employee-pulse-q1-column1 = Totalmente en desacuerdo
template-employee-pulse-q1-column2 = En desacuerdo
template-employee-pulse-q1-column3 = Neutral
template-employee-pulse-q1-column4 = De acuerdo
template-employee-pulse-q1-column5 = Totalmente de acuerdo
template-employee-pulse-q2 = ¿Cómo ha sido su carga de trabajo en las últimas dos semanas?
template-employee-pulse-q2-low = Demasiado ligera
template-employee-pulse-q2-high = Demasiado pesada
template-employee-pulse-q3 = ¿Con cuánta energía se siente en el trabajo esta semana?
template-employee-pulse-q3-low = Sin energía
template-employee-pulse-q3-high = Con mucha energía
template-employee-pulse-q4 = ¿En qué departamento trabaja?
template-employee-pulse-q4-option1 = Ingeniería
template-employee-pulse-q4-option2 = Finanzas
template-employee-pulse-q4-option3 = Recursos humanos
template-employee-pulse-q4-option4 = Marketing
template-employee-pulse-q4-option5 = Operaciones
template-employee-pulse-q4-option6 = Ventas
template-employee-pulse-q4-option7 = Soporte
template-employee-pulse-q5 = ¿Qué es lo que más mejoraría su trabajo?
