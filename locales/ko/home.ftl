## Home page.

home-title = 이제 취업허가증이 전자 사회보장카드에 담깁니다
home-lead = 중국의 외국인 근로자에게 무엇이 바뀌었는지, 카드로 무엇을 할 수 있는지, 무엇이 필요한지를 선택한 언어로 중국어 공식 용어와 함께 안내합니다.

home-changed-heading = 2024년 12월 1일부터 바뀐 점
home-changed-permit = 중국의 외국인 근로자는 더 이상 실물 취업허가증 카드를 받지 않습니다. 인력자원사회보장부가 취업허가증을 전자 사회보장카드(e-SSC)로 옮겼습니다.
home-changed-register = e-SSC는 여권에 적힌 그대로의 전체 이름과 취업허가증 번호 또는 사회보장번호로 등록합니다. 그다음 얼굴 인증을 통과해 실제 본인임을 확인합니다.
home-changed-existing = 유효한 실물 취업허가증을 이미 가지고 있다면 다음 연장 또는 변경 때까지 계속 사용합니다.
home-terms-heading = 자주 보게 될 용어

home-card-heading = e-SSC로 할 수 있는 일
home-card-intro = e-SSC는 휴대전화 속의 사회보장카드입니다. e-SSC로 다음을 할 수 있습니다.
home-card-identity = 공공 서비스를 이용할 때 본인임을 증명
home-card-medical = 병원과 약국에서 QR 코드를 보여 주고 의료비 정산
home-card-permit = 취업허가증 정보(근무처, 직위, 근무지 주소) 조회 및 다운로드
home-card-payments = 사회보험 납부 기록을 월별로 확인
home-card-verify = 공무원과 고용주가 QR 코드를 스캔해 취업허가증의 진위를 확인하도록 제시

home-insurance-heading = 5대 사회보험
home-insurance-intro = 고용주가 사회보험 가입을 신고하고 매달 보험료를 납부합니다. 대부분의 보험료는 본인과 고용주가 나누어 부담합니다.
home-insurance-column-name = 보험
home-insurance-column-payer = 부담자
home-insurance-shared = 본인과 고용주
home-insurance-employer = 고용주만
home-insurance-maternity = 고용주만 부담. 현재 대부분의 도시에서는 의료보험에 통합되었습니다.
home-insurance-agreement = 본국이 중국과 사회보장협정을 맺었다면 본국에서 발급한 가입증명서로 일부 보험의 가입을 면제받을 수 있습니다.

home-documents-heading = 취업허가증 신청 서류
home-documents-intro = 취업허가증은 고용주가 온라인으로 신청합니다. 고용주에게 다음 서류를 제출하세요.
home-doc-past-employment = 이전 고용주가 발급: 직위, 근무 기간, 직인 또는 서명, 내용을 확인해 줄 수 있는 연락처가 있어야 합니다.
home-doc-qualification = 최종 학위 또는 직업 자격증. 외국 학위는 인증을 받아야 합니다.
home-doc-criminal-record = 보통 영사 확인 또는 아포스티유를 받고 번역문을 첨부합니다.
home-doc-physical = 입국 후 국제여행위생보건센터에서 발급받습니다. 유효기간은 6개월입니다.
home-doc-contract = 중국어로 작성하며 근무 장소, 업무 내용, 급여, 계약 기간, 직위를 명시해야 합니다.
home-doc-passport = 사진과 인적 사항이 있는 면.
home-doc-photo = 최근에 흰색 배경으로 촬영한 사진.
home-documents-translation = 중국어가 아닌 서류에는 고용주의 직인이 찍힌 중국어 번역문이 필요합니다.
home-documents-after = 취업허가증이 승인되면 외국인 취업허가 통지서를 받습니다. 통지서에는 e-SSC 등록에 필요한 취업허가증 번호가 적혀 있습니다.
home-prepare-link = 취업허가증 신청 서류 준비하기
home-life-link = 새 여권, 새 고용주, 곧 만료되는 취업허가증: 해야 할 일과 기한
home-status-link = 신청 번호와 생년월일로 취업허가증 신청 진행 상황 확인하기
