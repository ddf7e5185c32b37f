### The public contribution calculator.

calculator-title = คำนวณเงินสมทบประกันสังคมรายเดือน
calculator-lead = ดูว่าคุณและนายจ้างต้องจ่ายเงินสมทบเท่าใดในแต่ละเดือนตามเงินเดือน โดยใช้อัตราทางการของปักกิ่งและเซี่ยงไฮ้
calculator-city = เมือง
calculator-beijing = ปักกิ่ง
calculator-shanghai = เซี่ยงไฮ้
calculator-city-missing = เลือกเมืองที่คุณทำงาน
calculator-period = เดือน
calculator-month = เดือน
calculator-year = ปี
calculator-salary = เงินเดือน (หยวน)
calculator-salary-hint = ก่อนหักภาษี เช่น 12345.67
calculator-salary-missing = กรอกเงินเดือนของคุณ
calculator-salary-invalid = กรอกเงินเดือนเป็นจำนวนหยวน มีทศนิยมไม่เกินสองตำแหน่ง เช่น 12345.67
calculator-submit = คำนวณเงินสมทบ
# Variables:
#   $from (String) - first month, e.g. 2024-07
#   $until (String) - last month
calculator-range = { $from } ถึง { $until }
# Variables:
#   $period (String) - the month asked for, e.g. 2026-01
#   $covered (String) - the months that can be calculated
calculator-no-table = ยังไม่มีอัตราทางการสำหรับ { $period } ในบริการนี้ โปรดเลือกเดือนในช่วง: { $covered }
calculator-result = เงินสมทบประจำเดือน
# Variables:
#   $salary (String) - the salary, formatted money
#   $floor (String) - the lowest base
#   $ceiling (String) - the highest base
#   $base (String) - the base used
calculator-base-inside = เงินเดือนของคุณ { $salary } อยู่ระหว่างฐานต่ำสุด { $floor } และฐานสูงสุด { $ceiling } จึงใช้เงินเดือนของคุณเป็นฐานเงินสมทบ
calculator-base-floor = เงินเดือนของคุณ { $salary } ต่ำกว่าฐานต่ำสุด { $floor } จึงคำนวณเงินสมทบจาก { $base }
calculator-base-ceiling = เงินเดือนของคุณ { $salary } สูงกว่าฐานสูงสุด { $ceiling } จึงคำนวณเงินสมทบจาก { $base }
calculator-employer-rate = อัตราของนายจ้าง
calculator-employee-rate = อัตราของคุณ
calculator-combined = นายจ้างและคุณรวมกัน:
# Variables:
#   $from (String) - first month the rates apply to
#   $until (String) - last month
calculator-validity = อัตราเหล่านี้ใช้ตั้งแต่ { $from } ถึง { $until }
calculator-maternity = ประกันการคลอดบุตรรวมอยู่ในประกันการรักษาพยาบาล ประกันการบาดเจ็บจากการทำงานใช้อัตราต่ำสุด ส่วนอัตราของนายจ้างขึ้นอยู่กับประเภทอุตสาหกรรมของนายจ้าง
