### The face check after registration, the camera-problem page and in-person verification.

face-check-title = ご本人であることを確認します
face-intro-lead = 社会保障サービスでは、登録する人がパスポートの所持者本人であることを確認します。この端末のカメラを使い、1分もかかりません。
face-intro-what-heading = 手順
face-intro-step-allow = このページでカメラを使用してよいか、ブラウザが確認します。「許可する」を選んでください。
face-intro-step-frame = 画面の楕円の中に顔を合わせます。
face-intro-step-turn = 指示に従って、まず正面を見てから、頭をゆっくり一方に向けて元に戻します。その間に写真を数枚撮影します。
face-intro-privacy = 写真はこの顔認証にのみ使用されます。顔認証が終わるか、このページを離れると、カメラはオフになります。
face-start-camera = カメラをオンにする
face-ready-heading = 準備
face-ready-frame = 顔全体を楕円の中に収めてください。
face-ready-turn = 顔認証が始まったら、指示に従って頭をゆっくり動かしてください。
face-ready-light = 明かりの方を向いてください。窓や照明を背にして立たないでください。
face-start-check = 顔認証を開始
face-prompt-look-ahead = カメラをまっすぐ見てください
face-prompt-turn-one-way = 頭をゆっくり片側に向けてください
face-prompt-turn-back = 次に、ゆっくり反対側に向けてください
# Variables:
#   $current (Number) - the picture being taken
#   $total (Number) - how many pictures are taken
face-capturing = 写真{ $current }枚目（全{ $total }枚）
face-uploading = 写真を送信しています
face-failed-heading = 顔認証を通過できませんでした
# Variables:
#   $remaining (Number) - face checks left before verification in person
face-attempts-remaining = あと{ $remaining }回試せます。それでも通過できない場合は、対面での本人確認が必要になります。
face-try-again = もう一度試す
face-not-sent = 写真は確認されませんでした。
face-send-again = 写真を再送信
face-no-pictures = 写真は送信されていないため、試行回数には数えられていません。
face-in-person-link = 代わりに対面で本人確認を受ける

face-failure-undecodable = 写真を読み取れませんでした。
face-advice-undecodable = もう一度お試しください。繰り返し起きる場合は、別のブラウザまたは端末を使用してください。
face-failure-resolution-too-low = 写真の解像度が低すぎます。
face-advice-resolution-too-low = カメラを使用している他のアプリを閉じるか、より性能のよいカメラを備えた端末を使用してください。
face-failure-too-dark = 暗すぎます。
face-advice-too-dark = 明るい場所に移動するか、前方の照明をつけてください。
face-failure-too-bright = 明るすぎます。
face-advice-too-bright = 直射日光を避けるか、背後や頭上の強い光から離れてください。
face-failure-blurry = 写真がぼやけています。
face-advice-blurry = カメラのレンズを拭き、端末を動かさないように持ってください。
face-failure-no-motion = 動きが検出されませんでした。
face-advice-no-motion = 指示が出たら、頭をゆっくり動かしてください。写真や静止画では通過できません。
face-failure-no-face = 写真に顔が見つかりませんでした。
face-advice-no-face = 顔全体を楕円の中に入れて、カメラをまっすぐ見てください。顔を隠すサングラス、マスク、帽子は外してください。
face-failure-face-too-small = 写真に写っている顔が小さすぎます。
face-advice-face-too-small = 顔が楕円いっぱいになるまで近づいてください。
face-failure-too-few-frames = 撮影された写真の枚数が足りません。
face-advice-too-few-frames = 顔認証が終わるまで、このページを開いたまま、他のウィンドウより前面に表示しておいてください。

face-camera-title = カメラを使用できません
face-camera-denied = ブラウザが、このページでのカメラの使用を許可しませんでした。
face-camera-absent = カメラが見つからないか、このブラウザではカメラを使用できません。
face-camera-busy = 別のアプリがカメラを使用しています。そのアプリを閉じてから、もう一度お試しください。
face-camera-allow-heading = カメラを許可するには
face-camera-allow-icon = ウェブアドレスの横にあるカメラまたは鍵のアイコンを選択します。
face-camera-allow-choose = カメラについて「許可する」を選びます。
face-camera-allow-reload = このページに戻り、「もう一度試す」を選択します。
face-camera-other-heading = その他の完了方法
face-camera-other-device = カメラ付きの携帯電話またはパソコンでログインし、そちらで続けてください。登録内容は保存されています。
face-camera-other-in-person = 行政サービスセンターで、対面で本人確認を受けてください。

face-in-person-title = 対面で本人確認を受ける
face-in-person-lead = カメラで本人確認ができなかったため、職員が対面で確認します。
face-in-person-where = 勤務している都市の、社会保障を扱う行政サービスセンターへお越しください。事前に受付時間を確認してください。
face-in-person-bring-heading = 持参するもの
face-in-person-bring-passport = パスポート。
face-in-person-bring-number = 就労許可番号（就労許可通知書に記載）。
face-in-person-bring-phone = 登録した携帯電話（番号を登録した場合）。
face-in-person-saved = 登録内容は保存されています。職員が本人確認を終えるまで、カードは凍結されたままです。
face-in-person-card-link = カードへ移動

