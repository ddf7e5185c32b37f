## Accessibility statement.

accessibility-title = アクセシビリティ方針
accessibility-lead = 携帯電話でも、パソコンでも、行政サービスセンターの共用画面でも、誰もがこのサービスを利用できるようにしたいと考えています。このサービスは、Web Content Accessibility Guidelines（WCAG）2.2 のレベルAAを満たすように作られています。
accessibility-can-heading = できること
accessibility-can-keyboard = キーボードだけでサービスのすべての機能を使う
accessibility-can-screen-reader = スクリーンリーダーを使う：ページには見出しとラベル付きの入力欄があり、エラーメッセージは該当する入力欄に関連付けられています
accessibility-can-zoom = 内容が欠けることなく、最大400%まで拡大する、または幅320ピクセルの画面で使う
accessibility-can-language = 右から左に書くアラビア語を含め、作業中の場所を失わずに、いつでも言語を切り替える
accessibility-can-motion = 端末の設定でアニメーションをオフにする（このサービスもその設定に従います）
accessibility-testing-heading = このサービスのテスト方法
accessibility-testing = サービスを変更するたびに、すべての言語のすべてのページを、アクセシビリティ検査エンジン axe で自動的にチェックしています。キーボードだけでの操作テストも行っています。
accessibility-limits-heading = 既知の制限事項
accessibility-limits-chinese = 公式の中国語用語には中国語であることを示す指定があり、スクリーンリーダーが正しく読み上げられるようにしています。ただし、スクリーンリーダーによっては、中国語の音声がインストールされている場合にしか読み上げません。
accessibility-limits-translations = 英語以外の翻訳は、機械の支援を受けて作成・確認したもので、ネイティブスピーカーの職員による確認はまだ受けていません。文章がわかりにくい場合は、訳語の横に表示されている公式の中国語用語を参考にするか、行政サービスセンターの職員にお尋ねください。
accessibility-report-heading = 問題の報告
accessibility-report = うまく利用できない点があれば、行政サービスセンターの職員に伝えるか、社会保険ホットライン（12333）に電話してください。
accessibility-prepared = この方針は2026年11月27日に作成しました。
