## رسائل التحقق من البيانات ورموز أخطاء واجهة البرمجة (حزمة protocol). رسالة واحدة لكل رمز.

validation-required = أدخل هذه المعلومات
# Variables:
#   $min (Number) - أقل عدد مسموح به من الأحرف
validation-too-short = أدخل نصاً لا يقل عدد أحرفه عن { $min }
# Variables:
#   $max (Number) - أكبر عدد مسموح به من الأحرف
validation-too-long = أدخل نصاً لا يزيد عدد أحرفه على { $max }
# Variables:
#   $expected (Number) - العدد المطلوب من الأحرف بالضبط
validation-wrong-length = أدخل نصاً عدد أحرفه { $expected } بالضبط
validation-digits-only = استخدم الأرقام من 0 إلى 9 فقط
validation-invalid-characters = احذف الأحرف غير المسموح بها
validation-check-character-mismatch = الحرف الأخير لا يتطابق مع بقية الرقم. تحقّق من أنك نسخت كل الأرقام بشكل صحيح.
validation-must-start-with-nine = يبدأ رقم بطاقة هوية الإقامة الدائمة للأجانب بالرقم 9
validation-invalid-birth-date = تاريخ الميلاد الوارد في هذا الرقم ليس تاريخاً صحيحاً
validation-not-a-china-mobile = أدخل رقم هاتف محمول صينياً مكوّناً من 11 رقماً ويبدأ بـ 13 إلى 19، مثل ⁦138 1234 5678⁩
# Variables:
#   $line (Number) - 1 أو 2
#   $expected (Number) - عدد الأحرف المطلوب في السطر
validation-mrz-line-length = يجب أن يتكوّن السطر { $line } من { $expected } حرفاً بالضبط
# Variables:
#   $line (Number) - 1 أو 2
validation-mrz-invalid-characters = لا يمكن أن يحتوي السطر { $line } إلا على الحروف من A إلى Z والأرقام من 0 إلى 9 والرمز ⁦<⁩
validation-mrz-not-passport = يجب أن يبدأ السطر 1 بالحرف P. انسخ السطرين من جواز سفرك.
# Variables:
#   $field (String) - الخانة التي فشل التحقق منها
validation-mrz-check-digit = { $field ->
    [document-number] رقم التحقق الخاص برقم جواز السفر غير مطابق
    [birth-date] رقم التحقق الخاص بتاريخ الميلاد غير مطابق
    [expiry-date] رقم التحقق الخاص بتاريخ انتهاء الصلاحية غير مطابق
    [personal-number] رقم التحقق الخاص بالرقم الشخصي غير مطابق
   *[composite] رقم التحقق النهائي في السطر 2 غير مطابق
}. تحقّق من أنك نسخت السطرين كما هما تماماً.
# Variables:
#   $field (String) - التاريخ غير الصحيح
validation-mrz-invalid-date = { $field ->
    [birth-date] تاريخ الميلاد في السطرين المقروءين آلياً من جواز السفر ليس تاريخاً صحيحاً
   *[expiry-date] تاريخ انتهاء الصلاحية في السطرين المقروءين آلياً من جواز السفر ليس تاريخاً صحيحاً
}
validation-mrz-invalid-sex = يجب أن يكون الجنس في السطر 2 أحد الرموز: M أو F أو ⁦<⁩
# Variables:
#   $code (String) - رمز البلد الذي لم يُتعرّف عليه
validation-unknown-country-code = الرمز { $code } ليس من رموز البلدان المستخدمة في جوازات السفر
validation-document-expired = انتهت صلاحية جواز السفر هذا. استخدم جواز سفرك الحالي.
validation-non-latin-script = استخدم الحروف اللاتينية المطبوعة في جواز سفرك، كما تظهر في السطرين المقروءين آلياً
validation-password-needs-two-kinds = استخدم نوعين على الأقل مما يلي: الحروف، الأرقام، الرموز
validation-pin-sequential = لا تستخدم أرقاماً متسلسلة، مثل 123456 أو 654321
validation-pin-repeated = لا تستخدم الرقم نفسه ست مرات
validation-pin-in-id-number = لا تستخدم أرقاماً مأخوذة من رقم وثيقة هويتك
validation-file-empty = الملف المحدد فارغ
# Variables:
#   $kilobytes (Number) - أكبر حجم مسموح به
validation-file-too-large = يجب أن يكون حجم الملف أقل من { $kilobytes } KB
# Variables:
#   $pages (Number) - أكبر عدد مسموح به من الصفحات
validation-too-many-pages = { $pages ->
    [zero] يجب ألا يزيد عدد صفحات ملف PDF على { $pages } صفحة
    [one] يجب ألا يزيد عدد صفحات ملف PDF على صفحة واحدة
    [two] يجب ألا يزيد عدد صفحات ملف PDF على صفحتين
    [few] يجب ألا يزيد عدد صفحات ملف PDF على { $pages } صفحات
    [many] يجب ألا يزيد عدد صفحات ملف PDF على { $pages } صفحة
   *[other] يجب ألا يزيد عدد صفحات ملف PDF على { $pages } صفحة
}
# Variables:
#   $kilobytes (Number) - أصغر حجم مسموح به
validation-file-too-small = يجب ألا يقل حجم الملف عن { $kilobytes } KB
validation-file-type-not-allowed = هذا النوع من الملفات غير مقبول
# Variables:
#   $width (Number) - أقل عرض بالبكسل
#   $height (Number) - أقل ارتفاع بالبكسل
validation-image-too-small = يجب ألا تقل أبعاد الصورة عن { $width } × { $height } بكسل
validation-image-unreadable = تعذّرت قراءة الصورة، فقد تكون ناقصة أو تالفة. اختر ملفاً آخر

api-bad-request = حدث خطأ في الطلب. حاول مرة أخرى.
api-validation-failed = بعض الإجابات تحتاج إلى تصحيح
api-unauthenticated = سجّل الدخول للمتابعة
api-session-expired = سجّلنا خروجك حفاظاً على أمان بياناتك. سجّل الدخول مرة أخرى.
api-invalid-credentials = الرقم أو كلمة المرور غير صحيح
api-forbidden-origin = رُفض الطلب. أعد تحميل الصفحة وحاول مرة أخرى.
api-not-found = تعذّر العثور على المطلوب
api-method-not-allowed = لا يمكن تنفيذ هذا الإجراء هنا
api-already-registered = لهذا الرقم حساب على بطاقة الضمان الاجتماعي الإلكترونية بالفعل. سجّل الدخول بدلاً من ذلك.
api-identity-mismatch = اسمك والرقم لا يتطابقان مع سجلات تصريح العمل. قارن كليهما بجواز سفرك وبخطاب الإشعار بتصريح عمل الأجنبي.
api-application-not-found = لا يوجد طلب يطابق هذا الرقم وتاريخ الميلاد. تحقّق من الرقم في الإشعار الذي تسلّمته جهة عملك، ومن تاريخ ميلادك كما في جواز سفرك.
api-idempotency-key-reused = سبق إرسال هذا الطلب بإجابات مختلفة. ابدأ من جديد.
api-idempotency-key-missing = تعذّر التحقق من الطلب. أعد تحميل الصفحة وحاول مرة أخرى.
api-idempotency-key-in-use = ما زالت إجاباتك قيد الإرسال. انتظر لحظة ثم حاول مرة أخرى.
# Variables:
#   $attempts (Number) - عدد المحاولات المتبقية
api-sms-code-wrong = { $attempts ->
    [zero] رمز التحقق غير صحيح. لم تتبقَّ لك أي محاولة.
    [one] رمز التحقق غير صحيح. تبقّت لك محاولة واحدة.
    [two] رمز التحقق غير صحيح. تبقّت لك محاولتان.
    [few] رمز التحقق غير صحيح. تبقّت لك { $attempts } محاولات.
    [many] رمز التحقق غير صحيح. تبقّت لك { $attempts } محاولة.
   *[other] رمز التحقق غير صحيح. تبقّت لك { $attempts } محاولة.
}
api-sms-code-expired = انتهت صلاحية رمز التحقق. اطلب رمزاً جديداً.
api-sms-too-many-attempts = أدخلت رموزاً خاطئة مرات كثيرة. اطلب رمزاً جديداً.
api-sms-code-not-requested = اطلب رمز التحقق أولاً
api-phone-not-verified = أدخل أولاً الرمز الذي أرسلناه إلى هاتفك المحمول
# Variables:
#   $seconds (Number) - عدد الثواني التي يجب الانتظار خلالها
api-rate-limited = { $seconds ->
    [zero] محاولات كثيرة جداً. حاول مرة أخرى بعد { $seconds } ثانية.
    [one] محاولات كثيرة جداً. حاول مرة أخرى بعد ثانية واحدة.
    [two] محاولات كثيرة جداً. حاول مرة أخرى بعد ثانيتين.
    [few] محاولات كثيرة جداً. حاول مرة أخرى بعد { $seconds } ثوانٍ.
    [many] محاولات كثيرة جداً. حاول مرة أخرى بعد { $seconds } ثانية.
   *[other] محاولات كثيرة جداً. حاول مرة أخرى بعد { $seconds } ثانية.
}
api-manual-review-required = أكمل التحقق من هويتك حضورياً في قاعة الخدمات الحكومية
api-card-not-issued = لم تصدر بطاقتك بعد. أكمل التحقق من هويتك أولاً.
# Variables:
#   $kilobytes (Number) - أكبر حجم مسموح برفعه
api-payload-too-large = حجم ما رفعته كبير جداً. الحد الأقصى { $kilobytes } KB.
api-unsupported-media-type = هذا النوع من الملفات غير مقبول
api-internal = حدث خطأ من جهتنا. حاول مرة أخرى لاحقاً.
api-unavailable = الخدمة غير متاحة الآن. حاول مرة أخرى بعد بضع دقائق.
