## 准备工作许可申请材料：回答几个问题，估算许可类别，生成个人材料清单。公开页面，无需账户。

prepare-title = 准备工作许可申请材料
prepare-lead = 了解申请外国人工作许可证需要哪些材料、每份材料应如何认证和翻译，以及应在何时办理。
prepare-does-heading = 本工具的作用
prepare-does = 本工具根据您的几项回答生成您个人的材料清单，估算您的工作许可类别，并在某份材料的有效期届满日距申请提交日期过近时提醒您。
prepare-does-not = 本工具不提交任何申请。申请由您的用人单位或其委托的代理机构在网上提交，您负责准备材料。
prepare-need-heading = 您需要准备
prepare-need = 您的护照、最高学位（学历）证书，以及用人单位计划提交申请的日期。大约需要5分钟。
prepare-privacy = 您的回答仅保留在当前浏览器标签页中，不会发送到任何服务器，也不会保存在本设备上，因此关闭标签页后即不复存在。
prepare-start = 现在开始
prepare-step = 准备申请材料
prepare-continue = 继续
prepare-lost = 您的回答已不在此标签页中：回答仅在标签页打开期间保留。
prepare-start-again = 重新开始

prepare-nationality-title = 您的国籍是什么？
prepare-nationality-hint = 以护照所示为准。无犯罪记录证明通常由该国出具。
prepare-country = 国家
prepare-choose-country = 请选择国家
prepare-nationality-missing = 请选择您的国籍

prepare-degree-title = 您的最高学位
prepare-education = 您的最高学位是什么？
prepare-education-doctorate = 博士学位
prepare-education-master = 硕士学位
prepare-education-bachelor = 学士学位
prepare-education-none = 无学士及以上学位
prepare-education-missing = 请选择您的最高学位
prepare-degree-country = 取得学位的国家
prepare-degree-country-hint = 即大学所在的国家。如无学位，请选择颁发您职业资格证书的国家。
prepare-degree-country-missing = 请选择您取得学位或职业资格的国家

prepare-application-title = 关于本次申请
prepare-application = 您是否已持有中国的外国人工作许可证？
prepare-application-new = 否，这是我在中国的第一份工作许可
prepare-application-renewal = 是，我要为同一份工作办理延期
prepare-application-change-of-employer = 是，我要更换用人单位
prepare-application-missing = 请选择您是否已持有中国的外国人工作许可证
prepare-submission = 您的用人单位将于何时提交申请？
prepare-submission-hint = 填写预计日期即可。例如：15 3 2027
prepare-submission-missing = 请输入用人单位计划提交申请的日期
prepare-submission-invalid = 请输入真实存在的日期，例如15 3 2027
prepare-submission-past = 提交日期须为今天或之后

prepare-points-title = 关于工作岗位和您本人
prepare-points-hint = 系统将根据您的回答，按官方计分表估算您的工作许可类别。
prepare-salary = 在中国领取的年薪（元）
prepare-salary-hint = 税前金额。例如：360000
prepare-salary-missing = 请输入您的年薪
prepare-salary-invalid = 请以元为单位输入年薪金额，例如360000
prepare-experience = 相关工作经历年限
prepare-experience-invalid = 请以整数输入工作经历年限，例如3
prepare-months = 每年在中国工作的月数
prepare-months-invalid = 请输入0至12之间的整数月数
prepare-age = 您的年龄（周岁）
prepare-age-invalid = 请输入16至99之间的整数年龄，例如34
prepare-chinese = 您的中文水平
prepare-chinese-chinese-taught-degree-or-hsk5 = 以中文授课取得的学位，或HSK 5级、6级
prepare-chinese-hsk4 = HSK 4级
prepare-chinese-hsk3 = HSK 3级
prepare-chinese-hsk2 = HSK 2级
prepare-chinese-hsk1 = HSK 1级
prepare-chinese-none = 无经认证的中文水平等级
prepare-chinese-missing = 请选择您的中文水平
prepare-bonus = 以下情况是否适用于您？
prepare-bonus-hint = 请选择所有适用项。
prepare-bonus-location = 工作地点位于西部地区、东北老工业基地或国家扶贫开发工作重点县
prepare-bonus-distinction = 您毕业于世界排名前列的大学、在《财富》世界500强企业任职、拥有知识产权，或已在中国工作满5年

prepare-estimate-title = 您的预估类别
# Variables:
#   $total (Number) - points scored
#   $max (Number) - the most points possible
prepare-estimate-points = { $total }分（满分{ $max }分）
prepare-estimate-a = 85分及以上：外国高端人才（A类）。
prepare-estimate-b = 60至84分：外国专业人才（B类）。
prepare-estimate-c = 低于60分：其他外国人员（C类）。该类别实行配额管理，名额有限。
prepare-factors = 各项得分
prepare-factor = 计分项目
prepare-points = 得分
prepare-points-max = 最高分
prepare-factor-salary = 年薪
prepare-factor-education = 学历
prepare-factor-work-experience = 工作经历
prepare-factor-months-in-china = 每年在华工作月数
prepare-factor-chinese-level = 中文水平
prepare-factor-work-location = 工作地点
prepare-factor-age = 年龄
prepare-factor-distinction = 毕业院校、任职企业、知识产权或在华工作年限
prepare-direct-heading = 认定类别的其他途径
prepare-direct-a = 经认定的外国高端人才，无论得分多少，也可归入A类，例如重大国际奖项获得者，或入选国家人才计划的人员。
prepare-direct-b = 例如，具有学士及以上学位且有2年及以上相关工作经历的人员，也可归入B类。
prepare-authority-decides = 以上为根据公开计分表得出的估算结果。类别由审批机关在审查申请时确定。
prepare-category = 您的用人单位将申请哪一类别？
prepare-category-hint = 您的用人单位可能了解本估算未涵盖的认定途径。您的材料清单取决于所申请的类别：申请A类的，可签署承诺书，代替无犯罪记录证明。
prepare-category-missing = 请选择用人单位将申请的类别
prepare-see-checklist = 查看您的材料清单

prepare-tasks-title = 您的材料清单
# Variables:
#   $done (Number) - documents completed
#   $total (Number) - documents in the checklist
prepare-tasks-progress = 您已完成{ $total }份材料中的{ $done }份。
prepare-tasks-lead = 选择一份材料，即可查看由谁出具、如何认证和翻译，以及有效期至何时。
prepare-status-not-started = 未开始
prepare-status-in-progress = 进行中
prepare-status-completed = 已完成
prepare-status-cannot-start-yet = 暂不能开始
prepare-status-problem = 存在问题
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
prepare-expired = 您的{ $document }有效期仅至{ $date }，早于计划提交日期。请重新办理。
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
#   $days (Number) - days between the filing date and the last valid day
prepare-expires-soon = 您的{ $document }有效期仅至{ $date }，仅比计划提交日期晚{ $days }天。如果提交推迟，该材料将失效。
prepare-answers = 您的回答
prepare-change = 修改
prepare-filing-date = 提交日期
prepare-category-short = 类别

prepare-document-passport = 护照信息页
prepare-document-photo = 证件照
prepare-document-job-contract = 劳动合同或聘用证明
prepare-document-degree = 最高学位（学历）证书或相关批准文书
prepare-document-work-experience = 工作资历证明
prepare-document-criminal-record = 无犯罪记录证明
prepare-document-medical-report = 体检证明
prepare-issuer = 由谁出具
prepare-issuer-passport = 由您本人准备：护照信息页（有照片和个人信息的一页）的清晰扫描件或照片。
prepare-issuer-photo = 照相馆或您本人：近期免冠彩色照片，白色背景。
prepare-issuer-job-contract = 您在中国的新用人单位。
prepare-issuer-degree = 颁发学位的大学，或授予您职业资格的机构。
prepare-issuer-work-experience = 您的原工作单位：须写明您的职位、任职时间和工作职责，加盖公章或签字，并注明可供核实的联系人。
prepare-issuer-criminal-record = 您国籍国或经常居住国的警察机关或法院。
prepare-issuer-medical-report = 境外医院，或中国境内的国际旅行卫生保健中心；该中心也负责核验境外出具的体检报告。
prepare-certify = 如何认证
prepare-certify-none = 无需办理附加证明书或领事认证。
# Variables:
#   $country (String) - the issuing country
#   $date (String) - the day the Apostille Convention took effect between China and that country
prepare-certify-apostille = 请向{ $country }主管机关申请办理附加证明书（海牙认证）。自{ $date }起，《取消外国公文书认证要求的公约》在{ $country }与中国之间适用。
# Variables:
#   $country (String) - the issuing country
prepare-certify-legalisation = 《取消外国公文书认证要求的公约》不适用于{ $country }与中国之间：请先由{ $country }有关机关认证，再由中国驻该国使馆或领馆办理领事认证。
# Variables:
#   $country (String) - the issuing country
prepare-certify-ask = 来自{ $country }的文书适用何种规定尚未明确。办理认证前，请咨询您的用人单位或当地外国人工作许可受理部门。
# Variables:
#   $country (String) - the issuing country
prepare-notarise-first = 学位证书属于私文书：请先在{ $country }办理公证。
prepare-alternative-cscse-verification = 您也可以改为向中国留学服务中心（CSCSE）申请学位认证；审批机关认可其认证结果。
prepare-alternative-pledge = 申请A类的，可签署无犯罪记录承诺书，代替本证明。
# Variables:
#   $source (String) - where the table comes from
#   $date (String) - the date of the table
prepare-source = 来源：{ $source }，截至{ $date }。
prepare-certify-uncertain = 这一规则来自非官方资料或尚未明确。在付费办理认证之前，请先向用人单位确认。
prepare-translation = 翻译
prepare-translation-not-needed = 无需翻译。
prepare-translation-sealed-by-employer = 如非中文，须附加盖用人单位公章的中文译文。
prepare-translation-chinese-version = 须有中文版本，写明工作地点、工作内容、薪酬、期限和职位。
prepare-validity = 有效期
prepare-validity-none = 就本次申请而言，该材料不设有效期。
# Variables:
#   $months (Number) - months of validity
prepare-validity-months = 自签发之日起{ $months }个月内有效，而非自认证之日起计算。
# Variables:
#   $date (String) - the earliest useful issue date
prepare-earliest = 请在{ $date }当天或之后办理。早于该日期签发的，将在计划提交日期后不足30天即失效。
prepare-issued = 该材料是何时签发的？
prepare-issued-hint = 如尚未取得，请留空。例如：15 9 2026
prepare-issued-invalid = 请输入真实存在的签发日期，例如15 9 2026
prepare-issued-future = 签发日期须为今天或之前
# Variables:
#   $date (String) - its last valid day
prepare-valid-until = 有效期至{ $date }。
prepare-ready-legend = 状态
prepare-ready = 此材料已准备好
prepare-save = 保存并返回材料清单
prepare-files = 文件
prepare-files-hint = 支持JPEG、PNG或PDF格式，每个文件不超过1 MB。文件类型根据文件本身的内容判断，而不是根据文件名。文件不会上传：在您下载材料包之前，文件仅保留在此标签页中。
prepare-photo-hint = JPEG格式照片，宽高比3:4，尺寸在354 × 472至420 × 560像素之间，文件大小在40 KB至120 KB之间，白色背景。用手机拍摄的照片即可：会在此处检查，并可自动修正。
prepare-add-files = 添加文件
# Variables:
#   $name (String) - the file's name
#   $reason (String) - why it was refused
prepare-file-refused = { $name }：{ $reason }
# Variables:
#   $name (String) - the file's name
prepare-file-unreadable = { $name }：浏览器无法读取此文件。请重新选择。
prepare-no-files = 尚未添加任何文件。
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, such as 120 KB
prepare-file = { $name }，{ $size }
prepare-remove = 移除
prepare-package = 稍后继续
prepare-package-hint = 下载材料包，其中包含您的回答、每份材料的办理进度以及您添加的文件。以后可在此处打开材料包继续办理，也可以将其交给用人单位人事部门。本浏览器不会保留任何内容。
prepare-download-package = 下载材料包
prepare-print-checklist = 打印材料清单
prepare-have-package = 我已有材料包
prepare-open-package = 打开材料包
prepare-open-package-hint = 即您从本服务下载的.zip文件。
prepare-package-not-ours = 此文件不是本服务生成的材料包，或已损坏。请选择您下载的.zip文件。
prepare-package-changed = 此材料包中的某个文件在材料包生成后已被更改。请选择您下载时的原始材料包。
prepare-package-too-large = 材料包过大。请移除部分文件后重试。
prepare-checklist-for = 材料清单（供用人单位人事部门使用）
prepare-column-document = 材料
prepare-column-status = 状态
prepare-column-dates = 签发日期及有效期至

## 证件照：检查与自动修正
prepare-photo-choose = 选择您的照片
prepare-photo-passes = 您的照片符合全部要求，已添加到此材料中。
prepare-photo-problems = 您的照片不符合以下要求：
prepare-photo-not-jpeg = 这是PNG文件；上传只接受JPEG格式。
prepare-photo-too-few-pixels = 照片为{ $width } × { $height }像素；至少需要{ $min-width } × { $min-height }像素。自动修正无法增加细节：请重新拍摄。
prepare-photo-too-many-pixels = 照片为{ $width } × { $height }像素；最多接受{ $max-width } × { $max-height }像素。
prepare-photo-wrong-ratio = 照片的宽高比不是上传要求的3:4。
prepare-photo-too-many-bytes = 照片大小为{ $size }；最多接受{ $limit }。
prepare-photo-too-few-bytes = 照片大小为{ $size }；至少需要{ $limit }。
prepare-photo-background = 背景看起来不是白色。自动修正无法更改背景：如有可能，请在纯白色墙面前重新拍摄。
prepare-photo-fix-heading = 自动修正
prepare-photo-fix-explain = 下方照片已裁剪为3:4，缩放并保存为大小合适的JPEG文件。如果您的脸不在框内，请移动取景框。请检查结果，然后使用。
prepare-photo-before = 修正前：
prepare-photo-after = 修正后：
prepare-photo-before-alt = 您的照片，框内为保留的部分
prepare-photo-after-alt = 修正后的照片
prepare-photo-across = 向左或向右移动取景框
prepare-photo-down = 向上或向下移动取景框
prepare-photo-fixing = 正在修正照片…
prepare-photo-result = { $width } × { $height }像素，{ $size }
prepare-photo-fix-failed = 此浏览器无法修正照片。请换一个浏览器，或使用图片编辑软件修正。
prepare-photo-fix-out-of-range = 修正后的照片无法达到{ $smallest }至{ $largest }之间：照片细节太少。请在光线充足处拍摄一张更清晰的照片。
prepare-photo-use = 使用修正后的照片
prepare-photo-download = 下载修正后的照片
prepare-photo-used = 修正后的照片已添加到此材料中。

## 将纸质文件的照片合并为一个PDF
prepare-file-oversize = 超过{ $limit }：请将图片合并为一个PDF以缩小文件。
prepare-combine-hint = 纸质文件各页的照片可以合并为一个不超过{ $limit }的PDF，每张照片一页，按添加顺序排列。
prepare-combine = 将图片合并为一个PDF
prepare-combining = 正在生成PDF…
prepare-combined = 图片已合并为一个共{ $pages }页的PDF。
prepare-combine-too-large = 即使降低分辨率，这些页面也无法控制在{ $limit }以内。请删除部分图片，分成两个PDF。
prepare-combine-unreadable = { $name }：浏览器无法读取此图片。请删除后重新添加。
