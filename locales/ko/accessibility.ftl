## Accessibility statement.

accessibility-title = 접근성 안내
accessibility-lead = 휴대전화, 컴퓨터, 행정서비스센터의 공용 화면 등 어디에서든 누구나 이 서비스를 이용할 수 있기를 바랍니다. 이 서비스는 웹 콘텐츠 접근성 지침(WCAG) 2.2의 AA 수준을 충족하도록 만들어졌습니다.
accessibility-can-heading = 이용할 수 있는 방법
accessibility-can-keyboard = 키보드만으로 서비스의 모든 부분 이용
accessibility-can-screen-reader = 화면 낭독기 사용: 페이지에는 제목이 있고, 입력란에는 레이블이 있으며, 오류 메시지는 해당 입력란과 연결되어 있습니다
accessibility-can-zoom = 내용 손실 없이 최대 400%까지 확대하거나 너비 320픽셀 화면에서 이용
accessibility-can-language = 오른쪽에서 왼쪽으로 쓰는 아랍어를 포함해, 보던 위치를 잃지 않고 언제든 언어 변경
accessibility-can-motion = 기기 설정에서 애니메이션을 끄면 서비스도 그 설정을 따름
accessibility-testing-heading = 이 서비스를 테스트하는 방법
accessibility-testing = 서비스가 변경될 때마다 모든 페이지를 모든 언어로 axe 접근성 엔진을 사용해 자동 검사합니다. 키보드만 사용하는 테스트도 합니다.
accessibility-limits-heading = 알려진 제한 사항
accessibility-limits-chinese = 중국어 공식 용어는 화면 낭독기가 발음할 수 있도록 중국어로 지정되어 있습니다. 일부 화면 낭독기는 중국어 음성이 설치된 경우에만 이를 읽습니다.
accessibility-limits-translations = 영어 이외의 번역은 기계의 도움을 받아 작성하고 검토했으며, 아직 원어민 공무원의 확인을 거치지 않았습니다. 문장이 명확하지 않으면 함께 표시된 중국어 공식 용어를 참고하거나 행정서비스센터 직원에게 문의하세요.
accessibility-report-heading = 문제 신고
accessibility-report = 이용에 문제가 있다면 행정서비스센터 직원에게 알리거나 사회보험 상담전화 12333으로 전화하세요.
accessibility-prepared = 이 안내문은 2026년 11월 27일에 작성되었습니다.
