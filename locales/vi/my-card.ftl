### The signed-in holder's card, QR code, work-permit details and payment records.

card-nav-label = e-SSC của bạn
card-show-details = Hiện đầy đủ thông tin
card-hide-details = Ẩn thông tin

qr-title = Mã QR của bạn
qr-use = Xuất trình mã này tại bệnh viện, nhà thuốc và quầy dịch vụ để kiểm tra danh tính và thanh toán bảo hiểm y tế.
qr-image-label = Mã QR của Thẻ an sinh xã hội điện tử của bạn
qr-loading = Đang lấy mã QR mới…
qr-expired = Mã QR này đã hết hạn. Chọn Làm mới để lấy mã mới.
# Variables:
#   $seconds (Number) - seconds until the code is replaced
qr-countdown = Mã mới sau { $seconds } giây
qr-refreshed = Đã hiển thị mã QR mới. Mã có hiệu lực trong 60 giây.
qr-refresh-failed = Không lấy được mã QR mới.
qr-refresh = Làm mới mã QR
qr-brightness = Mẹo: tăng độ sáng màn hình để máy quét ở quầy đọc được mã.

work-permit-title = Giấy phép lao động của bạn
permit-category = Loại
# Variables:
#   $days (Number) - days until the permit expires
permit-days-left = Còn { $days } ngày
# Variables:
#   $days (Number) - days since the permit expired
permit-expired-days-ago = Đã hết hạn { $days } ngày trước
permit-source = Các thông tin này lấy từ dữ liệu giấy phép lao động trên Hệ thống quản lý và phục vụ người nước ngoài làm việc tại Trung Quốc. Nếu có sai sót, hãy đề nghị đơn vị sử dụng lao động sửa trên hệ thống đó.
print-page = In trang này
qr-copy-text = Sao chép mã dưới dạng văn bản
copy-number = Sao chép
copied = Đã sao chép
copy-failed = Không sao chép được: trình duyệt này không cho phép.

payments-title = Các khoản đóng bảo hiểm xã hội của bạn
card-timeline-title = Mốc thời gian của bạn
payments-lead = Số tiền đơn vị sử dụng lao động đã đóng cho bạn mỗi tháng, và số tiền đã trừ vào lương của bạn.
payments-year = Năm
payments-insurance = Loại bảo hiểm
payments-all-insurances = Tất cả các loại bảo hiểm
payments-apply = Xem các khoản đóng
payments-status = Trạng thái
payments-total = Tổng cộng
payments-none = Năm này không có lịch sử đóng bảo hiểm.
# Variables:
#   $year (Number) - the year shown
payments-caption = Các khoản đóng năm { $year }, theo tháng và loại bảo hiểm
payments-no-record = Không có dữ liệu cho tháng này
payments-arrears-heading = Các tháng nợ đóng:
payments-arrears-explained = Đơn vị sử dụng lao động chưa đóng bảo hiểm cho các tháng này. Hãy hỏi bộ phận nhân sự của đơn vị, hoặc gọi đường dây nóng bảo hiểm xã hội 12333.
payments-missing-heading = Các tháng không có dữ liệu:
payments-missing-explained = Không có khoản nào được khai báo cho các tháng này. Nếu khi đó bạn đang làm việc cho đơn vị sử dụng lao động, hãy hỏi họ lý do.
payments-export = Tải xuống dạng bảng tính (CSV)
# Variables:
#   $year (Number) - the year shown
#   $total (String) - all contributions of the year, formatted money
#   $month (String) - the month with the most, e.g. March 2025
#   $highest (String) - that month's contributions, formatted money
#   $arrears (Number) - months in arrears
payments-chart-summary = { $arrears ->
    [0] Năm { $year }, tổng số tiền đã đóng là { $total }. Tháng đóng nhiều nhất là { $month }, với { $highest }. Không có tháng nào nợ đóng.
   *[other] Năm { $year }, tổng số tiền đã đóng là { $total }. Tháng đóng nhiều nhất là { $month }, với { $highest }. Có { $arrears } tháng nợ đóng.
}

card-title = Thẻ an sinh xã hội điện tử của bạn
card-rendering-note = Hình minh họa thẻ của bạn để tham khảo, không phải mẫu thẻ chính thức.
card-holder = Họ tên
card-number = Số thẻ
card-status = Trạng thái
card-status-active = Đang hoạt động
card-status-sealed = Tạm khóa
card-sealed-explained = Thẻ của bạn đang tạm khóa: các chức năng an sinh xã hội sẽ được kích hoạt khi bạn hoàn tất xác minh danh tính.
card-issued = Ngày cấp
card-load-failed = Không tải được thẻ của bạn. Hãy thử lại sau.
card-verify-now = Xác minh danh tính ngay
