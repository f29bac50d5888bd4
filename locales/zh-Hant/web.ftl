# 隱私權頁面、搜尋、訂閱及開放資料。

footer-privacy = 隱私權政策
footer-data = 開放資料
data-partners-json = { $partners-are ->
    [towns] 姊妹市（JSON）
   *[other] 合作夥伴（JSON）
}
data-partners-csv = { $partners-are ->
    [towns] 姊妹市（CSV）
   *[other] 合作夥伴（CSV）
}
data-schedule-ics = 預定活動（iCalendar）
data-feed = 活動（Atom訂閱）
schedule-calendar = 將預定活動加入您的行事曆（iCalendar）
feed-title = { $site }：活動

privacy-title = 隱私權與個人資料保護
privacy-intro = { $jurisdiction ->
    [eea] 依據歐盟《一般資料保護規則》（GDPR）之規定，本頁說明您瀏覽本網站時，個人資料的處理方式。
    [gb] 依據英國《一般資料保護規則》（UK GDPR）之規定，本頁說明您瀏覽本網站時，個人資料的處理方式。
   *[other] 本頁說明您瀏覽本網站時，個人資料的處理方式。
}
privacy-controller = 網站營運者
privacy-controller-text = 透過本網站處理之個人資料，其控管者為{ $organisation }。
privacy-officer = 資料保護長
privacy-officer-text = 凡與您個人資料相關之事宜，均可聯絡我們的資料保護長{ $name }：
privacy-officer-missing = 本網站尚未指定資料保護長（content/site.yaml中的privacy設定）。
privacy-none = 本網站不會做的事
privacy-none-text = 本網站不使用任何Cookie，亦不使用任何分析、廣告或追蹤工具。本網站不會從其他網站載入任何內容：字型、地圖、指令碼及圖片皆由本網站自行提供。搜尋功能在您的瀏覽器中執行：您輸入的內容不會傳送至任何地方。
privacy-logs = 伺服器紀錄
privacy-logs-text = { $jurisdiction ->
    [eea] 如同所有網頁伺服器，本網站的伺服器會記錄每一次請求：IP位址、時間、所請求網頁的網址及連結至該網頁的來源網頁網址，以及瀏覽器名稱。這些紀錄僅用於網站的營運與安全維護（GDPR第6條第1項第e款及第f款）；不會與其他資料結合，亦不會用於識別造訪者身分。
    [gb] 如同所有網頁伺服器，本網站的伺服器會記錄每一次請求：IP位址、時間、所請求網頁的網址及連結至該網頁的來源網頁網址，以及瀏覽器名稱。這些紀錄僅用於網站的營運與安全維護（UK GDPR第6條第1項第e款及第f款）；不會與其他資料結合，亦不會用於識別造訪者身分。
   *[other] 如同所有網頁伺服器，本網站的伺服器會記錄每一次請求：IP位址、時間、所請求網頁的網址及連結至該網頁的來源網頁網址，以及瀏覽器名稱。這些紀錄僅用於網站的營運與安全維護；不會與其他資料結合，亦不會用於識別造訪者身分。
}
privacy-logs-host = 本網站由{ $host }代管，並由其代表我們保存這些紀錄。
privacy-logs-days = 這些紀錄將於{ $days }天後刪除。
privacy-links = 其他網站連結
privacy-links-text = { $partners-are ->
    [towns] 連至姊妹市、補助計畫及其他單位網站的連結，將帶您前往適用其各自隱私權政策的網站。除非您點選連結，否則不會傳送任何資料給這些網站。
   *[other] 連至合作夥伴、補助計畫及其他單位網站的連結，將帶您前往適用其各自隱私權政策的網站。除非您點選連結，否則不會傳送任何資料給這些網站。
}
privacy-rights = 您的權利
privacy-rights-text = { $jurisdiction ->
    [other] 您可以請求查閱我們所保有的您的個人資料，並請求更正或刪除。如需行使上述權利，請以書面方式聯絡資料保護長。
   *[eea] 您有權查閱您的個人資料、請求更正或刪除、限制其處理，以及對其處理提出異議。如需行使上述權利，請以書面方式聯絡資料保護長。
}
privacy-complaint = 您亦有權向監管機關提出申訴：{ $authority }。
privacy-complaint-any = 您亦有權向個人資料保護監管機關提出申訴。
privacy-updated = 最後更新

search-title = 搜尋
search-label = 搜尋本網站
search-button = 搜尋
search-hint = { $partners-are ->
    [towns] 可依任一名稱搜尋姊妹市，亦可搜尋活動、報告或網頁。
   *[other] 可依任一名稱搜尋合作夥伴，亦可搜尋活動、報告或網頁。
}
search-count = 共找到{ $count }筆結果
search-none = 查無相關結果。請嘗試其他拼法或較短的關鍵字。
search-noscript = { $partners-are ->
    [towns] 搜尋功能需要JavaScript，但您的瀏覽器已將其停用。「姊妹市」頁面列有所有姊妹市。
   *[other] 搜尋功能需要JavaScript，但您的瀏覽器已將其停用。「合作夥伴」頁面列有所有合作夥伴。
}
search-kind-partner = { $partners-are ->
    [towns] 姊妹市
   *[other] 合作夥伴
}
search-kind-activity = 活動
search-kind-page = 網頁
search-kind-report = 報告
