## Home page.

home-title = 就労許可が電子社会保障カードに搭載されました
home-lead = 中国で働く外国人にとって何が変わったのか、カードで何ができるのか、何が必要なのかを、公式の中国語用語を併記して、あなたの言語で説明します。

home-changed-heading = 2024年12月1日からの変更点
home-changed-permit = 中国で働く外国人には、カード型の就労許可証が発行されなくなりました。人力資源・社会保障部は、就労許可を電子社会保障カード（e-SSC）に移行しました。
home-changed-register = e-SSCは、パスポートに記載されたとおりの氏名（フルネーム）と、就労許可番号または社会保障番号で登録します。その後、顔認証を受けて、実在する本人であることを示します。
home-changed-existing = 有効なカード型の就労許可証をすでにお持ちの場合は、次回の延長または変更まで引き続き使用できます。
home-terms-heading = 目にする用語

home-card-heading = e-SSCでできること
home-card-intro = e-SSCは、携帯電話の中の社会保障カードです。e-SSCでは次のことができます：
home-card-identity = 公共サービスを利用するときに本人であることを証明する
home-card-medical = 病院や薬局でQRコードを提示して医療費を精算する
home-card-permit = 就労許可の情報（勤務先、職位、勤務地）を確認・ダウンロードする
home-card-payments = 社会保険の納付記録を月ごとに確認する
home-card-verify = 職員や雇用主がQRコードを読み取って、あなたの就労許可が本物であることを確認できるようにする

home-insurance-heading = 5つの社会保険
home-insurance-intro = 雇用主があなたを社会保険に加入させ、毎月保険料を納めます。保険料の大部分は、あなたと雇用主で分担します。
home-insurance-column-name = 保険
home-insurance-column-payer = 負担者
home-insurance-shared = あなたと雇用主
home-insurance-employer = 雇用主のみ
home-insurance-maternity = 雇用主のみ。現在、ほとんどの都市で医療保険に統合されています
home-insurance-agreement = あなたの国が中国と社会保障協定を結んでいる場合、母国の適用証明書があれば、これらの保険の一部が免除されることがあります。

home-documents-heading = 就労許可に必要な書類
home-documents-intro = 就労許可は、雇用主がオンラインで申請します。あなたは次の書類を雇用主に渡します：
home-doc-past-employment = 前の雇用主が発行するもの。職位、在職期間、印章または署名、確認に応じられる連絡先が必要です。
home-doc-qualification = 最終学位または職業資格。外国の学位は認証が必要です。
home-doc-criminal-record = 通常、領事認証またはアポスティーユと、翻訳が必要です。
home-doc-physical = 入国後に国際旅行衛生保健センターで取得します。有効期間は6か月です。
home-doc-contract = 中国語で、勤務地、職務内容、給与、契約期間、職位を明記したもの。
home-doc-passport = 写真と個人情報が記載されたページ。
home-doc-photo = 最近撮影した、白い背景のもの。
home-documents-translation = 中国語以外の書類には、雇用主の印章が押された中国語訳が必要です。
home-documents-after = 許可が承認されると、外国人就労許可通知書が交付されます。これに就労許可番号が記載されており、e-SSCの登録に必要です。
home-prepare-link = 就労許可の申請書類を準備する
home-life-link = 新しいパスポート、新しい雇用主、期限が近い許可：何を、いつまでにすべきか
home-status-link = 申請番号と生年月日で、就労許可申請の進捗を確認する
