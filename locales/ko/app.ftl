## The frame around every page, and words shared by components.

service-name = 외국인 근로자를 위한 전자 사회보장카드
# The service name on a narrow screen's header, where the full name would take several lines.
service-name-short = e-SSC
skip-to-content = 본문으로 건너뛰기
kiosk-badge = 공용 기기
language-switcher-label = 언어
# Variables:
#   $language (String) - the language's name in that language
language-load-failed = { $language } 언어를 불러오지 못했습니다. 연결 상태를 확인하고 다시 선택하세요.
backend-unreachable = 오프라인 상태이거나 서비스에 연결할 수 없습니다. 이 페이지를 읽고 계산기와 서류 체크리스트를 사용하는 것은 계속 가능합니다. 로그인, 카드 보기, 서비스로 보내는 모든 작업에는 인터넷 연결이 필요합니다.
update-ready = 이 서비스의 새 버전이 준비되었습니다.
update-reload = 새로고침하여 사용
footer-nav-label = 지원 링크
footer-hotlines = 사회보험 상담전화: 12333. 출입국 서비스 상담전화: 12367.
footer-disclaimer = 서류나 직원과 대조할 수 있도록 중국어 공식 용어를 함께 표시합니다.

title-error-prefix = 오류:
error-prefix = 오류:
error-summary-title = 문제가 있습니다
back-link = 뒤로
change-link = 변경
date-day = 일
date-month = 월
date-year = 년

not-found-title = 페이지를 찾을 수 없습니다
not-found-typed = 웹 주소를 직접 입력했다면 올바른지 확인하세요.
not-found-pasted = 웹 주소를 붙여 넣었다면 주소 전체를 복사했는지 확인하세요.
not-found-home = 홈페이지로 이동

page-loading = 페이지를 불러오는 중…
page-load-failed = 이 페이지를 불러오지 못했습니다.
page-load-failed-advice = 연결 상태를 확인한 후 다시 시도하세요. 입력한 내용은 사라지지 않습니다.
page-load-retry = 다시 시도
