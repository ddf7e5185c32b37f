## Messages for validation and API error codes (protocol crate). One message per code.

validation-required = この情報を入力してください
# Variables:
#   $min (Number) - the fewest characters allowed
validation-too-short = { $min }文字以上で入力してください
# Variables:
#   $max (Number) - the most characters allowed
validation-too-long = { $max }文字以内で入力してください
# Variables:
#   $expected (Number) - the exact number of characters
validation-wrong-length = ちょうど{ $expected }文字で入力してください
validation-digits-only = 0～9の数字のみを使用してください
validation-invalid-characters = 使用できない文字を削除してください
validation-check-character-mismatch = 最後の文字が番号の他の部分と一致しません。すべての桁を正しく写したか確認してください。
validation-must-start-with-nine = 外国人永久居留身分証の番号は9で始まります
validation-invalid-birth-date = この番号に含まれる生年月日は、実在しない日付です
validation-not-a-china-mobile = 中国の携帯電話番号を入力してください：13～19で始まる11桁の数字です（例：138 1234 5678）
# Variables:
#   $line (Number) - 1 or 2
#   $expected (Number) - characters a line must have
validation-mrz-line-length = { $line }行目はちょうど{ $expected }文字である必要があります
# Variables:
#   $line (Number) - 1 or 2
validation-mrz-invalid-characters = { $line }行目に使用できるのは、A～Zの英字、0～9の数字、< 記号のみです
validation-mrz-not-passport = 1行目はPで始まる必要があります。パスポートから行を写してください。
# Variables:
#   $field (String) - which check failed
validation-mrz-check-digit = { $field ->
    [document-number] パスポート番号のチェックディジットが一致しません
    [birth-date] 生年月日のチェックディジットが一致しません
    [expiry-date] 有効期限のチェックディジットが一致しません
    [personal-number] 個人番号のチェックディジットが一致しません
   *[composite] 2行目の最後のチェックディジットが一致しません
}。行を正確に写したか確認してください。
# Variables:
#   $field (String) - which date is wrong
validation-mrz-invalid-date = { $field ->
    [birth-date] パスポートの行にある生年月日は、実在しない日付です
   *[expiry-date] パスポートの行にある有効期限は、実在しない日付です
}
validation-mrz-invalid-sex = 2行目の性別は M、F、< のいずれかである必要があります
# Variables:
#   $code (String) - the country code that was not recognised
validation-unknown-country-code = { $code } はパスポートで使われる国コードではありません
validation-document-expired = このパスポートは有効期限が切れています。現在のパスポートを使用してください。
validation-non-latin-script = パスポートの機械読取部と同じように、パスポートに印字されたラテン文字を使用してください
validation-password-needs-two-kinds = 英字、数字、記号のうち2種類以上を使用してください
validation-pin-sequential = 123456や654321のような連続した数字は使用しないでください
validation-pin-repeated = 同じ数字を6つ並べないでください
validation-pin-in-id-number = 身分証番号に含まれる数字の並びは使用しないでください
validation-file-empty = 選択したファイルは空です
# Variables:
#   $kilobytes (Number) - the largest size allowed
validation-file-too-large = ファイルは{ $kilobytes } KB未満にしてください
# Variables:
#   $pages (Number) - the most pages allowed
validation-too-many-pages = PDFは{ $pages }ページ以内にしてください
# Variables:
#   $kilobytes (Number) - the smallest size allowed
validation-file-too-small = ファイルは{ $kilobytes } KB以上にしてください
validation-file-type-not-allowed = この種類のファイルは受け付けていません
# Variables:
#   $width (Number) - minimum width in pixels
#   $height (Number) - minimum height in pixels
validation-image-too-small = 画像は{ $width } × { $height }ピクセル以上にしてください
validation-image-unreadable = 画像を読み取れません。途中で切れているか、破損している可能性があります。別のファイルを選択してください

api-bad-request = リクエストに問題がありました。もう一度お試しください。
api-validation-failed = 修正が必要な回答があります
api-unauthenticated = 続けるにはログインしてください
api-session-expired = 情報を保護するため、ログアウトしました。もう一度ログインしてください。
api-invalid-credentials = 番号またはパスワードが正しくありません
api-forbidden-origin = リクエストが拒否されました。ページを再読み込みして、もう一度お試しください。
api-not-found = 見つかりませんでした
api-method-not-allowed = ここではその操作はできません
api-already-registered = この番号のe-SSCアカウントはすでに登録されています。代わりにログインしてください。
api-identity-mismatch = 氏名と番号が就労許可の記録と一致しません。パスポートと就労許可通知書で、両方を確認してください。
api-application-not-found = この番号と生年月日に一致する申請はありません。雇用主が受け取った受付票に記載の番号と、パスポートに記載の生年月日を確認してください。
api-idempotency-key-reused = この内容は、異なる回答ですでに送信されています。最初からやり直してください。
api-idempotency-key-missing = リクエストを確認できませんでした。ページを再読み込みして、もう一度お試しください。
api-idempotency-key-in-use = 回答を送信中です。しばらく待ってから、もう一度お試しください。
# Variables:
#   $attempts (Number) - tries left
api-sms-code-wrong = 認証コードが正しくありません。あと{ $attempts }回試せます。
api-sms-code-expired = 認証コードの有効期限が切れました。新しい認証コードを請求してください。
api-sms-too-many-attempts = 誤った認証コードの入力が多すぎます。新しい認証コードを請求してください。
api-sms-code-not-requested = 先に認証コードを請求してください
api-phone-not-verified = 先に、携帯電話に送信した認証コードを入力してください
# Variables:
#   $seconds (Number) - seconds to wait
api-rate-limited = 試行回数が多すぎます。{ $seconds }秒後にもう一度お試しください。
api-manual-review-required = 行政サービスセンターで、対面で本人確認を受けてください
api-card-not-issued = カードはまだ発行されていません。先に本人確認を完了してください。
# Variables:
#   $kilobytes (Number) - the largest upload allowed
api-payload-too-large = アップロードするデータが大きすぎます。上限は{ $kilobytes } KBです。
api-unsupported-media-type = この種類のファイルは受け付けていません
api-internal = システム側で問題が発生しました。しばらくしてから、もう一度お試しください。
api-unavailable = 現在、サービスを利用できません。数分後にもう一度お試しください。
