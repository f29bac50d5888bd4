# プライバシーのページ、検索、フィード、オープンデータ。

footer-privacy = プライバシー
footer-data = オープンデータ
data-partners-json = { $partners-are ->
    [towns] 姉妹都市（JSON）
   *[other] パートナー（JSON）
}
data-partners-csv = { $partners-are ->
    [towns] 姉妹都市（CSV）
   *[other] パートナー（CSV）
}
data-schedule-ics = 予定している活動（iCalendar）
data-feed = 活動（Atomフィード）
schedule-calendar = 予定している活動をカレンダーに追加（iCalendar）
feed-title = { $site }：活動

privacy-title = プライバシーと個人データ
privacy-intro = { $jurisdiction ->
    [eea] このページでは、一般データ保護規則（GDPR）の定めに従い、このウェブサイトを閲覧した際に個人データがどのように取り扱われるかをご説明します。
    [gb] このページでは、英国一般データ保護規則（UK GDPR）の定めに従い、このウェブサイトを閲覧した際に個人データがどのように取り扱われるかをご説明します。
   *[other] このページでは、このウェブサイトを閲覧した際に個人データがどのように取り扱われるかをご説明します。
}
privacy-controller = ウェブサイトの運営者
privacy-controller-text = このウェブサイトを通じて取り扱われる個人データの管理者は、{ $organisation }です。
privacy-officer = データ保護責任者
privacy-officer-text = 個人データに関するお問い合わせは、データ保護責任者（{ $name }）までご連絡ください：
privacy-officer-missing = このサイトは、データ保護責任者をまだ指定していません（content/site.yaml の privacy）。
privacy-none = このウェブサイトが行わないこと
privacy-none-text = このウェブサイトは、Cookieを使用せず、アクセス解析、広告、トラッキングのツールも使用していません。他のウェブサイトからは何も読み込みません。フォント、地図、スクリプト、画像はすべてこのサイト自身のものです。検索はお使いのブラウザの中で行われ、入力した内容がどこかに送信されることはありません。
privacy-logs = サーバーのログ
privacy-logs-text = { $jurisdiction ->
    [eea] 他のウェブサーバーと同様に、このウェブサイトのサーバーはアクセスごとに、IPアドレス、日時、要求されたページとリンク元のページのアドレス、ブラウザの名称を記録します。これらの記録は、ウェブサイトの運営と安全の確保のためにのみ使用し（GDPR第6条第1項(e)及び(f)）、他のデータと組み合わせたり、閲覧者の特定に使用したりすることはありません。
    [gb] 他のウェブサーバーと同様に、このウェブサイトのサーバーはアクセスごとに、IPアドレス、日時、要求されたページとリンク元のページのアドレス、ブラウザの名称を記録します。これらの記録は、ウェブサイトの運営と安全の確保のためにのみ使用し（UK GDPR第6条第1項(e)及び(f)）、他のデータと組み合わせたり、閲覧者の特定に使用したりすることはありません。
   *[other] 他のウェブサーバーと同様に、このウェブサイトのサーバーはアクセスごとに、IPアドレス、日時、要求されたページとリンク元のページのアドレス、ブラウザの名称を記録します。これらの記録は、ウェブサイトの運営と安全の確保のためにのみ使用し、他のデータと組み合わせたり、閲覧者の特定に使用したりすることはありません。
}
privacy-logs-host = このウェブサイトは{ $host }がホスティングしており、当方に代わってこれらの記録を保管しています。
privacy-logs-days = 記録は{ $days }日後に削除されます。
privacy-links = 他のウェブサイトへのリンク
privacy-links-text = { $partners-are ->
    [towns] 姉妹都市や助成プログラムなどのウェブサイトへのリンク先は、それぞれ独自のプライバシーポリシーを持つウェブサイトです。リンクをたどらない限り、これらのサイトに情報が送信されることはありません。
   *[other] パートナーや助成プログラムなどのウェブサイトへのリンク先は、それぞれ独自のプライバシーポリシーを持つウェブサイトです。リンクをたどらない限り、これらのサイトに情報が送信されることはありません。
}
privacy-rights = あなたの権利
privacy-rights-text = { $jurisdiction ->
    [other] 当方が保有するご自身の個人データの開示、訂正または削除を求めることができます。その際は、データ保護責任者まで書面でご連絡ください。
   *[eea] ご自身の個人データについて、アクセス、訂正または消去、処理の制限を求める権利、及び処理に異議を述べる権利があります。これらの権利を行使する場合は、データ保護責任者まで書面でご連絡ください。
}
privacy-complaint = また、監督機関に苦情を申し立てる権利があります：{ $authority }。
privacy-complaint-any = また、データ保護の監督機関に苦情を申し立てる権利があります。
privacy-updated = 最終更新日

search-title = 検索
search-label = サイト内検索
search-button = 検索
search-hint = { $partners-are ->
    [towns] 姉妹都市（いずれの名称でも）、活動、報告書、ページを検索できます。
   *[other] パートナー（いずれの名称でも）、活動、報告書、ページを検索できます。
}
search-count = 検索結果：{ $count }件
search-none = 見つかりませんでした。別の表記や短い語句でお試しください。
search-noscript = { $partners-are ->
    [towns] 検索にはJavaScriptが必要ですが、無効になっています。「姉妹都市」のページにすべての姉妹都市を掲載しています。
   *[other] 検索にはJavaScriptが必要ですが、無効になっています。「パートナー」のページにすべてのパートナーを掲載しています。
}
search-kind-partner = { $partners-are ->
    [towns] 姉妹都市
   *[other] パートナー
}
search-kind-activity = 活動
search-kind-page = ページ
search-kind-report = 報告書
