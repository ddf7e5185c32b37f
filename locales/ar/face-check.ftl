### فحص الوجه بعد التسجيل، وصفحة مشكلات الكاميرا، والتحقق من الهوية حضورياً.

face-check-title = أثبت أنك أنت فعلاً
face-intro-lead = تتحقّق خدمة الضمان الاجتماعي من أن الشخص الذي يسجّل هو حامل جواز السفر. يستغرق ذلك أقل من دقيقة باستخدام كاميرا هذا الجهاز.
face-intro-what-heading = ما الذي سيحدث
face-intro-step-allow = سيسألك متصفحك هل يُسمح لهذه الصفحة باستخدام الكاميرا. اختر «السماح».
face-intro-step-frame = ضع وجهك داخل الشكل البيضاوي الظاهر على الشاشة.
face-intro-step-turn = اتبع التعليمات: انظر إلى الأمام، ثم أدِر رأسك ببطء إلى أحد الجانبين وأعِده. نلتقط بضع صور في أثناء ذلك.
face-intro-privacy = لا تُستخدم الصور إلا لهذا الفحص. تتوقف الكاميرا عن العمل عند انتهاء الفحص أو عند مغادرتك هذه الصفحة.
face-start-camera = شغّل الكاميرا
face-ready-heading = استعد
face-ready-frame = أبقِ وجهك كاملاً داخل الشكل البيضاوي.
face-ready-turn = عندما يبدأ الفحص، أدِر رأسك ببطء كما تطلب التعليمات.
face-ready-light = اجعل وجهك مقابلاً لمصدر الضوء؛ ولا تقف وخلفك نافذة أو مصباح.
face-start-check = ابدأ الفحص
face-prompt-look-ahead = انظر مباشرة إلى الكاميرا
face-prompt-turn-one-way = أدِر رأسك ببطء إلى أحد الجانبين
face-prompt-turn-back = والآن أدِره ببطء إلى الجانب الآخر
# Variables:
#   $current (Number) - الصورة التي تُلتقط الآن
#   $total (Number) - عدد الصور التي تُلتقط
face-capturing = الصورة { $current } من { $total }
face-uploading = جارٍ إرسال الصور
face-failed-heading = لم ينجح الفحص
# Variables:
#   $remaining (Number) - عدد محاولات فحص الوجه المتبقية قبل التحقق من الهوية حضورياً
face-attempts-remaining = { $remaining ->
    [zero] لم تتبقَّ لك أي محاولة. يلزمك الآن التحقق من هويتك حضورياً.
    [one] يمكنك المحاولة مرة واحدة أخرى. وبعد ذلك، سيلزمك التحقق من هويتك حضورياً.
    [two] يمكنك المحاولة مرتين أخريين. وبعد ذلك، سيلزمك التحقق من هويتك حضورياً.
    [few] يمكنك المحاولة { $remaining } مرات أخرى. وبعد ذلك، سيلزمك التحقق من هويتك حضورياً.
    [many] يمكنك المحاولة { $remaining } مرة أخرى. وبعد ذلك، سيلزمك التحقق من هويتك حضورياً.
   *[other] يمكنك المحاولة { $remaining } مرة أخرى. وبعد ذلك، سيلزمك التحقق من هويتك حضورياً.
}
face-try-again = حاول مرة أخرى
face-not-sent = لم تُفحص الصور.
face-send-again = أرسل الصور مرة أخرى
face-no-pictures = لم تُرسَل أي صور، ولم تُحتسب هذه محاولةً.
face-in-person-link = تحقّق من هويتك حضورياً بدلاً من ذلك

face-failure-undecodable = تعذّرت قراءة الصور.
face-advice-undecodable = حاول مرة أخرى. إذا تكرّر ذلك، فاستخدم متصفحاً أو جهازاً آخر.
face-failure-resolution-too-low = الصور صغيرة جداً.
face-advice-resolution-too-low = أغلق التطبيقات الأخرى التي تستخدم الكاميرا، أو استخدم جهازاً مزوّداً بكاميرا أفضل.
face-failure-too-dark = المكان مظلم جداً.
face-advice-too-dark = انتقل إلى مكان أكثر إضاءة، أو أشعل ضوءاً أمامك.
face-failure-too-bright = الضوء ساطع جداً.
face-advice-too-bright = ابتعد عن أشعة الشمس المباشرة، أو عن أي ضوء ساطع خلفك أو فوقك.
face-failure-blurry = الصور غير واضحة.
face-advice-blurry = امسح عدسة الكاميرا وأمسك الجهاز بثبات.
face-failure-no-motion = لم تُرصد أي حركة.
face-advice-no-motion = أدِر رأسك ببطء عندما تطلب منك التعليمات ذلك. لا يمكن اجتياز الفحص بصورة فوتوغرافية أو بصورة ثابتة.
face-failure-no-face = لم يُعثر على وجه في الصور.
face-advice-no-face = انظر مباشرة إلى الكاميرا واجعل وجهك كله داخل الشكل البيضاوي. انزع النظارة الشمسية أو الكمامة أو القبعة إن كانت تخفي وجهك.
face-failure-face-too-small = وجهك صغير جداً في الصورة.
face-advice-face-too-small = اقترب أكثر حتى يملأ وجهك الشكل البيضاوي.
face-failure-too-few-frames = لم يُلتقط عدد كافٍ من الصور.
face-advice-too-few-frames = أبقِ هذه الصفحة مفتوحة وفي مقدمة النوافذ الأخرى حتى ينتهي الفحص.

face-camera-title = لا يمكن استخدام الكاميرا
face-camera-denied = لم يسمح متصفحك لهذه الصفحة باستخدام الكاميرا.
face-camera-absent = لم يُعثر على كاميرا، أو لا يستطيع هذا المتصفح استخدامها.
face-camera-busy = يستخدم تطبيق آخر الكاميرا. أغلقه، ثم حاول مرة أخرى.
face-camera-allow-heading = للسماح باستخدام الكاميرا
face-camera-allow-icon = اختر رمز الكاميرا أو رمز القفل بجانب عنوان الصفحة.
face-camera-allow-choose = اختر «السماح» للكاميرا.
face-camera-allow-reload = عُد إلى هذه الصفحة واختر «حاول مرة أخرى».
face-camera-other-heading = طرق أخرى لإتمام التسجيل
face-camera-other-device = سجّل الدخول على هاتف أو حاسوب مزوّد بكاميرا وتابع من هناك. تسجيلك محفوظ.
face-camera-other-in-person = تحقّق من هويتك حضورياً في قاعة الخدمات الحكومية.

face-in-person-title = تحقّق من هويتك حضورياً
face-in-person-lead = تعذّر التحقق من هويتك بالكاميرا، لذا سيتحقّق منها الموظفون حضورياً.
face-in-person-where = توجّه إلى قاعة الخدمات الحكومية التي تقدّم خدمات الضمان الاجتماعي في المدينة التي تعمل فيها. تحقّق من مواعيد عملها قبل الذهاب.
face-in-person-bring-heading = ما الذي تحضره معك
face-in-person-bring-passport = جواز سفرك.
face-in-person-bring-number = رقم تصريح عملك، الوارد في خطاب الإشعار.
face-in-person-bring-phone = الهاتف المحمول الذي سجّلت رقمه، إذا كنت قد أدخلت رقماً.
face-in-person-saved = تسجيلك محفوظ. تبقى بطاقتك معلّقة حتى يتحقّق الموظفون من هويتك.
face-in-person-card-link = الذهاب إلى بطاقتك

