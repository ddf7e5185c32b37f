## تسجيل الدخول والخروج، ومنطقة الحساب في رأس الصفحة، وصفحة البطاقة.

header-sign-in = تسجيل الدخول
header-sign-out = تسجيل الخروج
# Variables:
#   $name (String) - اسم حامل البطاقة مع إخفاء جزء منه، مثل ERIKSSON, A*** M****
header-signed-in-as = سجّلت الدخول باسم { $name }
network-failed = فشل الاتصال. تحقّق من اتصالك وحاول مرة أخرى. إجاباتك محفوظة.

sign-in-title = سجّل الدخول إلى بطاقة الضمان الاجتماعي الإلكترونية
sign-in-lead = استخدم الرقم وكلمة المرور اللذين سجّلت بهما.
sign-in-kind-legend = بأي رقم تسجّل الدخول؟
sign-in-kind-missing = اختر الرقم الذي تسجّل الدخول به
sign-in-identifier-label = رقمك
sign-in-identifier-hint = 18 حرفاً. يمكنك كتابة مسافات بين المجموعات.
sign-in-identifier-missing = أدخل رقمك
sign-in-password-label = كلمة المرور
sign-in-password-missing = أدخل كلمة المرور
sign-in-submit = تسجيل الدخول
password-show = إظهار كلمة المرور
password-hide = إخفاء كلمة المرور

signed-out-title = لقد سجّلت الخروج
signed-out-body = انتهت جلستك على هذا الجهاز. إذا كان الجهاز مشتركاً، فأغلق نافذة المتصفح أيضاً.
signed-out-again = سجّل الدخول مرة أخرى

