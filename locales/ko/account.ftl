## Signing in and out, the header's account area, and the card page.

header-sign-in = 로그인
header-sign-out = 로그아웃
# Variables:
#   $name (String) - the holder's masked name, e.g. ERIKSSON, A*** M****
header-signed-in-as = { $name } 님으로 로그인됨
network-failed = 연결에 실패했습니다. 연결 상태를 확인하고 다시 시도하세요. 입력한 답변은 그대로 남아 있습니다.

sign-in-title = e-SSC에 로그인
sign-in-lead = 등록할 때 사용한 번호와 비밀번호를 입력하세요.
sign-in-kind-legend = 어떤 번호로 로그인하시겠습니까?
sign-in-kind-missing = 로그인에 사용할 번호를 선택하세요
sign-in-identifier-label = 번호
sign-in-identifier-hint = 18자. 묶음 사이에 공백을 넣어도 됩니다.
sign-in-identifier-missing = 번호를 입력하세요
sign-in-password-label = 비밀번호
sign-in-password-missing = 비밀번호를 입력하세요
sign-in-submit = 로그인
password-show = 비밀번호 표시
password-hide = 비밀번호 숨기기

signed-out-title = 로그아웃되었습니다
signed-out-body = 이 기기에서의 세션이 종료되었습니다. 공용 기기라면 브라우저 창도 닫으세요.
signed-out-again = 다시 로그인

