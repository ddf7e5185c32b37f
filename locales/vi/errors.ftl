## Messages for validation and API error codes (protocol crate). One message per code.

validation-required = Nhập thông tin này
# Variables:
#   $min (Number) - the fewest characters allowed
validation-too-short = Nhập ít nhất { $min } ký tự
# Variables:
#   $max (Number) - the most characters allowed
validation-too-long = Nhập không quá { $max } ký tự
# Variables:
#   $expected (Number) - the exact number of characters
validation-wrong-length = Nhập đúng { $expected } ký tự
validation-digits-only = Chỉ dùng các chữ số từ 0 đến 9
validation-invalid-characters = Xóa các ký tự không được phép
validation-check-character-mismatch = Ký tự cuối không khớp với phần còn lại của số. Hãy kiểm tra xem bạn đã chép đúng từng chữ số chưa.
validation-must-start-with-nine = Số Thẻ căn cước thường trú cho người nước ngoài bắt đầu bằng số 9
validation-invalid-birth-date = Ngày sinh nằm trong số này không phải là ngày có thật
validation-not-a-china-mobile = Nhập số di động Trung Quốc: 11 chữ số, bắt đầu bằng 13 đến 19, ví dụ 138 1234 5678
# Variables:
#   $line (Number) - 1 or 2
#   $expected (Number) - characters a line must have
validation-mrz-line-length = Dòng { $line } phải có đúng { $expected } ký tự
# Variables:
#   $line (Number) - 1 or 2
validation-mrz-invalid-characters = Dòng { $line } chỉ được chứa các chữ cái từ A đến Z, các chữ số từ 0 đến 9 và dấu <
validation-mrz-not-passport = Dòng 1 phải bắt đầu bằng chữ P. Hãy chép các dòng từ hộ chiếu của bạn.
# Variables:
#   $field (String) - which check failed
validation-mrz-check-digit = { $field ->
    [document-number] Chữ số kiểm tra của số hộ chiếu không khớp
    [birth-date] Chữ số kiểm tra của ngày sinh không khớp
    [expiry-date] Chữ số kiểm tra của ngày hết hạn không khớp
    [personal-number] Chữ số kiểm tra của mã số cá nhân không khớp
   *[composite] Chữ số kiểm tra cuối cùng của dòng 2 không khớp
}. Hãy kiểm tra xem bạn đã chép chính xác các dòng chưa.
# Variables:
#   $field (String) - which date is wrong
validation-mrz-invalid-date = { $field ->
    [birth-date] Ngày sinh trong các dòng của hộ chiếu không phải là ngày có thật
   *[expiry-date] Ngày hết hạn trong các dòng của hộ chiếu không phải là ngày có thật
}
validation-mrz-invalid-sex = Giới tính ở dòng 2 phải là M, F hoặc <
# Variables:
#   $code (String) - the country code that was not recognised
validation-unknown-country-code = { $code } không phải là mã quốc gia dùng trong hộ chiếu
validation-document-expired = Hộ chiếu này đã hết hạn. Hãy dùng hộ chiếu hiện tại của bạn.
validation-non-latin-script = Dùng chữ cái Latinh in trong hộ chiếu, giống như ở các dòng đọc bằng máy
validation-password-needs-two-kinds = Dùng ít nhất hai loại sau: chữ cái, chữ số, ký hiệu
validation-pin-sequential = Không dùng các chữ số liên tiếp, như 123456 hoặc 654321
validation-pin-repeated = Không dùng một chữ số lặp lại sáu lần
validation-pin-in-id-number = Không dùng các chữ số lấy từ số giấy tờ tùy thân của bạn
validation-file-empty = Tệp đã chọn trống
# Variables:
#   $kilobytes (Number) - the largest size allowed
validation-file-too-large = Tệp phải nhỏ hơn { $kilobytes } KB
# Variables:
#   $pages (Number) - the most pages allowed
validation-too-many-pages = Tệp PDF không được quá { $pages } trang
# Variables:
#   $kilobytes (Number) - the smallest size allowed
validation-file-too-small = Tệp phải có dung lượng ít nhất { $kilobytes } KB
validation-file-type-not-allowed = Loại tệp này không được chấp nhận
# Variables:
#   $width (Number) - minimum width in pixels
#   $height (Number) - minimum height in pixels
validation-image-too-small = Ảnh phải có kích thước ít nhất { $width } × { $height } pixel
validation-image-unreadable = Không đọc được ảnh: ảnh có thể bị thiếu hoặc bị hỏng. Hãy chọn tệp khác

api-bad-request = Yêu cầu có lỗi. Hãy thử lại.
api-validation-failed = Một số câu trả lời cần sửa
api-unauthenticated = Đăng nhập để tiếp tục
api-session-expired = Bạn đã bị đăng xuất để bảo vệ thông tin của bạn. Hãy đăng nhập lại.
api-invalid-credentials = Số hoặc mật khẩu không đúng
api-forbidden-origin = Yêu cầu bị từ chối. Hãy tải lại trang rồi thử lại.
api-not-found = Không tìm thấy nội dung này
api-method-not-allowed = Không thể thực hiện thao tác đó ở đây
api-already-registered = Số này đã có tài khoản e-SSC. Hãy đăng nhập.
api-identity-mismatch = Họ tên và số của bạn không khớp với dữ liệu giấy phép lao động. Hãy đối chiếu cả hai với hộ chiếu và Thư thông báo của bạn.
api-application-not-found = Không có hồ sơ nào khớp với số và ngày sinh này. Hãy kiểm tra số trên giấy biên nhận mà đơn vị sử dụng lao động đã nhận, và ngày sinh như trong hộ chiếu.
api-idempotency-key-reused = Yêu cầu này đã được gửi trước đó với các câu trả lời khác. Hãy làm lại từ đầu.
api-idempotency-key-missing = Không kiểm tra được yêu cầu. Hãy tải lại trang rồi thử lại.
api-idempotency-key-in-use = Các câu trả lời của bạn vẫn đang được gửi. Hãy đợi một lát rồi thử lại.
# Variables:
#   $attempts (Number) - tries left
api-sms-code-wrong = Mã không đúng. Bạn còn { $attempts } lần thử.
api-sms-code-expired = Mã đã hết hạn. Hãy yêu cầu mã mới.
api-sms-too-many-attempts = Nhập sai mã quá nhiều lần. Hãy yêu cầu mã mới.
api-sms-code-not-requested = Hãy yêu cầu mã trước
api-phone-not-verified = Trước tiên, hãy nhập mã chúng tôi đã gửi tới điện thoại di động của bạn
# Variables:
#   $seconds (Number) - seconds to wait
api-rate-limited = Quá nhiều lần thử. Hãy thử lại sau { $seconds } giây.
api-manual-review-required = Hãy xác minh danh tính trực tiếp tại trung tâm hành chính công
api-card-not-issued = Thẻ của bạn chưa được cấp. Hãy hoàn tất xác minh danh tính trước.
# Variables:
#   $kilobytes (Number) - the largest upload allowed
api-payload-too-large = Dữ liệu tải lên quá lớn. Giới hạn là { $kilobytes } KB.
api-unsupported-media-type = Loại tệp này không được chấp nhận
api-internal = Đã xảy ra lỗi từ phía chúng tôi. Hãy thử lại sau.
api-unavailable = Dịch vụ hiện không khả dụng. Hãy thử lại sau vài phút.
