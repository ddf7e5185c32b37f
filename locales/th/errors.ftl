## Messages for validation and API error codes (protocol crate). One message per code.

validation-required = กรอกข้อมูลนี้
# Variables:
#   $min (Number) - the fewest characters allowed
validation-too-short = กรอกอย่างน้อย { $min } อักขระ
# Variables:
#   $max (Number) - the most characters allowed
validation-too-long = กรอกไม่เกิน { $max } อักขระ
# Variables:
#   $expected (Number) - the exact number of characters
validation-wrong-length = กรอกให้ครบ { $expected } อักขระพอดี
validation-digits-only = ใช้เฉพาะตัวเลข 0 ถึง 9
validation-invalid-characters = ลบอักขระที่ไม่อนุญาตออก
validation-check-character-mismatch = อักขระตัวสุดท้ายไม่ตรงกับส่วนที่เหลือของหมายเลข โปรดตรวจสอบว่าคุณคัดลอกทุกหลักถูกต้อง
validation-must-start-with-nine = หมายเลขบัตรประจำตัวผู้มีถิ่นที่อยู่ถาวรชาวต่างชาติขึ้นต้นด้วย 9
validation-invalid-birth-date = วันเกิดในหมายเลขนี้ไม่ใช่วันที่ที่มีอยู่จริง
validation-not-a-china-mobile = กรอกหมายเลขโทรศัพท์มือถือของจีน: ตัวเลข 11 หลักที่ขึ้นต้นด้วย 13 ถึง 19 เช่น 138 1234 5678
# Variables:
#   $line (Number) - 1 or 2
#   $expected (Number) - characters a line must have
validation-mrz-line-length = บรรทัดที่ { $line } ต้องมี { $expected } อักขระพอดี
# Variables:
#   $line (Number) - 1 or 2
validation-mrz-invalid-characters = บรรทัดที่ { $line } มีได้เฉพาะตัวอักษร A ถึง Z ตัวเลข 0 ถึง 9 และเครื่องหมาย <
validation-mrz-not-passport = บรรทัดที่ 1 ต้องขึ้นต้นด้วย P โปรดคัดลอกบรรทัดจากหนังสือเดินทางของคุณ
# Variables:
#   $field (String) - which check failed
validation-mrz-check-digit = { $field ->
    [document-number] เลขตรวจสอบของหมายเลขหนังสือเดินทางไม่ตรงกัน
    [birth-date] เลขตรวจสอบของวันเกิดไม่ตรงกัน
    [expiry-date] เลขตรวจสอบของวันหมดอายุไม่ตรงกัน
    [personal-number] เลขตรวจสอบของหมายเลขประจำตัวบุคคลไม่ตรงกัน
   *[composite] เลขตรวจสอบตัวสุดท้ายของบรรทัดที่ 2 ไม่ตรงกัน
} โปรดตรวจสอบว่าคุณคัดลอกบรรทัดมาตรงทุกตัวอักษร
# Variables:
#   $field (String) - which date is wrong
validation-mrz-invalid-date = { $field ->
    [birth-date] วันเกิดในบรรทัดของหนังสือเดินทางไม่ใช่วันที่ที่มีอยู่จริง
   *[expiry-date] วันหมดอายุในบรรทัดของหนังสือเดินทางไม่ใช่วันที่ที่มีอยู่จริง
}
validation-mrz-invalid-sex = เพศในบรรทัดที่ 2 ต้องเป็น M, F หรือ <
# Variables:
#   $code (String) - the country code that was not recognised
validation-unknown-country-code = { $code } ไม่ใช่รหัสประเทศที่ใช้ในหนังสือเดินทาง
validation-document-expired = หนังสือเดินทางเล่มนี้หมดอายุแล้ว โปรดใช้หนังสือเดินทางเล่มปัจจุบัน
validation-non-latin-script = ใช้อักษรละตินตามที่พิมพ์ในหนังสือเดินทางของคุณ เหมือนในบรรทัดที่เครื่องอ่านได้
validation-password-needs-two-kinds = ใช้อย่างน้อยสองประเภทจากต่อไปนี้: ตัวอักษร ตัวเลข สัญลักษณ์
validation-pin-sequential = อย่าใช้ตัวเลขเรียงลำดับ เช่น 123456 หรือ 654321
validation-pin-repeated = อย่าใช้ตัวเลขเดียวกันซ้ำหกครั้ง
validation-pin-in-id-number = อย่าใช้ตัวเลขที่นำมาจากหมายเลขประจำตัวของคุณ
validation-file-empty = ไฟล์ที่เลือกว่างเปล่า
# Variables:
#   $kilobytes (Number) - the largest size allowed
validation-file-too-large = ไฟล์ต้องมีขนาดเล็กกว่า { $kilobytes } KB
# Variables:
#   $pages (Number) - the most pages allowed
validation-too-many-pages = ไฟล์ PDF ต้องมีไม่เกิน { $pages } หน้า
# Variables:
#   $kilobytes (Number) - the smallest size allowed
validation-file-too-small = ไฟล์ต้องมีขนาดอย่างน้อย { $kilobytes } KB
validation-file-type-not-allowed = ไม่รับไฟล์ประเภทนี้
# Variables:
#   $width (Number) - minimum width in pixels
#   $height (Number) - minimum height in pixels
validation-image-too-small = รูปภาพต้องมีขนาดอย่างน้อย { $width } × { $height } พิกเซล
validation-image-unreadable = อ่านรูปภาพไม่ได้ ไฟล์อาจไม่สมบูรณ์หรือเสียหาย โปรดเลือกไฟล์อื่น

api-bad-request = คำขอมีบางอย่างไม่ถูกต้อง โปรดลองอีกครั้ง
api-validation-failed = คำตอบบางข้อต้องแก้ไข
api-unauthenticated = เข้าสู่ระบบเพื่อดำเนินการต่อ
api-session-expired = ระบบได้นำคุณออกจากระบบเพื่อรักษาข้อมูลของคุณให้ปลอดภัย โปรดเข้าสู่ระบบอีกครั้ง
api-invalid-credentials = หมายเลขหรือรหัสผ่านไม่ถูกต้อง
api-forbidden-origin = คำขอถูกปฏิเสธ โปรดโหลดหน้าใหม่แล้วลองอีกครั้ง
api-not-found = ไม่พบรายการนี้
api-method-not-allowed = ไม่สามารถดำเนินการนี้ได้ที่นี่
api-already-registered = หมายเลขนี้มีบัญชี e-SSC อยู่แล้ว โปรดเข้าสู่ระบบแทน
api-identity-mismatch = ชื่อและหมายเลขของคุณไม่ตรงกับข้อมูลใบอนุญาตทำงาน โปรดตรวจสอบทั้งสองอย่างเทียบกับหนังสือเดินทางและหนังสือแจ้งใบอนุญาตทำงานของคุณ
api-application-not-found = ไม่พบคำขอที่ตรงกับหมายเลขและวันเกิดนี้ โปรดตรวจสอบหมายเลขในใบตอบรับที่นายจ้างของคุณได้รับ และวันเกิดของคุณตามหนังสือเดินทาง
api-idempotency-key-reused = รายการนี้เคยส่งไปแล้วพร้อมคำตอบที่ต่างออกไป โปรดเริ่มใหม่
api-idempotency-key-missing = ไม่สามารถตรวจสอบคำขอได้ โปรดโหลดหน้าใหม่แล้วลองอีกครั้ง
api-idempotency-key-in-use = กำลังส่งคำตอบของคุณอยู่ โปรดรอสักครู่แล้วลองอีกครั้ง
# Variables:
#   $attempts (Number) - tries left
api-sms-code-wrong = รหัสไม่ถูกต้อง คุณลองได้อีก { $attempts } ครั้ง
api-sms-code-expired = รหัสหมดอายุแล้ว โปรดขอรหัสใหม่
api-sms-too-many-attempts = กรอกรหัสผิดหลายครั้งเกินไป โปรดขอรหัสใหม่
api-sms-code-not-requested = โปรดขอรหัสก่อน
api-phone-not-verified = โปรดกรอกรหัสที่เราส่งไปยังโทรศัพท์มือถือของคุณก่อน
# Variables:
#   $seconds (Number) - seconds to wait
api-rate-limited = พยายามหลายครั้งเกินไป โปรดลองอีกครั้งใน { $seconds } วินาที
api-manual-review-required = โปรดไปยืนยันตัวตนกับเจ้าหน้าที่ที่ศูนย์บริการภาครัฐ
api-card-not-issued = ยังไม่ได้ออกบัตรของคุณ โปรดยืนยันตัวตนให้เสร็จก่อน
# Variables:
#   $kilobytes (Number) - the largest upload allowed
api-payload-too-large = ไฟล์ที่อัปโหลดมีขนาดใหญ่เกินไป ขนาดสูงสุดคือ { $kilobytes } KB
api-unsupported-media-type = ไม่รับไฟล์ประเภทนี้
api-internal = เกิดข้อผิดพลาดที่ระบบของเรา โปรดลองอีกครั้งภายหลัง
api-unavailable = บริการไม่พร้อมใช้งานในขณะนี้ โปรดลองอีกครั้งในอีกไม่กี่นาที
