## A shared kiosk in a service hall: the welcome screen and the end of a visit. Fetched only on a kiosk (src/journeys.rs, KIOSK_MESSAGES).

idle-finish = เสร็จสิ้น
idle-title = คุณยังอยู่หรือไม่
# Variables:
#   $seconds (Number) - seconds until the screen is cleared
idle-countdown = เพื่อปกป้องข้อมูลของคุณ หน้าจอนี้จะถูกล้างในอีก { $seconds } วินาที
idle-more-time = ขอเวลาเพิ่ม
idle-finish-now = เสร็จสิ้นเลย
idle-ending = กำลังออกจากระบบและล้างหน้าจอ…
idle-ending-waiting = การเชื่อมต่อขัดข้อง ข้อมูลของคุณจะยังคงถูกซ่อนไว้ และระบบจะนำคุณออกจากระบบทันทีที่การเชื่อมต่อกลับมา

## The welcome screen, where each visit starts
welcome-touch = แตะเพื่อเริ่ม
welcome-choose = เลือกภาษาของคุณ

## Within reach: the page moved down the screen, for people who use a wheelchair or are short
reach-lower = ย้ายหน้าลงมาต่ำ

## The on-screen keyboard for Latin letters and digits
osk-label = แป้นพิมพ์บนหน้าจอ
osk-space = เว้นวรรค
osk-backspace = ลบ
osk-done = เสร็จ
osk-hyphen = ยัติภังค์
osk-apostrophe = อะพอสทรอฟี
