## Design system: a working example of every component.

design-system-title = Hệ thống thiết kế
design-system-lead = Ví dụ hoạt động thật của các thành phần mà dịch vụ này sử dụng, bằng ngôn ngữ của bạn.
design-system-notice = Các ví dụ dùng thuật ngữ của
design-system-surname-label = Họ
design-system-surname-hint = Như in trong hộ chiếu, bằng chữ cái Latinh.
design-system-surname-missing = Nhập họ của bạn
design-system-identifier-legend = Bạn sẽ dùng số nào?
design-system-identifier-ssn-hint = Chỉ khi bạn đã có số này.
design-system-identifier-missing = Chọn số bạn sẽ dùng
design-system-documents-legend = Bạn có những giấy tờ nào?
design-system-documents-hint = Chọn tất cả các mục phù hợp.
design-system-documents-missing = Chọn ít nhất một giấy tờ
design-system-birth-legend = Ngày sinh
design-system-birth-hint = Ví dụ: 12 8 1974
design-system-birth-missing = Nhập ngày sinh gồm ngày, tháng và năm
design-system-submit = Kiểm tra ví dụ
design-system-reset = Làm lại từ đầu
design-system-panel-title = Đã hoàn thành ví dụ
design-system-panel-body = Đã trả lời mọi câu hỏi ví dụ.
design-system-summary-heading = Câu trả lời ví dụ của bạn
