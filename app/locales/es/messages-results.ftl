# What the services and the domain say: results.

## Results: the labels of the bars on the results page

# A star rating's bar: how many stars.
msg-results-stars = { $stars } ★
# The bar of the answers given under "Other (please specify)".
msg-results-other = Otro
# A column of a number question's histogram: a range of answers.
msg-results-number-range = { $from } a { $to }
# A bar of a date question's answers per week; $monday is the week's Monday (YYYY-MM-DD).
msg-results-week-of = Semana del { $monday }

## The filter by answer and language on the results and responses pages

msg-answer-filter-too-many-tests = Un filtro tiene como máximo { $count ->
    [one] { $count } prueba
   *[other] { $count } pruebas
  }.
# Shown after "… de las respuestas en las que"; $language is a language's code.
msg-answer-filter-language = se respondió en { $language ->
    [en] inglés
    [de] alemán
    [es] español
   *[ar] árabe
  }
# $answers: the tests in words, such as: question 2 (“Plan”) is “Premium”.
msg-answer-filter-answers-and-language = { $answers } y se respondió en { $language ->
    [en] inglés
    [de] alemán
    [es] español
   *[ar] árabe
  }

## Usage for billing

# $input: what was typed, in quotes.
msg-billing-month-invalid = { $input } no es un mes; escríbalo como AAAA-MM, por ejemplo 2026-11.

## Restoring a backup: why an archive is refused (Tailspin administration)

msg-backup-damaged = El archivo no es una copia de seguridad de Tailspin (.tar.gz) o está dañado.
msg-backup-too-many-files = El archivo contiene más ficheros de los que tiene una copia de seguridad.
msg-backup-too-large = El archivo ocupa más de 512 MiB descomprimido.
msg-backup-file-twice = El archivo contiene { $path } dos veces.
# $details: the technical reason, in English.
msg-backup-manifest-unreadable = manifest.json no es un manifiesto de copia de seguridad: { $details }.
msg-backup-unknown-table = El archivo contiene una tabla que esta versión no conoce: { $table }.
msg-backup-unknown-file = El archivo contiene un fichero que una copia de seguridad nunca tiene: { $path }.
msg-backup-no-manifest = El archivo no contiene manifest.json, así que no es una copia de seguridad de Tailspin.
msg-backup-row-too-long = { $path }, línea { $line }: la fila ocupa más de 16 MiB.
msg-backup-not-text = { $path } no es texto UTF-8.
# $details: the technical reason, in English.
msg-backup-row-unreadable = { $path }, línea { $line }: { $details }.
msg-backup-not-a-manifest = El manifiesto no indica una copia de seguridad de un suscriptor de Tailspin.
msg-backup-format-version = La copia de seguridad tiene la versión de formato { $version }; esta versión de Tailspin Surveys lee la versión { $readable }.
# $table: a table's name in the archive.
msg-backup-rows-missing = El archivo está incompleto: { $table } tiene { $found ->
    [one] { $found } fila
   *[other] { $found } filas
  } y el manifiesto indica { $count }.
msg-backup-logo-missing = El archivo está incompleto: falta el logotipo.
msg-backup-unknown-plan = La copia de seguridad indica un plan desconocido: { $plan }.
msg-backup-name-refused = El nombre del suscriptor en la copia de seguridad está vacío o es demasiado largo.
msg-backup-password-needed = Un suscriptor del plan Estándar necesita una contraseña para su primer administrador (las copias de seguridad no contienen contraseñas).
msg-backup-client-secret-needed = Un suscriptor del plan Premium necesita su secreto de cliente (las copias de seguridad no contienen secretos).
msg-backup-alias-taken = El alias { $alias } ya está en uso.
# $reason: where and why the archive's rows are refused (a table, a row, and the reason).
msg-backup-rows-refused = No se puede restaurar la copia de seguridad: { $reason }.
msg-backup-values-refused = No se puede restaurar la copia de seguridad: contiene valores que esta versión no acepta.
msg-backup-logo-refused = Se rechaza el logotipo de la copia de seguridad: { $reason }.
# $address: a survey's address (the last part of its link).
msg-backup-survey-address = La dirección de una encuesta no es válida: { $address }.
msg-backup-survey-address-twice = Dos encuestas tienen la dirección { $address }.
msg-backup-survey-title = La encuesta { $address } tiene un título vacío, de más de { $limit } caracteres o con caracteres de control.
msg-backup-survey-status = La encuesta { $address } tiene un estado desconocido.
msg-backup-too-many-open-surveys = La copia de seguridad tiene { $open ->
    [one] { $open } encuesta abierta
   *[other] { $open } encuestas abiertas
  }; el plan { $plan } permite { $limit }.
msg-backup-too-many-users = La copia de seguridad tiene { $users ->
    [one] { $users } usuario
   *[other] { $users } usuarios
  }; el plan { $plan } permite { $limit }.
# The reasons below follow "The backup cannot be restored: <table>: row <n>:", so they start in lower case.
msg-backup-logic-unreadable = una encuesta tiene páginas o lógica que esta versión no puede leer
# $reason: the style sheet's problem.
msg-backup-stylesheet-refused = la hoja de estilos se rechaza en la línea { $line }, columna { $column }: { $reason }
msg-backup-provider-secret-needed = un proveedor de identidad necesita su secreto de cliente
# "settings" is a column of the archive's questions.
msg-backup-settings-not-text = settings no es texto
# $kind: a question kind's code, such as scale or matrix.
msg-backup-question-settings = una pregunta de tipo { $kind } tiene ajustes que esta versión no acepta
msg-backup-answer-kind = una respuesta no corresponde a su pregunta de tipo { $kind }
msg-backup-response-language = una respuesta tiene un idioma que esta versión no habla
msg-backup-user-language = un usuario tiene un idioma que esta versión no habla
msg-backup-upload-interrupted = La subida se interrumpió o el archivo es demasiado grande (100 MiB como máximo).
msg-backup-choose-archive = Elija el archivo de copia de seguridad que desea restaurar.
# $reason: why the alias typed is refused.
msg-backup-choose-another-alias = Elija otro alias: { $reason }.
