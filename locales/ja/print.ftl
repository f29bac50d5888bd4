# 印刷物：パートナーごとのリーフレット、年次報告書とその一覧。

print-title = 印刷物
print-intro = { $partners-are ->
    [towns] 各姉妹都市を紹介するリーフレットと年次報告書を、印刷できる形でご用意しています。ブラウザで開いて印刷するか、PDFをダウンロードしてください。
   *[other] 各パートナーとの交流を紹介するリーフレットと年次報告書を、印刷できる形でご用意しています。ブラウザで開いて印刷するか、PDFをダウンロードしてください。
}
print-folders = { $partners-are ->
    [towns] 姉妹都市紹介リーフレット
   *[other] パートナー紹介リーフレット
}
print-reports = 年次報告書
print-open = 印刷用ページ
print-pdf = PDF
print-shop-pdf = 印刷所入稿用PDF（塗り足し3mm、トンボ付き）
print-shop-html = 印刷所入稿用ページ
print-folder-title = { $home }と{ $partner }
print-folder-language = { $language }版
footer-print = 印刷物

folder-kicker = { $partners-are ->
    [towns] 姉妹都市
   *[other] パートナーシップ
}
folder-since = { $year }年から提携
folder-since-until = 提携期間：{ $from }年～{ $until }年
folder-story = 私たちの交流
folder-figures = { $partners-are ->
    [towns] 数字で見る二つのまち
   *[other] 数字で見る
}
folder-achievements = これまでの共同の取り組み
folder-plans = 今後の予定
folder-contact = お問い合わせ
folder-more = …ほか{ $count }件の活動をウェブサイトでご紹介しています。
folder-no-achievements = 最初の共同の取り組みはこれからです。
folder-no-plans = 新たな共同の取り組みは、ウェブサイトでお知らせします。
folder-no-achievements-ended = 共同の取り組みの記録はありません。
folder-ended = この提携は終了しました。
folder-online = 詳しくはウェブサイトで
folder-partner-website = { $partners-are ->
    [towns] 相手都市のウェブサイト
   *[other] パートナーのウェブサイト
}
folder-distance = 距離
folder-distance-value = { $km } km

report-cover-kicker = 年次報告書
report-page = ページ
report-chart-title = { $year }年の分野別の活動
report-chart-description = 交流分野ごとの活動数を示す棒グラフです。同じ数値を表にも掲載しています。
