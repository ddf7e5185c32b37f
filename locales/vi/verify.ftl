### The public check of a work permit shown by QR code.

verify-title = Kiểm tra mã QR giấy phép lao động
verify-lead = Kiểm tra xem giấy phép lao động được xuất trình cho bạn dưới dạng mã QR có phải thật và còn hiệu lực không. Bạn không cần đăng nhập.
verify-token-label = Nội dung của mã QR
verify-token-hint = Quét mã QR của người sở hữu bằng ứng dụng đọc mã QR rồi dán nội dung vào đây.
verify-token-hint-scan = Quét mã QR của người sở hữu bằng camera, hoặc dán nội dung của mã vào đây.
verify-token-missing = Dán hoặc quét nội dung của mã QR
verify-submit = Kiểm tra
verify-scan = Quét bằng camera
verify-scan-stop = Dừng quét
verify-camera-unavailable = Không dùng được camera. Hãy dán nội dung của mã QR thay thế.
verify-genuine = Đã xác nhận là thật: giấy phép lao động này còn hiệu lực
verify-valid-until = Có hiệu lực đến
verify-expired = Mã QR này đã hết hạn
verify-expired-advice = Mã QR có hiệu lực trong 60 giây. Hãy đề nghị người sở hữu xuất trình mã mới rồi kiểm tra lại.
verify-invalid = Mã QR này không hợp lệ
verify-invalid-malformed = Đây không phải mã QR của Thẻ an sinh xã hội điện tử, hoặc mã đã bị thay đổi.
verify-invalid-purpose = Mã này được tạo cho mục đích khác.
verify-invalid-revoked = Thẻ hoặc giấy phép lao động gắn với mã này không còn hiệu lực.
