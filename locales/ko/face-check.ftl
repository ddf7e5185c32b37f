### The face check after registration, the camera-problem page and in-person verification.

face-check-title = 본인임을 확인해 주세요
face-intro-lead = 사회보장 서비스에서는 등록하는 사람이 여권 소지자 본인인지 확인합니다. 이 기기의 카메라로 확인하며, 1분도 걸리지 않습니다.
face-intro-what-heading = 진행 방법
face-intro-step-allow = 브라우저가 이 페이지의 카메라 사용을 허용할지 묻습니다. '허용'을 선택하세요.
face-intro-step-frame = 화면의 타원 안에 얼굴을 맞추세요.
face-intro-step-turn = 안내에 따라 정면을 본 다음, 고개를 한쪽으로 천천히 돌렸다가 다시 돌아오세요. 그동안 사진을 몇 장 찍습니다.
face-intro-privacy = 사진은 이 확인에만 사용됩니다. 확인이 끝나거나 이 페이지를 떠나면 카메라가 꺼집니다.
face-start-camera = 카메라 켜기
face-ready-heading = 준비하기
face-ready-frame = 얼굴 전체가 타원 안에 들어오게 하세요.
face-ready-turn = 확인이 시작되면 안내에 따라 고개를 천천히 돌리세요.
face-ready-light = 조명을 마주 보세요. 창문이나 조명을 등지고 서지 마세요.
face-start-check = 확인 시작
face-prompt-look-ahead = 카메라를 똑바로 보세요
face-prompt-turn-one-way = 고개를 한쪽으로 천천히 돌리세요
face-prompt-turn-back = 이제 반대쪽으로 천천히 돌리세요
# Variables:
#   $current (Number) - the picture being taken
#   $total (Number) - how many pictures are taken
face-capturing = 사진 { $total }장 중 { $current }번째
face-uploading = 사진을 보내는 중
face-failed-heading = 확인을 통과하지 못했습니다
# Variables:
#   $remaining (Number) - face checks left before verification in person
face-attempts-remaining = { $remaining }번 더 시도할 수 있습니다. 그 후에는 직접 방문하여 본인 확인을 해야 합니다.
face-try-again = 다시 시도
face-not-sent = 사진이 확인되지 않았습니다.
face-send-again = 사진 다시 보내기
face-no-pictures = 사진이 전송되지 않았으며, 시도 횟수에 포함되지 않았습니다.
face-in-person-link = 대신 직접 방문하여 본인 확인하기

face-failure-undecodable = 사진을 읽을 수 없습니다.
face-advice-undecodable = 다시 시도하세요. 같은 문제가 계속되면 다른 브라우저나 기기를 사용하세요.
face-failure-resolution-too-low = 사진이 너무 작습니다.
face-advice-resolution-too-low = 카메라를 사용하는 다른 앱을 닫거나, 더 좋은 카메라가 있는 기기를 사용하세요.
face-failure-too-dark = 너무 어둡습니다.
face-advice-too-dark = 더 밝은 곳으로 이동하거나 앞쪽의 조명을 켜세요.
face-failure-too-bright = 너무 밝습니다.
face-advice-too-bright = 직사광선을 피하거나, 뒤쪽 또는 위쪽의 밝은 조명에서 떨어지세요.
face-failure-blurry = 사진이 흐립니다.
face-advice-blurry = 카메라 렌즈를 닦고 기기를 움직이지 마세요.
face-failure-no-motion = 움직임이 감지되지 않았습니다.
face-advice-no-motion = 안내가 나오면 고개를 천천히 돌리세요. 사진이나 정지 화면으로는 통과할 수 없습니다.
face-failure-no-face = 사진에서 얼굴을 찾을 수 없습니다.
face-advice-no-face = 얼굴 전체가 타원 안에 들어오게 하고 카메라를 똑바로 보세요. 얼굴을 가리는 선글라스, 마스크, 모자는 벗으세요.
face-failure-face-too-small = 사진 속 얼굴이 너무 작습니다.
face-advice-face-too-small = 얼굴이 타원을 채우도록 더 가까이 오세요.
face-failure-too-few-frames = 찍힌 사진이 부족합니다.
face-advice-too-few-frames = 확인이 끝날 때까지 이 페이지를 열어 두고 다른 창보다 앞에 두세요.

face-camera-title = 카메라를 사용할 수 없습니다
face-camera-denied = 브라우저가 이 페이지의 카메라 사용을 허용하지 않았습니다.
face-camera-absent = 카메라를 찾을 수 없거나 이 브라우저에서 카메라를 사용할 수 없습니다.
face-camera-busy = 다른 앱이 카메라를 사용하고 있습니다. 그 앱을 닫은 후 다시 시도하세요.
face-camera-allow-heading = 카메라를 허용하는 방법
face-camera-allow-icon = 웹 주소 옆의 카메라 또는 자물쇠 아이콘을 선택하세요.
face-camera-allow-choose = 카메라에 대해 '허용'을 선택하세요.
face-camera-allow-reload = 이 페이지로 돌아와 '다시 시도'를 선택하세요.
face-camera-other-heading = 다른 방법으로 마치기
face-camera-other-device = 카메라가 있는 휴대전화나 컴퓨터에서 로그인해 계속하세요. 등록 내용은 저장되어 있습니다.
face-camera-other-in-person = 행정서비스센터를 직접 방문하여 본인 확인을 하세요.

face-in-person-title = 직접 방문하여 본인 확인
face-in-person-lead = 카메라로 본인 확인을 할 수 없었으므로 직원이 직접 확인합니다.
face-in-person-where = 근무하는 도시의 사회보장 업무를 담당하는 행정서비스센터를 방문하세요. 가기 전에 운영 시간을 확인하세요.
face-in-person-bring-heading = 가져갈 것
face-in-person-bring-passport = 여권.
face-in-person-bring-number = 취업허가 통지서에 있는 취업허가증 번호.
face-in-person-bring-phone = 등록한 휴대전화(번호를 입력한 경우).
face-in-person-saved = 등록 내용은 저장되어 있습니다. 직원이 본인 확인을 마칠 때까지 카드는 비활성 상태로 유지됩니다.
face-in-person-card-link = 내 카드로 이동

