## Preparing the work-permit documents: a few questions, a category estimate and a personal checklist. Public, no account.

prepare-title = Chuẩn bị giấy tờ xin giấy phép lao động
prepare-lead = Xem bạn cần những giấy tờ nào để xin giấy phép lao động tại Trung Quốc, từng giấy tờ phải được chứng nhận và dịch ra sao, và nên xin vào lúc nào.
prepare-does-heading = Công cụ này làm gì
prepare-does = Công cụ lập danh sách giấy tờ riêng cho bạn từ vài câu trả lời, ước tính loại giấy phép của bạn và cảnh báo khi một giấy tờ sẽ hết hạn quá sát ngày nộp hồ sơ.
prepare-does-not = Công cụ không nộp gì cả. Đơn vị sử dụng lao động, hoặc công ty dịch vụ được họ ủy quyền, nộp hồ sơ qua mạng. Bạn là người thu thập giấy tờ.
prepare-need-heading = Bạn cần có
prepare-need = Hộ chiếu, bằng cấp cao nhất và ngày mà đơn vị sử dụng lao động dự kiến nộp hồ sơ. Việc này mất khoảng 5 phút.
prepare-privacy = Các câu trả lời của bạn chỉ nằm trong thẻ trình duyệt này. Không có gì được gửi lên máy chủ hay lưu trên thiết bị này, nên chúng sẽ mất khi bạn đóng thẻ.
prepare-start = Bắt đầu
prepare-step = Chuẩn bị giấy tờ
prepare-continue = Tiếp tục
prepare-lost = Các câu trả lời của bạn không còn trong thẻ này: chúng chỉ được giữ khi thẻ còn mở.
prepare-start-again = Làm lại từ đầu

prepare-nationality-title = Quốc tịch của bạn là gì?
prepare-nationality-hint = Như ghi trong hộ chiếu. Phiếu lý lịch tư pháp của bạn thường do nước này cấp.
prepare-country = Quốc gia
prepare-choose-country = Chọn quốc gia
prepare-nationality-missing = Chọn quốc tịch của bạn

prepare-degree-title = Bằng cấp cao nhất của bạn
prepare-education = Bằng cấp cao nhất của bạn là gì?
prepare-education-doctorate = Tiến sĩ
prepare-education-master = Thạc sĩ
prepare-education-bachelor = Cử nhân
prepare-education-none = Không có bằng cử nhân trở lên
prepare-education-missing = Chọn bằng cấp cao nhất của bạn
prepare-degree-country = Quốc gia nơi bạn nhận bằng
prepare-degree-country-hint = Quốc gia của trường đại học. Nếu không có bằng, chọn quốc gia đã cấp chứng chỉ nghề nghiệp cho bạn.
prepare-degree-country-missing = Chọn quốc gia nơi bạn nhận bằng cấp hoặc chứng chỉ

prepare-application-title = Về hồ sơ
prepare-application = Bạn đã có giấy phép lao động Trung Quốc chưa?
prepare-application-new = Chưa, đây là giấy phép lao động đầu tiên của tôi tại Trung Quốc
prepare-application-renewal = Rồi, và tôi gia hạn cho cùng công việc
prepare-application-change-of-employer = Rồi, và tôi đổi đơn vị sử dụng lao động
prepare-application-missing = Chọn xem bạn đã có giấy phép lao động Trung Quốc chưa
prepare-submission = Khi nào đơn vị sử dụng lao động sẽ nộp hồ sơ?
prepare-submission-hint = Ngày ước tính cũng được. Ví dụ: 15 3 2027
prepare-submission-missing = Nhập ngày đơn vị sử dụng lao động dự kiến nộp hồ sơ
prepare-submission-invalid = Nhập một ngày có thật, ví dụ 15 3 2027
prepare-submission-past = Ngày nộp hồ sơ phải là hôm nay hoặc sau hôm nay

prepare-points-title = Về công việc và về bạn
prepare-points-hint = Các câu trả lời của bạn cho phép ước tính loại giấy phép theo bảng tính điểm chính thức.
prepare-salary = Lương năm trả tại Trung Quốc (nhân dân tệ)
prepare-salary-hint = Trước thuế. Ví dụ: 360000
prepare-salary-missing = Nhập lương năm của bạn
prepare-salary-invalid = Nhập lương bằng số nhân dân tệ, ví dụ 360000
prepare-experience = Số năm kinh nghiệm làm việc liên quan
prepare-experience-invalid = Nhập số năm kinh nghiệm làm việc bằng số nguyên, ví dụ 3
prepare-months = Số tháng mỗi năm bạn sẽ làm việc tại Trung Quốc
prepare-months-invalid = Nhập số tháng bằng số nguyên từ 0 đến 12
prepare-age = Tuổi của bạn
prepare-age-invalid = Nhập tuổi bằng số nguyên từ 16 đến 99, ví dụ 34
prepare-chinese = Trình độ tiếng Trung của bạn
prepare-chinese-chinese-taught-degree-or-hsk5 = Bằng cấp học bằng tiếng Trung, hoặc HSK 5 hay 6
prepare-chinese-hsk4 = HSK 4
prepare-chinese-hsk3 = HSK 3
prepare-chinese-hsk2 = HSK 2
prepare-chinese-hsk1 = HSK 1
prepare-chinese-none = Không có chứng chỉ trình độ
prepare-chinese-missing = Chọn trình độ tiếng Trung của bạn
prepare-bonus = Bạn có thuộc trường hợp nào dưới đây không?
prepare-bonus-hint = Chọn tất cả các mục phù hợp.
prepare-bonus-location = Công việc ở khu vực miền Tây, ở khu công nghiệp cũ vùng Đông Bắc hoặc ở huyện thuộc diện xóa đói giảm nghèo
prepare-bonus-distinction = Bạn tốt nghiệp một trường đại học hàng đầu, làm việc cho công ty thuộc Fortune 500, sở hữu tài sản trí tuệ hoặc đã làm việc tại Trung Quốc từ 5 năm trở lên

prepare-estimate-title = Loại giấy phép ước tính của bạn
# Variables:
#   $total (Number) - points scored
#   $max (Number) - the most points possible
prepare-estimate-points = { $total } trên { $max } điểm
prepare-estimate-a = Từ 85 điểm trở lên: Loại A, nhân tài cao cấp.
prepare-estimate-b = Từ 60 đến 84 điểm: Loại B, nhân tài chuyên môn.
prepare-estimate-c = Dưới 60 điểm: Loại C, nhân sự nước ngoài khác. Số lượng bị giới hạn theo hạn ngạch.
prepare-factors = Điểm theo từng tiêu chí
prepare-factor = Tiêu chí
prepare-points = Điểm
prepare-points-max = Tối đa
prepare-factor-salary = Lương năm
prepare-factor-education = Học vấn
prepare-factor-work-experience = Kinh nghiệm làm việc
prepare-factor-months-in-china = Số tháng mỗi năm tại Trung Quốc
prepare-factor-chinese-level = Tiếng Trung
prepare-factor-work-location = Nơi làm việc
prepare-factor-age = Tuổi
prepare-factor-distinction = Trường đại học, đơn vị sử dụng lao động, tài sản trí tuệ hoặc số năm tại Trung Quốc
prepare-direct-heading = Các con đường khác để được xếp loại
prepare-direct-a = Loại A cũng được cấp cho nhân tài cao cấp được công nhận, bất kể số điểm, ví dụ người đoạt giải thưởng quốc tế lớn hoặc người được chọn vào các chương trình nhân tài quốc gia.
prepare-direct-b = Loại B cũng được cấp, ví dụ, cho người có bằng cử nhân trở lên và ít nhất 2 năm kinh nghiệm làm việc liên quan.
prepare-authority-decides = Đây là ước tính theo bảng tính điểm đã công bố. Cơ quan chức năng quyết định loại giấy phép khi thẩm định hồ sơ.
prepare-category = Đơn vị sử dụng lao động sẽ xin loại giấy phép nào?
prepare-category-hint = Đơn vị sử dụng lao động có thể biết một con đường mà ước tính này không tính đến. Danh sách giấy tờ của bạn phụ thuộc vào lựa chọn này: với Loại A, bạn có thể ký cam kết thay cho phiếu lý lịch tư pháp.
prepare-category-missing = Chọn loại giấy phép mà đơn vị sử dụng lao động sẽ xin
prepare-see-checklist = Xem danh sách giấy tờ

prepare-tasks-title = Danh sách giấy tờ của bạn
# Variables:
#   $done (Number) - documents completed
#   $total (Number) - documents in the checklist
prepare-tasks-progress = Bạn đã hoàn tất { $done } trên { $total } giấy tờ.
prepare-tasks-lead = Chọn một giấy tờ để xem ai cấp, cách chứng nhận và dịch, và giấy tờ có hiệu lực đến khi nào.
prepare-status-not-started = Chưa bắt đầu
prepare-status-in-progress = Đang làm
prepare-status-completed = Đã hoàn tất
prepare-status-cannot-start-yet = Chưa thể bắt đầu
prepare-status-problem = Có vấn đề
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
prepare-expired = { $document } của bạn chỉ có hiệu lực đến { $date }, trước ngày dự kiến nộp hồ sơ. Hãy xin giấy mới.
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
#   $days (Number) - days between the filing date and the last valid day
prepare-expires-soon = { $document } của bạn chỉ có hiệu lực đến { $date }, tức { $days } ngày sau ngày dự kiến nộp hồ sơ. Nếu việc nộp hồ sơ bị chậm, giấy tờ này sẽ hết hiệu lực.
prepare-answers = Câu trả lời của bạn
prepare-change = Thay đổi
prepare-filing-date = Ngày nộp hồ sơ
prepare-category-short = Loại

prepare-document-passport = Trang thông tin hộ chiếu
prepare-document-photo = Ảnh thẻ
prepare-document-job-contract = Hợp đồng lao động hoặc giấy xác nhận tuyển dụng
prepare-document-degree = Bằng cấp học vấn hoặc chứng chỉ nghề nghiệp
prepare-document-work-experience = Giấy xác nhận kinh nghiệm làm việc
prepare-document-criminal-record = Phiếu lý lịch tư pháp
prepare-document-medical-report = Giấy khám sức khỏe
prepare-issuer = Ai cấp
prepare-issuer-passport = Bạn tự làm: bản quét hoặc ảnh chụp rõ nét trang có ảnh và thông tin của bạn.
prepare-issuer-photo = Thợ chụp ảnh, hoặc bạn tự chụp: ảnh màu chụp gần đây, để đầu trần, trên nền trắng.
prepare-issuer-job-contract = Đơn vị sử dụng lao động mới của bạn tại Trung Quốc.
prepare-issuer-degree = Trường đại học, hoặc tổ chức đã cấp chứng chỉ nghề nghiệp cho bạn.
prepare-issuer-work-experience = Đơn vị sử dụng lao động cũ của bạn: ghi vị trí công việc, thời gian làm việc, nhiệm vụ, có con dấu hoặc chữ ký và một người liên hệ có thể xác nhận.
prepare-issuer-criminal-record = Cơ quan công an hoặc tòa án của nước bạn mang quốc tịch, hoặc của nước bạn thường trú.
prepare-issuer-medical-report = Một bệnh viện ở nước ngoài, hoặc Trung tâm Y tế Du lịch Quốc tế tại Trung Quốc, nơi cũng thẩm tra giấy khám sức khỏe từ nước ngoài.
prepare-certify = Cách chứng nhận
prepare-certify-none = Không cần chứng nhận Apostille hay hợp pháp hóa lãnh sự.
# Variables:
#   $country (String) - the issuing country
#   $date (String) - the day the Apostille Convention took effect between China and that country
prepare-certify-apostille = Hãy xin chứng nhận Apostille tại cơ quan có thẩm quyền của { $country }. Công ước Apostille có hiệu lực giữa { $country } và Trung Quốc từ { $date }.
# Variables:
#   $country (String) - the issuing country
prepare-certify-legalisation = Công ước Apostille không áp dụng giữa { $country } và Trung Quốc: hãy hợp pháp hóa giấy tờ tại cơ quan chức năng của { $country }, rồi tại đại sứ quán hoặc lãnh sự quán Trung Quốc ở nước đó.
# Variables:
#   $country (String) - the issuing country
prepare-certify-ask = Quy định đối với giấy tờ từ { $country } chưa rõ ràng. Hãy hỏi đơn vị sử dụng lao động hoặc cơ quan cấp giấy phép lao động địa phương trước khi chứng nhận.
# Variables:
#   $country (String) - the issuing country
prepare-notarise-first = Văn bằng không phải là giấy tờ công: trước tiên hãy công chứng tại { $country }.
prepare-alternative-cscse-verification = Thay vào đó, bạn có thể nhờ CSCSE (Trung tâm Dịch vụ Trao đổi Học thuật Trung Quốc, 中国留学服务中心) xác minh bằng cấp; cơ quan chức năng chấp nhận kết quả xác minh này.
prepare-alternative-pledge = Với Loại A, bạn có thể ký cam kết không có tiền án thay cho việc xin giấy này.
# Variables:
#   $source (String) - where the table comes from
#   $date (String) - the date of the table
prepare-source = Nguồn: { $source }, cập nhật đến { $date }.
prepare-certify-uncertain = Quy định này lấy từ nguồn thứ cấp hoặc chưa rõ ràng. Hãy hỏi lại đơn vị sử dụng lao động trước khi trả tiền chứng nhận.
prepare-translation = Bản dịch
prepare-translation-not-needed = Không cần dịch.
prepare-translation-sealed-by-employer = Nếu không bằng tiếng Trung, giấy tờ cần có bản dịch tiếng Trung được đơn vị sử dụng lao động đóng dấu.
prepare-translation-chinese-version = Phải có bản tiếng Trung ghi rõ nơi làm việc, nhiệm vụ, tiền lương, thời hạn và vị trí công việc.
prepare-validity = Thời hạn hiệu lực
prepare-validity-none = Giấy tờ này không hết hạn đối với hồ sơ này.
# Variables:
#   $months (Number) - months of validity
prepare-validity-months = Có hiệu lực { $months } tháng kể từ ngày cấp, không phải từ ngày chứng nhận.
# Variables:
#   $date (String) - the earliest useful issue date
prepare-earliest = Hãy xin vào ngày { $date } hoặc sau đó. Giấy cấp sớm hơn sẽ hết hạn chưa đầy 30 ngày sau ngày dự kiến nộp hồ sơ.
prepare-issued = Giấy tờ được cấp ngày nào?
prepare-issued-hint = Để trống nếu bạn chưa có. Ví dụ: 15 9 2026
prepare-issued-invalid = Nhập một ngày cấp có thật, ví dụ 15 9 2026
prepare-issued-future = Ngày cấp phải là hôm nay hoặc trước hôm nay
# Variables:
#   $date (String) - its last valid day
prepare-valid-until = Giấy tờ có hiệu lực đến { $date }.
prepare-ready-legend = Trạng thái
prepare-ready = Giấy tờ này đã sẵn sàng
prepare-save = Lưu và quay lại danh sách giấy tờ
prepare-files = Tệp
prepare-files-hint = JPEG, PNG hoặc PDF, mỗi tệp tối đa 1 MB. Loại tệp được xác định từ chính nội dung tệp, không phải từ tên tệp. Không có gì được tải lên: các tệp nằm trong thẻ này cho đến khi bạn tải gói hồ sơ xuống.
prepare-photo-hint = Ảnh JPEG, tỷ lệ rộng 3 cao 4, từ 354 × 472 đến 420 × 560 pixel và từ 40 KB đến 120 KB, trên nền trắng. Ảnh chụp bằng điện thoại nào cũng được: ảnh sẽ được kiểm tra tại đây và có thể được chỉnh tự động.
prepare-add-files = Thêm tệp
# Variables:
#   $name (String) - the file's name
#   $reason (String) - why it was refused
prepare-file-refused = { $name }: { $reason }
# Variables:
#   $name (String) - the file's name
prepare-file-unreadable = { $name }: trình duyệt không đọc được tệp này. Hãy chọn lại tệp.
prepare-no-files = Chưa thêm tệp nào.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, such as 120 KB
prepare-file = { $name }, { $size }
prepare-remove = Xóa
prepare-package = Tiếp tục sau
prepare-package-hint = Tải xuống gói hồ sơ gồm các câu trả lời, tiến độ của từng giấy tờ và các tệp của bạn. Sau này hãy mở gói tại đây để làm tiếp, hoặc gửi cho bộ phận nhân sự của đơn vị sử dụng lao động. Trình duyệt này không lưu lại gì.
prepare-download-package = Tải xuống gói hồ sơ
prepare-print-checklist = In danh sách giấy tờ
prepare-have-package = Tôi đã có gói hồ sơ
prepare-open-package = Mở gói hồ sơ
prepare-open-package-hint = Tệp .zip bạn đã tải xuống từ dịch vụ này.
prepare-package-not-ours = Tệp này không phải gói hồ sơ của dịch vụ này, hoặc đã bị hỏng. Hãy chọn tệp .zip bạn đã tải xuống.
prepare-package-changed = Một tệp trong gói hồ sơ này đã bị thay đổi kể từ khi gói được tạo. Hãy chọn gói hồ sơ đúng như khi bạn tải xuống.
prepare-package-too-large = Gói hồ sơ quá lớn. Hãy xóa bớt một số tệp rồi thử lại.
prepare-checklist-for = Danh sách giấy tờ gửi bộ phận nhân sự của đơn vị sử dụng lao động
prepare-column-document = Giấy tờ
prepare-column-status = Trạng thái
prepare-column-dates = Ngày cấp và hiệu lực đến

## The ID photo: check and automatic fix
prepare-photo-choose = Chọn ảnh của bạn
prepare-photo-passes = Ảnh của bạn đáp ứng mọi yêu cầu. Ảnh đã được thêm vào giấy tờ này.
prepare-photo-problems = Ảnh của bạn chưa đáp ứng các yêu cầu sau:
prepare-photo-not-jpeg = Đây là tệp PNG; hệ thống chỉ nhận tệp JPEG.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $min-width (Number) - the smallest width accepted
#   $min-height (Number) - the smallest height accepted
prepare-photo-too-few-pixels = Ảnh có kích thước { $width } × { $height } pixel; cần ít nhất { $min-width } × { $min-height }. Việc chỉnh sửa không thể thêm chi tiết: hãy chụp ảnh mới.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $max-width (Number) - the largest width accepted
#   $max-height (Number) - the largest height accepted
prepare-photo-too-many-pixels = Ảnh có kích thước { $width } × { $height } pixel; chỉ chấp nhận tối đa { $max-width } × { $max-height }.
prepare-photo-wrong-ratio = Ảnh không có tỷ lệ rộng 3 cao 4 như yêu cầu khi tải lên.
# Variables:
#   $size (String) - the photo's size, such as "2048 KB"
#   $limit (String) - the largest size accepted
prepare-photo-too-many-bytes = Ảnh có dung lượng { $size }; chỉ chấp nhận tối đa { $limit }.
# Variables:
#   $size (String) - the photo's size, such as "12 KB"
#   $limit (String) - the smallest size accepted
prepare-photo-too-few-bytes = Ảnh có dung lượng { $size }; cần ít nhất { $limit }.
prepare-photo-background = Nền ảnh có vẻ không phải màu trắng. Việc chỉnh sửa không thể thay đổi nền: nếu được, hãy chụp ảnh mới trước một bức tường trắng trơn.
prepare-photo-fix-heading = Chỉnh sửa tự động
prepare-photo-fix-explain = Ảnh bên dưới được cắt theo tỷ lệ 3 x 4, thu phóng và lưu thành tệp JPEG có dung lượng phù hợp. Nếu khuôn mặt của bạn không nằm trong khung, hãy di chuyển khung. Kiểm tra kết quả rồi dùng ảnh đó.
prepare-photo-before = Trước:
prepare-photo-after = Sau:
prepare-photo-before-alt = Ảnh của bạn, có khung đánh dấu phần được giữ lại
prepare-photo-after-alt = Ảnh đã chỉnh sửa
prepare-photo-across = Di chuyển khung sang trái hoặc phải
prepare-photo-down = Di chuyển khung lên hoặc xuống
prepare-photo-fixing = Đang chỉnh sửa ảnh…
# Variables:
#   $width (Number) - the fixed photo's width in pixels
#   $height (Number) - the fixed photo's height in pixels
#   $size (String) - its size, such as "63 KB"
prepare-photo-result = { $width } × { $height } pixel, { $size }
prepare-photo-fix-failed = Trình duyệt này không chỉnh sửa được ảnh. Hãy thử trình duyệt khác, hoặc chỉnh bằng phần mềm chỉnh sửa ảnh.
# Variables:
#   $smallest (String) - the smallest size accepted
#   $largest (String) - the largest size accepted
prepare-photo-fix-out-of-range = Không thể tạo ảnh đã chỉnh sửa có dung lượng từ { $smallest } đến { $largest }: ảnh có quá ít chi tiết. Hãy chụp ảnh nét hơn ở nơi đủ sáng.
prepare-photo-use = Dùng ảnh đã chỉnh sửa
prepare-photo-download = Tải xuống ảnh đã chỉnh sửa
prepare-photo-used = Ảnh đã chỉnh sửa đã được thêm vào giấy tờ này.

## Joining photos of a paper document into one PDF
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-file-oversize = Lớn hơn { $limit }: hãy ghép các ảnh thành một tệp PDF để giảm dung lượng.
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-hint = Ảnh chụp các trang của một giấy tờ bản giấy có thể được ghép thành một tệp PDF dưới { $limit }, mỗi ảnh một trang, theo thứ tự bạn đã thêm.
prepare-combine = Ghép các ảnh thành một tệp PDF
prepare-combining = Đang tạo tệp PDF…
# Variables:
#   $pages (Number) - pages in the new PDF
prepare-combined = Ảnh đã được ghép thành một tệp PDF { $pages } trang.
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-too-large = Các trang không vừa trong { $limit }, kể cả ở độ phân giải thấp hơn. Hãy xóa bớt một số ảnh và tạo hai tệp PDF.
# Variables:
#   $name (String) - the image's file name
prepare-combine-unreadable = { $name }: trình duyệt không đọc được ảnh này. Hãy xóa ảnh rồi thêm lại.
