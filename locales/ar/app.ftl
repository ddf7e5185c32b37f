## إطار كل صفحة، وكلمات تشترك فيها المكوّنات.

service-name = بطاقة الضمان الاجتماعي الإلكترونية للعمال الأجانب
skip-to-content = انتقل إلى المحتوى الرئيسي
kiosk-badge = جهاز مشترك
language-switcher-label = اللغة
# Variables:
#   $language (String) - اسم اللغة بلغتها
language-load-failed = تعذّر تحميل { $language }. تحقّق من اتصالك ثم اخترها مرة أخرى.
backend-unreachable = تعذّر الوصول إلى الخدمة الآن. يمكنك قراءة هذه الصفحات؛ وستعمل الأجزاء التي تحتاج إلى بطاقتك عند عودة الاتصال.
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
