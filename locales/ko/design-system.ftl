## Design system: a working example of every component.

design-system-title = 디자인 시스템
design-system-lead = 이 서비스에서 사용하는 구성 요소의 작동 예시를 선택한 언어로 보여 줍니다.
design-system-notice = 예시에서는 다음 카드의 용어를 사용합니다:
design-system-surname-label = 성
design-system-surname-hint = 여권에 인쇄된 대로 라틴 문자로 입력하세요.
design-system-surname-missing = 성을 입력하세요
design-system-identifier-legend = 어떤 번호를 사용하시겠습니까?
design-system-identifier-ssn-hint = 이미 있는 경우에만 선택하세요.
design-system-identifier-missing = 사용할 번호를 선택하세요
design-system-documents-legend = 어떤 서류를 가지고 있습니까?
design-system-documents-hint = 해당하는 항목을 모두 선택하세요.
design-system-documents-missing = 서류를 하나 이상 선택하세요
design-system-birth-legend = 생년월일
design-system-birth-hint = 예: 12 8 1974
design-system-birth-missing = 생년월일을 일, 월, 년으로 입력하세요
design-system-submit = 예시 확인
design-system-reset = 처음부터 다시
design-system-panel-title = 예시 완료
design-system-panel-body = 모든 예시 질문에 답했습니다.
design-system-summary-heading = 예시 답변
