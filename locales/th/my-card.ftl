### The signed-in holder's card, QR code, work-permit details and payment records.

card-nav-label = e-SSC ของคุณ
card-show-details = แสดงรายละเอียดทั้งหมด
card-hide-details = ซ่อนรายละเอียด

qr-title = คิวอาร์โค้ดของคุณ
qr-use = แสดงที่โรงพยาบาล ร้านขายยา และเคาน์เตอร์บริการ เพื่อตรวจสอบตัวตนและชำระค่ารักษาพยาบาลด้วยประกันการรักษาพยาบาล
qr-image-label = คิวอาร์โค้ดของบัตรประกันสังคมอิเล็กทรอนิกส์ของคุณ
qr-loading = กำลังสร้างคิวอาร์โค้ดใหม่…
qr-expired = คิวอาร์โค้ดนี้หมดอายุแล้ว เลือก “รีเฟรช” เพื่อรับโค้ดใหม่
# Variables:
#   $seconds (Number) - seconds until the code is replaced
qr-countdown = โค้ดใหม่ในอีก { $seconds } วินาที
qr-refreshed = แสดงคิวอาร์โค้ดใหม่แล้ว ใช้ได้ 60 วินาที
qr-refresh-failed = ไม่สามารถรับคิวอาร์โค้ดใหม่ได้
qr-refresh = รีเฟรชคิวอาร์โค้ด
qr-brightness = เคล็ดลับ: เพิ่มความสว่างหน้าจอ เพื่อให้เครื่องสแกนที่เคาน์เตอร์อ่านโค้ดได้

work-permit-title = ใบอนุญาตทำงานของคุณ
permit-category = ประเภท
# Variables:
#   $days (Number) - days until the permit expires
permit-days-left = เหลืออีก { $days } วัน
# Variables:
#   $days (Number) - days since the permit expired
permit-expired-days-ago = หมดอายุแล้วเมื่อ { $days } วันก่อน
permit-source = รายละเอียดเหล่านี้มาจากข้อมูลใบอนุญาตทำงานในระบบบริการสำหรับชาวต่างชาติที่ทำงานในประเทศจีน หากมีข้อมูลใดไม่ถูกต้อง โปรดให้นายจ้างของคุณแก้ไขในระบบดังกล่าว
print-page = พิมพ์หน้านี้
qr-copy-text = คัดลอกโค้ดเป็นข้อความ
copy-number = คัดลอก
copied = คัดลอกแล้ว
copy-failed = คัดลอกไม่ได้: เบราว์เซอร์นี้ไม่อนุญาต

payments-title = การชำระเงินสมทบประกันสังคมของคุณ
card-timeline-title = ลำดับเหตุการณ์ของคุณ
payments-lead = เงินสมทบที่นายจ้างชำระให้คุณในแต่ละเดือน และเงินที่หักจากเงินเดือนของคุณ
payments-year = ปี
payments-insurance = ประกัน
payments-all-insurances = ประกันทุกประเภท
payments-apply = แสดงการชำระเงิน
payments-status = สถานะ
payments-total = รวม
payments-none = ไม่มีประวัติการชำระเงินสมทบสำหรับปีนี้
# Variables:
#   $year (Number) - the year shown
payments-caption = การชำระเงินสมทบในปี { $year } แยกตามเดือนและประเภทประกัน
payments-no-record = ไม่มีข้อมูลสำหรับเดือนนี้
payments-arrears-heading = เดือนที่ค้างชำระ:
payments-arrears-explained = นายจ้างของคุณยังไม่ได้ชำระเงินสมทบสำหรับเดือนเหล่านี้ โปรดสอบถามฝ่ายทรัพยากรบุคคลของนายจ้าง หรือโทรสายด่วนประกันสังคม 12333
payments-missing-heading = เดือนที่ไม่มีข้อมูล:
payments-missing-explained = ไม่มีการรายงานข้อมูลสำหรับเดือนเหล่านี้ หากคุณทำงานให้นายจ้างในช่วงนั้น โปรดสอบถามนายจ้างถึงสาเหตุ
payments-export = ดาวน์โหลดเป็นสเปรดชีต (CSV)
# Variables:
#   $year (Number) - the year shown
#   $total (String) - all contributions of the year, formatted money
#   $month (String) - the month with the most, e.g. March 2025
#   $highest (String) - that month's contributions, formatted money
#   $arrears (Number) - months in arrears
payments-chart-summary = { $arrears ->
    [0] ในปี { $year } มีการชำระเงินสมทบรวมทั้งสิ้น { $total } เดือนที่ชำระมากที่สุดคือ { $month } จำนวน { $highest } ไม่มีเดือนที่ค้างชำระ
   *[other] ในปี { $year } มีการชำระเงินสมทบรวมทั้งสิ้น { $total } เดือนที่ชำระมากที่สุดคือ { $month } จำนวน { $highest } มี { $arrears } เดือนที่ค้างชำระ
}

card-title = บัตรประกันสังคมอิเล็กทรอนิกส์ของคุณ
card-rendering-note = ภาพจำลองบัตรของคุณเพื่อใช้อ้างอิง ไม่ใช่รูปแบบบัตรทางการ
card-holder = ชื่อ
card-number = หมายเลขบัตร
card-status = สถานะ
card-status-active = ใช้งานได้
card-status-sealed = ยังไม่เปิดใช้งาน
card-sealed-explained = บัตรของคุณยังไม่เปิดใช้งาน: ฟังก์ชันด้านประกันสังคมของบัตรจะเปิดใช้งานเมื่อคุณยืนยันตัวตนเสร็จสิ้น
card-issued = วันที่ออกบัตร
card-load-failed = โหลดบัตรของคุณไม่สำเร็จ โปรดลองอีกครั้งภายหลัง
card-verify-now = ยืนยันตัวตนตอนนี้
