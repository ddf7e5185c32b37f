## Home page.

home-title = Giấy phép lao động của bạn nay nằm trên Thẻ an sinh xã hội điện tử
home-lead = Những gì đã thay đổi với người lao động nước ngoài tại Trung Quốc, thẻ dùng để làm gì và bạn cần chuẩn bị gì — bằng ngôn ngữ của bạn, có kèm thuật ngữ chính thức bằng tiếng Trung.

home-changed-heading = Những gì thay đổi từ ngày 1 tháng 12 năm 2024
home-changed-permit = Người lao động nước ngoài tại Trung Quốc không còn được cấp thẻ giấy phép lao động bản cứng. Bộ Nhân lực và An sinh xã hội đã chuyển giấy phép lao động lên Thẻ an sinh xã hội điện tử (e-SSC).
home-changed-register = Bạn đăng ký e-SSC bằng họ tên đầy đủ, đúng như trong hộ chiếu, cùng số giấy phép lao động hoặc số an sinh xã hội, sau đó vượt qua bước kiểm tra khuôn mặt để chứng minh bạn là người thật.
home-changed-existing = Nếu bạn đang có thẻ giấy phép lao động bản cứng còn hiệu lực, bạn tiếp tục dùng thẻ đó cho tới lần gia hạn hoặc thay đổi tiếp theo.
home-terms-heading = Các thuật ngữ bạn sẽ gặp

home-card-heading = e-SSC dùng để làm gì
home-card-intro = e-SSC là Thẻ an sinh xã hội của bạn trên điện thoại. Với thẻ này, bạn có thể:
home-card-identity = chứng minh danh tính khi sử dụng dịch vụ công
home-card-medical = xuất trình mã QR để thanh toán chi phí khám chữa bệnh tại bệnh viện và nhà thuốc
home-card-permit = xem và tải xuống thông tin giấy phép lao động: đơn vị công tác, vị trí công việc và địa điểm làm việc
home-card-payments = xem lịch sử đóng bảo hiểm xã hội theo từng tháng
home-card-verify = cho phép cán bộ và đơn vị sử dụng lao động quét mã QR để kiểm tra giấy phép lao động của bạn là thật

home-insurance-heading = Năm loại bảo hiểm xã hội
home-insurance-intro = Đơn vị sử dụng lao động đăng ký bảo hiểm xã hội cho bạn và đóng hằng tháng. Phần lớn các khoản đóng do bạn và đơn vị cùng chia sẻ.
home-insurance-column-name = Loại bảo hiểm
home-insurance-column-payer = Ai đóng
home-insurance-shared = Bạn và đơn vị sử dụng lao động
home-insurance-employer = Chỉ đơn vị sử dụng lao động
home-insurance-maternity = Chỉ đơn vị sử dụng lao động; ở hầu hết các thành phố, loại này nay đã gộp vào bảo hiểm y tế
home-insurance-agreement = Nếu nước bạn có hiệp định an sinh xã hội với Trung Quốc, giấy chứng nhận tham gia bảo hiểm do nước bạn cấp có thể giúp bạn được miễn một số loại bảo hiểm trên.

home-documents-heading = Giấy tờ để xin giấy phép lao động
home-documents-intro = Đơn vị sử dụng lao động nộp hồ sơ xin giấy phép lao động cho bạn qua mạng. Bạn cung cấp cho họ các giấy tờ sau:
home-doc-past-employment = Do đơn vị sử dụng lao động cũ cấp: vị trí công việc, thời gian làm việc, con dấu hoặc chữ ký, và một người liên hệ có thể xác nhận.
home-doc-qualification = Bằng cấp cao nhất hoặc chứng chỉ nghề nghiệp; bằng cấp nước ngoài phải được chứng nhận.
home-doc-criminal-record = Thường phải được hợp pháp hóa lãnh sự hoặc có chứng nhận Apostille, kèm bản dịch.
home-doc-physical = Sau khi bạn đến Trung Quốc, do Trung tâm Y tế Du lịch Quốc tế cấp; có hiệu lực 6 tháng.
home-doc-contract = Bằng tiếng Trung, ghi rõ nơi làm việc, nhiệm vụ, tiền lương, thời hạn và vị trí công việc.
home-doc-passport = Trang có ảnh và thông tin cá nhân của bạn.
home-doc-photo = Chụp gần đây, trên nền trắng.
home-documents-translation = Giấy tờ không bằng tiếng Trung cần có bản dịch tiếng Trung được đơn vị sử dụng lao động đóng dấu.
home-documents-after = Khi giấy phép được duyệt, bạn nhận Thư thông báo Giấy phép lao động cho người nước ngoài. Thư ghi số giấy phép lao động mà bạn cần để đăng ký e-SSC.
home-prepare-link = Chuẩn bị giấy tờ xin giấy phép lao động
home-life-link = Hộ chiếu mới, đơn vị sử dụng lao động mới, giấy phép sắp hết hạn: cần làm gì và trước hạn nào
home-status-link = Kiểm tra tiến độ hồ sơ xin giấy phép lao động bằng số hồ sơ và ngày sinh của bạn
