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
term-category-a = الفئة A (الكفاءات رفيعة المستوى)
term-category-b = الفئة B (الكفاءات المهنية)
term-category-c = الفئة C (الأفراد الأجانب الآخرون)
term-card-number = رقم البطاقة
term-nationality = الجنسية
term-employer = صاحب العمل
term-workplace = جهة العمل
term-position = المنصب
term-work-address = عنوان العمل
term-validity = مدة الصلاحية
term-contribution-base = أساس الاشتراك
term-employer-contribution = اشتراك صاحب العمل
term-employee-contribution = الاشتراك الفردي
term-contribution-period = فترة الاشتراك (الشهر)
term-paid = مدفوع
term-arrears = متأخّر السداد
term-pending = بانتظار السداد

## Where a holder finds each number (hints on the sign-in and registration choices).
term-work-permit-number-where = 18 رقماً، تجدها في خطاب الإشعار بتصريح عمل الأجنبي أو على بطاقة تصريح العمل.
term-social-security-number-where = 18 خانة، تجدها على بطاقة الضمان الاجتماعي الصادرة في الصين. فقط إن كانت لديك واحدة.
