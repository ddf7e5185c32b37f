## A shared kiosk in a service hall: the welcome screen and the end of a visit. Fetched only on a kiosk (src/journeys.rs, KIOSK_MESSAGES).

idle-finish = Kết thúc
idle-title = Bạn vẫn đang ở đây chứ?
# Variables:
#   $seconds (Number) - seconds until the screen is cleared
idle-countdown = Để bảo vệ thông tin của bạn, màn hình này sẽ được xóa sau { $seconds } giây.
idle-more-time = Tôi cần thêm thời gian
idle-finish-now = Kết thúc ngay
idle-ending = Đang đăng xuất và xóa màn hình…
idle-ending-waiting = Mất kết nối. Thông tin của bạn vẫn được ẩn, và bạn sẽ được đăng xuất ngay khi có kết nối trở lại.

## The welcome screen, where each visit starts
welcome-touch = Chạm để bắt đầu
welcome-choose = Chọn ngôn ngữ

## Within reach: the page moved down the screen, for people who use a wheelchair or are short
reach-lower = Hạ trang xuống thấp

## The on-screen keyboard for Latin letters and digits
osk-label = Bàn phím trên màn hình
osk-space = Dấu cách
osk-backspace = Xóa
osk-done = Xong
osk-hyphen = Gạch nối
osk-apostrophe = Dấu nháy đơn
