## Life events after the work permit: a new passport, a permit about to expire, a new employer, leaving China. Public, no account; each deadline can go into the person's calendar.

life-title = Khi có thay đổi
life-lead = Hộ chiếu mới, đơn vị sử dụng lao động mới hay giấy phép sắp hết hạn đều kéo theo một thời hạn cần làm thủ tục. Xem cần làm gì, trước ngày nào, và thêm ngày đó vào lịch của bạn.
life-new-passport-link = Tôi có hộ chiếu mới
life-expiry-link = Giấy phép lao động của tôi sắp hết hạn
life-employer-link = Tôi đổi đơn vị sử dụng lao động
life-leaving-link = Tôi sắp rời Trung Quốc
life-privacy = Các ngày bạn nhập chỉ nằm trong thẻ trình duyệt này. Không có gì được gửi đi hay lưu lại.
life-back = Thay đổi khác

## Shared: one deadline and the calendar
# Variables:
#   $date (String) - the deadline, as a full date
life-due = Hạn chót: { $date }
# Variables:
#   $days (Number) - days from today to the deadline
life-days-left = { $days ->
    [0] Hạn là hôm nay.
   *[other] Còn { $days } ngày.
}
# Variables:
#   $days (Number) - days since the deadline passed
life-days-passed = Đã quá hạn { $days } ngày.
life-soon = Hãy làm ngay: chỉ còn 10 ngày hoặc ít hơn.
life-passed = Ngày này đã qua. Hãy liên hệ đơn vị sử dụng lao động hoặc cơ quan chức năng ngay hôm nay và giải thích; làm thủ tục muộn có thể bị phạt.
life-uncertain = Các nguồn không thống nhất về con số này. Hãy xác nhận với đơn vị sử dụng lao động hoặc cơ quan địa phương.
# Variables:
#   $source (String) - where the figure comes from
life-source = Nguồn: { $source }
life-calendar = Thêm vào lịch của tôi
life-calendar-hint = Tải xuống tệp lịch (.ics) có lời nhắc trước 7 ngày. Không có gì được gửi đi đâu cả.
life-print = In các ngày này
life-show = Xem các ngày
life-dates-heading = Các ngày của bạn
life-date-missing = Nhập ngày
life-date-invalid = Nhập một ngày có thật, ví dụ 27 3 2026
# Variables:
#   $date (String) - a date, as a full date
life-counted-weekdays = Tính theo ngày làm việc; các ngày sau { $date } chỉ được tính từ thứ Hai đến thứ Sáu, vì lịch nghỉ lễ của năm đó chưa được công bố.
life-holidays-source = Ngày làm việc được tính theo lịch nghỉ lễ năm 2025 và 2026 do Quốc vụ viện công bố.

## I have a new passport
life-new-passport-title = Tôi có hộ chiếu mới
life-new-passport-lead = Giấy phép lao động và giấy phép cư trú của bạn đều ghi số hộ chiếu, nên cả hai đều phải được thay đổi.
life-passport-issued = Hộ chiếu mới của bạn được cấp ngày nào?
life-passport-issued-hint = Như ghi trong hộ chiếu mới, ví dụ 27 3 2026
life-passport-change = Nộp đơn thay đổi giấy phép lao động
life-passport-change-how = Đơn vị sử dụng lao động nộp yêu cầu thay đổi trên Hệ thống quản lý và phục vụ người nước ngoài làm việc tại Trung Quốc. Các nguồn cho biết thời hạn là 10 ngày kể từ ngày cấp hộ chiếu mới; một thành phố tính là 10 ngày làm việc.
life-passport-residence = Thay đổi giấy phép cư trú tại cơ quan xuất nhập cảnh trong cùng 10 ngày đó.
life-passport-bring = Giấy tờ các cơ quan thường yêu cầu: hộ chiếu mới và hộ chiếu cũ, giấy phép cư trú và một ảnh chụp gần đây. Hãy hỏi đơn vị sử dụng lao động, vì mỗi thành phố mỗi khác.
life-passport-source = hướng dẫn của cơ quan xuất nhập cảnh và cơ quan cấp giấy phép lao động địa phương, vốn khác nhau về cách tính ngày làm việc

## My work permit expires soon
life-expiry-title = Giấy phép lao động của tôi sắp hết hạn
life-expiry-lead = Đơn vị sử dụng lao động có thể nộp đơn gia hạn giấy phép lao động cho bạn từ 90 ngày đến 30 ngày trước khi giấy phép hết hạn. Khi còn dưới 30 ngày, hệ thống sẽ từ chối gia hạn.
life-expiry-date = Giấy phép lao động của bạn hết hạn ngày nào?
life-expiry-date-hint = Thời hạn hiệu lực ghi trên giấy phép lao động, ví dụ 30 6 2027
life-expiry-opens = Bắt đầu được nộp đơn gia hạn
life-expiry-closes = Hết hạn nộp đơn gia hạn
life-expiry-ends = Giấy phép lao động của bạn hết hạn
life-expiry-not-yet = Chưa đến thời gian nộp đơn gia hạn. Hãy nhắc đơn vị sử dụng lao động khi đến lúc đó.
life-expiry-open = Đang trong thời gian nộp đơn gia hạn: hãy đề nghị đơn vị sử dụng lao động nộp đơn ngay.
life-expiry-closed = Đã hết thời gian nộp đơn gia hạn. Hãy hỏi ngay đơn vị sử dụng lao động về việc nộp hồ sơ mới; không có giấy phép còn hiệu lực thì bạn không được làm việc.
life-expiry-source = hướng dẫn về gia hạn của Cục Khoa học và Công nghệ Thiên Tân

## Changing employer and leaving China
life-last-day = Ngày làm việc cuối cùng của bạn là ngày nào?
life-last-day-hint = Ví dụ 31 1 2027
life-cancel = Đơn vị sử dụng lao động hủy giấy phép lao động của bạn
life-cancel-who = Đơn vị sử dụng lao động hiện tại hủy giấy phép lao động của bạn trên Hệ thống quản lý và phục vụ người nước ngoài làm việc tại Trung Quốc, trong vòng 10 ngày làm việc kể từ ngày làm việc cuối cùng của bạn (một nguồn ghi là 15 ngày).
life-employer-title = Tôi đổi đơn vị sử dụng lao động
life-employer-lead = Giấy phép lao động gắn với một đơn vị sử dụng lao động. Đơn vị mới nộp đơn xin giấy phép mới cho bạn; đơn vị hiện tại hủy giấy phép cũ.
life-employer-new = Đơn vị sử dụng lao động mới nộp đơn xin giấy phép lao động mới cho bạn. Hãy chuẩn bị lại giấy tờ: danh sách giấy tờ sẽ giúp bạn.
life-employer-card = Số an sinh xã hội của bạn giữ nguyên suốt đời. Lịch sử đóng bảo hiểm vẫn gắn với số này, và các khoản đóng của đơn vị sử dụng lao động mới sẽ được cộng nối tiếp vào đó.
life-leaving-title = Tôi sắp rời Trung Quốc
life-leaving-lead = Trước khi đi, hãy bảo đảm đơn vị sử dụng lao động hủy giấy phép lao động của bạn, và quyết định cách xử lý bảo hiểm xã hội.
life-leaving-residence = Giấy phép cư trú diện làm việc chấm dứt cùng với công việc: hãy hỏi cơ quan xuất nhập cảnh xem bạn được ở lại bao lâu.
life-leaving-insurance = Nếu rời Trung Quốc trước khi đủ điều kiện hưởng lương hưu, bạn có thể giữ tài khoản bảo hiểm xã hội để dùng khi quay lại sau này, hoặc đề nghị đóng tài khoản và nhận số dư trong tài khoản hưu trí cá nhân.
life-leaving-insurance-source = Biện pháp tạm thời về việc người nước ngoài làm việc tại Trung Quốc tham gia bảo hiểm xã hội (2011), Điều 7
life-prepare-link = Chuẩn bị giấy tờ xin giấy phép lao động
life-status-link = Hồ sơ của tôi đang ở đâu? Kiểm tra tiến độ

## The public check of an application's progress (no account)
status-title = Kiểm tra tiến độ hồ sơ
status-lead = Đơn vị sử dụng lao động nộp hồ sơ xin giấy phép lao động cho bạn. Nhập số hồ sơ và ngày sinh để xem hồ sơ đang ở bước nào. Bạn không cần tài khoản.
status-number = Số hồ sơ
status-number-hint = Có trên giấy biên nhận mà đơn vị sử dụng lao động nhận được khi nộp hồ sơ. Gồm chữ cái và chữ số; dấu cách không ảnh hưởng.
status-number-missing = Nhập số hồ sơ
status-birth = Ngày sinh của bạn
status-birth-hint = Như trong hộ chiếu, ví dụ 14 2 1991
status-birth-missing = Nhập ngày sinh của bạn
status-submit = Kiểm tra tiến độ
status-result-heading = Hồ sơ của bạn đang ở bước nào
# Variables:
#   $date (String) - the day the stage was reached, as a full date
status-since = Từ { $date }
# Variables:
#   $date (String) - the latest day for a decision, as a full date
status-decision-due = Hạn ra quyết định là { $date }: 20 ngày làm việc kể từ khi tiếp nhận đối với giấy phép trên 90 ngày (thêm 10 ngày làm việc trong trường hợp đặc biệt).
status-decision-weekdays = Các ngày sau khoảng thời gian có lịch nghỉ lễ đã công bố được tính từ thứ Hai đến thứ Sáu.
status-privacy = Ở đây chỉ hiển thị bước hiện tại và ngày tương ứng. Chi tiết có trong tài khoản của đơn vị sử dụng lao động trên Hệ thống quản lý và phục vụ người nước ngoài làm việc tại Trung Quốc. Những gì bạn nhập không được lưu lại.

## An application's stages
stage-submitted = Đơn vị sử dụng lao động đã nộp
stage-pre-review = Thẩm định sơ bộ
stage-accepted = Đã tiếp nhận
stage-under-review = Đang thẩm định
stage-more-documents = Yêu cầu bổ sung giấy tờ
stage-approved = Đã phê duyệt
stage-refused = Bị từ chối
stage-submitted-meaning = Đơn vị sử dụng lao động đã nộp hồ sơ qua mạng. Cơ quan chức năng kiểm tra hồ sơ đã đầy đủ chưa trước khi tiếp nhận.
stage-pre-review-meaning = Cơ quan chức năng đang kiểm tra hồ sơ đã đầy đủ chưa. Sau đó hồ sơ sẽ được tiếp nhận, hoặc đơn vị sử dụng lao động được yêu cầu bổ sung giấy tờ.
stage-accepted-meaning = Hồ sơ đã đầy đủ và được tiếp nhận. Giờ cơ quan chức năng sẽ ra quyết định.
stage-under-review-meaning = Cơ quan chức năng đang xem xét để quyết định. Hạn ra quyết định là 20 ngày làm việc kể từ khi tiếp nhận đối với giấy phép trên 90 ngày, hoặc 5 ngày làm việc đối với giấy phép ngắn hơn.
stage-more-documents-meaning = Cơ quan chức năng đã yêu cầu đơn vị sử dụng lao động bổ sung giấy tờ. Hãy hỏi đơn vị cần những giấy tờ nào và gửi sớm nhất có thể: hồ sơ sẽ chờ cho đến khi nhận đủ.
stage-approved-meaning = Giấy phép lao động đã được phê duyệt và Thư thông báo đã được cấp. Tiếp theo: xin thị thực Z, rồi nhập cảnh Trung Quốc, từ đó các thời hạn của bạn bắt đầu được tính.
stage-refused-meaning = Hồ sơ bị từ chối. Lý do có trong tài khoản của đơn vị sử dụng lao động. Đơn vị có thể nộp lại sau khi đã khắc phục lý do đó.
step-done = Đã xong:
step-current = Hiện tại:
step-to-come = Sắp tới:

## Your timeline (signed in)
timeline-lead = Mọi mốc từ khi nộp hồ sơ đến thời hạn tiếp theo của bạn, ở cùng một chỗ. Số ngày còn lại được tính từ hôm nay theo giờ Trung Quốc.
# Variables:
#   $date (String) - today in China, as a full date
timeline-today = Hôm nay tại Trung Quốc: { $date }
timeline-application-heading = Hồ sơ của bạn
timeline-application-number = Số hồ sơ:
timeline-no-application = Không có hồ sơ nào được ghi nhận cho giấy phép lao động của bạn.
timeline-earlier = Các hồ sơ trước đây
timeline-asked-for = Cơ quan chức năng đã yêu cầu:
timeline-after-heading = Sau khi được phê duyệt
timeline-entry = Nhập cảnh Trung Quốc bằng thị thực Z
timeline-residence = Giấy phép cư trú (diện làm việc)
timeline-on-site = Đối chiếu bản gốc giấy tờ trực tiếp
timeline-watch-heading = Các ngày cần lưu ý
timeline-letter-expires = Thư thông báo của bạn hết hạn
timeline-residence-due = Xin giấy phép cư trú
timeline-on-site-due = Mang bản gốc giấy tờ đến để đối chiếu trực tiếp
timeline-medical-expires = Giấy khám sức khỏe của bạn hết hạn (việc đối chiếu trực tiếp cần giấy khám sức khỏe chưa quá 6 tháng)
refusal-document-expired = Lý do: có giấy tờ đã hết hạn khi nộp hồ sơ (phiếu lý lịch tư pháp hoặc giấy khám sức khỏe có hiệu lực 6 tháng kể từ ngày cấp).
refusal-not-authenticated = Lý do: có giấy tờ nước ngoài không có chứng nhận Apostille cũng không được hợp pháp hóa lãnh sự.
refusal-points-too-low = Lý do: số điểm không đủ cho loại giấy phép đã xin.
