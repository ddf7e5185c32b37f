## The registration journey: one question per page, then check your answers.

register-start-title = 전자 사회보장카드 등록
register-start-lead = 취업허가증 정보가 담긴 e-SSC를 등록합니다. 약 10분이 걸립니다.
register-start-need-heading = 준비할 것
register-start-need-passport = 여권
register-start-need-number = 외국인 취업허가 통지서에 있는 취업허가증 번호 또는 사회보장번호
register-start-need-phone = 중국 휴대전화 번호(있는 경우, 선택 사항)
register-start-need-camera = 얼굴 인증에 사용할 카메라가 있는 기기
register-start-letter-heading = 취업허가증 번호를 찾는 곳
register-start-letter-alt = 외국인 취업허가 통지서를 나타낸 그림. 18자리 취업허가증 번호가 숫자 1로 표시되어 있습니다.
register-start-letter-caption = 1: 취업허가증 번호는 숫자 18자리입니다. 취업허가 통지서에는 다음 중국어 명칭 옆에 인쇄되어 있습니다:
register-start-physical-heading = 실물 카드를 이미 가지고 있다면
register-start-physical = 실물 사회보장카드를 이미 가지고 있어도 같은 번호로 여기에서 등록할 수 있습니다.
register-start-button = 시작하기
register-step = e-SSC 등록
register-continue = 계속

register-name-title = 여권에 적힌 이름은 무엇입니까?
register-name-hint = 여권에 인쇄된 라틴 문자를 같은 순서로 사용하세요. 성과 이름을 따로 입력하세요.
register-surname-label = 성
register-surname-missing = 여권에 적힌 대로 성을 입력하세요
register-given-label = 이름
register-given-hint = 모든 이름을 여권에 적힌 순서대로 입력하세요. 여권에 이름이 없으면 비워 두세요.
register-mrz-summary = 여권의 기계 판독 영역에서 이름 채우기(선택 사항)
register-mrz-label = 여권 사진면 아래쪽의 두 줄
register-mrz-hint = 각 줄은 영문자, 숫자, < 기호 44자로 되어 있습니다. 인쇄된 그대로 입력하거나 붙여 넣으세요. 이 내용은 이 페이지에서만 사용되며 전송되지 않습니다.
register-mrz-use = 이름 채우기
register-mrz-filled = 기계 판독 영역에서 이름을 채웠습니다. 여권과 대조해 확인하세요.
register-name-compared = 이 이름을 취업허가증 기록과 대조합니다:

register-identifier-title = 어떤 번호로 등록하시겠습니까?
register-identifier-kind-missing = 등록에 사용할 번호를 선택하세요
register-wp-label = 취업허가증 번호
register-wp-hint = 숫자 18자리. 외국인 취업허가 통지서에 있습니다.
register-ssn-label = 사회보장번호
register-ssn-hint = 문자 18자. 이미 있는 경우에만 선택하세요.
register-identifier-missing = 번호를 입력하세요

register-password-title = 비밀번호 만들기
register-password-label = 비밀번호
register-password-rules = 비밀번호 조건:
register-password-rule-length = 8~16자
register-password-rule-kinds = 영문자, 숫자, 기호 중 두 가지 이상 사용
register-password-rule-charset = 영문자, 숫자, 기호만 사용(공백 불가)
register-password-rule-met = 충족
register-password-rule-unmet = 아직 충족되지 않음

register-phone-title = 중국 휴대전화 번호가 있습니까?
register-phone-hint = 번호를 확인하기 위해 인증번호를 보내 드립니다. 비워 두고 번호 없이 계속할 수도 있습니다.
register-phone-label = 휴대전화 번호(선택 사항)
register-phone-normalised = 인증번호를 보낼 번호:

register-check-title = 등록하기 전에 답변을 확인하세요
register-check-name = 이름
register-check-number = 번호
register-check-password = 비밀번호
register-check-password-set = 설정됨(표시하지 않음)
register-check-phone = 휴대전화 번호
register-check-phone-none = 없음
register-declaration-heading = 등록하기
register-declaration = 등록하면 이 정보가 여권 및 취업허가 통지서에 적힌 내용과 같으며, 본인이 그 서류에 적힌 사람임을 확인하는 것입니다.
register-submit = 동의하고 등록
register-mismatch-help = 이름과 번호를 여권 및 취업허가 통지서와 대조해 확인한 후 다시 시도하세요.

register-code-title = 휴대전화로 보내 드린 인증번호를 입력하세요
# Variables:
#   $phone (String) - the masked number, e.g. 138****5678
register-code-sent = { $phone } 번호로 6자리 인증번호를 보냈습니다. 인증번호는 5분 동안 유효합니다.
register-code-label = 인증번호
register-code-hint = 문자 메시지로 받은 숫자 6자리.
register-code-missing = 6자리 인증번호를 입력하세요
register-code-resend = 인증번호 다시 받기
# Variables:
#   $seconds (Number) - seconds until a new code can be requested
register-code-resend-wait = { $seconds }초 후에 새 인증번호를 요청할 수 있습니다.
register-code-skip = 휴대전화 번호 없이 계속
register-no-secure-random = 이 브라우저는 등록 요청이 두 번 전송되는 것을 막을 수 없습니다. 브라우저를 업데이트하거나 다른 브라우저를 사용하세요.

register-done-title = 등록 완료
register-done-panel = 전자 사회보장카드가 준비되었습니다
register-done-panel-body = 사회보장 기능이 활성화되었습니다.
register-done-next-heading = 이제 할 수 있는 일
register-done-next = 병원과 서비스 창구에서 카드의 QR 코드를 보여 주고, 취업허가증 정보를 확인하고, 사회보험 납부 기록을 확인하세요.
register-done-card-link = 내 카드로 이동
