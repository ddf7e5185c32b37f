## The registration journey: one question per page, then check your answers.

register-start-title = 電子社会保障カードを登録する
register-start-lead = 就労許可が搭載されたe-SSCを登録します。所要時間は約10分です。
register-start-need-heading = 必要なもの
register-start-need-passport = パスポート
register-start-need-number = 就労許可番号（外国人就労許可通知書に記載）、または社会保障番号
register-start-need-phone = 中国の携帯電話番号（お持ちの場合。任意）
register-start-need-camera = 顔認証に使う、カメラ付きの端末
register-start-letter-heading = 就労許可番号の記載場所
register-start-letter-alt = 外国人就労許可通知書の図。18桁の就労許可番号に、数字の1で印が付けてあります。
register-start-letter-caption = 1：就労許可番号は18桁です。就労許可通知書では、次の中国語の名称の横に印字されています：
register-start-physical-heading = 実物のカードをすでにお持ちの場合
register-start-physical = 実物の社会保障カードをすでにお持ちの場合でも、同じ番号でここから登録できます。
register-start-button = 開始
register-step = e-SSCの登録
register-continue = 次へ

register-name-title = パスポートに記載されている氏名を入力してください
register-name-hint = パスポートに印字されているラテン文字を、同じ順序で使用してください。姓と名は分けて入力してください。
register-surname-label = 姓
register-surname-missing = パスポートに記載されている姓を入力してください
register-given-label = 名
register-given-hint = すべての名を、パスポートの順序どおりに入力してください。パスポートに名がない場合は空欄のままにしてください。
register-mrz-summary = パスポートの機械読取部から氏名を入力する（任意）
register-mrz-label = パスポートの写真ページの下部にある2行
register-mrz-hint = 各行は英字、数字、< 記号からなる44文字です。印字されているとおりに正確に入力するか、貼り付けてください。この情報はこのページでのみ使用され、送信されません。
register-mrz-use = 氏名を入力
register-mrz-filled = 機械読取部から氏名を入力しました。パスポートと照らし合わせて確認してください。
register-name-compared = この氏名を就労許可の記録と照合します：

register-identifier-title = どの番号で登録しますか？
register-identifier-kind-missing = 登録に使う番号を選択してください
register-wp-label = 就労許可番号
register-wp-hint = 18桁の数字。外国人就労許可通知書に記載されています。
register-ssn-label = 社会保障番号
register-ssn-hint = 18文字。すでにお持ちの場合のみ。
register-identifier-missing = 番号を入力してください

register-password-title = パスワードを作成
register-password-label = パスワード
register-password-rules = パスワードの条件：
register-password-rule-length = 8～16文字であること
register-password-rule-kinds = 英字、数字、記号のうち2種類以上を使うこと
register-password-rule-charset = 英字、数字、記号のみを使うこと（スペースは不可）
register-password-rule-met = 条件を満たしています
register-password-rule-unmet = まだ満たしていません

register-phone-title = 中国の携帯電話番号をお持ちですか？
register-phone-hint = 番号を確認するため、認証コードを送信します。空欄のまま、番号なしで続けることもできます。
register-phone-label = 携帯電話番号（任意）
register-phone-normalised = 認証コードの送信先：

register-check-title = 登録前に回答を確認してください
register-check-name = 氏名
register-check-number = 番号
register-check-password = パスワード
register-check-password-set = 設定済み（非表示）
register-check-phone = 携帯電話番号
register-check-phone-none = なし
register-declaration-heading = 登録する
register-declaration = 登録することにより、これらの情報がパスポートおよび就労許可通知書の記載と同じであり、あなたがそこに記載された本人であることを確認したものとします。
register-submit = 同意して登録
register-mismatch-help = 氏名と番号をパスポートおよび就労許可通知書と照らし合わせて確認し、もう一度お試しください。

register-code-title = 携帯電話に送信した認証コードを入力してください
# Variables:
#   $phone (String) - the masked number, e.g. 138****5678
register-code-sent = { $phone } に6桁の認証コードを送信しました。有効期間は5分です。
register-code-label = 認証コード
register-code-hint = SMSで届いた6桁の数字。
register-code-missing = 6桁の認証コードを入力してください
register-code-resend = 認証コードを再送信
# Variables:
#   $seconds (Number) - seconds until a new code can be requested
register-code-resend-wait = { $seconds }秒後に新しい認証コードを請求できます。
register-code-skip = 携帯電話番号なしで続ける
register-no-secure-random = このブラウザでは、登録内容の二重送信を防ぐことができません。ブラウザを最新版にアップデートするか、別のブラウザを使用してください。

register-done-title = 登録完了
register-done-panel = 電子社会保障カードの準備ができました
register-done-panel-body = 社会保障機能が有効になりました。
register-done-next-heading = 今できること
register-done-next = 病院やサービス窓口でカードのQRコードを提示したり、就労許可の詳細を見たり、社会保険料の納付状況を確認したりできます。
register-done-card-link = カードへ移動
