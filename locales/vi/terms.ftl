## Our names for official terms; the Chinese original is shown beside them outside Chinese.

term-mohrss = Bộ Nhân lực và An sinh xã hội
term-service-system = Hệ thống quản lý và phục vụ người nước ngoài làm việc tại Trung Quốc
term-work-permit = Giấy phép lao động cho người nước ngoài
term-work-permit-number = số giấy phép lao động
term-notification-letter = Thư thông báo Giấy phép lao động cho người nước ngoài
term-social-security-card = Thẻ an sinh xã hội
term-essc = Thẻ an sinh xã hội điện tử (e-SSC)
term-social-security-number = số an sinh xã hội
term-real-person-verification = xác minh người thật (nhận diện khuôn mặt)
term-pension = bảo hiểm dưỡng lão (hưu trí) cơ bản
term-medical = bảo hiểm y tế cơ bản
term-work-injury = bảo hiểm tai nạn lao động
term-unemployment = bảo hiểm thất nghiệp
term-maternity = bảo hiểm thai sản
term-payment-record = lịch sử đóng bảo hiểm
term-medical-settlement = thanh toán bảo hiểm y tế
term-qr-code = mã QR
term-past-employment = giấy xác nhận kinh nghiệm làm việc
term-qualification = bằng cấp học vấn hoặc chứng chỉ nghề nghiệp
term-criminal-record = phiếu lý lịch tư pháp
term-physical-examination = giấy khám sức khỏe
term-employment-contract = hợp đồng lao động hoặc giấy xác nhận tuyển dụng
term-passport-page = trang thông tin hộ chiếu
term-id-photo = ảnh thẻ
term-service-hall = trung tâm hành chính công
term-category-a = Loại A (nhân tài cao cấp)
term-category-b = Loại B (nhân tài chuyên môn)
term-category-c = Loại C (nhân sự nước ngoài khác)
term-card-number = số thẻ
term-nationality = quốc tịch
term-employer = đơn vị sử dụng lao động
term-workplace = đơn vị công tác
term-position = vị trí công việc
term-work-address = địa điểm làm việc
term-validity = thời hạn hiệu lực
term-contribution-base = căn cứ đóng bảo hiểm
term-employer-contribution = phần đơn vị đóng
term-employee-contribution = phần cá nhân đóng
term-contribution-period = kỳ đóng (tháng)
term-paid = đã đóng
term-arrears = nợ đóng
term-pending = chờ đóng

## Where a holder finds each number (hints on the sign-in and registration choices).
term-work-permit-number-where = 18 chữ số, có trên Thư thông báo Giấy phép lao động cho người nước ngoài hoặc trên thẻ giấy phép lao động của bạn.
term-social-security-number-where = 18 ký tự, có trên Thẻ an sinh xã hội được cấp tại Trung Quốc. Chỉ chọn nếu bạn đã có thẻ.
