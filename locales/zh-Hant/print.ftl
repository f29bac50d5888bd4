# 印刷出版品：各合作關係的簡介摺頁、年度報告及其索引。

print-title = 印刷出版品
print-intro = { $partners-are ->
    [towns] 各姊妹市的簡介摺頁及年度報告，可直接列印。您可以在瀏覽器中開啟後列印，或下載PDF檔案。
   *[other] 各合作夥伴的簡介摺頁及年度報告，可直接列印。您可以在瀏覽器中開啟後列印，或下載PDF檔案。
}
print-folders = { $partners-are ->
    [towns] 姊妹市簡介摺頁
   *[other] 合作夥伴簡介摺頁
}
print-reports = 年度報告
print-open = 列印版
print-pdf = PDF
print-shop-pdf = 印刷廠用PDF（含3公釐出血及裁切標記）
print-shop-html = 印刷廠版本
print-folder-title = { $home }與{ $partner }
print-folder-language = { $language }版
footer-print = 印刷出版品

folder-kicker = { $partners-are ->
    [towns] 姊妹市
   *[other] 合作關係
}
folder-since = { $partners-are ->
    [towns] 自{ $year }年起締結為姊妹市
   *[other] 自{ $year }年起建立合作關係
}
folder-since-until = { $partners-are ->
    [towns] { $from }年至{ $until }年為姊妹市
   *[other] { $from }年至{ $until }年為合作夥伴
}
folder-story = { $partners-are ->
    [towns] 我們的姊妹市情誼
   *[other] 我們的合作關係
}
folder-figures = { $partners-are ->
    [towns] 兩市數據比較
   *[other] 數據概覽
}
folder-achievements = 我們攜手完成的工作
folder-plans = 未來規劃
folder-contact = 聯絡資訊
folder-more = ……另有{ $count }項活動，詳見本網站。
folder-no-achievements = 我們的首次共同活動即將展開。
folder-no-plans = 新的共同活動將於本網站公布。
folder-no-achievements-ended = 無共同活動紀錄。
folder-ended = { $partners-are ->
    [towns] 姊妹市關係已終止。
   *[other] 合作關係已終止。
}
folder-online = 更多資訊請見網站
folder-partner-website = { $partners-are ->
    [towns] 姊妹市網站
   *[other] 合作夥伴網站
}
folder-distance = 距離
folder-distance-value = { $km }公里

report-cover-kicker = 年度報告
report-page = 頁碼
report-chart-title = { $year }年各領域活動
report-chart-description = 長條圖，顯示各合作領域的活動數量；相同數據亦列於表格中。
