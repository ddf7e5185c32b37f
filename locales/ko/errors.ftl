## Messages for validation and API error codes (protocol crate). One message per code.

validation-required = 이 정보를 입력하세요
# Variables:
#   $min (Number) - the fewest characters allowed
validation-too-short = { $min }자 이상 입력하세요
# Variables:
#   $max (Number) - the most characters allowed
validation-too-long = { $max }자 이하로 입력하세요
# Variables:
#   $expected (Number) - the exact number of characters
validation-wrong-length = 정확히 { $expected }자를 입력하세요
validation-digits-only = 0부터 9까지의 숫자만 사용하세요
validation-invalid-characters = 허용되지 않는 문자를 지우세요
validation-check-character-mismatch = 마지막 문자가 번호의 나머지 부분과 맞지 않습니다. 모든 숫자를 정확히 옮겨 적었는지 확인하세요.
validation-must-start-with-nine = 외국인 영구거류 신분증 번호는 9로 시작합니다
validation-invalid-birth-date = 이 번호에 포함된 생년월일이 실제 날짜가 아닙니다
validation-not-a-china-mobile = 중국 휴대전화 번호를 입력하세요: 13~19로 시작하는 숫자 11자리(예: 138 1234 5678)
# Variables:
#   $line (Number) - 1 or 2
#   $expected (Number) - characters a line must have
validation-mrz-line-length = { $line }번째 줄은 정확히 { $expected }자여야 합니다
# Variables:
#   $line (Number) - 1 or 2
validation-mrz-invalid-characters = { $line }번째 줄에는 영문자 A~Z, 숫자 0~9, < 기호만 쓸 수 있습니다
validation-mrz-not-passport = 첫째 줄은 P로 시작해야 합니다. 여권에 있는 줄을 그대로 옮겨 적으세요.
# Variables:
#   $field (String) - which check failed
validation-mrz-check-digit = { $field ->
    [document-number] 여권 번호의 검사 숫자가 맞지 않습니다
    [birth-date] 생년월일의 검사 숫자가 맞지 않습니다
    [expiry-date] 만료일의 검사 숫자가 맞지 않습니다
    [personal-number] 개인 번호의 검사 숫자가 맞지 않습니다
   *[composite] 둘째 줄의 최종 검사 숫자가 맞지 않습니다
}. 줄을 정확히 옮겨 적었는지 확인하세요.
# Variables:
#   $field (String) - which date is wrong
validation-mrz-invalid-date = { $field ->
    [birth-date] 여권 줄의 생년월일이 실제 날짜가 아닙니다
   *[expiry-date] 여권 줄의 만료일이 실제 날짜가 아닙니다
}
validation-mrz-invalid-sex = 둘째 줄의 성별은 M, F 또는 < 중 하나여야 합니다
# Variables:
#   $code (String) - the country code that was not recognised
validation-unknown-country-code = 여권에 사용되는 국가 코드가 아닙니다: { $code }
validation-document-expired = 만료된 여권입니다. 현재 여권을 사용하세요.
validation-non-latin-script = 여권의 기계 판독 줄처럼 여권에 인쇄된 라틴 문자를 사용하세요
validation-password-needs-two-kinds = 영문자, 숫자, 기호 중 두 가지 이상을 사용하세요
validation-pin-sequential = 123456이나 654321처럼 연속된 숫자는 사용하지 마세요
validation-pin-repeated = 같은 숫자를 여섯 번 반복하지 마세요
validation-pin-in-id-number = 신분증 번호에 있는 숫자를 사용하지 마세요
validation-file-empty = 선택한 파일이 비어 있습니다
# Variables:
#   $kilobytes (Number) - the largest size allowed
validation-file-too-large = 파일은 { $kilobytes } KB보다 작아야 합니다
# Variables:
#   $pages (Number) - the most pages allowed
validation-too-many-pages = PDF는 { $pages }페이지 이하여야 합니다
# Variables:
#   $kilobytes (Number) - the smallest size allowed
validation-file-too-small = 파일은 { $kilobytes } KB 이상이어야 합니다
validation-file-type-not-allowed = 허용되지 않는 파일 형식입니다
# Variables:
#   $width (Number) - minimum width in pixels
#   $height (Number) - minimum height in pixels
validation-image-too-small = 이미지는 { $width } × { $height } 픽셀 이상이어야 합니다
validation-image-unreadable = 이미지를 읽을 수 없습니다. 파일이 잘렸거나 손상되었을 수 있습니다. 다른 파일을 선택하세요

api-bad-request = 요청에 문제가 있었습니다. 다시 시도하세요.
api-validation-failed = 수정이 필요한 답변이 있습니다
api-unauthenticated = 계속하려면 로그인하세요
api-session-expired = 정보 보호를 위해 로그아웃되었습니다. 다시 로그인하세요.
api-invalid-credentials = 번호 또는 비밀번호가 올바르지 않습니다
api-forbidden-origin = 요청이 거부되었습니다. 페이지를 새로고침하고 다시 시도하세요.
api-not-found = 찾을 수 없습니다
api-method-not-allowed = 여기에서는 할 수 없는 작업입니다
api-already-registered = 이 번호로 이미 e-SSC 계정이 있습니다. 로그인하세요.
api-identity-mismatch = 이름과 번호가 취업허가증 기록과 일치하지 않습니다. 여권 및 취업허가 통지서와 대조해 둘 다 확인하세요.
api-application-not-found = 이 번호와 생년월일에 해당하는 신청이 없습니다. 고용주가 받은 접수증의 번호와, 여권에 적힌 생년월일을 확인하세요.
api-idempotency-key-reused = 다른 답변으로 이미 전송된 요청입니다. 처음부터 다시 시작하세요.
api-idempotency-key-missing = 요청을 확인할 수 없습니다. 페이지를 새로고침하고 다시 시도하세요.
api-idempotency-key-in-use = 답변을 아직 전송하고 있습니다. 잠시 기다린 후 다시 시도하세요.
# Variables:
#   $attempts (Number) - tries left
api-sms-code-wrong = 인증번호가 올바르지 않습니다. { $attempts }번 더 시도할 수 있습니다.
api-sms-code-expired = 인증번호가 만료되었습니다. 새 인증번호를 요청하세요.
api-sms-too-many-attempts = 잘못된 인증번호를 너무 많이 입력했습니다. 새 인증번호를 요청하세요.
api-sms-code-not-requested = 먼저 인증번호를 요청하세요
api-phone-not-verified = 먼저 휴대전화로 보내 드린 인증번호를 입력하세요
# Variables:
#   $seconds (Number) - seconds to wait
api-rate-limited = 시도 횟수가 너무 많습니다. { $seconds }초 후에 다시 시도하세요.
api-manual-review-required = 행정서비스센터를 직접 방문하여 본인 확인을 하세요
api-card-not-issued = 아직 카드가 발급되지 않았습니다. 먼저 본인 확인을 마치세요.
# Variables:
#   $kilobytes (Number) - the largest upload allowed
api-payload-too-large = 업로드한 파일이 너무 큽니다. 한도는 { $kilobytes } KB입니다.
api-unsupported-media-type = 허용되지 않는 파일 형식입니다
api-internal = 서비스에 문제가 발생했습니다. 나중에 다시 시도하세요.
api-unavailable = 지금은 서비스를 이용할 수 없습니다. 몇 분 후에 다시 시도하세요.
