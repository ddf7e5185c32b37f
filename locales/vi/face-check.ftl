### The face check after registration, the camera-problem page and in-person verification.

face-check-title = Chứng minh đúng là bạn
face-intro-lead = Cơ quan an sinh xã hội kiểm tra để bảo đảm người đăng ký chính là người sở hữu hộ chiếu. Việc này mất chưa đến một phút bằng camera của thiết bị này.
face-intro-what-heading = Các bước diễn ra
face-intro-step-allow = Trình duyệt hỏi trang này có được dùng camera không. Hãy chọn Cho phép.
face-intro-step-frame = Đặt khuôn mặt của bạn vào trong hình bầu dục trên màn hình.
face-intro-step-turn = Làm theo hướng dẫn: nhìn thẳng, rồi từ từ quay đầu sang một bên và quay lại. Chúng tôi sẽ chụp vài tấm ảnh trong lúc bạn làm.
face-intro-privacy = Các ảnh chỉ được dùng cho lần kiểm tra này. Camera sẽ tắt khi kiểm tra kết thúc hoặc khi bạn rời trang này.
face-start-camera = Bật camera
face-ready-heading = Chuẩn bị
face-ready-frame = Giữ toàn bộ khuôn mặt trong hình bầu dục.
face-ready-turn = Khi bắt đầu kiểm tra, hãy từ từ quay đầu theo hướng dẫn.
face-ready-light = Quay mặt về phía nguồn sáng; đừng đứng quay lưng về phía cửa sổ hay đèn.
face-start-check = Bắt đầu kiểm tra
face-prompt-look-ahead = Nhìn thẳng vào camera
face-prompt-turn-one-way = Từ từ quay đầu sang một bên
face-prompt-turn-back = Giờ từ từ quay sang bên kia
# Variables:
#   $current (Number) - the picture being taken
#   $total (Number) - how many pictures are taken
face-capturing = Ảnh { $current }/{ $total }
face-uploading = Đang gửi ảnh
face-failed-heading = Kiểm tra không đạt
# Variables:
#   $remaining (Number) - face checks left before verification in person
face-attempts-remaining = Bạn có thể thử thêm { $remaining } lần. Sau đó, bạn sẽ cần xác minh danh tính trực tiếp.
face-try-again = Thử lại
face-not-sent = Các ảnh chưa được kiểm tra.
face-send-again = Gửi lại ảnh
face-no-pictures = Chưa có ảnh nào được gửi, và lần này không bị tính là một lần thử.
face-in-person-link = Xác minh danh tính trực tiếp

face-failure-undecodable = Không đọc được các ảnh.
face-advice-undecodable = Hãy thử lại. Nếu vẫn gặp lỗi này, hãy dùng trình duyệt hoặc thiết bị khác.
face-failure-resolution-too-low = Ảnh quá nhỏ.
face-advice-resolution-too-low = Đóng các ứng dụng khác đang dùng camera, hoặc dùng thiết bị có camera tốt hơn.
face-failure-too-dark = Quá tối.
face-advice-too-dark = Chuyển đến chỗ sáng hơn hoặc bật đèn phía trước mặt.
face-failure-too-bright = Quá sáng.
face-advice-too-bright = Tránh ánh nắng trực tiếp, hoặc tránh xa nguồn sáng mạnh phía sau hay phía trên bạn.
face-failure-blurry = Ảnh bị mờ.
face-advice-blurry = Lau ống kính camera và giữ yên thiết bị.
face-failure-no-motion = Không thấy chuyển động.
face-advice-no-motion = Hãy từ từ quay đầu khi có hướng dẫn. Ảnh chụp hoặc hình tĩnh không thể vượt qua bước này.
face-failure-no-face = Không tìm thấy khuôn mặt trong ảnh.
face-advice-no-face = Nhìn thẳng vào camera, giữ toàn bộ khuôn mặt trong hình bầu dục. Bỏ kính râm, khẩu trang hoặc mũ che mặt.
face-failure-face-too-small = Khuôn mặt của bạn quá nhỏ trong ảnh.
face-advice-face-too-small = Lại gần hơn để khuôn mặt lấp đầy hình bầu dục.
face-failure-too-few-frames = Chưa chụp đủ ảnh.
face-advice-too-few-frames = Giữ trang này mở và ở phía trước các cửa sổ khác cho đến khi kiểm tra kết thúc.

face-camera-title = Không dùng được camera
face-camera-denied = Trình duyệt của bạn không cho phép trang này dùng camera.
face-camera-absent = Không tìm thấy camera, hoặc trình duyệt này không dùng được camera.
face-camera-busy = Một ứng dụng khác đang dùng camera. Hãy đóng ứng dụng đó rồi thử lại.
face-camera-allow-heading = Để cho phép dùng camera
face-camera-allow-icon = Chọn biểu tượng camera hoặc ổ khóa bên cạnh địa chỉ web.
face-camera-allow-choose = Chọn Cho phép đối với camera.
face-camera-allow-reload = Quay lại trang này và chọn Thử lại.
face-camera-other-heading = Các cách khác để hoàn tất
face-camera-other-device = Đăng nhập trên điện thoại hoặc máy tính có camera và tiếp tục ở đó. Thông tin đăng ký của bạn đã được lưu.
face-camera-other-in-person = Xác minh danh tính trực tiếp tại trung tâm hành chính công.

face-in-person-title = Xác minh danh tính trực tiếp
face-in-person-lead = Không kiểm tra được danh tính của bạn bằng camera, vì vậy nhân viên sẽ kiểm tra trực tiếp.
face-in-person-where = Đến trung tâm hành chính công có quầy an sinh xã hội tại thành phố nơi bạn làm việc. Hãy xem giờ làm việc trước khi đi.
face-in-person-bring-heading = Cần mang theo
face-in-person-bring-passport = Hộ chiếu của bạn.
face-in-person-bring-number = Số giấy phép lao động, có trên Thư thông báo.
face-in-person-bring-phone = Điện thoại di động bạn đã đăng ký, nếu bạn có cung cấp số.
face-in-person-saved = Thông tin đăng ký của bạn đã được lưu. Thẻ của bạn tạm khóa cho đến khi nhân viên kiểm tra xong danh tính.
face-in-person-card-link = Đến trang thẻ của bạn
