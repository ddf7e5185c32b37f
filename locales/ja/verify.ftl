### The public check of a work permit shown by QR code.

verify-title = 就労許可のQRコードを確認
verify-lead = QRコードで提示された就労許可が本物で、現在も有効かどうかを確認します。ログインは不要です。
verify-token-label = QRコードのテキスト
verify-token-hint = 所持者のQRコードをQRリーダーで読み取り、そのテキストをここに貼り付けてください。
verify-token-hint-scan = 所持者のQRコードをカメラで読み取るか、そのテキストをここに貼り付けてください。
verify-token-missing = QRコードのテキストを貼り付けるか、読み取ってください
verify-submit = 確認
verify-scan = カメラで読み取る
verify-scan-stop = 読み取りを停止
verify-camera-unavailable = カメラを使用できません。代わりにQRコードのテキストを貼り付けてください。
verify-genuine = 本物です：この就労許可は有効です
verify-valid-until = 有効期限
verify-expired = このQRコードは有効期限が切れています
verify-expired-advice = QRコードの有効期間は60秒です。所持者に新しいコードを表示してもらい、もう一度確認してください。
verify-invalid = このQRコードは無効です
verify-invalid-malformed = 電子社会保障カードのQRコードではないか、改ざんされています。
verify-invalid-purpose = 別の目的で作成されたQRコードです。
verify-invalid-revoked = カード、またはそれにひも付く就労許可は、すでに無効です。
