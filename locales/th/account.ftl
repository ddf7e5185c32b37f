## Signing in and out, the header's account area, and the card page.

header-sign-in = เข้าสู่ระบบ
header-sign-out = ออกจากระบบ
# Variables:
#   $name (String) - the holder's masked name, e.g. ERIKSSON, A*** M****
header-signed-in-as = เข้าสู่ระบบในชื่อ { $name }
network-failed = การเชื่อมต่อล้มเหลว โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง คำตอบของคุณยังคงอยู่

sign-in-title = เข้าสู่ระบบ e-SSC ของคุณ
sign-in-lead = ใช้หมายเลขและรหัสผ่านที่คุณใช้ลงทะเบียน
sign-in-kind-legend = คุณเข้าสู่ระบบด้วยหมายเลขใด
sign-in-kind-missing = เลือกหมายเลขที่คุณใช้เข้าสู่ระบบ
sign-in-identifier-label = หมายเลขของคุณ
sign-in-identifier-hint = 18 อักขระ คุณเว้นวรรคระหว่างแต่ละกลุ่มได้
sign-in-identifier-missing = กรอกหมายเลขของคุณ
sign-in-password-label = รหัสผ่าน
sign-in-password-missing = กรอกรหัสผ่านของคุณ
sign-in-submit = เข้าสู่ระบบ
password-show = แสดงรหัสผ่าน
password-hide = ซ่อนรหัสผ่าน

signed-out-title = คุณออกจากระบบแล้ว
signed-out-body = เซสชันของคุณบนอุปกรณ์นี้สิ้นสุดแล้ว หากเป็นอุปกรณ์ที่ใช้ร่วมกัน โปรดปิดหน้าต่างเบราว์เซอร์ด้วย
signed-out-again = เข้าสู่ระบบอีกครั้ง

