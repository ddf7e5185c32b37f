### The public contribution calculator.

calculator-title = Tính tiền đóng bảo hiểm xã hội hằng tháng
calculator-lead = Xem bạn và đơn vị sử dụng lao động đóng bao nhiêu mỗi tháng với một mức lương, theo tỷ lệ chính thức của Bắc Kinh và Thượng Hải.
calculator-city = Thành phố
calculator-beijing = Bắc Kinh
calculator-shanghai = Thượng Hải
calculator-city-missing = Chọn thành phố nơi bạn làm việc
calculator-period = Tháng
calculator-month = Tháng
calculator-year = Năm
calculator-salary = Lương tháng (nhân dân tệ)
calculator-salary-hint = Trước thuế. Ví dụ: 12345.67
calculator-salary-missing = Nhập lương tháng của bạn
calculator-salary-invalid = Nhập lương bằng số nhân dân tệ, tối đa hai chữ số thập phân, ví dụ 12345.67
calculator-submit = Tính tiền đóng
# Variables:
#   $from (String) - first month, e.g. 2024-07
#   $until (String) - last month
calculator-range = { $from } đến { $until }
# Variables:
#   $period (String) - the month asked for, e.g. 2026-01
#   $covered (String) - the months that can be calculated
calculator-no-table = Chưa có tỷ lệ chính thức cho { $period } tại đây. Hãy chọn một tháng trong khoảng: { $covered }
calculator-result = Tiền đóng trong tháng
# Variables:
#   $salary (String) - the salary, formatted money
#   $floor (String) - the lowest base
#   $ceiling (String) - the highest base
#   $base (String) - the base used
calculator-base-inside = Lương của bạn { $salary } nằm giữa căn cứ đóng bảo hiểm thấp nhất { $floor } và cao nhất { $ceiling }, nên lương của bạn chính là căn cứ đóng bảo hiểm.
calculator-base-floor = Lương của bạn { $salary } thấp hơn căn cứ đóng bảo hiểm thấp nhất { $floor }, nên tiền đóng được tính trên { $base }.
calculator-base-ceiling = Lương của bạn { $salary } cao hơn căn cứ đóng bảo hiểm cao nhất { $ceiling }, nên tiền đóng được tính trên { $base }.
calculator-employer-rate = Tỷ lệ đơn vị đóng
calculator-employee-rate = Tỷ lệ bạn đóng
calculator-combined = Tổng số đơn vị sử dụng lao động và bạn cùng đóng:
# Variables:
#   $from (String) - first month the rates apply to
#   $until (String) - last month
calculator-validity = Các tỷ lệ này áp dụng từ { $from } đến { $until }.
calculator-maternity = Bảo hiểm thai sản là một phần của bảo hiểm y tế. Bảo hiểm tai nạn lao động tính theo tỷ lệ thấp nhất; tỷ lệ của đơn vị sử dụng lao động tùy thuộc vào ngành nghề của đơn vị.
