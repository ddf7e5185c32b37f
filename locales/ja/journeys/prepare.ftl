## Preparing the work-permit documents: a few questions, a category estimate and a personal checklist. Public, no account.

prepare-title = 就労許可の申請書類を準備する
prepare-lead = 中国の就労許可に必要な書類と、それぞれの認証・翻訳の方法、取得の時期を確認できます。
prepare-does-heading = このツールでできること
prepare-does = いくつかの質問への回答から、あなた専用のチェックリストを作成し、許可の区分を推定します。また、書類の有効期限が申請日に近すぎる場合は警告します。
prepare-does-not = 申請の提出は行いません。申請は、雇用主またはその代行機関がオンラインで行います。あなたは書類をそろえます。
prepare-need-heading = 必要なもの
prepare-need = パスポート、最終学位の証明書、雇用主が申請を予定している日付。所要時間は約5分です。
prepare-privacy = 回答はこのブラウザのタブ内にのみ保持されます。サーバーに送信されることも、この端末に保存されることもないため、タブを閉じると消えます。
prepare-start = 開始
prepare-step = 書類の準備
prepare-continue = 次へ
prepare-lost = 回答はこのタブに残っていません。回答は、タブを開いている間だけ保持されます。
prepare-start-again = やり直す

prepare-nationality-title = あなたの国籍は？
prepare-nationality-hint = パスポートに記載されている国籍。無犯罪証明書は通常、この国で取得します。
prepare-country = 国
prepare-choose-country = 国を選択
prepare-nationality-missing = 国籍を選択してください

prepare-degree-title = 最終学位
prepare-education = 最終学位は何ですか？
prepare-education-doctorate = 博士
prepare-education-master = 修士
prepare-education-bachelor = 学士
prepare-education-none = 学士以上の学位なし
prepare-education-missing = 最終学位を選択してください
prepare-degree-country = 取得した国
prepare-degree-country-hint = 大学のある国。学位がない場合は、職業資格を発行した国。
prepare-degree-country-missing = 学位または職業資格を取得した国を選択してください

prepare-application-title = 申請について
prepare-application = 中国の就労許可をすでにお持ちですか？
prepare-application-new = いいえ、中国での就労許可は今回が初めてです
prepare-application-renewal = はい、同じ仕事で更新します
prepare-application-change-of-employer = はい、雇用主を変更します
prepare-application-missing = 中国の就労許可をすでにお持ちかどうかを選択してください
prepare-submission = 雇用主はいつ申請を提出しますか？
prepare-submission-hint = おおよその日付でかまいません。例：15 3 2027
prepare-submission-missing = 雇用主が申請を予定している日付を入力してください
prepare-submission-invalid = 実在する日付を入力してください（例：15 3 2027）
prepare-submission-past = 申請日は今日以降の日付にしてください

prepare-points-title = 仕事とあなたについて
prepare-points-hint = 回答に基づいて、公式の点数表から許可の区分を推定します。
prepare-salary = 中国で支払われる年収（元）
prepare-salary-hint = 税引前の金額。例：360000
prepare-salary-missing = 年収を入力してください
prepare-salary-invalid = 年収は元単位の数値で入力してください（例：360000）
prepare-experience = 関連する職務経験の年数
prepare-experience-invalid = 職務経験の年数を整数で入力してください（例：3）
prepare-months = 1年のうち中国で働く月数
prepare-months-invalid = 月数を0から12までの整数で入力してください
prepare-age = 年齢
prepare-age-invalid = 年齢を16から99までの整数で入力してください（例：34）
prepare-chinese = 中国語のレベル
prepare-chinese-chinese-taught-degree-or-hsk5 = 中国語で授業を受けて取得した学位、またはHSK 5級・6級
prepare-chinese-hsk4 = HSK 4級
prepare-chinese-hsk3 = HSK 3級
prepare-chinese-hsk2 = HSK 2級
prepare-chinese-hsk1 = HSK 1級
prepare-chinese-none = 認定されたレベルなし
prepare-chinese-missing = 中国語のレベルを選択してください
prepare-bonus = 次のいずれかに該当しますか？
prepare-bonus-hint = 該当するものをすべて選択してください。
prepare-bonus-location = 勤務地が西部地域、東北の旧工業基地、または貧困対策県にある
prepare-bonus-distinction = 世界トップクラスの大学を卒業している、フォーチュン500企業で働いている、知的財産権を保有している、または中国で5年以上働いている

prepare-estimate-title = 推定される区分
# Variables:
#   $total (Number) - points scored
#   $max (Number) - the most points possible
prepare-estimate-points = { $max }点中{ $total }点
prepare-estimate-a = 85点以上：A類（ハイレベル人材）。
prepare-estimate-b = 60～84点：B類（専門人材）。
prepare-estimate-c = 60点未満：C類（その他の外国人）。人数枠による制限があります。
prepare-factors = 項目ごとの点数
prepare-factor = 項目
prepare-points = 点数
prepare-points-max = 満点
prepare-factor-salary = 年収
prepare-factor-education = 学歴
prepare-factor-work-experience = 職務経験
prepare-factor-months-in-china = 1年のうち中国で働く月数
prepare-factor-chinese-level = 中国語
prepare-factor-work-location = 勤務地
prepare-factor-age = 年齢
prepare-factor-distinction = 大学、雇用主、知的財産権、または中国での勤務年数
prepare-direct-heading = 区分が決まるその他のルート
prepare-direct-a = 点数にかかわらず、認定されたハイレベル人材もA類になります。たとえば、主要な国際的な賞の受賞者や、国の人材計画に選ばれた人などです。
prepare-direct-b = たとえば、学士以上の学位と、2年以上の関連する職務経験がある人もB類になります。
prepare-authority-decides = これは、公表されている点数表に基づく推定です。区分は、担当機関が申請を審査するときに決定します。
prepare-category = 雇用主はどの区分で申請しますか？
prepare-category-hint = 雇用主は、この推定では扱っていないルートを知っている場合があります。チェックリストは区分によって変わります。A類の場合は、無犯罪証明書を取得する代わりに誓約書に署名できることがあります。
prepare-category-missing = 雇用主が申請する区分を選択してください
prepare-see-checklist = チェックリストを見る

prepare-tasks-title = 書類チェックリスト
# Variables:
#   $done (Number) - documents completed
#   $total (Number) - documents in the checklist
prepare-tasks-progress = { $total }件中{ $done }件の書類が完了しています。
prepare-tasks-lead = 書類を選択すると、発行元、認証と翻訳の方法、有効期限を確認できます。
prepare-status-not-started = 未着手
prepare-status-in-progress = 進行中
prepare-status-completed = 完了
prepare-status-cannot-start-yet = まだ開始できません
prepare-status-problem = 問題があります
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
prepare-expired = { $document }の有効期限は{ $date }までで、申請予定日より前に切れてしまいます。新しいものを取得してください。
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
#   $days (Number) - days between the filing date and the last valid day
prepare-expires-soon = { $document }の有効期限は{ $date }まで、つまり申請予定日のわずか{ $days }日後です。申請が遅れると、有効期限が切れてしまいます。
prepare-answers = あなたの回答
prepare-change = 変更
prepare-filing-date = 申請日
prepare-category-short = 区分

prepare-document-passport = パスポートの身分事項ページ
prepare-document-photo = 証明写真
prepare-document-job-contract = 雇用契約書または採用証明書
prepare-document-degree = 学歴証明書または職業資格証明書
prepare-document-work-experience = 職歴証明書
prepare-document-criminal-record = 無犯罪証明書
prepare-document-medical-report = 健康診断記録
prepare-issuer = 発行元
prepare-issuer-passport = あなた自身：写真と個人情報のページを鮮明にスキャンまたは撮影したもの。
prepare-issuer-photo = 写真店、またはあなた自身：最近撮影した、無帽で白い背景のカラー写真。
prepare-issuer-job-contract = 中国の新しい雇用主。
prepare-issuer-degree = 大学、または職業資格を授与した機関。
prepare-issuer-work-experience = 前の雇用主：職位、在職期間、職務内容、印章または署名、確認に応じられる連絡先を記載したもの。
prepare-issuer-criminal-record = 国籍のある国、または通常居住している国の警察または裁判所。
prepare-issuer-medical-report = 国外の病院、または中国の国際旅行衛生保健センター（国外の健康診断記録の確認も行います）。
prepare-certify = 認証の方法
prepare-certify-none = アポスティーユや領事認証は不要です。
# Variables:
#   $country (String) - the issuing country
#   $date (String) - the day the Apostille Convention took effect between China and that country
prepare-certify-apostille = { $country }の権限ある当局でアポスティーユを取得してください。アポスティーユ条約は、{ $date }から{ $country }と中国の間で適用されています。
# Variables:
#   $country (String) - the issuing country
prepare-certify-legalisation = { $country }と中国の間ではアポスティーユ条約が適用されません。{ $country }の当局で認証を受けた後、現地の中国大使館または領事館で領事認証を受けてください。
# Variables:
#   $country (String) - the issuing country
prepare-certify-ask = { $country }の書類に関する規則は確定していません。認証を受ける前に、雇用主または地元の就労許可担当機関に確認してください。
# Variables:
#   $country (String) - the issuing country
prepare-notarise-first = 卒業証書は私文書のため、まず{ $country }で公証を受けてください。
prepare-alternative-cscse-verification = 代わりに、CSCSE（China Service Center for Scholarly Exchange、中国留学服务中心）で学位の認証を受けることもできます。担当機関はその認証を受け付けます。
prepare-alternative-pledge = A類の場合は、この証明書を取得する代わりに、犯罪歴がないことの誓約書に署名できます。
# Variables:
#   $source (String) - where the table comes from
#   $date (String) - the date of the table
prepare-source = 出典：{ $source }（{ $date }時点）。
prepare-certify-uncertain = この規則は二次情報に基づくものか、確定していないものです。認証の費用を支払う前に、雇用主に確認してください。
prepare-translation = 翻訳
prepare-translation-not-needed = 翻訳は不要です。
prepare-translation-sealed-by-employer = 中国語でない場合は、雇用主の印章が押された中国語訳が必要です。
prepare-translation-chinese-version = 勤務地、職務内容、給与、契約期間、職位を明記した中国語版が必要です。
prepare-validity = 有効期間
prepare-validity-none = この申請では有効期限はありません。
# Variables:
#   $months (Number) - months of validity
prepare-validity-months = 認証日ではなく、発行日から{ $months }か月間有効です。
# Variables:
#   $date (String) - the earliest useful issue date
prepare-earliest = { $date }以降に取得してください。それより前に発行されたものは、申請予定日から30日たたないうちに期限が切れます。
prepare-issued = 発行日はいつですか？
prepare-issued-hint = まだお持ちでない場合は空欄のままにしてください。例：15 9 2026
prepare-issued-invalid = 実在する発行日を入力してください（例：15 9 2026）
prepare-issued-future = 発行日は今日以前の日付にしてください
# Variables:
#   $date (String) - its last valid day
prepare-valid-until = { $date }まで有効です。
prepare-ready-legend = 状態
prepare-ready = この書類は準備完了です
prepare-save = 保存してチェックリストに戻る
prepare-files = ファイル
prepare-files-hint = JPEG、PNG、PDF形式で、各1 MBまで。ファイル形式は、ファイル名ではなくファイルの中身から判定します。アップロードは行われません。パッケージをダウンロードするまで、ファイルはこのタブ内に保持されます。
prepare-photo-hint = 横3：縦4のJPEG写真で、354 × 472～420 × 560ピクセル、40 KB～120 KB、白い背景のもの。携帯電話で撮った写真なら何でもかまいません。ここでチェックし、自動で修正できます。
prepare-add-files = ファイルを追加
# Variables:
#   $name (String) - the file's name
#   $reason (String) - why it was refused
prepare-file-refused = { $name }：{ $reason }
# Variables:
#   $name (String) - the file's name
prepare-file-unreadable = { $name }：ブラウザがこのファイルを読み取れませんでした。もう一度選択してください。
prepare-no-files = まだファイルが追加されていません。
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, such as 120 KB
prepare-file = { $name }、{ $size }
prepare-remove = 削除
prepare-package = 後で続ける
prepare-package-hint = 回答、各書類の進捗、ファイルをまとめたパッケージをダウンロードします。後でここで開いて続きを行うか、雇用主の人事担当者に渡してください。このブラウザには何も保存されません。
prepare-download-package = パッケージをダウンロード
prepare-print-checklist = チェックリストを印刷
prepare-have-package = パッケージがある
prepare-open-package = パッケージを開く
prepare-open-package-hint = このサービスからダウンロードした .zip ファイル。
prepare-package-not-ours = このファイルは、このサービスのパッケージではないか、破損しています。ダウンロードした .zip ファイルを選択してください。
prepare-package-changed = このパッケージ内のファイルが、作成後に変更されています。ダウンロードしたままのパッケージを選択してください。
prepare-package-too-large = パッケージが大きすぎます。いくつかのファイルを削除して、もう一度お試しください。
prepare-checklist-for = 雇用主の人事担当者向けチェックリスト
prepare-column-document = 書類
prepare-column-status = 状態
prepare-column-dates = 発行日と有効期限

## The ID photo: check and automatic fix
prepare-photo-choose = 写真を選択
prepare-photo-passes = 写真はすべての条件を満たしています。この書類に追加しました。
prepare-photo-problems = 写真が次の条件を満たしていません：
prepare-photo-not-jpeg = PNGファイルです。アップロードできるのはJPEGです。
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $min-width (Number) - the smallest width accepted
#   $min-height (Number) - the smallest height accepted
prepare-photo-too-few-pixels = { $width } × { $height }ピクセルです。{ $min-width } × { $min-height }ピクセル以上が必要です。自動修正では細部を補えないため、写真を撮り直してください。
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $max-width (Number) - the largest width accepted
#   $max-height (Number) - the largest height accepted
prepare-photo-too-many-pixels = { $width } × { $height }ピクセルです。受け付けられるのは{ $max-width } × { $max-height }ピクセルまでです。
prepare-photo-wrong-ratio = アップロードに必要な横3：縦4の比率になっていません。
# Variables:
#   $size (String) - the photo's size, such as "2048 KB"
#   $limit (String) - the largest size accepted
prepare-photo-too-many-bytes = { $size }です。受け付けられるのは{ $limit }までです。
# Variables:
#   $size (String) - the photo's size, such as "12 KB"
#   $limit (String) - the smallest size accepted
prepare-photo-too-few-bytes = { $size }です。{ $limit }以上が必要です。
prepare-photo-background = 背景が白く見えません。自動修正では背景を変えられません。可能であれば、無地の白い壁を背景にして写真を撮り直してください。
prepare-photo-fix-heading = 自動修正
prepare-photo-fix-explain = 下の写真は横3：縦4に切り抜かれ、拡大・縮小されて、適切なサイズのJPEGとして保存されます。顔が枠に入っていない場合は、枠を動かしてください。結果を確認してから使用してください。
prepare-photo-before = 修正前：
prepare-photo-after = 修正後：
prepare-photo-before-alt = 残す部分を枠で示した、あなたの写真
prepare-photo-after-alt = 修正した写真
prepare-photo-across = 枠を左右に動かす
prepare-photo-down = 枠を上下に動かす
prepare-photo-fixing = 写真を修正しています…
# Variables:
#   $width (Number) - the fixed photo's width in pixels
#   $height (Number) - the fixed photo's height in pixels
#   $size (String) - its size, such as "63 KB"
prepare-photo-result = { $width } × { $height }ピクセル、{ $size }
prepare-photo-fix-failed = このブラウザでは写真を修正できませんでした。別のブラウザを試すか、写真編集ソフトで修正してください。
# Variables:
#   $smallest (String) - the smallest size accepted
#   $largest (String) - the largest size accepted
prepare-photo-fix-out-of-range = 修正した写真を{ $smallest }～{ $largest }の範囲に収めることができません。写真の細部が不足しています。明るい場所で、より鮮明な写真を撮ってください。
prepare-photo-use = 修正した写真を使用
prepare-photo-download = 修正した写真をダウンロード
prepare-photo-used = 修正した写真をこの書類に追加しました。

## Joining photos of a paper document into one PDF
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-file-oversize = { $limit }を超えています。画像から1つのPDFを作成すると、サイズを小さくできます。
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-hint = 紙の書類の各ページの写真を、追加した順に1枚1ページで、{ $limit }未満の1つのPDFにまとめられます。
prepare-combine = 画像から1つのPDFを作成
prepare-combining = PDFを作成しています…
# Variables:
#   $pages (Number) - pages in the new PDF
prepare-combined = 画像を{ $pages }ページのPDFにまとめました。
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-too-large = 解像度を下げても、ページが{ $limit }に収まりません。画像をいくつか削除して、PDFを2つ作成してください。
# Variables:
#   $name (String) - the image's file name
prepare-combine-unreadable = { $name }：ブラウザがこの画像を読み取れませんでした。削除してから、もう一度追加してください。
