## نظام التصميم: مثال عملي لكل مكوّن.

design-system-title = نظام التصميم
design-system-lead = أمثلة عملية للمكوّنات التي تستخدمها هذه الخدمة، بلغتك.
design-system-notice = تستخدم الأمثلة مصطلحات
design-system-surname-label = اسم العائلة
design-system-surname-hint = كما هو مطبوع في جواز سفرك، بالأحرف اللاتينية.
design-system-surname-missing = أدخل اسم العائلة
design-system-identifier-legend = أي رقم ستستخدم؟
design-system-identifier-ssn-hint = فقط إذا كان لديك رقم بالفعل.
design-system-identifier-missing = اختر الرقم الذي ستستخدمه
design-system-documents-legend = ما المستندات التي لديك؟
design-system-documents-hint = اختر كل ما ينطبق.
design-system-documents-missing = اختر مستنداً واحداً على الأقل
design-system-birth-legend = تاريخ الميلاد
design-system-birth-hint = مثال: 12 8 1974
design-system-birth-missing = أدخل تاريخ ميلادك باليوم والشهر والسنة
design-system-submit = تحقّق من المثال
design-system-reset = ابدأ من جديد
design-system-panel-title = اكتمل المثال
design-system-panel-body = أُجيب عن كل أسئلة المثال.
design-system-summary-heading = إجاباتك في المثال
