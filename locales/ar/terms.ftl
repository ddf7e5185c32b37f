## أسماؤنا للمصطلحات الرسمية؛ يظهر الأصل الصيني بجانبها.

term-mohrss = وزارة الموارد البشرية والضمان الاجتماعي
term-service-system = نظام خدمات الأجانب العاملين في الصين
term-work-permit = تصريح عمل الأجنبي
term-work-permit-number = رقم تصريح العمل
term-notification-letter = خطاب الإشعار بتصريح عمل الأجنبي
term-social-security-card = بطاقة الضمان الاجتماعي
term-essc = بطاقة الضمان الاجتماعي الإلكترونية (e-SSC)
term-social-security-number = رقم الضمان الاجتماعي
term-real-person-verification = التحقق من الشخص الحقيقي (التعرّف على الوجه)
term-pension = تأمين الشيخوخة (المعاش) الأساسي
term-medical = التأمين الطبي الأساسي
term-work-injury = تأمين إصابات العمل
term-unemployment = تأمين البطالة
term-maternity = تأمين الأمومة
term-payment-record = سجل الاشتراكات
term-medical-settlement = تسوية التأمين الطبي
term-qr-code = رمز الاستجابة السريعة (QR)
term-past-employment = إثبات الخبرة العملية السابقة
term-qualification = شهادة المؤهل العلمي أو المهني
term-criminal-record = شهادة حسن السيرة والسلوك (السجل الجنائي)
term-physical-examination = سجل الفحص الطبي
term-employment-contract = عقد العمل أو خطاب التعيين
term-passport-page = صفحة بيانات جواز السفر
term-id-photo = صورة شخصية رسمية
term-service-hall = قاعة الخدمات الحكومية
