### The signed-in holder's card, QR code, work-permit details and payment records.

card-nav-label = あなたのe-SSC
card-show-details = 詳細をすべて表示
card-hide-details = 詳細を隠す

qr-title = あなたのQRコード
qr-use = 病院、薬局、サービス窓口で、本人確認や医療保険の精算のために提示してください。
qr-image-label = 電子社会保障カードのQRコード
qr-loading = 新しいQRコードを取得しています…
qr-expired = このQRコードは有効期限が切れました。「QRコードを更新」を選択して、新しいコードを表示してください。
# Variables:
#   $seconds (Number) - seconds until the code is replaced
qr-countdown = { $seconds }秒後に新しいコードに切り替わります
qr-refreshed = 新しいQRコードを表示しました。有効期間は60秒です。
qr-refresh-failed = 新しいQRコードを取得できませんでした。
qr-refresh = QRコードを更新
qr-brightness = ヒント：窓口のスキャナーがコードを読み取れるよう、画面の明るさを上げてください。

work-permit-title = あなたの就労許可
permit-category = 区分
# Variables:
#   $days (Number) - days until the permit expires
permit-days-left = 残り{ $days }日
# Variables:
#   $days (Number) - days since the permit expired
permit-expired-days-ago = { $days }日前に期限切れ
permit-source = これらの情報は、外国人来華就労管理サービスシステムの就労許可記録に基づいています。誤りがある場合は、雇用主にシステム上での訂正を依頼してください。
print-page = このページを印刷
qr-copy-text = コードをテキストとしてコピー
copy-number = コピー
copied = コピーしました
copy-failed = コピーできませんでした：このブラウザでは許可されていません。

payments-title = 社会保険料の納付状況
card-timeline-title = あなたのタイムライン
payments-lead = 雇用主があなたのために毎月納付した額と、給与から差し引かれた額です。
payments-year = 年
payments-insurance = 保険
payments-all-insurances = すべての保険
payments-apply = 表示
payments-status = 状態
payments-total = 合計
payments-none = この年の納付記録はありません。
# Variables:
#   $year (Number) - the year shown
payments-caption = { $year }年の納付（月別・保険別）
payments-no-record = この月の記録はありません
payments-arrears-heading = 滞納している月：
payments-arrears-explained = 雇用主がこれらの月の保険料を納付していません。雇用主の人事部に問い合わせるか、社会保険ホットライン（12333）に電話してください。
payments-missing-heading = 記録のない月：
payments-missing-explained = これらの月については何も報告されていません。その時期に雇用主のもとで働いていた場合は、理由を雇用主に確認してください。
payments-export = スプレッドシート（CSV）でダウンロード
# Variables:
#   $year (Number) - the year shown
#   $total (String) - all contributions of the year, formatted money
#   $month (String) - the month with the most, e.g. March 2025
#   $highest (String) - that month's contributions, formatted money
#   $arrears (Number) - months in arrears
payments-chart-summary = { $arrears ->
    [0] { $year }年の納付額は合計{ $total }でした。最も多かったのは{ $month }の{ $highest }です。滞納している月はありません。
   *[other] { $year }年の納付額は合計{ $total }でした。最も多かったのは{ $month }の{ $highest }です。滞納している月が{ $arrears }か月あります。
}

card-title = あなたの電子社会保障カード
card-rendering-note = 参考用にカードを再現したもので、公式のカードデザインではありません。
card-holder = 氏名
card-number = カード番号
card-status = 状態
card-status-active = 有効
card-status-sealed = 凍結中
card-sealed-explained = カードは凍結中です。本人確認を完了すると、社会保障機能が有効になります。
card-issued = 発行日
card-load-failed = カードを読み込めませんでした。しばらくしてから、もう一度お試しください。
card-verify-now = 今すぐ本人確認を行う
