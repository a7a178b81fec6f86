# رسائل البريد إلى المشاركين (الدعوات والتذكيرات) وما تشترك فيه كل الرسائل.

mail-button-fallback = إذا لم يعمل الزر، فانسخ هذا العنوان إلى متصفحك:

mail-survey-invitation-subject = { $subject }
mail-survey-invitation-body =
    { $message }

    { $link }

    هذا الرابط خاص بك وحدك ويعمل مرة واحدة. إذا كنت تفضّل ألا تتلقى دعوات استطلاعات من { $tenant_name }، فاتبع هذا الرابط: { $unsubscribe }
mail-survey-invitation-link = أجب عن الاستطلاع
mail-survey-invitation-unsubscribe = إلغاء الاشتراك

mail-survey-reminder-subject = تذكير: { $subject }
mail-survey-reminder-body =
    لم نتلقَّ إجاباتك بعد، لذا نرسل إليك رابطك مرة أخرى.

    { $message }

    { $link }

    هذا الرابط خاص بك وحدك ويعمل مرة واحدة. إذا كنت تفضّل ألا تتلقى دعوات استطلاعات من { $tenant_name }، فاتبع هذا الرابط: { $unsubscribe }
mail-survey-reminder-link = أجب عن الاستطلاع
mail-survey-reminder-unsubscribe = إلغاء الاشتراك

mail-survey-default-greeting = مرحبًا { $name }،
mail-survey-default-request = يودّ { $tenant_name } أن يسمع رأيك. يستغرق الاستطلاع بضع دقائق.
