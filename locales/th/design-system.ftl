## Design system: a working example of every component.

design-system-title = ระบบการออกแบบ
design-system-lead = ตัวอย่างที่ใช้งานได้จริงของคอมโพเนนต์ที่บริการนี้ใช้ ในภาษาของคุณ
design-system-notice = ตัวอย่างใช้ศัพท์ของ
design-system-surname-label = นามสกุล
design-system-surname-hint = ตามที่พิมพ์ในหนังสือเดินทางของคุณ เป็นอักษรละติน
design-system-surname-missing = กรอกนามสกุลของคุณ
design-system-identifier-legend = คุณจะใช้หมายเลขใด
design-system-identifier-ssn-hint = เฉพาะเมื่อคุณมีอยู่แล้ว
design-system-identifier-missing = เลือกหมายเลขที่คุณจะใช้
design-system-documents-legend = คุณมีเอกสารใดบ้าง
design-system-documents-hint = เลือกทุกข้อที่ตรงกับคุณ
design-system-documents-missing = เลือกเอกสารอย่างน้อยหนึ่งรายการ
design-system-birth-legend = วันเกิด
design-system-birth-hint = เช่น 12 8 1974 (ปี ค.ศ.)
design-system-birth-missing = กรอกวันเกิดของคุณเป็นวัน เดือน และปี
design-system-submit = ตรวจสอบตัวอย่าง
design-system-reset = เริ่มใหม่
design-system-panel-title = ตัวอย่างเสร็จสมบูรณ์
design-system-panel-body = ตอบตัวอย่างครบทุกข้อแล้ว
design-system-summary-heading = คำตอบตัวอย่างของคุณ
