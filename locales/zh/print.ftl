# 印刷出版物：各合作关系的宣传折页、年度报告及其索引。

print-title = 印刷出版物
print-intro = { $partners-are ->
    [towns] 各友好城市的宣传折页和年度报告，可直接打印。您可以在浏览器中打开后打印，也可以下载PDF文件。
   *[other] 各合作伙伴的宣传折页和年度报告，可直接打印。您可以在浏览器中打开后打印，也可以下载PDF文件。
}
print-folders = { $partners-are ->
    [towns] 友好城市宣传折页
   *[other] 合作伙伴宣传折页
}
print-reports = 年度报告
print-open = 打印版
print-pdf = PDF
print-shop-pdf = 印刷厂用PDF（含3毫米出血及裁切线）
print-shop-html = 印刷厂版
print-folder-title = { $home }与{ $partner }
print-folder-language = { $language }版
footer-print = 印刷出版物

folder-kicker = { $partners-are ->
    [towns] 友好城市
   *[other] 合作关系
}
folder-since = { $partners-are ->
    [towns] 自{ $year }年起结为友好城市
   *[other] 自{ $year }年起建立合作关系
}
folder-since-until = { $partners-are ->
    [towns] { $from }年至{ $until }年为友好城市
   *[other] { $from }年至{ $until }年为合作伙伴
}
folder-story = { $partners-are ->
    [towns] 我们的友好情谊
   *[other] 我们的合作关系
}
folder-figures = { $partners-are ->
    [towns] 两市数据对比
   *[other] 数据概览
}
folder-achievements = 我们共同开展的工作
folder-plans = 我们的计划
folder-contact = 联系方式
folder-more = ……另有{ $count }项活动，详见我们的网站。
folder-no-achievements = 我们的首次共同活动即将开展。
folder-no-plans = 新的共同活动将在我们的网站上公布。
folder-no-achievements-ended = 没有共同活动记录。
folder-ended = { $partners-are ->
    [towns] 友好城市关系已终止。
   *[other] 合作关系已终止。
}
folder-online = 更多信息请访问网站
folder-partner-website = { $partners-are ->
    [towns] 友好城市网站
   *[other] 合作伙伴网站
}
folder-distance = 距离
folder-distance-value = { $km }公里

report-cover-kicker = 年度报告
report-page = 页码
report-chart-title = { $year }年各领域活动
report-chart-description = 条形图，显示各合作领域的活动数量；表格中列有相同的数据。
