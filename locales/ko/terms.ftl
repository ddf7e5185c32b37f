## Our names for official terms; the Chinese original is shown beside them outside Chinese.

term-mohrss = 인력자원사회보장부
term-service-system = 외국인 중국 취업 관리 서비스 시스템
term-work-permit = 외국인 취업허가증
term-work-permit-number = 취업허가증 번호
term-notification-letter = 외국인 취업허가 통지서
term-social-security-card = 사회보장카드
term-essc = 전자 사회보장카드(e-SSC)
term-social-security-number = 사회보장번호
term-real-person-verification = 실제 본인 인증(얼굴 인식)
term-pension = 기본 양로(연금)보험
term-medical = 기본 의료보험
term-work-injury = 산재보험
term-unemployment = 실업보험
term-maternity = 출산보험
term-payment-record = 납부 기록
term-medical-settlement = 의료보험 정산
term-qr-code = QR 코드
term-past-employment = 경력 증명서
term-qualification = 학력·학위 증명서 또는 직업 자격증
term-criminal-record = 범죄경력 증명서
term-physical-examination = 신체검사 기록
term-employment-contract = 근로계약서 또는 채용 증명서
term-passport-page = 여권 정보면
term-id-photo = 증명사진
term-service-hall = 행정서비스센터
term-category-a = A류(고급 인재)
term-category-b = B류(전문 인재)
term-category-c = C류(기타 외국 인력)
term-card-number = 카드 번호
term-nationality = 국적
term-employer = 고용주
term-workplace = 근무처
term-position = 직위
term-work-address = 근무지 주소
term-validity = 유효기간
term-contribution-base = 보험료 산정 기준액
term-employer-contribution = 고용주 부담분
term-employee-contribution = 개인 부담분
term-contribution-period = 보험료 귀속 기간(월)
term-paid = 납부 완료
term-arrears = 체납
term-pending = 납부 대기

## Where a holder finds each number (hints on the sign-in and registration choices).
term-work-permit-number-where = 숫자 18자리. 외국인 취업허가 통지서 또는 취업허가증 카드에 있습니다.
term-social-security-number-where = 문자 18자. 중국에서 발급된 사회보장카드에 있습니다. 카드가 있는 경우에만 선택하세요.
