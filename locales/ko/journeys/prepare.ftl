## Preparing the work-permit documents: a few questions, a category estimate and a personal checklist. Public, no account.

prepare-title = 취업허가증 신청 서류 준비
prepare-lead = 중국 취업허가증에 필요한 서류, 각 서류의 인증 및 번역 방법, 준비 시기를 알아보세요.
prepare-does-heading = 이 도구로 할 수 있는 일
prepare-does = 몇 가지 답변으로 나만의 체크리스트를 만들고, 취업허가증 분류를 추정하며, 서류의 유효기간이 신청일에 너무 가깝게 끝나면 알려 줍니다.
prepare-does-not = 이 도구는 아무것도 제출하지 않습니다. 신청은 고용주 또는 고용주의 대행 기관이 온라인으로 합니다. 서류는 본인이 준비합니다.
prepare-need-heading = 준비할 것
prepare-need = 여권, 최종 학위 증명서, 고용주의 신청 예정일. 약 5분이 걸립니다.
prepare-privacy = 답변은 이 브라우저 탭에만 남습니다. 서버로 전송되거나 이 기기에 저장되지 않으므로 탭을 닫으면 사라집니다.
prepare-start = 시작하기
prepare-step = 서류 준비
prepare-continue = 계속
prepare-lost = 이 탭에 답변이 더 이상 없습니다. 답변은 탭이 열려 있는 동안에만 유지됩니다.
prepare-start-again = 처음부터 다시

prepare-nationality-title = 국적이 어디입니까?
prepare-nationality-hint = 여권에 적힌 국적을 선택하세요. 범죄경력 증명서는 보통 이 나라에서 발급받습니다.
prepare-country = 국가
prepare-choose-country = 국가 선택
prepare-nationality-missing = 국적을 선택하세요

prepare-degree-title = 최종 학위
prepare-education = 최종 학위는 무엇입니까?
prepare-education-doctorate = 박사 학위
prepare-education-master = 석사 학위
prepare-education-bachelor = 학사 학위
prepare-education-none = 학사 이상 학위 없음
prepare-education-missing = 최종 학위를 선택하세요
prepare-degree-country = 학위를 받은 국가
prepare-degree-country-hint = 대학이 있는 국가. 학위가 없으면 직업 자격증을 발급한 국가.
prepare-degree-country-missing = 학위 또는 자격증을 받은 국가를 선택하세요

prepare-application-title = 신청 정보
prepare-application = 이미 중국 취업허가증을 가지고 있습니까?
prepare-application-new = 아니요, 중국에서 처음 받는 취업허가증입니다
prepare-application-renewal = 예, 같은 직장에서 연장합니다
prepare-application-change-of-employer = 예, 고용주를 변경합니다
prepare-application-missing = 이미 중국 취업허가증을 가지고 있는지 선택하세요
prepare-submission = 고용주는 언제 신청서를 제출합니까?
prepare-submission-hint = 대략적인 날짜도 괜찮습니다. 예: 15 3 2027
prepare-submission-missing = 고용주의 신청 예정일을 입력하세요
prepare-submission-invalid = 실제 날짜를 입력하세요. 예: 15 3 2027
prepare-submission-past = 신청일은 오늘 또는 그 이후여야 합니다

prepare-points-title = 직무와 본인 정보
prepare-points-hint = 답변을 바탕으로 공식 점수표에 따른 취업허가증 분류를 추정합니다.
prepare-salary = 중국에서 받는 연봉(위안)
prepare-salary-hint = 세전 금액. 예: 360000
prepare-salary-missing = 연봉을 입력하세요
prepare-salary-invalid = 연봉을 위안 단위의 숫자로 입력하세요. 예: 360000
prepare-experience = 관련 경력 연수
prepare-experience-invalid = 경력 연수를 정수로 입력하세요. 예: 3
prepare-months = 1년 중 중국에서 일할 개월 수
prepare-months-invalid = 개월 수를 0부터 12까지의 정수로 입력하세요
prepare-age = 나이(세)
prepare-age-invalid = 나이를 16부터 99까지의 정수로 입력하세요. 예: 34
prepare-chinese = 중국어 수준
prepare-chinese-chinese-taught-degree-or-hsk5 = 중국어로 강의하는 과정의 학위, 또는 HSK 5급이나 6급
prepare-chinese-hsk4 = HSK 4급
prepare-chinese-hsk3 = HSK 3급
prepare-chinese-hsk2 = HSK 2급
prepare-chinese-hsk1 = HSK 1급
prepare-chinese-none = 인증된 수준 없음
prepare-chinese-missing = 중국어 수준을 선택하세요
prepare-bonus = 다음 중 해당하는 것이 있습니까?
prepare-bonus-hint = 해당하는 항목을 모두 선택하세요.
prepare-bonus-location = 근무지가 서부 지역, 동북 노후 공업기지 또는 빈곤 구제 대상 현에 있습니다
prepare-bonus-distinction = 상위권 대학을 졸업했거나, 포춘 500대 기업에서 일하거나, 지식재산권을 보유하고 있거나, 중국에서 5년 이상 일했습니다

prepare-estimate-title = 예상 분류
# Variables:
#   $total (Number) - points scored
#   $max (Number) - the most points possible
prepare-estimate-points = { $max }점 중 { $total }점
prepare-estimate-a = 85점 이상: A류, 고급 인재.
prepare-estimate-b = 60~84점: B류, 전문 인재.
prepare-estimate-c = 60점 미만: C류, 기타 외국 인력. 인원이 할당량으로 제한됩니다.
prepare-factors = 항목별 점수
prepare-factor = 항목
prepare-points = 점수
prepare-points-max = 배점
prepare-factor-salary = 연봉
prepare-factor-education = 학력
prepare-factor-work-experience = 경력
prepare-factor-months-in-china = 연간 중국 근무 개월 수
prepare-factor-chinese-level = 중국어
prepare-factor-work-location = 근무지
prepare-factor-age = 나이
prepare-factor-distinction = 대학, 고용주, 지식재산권 또는 중국 근무 연수
prepare-direct-heading = 분류를 받는 다른 경로
prepare-direct-a = 점수와 관계없이 인정된 고급 인재도 A류에 해당합니다. 예를 들어 주요 국제상 수상자나 국가 인재 프로그램에 선발된 사람입니다.
prepare-direct-b = 예를 들어 학사 이상의 학위와 2년 이상의 관련 경력이 있는 사람도 B류에 해당합니다.
prepare-authority-decides = 이 결과는 공개된 점수표에 따른 추정입니다. 분류는 담당 기관이 신청을 심사할 때 결정합니다.
prepare-category = 고용주는 어떤 분류로 신청합니까?
prepare-category-hint = 고용주가 이 추정에 포함되지 않은 경로를 알고 있을 수 있습니다. 체크리스트는 이 선택에 따라 달라집니다. A류는 범죄경력 증명서 대신 서약서에 서명할 수 있습니다.
prepare-category-missing = 고용주가 신청할 분류를 선택하세요
prepare-see-checklist = 체크리스트 보기

prepare-tasks-title = 서류 체크리스트
# Variables:
#   $done (Number) - documents completed
#   $total (Number) - documents in the checklist
prepare-tasks-progress = 서류 { $total }개 중 { $done }개를 완료했습니다.
prepare-tasks-lead = 서류를 선택하면 발급처, 인증 및 번역 방법, 유효기간을 볼 수 있습니다.
prepare-status-not-started = 시작 전
prepare-status-in-progress = 진행 중
prepare-status-completed = 완료
prepare-status-cannot-start-yet = 아직 시작할 수 없음
prepare-status-problem = 문제가 있음
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
prepare-expired = { $document }의 유효기간은 { $date }까지로, 신청 예정일 전에 끝납니다. 새로 발급받으세요.
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
#   $days (Number) - days between the filing date and the last valid day
prepare-expires-soon = { $document }의 유효기간은 { $date }까지로, 신청 예정일로부터 { $days }일 후에 끝납니다. 신청이 늦어지면 유효하지 않게 됩니다.
prepare-answers = 내 답변
prepare-change = 변경
prepare-filing-date = 신청일
prepare-category-short = 분류

prepare-document-passport = 여권 정보면
prepare-document-photo = 증명사진
prepare-document-job-contract = 근로계약서 또는 채용 증명서
prepare-document-degree = 학력·학위 증명서 또는 직업 자격증
prepare-document-work-experience = 경력 증명서
prepare-document-criminal-record = 범죄경력 증명서
prepare-document-medical-report = 신체검사 기록
prepare-issuer = 발급처
prepare-issuer-passport = 본인: 사진과 인적 사항이 있는 면을 선명하게 스캔하거나 촬영합니다.
prepare-issuer-photo = 사진관 또는 본인: 모자를 쓰지 않고 흰색 배경에서 최근에 찍은 컬러 사진.
prepare-issuer-job-contract = 중국의 새 고용주.
prepare-issuer-degree = 대학 또는 직업 자격을 수여한 기관.
prepare-issuer-work-experience = 이전 고용주: 직위, 근무 기간, 담당 업무, 직인 또는 서명, 내용을 확인해 줄 수 있는 연락처가 있어야 합니다.
prepare-issuer-criminal-record = 국적국 또는 평소 거주하는 국가의 경찰이나 법원.
prepare-issuer-medical-report = 해외 병원 또는 중국의 국제여행위생보건센터. 이 센터는 해외에서 받은 검진 결과도 확인합니다.
prepare-certify = 인증 방법
prepare-certify-none = 아포스티유나 영사 확인이 필요하지 않습니다.
# Variables:
#   $country (String) - the issuing country
#   $date (String) - the day the Apostille Convention took effect between China and that country
prepare-certify-apostille = { $country }의 관할 기관에서 아포스티유를 받으세요. 중국과 { $country } 사이에는 { $date }부터 아포스티유 협약이 적용됩니다.
# Variables:
#   $country (String) - the issuing country
prepare-certify-legalisation = 중국과 { $country } 사이에는 아포스티유 협약이 적용되지 않습니다. { $country } 당국의 인증을 받은 다음, 현지 중국 대사관이나 영사관에서 영사 확인을 받으세요.
# Variables:
#   $country (String) - the issuing country
prepare-certify-ask = { $country }에서 발급한 서류에 대한 규정이 확정되지 않았습니다. 인증을 받기 전에 고용주나 현지 취업허가 담당 기관에 문의하세요.
# Variables:
#   $country (String) - the issuing country
prepare-notarise-first = 학위증은 사문서이므로 먼저 { $country }에서 공증을 받으세요.
prepare-alternative-cscse-verification = 대신 CSCSE(중국유학서비스센터, 中国留学服务中心)에서 학위 인증을 받을 수도 있습니다. 담당 기관은 이 인증을 인정합니다.
prepare-alternative-pledge = A류는 이 증명서 대신 범죄경력이 없다는 서약서에 서명할 수 있습니다.
# Variables:
#   $source (String) - where the table comes from
#   $date (String) - the date of the table
prepare-source = 출처: { $source }, { $date } 기준.
prepare-certify-uncertain = 이 규정은 2차 자료에서 나왔거나 아직 확정되지 않았습니다. 인증 비용을 내기 전에 고용주에게 확인하세요.
prepare-translation = 번역
prepare-translation-not-needed = 번역이 필요하지 않습니다.
prepare-translation-sealed-by-employer = 중국어로 된 서류가 아니면 고용주의 직인이 찍힌 중국어 번역문이 필요합니다.
prepare-translation-chinese-version = 근무 장소, 업무 내용, 급여, 계약 기간, 직위를 명시한 중국어본이 있어야 합니다.
prepare-validity = 유효기간
prepare-validity-none = 이번 신청에서는 만료되지 않습니다.
# Variables:
#   $months (Number) - months of validity
prepare-validity-months = 인증일이 아니라 발급일로부터 { $months }개월간 유효합니다.
# Variables:
#   $date (String) - the earliest useful issue date
prepare-earliest = { $date } 또는 그 이후에 발급받으세요. 그보다 일찍 발급받으면 신청 예정일로부터 30일이 지나기 전에 만료됩니다.
prepare-issued = 언제 발급되었습니까?
prepare-issued-hint = 아직 없다면 비워 두세요. 예: 15 9 2026
prepare-issued-invalid = 실제 발급일을 입력하세요. 예: 15 9 2026
prepare-issued-future = 발급일은 오늘 또는 그 이전이어야 합니다
# Variables:
#   $date (String) - its last valid day
prepare-valid-until = { $date }까지 유효합니다.
prepare-ready-legend = 상태
prepare-ready = 이 서류는 준비되었습니다
prepare-save = 저장하고 체크리스트로 돌아가기
prepare-files = 파일
prepare-files-hint = JPEG, PNG 또는 PDF, 파일당 최대 1 MB. 파일 형식은 파일 이름이 아니라 파일 내용으로 판단합니다. 업로드되는 것은 없습니다. 파일은 패키지를 다운로드할 때까지 이 탭에 남아 있습니다.
prepare-photo-hint = 흰색 배경의 JPEG 사진으로, 가로 3 대 세로 4 비율, 354 × 472 ~ 420 × 560 픽셀, 40 KB ~ 120 KB여야 합니다. 휴대전화로 찍은 사진이면 무엇이든 괜찮습니다. 여기에서 확인하고 자동으로 수정할 수 있습니다.
prepare-add-files = 파일 추가
# Variables:
#   $name (String) - the file's name
#   $reason (String) - why it was refused
prepare-file-refused = { $name }: { $reason }
# Variables:
#   $name (String) - the file's name
prepare-file-unreadable = { $name }: 브라우저가 이 파일을 읽지 못했습니다. 다시 선택하세요.
prepare-no-files = 아직 추가한 파일이 없습니다.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, such as 120 KB
prepare-file = { $name }, { $size }
prepare-remove = 삭제
prepare-package = 나중에 계속하기
prepare-package-hint = 답변, 서류별 진행 상황, 파일이 담긴 패키지를 다운로드하세요. 나중에 여기에서 열어 이어서 하거나 고용주의 인사 담당자에게 전달할 수 있습니다. 이 브라우저에는 아무것도 보관되지 않습니다.
prepare-download-package = 패키지 다운로드
prepare-print-checklist = 체크리스트 인쇄
prepare-have-package = 패키지가 있습니다
prepare-open-package = 패키지 열기
prepare-open-package-hint = 이 서비스에서 다운로드한 .zip 파일.
prepare-package-not-ours = 이 서비스의 패키지 파일이 아니거나 파일이 손상되었습니다. 다운로드한 .zip 파일을 선택하세요.
prepare-package-changed = 이 패키지 안의 파일이 패키지를 만든 후에 변경되었습니다. 다운로드한 그대로의 패키지를 선택하세요.
prepare-package-too-large = 패키지가 너무 큽니다. 일부 파일을 삭제하고 다시 시도하세요.
prepare-checklist-for = 고용주 인사 담당자용 체크리스트
prepare-column-document = 서류
prepare-column-status = 상태
prepare-column-dates = 발급일 및 유효기간

## The ID photo: check and automatic fix
prepare-photo-choose = 사진 선택
prepare-photo-passes = 사진이 모든 조건을 충족합니다. 이 서류에 추가되었습니다.
prepare-photo-problems = 사진이 다음 조건을 충족하지 않습니다:
prepare-photo-not-jpeg = PNG 파일입니다. 업로드는 JPEG만 가능합니다.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $min-width (Number) - the smallest width accepted
#   $min-height (Number) - the smallest height accepted
prepare-photo-too-few-pixels = { $width } × { $height } 픽셀입니다. 최소 { $min-width } × { $min-height } 픽셀이 필요합니다. 자동 수정으로는 세부 묘사를 더할 수 없으니 사진을 새로 찍으세요.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $max-width (Number) - the largest width accepted
#   $max-height (Number) - the largest height accepted
prepare-photo-too-many-pixels = { $width } × { $height } 픽셀입니다. 최대 { $max-width } × { $max-height } 픽셀까지 허용됩니다.
prepare-photo-wrong-ratio = 업로드에 필요한 가로 3 대 세로 4 비율이 아닙니다.
# Variables:
#   $size (String) - the photo's size, such as "2048 KB"
#   $limit (String) - the largest size accepted
prepare-photo-too-many-bytes = 파일 크기가 { $size }입니다. 최대 { $limit }까지 허용됩니다.
# Variables:
#   $size (String) - the photo's size, such as "12 KB"
#   $limit (String) - the smallest size accepted
prepare-photo-too-few-bytes = 파일 크기가 { $size }입니다. { $limit } 이상이어야 합니다.
prepare-photo-background = 배경이 흰색으로 보이지 않습니다. 자동 수정으로는 배경을 바꿀 수 없으니, 가능하면 무늬 없는 흰 벽 앞에서 사진을 새로 찍으세요.
prepare-photo-fix-heading = 자동 수정
prepare-photo-fix-explain = 아래 사진을 3 대 4 비율로 자르고 크기를 조정해 알맞은 용량의 JPEG로 저장합니다. 얼굴이 틀 안에 없으면 틀을 옮기세요. 결과를 확인한 후 사용하세요.
prepare-photo-before = 수정 전:
prepare-photo-after = 수정 후:
prepare-photo-before-alt = 남길 부분을 틀로 표시한 원본 사진
prepare-photo-after-alt = 수정된 사진
prepare-photo-across = 틀을 왼쪽이나 오른쪽으로 이동
prepare-photo-down = 틀을 위나 아래로 이동
prepare-photo-fixing = 사진을 수정하는 중…
# Variables:
#   $width (Number) - the fixed photo's width in pixels
#   $height (Number) - the fixed photo's height in pixels
#   $size (String) - its size, such as "63 KB"
prepare-photo-result = { $width } × { $height } 픽셀, { $size }
prepare-photo-fix-failed = 이 브라우저에서 사진을 수정하지 못했습니다. 다른 브라우저를 사용하거나 사진 편집 프로그램으로 수정하세요.
# Variables:
#   $smallest (String) - the smallest size accepted
#   $largest (String) - the largest size accepted
prepare-photo-fix-out-of-range = 수정된 사진의 크기를 { $smallest } ~ { $largest } 범위로 맞출 수 없습니다. 사진의 세부 묘사가 너무 적습니다. 밝은 곳에서 더 선명한 사진을 찍으세요.
prepare-photo-use = 수정된 사진 사용
prepare-photo-download = 수정된 사진 다운로드
prepare-photo-used = 수정된 사진이 이 서류에 추가되었습니다.

## Joining photos of a paper document into one PDF
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-file-oversize = { $limit }보다 큽니다. 이미지들을 PDF 하나로 만들어 크기를 줄이세요.
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-hint = 종이 서류의 각 페이지를 찍은 사진을 { $limit } 이하의 PDF 하나로 만들 수 있습니다. 사진 한 장이 한 페이지가 되며, 추가한 순서대로 배열됩니다.
prepare-combine = 이미지로 PDF 하나 만들기
prepare-combining = PDF를 만드는 중…
# Variables:
#   $pages (Number) - pages in the new PDF
prepare-combined = 이미지를 { $pages }페이지짜리 PDF 하나로 만들었습니다.
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-too-large = 해상도를 낮춰도 페이지가 { $limit } 안에 들어가지 않습니다. 일부 이미지를 삭제하고 PDF를 두 개로 나누어 만드세요.
# Variables:
#   $name (String) - the image's file name
prepare-combine-unreadable = { $name }: 브라우저가 이 이미지를 읽지 못했습니다. 삭제한 후 다시 추가하세요.
