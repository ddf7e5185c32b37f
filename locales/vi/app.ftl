## The frame around every page, and words shared by components.

service-name = Thẻ an sinh xã hội điện tử cho người lao động nước ngoài
# The service name on a narrow screen's header, where the full name would take several lines.
service-name-short = e-SSC
skip-to-content = Chuyển đến nội dung chính
kiosk-badge = Thiết bị dùng chung
language-switcher-label = Ngôn ngữ
# Variables:
#   $language (String) - the language's name in that language
language-load-failed = Không tải được { $language }. Hãy kiểm tra kết nối rồi chọn lại.
backend-unreachable = Bạn đang ngoại tuyến, hoặc không kết nối được tới dịch vụ. Bạn vẫn có thể đọc các trang này, dùng công cụ tính và danh sách giấy tờ; việc đăng nhập, xem thẻ và mọi thứ gửi tới dịch vụ đều cần có kết nối.
update-ready = Đã có phiên bản mới của dịch vụ này.
update-reload = Tải lại để dùng
footer-nav-label = Liên kết hỗ trợ
footer-hotlines = Đường dây nóng bảo hiểm xã hội: 12333. Đường dây nóng dịch vụ xuất nhập cảnh: 12367.
footer-disclaimer = Thuật ngữ chính thức bằng tiếng Trung được hiển thị bên cạnh để bạn đối chiếu với giấy tờ và khi trao đổi với nhân viên.

title-error-prefix = Lỗi:
error-prefix = Lỗi:
error-summary-title = Có lỗi cần sửa
back-link = Quay lại
change-link = Thay đổi
date-day = Ngày
date-month = Tháng
date-year = Năm

not-found-title = Không tìm thấy trang
not-found-typed = Nếu bạn tự gõ địa chỉ web, hãy kiểm tra xem đã đúng chưa.
not-found-pasted = Nếu bạn dán địa chỉ web, hãy kiểm tra xem đã sao chép đủ toàn bộ địa chỉ chưa.
not-found-home = Về trang chủ

page-loading = Đang tải trang…
page-load-failed = Không tải được trang này.
page-load-failed-advice = Hãy kiểm tra kết nối rồi thử lại. Những gì bạn đã nhập không bị mất.
page-load-retry = Thử lại
