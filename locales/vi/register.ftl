## The registration journey: one question per page, then check your answers.

register-start-title = Đăng ký Thẻ an sinh xã hội điện tử
register-start-lead = Đăng ký e-SSC chứa giấy phép lao động của bạn. Việc này mất khoảng 10 phút.
register-start-need-heading = Bạn cần có
register-start-need-passport = hộ chiếu
register-start-need-number = số giấy phép lao động, có trên Thư thông báo Giấy phép lao động cho người nước ngoài, hoặc số an sinh xã hội
register-start-need-phone = số di động Trung Quốc, nếu có (không bắt buộc)
register-start-need-camera = một thiết bị có camera, để kiểm tra khuôn mặt
register-start-letter-heading = Tìm số giấy phép lao động ở đâu
register-start-letter-alt = Hình vẽ Thư thông báo Giấy phép lao động cho người nước ngoài. Số giấy phép lao động gồm 18 chữ số được đánh dấu bằng số 1.
register-start-letter-caption = 1: số giấy phép lao động có 18 chữ số. Trên Thư thông báo, số này được in bên cạnh tên tiếng Trung của nó:
register-start-physical-heading = Nếu bạn đã có thẻ bản cứng
register-start-physical = Nếu bạn đã có Thẻ an sinh xã hội bản cứng, bạn vẫn có thể đăng ký tại đây với cùng các số đó.
register-start-button = Bắt đầu
register-step = Đăng ký e-SSC
register-continue = Tiếp tục

register-name-title = Họ tên của bạn trong hộ chiếu là gì?
register-name-hint = Dùng chữ cái Latinh in trong hộ chiếu, theo đúng thứ tự. Nhập họ và tên riêng vào hai ô khác nhau.
register-surname-label = Họ
register-surname-missing = Nhập họ của bạn như trong hộ chiếu
register-given-label = Tên
register-given-hint = Tất cả các tên, theo thứ tự trong hộ chiếu. Để trống nếu hộ chiếu của bạn không có tên riêng.
register-mrz-summary = Điền họ tên từ vùng đọc bằng máy của hộ chiếu (không bắt buộc)
register-mrz-label = Hai dòng ở cuối trang ảnh của hộ chiếu
register-mrz-hint = Mỗi dòng có 44 chữ cái, chữ số và dấu <. Gõ hoặc dán chính xác như bản in. Chúng chỉ được dùng trên trang này và không được gửi đi.
register-mrz-use = Điền họ tên giúp tôi
register-mrz-filled = Họ tên của bạn đã được điền từ vùng đọc bằng máy. Hãy đối chiếu với hộ chiếu.
register-name-compared = Chúng tôi sẽ so sánh họ tên này với dữ liệu giấy phép lao động của bạn:

register-identifier-title = Bạn sẽ đăng ký bằng số nào?
register-identifier-kind-missing = Chọn số bạn sẽ dùng để đăng ký
register-wp-label = Số giấy phép lao động
register-wp-hint = 18 chữ số, có trên Thư thông báo Giấy phép lao động cho người nước ngoài.
register-ssn-label = Số an sinh xã hội
register-ssn-hint = 18 ký tự. Chỉ khi bạn đã có số này.
register-identifier-missing = Nhập số

register-password-title = Tạo mật khẩu
register-password-label = Mật khẩu
register-password-rules = Mật khẩu của bạn phải:
register-password-rule-length = có từ 8 đến 16 ký tự
register-password-rule-kinds = dùng ít nhất hai loại: chữ cái, chữ số, ký hiệu
register-password-rule-charset = chỉ dùng chữ cái, chữ số và ký hiệu (không có dấu cách)
register-password-rule-met = đã đạt
register-password-rule-unmet = chưa đạt

register-phone-title = Bạn có số di động Trung Quốc không?
register-phone-hint = Chúng tôi sẽ gửi mã để kiểm tra số này. Bạn có thể để trống và tiếp tục mà không cần số.
register-phone-label = Số di động (không bắt buộc)
register-phone-normalised = Chúng tôi sẽ gửi mã tới:

register-check-title = Kiểm tra câu trả lời trước khi đăng ký
register-check-name = Họ tên
register-check-number = Số
register-check-password = Mật khẩu
register-check-password-set = Đã đặt (không hiển thị)
register-check-phone = Số di động
register-check-phone-none = Không có
register-declaration-heading = Đăng ký ngay
register-declaration = Khi đăng ký, bạn xác nhận rằng các thông tin này khớp với hộ chiếu và Thư thông báo của bạn, và bạn chính là người có tên trong đó.
register-submit = Đồng ý và đăng ký
register-mismatch-help = Hãy đối chiếu họ tên và số với hộ chiếu và Thư thông báo của bạn, rồi thử lại.

register-code-title = Nhập mã chúng tôi đã gửi tới điện thoại của bạn
# Variables:
#   $phone (String) - the masked number, e.g. 138****5678
register-code-sent = Chúng tôi đã gửi mã 6 chữ số tới { $phone }. Mã có hiệu lực trong 5 phút.
register-code-label = Mã
register-code-hint = 6 chữ số, trong tin nhắn SMS.
register-code-missing = Nhập mã 6 chữ số
register-code-resend = Gửi mã mới
# Variables:
#   $seconds (Number) - seconds until a new code can be requested
register-code-resend-wait = Bạn có thể yêu cầu mã mới sau { $seconds } giây.
register-code-skip = Tiếp tục mà không có số điện thoại
register-no-secure-random = Trình duyệt này không thể ngăn thông tin đăng ký của bạn bị gửi hai lần. Hãy cập nhật trình duyệt hoặc dùng trình duyệt khác.

register-done-title = Đăng ký hoàn tất
register-done-panel = Thẻ an sinh xã hội điện tử của bạn đã sẵn sàng
register-done-panel-body = Các chức năng an sinh xã hội của thẻ đã được kích hoạt.
register-done-next-heading = Những gì bạn có thể làm bây giờ
register-done-next = Xuất trình mã QR của thẻ tại bệnh viện và quầy dịch vụ, xem thông tin giấy phép lao động và kiểm tra các khoản đóng bảo hiểm xã hội.
register-done-card-link = Đến trang thẻ của bạn
