## A shared kiosk in a service hall: the welcome screen and the end of a visit. Fetched only on a kiosk (src/journeys.rs, KIOSK_MESSAGES).

idle-finish = 마치기
idle-title = 아직 이용 중이십니까?
# Variables:
#   $seconds (Number) - seconds until the screen is cleared
idle-countdown = 정보 보호를 위해 { $seconds }초 후에 이 화면이 지워집니다.
idle-more-time = 시간이 더 필요합니다
idle-finish-now = 지금 마치기
idle-ending = 로그아웃하고 화면을 지우는 중…
idle-ending-waiting = 연결이 끊겼습니다. 정보는 계속 가려져 있으며, 연결이 복구되는 즉시 로그아웃됩니다.

## The welcome screen, where each visit starts
welcome-touch = 화면을 터치하여 시작
welcome-choose = 언어를 선택하세요

## Within reach: the page moved down the screen, for people who use a wheelchair or are short
reach-lower = 페이지 낮추기

## The on-screen keyboard for Latin letters and digits
osk-label = 화상 키보드
osk-space = 스페이스
osk-backspace = 지우기
osk-done = 완료
osk-hyphen = 하이픈
osk-apostrophe = 아포스트로피
