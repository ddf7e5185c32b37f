### The face check after registration, the camera-problem page and in-person verification.

face-check-title = แสดงว่าเป็นคุณจริง ๆ
face-intro-lead = หน่วยงานประกันสังคมจะตรวจสอบว่าผู้ลงทะเบียนเป็นเจ้าของหนังสือเดินทางจริง ขั้นตอนนี้ใช้เวลาไม่ถึงหนึ่งนาทีด้วยกล้องของอุปกรณ์นี้
face-intro-what-heading = สิ่งที่จะเกิดขึ้น
face-intro-step-allow = เบราว์เซอร์จะถามว่าอนุญาตให้หน้านี้ใช้กล้องหรือไม่ ให้เลือก “อนุญาต”
face-intro-step-frame = จัดใบหน้าของคุณให้อยู่ในกรอบวงรีบนหน้าจอ
face-intro-step-turn = ทำตามคำแนะนำ: มองตรงไปข้างหน้า แล้วค่อย ๆ หันศีรษะไปด้านหนึ่งและหันกลับ ระหว่างนั้นเราจะถ่ายภาพไว้หลายภาพ
face-intro-privacy = ภาพเหล่านี้ใช้เพื่อการตรวจสอบนี้เท่านั้น กล้องจะปิดเมื่อการตรวจสอบเสร็จสิ้นหรือเมื่อคุณออกจากหน้านี้
face-start-camera = เปิดกล้อง
face-ready-heading = เตรียมพร้อม
face-ready-frame = ให้ใบหน้าทั้งหมดอยู่ในกรอบวงรี
face-ready-turn = เมื่อเริ่มการตรวจสอบ ให้ค่อย ๆ หันศีรษะตามคำแนะนำ
face-ready-light = หันหน้าเข้าหาแสง อย่ายืนโดยมีหน้าต่างหรือโคมไฟอยู่ด้านหลัง
face-start-check = เริ่มการตรวจสอบ
face-prompt-look-ahead = มองตรงไปที่กล้อง
face-prompt-turn-one-way = ค่อย ๆ หันศีรษะไปด้านหนึ่ง
face-prompt-turn-back = ตอนนี้ค่อย ๆ หันไปอีกด้านหนึ่ง
# Variables:
#   $current (Number) - the picture being taken
#   $total (Number) - how many pictures are taken
face-capturing = ภาพที่ { $current } จาก { $total }
face-uploading = กำลังส่งภาพ
face-failed-heading = การตรวจสอบไม่ผ่าน
# Variables:
#   $remaining (Number) - face checks left before verification in person
face-attempts-remaining = คุณลองได้อีก { $remaining } ครั้ง หลังจากนั้นคุณจะต้องไปยืนยันตัวตนกับเจ้าหน้าที่
face-try-again = ลองอีกครั้ง
face-not-sent = ภาพยังไม่ได้รับการตรวจสอบ
face-send-again = ส่งภาพอีกครั้ง
face-no-pictures = ไม่มีการส่งภาพ และครั้งนี้ไม่นับรวมในจำนวนครั้งที่ลอง
face-in-person-link = ไปยืนยันตัวตนกับเจ้าหน้าที่แทน

face-failure-undecodable = อ่านภาพไม่ได้
face-advice-undecodable = โปรดลองอีกครั้ง หากยังเกิดขึ้นอีก ให้ใช้เบราว์เซอร์หรืออุปกรณ์อื่น
face-failure-resolution-too-low = ภาพมีขนาดเล็กเกินไป
face-advice-resolution-too-low = ปิดแอปอื่นที่ใช้กล้องอยู่ หรือใช้อุปกรณ์ที่มีกล้องดีกว่านี้
face-failure-too-dark = มืดเกินไป
face-advice-too-dark = ย้ายไปที่ที่สว่างขึ้น หรือเปิดไฟด้านหน้าของคุณ
face-failure-too-bright = สว่างเกินไป
face-advice-too-bright = หลบออกจากแสงแดดโดยตรง หรือออกห่างจากแสงจ้าที่อยู่ด้านหลังหรือเหนือศีรษะของคุณ
face-failure-blurry = ภาพเบลอ
face-advice-blurry = เช็ดเลนส์กล้องและถืออุปกรณ์ให้นิ่ง
face-failure-no-motion = ไม่พบการเคลื่อนไหว
face-advice-no-motion = ค่อย ๆ หันศีรษะเมื่อคำแนะนำบอกให้หัน รูปถ่ายหรือภาพนิ่งจะไม่ผ่านการตรวจสอบ
face-failure-no-face = ไม่พบใบหน้าในภาพ
face-advice-no-face = มองตรงไปที่กล้องโดยให้ใบหน้าทั้งหมดอยู่ในกรอบวงรี ถอดแว่นกันแดด หน้ากาก หรือหมวกที่บังใบหน้าออก
face-failure-face-too-small = ใบหน้าของคุณในภาพเล็กเกินไป
face-advice-face-too-small = ขยับเข้ามาใกล้ขึ้นจนใบหน้าเต็มกรอบวงรี
face-failure-too-few-frames = ถ่ายภาพได้ไม่เพียงพอ
face-advice-too-few-frames = เปิดหน้านี้ค้างไว้และให้อยู่หน้าหน้าต่างอื่นจนกว่าการตรวจสอบจะเสร็จสิ้น

face-camera-title = ไม่สามารถใช้กล้องได้
face-camera-denied = เบราว์เซอร์ของคุณไม่อนุญาตให้หน้านี้ใช้กล้อง
face-camera-absent = ไม่พบกล้อง หรือเบราว์เซอร์นี้ใช้กล้องไม่ได้
face-camera-busy = มีแอปอื่นใช้กล้องอยู่ โปรดปิดแอปนั้นแล้วลองอีกครั้ง
face-camera-allow-heading = วิธีอนุญาตให้ใช้กล้อง
face-camera-allow-icon = เลือกไอคอนกล้องหรือไอคอนแม่กุญแจข้างที่อยู่เว็บ
face-camera-allow-choose = เลือก “อนุญาต” สำหรับกล้อง
face-camera-allow-reload = กลับมาที่หน้านี้แล้วเลือก “ลองอีกครั้ง”
face-camera-other-heading = วิธีอื่นในการดำเนินการให้เสร็จ
face-camera-other-device = เข้าสู่ระบบบนโทรศัพท์หรือคอมพิวเตอร์ที่มีกล้องแล้วดำเนินการต่อที่นั่น การลงทะเบียนของคุณได้รับการบันทึกไว้แล้ว
face-camera-other-in-person = ไปยืนยันตัวตนกับเจ้าหน้าที่ที่ศูนย์บริการภาครัฐ

face-in-person-title = ยืนยันตัวตนกับเจ้าหน้าที่
face-in-person-lead = ไม่สามารถตรวจสอบตัวตนของคุณด้วยกล้องได้ เจ้าหน้าที่จึงจะตรวจสอบตัวตนของคุณแบบต่อหน้า
face-in-person-where = ไปที่ศูนย์บริการภาครัฐที่ให้บริการด้านประกันสังคมในเมืองที่คุณทำงาน โปรดตรวจสอบเวลาทำการก่อนไป
face-in-person-bring-heading = สิ่งที่ต้องนำไป
face-in-person-bring-passport = หนังสือเดินทางของคุณ
face-in-person-bring-number = เลขที่ใบอนุญาตทำงานของคุณ จากหนังสือแจ้งใบอนุญาตทำงาน
face-in-person-bring-phone = โทรศัพท์มือถือที่คุณลงทะเบียนไว้ หากคุณให้หมายเลขไว้
face-in-person-saved = การลงทะเบียนของคุณได้รับการบันทึกไว้แล้ว บัตรของคุณจะยังไม่เปิดใช้งานจนกว่าเจ้าหน้าที่จะตรวจสอบตัวตนของคุณเสร็จ
face-in-person-card-link = ไปที่บัตรของคุณ

