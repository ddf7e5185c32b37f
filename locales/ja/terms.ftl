## 公式用語の訳語。中国語以外の言語では、中国語の原語を横に表示します。

term-mohrss = 人力資源・社会保障部
term-service-system = 外国人来華就労管理サービスシステム
term-work-permit = 外国人就労許可証
term-work-permit-number = 就労許可番号
term-notification-letter = 外国人就労許可通知書
term-social-security-card = 社会保障カード
term-essc = 電子社会保障カード（e-SSC）
term-social-security-number = 社会保障番号
term-real-person-verification = 本人確認（顔認証）
term-pension = 基本養老保険（年金保険）
term-medical = 基本医療保険
term-work-injury = 労災保険
term-unemployment = 失業保険
term-maternity = 出産保険
term-payment-record = 納付記録
term-medical-settlement = 医療保険の精算
term-qr-code = QRコード
term-past-employment = 職歴証明書
term-qualification = 学歴証明書または職業資格証明書
term-criminal-record = 無犯罪証明書
term-physical-examination = 健康診断記録
term-employment-contract = 雇用契約書または採用証明書
term-passport-page = パスポートの身分事項ページ
term-id-photo = 証明写真
term-service-hall = 行政サービスセンター
term-category-a = A類（ハイレベル人材）
term-category-b = B類（専門人材）
term-category-c = C類（その他の外国人）
term-card-number = カード番号
term-nationality = 国籍
term-employer = 雇用主
term-workplace = 勤務先
term-position = 職位
term-work-address = 勤務地
term-validity = 有効期間
term-contribution-base = 保険料算定基数
term-employer-contribution = 雇用主負担分
term-employee-contribution = 個人負担分
term-contribution-period = 保険料の対象期間（月）
term-paid = 納付済み
term-arrears = 滞納
term-pending = 納付待ち

## Where a holder finds each number (hints on the sign-in and registration choices).
term-work-permit-number-where = 18桁の数字。外国人就労許可通知書または就労許可証のカードに記載されています。
term-social-security-number-where = 18文字。中国で発行された社会保障カードに記載されています。お持ちの場合のみ選択してください。
