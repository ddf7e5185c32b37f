## تجهيز مستندات تصريح العمل: بضعة أسئلة، وتقدير للفئة، وقائمة مستندات خاصة بك. صفحة عامة، دون حساب.

prepare-title = جهّز مستندات تصريح عملك
prepare-lead = اعرف المستندات التي تحتاج إليها للحصول على تصريح عمل في الصين، وكيف يجب التصديق على كل منها وترجمته، ومتى تحصل عليه.
prepare-does-heading = ما الذي تفعله هذه الأداة
prepare-does = تُعدّ لك قائمة مستندات خاصة بك انطلاقاً من بضع إجابات، وتقدّر فئة تصريحك، وتنبّهك إذا كانت صلاحية أحد المستندات ستنتهي في موعد قريب جداً من تاريخ تقديم الطلب.
prepare-does-not = لا تقدّم هذه الأداة أي طلب. يقدّم صاحب العمل، أو الوكالة التي تعمل لحسابه، الطلب عبر الإنترنت. أما أنت فتجمع المستندات.
prepare-need-heading = ما تحتاج إليه
prepare-need = جواز سفرك، وشهادة أعلى درجة علمية حصلت عليها، والتاريخ الذي يعتزم صاحب العمل تقديم الطلب فيه. يستغرق ذلك نحو 5 دقائق.
prepare-privacy = تبقى إجاباتك في علامة التبويب هذه من المتصفح. لا يُرسل أي شيء إلى خادم ولا يُحفظ على هذا الجهاز، لذا تزول إجاباتك عند إغلاق علامة التبويب.
prepare-start = ابدأ الآن
prepare-step = جهّز مستنداتك
prepare-continue = متابعة
prepare-lost = لم تعد إجاباتك موجودة في علامة التبويب هذه: فهي لا تُحفظ إلا ما دامت علامة التبويب مفتوحة.
prepare-start-again = ابدأ من جديد

prepare-nationality-title = ما جنسيتك؟
prepare-nationality-hint = كما هي مبيّنة في جواز سفرك. تصدر شهادة حسن السيرة والسلوك (السجل الجنائي) عادةً من هذا البلد.
prepare-country = البلد
prepare-choose-country = اختر بلداً
prepare-nationality-missing = اختر جنسيتك

prepare-degree-title = أعلى درجة علمية لديك
prepare-education = ما أعلى درجة علمية حصلت عليها؟
prepare-education-doctorate = الدكتوراه
prepare-education-master = الماجستير
prepare-education-bachelor = البكالوريوس
prepare-education-none = ليست لديّ درجة البكالوريوس أو درجة أعلى منها
prepare-education-missing = اختر أعلى درجة علمية لديك
prepare-degree-country = البلد الذي حصلت عليها فيه
prepare-degree-country-hint = بلد الجامعة. إذا لم تكن لديك درجة علمية، فالبلد الذي أصدر مؤهلك المهني.
prepare-degree-country-missing = اختر البلد الذي حصلت فيه على درجتك العلمية أو مؤهلك المهني

prepare-application-title = عن الطلب
prepare-application = هل تحمل بالفعل تصريح عمل صينياً؟
prepare-application-new = لا، هذا أول تصريح عمل لي في الصين
prepare-application-renewal = نعم، وأنا أجدّده للوظيفة نفسها
prepare-application-change-of-employer = نعم، وأنا أغيّر صاحب العمل
prepare-application-missing = اختر ما إذا كنت تحمل بالفعل تصريح عمل صينياً
prepare-submission = متى سيقدّم صاحب العمل الطلب؟
prepare-submission-hint = يكفي تاريخ تقريبي. مثال: ⁦15 3 2027⁩
prepare-submission-missing = أدخل التاريخ الذي يعتزم صاحب العمل تقديم الطلب فيه
prepare-submission-invalid = أدخل تاريخاً صحيحاً، مثل ⁦15 3 2027⁩
prepare-submission-past = يجب أن يكون تاريخ التقديم اليوم أو بعده

prepare-points-title = عن الوظيفة وعنك
prepare-points-hint = تعطي إجاباتك تقديراً لفئة تصريحك وفق جدول النقاط الرسمي.
prepare-salary = الراتب السنوي المدفوع في الصين، باليوان
prepare-salary-hint = قبل الضريبة. مثال: 360000
prepare-salary-missing = أدخل راتبك السنوي
prepare-salary-invalid = أدخل الراتب رقماً باليوان، مثل 360000
prepare-experience = سنوات الخبرة العملية ذات الصلة
prepare-experience-invalid = أدخل سنوات خبرتك العملية عدداً صحيحاً، مثل 3
prepare-months = عدد الأشهر التي ستعملها في الصين كل سنة
prepare-months-invalid = أدخل عدد الأشهر عدداً صحيحاً من 0 إلى 12
prepare-age = عمرك بالسنوات
prepare-age-invalid = أدخل عمرك عدداً صحيحاً من 16 إلى 99، مثل 34
prepare-chinese = مستواك في اللغة الصينية
prepare-chinese-chinese-taught-degree-or-hsk5 = درجة علمية دُرِّست باللغة الصينية، أو المستوى 5 أو 6 في اختبار HSK
prepare-chinese-hsk4 = ⁦HSK 4⁩
prepare-chinese-hsk3 = ⁦HSK 3⁩
prepare-chinese-hsk2 = ⁦HSK 2⁩
prepare-chinese-hsk1 = ⁦HSK 1⁩
prepare-chinese-none = لا يوجد مستوى معتمد
prepare-chinese-missing = اختر مستواك في اللغة الصينية
prepare-bonus = هل ينطبق عليك أيٌّ مما يلي؟
prepare-bonus-hint = اختر كل ما ينطبق عليك.
prepare-bonus-location = تقع الوظيفة في المنطقة الغربية، أو في قاعدة صناعية قديمة في الشمال الشرقي، أو في محافظة مشمولة ببرنامج التخفيف من حدة الفقر
prepare-bonus-distinction = تخرّجت في جامعة من الجامعات الأعلى تصنيفاً، أو تعمل في شركة مدرجة في قائمة ⁦Fortune 500⁩، أو تملك حقوق ملكية فكرية، أو عملت في الصين 5 سنوات أو أكثر

prepare-estimate-title = فئتك التقديرية
# Variables:
#   $total (Number) - points scored
#   $max (Number) - the most points possible
prepare-estimate-points = النقاط: { $total } من أصل { $max }
prepare-estimate-a = 85 نقطة أو أكثر: الفئة A، الكفاءات رفيعة المستوى.
prepare-estimate-b = من 60 إلى 84 نقطة: الفئة B، الكفاءات المهنية.
prepare-estimate-c = أقل من 60 نقطة: الفئة C، الأفراد الأجانب الآخرون. عدد الأماكن في هذه الفئة محدود بنظام الحصص.
prepare-factors = النقاط لكل عامل
prepare-factor = العامل
prepare-points = النقاط
prepare-points-max = الحد الأقصى الممكن
prepare-factor-salary = الراتب السنوي
prepare-factor-education = التعليم
prepare-factor-work-experience = الخبرة العملية
prepare-factor-months-in-china = الأشهر في الصين كل سنة
prepare-factor-chinese-level = اللغة الصينية
prepare-factor-work-location = مكان العمل
prepare-factor-age = العمر
prepare-factor-distinction = الجامعة أو صاحب العمل أو الملكية الفكرية أو سنوات العمل في الصين
prepare-direct-heading = طرق أخرى للحصول على فئة
prepare-direct-a = تُمنح الفئة A أيضاً للكفاءات رفيعة المستوى المعترف بها أياً كانت نقاطها، ومن أمثلتها الفائزون بجوائز دولية كبرى أو المختارون ضمن برامج وطنية لاستقطاب الكفاءات.
prepare-direct-b = وتُمنح الفئة B أيضاً، على سبيل المثال، لمن يحمل درجة البكالوريوس أو درجة أعلى منها ولديه خبرة عملية ذات صلة لا تقل عن سنتين.
prepare-authority-decides = هذا تقدير مبني على جدول النقاط المنشور. وتحدّد الجهة المختصة الفئة عند دراستها للطلب.
prepare-category = ما الفئة التي سيتقدّم صاحب العمل بطلبها؟
prepare-category-hint = قد يعرف صاحب العمل طريقاً لا يشمله هذا التقدير. وتتوقف قائمة مستنداتك على الفئة: ففي الفئة A يمكنك توقيع تعهّد بدلاً من الحصول على شهادة حسن السيرة والسلوك.
prepare-category-missing = اختر الفئة التي سيتقدّم صاحب العمل بطلبها
prepare-see-checklist = اعرض قائمة مستنداتك

prepare-tasks-title = قائمة مستنداتك
# Variables:
#   $done (Number) - documents completed
#   $total (Number) - documents in the checklist
prepare-tasks-progress = المستندات المكتملة: { $done } من أصل { $total }.
prepare-tasks-lead = اختر مستنداً لتعرف الجهة التي تصدره، وكيف تصدّق عليه وتترجمه، وإلى متى يبقى صالحاً.
prepare-status-not-started = لم يبدأ
prepare-status-in-progress = قيد التنفيذ
prepare-status-completed = مكتمل
prepare-status-cannot-start-yet = لا يمكن البدء بعد
prepare-status-problem = توجد مشكلة
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
prepare-expired = لا تمتد صلاحية { $document } إلا حتى { $date }، أي قبل تاريخ التقديم المخطط له. احصل على مستند جديد.
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
#   $days (Number) - days between the filing date and the last valid day
prepare-expires-soon = { $days ->
    [zero] لا تمتد صلاحية { $document } إلا حتى { $date }، أي يوم التقديم المخطط له نفسه. إذا تأخّر التقديم، فلن يكون المستند صالحاً عندئذٍ.
    [one] لا تمتد صلاحية { $document } إلا حتى { $date }، أي بعد يوم واحد من تاريخ التقديم المخطط له. إذا تأخّر التقديم، فلن يكون المستند صالحاً عندئذٍ.
    [two] لا تمتد صلاحية { $document } إلا حتى { $date }، أي بعد يومين من تاريخ التقديم المخطط له. إذا تأخّر التقديم، فلن يكون المستند صالحاً عندئذٍ.
    [few] لا تمتد صلاحية { $document } إلا حتى { $date }، أي بعد { $days } أيام من تاريخ التقديم المخطط له. إذا تأخّر التقديم، فلن يكون المستند صالحاً عندئذٍ.
    [many] لا تمتد صلاحية { $document } إلا حتى { $date }، أي بعد { $days } يوماً من تاريخ التقديم المخطط له. إذا تأخّر التقديم، فلن يكون المستند صالحاً عندئذٍ.
   *[other] لا تمتد صلاحية { $document } إلا حتى { $date }، أي بعد { $days } يوم من تاريخ التقديم المخطط له. إذا تأخّر التقديم، فلن يكون المستند صالحاً عندئذٍ.
}
prepare-answers = إجاباتك
prepare-change = تغيير
prepare-filing-date = تاريخ التقديم
prepare-category-short = الفئة

prepare-document-passport = صفحة بيانات جواز السفر
prepare-document-photo = صورة شخصية رسمية
prepare-document-job-contract = عقد العمل أو خطاب التعيين
prepare-document-degree = شهادة المؤهل العلمي أو المهني
prepare-document-work-experience = إثبات الخبرة العملية السابقة
prepare-document-criminal-record = شهادة حسن السيرة والسلوك (السجل الجنائي)
prepare-document-medical-report = سجل الفحص الطبي
prepare-issuer = الجهة المُصدِرة
prepare-issuer-passport = أنت: نسخة ممسوحة ضوئياً أو صورة واضحة للصفحة التي تحمل صورتك وبياناتك.
prepare-issuer-photo = مصوّر، أو أنت: صورة ملوّنة حديثة، مكشوفة الرأس، بخلفية بيضاء.
prepare-issuer-job-contract = صاحب العمل الجديد في الصين.
prepare-issuer-degree = الجامعة، أو الجهة التي منحتك مؤهلك المهني.
prepare-issuer-work-experience = صاحب العمل السابق: يذكر منصبك والمدة ومهامك، مع ختم أو توقيع، وجهة اتصال يمكنها تأكيد ذلك.
prepare-issuer-criminal-record = الشرطة أو المحاكم في بلد جنسيتك، أو في البلد الذي تقيم فيه عادةً.
prepare-issuer-medical-report = مستشفى خارج الصين، أو المركز الدولي لصحة السفر في الصين، الذي يراجع أيضاً التقارير الصادرة في الخارج.
prepare-certify = كيفية التصديق عليه
prepare-certify-none = لا يحتاج إلى أبوستيل ولا إلى تصديق.
# Variables:
#   $country (String) - the issuing country
#   $date (String) - the day the Apostille Convention took effect between China and that country
prepare-certify-apostille = احصل على أبوستيل من الجهة المختصة في { $country }. تسري اتفاقية الأبوستيل بين { $country } والصين منذ { $date }.
# Variables:
#   $country (String) - the issuing country
prepare-certify-legalisation = لا تسري اتفاقية الأبوستيل بين { $country } والصين: صدِّق المستند لدى السلطات في { $country }، ثم لدى سفارة صينية أو قنصلية صينية هناك.
# Variables:
#   $country (String) - the issuing country
prepare-certify-ask = القاعدة المطبّقة على المستندات الصادرة في { $country } غير محسومة. اسأل صاحب العمل أو مكتب تصاريح العمل المحلي قبل التصديق على المستند.
# Variables:
#   $country (String) - the issuing country
prepare-notarise-first = الشهادة الجامعية مستند خاص: وثّقها أولاً لدى كاتب العدل في { $country }.
prepare-alternative-cscse-verification = وبدلاً من ذلك، يمكنك أن تطلب التحقق من درجتك العلمية لدى CSCSE (مركز الصين لخدمات التبادل العلمي، 中国留学服务中心)؛ فالجهة المختصة تقبل تحقّقه.
prepare-alternative-pledge = في الفئة A، يمكنك توقيع تعهّد بعدم وجود سجل جنائي بدلاً من الحصول على هذه الشهادة.
# Variables:
#   $source (String) - where the table comes from
#   $date (String) - the date of the table
prepare-source = المصدر: { $source }، حتى تاريخ { $date }.
prepare-certify-uncertain = هذه القاعدة مأخوذة من مصادر غير رسمية أو لم تُحسم بعد. تحقّق منها لدى جهة العمل قبل أن تدفع رسوم أي تصديق.
prepare-translation = الترجمة
prepare-translation-not-needed = لا يحتاج إلى ترجمة.
prepare-translation-sealed-by-employer = ما لم يكن باللغة الصينية، فإنه يحتاج إلى ترجمة صينية تحمل ختم صاحب العمل.
prepare-translation-chinese-version = يجب أن تكون له نسخة باللغة الصينية تذكر مكان العمل والمهام والراتب والمدة والمنصب.
prepare-validity = الصلاحية
prepare-validity-none = لا تنتهي صلاحيته لأغراض هذا الطلب.
# Variables:
#   $months (Number) - months of validity
prepare-validity-months = { $months ->
    [zero] صالح لمدة { $months } شهر من تاريخ إصداره، لا من تاريخ التصديق عليه.
    [one] صالح لمدة شهر واحد من تاريخ إصداره، لا من تاريخ التصديق عليه.
    [two] صالح لمدة شهرين من تاريخ إصداره، لا من تاريخ التصديق عليه.
    [few] صالح لمدة { $months } أشهر من تاريخ إصداره، لا من تاريخ التصديق عليه.
    [many] صالح لمدة { $months } شهراً من تاريخ إصداره، لا من تاريخ التصديق عليه.
   *[other] صالح لمدة { $months } شهر من تاريخ إصداره، لا من تاريخ التصديق عليه.
}
# Variables:
#   $date (String) - the earliest useful issue date
prepare-earliest = احصل عليه في { $date } أو بعده. فالمستند الصادر قبل ذلك تنتهي صلاحيته بعد أقل من 30 يوماً من تاريخ التقديم المخطط له.
prepare-issued = متى صدر؟
prepare-issued-hint = اترك الحقل فارغاً إذا لم يكن لديك بعد. مثال: ⁦15 9 2026⁩
prepare-issued-invalid = أدخل تاريخ إصدار صحيحاً، مثل ⁦15 9 2026⁩
prepare-issued-future = يجب أن يكون تاريخ الإصدار اليوم أو قبله
# Variables:
#   $date (String) - its last valid day
prepare-valid-until = صلاحيته سارية حتى { $date }.
prepare-ready-legend = الحالة
prepare-ready = هذا المستند جاهز
prepare-save = احفظ وارجع إلى قائمة المستندات
prepare-files = الملفات
prepare-files-hint = ملفات بصيغة ⁦JPEG⁩ أو ⁦PNG⁩ أو ⁦PDF⁩، بحد أقصى ⁦1 MB⁩ لكل ملف. يُحدَّد نوع الملف من الملف نفسه، لا من اسمه. لا يُرفع أي شيء: تبقى الملفات في علامة التبويب هذه إلى أن تنزّل حزمتك.
prepare-photo-hint = صورة بصيغة ⁦JPEG⁩ بنسبة عرض إلى ارتفاع ⁦3:4⁩، أبعادها بين ⁦354 × 472⁩ و⁦420 × 560⁩ بكسل، وحجمها بين ⁦40 KB⁩ و⁦120 KB⁩، على خلفية بيضاء. تكفي أي صورة من الهاتف: تُفحص هنا ويمكن إصلاحها تلقائيًا.
prepare-add-files = أضف ملفات
# Variables:
#   $name (String) - the file's name
#   $reason (String) - why it was refused
prepare-file-refused = { $name }: { $reason }
# Variables:
#   $name (String) - the file's name
prepare-file-unreadable = { $name }: تعذّر على المتصفح قراءة هذا الملف. اختره مرة أخرى.
prepare-no-files = لم تُضف أي ملفات بعد.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, such as 120 KB
prepare-file = { $name }، { $size }
prepare-remove = إزالة
prepare-package = المتابعة لاحقاً
prepare-package-hint = نزّل حزمة تضم إجاباتك، ومدى تقدّمك في كل مستند، وملفاتك. افتحها هنا لاحقاً لتتابع من حيث توقفت، أو سلّمها إلى قسم الموارد البشرية لدى صاحب العمل. لا يُحفظ أي شيء في هذا المتصفح.
prepare-download-package = نزّل حزمتك
prepare-print-checklist = اطبع قائمة المستندات
prepare-have-package = لديّ حزمة
prepare-open-package = افتح حزمتك
prepare-open-package-hint = ملف ⁦.zip⁩ الذي نزّلته من هذه الخدمة.
prepare-package-not-ours = هذا الملف ليس حزمة من هذه الخدمة، أو أنه تالف. اختر ملف ⁦.zip⁩ الذي نزّلته.
prepare-package-changed = تغيّر أحد الملفات في هذه الحزمة منذ إنشائها. اختر الحزمة كما نزّلتها.
prepare-package-too-large = الحزمة كبيرة جداً. أزِل بعض الملفات وحاول مرة أخرى.
prepare-checklist-for = قائمة المستندات لقسم الموارد البشرية لدى صاحب العمل
prepare-column-document = المستند
prepare-column-status = الحالة
prepare-column-dates = تاريخ الإصدار ونهاية الصلاحية

## صورة الهوية: الفحص والإصلاح التلقائي
prepare-photo-choose = اختر صورتك
prepare-photo-passes = صورتك تستوفي جميع الشروط، وقد أُضيفت إلى هذا المستند.
prepare-photo-problems = صورتك لا تستوفي هذه الشروط:
prepare-photo-not-jpeg = هذا ملف ⁦PNG⁩، والرفع لا يقبل إلا ⁦JPEG⁩.
prepare-photo-too-few-pixels = أبعاد الصورة { $width } × { $height } بكسل، والمطلوب { $min-width } × { $min-height } بكسل على الأقل. لا يستطيع الإصلاح إضافة تفاصيل: التقط صورة جديدة.
prepare-photo-too-many-pixels = أبعاد الصورة { $width } × { $height } بكسل، والحد الأقصى المقبول { $max-width } × { $max-height } بكسل.
prepare-photo-wrong-ratio = نسبة العرض إلى الارتفاع ليست ⁦3:4⁩ كما يتطلب الرفع.
prepare-photo-too-many-bytes = حجم الصورة { $size }، والحد الأقصى المقبول { $limit }.
prepare-photo-too-few-bytes = حجم الصورة { $size }، والحد الأدنى المطلوب { $limit }.
prepare-photo-background = لا تبدو الخلفية بيضاء. لا يستطيع الإصلاح تغييرها: إن أمكن، التقط صورة جديدة أمام جدار أبيض سادة.
prepare-photo-fix-heading = الإصلاح التلقائي
prepare-photo-fix-explain = الصورة أدناه مقصوصة بنسبة ⁦3:4⁩، ومصغّرة، ومحفوظة بصيغة ⁦JPEG⁩ بالحجم المناسب. إن لم يكن وجهك داخل الإطار، فحرّك الإطار. راجع النتيجة ثم استخدمها.
prepare-photo-before = قبل:
prepare-photo-after = بعد:
prepare-photo-before-alt = صورتك، وعليها إطار يحدد الجزء الذي سيُحتفظ به
prepare-photo-after-alt = الصورة بعد الإصلاح
prepare-photo-across = حرّك الإطار يمينًا أو يسارًا
prepare-photo-down = حرّك الإطار لأعلى أو لأسفل
prepare-photo-fixing = جارٍ إصلاح الصورة…
prepare-photo-result = { $width } × { $height } بكسل، { $size }
prepare-photo-fix-failed = تعذّر على هذا المتصفح إصلاح الصورة. جرّب متصفحًا آخر، أو أصلحها ببرنامج لتحرير الصور.
prepare-photo-fix-out-of-range = لا يمكن جعل حجم الصورة بعد الإصلاح بين { $smallest } و{ $largest }: تفاصيل الصورة قليلة جدًا. التقط صورة أوضح في إضاءة جيدة.
prepare-photo-use = استخدم الصورة بعد الإصلاح
prepare-photo-download = نزّل الصورة بعد الإصلاح
prepare-photo-used = أُضيفت الصورة بعد الإصلاح إلى هذا المستند.

## جمع صور مستند ورقي في ملف PDF واحد
prepare-file-oversize = أكبر من { $limit }: اجمع الصور في ملف ⁦PDF⁩ واحد لتصغيره.
prepare-combine-hint = يمكن جمع صور صفحات مستند ورقي في ملف ⁦PDF⁩ واحد لا يتجاوز { $limit }، كل صورة في صفحة، بالترتيب الذي أضفتها به.
prepare-combine = اجمع الصور في ملف ⁦PDF⁩ واحد
prepare-combining = جارٍ إنشاء ملف ⁦PDF⁩…
prepare-combined = { $pages ->
    [zero] لم تُجمع أي صفحة.
    [one] أصبحت الصورة ملف ⁦PDF⁩ من صفحة واحدة.
    [two] أصبحت الصورتان ملف ⁦PDF⁩ واحدًا من صفحتين.
    [few] أصبحت الصور ملف ⁦PDF⁩ واحدًا من { $pages } صفحات.
    [many] أصبحت الصور ملف ⁦PDF⁩ واحدًا من { $pages } صفحة.
   *[other] أصبحت الصور ملف ⁦PDF⁩ واحدًا من { $pages } صفحة.
}
prepare-combine-too-large = لا تتسع الصفحات في { $limit } حتى بدقة أقل. احذف بعض الصور واصنع ملفَّي ⁦PDF⁩.
prepare-combine-unreadable = { $name }: تعذّر على المتصفح قراءة هذه الصورة. احذفها ثم أضفها مجددًا.
