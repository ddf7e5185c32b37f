## ชื่อที่เราใช้เรียกศัพท์ทางการ นอกภาษาจีนจะแสดงศัพท์ภาษาจีนต้นฉบับไว้ข้าง ๆ

term-mohrss = กระทรวงทรัพยากรมนุษย์และการประกันสังคม
term-service-system = ระบบบริการสำหรับชาวต่างชาติที่ทำงานในประเทศจีน
term-work-permit = ใบอนุญาตทำงานสำหรับชาวต่างชาติ
term-work-permit-number = เลขที่ใบอนุญาตทำงาน
term-notification-letter = หนังสือแจ้งใบอนุญาตทำงานสำหรับชาวต่างชาติ
term-social-security-card = บัตรประกันสังคม
term-essc = บัตรประกันสังคมอิเล็กทรอนิกส์ (e-SSC)
term-social-security-number = หมายเลขประกันสังคม
term-real-person-verification = การยืนยันบุคคลจริง (การจดจำใบหน้า)
term-pension = ประกันชราภาพขั้นพื้นฐาน (บำนาญ)
term-medical = ประกันการรักษาพยาบาลขั้นพื้นฐาน
term-work-injury = ประกันการบาดเจ็บจากการทำงาน
term-unemployment = ประกันการว่างงาน
term-maternity = ประกันการคลอดบุตร
term-payment-record = ประวัติการชำระเงินสมทบ
term-medical-settlement = การชำระค่ารักษาพยาบาลด้วยประกันการรักษาพยาบาล
term-qr-code = คิวอาร์โค้ด
term-past-employment = หนังสือรับรองประสบการณ์ทำงาน
term-qualification = ใบรับรองวุฒิการศึกษาหรือวุฒิวิชาชีพ
term-criminal-record = หนังสือรับรองการไม่มีประวัติอาชญากรรม
term-physical-examination = ใบรับรองผลการตรวจร่างกาย
term-employment-contract = สัญญาจ้างงานหรือหนังสือแต่งตั้ง
term-passport-page = หน้าข้อมูลหนังสือเดินทาง
term-id-photo = รูปถ่ายติดบัตร
term-service-hall = ศูนย์บริการภาครัฐ
term-category-a = ประเภท A (บุคลากรระดับสูง)
term-category-b = ประเภท B (บุคลากรวิชาชีพ)
term-category-c = ประเภท C (บุคลากรต่างชาติอื่น ๆ)
term-card-number = หมายเลขบัตร
term-nationality = สัญชาติ
term-employer = นายจ้าง
term-workplace = หน่วยงานที่ทำงาน
term-position = ตำแหน่ง
term-work-address = ที่อยู่ที่ทำงาน
term-validity = ระยะเวลาที่มีผลใช้
term-contribution-base = ฐานเงินสมทบ
term-employer-contribution = เงินสมทบส่วนนายจ้าง
term-employee-contribution = เงินสมทบส่วนบุคคล
term-contribution-period = งวดเงินสมทบ (เดือน)
term-paid = ชำระแล้ว
term-arrears = ค้างชำระ
term-pending = รอชำระ

## Where a holder finds each number (hints on the sign-in and registration choices).
term-work-permit-number-where = ตัวเลข 18 หลัก อยู่ในหนังสือแจ้งใบอนุญาตทำงานสำหรับชาวต่างชาติหรือบนบัตรใบอนุญาตทำงานของคุณ
term-social-security-number-where = อักขระ 18 ตัว อยู่บนบัตรประกันสังคมที่ออกในประเทศจีน เลือกข้อนี้เฉพาะเมื่อคุณมีบัตรอยู่แล้ว
