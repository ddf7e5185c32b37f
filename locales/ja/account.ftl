## Signing in and out, the header's account area, and the card page.

header-sign-in = ログイン
header-sign-out = ログアウト
# Variables:
#   $name (String) - the holder's masked name, e.g. ERIKSSON, A*** M****
header-signed-in-as = { $name } でログイン中
network-failed = 接続に失敗しました。接続を確認して、もう一度お試しください。入力した回答は保持されています。

sign-in-title = e-SSCにログイン
sign-in-lead = 登録したときの番号とパスワードを使用してください。
sign-in-kind-legend = どの番号でログインしますか？
sign-in-kind-missing = ログインに使う番号を選択してください
sign-in-identifier-label = 番号
sign-in-identifier-hint = 18文字。区切りにスペースを入れてもかまいません。
sign-in-identifier-missing = 番号を入力してください
sign-in-password-label = パスワード
sign-in-password-missing = パスワードを入力してください
sign-in-submit = ログイン
password-show = パスワードを表示
password-hide = パスワードを隠す

signed-out-title = ログアウトしました
signed-out-body = この端末でのセッションは終了しました。共用端末の場合は、ブラウザのウィンドウも閉じてください。
signed-out-again = もう一度ログイン

