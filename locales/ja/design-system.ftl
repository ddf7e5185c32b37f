## Design system: a working example of every component.

design-system-title = デザインシステム
design-system-lead = このサービスで使用しているコンポーネントの動作例を、あなたの言語で表示します。
design-system-notice = 例では、次のサービスの用語を使用しています：
design-system-surname-label = 姓
design-system-surname-hint = パスポートに印字されているとおり、ラテン文字で入力してください。
design-system-surname-missing = 姓を入力してください
design-system-identifier-legend = どの番号を使いますか？
design-system-identifier-ssn-hint = すでにお持ちの場合のみ。
design-system-identifier-missing = 使用する番号を選択してください
design-system-documents-legend = どの書類をお持ちですか？
design-system-documents-hint = 該当するものをすべて選択してください。
design-system-documents-missing = 書類を1つ以上選択してください
design-system-birth-legend = 生年月日
design-system-birth-hint = 例：1974年8月12日なら 12 8 1974
design-system-birth-missing = 生年月日を日・月・年で入力してください
design-system-submit = 例を確認
design-system-reset = やり直す
design-system-panel-title = 例の入力完了
design-system-panel-body = すべての例に回答しました。
design-system-summary-heading = 例の回答
