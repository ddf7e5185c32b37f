## Preparing the work-permit documents: a few questions, a category estimate and a personal checklist. Public, no account.

prepare-title = เตรียมเอกสารสำหรับใบอนุญาตทำงาน
prepare-lead = ดูว่าคุณต้องใช้เอกสารใดบ้างสำหรับใบอนุญาตทำงานในประเทศจีน เอกสารแต่ละฉบับต้องรับรองและแปลอย่างไร และควรขอเมื่อใด
prepare-does-heading = เครื่องมือนี้ทำอะไร
prepare-does = สร้างรายการตรวจสอบเอกสารเฉพาะของคุณจากคำตอบไม่กี่ข้อ ประเมินประเภทใบอนุญาตของคุณ และเตือนเมื่อเอกสารใดจะหมดอายุใกล้วันยื่นคำขอเกินไป
prepare-does-not = เครื่องมือนี้ไม่ได้ยื่นเอกสารใด ๆ นายจ้างของคุณหรือตัวแทนของนายจ้างเป็นผู้ยื่นคำขอทางออนไลน์ ส่วนคุณเป็นผู้รวบรวมเอกสาร
prepare-need-heading = สิ่งที่คุณต้องมี
prepare-need = หนังสือเดินทาง ใบปริญญาสูงสุดของคุณ และวันที่นายจ้างวางแผนจะยื่นคำขอ ใช้เวลาประมาณ 5 นาที
prepare-privacy = คำตอบของคุณจะอยู่ในแท็บเบราว์เซอร์นี้เท่านั้น ไม่มีการส่งไปยังเซิร์ฟเวอร์หรือบันทึกไว้ในอุปกรณ์นี้ คำตอบจึงจะหายไปเมื่อคุณปิดแท็บ
prepare-start = เริ่มเลย
prepare-step = เตรียมเอกสารของคุณ
prepare-continue = ดำเนินการต่อ
prepare-lost = คำตอบของคุณไม่อยู่ในแท็บนี้แล้ว: คำตอบจะเก็บไว้เฉพาะขณะที่แท็บยังเปิดอยู่
prepare-start-again = เริ่มใหม่

prepare-nationality-title = คุณมีสัญชาติใด
prepare-nationality-hint = ตามที่ระบุในหนังสือเดินทางของคุณ โดยทั่วไปหนังสือรับรองการไม่มีประวัติอาชญากรรมจะออกโดยประเทศนี้
prepare-country = ประเทศ
prepare-choose-country = เลือกประเทศ
prepare-nationality-missing = เลือกสัญชาติของคุณ

prepare-degree-title = วุฒิการศึกษาสูงสุดของคุณ
prepare-education = วุฒิการศึกษาสูงสุดของคุณคืออะไร
prepare-education-doctorate = ปริญญาเอก
prepare-education-master = ปริญญาโท
prepare-education-bachelor = ปริญญาตรี
prepare-education-none = ไม่มีวุฒิปริญญาตรีหรือสูงกว่า
prepare-education-missing = เลือกวุฒิการศึกษาสูงสุดของคุณ
prepare-degree-country = ประเทศที่คุณได้รับวุฒิ
prepare-degree-country-hint = ประเทศของมหาวิทยาลัย หากไม่มีปริญญา ให้เลือกประเทศที่ออกวุฒิวิชาชีพของคุณ
prepare-degree-country-missing = เลือกประเทศที่คุณได้รับปริญญาหรือวุฒิวิชาชีพ

prepare-application-title = เกี่ยวกับคำขอ
prepare-application = คุณมีใบอนุญาตทำงานในประเทศจีนอยู่แล้วหรือไม่
prepare-application-new = ไม่มี นี่เป็นใบอนุญาตทำงานในประเทศจีนใบแรกของฉัน
prepare-application-renewal = มี และฉันกำลังต่ออายุสำหรับงานเดิม
prepare-application-change-of-employer = มี และฉันกำลังเปลี่ยนนายจ้าง
prepare-application-missing = เลือกว่าคุณมีใบอนุญาตทำงานในประเทศจีนอยู่แล้วหรือไม่
prepare-submission = นายจ้างของคุณจะยื่นคำขอเมื่อใด
prepare-submission-hint = วันที่โดยประมาณก็ได้ เช่น 15 3 2027 (ปี ค.ศ.)
prepare-submission-missing = กรอกวันที่ที่นายจ้างวางแผนจะยื่นคำขอ
prepare-submission-invalid = กรอกวันที่ที่มีอยู่จริง เช่น 15 3 2027 (ปี ค.ศ.)
prepare-submission-past = วันยื่นคำขอต้องเป็นวันนี้หรือหลังจากนี้

prepare-points-title = เกี่ยวกับงานและตัวคุณ
prepare-points-hint = คำตอบของคุณใช้ประเมินประเภทใบอนุญาตจากตารางคะแนนทางการ
prepare-salary = เงินเดือนรายปีที่ได้รับในประเทศจีน (หยวน)
prepare-salary-hint = ก่อนหักภาษี เช่น 360000
prepare-salary-missing = กรอกเงินเดือนรายปีของคุณ
prepare-salary-invalid = กรอกเงินเดือนเป็นจำนวนหยวน เช่น 360000
prepare-experience = จำนวนปีของประสบการณ์ทำงานที่เกี่ยวข้อง
prepare-experience-invalid = กรอกจำนวนปีของประสบการณ์ทำงานเป็นจำนวนเต็ม เช่น 3
prepare-months = จำนวนเดือนต่อปีที่คุณจะทำงานในประเทศจีน
prepare-months-invalid = กรอกจำนวนเดือนเป็นจำนวนเต็มตั้งแต่ 0 ถึง 12
prepare-age = อายุของคุณ (ปี)
prepare-age-invalid = กรอกอายุเป็นจำนวนเต็มตั้งแต่ 16 ถึง 99 เช่น 34
prepare-chinese = ระดับภาษาจีนของคุณ
prepare-chinese-chinese-taught-degree-or-hsk5 = ปริญญาที่เรียนเป็นภาษาจีน หรือ HSK 5 หรือ 6
prepare-chinese-hsk4 = HSK 4
prepare-chinese-hsk3 = HSK 3
prepare-chinese-hsk2 = HSK 2
prepare-chinese-hsk1 = HSK 1
prepare-chinese-none = ไม่มีระดับที่รับรอง
prepare-chinese-missing = เลือกระดับภาษาจีนของคุณ
prepare-bonus = มีข้อใดต่อไปนี้ตรงกับคุณหรือไม่
prepare-bonus-hint = เลือกทุกข้อที่ตรงกับคุณ
prepare-bonus-location = งานอยู่ในภูมิภาคตะวันตก ฐานอุตสาหกรรมเก่าในภาคตะวันออกเฉียงเหนือ หรืออำเภอในโครงการบรรเทาความยากจน
prepare-bonus-distinction = คุณจบจากมหาวิทยาลัยอันดับต้น ทำงานให้บริษัทใน Fortune 500 มีทรัพย์สินทางปัญญา หรือทำงานในประเทศจีนมาแล้ว 5 ปีขึ้นไป

prepare-estimate-title = ประเภทที่ประเมินได้ของคุณ
# Variables:
#   $total (Number) - points scored
#   $max (Number) - the most points possible
prepare-estimate-points = { $total } จาก { $max } คะแนน
prepare-estimate-a = 85 คะแนนขึ้นไป: ประเภท A บุคลากรระดับสูง
prepare-estimate-b = 60 ถึง 84 คะแนน: ประเภท B บุคลากรวิชาชีพ
prepare-estimate-c = ต่ำกว่า 60 คะแนน: ประเภท C บุคลากรต่างชาติอื่น ๆ จำนวนรับจำกัดตามโควตา
prepare-factors = คะแนนของแต่ละปัจจัย
prepare-factor = ปัจจัย
prepare-points = คะแนน
prepare-points-max = คะแนนเต็ม
prepare-factor-salary = เงินเดือนรายปี
prepare-factor-education = การศึกษา
prepare-factor-work-experience = ประสบการณ์ทำงาน
prepare-factor-months-in-china = จำนวนเดือนต่อปีในประเทศจีน
prepare-factor-chinese-level = ภาษาจีน
prepare-factor-work-location = สถานที่ทำงาน
prepare-factor-age = อายุ
prepare-factor-distinction = มหาวิทยาลัย นายจ้าง ทรัพย์สินทางปัญญา หรือจำนวนปีในประเทศจีน
prepare-direct-heading = ช่องทางอื่นในการได้รับการจัดประเภท
prepare-direct-a = ประเภท A ยังให้แก่บุคลากรระดับสูงที่ได้รับการรับรองโดยไม่ขึ้นกับคะแนน เช่น ผู้ได้รับรางวัลระดับนานาชาติที่สำคัญ หรือผู้ได้รับคัดเลือกจากโครงการบุคลากรระดับชาติ
prepare-direct-b = ประเภท B ยังให้แก่ผู้ที่มีคุณสมบัติอื่น เช่น มีปริญญาตรีขึ้นไปและมีประสบการณ์ทำงานที่เกี่ยวข้องอย่างน้อย 2 ปี
prepare-authority-decides = นี่เป็นการประเมินจากตารางคะแนนที่ประกาศไว้ หน่วยงานผู้มีอำนาจจะเป็นผู้ตัดสินประเภทเมื่อพิจารณาคำขอ
prepare-category = นายจ้างของคุณจะยื่นขอประเภทใด
prepare-category-hint = นายจ้างอาจทราบช่องทางที่การประเมินนี้ไม่ครอบคลุม รายการตรวจสอบเอกสารของคุณขึ้นอยู่กับประเภทนี้: สำหรับประเภท A คุณอาจลงนามในหนังสือรับรองตนเองแทนการขอหนังสือรับรองการไม่มีประวัติอาชญากรรม
prepare-category-missing = เลือกประเภทที่นายจ้างจะยื่นขอ
prepare-see-checklist = ดูรายการตรวจสอบเอกสารของคุณ

prepare-tasks-title = รายการตรวจสอบเอกสารของคุณ
# Variables:
#   $done (Number) - documents completed
#   $total (Number) - documents in the checklist
prepare-tasks-progress = คุณเตรียมเอกสารเสร็จแล้ว { $done } จาก { $total } รายการ
prepare-tasks-lead = เลือกเอกสารเพื่อดูว่าใครเป็นผู้ออก ต้องรับรองและแปลอย่างไร และใช้ได้ถึงเมื่อใด
prepare-status-not-started = ยังไม่เริ่ม
prepare-status-in-progress = กำลังดำเนินการ
prepare-status-completed = เสร็จแล้ว
prepare-status-cannot-start-yet = ยังเริ่มไม่ได้
prepare-status-problem = มีปัญหา
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
prepare-expired = { $document } ของคุณใช้ได้ถึง { $date } เท่านั้น ซึ่งก่อนวันที่วางแผนจะยื่นคำขอ โปรดขอฉบับใหม่
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
#   $days (Number) - days between the filing date and the last valid day
prepare-expires-soon = { $document } ของคุณใช้ได้ถึง { $date } เท่านั้น ซึ่งเป็นเวลา { $days } วันหลังวันที่วางแผนจะยื่นคำขอ หากการยื่นล่าช้า เอกสารนี้จะใช้ไม่ได้แล้ว
prepare-answers = คำตอบของคุณ
prepare-change = แก้ไข
prepare-filing-date = วันยื่นคำขอ
prepare-category-short = ประเภท

prepare-document-passport = หน้าข้อมูลหนังสือเดินทาง
prepare-document-photo = รูปถ่ายติดบัตร
prepare-document-job-contract = สัญญาจ้างงานหรือหนังสือแต่งตั้ง
prepare-document-degree = ใบรับรองวุฒิการศึกษาหรือวุฒิวิชาชีพ
prepare-document-work-experience = หนังสือรับรองประสบการณ์ทำงาน
prepare-document-criminal-record = หนังสือรับรองการไม่มีประวัติอาชญากรรม
prepare-document-medical-report = ใบรับรองผลการตรวจร่างกาย
prepare-issuer = ผู้ออกเอกสาร
prepare-issuer-passport = ตัวคุณเอง: สแกนหรือถ่ายรูปหน้าที่มีรูปถ่ายและข้อมูลของคุณให้ชัดเจน
prepare-issuer-photo = ร้านถ่ายรูป หรือตัวคุณเอง: รูปถ่ายสีที่ถ่ายไม่นาน ไม่สวมหมวก บนพื้นหลังสีขาว
prepare-issuer-job-contract = นายจ้างใหม่ของคุณในประเทศจีน
prepare-issuer-degree = มหาวิทยาลัย หรือหน่วยงานที่มอบวุฒิวิชาชีพให้คุณ
prepare-issuer-work-experience = นายจ้างเดิมของคุณ: ระบุตำแหน่ง ช่วงเวลาที่ทำงาน หน้าที่ ตราประทับหรือลายมือชื่อ และผู้ติดต่อที่ยืนยันข้อมูลได้
prepare-issuer-criminal-record = ตำรวจหรือศาลของประเทศที่คุณถือสัญชาติ หรือของประเทศที่คุณพำนักเป็นประจำ
prepare-issuer-medical-report = โรงพยาบาลในต่างประเทศ หรือศูนย์สุขภาพการเดินทางระหว่างประเทศในประเทศจีน ซึ่งตรวจสอบผลตรวจจากต่างประเทศด้วย
prepare-certify = วิธีรับรองเอกสาร
prepare-certify-none = ไม่ต้องรับรองแบบอะโพสติลหรือรับรองโดยสถานกงสุล
# Variables:
#   $country (String) - the issuing country
#   $date (String) - the day the Apostille Convention took effect between China and that country
prepare-certify-apostille = ขอรับรองแบบอะโพสติลจากหน่วยงานที่มีอำนาจของ { $country } อนุสัญญาอะโพสติลมีผลใช้ระหว่าง { $country } กับจีนตั้งแต่ { $date }
# Variables:
#   $country (String) - the issuing country
prepare-certify-legalisation = อนุสัญญาอะโพสติลไม่มีผลใช้ระหว่าง { $country } กับจีน: ให้หน่วยงานของ { $country } รับรองเอกสาร แล้วให้สถานเอกอัครราชทูตหรือสถานกงสุลจีนในประเทศนั้นรับรองอีกครั้ง
# Variables:
#   $country (String) - the issuing country
prepare-certify-ask = ยังไม่มีกฎที่ชัดเจนสำหรับเอกสารจาก { $country } โปรดสอบถามนายจ้างหรือสำนักงานใบอนุญาตทำงานในท้องถิ่นก่อนรับรองเอกสาร
# Variables:
#   $country (String) - the issuing country
prepare-notarise-first = ใบปริญญาเป็นเอกสารเอกชน: ต้องให้โนตารีปับลิกใน { $country } รับรองก่อน
prepare-alternative-cscse-verification = หรือคุณอาจให้ CSCSE (ศูนย์บริการแลกเปลี่ยนทางวิชาการแห่งประเทศจีน, 中国留学服务中心) ตรวจสอบปริญญาแทนได้ หน่วยงานผู้มีอำนาจยอมรับผลการตรวจสอบของศูนย์นี้
prepare-alternative-pledge = สำหรับประเภท A คุณอาจลงนามในหนังสือรับรองตนเองว่าไม่มีประวัติอาชญากรรมแทนการขอหนังสือรับรองนี้
# Variables:
#   $source (String) - where the table comes from
#   $date (String) - the date of the table
prepare-source = แหล่งที่มา: { $source } ข้อมูล ณ { $date }
prepare-certify-uncertain = กฎนี้มาจากแหล่งข้อมูลทุติยภูมิหรือยังไม่ชัดเจน โปรดตรวจสอบกับนายจ้างก่อนจ่ายเงินค่ารับรองเอกสาร
prepare-translation = การแปล
prepare-translation-not-needed = ไม่ต้องแปล
prepare-translation-sealed-by-employer = หากไม่ใช่ภาษาจีน ต้องมีคำแปลภาษาจีนที่ประทับตราของนายจ้าง
prepare-translation-chinese-version = ต้องมีฉบับภาษาจีนที่ระบุสถานที่ทำงาน หน้าที่ เงินเดือน ระยะเวลาจ้าง และตำแหน่ง
prepare-validity = อายุเอกสาร
prepare-validity-none = ไม่มีวันหมดอายุสำหรับคำขอนี้
# Variables:
#   $months (Number) - months of validity
prepare-validity-months = ใช้ได้ { $months } เดือนนับจากวันที่ออกเอกสาร ไม่ใช่นับจากวันที่รับรอง
# Variables:
#   $date (String) - the earliest useful issue date
prepare-earliest = ขอเอกสารในวันที่ { $date } หรือหลังจากนั้น หากออกก่อนหน้านั้น เอกสารจะหมดอายุภายในไม่ถึง 30 วันหลังวันที่วางแผนจะยื่นคำขอ
prepare-issued = เอกสารออกเมื่อใด
prepare-issued-hint = เว้นว่างไว้หากคุณยังไม่มี เช่น 15 9 2026 (ปี ค.ศ.)
prepare-issued-invalid = กรอกวันที่ออกที่มีอยู่จริง เช่น 15 9 2026 (ปี ค.ศ.)
prepare-issued-future = วันที่ออกต้องเป็นวันนี้หรือก่อนหน้านี้
# Variables:
#   $date (String) - its last valid day
prepare-valid-until = เอกสารนี้ใช้ได้ถึง { $date }
prepare-ready-legend = สถานะ
prepare-ready = เอกสารนี้พร้อมแล้ว
prepare-save = บันทึกและกลับไปที่รายการตรวจสอบ
prepare-files = ไฟล์
prepare-files-hint = JPEG, PNG หรือ PDF ไฟล์ละไม่เกิน 1 MB ระบบอ่านประเภทไฟล์จากตัวไฟล์เอง ไม่ใช่จากชื่อไฟล์ ไม่มีการอัปโหลดใด ๆ: ไฟล์จะอยู่ในแท็บนี้จนกว่าคุณจะดาวน์โหลดแพ็กเกจของคุณ
prepare-photo-hint = รูปถ่าย JPEG สัดส่วนกว้าง 3 สูง 4 ขนาดตั้งแต่ 354 × 472 ถึง 420 × 560 พิกเซล และตั้งแต่ 40 KB ถึง 120 KB บนพื้นหลังสีขาว ใช้รูปถ่ายจากโทรศัพท์ใดก็ได้: ระบบจะตรวจสอบที่นี่และแก้ไขให้โดยอัตโนมัติได้
prepare-add-files = เพิ่มไฟล์
# Variables:
#   $name (String) - the file's name
#   $reason (String) - why it was refused
prepare-file-refused = { $name }: { $reason }
# Variables:
#   $name (String) - the file's name
prepare-file-unreadable = { $name }: เบราว์เซอร์อ่านไฟล์นี้ไม่ได้ โปรดเลือกไฟล์อีกครั้ง
prepare-no-files = ยังไม่ได้เพิ่มไฟล์
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, such as 120 KB
prepare-file = { $name }, { $size }
prepare-remove = นำออก
prepare-package = ทำต่อภายหลัง
prepare-package-hint = ดาวน์โหลดแพ็กเกจที่มีคำตอบ ความคืบหน้าของเอกสารแต่ละฉบับ และไฟล์ของคุณ เปิดแพ็กเกจที่นี่ภายหลังเพื่อทำต่อ หรือมอบให้ฝ่ายบุคคลของนายจ้าง ไม่มีข้อมูลใดเก็บไว้ในเบราว์เซอร์นี้
prepare-download-package = ดาวน์โหลดแพ็กเกจของคุณ
prepare-print-checklist = พิมพ์รายการตรวจสอบ
prepare-have-package = ฉันมีแพ็กเกจแล้ว
prepare-open-package = เปิดแพ็กเกจของคุณ
prepare-open-package-hint = ไฟล์ .zip ที่คุณดาวน์โหลดจากบริการนี้
prepare-package-not-ours = ไฟล์นี้ไม่ใช่แพ็กเกจจากบริการนี้ หรือไฟล์เสียหาย โปรดเลือกไฟล์ .zip ที่คุณดาวน์โหลดไว้
prepare-package-changed = ไฟล์ในแพ็กเกจนี้มีการเปลี่ยนแปลงหลังจากสร้างแพ็กเกจ โปรดเลือกแพ็กเกจตามที่ดาวน์โหลดมาโดยไม่แก้ไข
prepare-package-too-large = แพ็กเกจมีขนาดใหญ่เกินไป โปรดนำไฟล์บางส่วนออกแล้วลองอีกครั้ง
prepare-checklist-for = รายการตรวจสอบสำหรับฝ่ายบุคคลของนายจ้าง
prepare-column-document = เอกสาร
prepare-column-status = สถานะ
prepare-column-dates = วันที่ออกและวันที่ใช้ได้ถึง

## The ID photo: check and automatic fix
prepare-photo-choose = เลือกรูปถ่ายของคุณ
prepare-photo-passes = รูปถ่ายของคุณเป็นไปตามข้อกำหนดทุกข้อ และได้เพิ่มลงในเอกสารนี้แล้ว
prepare-photo-problems = รูปถ่ายของคุณไม่เป็นไปตามข้อกำหนดต่อไปนี้:
prepare-photo-not-jpeg = ไฟล์นี้เป็น PNG แต่การอัปโหลดรับเฉพาะ JPEG
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $min-width (Number) - the smallest width accepted
#   $min-height (Number) - the smallest height accepted
prepare-photo-too-few-pixels = รูปนี้มีขนาด { $width } × { $height } พิกเซล ต้องมีอย่างน้อย { $min-width } × { $min-height } การแก้ไขอัตโนมัติเพิ่มรายละเอียดไม่ได้: โปรดถ่ายรูปใหม่
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $max-width (Number) - the largest width accepted
#   $max-height (Number) - the largest height accepted
prepare-photo-too-many-pixels = รูปนี้มีขนาด { $width } × { $height } พิกเซล รับได้ไม่เกิน { $max-width } × { $max-height }
prepare-photo-wrong-ratio = รูปนี้ไม่ได้มีสัดส่วนกว้าง 3 สูง 4 ตามที่การอัปโหลดกำหนด
# Variables:
#   $size (String) - the photo's size, such as "2048 KB"
#   $limit (String) - the largest size accepted
prepare-photo-too-many-bytes = รูปนี้มีขนาด { $size } รับได้ไม่เกิน { $limit }
# Variables:
#   $size (String) - the photo's size, such as "12 KB"
#   $limit (String) - the smallest size accepted
prepare-photo-too-few-bytes = รูปนี้มีขนาด { $size } ต้องมีอย่างน้อย { $limit }
prepare-photo-background = พื้นหลังดูไม่เป็นสีขาว การแก้ไขอัตโนมัติเปลี่ยนพื้นหลังไม่ได้: หากทำได้ โปรดถ่ายรูปใหม่โดยยืนหน้าผนังสีขาวเรียบ
prepare-photo-fix-heading = การแก้ไขอัตโนมัติ
prepare-photo-fix-explain = รูปด้านล่างถูกครอบเป็นสัดส่วน 3 ต่อ 4 ปรับขนาด และบันทึกเป็น JPEG ขนาดที่ถูกต้อง หากใบหน้าของคุณไม่อยู่ในกรอบ ให้เลื่อนกรอบ ตรวจสอบผลลัพธ์ แล้วจึงนำไปใช้
prepare-photo-before = ก่อน:
prepare-photo-after = หลัง:
prepare-photo-before-alt = รูปถ่ายของคุณ พร้อมกรอบที่แสดงส่วนที่จะเก็บไว้
prepare-photo-after-alt = รูปถ่ายที่แก้ไขแล้ว
prepare-photo-across = เลื่อนกรอบไปทางซ้ายหรือขวา
prepare-photo-down = เลื่อนกรอบขึ้นหรือลง
prepare-photo-fixing = กำลังแก้ไขรูปถ่าย…
# Variables:
#   $width (Number) - the fixed photo's width in pixels
#   $height (Number) - the fixed photo's height in pixels
#   $size (String) - its size, such as "63 KB"
prepare-photo-result = { $width } × { $height } พิกเซล, { $size }
prepare-photo-fix-failed = เบราว์เซอร์นี้แก้ไขรูปถ่ายไม่ได้ โปรดลองใช้เบราว์เซอร์อื่น หรือแก้ไขด้วยโปรแกรมแต่งรูป
# Variables:
#   $smallest (String) - the smallest size accepted
#   $largest (String) - the largest size accepted
prepare-photo-fix-out-of-range = ไม่สามารถทำให้รูปที่แก้ไขแล้วมีขนาดระหว่าง { $smallest } ถึง { $largest } ได้ เพราะรูปมีรายละเอียดน้อยเกินไป โปรดถ่ายรูปที่คมชัดขึ้นในที่ที่มีแสงเพียงพอ
prepare-photo-use = ใช้รูปถ่ายที่แก้ไขแล้ว
prepare-photo-download = ดาวน์โหลดรูปถ่ายที่แก้ไขแล้ว
prepare-photo-used = เพิ่มรูปถ่ายที่แก้ไขแล้วลงในเอกสารนี้แล้ว

## Joining photos of a paper document into one PDF
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-file-oversize = ใหญ่กว่า { $limit }: รวมรูปภาพเป็น PDF ไฟล์เดียวเพื่อลดขนาด
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-hint = รูปถ่ายหน้าต่าง ๆ ของเอกสารกระดาษสามารถรวมเป็น PDF ไฟล์เดียวที่มีขนาดไม่เกิน { $limit } ได้ รูปละหนึ่งหน้า เรียงตามลำดับที่คุณเพิ่ม
prepare-combine = รวมรูปภาพเป็น PDF ไฟล์เดียว
prepare-combining = กำลังสร้าง PDF…
# Variables:
#   $pages (Number) - pages in the new PDF
prepare-combined = รวมรูปภาพเป็น PDF ไฟล์เดียวจำนวน { $pages } หน้าแล้ว
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-too-large = หน้าทั้งหมดมีขนาดเกิน { $limit } แม้จะลดความละเอียดแล้ว โปรดนำรูปภาพบางส่วนออกและสร้าง PDF สองไฟล์
# Variables:
#   $name (String) - the image's file name
prepare-combine-unreadable = { $name }: เบราว์เซอร์อ่านรูปภาพนี้ไม่ได้ โปรดนำออกแล้วเพิ่มใหม่อีกครั้ง
