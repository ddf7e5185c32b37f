## The frame around every page, and words shared by components.

service-name = บัตรประกันสังคมอิเล็กทรอนิกส์สำหรับแรงงานต่างชาติ
# The service name on a narrow screen's header, where the full name would take several lines.
service-name-short = e-SSC
skip-to-content = ข้ามไปยังเนื้อหาหลัก
kiosk-badge = อุปกรณ์ที่ใช้ร่วมกัน
language-switcher-label = ภาษา
# Variables:
#   $language (String) - the language's name in that language
language-load-failed = โหลดภาษา { $language } ไม่สำเร็จ โปรดตรวจสอบการเชื่อมต่อแล้วเลือกภาษานี้อีกครั้ง
backend-unreachable = คุณออฟไลน์อยู่ หรือไม่สามารถเชื่อมต่อกับบริการได้ คุณยังอ่านหน้าเหล่านี้ ใช้เครื่องคำนวณ และใช้รายการตรวจสอบเอกสารได้ แต่การเข้าสู่ระบบ บัตรของคุณ และทุกอย่างที่ส่งไปยังบริการต้องใช้การเชื่อมต่อ
update-ready = บริการนี้มีเวอร์ชันใหม่พร้อมใช้งานแล้ว
update-reload = โหลดหน้าใหม่เพื่อใช้งาน
footer-nav-label = ลิงก์ความช่วยเหลือ
footer-hotlines = สายด่วนประกันสังคม: 12333 สายด่วนบริการตรวจคนเข้าเมือง: 12367
footer-disclaimer = เราแสดงศัพท์ทางการภาษาจีนไว้ข้างคำแปลของเรา เพื่อให้คุณเทียบกับเอกสารและสื่อสารกับเจ้าหน้าที่ได้

title-error-prefix = ข้อผิดพลาด:
error-prefix = ข้อผิดพลาด:
error-summary-title = พบปัญหา
back-link = ย้อนกลับ
change-link = แก้ไข
date-day = วัน
date-month = เดือน
date-year = ปี

not-found-title = ไม่พบหน้านี้
not-found-typed = หากคุณพิมพ์ที่อยู่เว็บเอง โปรดตรวจสอบว่าถูกต้อง
not-found-pasted = หากคุณวางที่อยู่เว็บ โปรดตรวจสอบว่าคัดลอกที่อยู่มาครบทั้งหมด
not-found-home = ไปที่หน้าแรก

page-loading = กำลังโหลดหน้านี้…
page-load-failed = โหลดหน้านี้ไม่สำเร็จ
page-load-failed-advice = โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง ข้อมูลที่คุณพิมพ์ไว้จะไม่สูญหาย
page-load-retry = ลองอีกครั้ง
