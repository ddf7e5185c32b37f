## Accessibility statement.

accessibility-title = Tuyên bố về khả năng tiếp cận
accessibility-lead = Chúng tôi muốn mọi người đều dùng được dịch vụ này, trên điện thoại, trên máy tính hay trên màn hình dùng chung tại trung tâm hành chính công. Dịch vụ được xây dựng để đáp ứng Hướng dẫn về khả năng tiếp cận nội dung web (WCAG) 2.2 ở mức AA.
accessibility-can-heading = Những gì bạn có thể làm
accessibility-can-keyboard = dùng mọi phần của dịch vụ chỉ bằng bàn phím
accessibility-can-screen-reader = dùng trình đọc màn hình: các trang có tiêu đề, các ô nhập có nhãn và thông báo lỗi được liên kết với ô nhập tương ứng
accessibility-can-zoom = phóng to tới 400% hoặc dùng màn hình rộng 320 pixel mà không bị mất nội dung
accessibility-can-language = đổi ngôn ngữ bất cứ lúc nào mà không mất vị trí đang xem, kể cả tiếng Ả Rập viết từ phải sang trái
accessibility-can-motion = tắt hiệu ứng chuyển động trong cài đặt của thiết bị, và dịch vụ sẽ làm theo
accessibility-testing-heading = Cách chúng tôi kiểm tra dịch vụ này
accessibility-testing = Mỗi khi dịch vụ thay đổi, mọi trang đều được kiểm tra tự động bằng công cụ kiểm tra khả năng tiếp cận axe, ở mọi ngôn ngữ. Chúng tôi cũng kiểm tra bằng cách chỉ dùng bàn phím.
accessibility-limits-heading = Hạn chế đã biết
accessibility-limits-chinese = Các thuật ngữ chính thức bằng tiếng Trung được đánh dấu là tiếng Trung để trình đọc màn hình phát âm đúng. Một số trình đọc màn hình chỉ đọc được khi đã cài giọng đọc tiếng Trung.
accessibility-limits-translations = Các bản dịch ngoài tiếng Anh được soạn và rà soát với sự trợ giúp của máy, và chưa được cán bộ là người bản ngữ kiểm tra. Nếu có câu nào chưa rõ, hãy dựa vào thuật ngữ chính thức bằng tiếng Trung hiển thị bên cạnh, hoặc hỏi nhân viên tại trung tâm hành chính công.
accessibility-report-heading = Báo cáo sự cố
accessibility-report = Nếu có phần nào không dùng được, hãy báo cho nhân viên tại trung tâm hành chính công, hoặc gọi đường dây nóng bảo hiểm xã hội 12333.
accessibility-prepared = Tuyên bố này được soạn ngày 27 tháng 11 năm 2026.
