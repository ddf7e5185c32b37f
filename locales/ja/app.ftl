## The frame around every page, and words shared by components.

service-name = 外国人就労者向け電子社会保障カード
# The service name on a narrow screen's header, where the full name would take several lines.
service-name-short = e-SSC
skip-to-content = メインコンテンツへスキップ
kiosk-badge = 共用端末
language-switcher-label = 言語
# Variables:
#   $language (String) - the language's name in that language
language-load-failed = { $language }を読み込めませんでした。接続を確認して、もう一度選択してください。
backend-unreachable = オフラインであるか、サービスに接続できません。これらのページの閲覧と、計算ツールおよび書類チェックリストの利用は引き続きできます。ログイン、カードの表示、サービスへの送信には接続が必要です。
update-ready = このサービスの新しいバージョンが利用できます。
update-reload = 再読み込みして更新
footer-nav-label = サポートリンク
footer-hotlines = 社会保険ホットライン：12333。出入国管理サービスホットライン：12367。
footer-disclaimer = 書類や職員の説明と照合できるよう、公式の中国語用語を訳語の横に表示しています。

title-error-prefix = エラー：
error-prefix = エラー：
error-summary-title = 問題があります
back-link = 戻る
change-link = 変更
date-day = 日
date-month = 月
date-year = 年

not-found-title = ページが見つかりません
not-found-typed = ウェブアドレスを入力した場合は、正しいか確認してください。
not-found-pasted = ウェブアドレスを貼り付けた場合は、アドレス全体をコピーしたか確認してください。
not-found-home = ホームページへ移動

page-loading = ページを読み込んでいます…
page-load-failed = このページを読み込めませんでした。
page-load-failed-advice = 接続を確認してから、もう一度お試しください。入力した内容は失われていません。
page-load-retry = 再試行
