### The signed-in holder's card, QR code, work-permit details and payment records.

card-nav-label = 내 e-SSC
card-show-details = 전체 정보 표시
card-hide-details = 정보 숨기기

qr-title = 내 QR 코드
qr-use = 병원, 약국, 서비스 창구에서 본인 확인과 의료보험 정산에 사용하세요.
qr-image-label = 전자 사회보장카드 QR 코드
qr-loading = 새 QR 코드를 가져오는 중…
qr-expired = 이 QR 코드는 만료되었습니다. 새 코드를 받으려면 'QR 코드 새로고침'을 선택하세요.
# Variables:
#   $seconds (Number) - seconds until the code is replaced
qr-countdown = { $seconds }초 후 새 코드
qr-refreshed = 새 QR 코드가 표시되었습니다. 60초 동안 유효합니다.
qr-refresh-failed = 새 QR 코드를 가져오지 못했습니다.
qr-refresh = QR 코드 새로고침
qr-brightness = 팁: 창구의 스캐너가 코드를 읽을 수 있도록 화면 밝기를 높이세요.

work-permit-title = 내 취업허가증
permit-category = 분류
# Variables:
#   $days (Number) - days until the permit expires
permit-days-left = { $days }일 남음
# Variables:
#   $days (Number) - days since the permit expired
permit-expired-days-ago = { $days }일 전 만료
permit-source = 이 정보는 외국인 중국 취업 관리 서비스 시스템의 취업허가증 기록에서 가져온 것입니다. 잘못된 내용이 있으면 고용주에게 해당 시스템에서 수정해 달라고 요청하세요.
print-page = 이 페이지 인쇄
qr-copy-text = 코드를 텍스트로 복사
copy-number = 복사
copied = 복사됨
copy-failed = 복사하지 못했습니다. 이 브라우저가 복사를 허용하지 않았습니다.

payments-title = 내 사회보험 납부 기록
card-timeline-title = 내 타임라인
payments-lead = 고용주가 매달 본인을 위해 납부한 보험료와 급여에서 공제된 금액입니다.
payments-year = 연도
payments-insurance = 보험
payments-all-insurances = 모든 보험
payments-apply = 납부 기록 보기
payments-status = 상태
payments-total = 합계
payments-none = 이 연도의 납부 기록이 없습니다.
# Variables:
#   $year (Number) - the year shown
payments-caption = { $year }년 납부 기록(월별, 보험별)
payments-no-record = 해당 월 기록 없음
payments-arrears-heading = 체납 월:
payments-arrears-explained = 고용주가 이 기간의 보험료를 납부하지 않았습니다. 고용주의 인사 부서에 문의하거나 사회보험 상담전화 12333으로 전화하세요.
payments-missing-heading = 기록이 없는 월:
payments-missing-explained = 이 기간에는 신고된 내용이 없습니다. 그때 해당 고용주 밑에서 일하고 있었다면 고용주에게 이유를 문의하세요.
payments-export = 스프레드시트(CSV)로 다운로드
# Variables:
#   $year (Number) - the year shown
#   $total (String) - all contributions of the year, formatted money
#   $month (String) - the month with the most, e.g. March 2025
#   $highest (String) - that month's contributions, formatted money
#   $arrears (Number) - months in arrears
payments-chart-summary = { $arrears ->
    [0] { $year }년 총 납부액은 { $total }입니다. 가장 많이 납부한 달은 { $month }({ $highest })입니다. 체납된 달은 없습니다.
   *[other] { $year }년 총 납부액은 { $total }입니다. 가장 많이 납부한 달은 { $month }({ $highest })입니다. 체납된 달이 { $arrears }개월 있습니다.
}

card-title = 내 전자 사회보장카드
card-rendering-note = 참고용으로 그린 카드 그림이며, 공식 카드 디자인이 아닙니다.
card-holder = 이름
card-number = 카드 번호
card-status = 상태
card-status-active = 정상
card-status-sealed = 비활성
card-sealed-explained = 카드가 비활성 상태입니다. 본인 확인을 마치면 사회보장 기능이 활성화됩니다.
card-issued = 발급일
card-load-failed = 카드를 불러오지 못했습니다. 나중에 다시 시도하세요.
card-verify-now = 지금 본인 확인하기
