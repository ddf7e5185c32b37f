## Life events after the work permit: a new passport, a permit about to expire, a new employer, leaving China. Public, no account; each deadline can go into the person's calendar.

life-title = 状況が変わったとき
life-lead = 新しいパスポート、新しい雇用主、期限が近い許可。いずれの場合も手続きの期限が生じます。何を、いつまでにすべきかを確認し、その日付をカレンダーに登録しましょう。
life-new-passport-link = 新しいパスポートを取得した
life-expiry-link = 就労許可の期限がもうすぐ切れる
life-employer-link = 雇用主を変更する
life-leaving-link = 中国を離れる
life-privacy = 入力した日付はこのブラウザのタブ内にのみ保持されます。送信も保存もされません。
life-back = その他の状況

## Shared: one deadline and the calendar
# Variables:
#   $date (String) - the deadline, as a full date
life-due = 期限：{ $date }
# Variables:
#   $days (Number) - days from today to the deadline
life-days-left = { $days ->
    [0] 今日が期限です。
   *[other] 残り{ $days }日です。
}
# Variables:
#   $days (Number) - days since the deadline passed
life-days-passed = 期限を{ $days }日過ぎています。
life-soon = 今すぐ対応してください：残りは10日以下です。
life-passed = この日付は過ぎています。今日中に雇用主または担当機関に連絡して、事情を説明してください。対応が遅れると、罰金が科されることがあります。
life-uncertain = この数値は情報源によって異なります。雇用主または地元の担当機関に確認してください。
# Variables:
#   $source (String) - where the figure comes from
life-source = 出典：{ $source }
life-calendar = カレンダーに追加
life-calendar-hint = 7日前にリマインダーが設定されたカレンダーファイル（.ics）をダウンロードします。どこにも送信されません。
life-print = これらの日付を印刷
life-show = 日付を表示
life-dates-heading = 関係する日付
life-date-missing = 日付を入力してください
life-date-invalid = 実在する日付を入力してください（例：27 3 2026）
# Variables:
#   $date (String) - a date, as a full date
life-counted-weekdays = 営業日で数えています。その年の休日日程がまだ公表されていないため、{ $date }より後の日は、月曜日から金曜日のみを数えています。
life-holidays-source = 営業日は、国務院が公表した2025年と2026年の休日日程に基づいています。

## I have a new passport
life-new-passport-title = 新しいパスポートを取得した
life-new-passport-lead = 就労許可と居留許可にはパスポート番号が記載されているため、両方の変更が必要です。
life-passport-issued = 新しいパスポートはいつ発行されましたか？
life-passport-issued-hint = 新しいパスポートに記載されている発行日。例：27 3 2026
life-passport-change = 就労許可の変更を申請する
life-passport-change-how = 変更は、雇用主が外国人来華就労管理サービスシステムで申請します。情報源によると、期限は新しいパスポートの発行日から10日以内です。10営業日とする都市もあります。
life-passport-residence = 同じ10日以内に、出入境管理局で居留許可を変更してください。
life-passport-bring = 一般的に求められるもの：新旧のパスポート、居留許可、最近撮影した写真。都市によって異なるため、雇用主に確認してください。
life-passport-source = 各地の出入境管理局および就労許可担当機関の案内（営業日の扱いが異なります）

## My work permit expires soon
life-expiry-title = 就労許可の期限がもうすぐ切れる
life-expiry-lead = 雇用主は、就労許可の期限の90日前から30日前までの間に、延長を申請できます。残りが30日未満になると、システムは延長を受け付けません。
life-expiry-date = 就労許可の期限はいつですか？
life-expiry-date-hint = 就労許可に記載された有効期間の終了日。例：30 6 2027
life-expiry-opens = 延長申請の受付開始
life-expiry-closes = 延長申請の受付終了
life-expiry-ends = 就労許可の期限
life-expiry-not-yet = まだ受付期間ではありません。受付が始まったら、雇用主に知らせてください。
life-expiry-open = 受付期間中です。今すぐ申請するよう雇用主に依頼してください。
life-expiry-closed = 受付期間は終了しました。すぐに雇用主に新規申請について相談してください。有効な許可がなければ働くことはできません。
life-expiry-source = 天津市科学技術局の延長に関する案内

## Changing employer and leaving China
life-last-day = 最終勤務日はいつですか？
life-last-day-hint = 例：31 1 2027
life-cancel = 雇用主が就労許可を抹消する
life-cancel-who = 現在の雇用主が、最終勤務日から10営業日以内に、外国人来華就労管理サービスシステムで就労許可を抹消します（15日とする情報源もあります）。
life-employer-title = 雇用主を変更する
life-employer-lead = 就労許可は1つの雇用主にひも付いています。新しい雇用主があなたのために新しい許可を申請し、現在の雇用主が古い許可を抹消します。
life-employer-new = 新しい雇用主が、あなたの新しい就労許可を申請します。書類をもう一度そろえてください。チェックリストが役立ちます。
life-employer-card = 社会保障番号は生涯変わりません。納付記録はこの番号のもとに残り、新しい雇用主の保険料もそこに引き続き記録されます。
life-leaving-title = 中国を離れる
life-leaving-lead = 出国前に、雇用主が就労許可を確実に抹消するようにし、社会保険をどうするかを決めてください。
life-leaving-residence = 就労のための居留許可は、仕事とともに終了します。どのくらい滞在できるかは、出入境管理局に確認してください。
life-leaving-insurance = 年金の受給資格を得る前に中国を離れる場合は、将来再び来たときのために社会保険の口座を残しておくか、口座を解約して基本養老保険の個人口座の残高の支払いを請求できます。
life-leaving-insurance-source = 中国国内で就業する外国人の社会保険加入暫定弁法（2011年）第7条
life-prepare-link = 就労許可の申請書類を準備する
life-status-link = 申請はどこまで進んでいますか？進捗を確認する

## The public check of an application's progress (no account)
status-title = 申請の進捗を確認
status-lead = 就労許可は雇用主が申請します。申請番号と生年月日を入力すると、申請の状況を確認できます。アカウントは不要です。
status-number = 申請番号
status-number-hint = 申請の提出時に雇用主が受け取った受付票に記載されています。英字と数字からなり、スペースの有無は問いません。
status-number-missing = 申請番号を入力してください
status-birth = 生年月日
status-birth-hint = パスポートの記載どおり。例：14 2 1991
status-birth-missing = 生年月日を入力してください
status-submit = 進捗を確認
status-result-heading = 申請の状況
# Variables:
#   $date (String) - the day the stage was reached, as a full date
status-since = { $date }から
# Variables:
#   $date (String) - the latest day for a decision, as a full date
status-decision-due = 決定の期限は{ $date }です。期間が90日を超える許可の場合、受理から20営業日です（特別な場合はさらに10営業日）。
status-decision-weekdays = 公表済みの休日日程より後の日は、月曜日から金曜日のみを数えています。
status-privacy = ここに表示されるのは、段階とその日付のみです。詳細は、外国人来華就労管理サービスシステムの雇用主のアカウントで確認できます。入力した内容は保存されません。

## An application's stages
stage-submitted = 雇用主が提出済み
stage-pre-review = 事前審査
stage-accepted = 受理
stage-under-review = 審査中
stage-more-documents = 追加書類の要求
stage-approved = 承認
stage-refused = 不許可
stage-submitted-meaning = 雇用主がオンラインで申請を提出しました。担当機関は、受理する前に書類がそろっているかを確認します。
stage-pre-review-meaning = 担当機関が、申請書類がそろっているかを確認しています。その後、受理されるか、雇用主に追加書類が求められます。
stage-accepted-meaning = 申請書類がそろい、受理されました。これから担当機関が決定します。
stage-under-review-meaning = 担当機関が審査しています。決定は、期間が90日を超える許可の場合は受理から20営業日以内、それより短い許可の場合は5営業日以内に出されます。
stage-more-documents-meaning = 担当機関が雇用主に追加書類を求めています。どの書類かを雇用主に確認し、できるだけ早く送ってください。書類が届くまで、申請は止まったままになります。
stage-approved-meaning = 就労許可が承認され、就労許可通知書が発行されました。次はZビザを取得し、中国に入国します。入国後に各種の期限が始まります。
stage-refused-meaning = 申請は不許可となりました。理由は雇用主のアカウントで確認できます。理由が解消されれば、雇用主は再度申請できます。
step-done = 完了：
step-current = 現在：
step-to-come = 今後：

## Your timeline (signed in)
timeline-lead = 申請から次の期限までを、一か所にまとめています。残り日数は、中国の今日の日付から数えています。
# Variables:
#   $date (String) - today in China, as a full date
timeline-today = 中国の今日の日付：{ $date }
timeline-application-heading = あなたの申請
timeline-application-number = 申請番号：
timeline-no-application = あなたの就労許可に関する申請の記録はありません。
timeline-earlier = 過去の申請
timeline-asked-for = 担当機関が求めた書類：
timeline-after-heading = 承認後
timeline-entry = Zビザでの中国入国
timeline-residence = 居留許可（就労）
timeline-on-site = 書類原本の窓口での確認
timeline-watch-heading = 注意すべき日付
timeline-letter-expires = 就労許可通知書の有効期限
timeline-residence-due = 居留許可を申請する
timeline-on-site-due = 窓口での確認のため、書類原本を持参する
timeline-medical-expires = 健康診断記録の有効期限（窓口での確認には、発行から6か月以内のものが必要です）
refusal-document-expired = 理由：申請時に有効期限の切れた書類がありました（無犯罪証明書と健康診断記録の有効期間は、発行から6か月です）。
refusal-not-authenticated = 理由：外国の書類に、アポスティーユも領事認証もありませんでした。
refusal-points-too-low = 理由：点数が、申請した区分の基準に達しませんでした。
