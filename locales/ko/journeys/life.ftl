## Life events after the work permit: a new passport, a permit about to expire, a new employer, leaving China. Public, no account; each deadline can go into the person's calendar.

life-title = 변동 사항이 생겼을 때
life-lead = 새 여권, 새 고용주, 곧 만료되는 취업허가증에는 각각 처리 기한이 있습니다. 무엇을 언제까지 해야 하는지 확인하고 날짜를 캘린더에 추가하세요.
life-new-passport-link = 새 여권을 발급받았습니다
life-expiry-link = 취업허가증이 곧 만료됩니다
life-employer-link = 고용주를 변경합니다
life-leaving-link = 중국을 떠납니다
life-privacy = 입력한 날짜는 이 브라우저 탭에만 남습니다. 아무것도 전송되거나 저장되지 않습니다.
life-back = 다른 변동 사항

## Shared: one deadline and the calendar
# Variables:
#   $date (String) - the deadline, as a full date
life-due = 기한: { $date }까지
# Variables:
#   $days (Number) - days from today to the deadline
life-days-left = { $days ->
    [0] 오늘이 기한입니다.
   *[other] { $days }일 남았습니다.
}
# Variables:
#   $days (Number) - days since the deadline passed
life-days-passed = 기한이 { $days }일 지났습니다.
life-soon = 지금 처리하세요. 남은 기간이 10일 이하입니다.
life-passed = 기한이 지났습니다. 오늘 고용주나 담당 기관에 연락해 사정을 설명하세요. 늦게 처리하면 벌금이 부과될 수 있습니다.
life-uncertain = 이 수치는 출처마다 다릅니다. 고용주나 현지 담당 기관에 확인하세요.
# Variables:
#   $source (String) - where the figure comes from
life-source = 출처: { $source }
life-calendar = 내 캘린더에 추가
life-calendar-hint = 7일 전 알림이 포함된 캘린더 파일(.ics)을 다운로드합니다. 아무 데도 전송되지 않습니다.
life-print = 이 날짜 인쇄
life-show = 날짜 보기
life-dates-heading = 내 날짜
life-date-missing = 날짜를 입력하세요
life-date-invalid = 실제 날짜를 입력하세요. 예: 27 3 2026
# Variables:
#   $date (String) - a date, as a full date
life-counted-weekdays = 근무일 기준으로 계산했습니다. { $date } 이후의 날은 그해 공휴일 일정이 아직 발표되지 않아 월요일부터 금요일까지만 근무일로 계산합니다.
life-holidays-source = 근무일은 국무원이 발표한 2025년과 2026년 공휴일 일정을 따릅니다.

## I have a new passport
life-new-passport-title = 새 여권을 발급받았습니다
life-new-passport-lead = 취업허가증과 거류허가에는 여권 번호가 기재되어 있으므로 둘 다 변경해야 합니다.
life-passport-issued = 새 여권은 언제 발급되었습니까?
life-passport-issued-hint = 새 여권에 적힌 발급일. 예: 27 3 2026
life-passport-change = 취업허가증 변경 신청
life-passport-change-how = 고용주가 외국인 중국 취업 관리 서비스 시스템에서 변경을 신청합니다. 출처에 따르면 기한은 새 여권 발급일로부터 10일이며, 한 도시는 근무일 10일로 계산합니다.
life-passport-residence = 같은 10일 안에 출입국관리국에서 거류허가를 변경하세요.
life-passport-bring = 관청에서 보통 요구하는 서류: 새 여권과 이전 여권, 거류허가, 최근 사진. 도시마다 다르므로 고용주에게 확인하세요.
life-passport-source = 현지 출입국 및 취업허가 담당 기관의 안내(근무일 계산 방식에 차이가 있음)

## My work permit expires soon
life-expiry-title = 취업허가증이 곧 만료됩니다
life-expiry-lead = 고용주는 취업허가증 만료 90일 전부터 30일 전까지 연장을 신청할 수 있습니다. 남은 기간이 30일 미만이면 시스템에서 연장 신청을 받지 않습니다.
life-expiry-date = 취업허가증은 언제 만료됩니까?
life-expiry-date-hint = 취업허가증에 적힌 유효기간. 예: 30 6 2027
life-expiry-opens = 연장 신청 기간 시작
life-expiry-closes = 연장 신청 기간 종료
life-expiry-ends = 취업허가증 만료
life-expiry-not-yet = 아직 연장 신청 기간이 아닙니다. 기간이 시작되면 고용주에게 알려 주세요.
life-expiry-open = 연장 신청 기간입니다. 지금 신청해 달라고 고용주에게 요청하세요.
life-expiry-closed = 연장 신청 기간이 끝났습니다. 즉시 고용주에게 새로 신청하는 방법을 문의하세요. 유효한 취업허가증이 없으면 일할 수 없습니다.
life-expiry-source = 톈진시 과학기술국의 연장 안내

## Changing employer and leaving China
life-last-day = 마지막 근무일은 언제입니까?
life-last-day-hint = 예: 31 1 2027
life-cancel = 고용주의 취업허가증 취소
life-cancel-who = 현재 고용주가 마지막 근무일로부터 근무일 10일 이내에(한 출처는 15일) 외국인 중국 취업 관리 서비스 시스템에서 취업허가증을 취소합니다.
life-employer-title = 고용주를 변경합니다
life-employer-lead = 취업허가증은 한 고용주에게 묶여 있습니다. 새 고용주가 새 취업허가증을 신청하고, 현재 고용주는 기존 취업허가증을 취소합니다.
life-employer-new = 새 고용주가 새 취업허가증을 신청합니다. 서류를 다시 준비하세요. 체크리스트가 도움이 됩니다.
life-employer-card = 사회보장번호는 평생 바뀌지 않습니다. 납부 기록은 이 번호로 유지되며, 새 고용주의 보험료 납부가 그대로 이어집니다.
life-leaving-title = 중국을 떠납니다
life-leaving-lead = 떠나기 전에 고용주가 취업허가증을 취소했는지 확인하고, 사회보험을 어떻게 할지 결정하세요.
life-leaving-residence = 취업용 거류허가는 일자리와 함께 끝납니다. 얼마나 더 머물 수 있는지 출입국관리국에 문의하세요.
life-leaving-insurance = 양로보험(연금) 수급 자격을 얻기 전에 중국을 떠난다면, 나중에 돌아올 때를 위해 사회보험 계좌를 유지하거나, 계좌를 해지하고 개인 양로보험 계좌의 잔액을 받도록 신청할 수 있습니다.
life-leaving-insurance-source = 「중국 내 취업 외국인의 사회보험 가입에 관한 잠정 시행 방법」(2011) 제7조
life-prepare-link = 취업허가증 신청 서류 준비하기
life-status-link = 내 신청은 어디까지 진행되었나요? 진행 상황 확인하기

## The public check of an application's progress (no account)
status-title = 신청 진행 상황 확인
status-lead = 취업허가증은 고용주가 신청합니다. 신청 번호와 생년월일을 입력하면 신청이 어느 단계에 있는지 볼 수 있습니다. 계정이 없어도 됩니다.
status-number = 신청 번호
status-number-hint = 신청서를 제출했을 때 고용주가 받은 접수증에 있습니다. 영문자와 숫자로 되어 있으며, 공백은 상관없습니다.
status-number-missing = 신청 번호를 입력하세요
status-birth = 생년월일
status-birth-hint = 여권에 적힌 대로. 예: 14 2 1991
status-birth-missing = 생년월일을 입력하세요
status-submit = 진행 상황 확인
status-result-heading = 신청 진행 단계
# Variables:
#   $date (String) - the day the stage was reached, as a full date
status-since = { $date }부터
# Variables:
#   $date (String) - the latest day for a decision, as a full date
status-decision-due = { $date }까지 결정이 내려져야 합니다. 90일을 초과하는 취업허가증은 접수일로부터 근무일 20일 이내에 결정됩니다(특별한 경우 근무일 10일 추가).
status-decision-weekdays = 발표된 공휴일 일정 이후의 날은 월요일부터 금요일까지만 근무일로 계산합니다.
status-privacy = 여기에는 단계와 그 날짜만 표시됩니다. 자세한 내용은 외국인 중국 취업 관리 서비스 시스템의 고용주 계정에 있습니다. 입력한 내용은 저장되지 않습니다.

## An application's stages
stage-submitted = 고용주 제출
stage-pre-review = 사전 심사
stage-accepted = 접수
stage-under-review = 심사 중
stage-more-documents = 추가 서류 요청
stage-approved = 승인
stage-refused = 불허
stage-submitted-meaning = 고용주가 온라인으로 신청서를 제출했습니다. 담당 기관은 접수하기 전에 서류가 모두 갖추어졌는지 확인합니다.
stage-pre-review-meaning = 담당 기관이 신청서가 완전한지 확인하고 있습니다. 그다음 접수되거나, 고용주에게 추가 서류가 요청됩니다.
stage-accepted-meaning = 신청서가 완전하여 접수되었습니다. 이제 담당 기관이 결정합니다.
stage-under-review-meaning = 담당 기관이 결정하고 있습니다. 90일을 초과하는 취업허가증은 접수일로부터 근무일 20일 이내, 그보다 짧은 취업허가증은 근무일 5일 이내에 결정됩니다.
stage-more-documents-meaning = 담당 기관이 고용주에게 추가 서류를 요청했습니다. 어떤 서류인지 고용주에게 물어보고 되도록 빨리 보내세요. 서류가 도착할 때까지 신청은 대기 상태가 됩니다.
stage-approved-meaning = 취업허가증이 승인되고 취업허가 통지서가 발급되었습니다. 다음 단계는 Z 비자 발급, 그리고 중국 입국입니다. 입국하면 여러 기한이 시작됩니다.
stage-refused-meaning = 신청이 불허되었습니다. 사유는 고용주 계정에서 볼 수 있습니다. 사유가 해결되면 고용주가 다시 신청할 수 있습니다.
step-done = 완료:
step-current = 현재:
step-to-come = 예정:

## Your timeline (signed in)
timeline-lead = 신청부터 다음 기한까지 모든 것을 한곳에서 확인하세요. 남은 일수는 중국 기준 오늘 날짜부터 계산합니다.
# Variables:
#   $date (String) - today in China, as a full date
timeline-today = 오늘(중국 기준): { $date }
timeline-application-heading = 내 신청
timeline-application-number = 신청 번호:
timeline-no-application = 취업허가증에 대한 신청 기록이 없습니다.
timeline-earlier = 이전 신청
timeline-asked-for = 담당 기관이 요청한 서류:
timeline-after-heading = 승인 후
timeline-entry = Z 비자로 중국 입국
timeline-residence = 거류허가(취업용)
timeline-on-site = 원본 서류 현장 확인
timeline-watch-heading = 주의할 날짜
timeline-letter-expires = 취업허가 통지서 만료
timeline-residence-due = 거류허가 신청
timeline-on-site-due = 현장 확인을 위해 원본 서류 지참
timeline-medical-expires = 신체검사 기록 만료(현장 확인에는 발급 후 6개월이 지나지 않은 기록이 필요합니다)
refusal-document-expired = 사유: 신청 당시 유효기간이 지난 서류가 있었습니다(범죄경력 증명서와 신체검사 기록은 발급일로부터 6개월간 유효합니다).
refusal-not-authenticated = 사유: 외국 서류에 아포스티유나 영사 확인이 없었습니다.
refusal-points-too-low = 사유: 점수가 신청한 분류의 기준에 미치지 못했습니다.
