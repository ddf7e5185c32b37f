## جهاز الخدمة الذاتية المشترك في قاعة الخدمات: إنهاء الزيارة. يُحمَّل على جهاز الخدمة الذاتية فقط.

idle-finish = إنهاء
idle-title = هل ما زلت هنا؟
# Variables:
#   $seconds (Number) - seconds until the screen is cleared
idle-countdown = { $seconds ->
    [zero] لحماية بياناتك، ستُمسح هذه الشاشة الآن.
    [one] لحماية بياناتك، ستُمسح هذه الشاشة بعد ثانية واحدة.
    [two] لحماية بياناتك، ستُمسح هذه الشاشة بعد ثانيتين.
    [few] لحماية بياناتك، ستُمسح هذه الشاشة بعد { $seconds } ثوانٍ.
    [many] لحماية بياناتك، ستُمسح هذه الشاشة بعد { $seconds } ثانية.
   *[other] لحماية بياناتك، ستُمسح هذه الشاشة بعد { $seconds } ثانية.
}
idle-more-time = أحتاج إلى مزيد من الوقت
idle-finish-now = إنهاء الآن
idle-ending = جارٍ تسجيل خروجك ومسح الشاشة…
idle-ending-waiting = انقطع الاتصال. تبقى بياناتك مخفية، وسيُسجَّل خروجك فور عودة الاتصال.

## The welcome screen, where each visit starts
welcome-touch = المس الشاشة للبدء
welcome-choose = اختر لغتك

## Within reach: the page moved down the screen, for people who use a wheelchair or are short
reach-lower = تحريك الصفحة إلى الأسفل

## The on-screen keyboard for Latin letters and digits
osk-label = لوحة المفاتيح على الشاشة
osk-space = مسافة
osk-backspace = حذف
osk-done = تم
osk-hyphen = شَرطة
osk-apostrophe = فاصلة عليا
