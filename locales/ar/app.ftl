## إطار كل صفحة، وكلمات تشترك فيها المكوّنات.

service-name = بطاقة الضمان الاجتماعي الإلكترونية للعمال الأجانب
# The service name on a narrow screen's header, where the full name would take several lines.
service-name-short = e-SSC
skip-to-content = انتقل إلى المحتوى الرئيسي
kiosk-badge = جهاز مشترك
language-switcher-label = اللغة
# Variables:
#   $language (String) - اسم اللغة بلغتها
language-load-failed = تعذّر تحميل { $language }. تحقّق من اتصالك ثم اخترها مرة أخرى.
backend-unreachable = أنت غير متصل، أو تعذّر الوصول إلى الخدمة. لا يزال بإمكانك قراءة هذه الصفحات واستخدام الحاسبة وقائمة المستندات؛ أما تسجيل الدخول وبطاقتك وكل ما يُرسَل إلى الخدمة فتحتاج إلى اتصال.
update-ready = يتوفر إصدار جديد من هذه الخدمة.
update-reload = أعد تحميل الصفحة لاستخدامه
footer-nav-label = روابط المساعدة
footer-hotlines = الخط الساخن للتأمينات الاجتماعية: 12333. الخط الساخن لخدمات الهجرة: 12367.
footer-disclaimer = تظهر المصطلحات الصينية الرسمية بجانب ترجمتنا لتتمكّن من مطابقتها مع مستنداتك ومع الموظفين.

title-error-prefix = خطأ:
error-prefix = خطأ:
error-summary-title = توجد مشكلة
back-link = رجوع
change-link = تغيير
date-day = اليوم
date-month = الشهر
date-year = السنة

not-found-title = الصفحة غير موجودة
not-found-typed = إذا كتبت عنوان الصفحة بنفسك، فتحقّق من صحته.
not-found-pasted = إذا لصقت عنوان الصفحة، فتحقّق من أنك نسخت العنوان كاملاً.
not-found-home = الذهاب إلى الصفحة الرئيسية

page-loading = جارٍ تحميل هذه الصفحة…
page-load-failed = تعذّر تحميل هذه الصفحة.
page-load-failed-advice = تحقّق من اتصالك، ثم حاول مرة أخرى. لن يضيع شيء مما كتبته.
page-load-retry = حاول مرة أخرى
