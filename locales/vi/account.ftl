## Signing in and out, the header's account area, and the card page.

header-sign-in = Đăng nhập
header-sign-out = Đăng xuất
# Variables:
#   $name (String) - the holder's masked name, e.g. ERIKSSON, A*** M****
header-signed-in-as = Đã đăng nhập: { $name }
network-failed = Kết nối bị lỗi. Hãy kiểm tra kết nối rồi thử lại. Các câu trả lời của bạn vẫn được giữ.

sign-in-title = Đăng nhập vào e-SSC của bạn
sign-in-lead = Dùng số và mật khẩu bạn đã đăng ký.
sign-in-kind-legend = Bạn đăng nhập bằng số nào?
sign-in-kind-missing = Chọn số bạn dùng để đăng nhập
sign-in-identifier-label = Số của bạn
sign-in-identifier-hint = 18 ký tự. Bạn có thể gõ dấu cách giữa các nhóm số.
sign-in-identifier-missing = Nhập số của bạn
sign-in-password-label = Mật khẩu
sign-in-password-missing = Nhập mật khẩu
sign-in-submit = Đăng nhập
password-show = Hiện mật khẩu
password-hide = Ẩn mật khẩu

signed-out-title = Bạn đã đăng xuất
signed-out-body = Phiên làm việc trên thiết bị này đã kết thúc. Nếu dùng thiết bị chung, hãy đóng cả cửa sổ trình duyệt.
signed-out-again = Đăng nhập lại
