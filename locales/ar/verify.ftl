### التحقق العام من تصريح عمل معروض برمز QR.

verify-title = تحقّق من رمز QR لتصريح عمل
verify-lead = تحقّق من أن تصريح العمل المعروض عليك برمز QR أصلي وما زال ساري المفعول. لا تحتاج إلى تسجيل الدخول.
verify-token-label = نص رمز QR
verify-token-hint = امسح رمز QR الخاص بحامل البطاقة بتطبيق لقراءة رموز QR، والصق نصه هنا.
verify-token-hint-scan = امسح رمز QR الخاص بحامل البطاقة بالكاميرا، أو الصق نصه هنا.
verify-token-missing = الصق نص رمز QR أو امسحه ضوئياً
verify-submit = تحقّق
verify-scan = امسح بالكاميرا
verify-scan-stop = أوقف المسح
verify-camera-unavailable = لا يمكن استخدام الكاميرا. الصق نص رمز QR بدلاً من ذلك.
verify-genuine = أصلي: تصريح العمل هذا ساري المفعول
verify-valid-until = صالح حتى
verify-expired = انتهت صلاحية رمز QR هذا
verify-expired-advice = رموز QR صالحة لمدة 60 ثانية. اطلب من حامل البطاقة أن يعرض رمزاً جديداً، ثم تحقّق مرة أخرى.
verify-invalid = رمز QR هذا غير صالح
verify-invalid-malformed = ليس هذا رمز QR لبطاقة الضمان الاجتماعي الإلكترونية، أو جرى تغييره.
verify-invalid-purpose = أُنشئ هذا الرمز لغرض آخر.
verify-invalid-revoked = البطاقة أو تصريح العمل المرتبط بالرمز لم يعد ساري المفعول.
