survey-loading = جارٍ تحميل الاستطلاع…
survey-submit = إرسال الإجابات
survey-sending = جارٍ الإرسال…
survey-checking = جارٍ التحقق من هذا المتصفح…
survey-preview-banner = معاينة: هكذا يرى المشاركون الاستطلاع. لا يمكن إرسال الإجابات من هنا.
survey-already-sent = لقد أرسلت إجابات على هذا الاستطلاع من هذا المتصفح. إرسال النموذج مرة أخرى يسجّل ردًا آخر.
survey-personal-link-anonymous = هذا رابطك الشخصي: يعمل مرة واحدة. إجاباتك مجهولة الهوية: ترى الجهة أنك أجبت، لا ما أجبت به.
survey-personal-link-named = هذا رابطك الشخصي: يعمل مرة واحدة. ستُحفظ إجاباتك مع اسمك وبريدك الإلكتروني.
survey-needs-script = تتطلب الإجابة على هذا الاستطلاع JavaScript: قبل إرسال إجاباتك، يحلّ متصفحك لغزًا صغيرًا يمنع الرسائل المزعجة الآلية.
survey-honeypot = الموقع الإلكتروني (اتركه فارغًا)
survey-finishing-check = يُنهي متصفحك فحصه ضد الرسائل المزعجة الآلية؛ ستُرسل إجاباتك بعد لحظة.
survey-failure = { $error } إجاباتك لا تزال هنا.
survey-errors-heading = بعض الإجابات تحتاج إلى انتباهك
survey-error-item = السؤال { $number }: { $message }
survey-page-progress = الصفحة { $at } من { $of }
survey-next = التالي
survey-back = السابق

thanks-title = شكرًا لك
thanks-heading = شكرًا لك!
thanks-recorded = تم تسجيل إجاباتك.
thanks-other-surveys = عرض استطلاعات أخرى من هذه الجهة

surveys-heading = استطلاعات { $tenant }
surveys-loading = جارٍ تحميل الاستطلاعات…
surveys-none = لا توجد استطلاعات مفتوحة حاليًا. يُرجى العودة لاحقًا.
surveys-open-until = مفتوح حتى { $date }

choice-other = أخرى (يُرجى التحديد)
choice-other-answer = إجابتك الأخرى
choice-if-other = إذا اخترت أخرى، يُرجى التحديد
choice-choose = اختر…
choose-exactly = اختر { $count ->
    [zero] { $count } خيار
    [one] خيارًا واحدًا
    [two] خيارين
    [few] { $count } خيارات
    [many] { $count } خيارًا
   *[other] { $count } خيار
  }.
choose-between = اختر من { $min } إلى { $max } من الخيارات.
choose-at-least = اختر { $min } على الأقل من الخيارات.
choose-up-to = اختر حتى { $max } من الخيارات.

stars = { $count ->
    [one] نجمة واحدة
    [two] نجمتان
    [few] { $count } نجوم
    [many] { $count } نجمة
   *[other] { $count } نجمة
  }
nps-low = غير محتمل على الإطلاق
nps-high = محتمل للغاية
scale-end = { $point } = { $label }

ranking-moved = نُقل { $label } إلى المرتبة { $place } من { $count }.
ranking-order-kept = الترتيب المعروض هو ترتيبك.
ranking-use-order = استخدم هذا الترتيب
ranking-hint-script = انقل الخيارات إلى ترتيبك، 1 للأول؛ أو أعطِ كل خيار مرتبة.
ranking-hint = أعطِ كل خيار مرتبة مختلفة، 1 للأول.
ranking-place-of = مرتبة
ranking-move-up = انقل { $label } إلى الأعلى
ranking-move-down = انقل { $label } إلى الأسفل

text-up-to = حتى { $limit ->
    [one] حرف واحد
    [two] حرفين
    [few] { $limit } أحرف
    [many] { $limit } حرفًا
   *[other] { $limit } حرف
  }.
characters-left = { $count ->
    [zero] لم يتبقَّ أي حرف
    [one] تبقّى حرف واحد
    [two] تبقّى حرفان
    [few] تبقّت { $count } أحرف
    [many] تبقّى { $count } حرفًا
   *[other] تبقّى { $count } حرف
  }
characters-too-many = { $count ->
    [one] حرف واحد زائد
    [two] حرفان زائدان
    [few] { $count } أحرف زائدة
    [many] { $count } حرفًا زائدًا
   *[other] { $count } حرف زائد
  }
hint-email = عنوان بريد إلكتروني، مثل name@example.com.
hint-url = عنوان ويب، مثل https://example.com.
hint-phone = رقم هاتف، مثل ‎+971 4 123 4567.
hint-digits = أرقام فقط.
hint-letters-and-digits = حروف وأرقام فقط.
hint-example-and-limit = { $example } { $limit }
number-hint-between = من { $min } إلى { $max }{ $unit }
number-hint-at-least = { $min }{ $unit } على الأقل
number-hint-at-most = { $max }{ $unit } على الأكثر
number-hint-bounds = { $bounds }.
number-hint-step = بخطوات قدرها { $step }.
number-hint-bounds-step = { $bounds }، بخطوات قدرها { $step }.
date-hint-between = من { $earliest } إلى { $latest }.
date-hint-after = { $earliest } أو بعده.
date-hint-before = { $latest } أو قبله.

answer-missing = يُرجى الإجابة على هذا السؤال.
answer-control-characters-multiline = تحتوي إجابتك على أحرف تحكم غير مرئية؛ يُرجى إعادة كتابتها (فواصل الأسطر وعلامات الجدولة مقبولة).
answer-control-characters = تحتوي إجابتك على أحرف تحكم غير مرئية؛ يُرجى إعادة كتابتها.
answer-one-line = يُرجى كتابة إجابتك في سطر واحد.
answer-too-long = يُرجى اختصار إجابتك إلى { $limit ->
    [one] حرف واحد
    [two] حرفين
    [few] { $limit } أحرف
    [many] { $limit } حرفًا
   *[other] { $limit } حرف
  } على الأكثر (عدد أحرفها الآن { $length }).
answer-not-text = تحتوي إجابتك على أحرف ليست نصًا صالحًا.
answer-stars = يُرجى اختيار من 1 إلى 5 نجوم.
answer-scale = يُرجى اختيار رقم من 1 إلى { $points }.
answer-nps = يُرجى اختيار رقم من 0 إلى 10.
format-email = يُرجى إدخال عنوان بريد إلكتروني، مثل name@example.com.
format-url = يُرجى إدخال عنوان ويب يبدأ بـ https:// أو http://.
format-phone = يُرجى إدخال رقم هاتف (أرقام ومسافات و + - ( ) فقط).
format-digits = يُرجى استخدام الأرقام فقط.
format-letters-and-digits = يُرجى استخدام الحروف والأرقام فقط.
number-between = يُرجى إدخال رقم من { $min } إلى { $max }{ $unit }.
number-at-least = يُرجى إدخال رقم لا يقل عن { $min }{ $unit }.
number-at-most = يُرجى إدخال رقم لا يزيد على { $max }{ $unit }.
number-any = يُرجى إدخال رقم من ‎-{ $limit } إلى { $limit }.
number-unreadable = يُرجى إدخال رقم، مثل 12 أو 3.5.
number-decimal-places = يُرجى إدخال رقم بما لا يزيد على { $places } منازل عشرية.
number-step = يُرجى إدخال رقم بخطوات قدرها { $step }{ $from ->
    [start] {" "}بدءًا من { $start }
   *[zero] {""}
  }{ $nearest ->
    [two] : الأقرب هما { $low } و{ $high }{ $unit }
    [one] : الأقرب هو { $low }{ $unit }
   *[none] {""}
  }.
date-unreadable = يُرجى إدخال التاريخ بصيغة سنة-شهر-يوم، مثل 2026-03-31.
date-between = يُرجى اختيار تاريخ من { $earliest } إلى { $latest }.
date-on-or-after = يُرجى اختيار تاريخ في { $earliest } أو بعده.
date-on-or-before = يُرجى اختيار تاريخ في { $latest } أو قبله.
other-missing = يُرجى تحديد ما هو «أخرى».
other-control-characters = تحتوي إجابتك في «أخرى» على فواصل أسطر أو أحرف تحكم غير مرئية؛ يُرجى إعادة كتابتها.
other-too-long = يُرجى اختصار إجابتك في «أخرى» إلى { $limit ->
    [one] حرف واحد
    [two] حرفين
    [few] { $limit } أحرف
    [many] { $limit } حرفًا
   *[other] { $limit } حرف
  } على الأكثر (عدد أحرفها الآن { $length }).
choice-unknown = يُرجى اختيار أحد الخيارات.
choices-repeated = لا يمكن تحديد كل خيار إلا مرة واحدة.
choices-unknown = يُرجى الاختيار من الخيارات فقط.
choices-exactly = يُرجى تحديد { $count } بالضبط من الخيارات.
choices-between = يُرجى تحديد من { $min } إلى { $max } من الخيارات.
choices-at-least = يُرجى تحديد { $min } على الأقل من الخيارات.
choices-at-most = يُرجى تحديد { $max } على الأكثر من الخيارات.
matrix-unknown = يُرجى اختيار أحد الأعمدة في كل صف.
matrix-rows-left = يُرجى الإجابة على كل صف: { $left ->
    [one] بقي صف واحد
    [two] بقي صفان
    [few] بقيت { $left } صفوف
    [many] بقي { $left } صفًا
   *[other] بقي { $left } صف
  }.
ranking-refused = أعطِ كل خيار مرتبة مختلفة من 1 إلى { $options }.
form-answer-twice = أُرسلت الإجابة على السؤال { $number } مرتين.
form-unknown-field = يحتوي النموذج على حقل غير معروف «{ $name }».
form-field-not-text = يحتوي النموذج على حقل ليس نصًا صالحًا.
form-out-of-date = هذا النموذج قديم. يُرجى إعادة تحميل الصفحة والإجابة مرة أخرى.
form-too-soon = أُرسل هذا النموذج بعد لحظات من فتحه، كما تفعل الرسائل المزعجة الآلية. إذا كنت قد ملأته بنفسك، فيُرجى مراجعة إجاباتك وإرساله مرة أخرى.
puzzle-needs-script = يطلب هذا الاستطلاع من متصفحك حل لغز صغير يمنع الرسائل المزعجة الآلية، وهذا يتطلب JavaScript. يُرجى تفعيل JavaScript وإعادة تحميل الصفحة وإرسال إجاباتك مرة أخرى.
puzzle-not-solved = لم ينجح فحص متصفحك ضد الرسائل المزعجة الآلية. يُرجى إرسال النموذج مرة أخرى؛ وإذا تكرر ذلك، فأعد تحميل الصفحة.
page-more-questions = أظهرت إجاباتك مزيدًا من الأسئلة في هذه الصفحة. أجب عنها إن كانت تنطبق عليك، ثم تابع.
question-required = (مطلوب)
