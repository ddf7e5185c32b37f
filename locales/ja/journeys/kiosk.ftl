## A shared kiosk in a service hall: the welcome screen and the end of a visit. Fetched only on a kiosk (src/journeys.rs, KIOSK_MESSAGES).

idle-finish = 終了
idle-title = まだご利用中ですか？
# Variables:
#   $seconds (Number) - seconds until the screen is cleared
idle-countdown = 情報を保護するため、{ $seconds }秒後にこの画面の内容を消去します。
idle-more-time = 時間を延長する
idle-finish-now = 今すぐ終了
idle-ending = ログアウトして、画面を消去しています…
idle-ending-waiting = 接続が切れています。情報は非表示のままで、接続が回復しだいログアウトします。

## The welcome screen, where each visit starts
welcome-touch = タッチして開始
welcome-choose = 言語を選択してください

## Within reach: the page moved down the screen, for people who use a wheelchair or are short
reach-lower = ページを下に移動

## The on-screen keyboard for Latin letters and digits
osk-label = オンスクリーンキーボード
osk-space = スペース
osk-backspace = 削除
osk-done = 完了
osk-hyphen = ハイフン
osk-apostrophe = アポストロフィ
