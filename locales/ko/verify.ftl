### The public check of a work permit shown by QR code.

verify-title = 취업허가증 QR 코드 확인
verify-lead = QR 코드로 제시된 취업허가증이 진본이며 아직 유효한지 확인합니다. 로그인할 필요는 없습니다.
verify-token-label = QR 코드의 텍스트
verify-token-hint = QR 코드 리더로 소지자의 QR 코드를 스캔하고, 그 텍스트를 여기에 붙여 넣으세요.
verify-token-hint-scan = 카메라로 소지자의 QR 코드를 스캔하거나, 그 텍스트를 여기에 붙여 넣으세요.
verify-token-missing = QR 코드의 텍스트를 붙여 넣거나 스캔하세요
verify-submit = 확인
verify-scan = 카메라로 스캔
verify-scan-stop = 스캔 중지
verify-camera-unavailable = 카메라를 사용할 수 없습니다. 대신 QR 코드의 텍스트를 붙여 넣으세요.
verify-genuine = 진본 확인: 유효한 취업허가증입니다
verify-valid-until = 유효 기한
verify-expired = 만료된 QR 코드입니다
verify-expired-advice = QR 코드는 60초 동안 유효합니다. 소지자에게 새 코드를 보여 달라고 요청한 뒤 다시 확인하세요.
verify-invalid = 유효하지 않은 QR 코드입니다
verify-invalid-malformed = 전자 사회보장카드의 QR 코드가 아니거나 내용이 변경되었습니다.
verify-invalid-purpose = 다른 용도로 만들어진 코드입니다.
verify-invalid-revoked = 해당 카드 또는 취업허가증이 더 이상 유효하지 않습니다.
