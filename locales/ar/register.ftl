## رحلة التسجيل: سؤال واحد في كل صفحة، ثم مراجعة إجاباتك.

register-start-title = سجّل بطاقة الضمان الاجتماعي الإلكترونية
register-start-lead = سجّل البطاقة الإلكترونية التي تحمل تصريح عملك. يستغرق ذلك نحو 10 دقائق.
register-start-need-heading = ما تحتاج إليه
register-start-need-passport = جواز سفرك
register-start-need-number = رقم تصريح عملك، الوارد في خطاب الإشعار بتصريح عمل الأجنبي، أو رقم الضمان الاجتماعي الخاص بك
register-start-need-phone = رقم هاتف محمول صيني، إن كان لديك (اختياري)
register-start-need-camera = جهاز مزوّد بكاميرا، لإجراء فحص الوجه
register-start-letter-heading = أين تجد رقم تصريح عملك
register-start-letter-alt = رسم توضيحي لخطاب الإشعار بتصريح عمل الأجنبي. رقم تصريح العمل المكوّن من 18 رقماً مُعلَّم بالرقم 1.
register-start-letter-caption = 1: يتكوّن رقم تصريح العمل من 18 رقماً. وهو مطبوع في خطاب الإشعار بجانب اسمه الصيني:
register-start-physical-heading = إذا كانت لديك بطاقة مادية بالفعل
register-start-physical = إذا كانت لديك بطاقة ضمان اجتماعي مادية بالفعل، فما زال بإمكانك التسجيل هنا بالأرقام نفسها.
register-start-button = ابدأ الآن
register-step = تسجيل بطاقة الضمان الاجتماعي الإلكترونية
register-continue = متابعة

register-name-title = ما اسمك كما هو في جواز سفرك؟
register-name-hint = استخدم الحروف اللاتينية المطبوعة في جواز سفرك، وبالترتيب نفسه. أدخل اسم العائلة والأسماء الأولى كلاً على حدة.
register-surname-label = اسم العائلة
register-surname-missing = أدخل اسم عائلتك كما هو في جواز سفرك
register-given-label = الأسماء الأولى
register-given-hint = جميع الأسماء الأولى، بترتيبها في جواز السفر. اترك هذه الخانة فارغة إذا لم يتضمّن جواز سفرك أياً منها.
register-mrz-summary = املأ اسمك من المنطقة المقروءة آلياً في جواز السفر (اختياري)
register-mrz-label = السطران الموجودان في أسفل صفحة الصورة في جواز السفر
register-mrz-hint = في كل سطر 44 خانة من الحروف والأرقام والرمز ⁦<⁩. اكتبهما أو الصقهما كما هما مطبوعان تماماً. لا يُستخدمان إلا في هذه الصفحة ولا يُرسلان.
register-mrz-use = املأ اسمي
register-mrz-filled = مُلئ اسمك من المنطقة المقروءة آلياً. قارنه بجواز سفرك.
register-name-compared = سنقارن هذا الاسم بسجل تصريح عملك:

register-identifier-title = بأي رقم ستسجّل؟
register-identifier-kind-missing = اختر الرقم الذي ستسجّل به
register-wp-label = رقم تصريح العمل
register-wp-hint = 18 رقماً، تجده في خطاب الإشعار بتصريح عمل الأجنبي.
register-ssn-label = رقم الضمان الاجتماعي
register-ssn-hint = 18 حرفاً. اختره فقط إذا كان لديك هذا الرقم بالفعل.
register-identifier-missing = أدخل الرقم

register-password-title = أنشئ كلمة مرور
register-password-label = كلمة المرور
register-password-rules = يجب أن تكون كلمة مرورك:
register-password-rule-length = من 8 إلى 16 حرفاً
register-password-rule-kinds = مكوّنة من نوعين على الأقل مما يلي: الحروف، الأرقام، الرموز
register-password-rule-charset = مقتصرة على الحروف والأرقام والرموز (دون مسافات)
register-password-rule-met = مستوفى
register-password-rule-unmet = غير مستوفى بعد

register-phone-title = هل لديك رقم هاتف محمول صيني؟
register-phone-hint = سنرسل إليه رمزاً للتحقق منه. يمكنك ترك هذه الخانة فارغة والمتابعة من دونه.
register-phone-label = رقم الهاتف المحمول (اختياري)
register-phone-normalised = سنرسل الرمز إلى:

register-check-title = راجع إجاباتك قبل التسجيل
register-check-name = الاسم
register-check-number = الرقم
register-check-password = كلمة المرور
register-check-password-set = مُعيَّنة (غير معروضة)
register-check-phone = رقم الهاتف المحمول
register-check-phone-none = لا يوجد
register-declaration-heading = سجّل الآن
register-declaration = بتسجيلك، تؤكّد أن هذه البيانات هي نفسها الواردة في جواز سفرك وفي خطاب الإشعار، وأنك الشخص المذكور فيهما.
register-submit = الموافقة والتسجيل
register-mismatch-help = قارن اسمك ورقمك بجواز سفرك وبخطاب الإشعار بتصريح عمل الأجنبي، ثم حاول مرة أخرى.

register-code-title = أدخل الرمز الذي أرسلناه إلى هاتفك
# Variables:
#   $phone (String) - the masked number, e.g. 138****5678
register-code-sent = أرسلنا رمزاً مكوّناً من 6 أرقام إلى ⁦{ $phone }⁩. الرمز صالح لمدة 5 دقائق.
register-code-label = الرمز
register-code-hint = 6 أرقام، تجدها في الرسالة النصية.
register-code-missing = أدخل الرمز المكوّن من 6 أرقام
register-code-resend = أرسل رمزاً جديداً
# Variables:
#   $seconds (Number) - seconds until a new code can be requested
register-code-resend-wait = { $seconds ->
    [zero] يمكنك طلب رمز جديد بعد { $seconds } ثانية.
    [one] يمكنك طلب رمز جديد بعد ثانية واحدة.
    [two] يمكنك طلب رمز جديد بعد ثانيتين.
    [few] يمكنك طلب رمز جديد بعد { $seconds } ثوانٍ.
    [many] يمكنك طلب رمز جديد بعد { $seconds } ثانية.
   *[other] يمكنك طلب رمز جديد بعد { $seconds } ثانية.
}
register-code-skip = المتابعة من دون رقم هاتف محمول
register-no-secure-random = لا يستطيع هذا المتصفح حماية تسجيلك من الإرسال مرتين. حدّثه، أو استخدم متصفحاً آخر.

register-done-title = اكتمل التسجيل
register-done-panel = بطاقة الضمان الاجتماعي الإلكترونية الخاصة بك جاهزة
register-done-panel-body = فُعّلت وظائف الضمان الاجتماعي فيها.
register-done-next-heading = ما يمكنك فعله الآن
register-done-next = اعرض رمز QR الخاص بالبطاقة في المستشفيات ومكاتب الخدمة، واطّلع على بيانات تصريح عملك، وراجع مدفوعات اشتراكات التأمين الاجتماعي.
register-done-card-link = الذهاب إلى بطاقتك
