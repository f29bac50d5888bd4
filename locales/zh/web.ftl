# 隐私页面、搜索、订阅源和开放数据。

footer-privacy = 隐私政策
footer-data = 开放数据
data-partners-json = { $partners-are ->
    [towns] 友好城市（JSON）
   *[other] 合作伙伴（JSON）
}
data-partners-csv = { $partners-are ->
    [towns] 友好城市（CSV）
   *[other] 合作伙伴（CSV）
}
data-schedule-ics = 计划中的活动（iCalendar）
data-feed = 活动（Atom订阅源）
schedule-calendar = 将计划中的活动添加到您的日历（iCalendar）
feed-title = { $site }：活动

privacy-title = 隐私与个人数据保护
privacy-intro = { $jurisdiction ->
    [eea] 根据欧盟《通用数据保护条例》（GDPR）的要求，本页面说明您访问本网站时个人数据的处理情况。
    [gb] 根据英国《通用数据保护条例》（UK GDPR）的要求，本页面说明您访问本网站时个人数据的处理情况。
   *[other] 本页面说明您访问本网站时个人数据的处理情况。
}
privacy-controller = 网站运营者
privacy-controller-text = 通过本网站处理的个人数据，其控制者为{ $organisation }。
privacy-officer = 数据保护官
privacy-officer-text = 有关您个人数据的任何事宜，您均可联系我们的数据保护官{ $name }：
privacy-officer-missing = 本网站尚未指定数据保护官（content/site.yaml中的privacy项）。
privacy-none = 本网站不会做的事
privacy-none-text = 本网站不设置任何Cookie，也不使用任何分析、广告或跟踪工具。本网站不从其他网站加载任何内容：字体、地图、脚本和图片均由本网站自行提供。搜索在您的浏览器中完成：您输入的内容不会被发送到任何地方。
privacy-logs = 服务器日志
privacy-logs-text = { $jurisdiction ->
    [eea] 与所有网络服务器一样，本网站的服务器会记录每一次请求：IP地址、时间、所请求页面的地址和链接至该页面的来源页面地址，以及浏览器名称。这些记录仅用于网站的运行和安全保障（GDPR第6条第1款(e)项和(f)项）；不会与其他数据合并，也不会用于识别访问者身份。
    [gb] 与所有网络服务器一样，本网站的服务器会记录每一次请求：IP地址、时间、所请求页面的地址和链接至该页面的来源页面地址，以及浏览器名称。这些记录仅用于网站的运行和安全保障（UK GDPR第6条第1款(e)项和(f)项）；不会与其他数据合并，也不会用于识别访问者身份。
   *[other] 与所有网络服务器一样，本网站的服务器会记录每一次请求：IP地址、时间、所请求页面的地址和链接至该页面的来源页面地址，以及浏览器名称。这些记录仅用于网站的运行和安全保障；不会与其他数据合并，也不会用于识别访问者身份。
}
privacy-logs-host = 本网站由{ $host }托管，并由其代表我们保存这些记录。
privacy-logs-days = 这些记录将在{ $days }天后删除。
privacy-links = 指向其他网站的链接
privacy-links-text = { $partners-are ->
    [towns] 指向友好城市、资助计划及其他方面网站的链接，会将您带往适用其自身隐私规则的网站。除非您点击链接，否则不会向这些网站发送任何信息。
   *[other] 指向合作伙伴、资助计划及其他方面网站的链接，会将您带往适用其自身隐私规则的网站。除非您点击链接，否则不会向这些网站发送任何信息。
}
privacy-rights = 您的权利
privacy-rights-text = { $jurisdiction ->
    [other] 您可以要求查阅我们所持有的您的个人数据，并要求更正或删除。如需行使上述权利，请以书面形式联系数据保护官。
   *[eea] 您有权访问您的个人数据，有权要求更正或删除，有权限制对其的处理，并有权反对对其的处理。如需行使上述权利，请以书面形式联系数据保护官。
}
privacy-complaint = 您还有权向监管机构投诉：{ $authority }。
privacy-complaint-any = 您还有权向数据保护监管机构投诉。
privacy-updated = 最后更新

search-title = 搜索
search-label = 搜索本网站
search-button = 搜索
search-hint = { $partners-are ->
    [towns] 可按任一名称查找友好城市，也可查找活动、报告或页面。
   *[other] 可按任一名称查找合作伙伴，也可查找活动、报告或页面。
}
search-count = 共找到{ $count }条结果
search-none = 未找到相关内容。请尝试其他拼写或更短的关键词。
search-noscript = { $partners-are ->
    [towns] 搜索功能需要JavaScript，但您的浏览器已将其关闭。“友好城市”页面列出了全部友好城市。
   *[other] 搜索功能需要JavaScript，但您的浏览器已将其关闭。“合作伙伴”页面列出了全部合作伙伴。
}
search-kind-partner = { $partners-are ->
    [towns] 友好城市
   *[other] 合作伙伴
}
search-kind-activity = 活动
search-kind-page = 页面
search-kind-report = 报告
