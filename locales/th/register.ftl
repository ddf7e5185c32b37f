## The registration journey: one question per page, then check your answers.

register-start-title = ลงทะเบียนบัตรประกันสังคมอิเล็กทรอนิกส์ของคุณ
register-start-lead = ลงทะเบียน e-SSC ที่มีใบอนุญาตทำงานของคุณอยู่ ใช้เวลาประมาณ 10 นาที
register-start-need-heading = สิ่งที่คุณต้องมี
register-start-need-passport = หนังสือเดินทางของคุณ
register-start-need-number = เลขที่ใบอนุญาตทำงานของคุณ จากหนังสือแจ้งใบอนุญาตทำงานสำหรับชาวต่างชาติ หรือหมายเลขประกันสังคมของคุณ
register-start-need-phone = หมายเลขโทรศัพท์มือถือของจีน หากคุณมี (ไม่บังคับ)
register-start-need-camera = อุปกรณ์ที่มีกล้อง สำหรับการตรวจสอบใบหน้า
register-start-letter-heading = เลขที่ใบอนุญาตทำงานอยู่ตรงไหน
register-start-letter-alt = ภาพวาดของหนังสือแจ้งใบอนุญาตทำงานสำหรับชาวต่างชาติ เลขที่ใบอนุญาตทำงาน 18 หลักมีหมายเลข 1 กำกับไว้
register-start-letter-caption = 1: เลขที่ใบอนุญาตทำงานมี 18 หลัก ในหนังสือแจ้งใบอนุญาตทำงานจะพิมพ์ไว้ข้างชื่อภาษาจีนของเลขนี้:
register-start-physical-heading = หากคุณมีบัตรแบบแผ่นอยู่แล้ว
register-start-physical = หากคุณมีบัตรประกันสังคมแบบแผ่นอยู่แล้ว คุณยังลงทะเบียนที่นี่ด้วยหมายเลขเดิมได้
register-start-button = เริ่มเลย
register-step = ลงทะเบียน e-SSC ของคุณ
register-continue = ดำเนินการต่อ

register-name-title = ชื่อของคุณตามหนังสือเดินทางคืออะไร
register-name-hint = ใช้อักษรละตินตามที่พิมพ์ในหนังสือเดินทางของคุณ เรียงลำดับเหมือนกัน กรอกนามสกุลและชื่อตัวแยกกัน
register-surname-label = นามสกุล
register-surname-missing = กรอกนามสกุลของคุณตามหนังสือเดินทาง
register-given-label = ชื่อตัว
register-given-hint = ชื่อตัวทั้งหมด เรียงตามลำดับในหนังสือเดินทาง เว้นว่างไว้หากหนังสือเดินทางของคุณไม่มีชื่อตัว
register-mrz-summary = กรอกชื่อของคุณจากแถบข้อมูลที่เครื่องอ่านได้ในหนังสือเดินทาง (ไม่บังคับ)
register-mrz-label = สองบรรทัดด้านล่างของหน้าที่มีรูปถ่ายในหนังสือเดินทาง
register-mrz-hint = บรรทัดละ 44 ตัว ประกอบด้วยตัวอักษร ตัวเลข และเครื่องหมาย < พิมพ์หรือวางให้ตรงตามที่พิมพ์ไว้ทุกตัว ข้อมูลนี้ใช้เฉพาะในหน้านี้และจะไม่ถูกส่งออกไป
register-mrz-use = กรอกชื่อของฉัน
register-mrz-filled = กรอกชื่อของคุณจากแถบข้อมูลที่เครื่องอ่านได้แล้ว โปรดตรวจสอบเทียบกับหนังสือเดินทางของคุณ
register-name-compared = เราจะเปรียบเทียบชื่อนี้กับข้อมูลใบอนุญาตทำงานของคุณ:

register-identifier-title = คุณจะลงทะเบียนด้วยหมายเลขใด
register-identifier-kind-missing = เลือกหมายเลขที่คุณจะใช้ลงทะเบียน
register-wp-label = เลขที่ใบอนุญาตทำงาน
register-wp-hint = ตัวเลข 18 หลัก อยู่ในหนังสือแจ้งใบอนุญาตทำงานสำหรับชาวต่างชาติ
register-ssn-label = หมายเลขประกันสังคม
register-ssn-hint = อักขระ 18 ตัว เฉพาะเมื่อคุณมีอยู่แล้ว
register-identifier-missing = กรอกหมายเลข

register-password-title = สร้างรหัสผ่าน
register-password-label = รหัสผ่าน
register-password-rules = รหัสผ่านของคุณต้อง:
register-password-rule-length = มี 8 ถึง 16 อักขระ
register-password-rule-kinds = ใช้อย่างน้อยสองประเภทจาก: ตัวอักษร ตัวเลข สัญลักษณ์
register-password-rule-charset = ใช้เฉพาะตัวอักษร ตัวเลข และสัญลักษณ์ (ห้ามเว้นวรรค)
register-password-rule-met = ผ่านแล้ว
register-password-rule-unmet = ยังไม่ผ่าน

register-phone-title = คุณมีหมายเลขโทรศัพท์มือถือของจีนหรือไม่
register-phone-hint = เราจะส่งรหัสไปเพื่อตรวจสอบหมายเลข คุณเว้นว่างไว้และดำเนินการต่อโดยไม่ใส่หมายเลขก็ได้
register-phone-label = หมายเลขโทรศัพท์มือถือ (ไม่บังคับ)
register-phone-normalised = เราจะส่งรหัสไปที่:

register-check-title = ตรวจสอบคำตอบของคุณก่อนลงทะเบียน
register-check-name = ชื่อ
register-check-number = หมายเลข
register-check-password = รหัสผ่าน
register-check-password-set = ตั้งแล้ว (ไม่แสดง)
register-check-phone = หมายเลขโทรศัพท์มือถือ
register-check-phone-none = ไม่มี
register-declaration-heading = ลงทะเบียนเลย
register-declaration = การลงทะเบียนถือว่าคุณยืนยันว่าข้อมูลเหล่านี้ตรงกับข้อมูลในหนังสือเดินทางและหนังสือแจ้งใบอนุญาตทำงานของคุณ และคุณคือบุคคลที่ระบุในเอกสารนั้น
register-submit = ยอมรับและลงทะเบียน
register-mismatch-help = ตรวจสอบชื่อและหมายเลขของคุณเทียบกับหนังสือเดินทางและหนังสือแจ้งใบอนุญาตทำงาน แล้วลองอีกครั้ง

register-code-title = กรอกรหัสยืนยันที่เราส่งไปยังโทรศัพท์ของคุณ
# Variables:
#   $phone (String) - the masked number, e.g. 138****5678
register-code-sent = เราส่งรหัส 6 หลักไปที่ { $phone } แล้ว รหัสนี้ใช้ได้ 5 นาที
register-code-label = รหัสยืนยัน
register-code-hint = ตัวเลข 6 หลัก จากข้อความ SMS
register-code-missing = กรอกรหัส 6 หลัก
register-code-resend = ส่งรหัสใหม่
# Variables:
#   $seconds (Number) - seconds until a new code can be requested
register-code-resend-wait = คุณขอรหัสใหม่ได้ในอีก { $seconds } วินาที
register-code-skip = ดำเนินการต่อโดยไม่ใช้หมายเลขโทรศัพท์
register-no-secure-random = เบราว์เซอร์นี้ไม่สามารถป้องกันไม่ให้การลงทะเบียนของคุณถูกส่งซ้ำได้ โปรดอัปเดตเบราว์เซอร์ หรือใช้เบราว์เซอร์อื่น

register-done-title = ลงทะเบียนเสร็จสมบูรณ์
register-done-panel = บัตรประกันสังคมอิเล็กทรอนิกส์ของคุณพร้อมใช้งานแล้ว
register-done-panel-body = ฟังก์ชันด้านประกันสังคมของบัตรเปิดใช้งานแล้ว
register-done-next-heading = สิ่งที่คุณทำได้ตอนนี้
register-done-next = แสดงคิวอาร์โค้ดของบัตรที่โรงพยาบาลและเคาน์เตอร์บริการ อ่านรายละเอียดใบอนุญาตทำงาน และตรวจสอบการชำระเงินสมทบประกันสังคมของคุณ
register-done-card-link = ไปที่บัตรของคุณ
