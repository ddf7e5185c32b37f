### حاسبة الاشتراكات المتاحة للجميع.

calculator-title = احسب اشتراكات التأمين الاجتماعي الشهرية
calculator-lead = اعرف ما تدفعه أنت وصاحب العمل كل شهر عن راتب معيّن، وفق نسب الاشتراك الرسمية في بكين وشنغهاي.
calculator-city = المدينة
calculator-beijing = بكين
calculator-shanghai = شنغهاي
calculator-city-missing = اختر المدينة التي تعمل فيها
calculator-period = الشهر
calculator-month = الشهر
calculator-year = السنة
calculator-salary = الراتب الشهري باليوان
calculator-salary-hint = قبل الضريبة. مثال: 12345.67
calculator-salary-missing = أدخل راتبك الشهري
calculator-salary-invalid = أدخل الراتب رقماً باليوان، بخانتين عشريتين على الأكثر، مثل 12345.67
calculator-submit = احسب الاشتراكات
# Variables:
#   $from (String) - الشهر الأول، مثل 2024-07
#   $until (String) - الشهر الأخير
calculator-range = من { $from } إلى { $until }
# Variables:
#   $period (String) - الشهر المطلوب، مثل 2026-01
#   $covered (String) - الأشهر التي يمكن حسابها
calculator-no-table = لا تتوفر هنا بعد نسب رسمية لشهر { $period }. اختر شهراً ضمن: { $covered }
calculator-result = الاشتراكات عن الشهر
# Variables:
#   $salary (String) - الراتب، مبلغ منسّق
#   $floor (String) - أدنى أساس للاشتراك
#   $ceiling (String) - أعلى أساس للاشتراك
#   $base (String) - الأساس المعتمد
calculator-base-inside = راتبك { $salary } يقع بين أدنى أساس للاشتراك { $floor } وأعلى أساس للاشتراك { $ceiling }، لذا يُعتمد راتبك أساساً للاشتراك.
calculator-base-floor = راتبك { $salary } أقل من أدنى أساس للاشتراك { $floor }، لذا تُحسب الاشتراكات على أساس { $base }.
calculator-base-ceiling = راتبك { $salary } أعلى من أعلى أساس للاشتراك { $ceiling }، لذا تُحسب الاشتراكات على أساس { $base }.
calculator-employer-rate = نسبة صاحب العمل
calculator-employee-rate = نسبتك
calculator-combined = المجموع لك ولصاحب العمل معاً:
# Variables:
#   $from (String) - الشهر الأول الذي تسري عليه النسب
#   $until (String) - الشهر الأخير
calculator-validity = تسري هذه النسب من { $from } إلى { $until }.
calculator-maternity = تأمين الأمومة جزء من التأمين الطبي. يُحسب تأمين إصابات العمل بأدنى نسبة؛ أما النسبة الفعلية لصاحب العمل فتتوقف على قطاع نشاطه.
