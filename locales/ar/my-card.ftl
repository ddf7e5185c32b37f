### بطاقة حامل البطاقة الذي سجّل الدخول، ورمز QR، وبيانات تصريح العمل، وسجلات الاشتراكات.

card-nav-label = بطاقتك الإلكترونية
card-show-details = إظهار التفاصيل كاملة
card-hide-details = إخفاء التفاصيل

qr-title = رمز QR الخاص بك
qr-use = اعرضه في المستشفيات والصيدليات ومكاتب الخدمة للتحقق من هويتك ولتسوية التأمين الطبي.
qr-image-label = رمز QR لبطاقة الضمان الاجتماعي الإلكترونية الخاصة بك
qr-loading = جارٍ الحصول على رمز QR جديد…
qr-expired = انتهت صلاحية رمز QR هذا. اختر «حدّث رمز QR» للحصول على رمز جديد.
# Variables:
#   $seconds (Number) - عدد الثواني المتبقية حتى استبدال الرمز
qr-countdown = { $seconds ->
    [zero] يظهر رمز جديد الآن
    [one] يظهر رمز جديد بعد ثانية واحدة
    [two] يظهر رمز جديد بعد ثانيتين
    [few] يظهر رمز جديد بعد { $seconds } ثوانٍ
    [many] يظهر رمز جديد بعد { $seconds } ثانية
   *[other] يظهر رمز جديد بعد { $seconds } ثانية
}
qr-refreshed = يظهر الآن رمز QR جديد، وهو صالح لمدة 60 ثانية.
qr-refresh-failed = تعذّر الحصول على رمز QR جديد.
qr-refresh = حدّث رمز QR
qr-brightness = نصيحة: ارفع سطوع شاشتك حتى يتمكّن الماسح الضوئي في مكتب الخدمة من قراءة الرمز.

work-permit-title = تصريح عملك
permit-category = الفئة
# Variables:
#   $days (Number) - عدد الأيام المتبقية حتى انتهاء صلاحية التصريح
permit-days-left = { $days ->
    [zero] تنتهي الصلاحية اليوم
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $days } أيام
    [many] بقي { $days } يوماً
   *[other] بقي { $days } يوم
}
# Variables:
#   $days (Number) - عدد الأيام التي مضت منذ انتهاء صلاحية التصريح
permit-expired-days-ago = { $days ->
    [zero] انتهت الصلاحية اليوم
    [one] انتهت الصلاحية منذ يوم واحد
    [two] انتهت الصلاحية منذ يومين
    [few] انتهت الصلاحية منذ { $days } أيام
    [many] انتهت الصلاحية منذ { $days } يوماً
   *[other] انتهت الصلاحية منذ { $days } يوم
}
permit-source = تأتي هذه البيانات من سجل تصريح العمل في نظام خدمات الأجانب العاملين في الصين. إذا كان فيها خطأ، فاطلب من صاحب العمل تصحيحه هناك.
print-page = اطبع هذه الصفحة
qr-copy-text = انسخ الرمز نصّاً
copy-number = نسخ
copied = تم النسخ
copy-failed = تعذّر النسخ: لم يسمح هذا المتصفح بذلك.

payments-title = اشتراكات التأمين الاجتماعي الخاصة بك
card-timeline-title = مسارك الزمني
payments-lead = ما دفعه صاحب العمل عنك كل شهر، وما اقتُطع من راتبك.
payments-year = السنة
payments-insurance = التأمين
payments-all-insurances = جميع التأمينات
payments-apply = اعرض الاشتراكات
payments-status = الحالة
payments-total = المجموع
payments-none = لا توجد سجلات اشتراكات لهذه السنة.
# Variables:
#   $year (Number) - السنة المعروضة
payments-caption = الاشتراكات في عام { $year }، حسب الشهر ونوع التأمين
payments-no-record = لا يوجد سجل لهذا الشهر
payments-arrears-heading = أشهر متأخّرة السداد:
payments-arrears-explained = لم يدفع صاحب العمل الاشتراكات عن هذه الأشهر. اسأل قسم الموارد البشرية لدى صاحب العمل، أو اتصل بالخط الساخن للتأمينات الاجتماعية على الرقم 12333.
payments-missing-heading = أشهر بلا سجل:
payments-missing-explained = لم يُبلَّغ عن أي شيء لهذه الأشهر. إذا كنت تعمل لدى صاحب العمل في تلك الفترة، فاسأله عن السبب.
payments-export = نزّل السجلات كجدول بيانات (CSV)
# Variables:
#   $year (Number) - السنة المعروضة
#   $total (String) - مجموع اشتراكات السنة، مبلغ منسّق
#   $month (String) - الشهر الذي دُفع فيه أكبر مبلغ، مثل مارس 2025
#   $highest (String) - اشتراكات ذلك الشهر، مبلغ منسّق
#   $arrears (Number) - عدد الأشهر المتأخّرة السداد
payments-chart-summary = { $arrears ->
    [0] في عام { $year }، دُفع ما مجموعه { $total }. وكان أعلى مبلغ { $highest } في { $month }. لا يوجد أي شهر متأخّر السداد.
    [zero] في عام { $year }، دُفع ما مجموعه { $total }. وكان أعلى مبلغ { $highest } في { $month }. السداد متأخّر عن { $arrears } شهر.
    [one] في عام { $year }، دُفع ما مجموعه { $total }. وكان أعلى مبلغ { $highest } في { $month }. السداد متأخّر عن شهر واحد.
    [two] في عام { $year }، دُفع ما مجموعه { $total }. وكان أعلى مبلغ { $highest } في { $month }. السداد متأخّر عن شهرين.
    [few] في عام { $year }، دُفع ما مجموعه { $total }. وكان أعلى مبلغ { $highest } في { $month }. السداد متأخّر عن { $arrears } أشهر.
    [many] في عام { $year }، دُفع ما مجموعه { $total }. وكان أعلى مبلغ { $highest } في { $month }. السداد متأخّر عن { $arrears } شهراً.
   *[other] في عام { $year }، دُفع ما مجموعه { $total }. وكان أعلى مبلغ { $highest } في { $month }. السداد متأخّر عن { $arrears } شهر.
}

card-title = بطاقة الضمان الاجتماعي الإلكترونية الخاصة بك
card-rendering-note = صورة توضيحية لبطاقتك للاطلاع فقط، وليست التصميم الرسمي للبطاقة.
card-holder = الاسم
card-number = رقم البطاقة
card-status = الحالة
card-status-active = نشطة
card-status-sealed = معلّقة
card-sealed-explained = بطاقتك معلّقة: تُفعَّل وظائف الضمان الاجتماعي فيها عند إكمال التحقق من هويتك.
card-issued = تاريخ الإصدار
card-load-failed = تعذّر تحميل بطاقتك. حاول مرة أخرى لاحقاً.
card-verify-now = تحقّق من هويتك الآن
