# twinpress 介面文字，繁體中文（台灣用語）。
# 各語言共用同一套訊息 ID；請參閱 README.md 中的 "Translating"。
# 中文只有 CLDR 複數類別 other：數量一律直接寫出，不區分單複數。
# $partners-are：towns 表示所有合作對象皆為城市或市鎮（稱「姊妹市」），
# other 表示合作對象包含地區、學校或機構（稱「合作夥伴」）。

language-self = 繁體中文
site-skip = 跳到主要內容
site-menu = 選單
site-languages = 語言
site-main-menu = 主選單
# The description `twinpress init` gives a new site.
site-description = { $home }的國際交流與合作。
footer-contact = 聯絡我們
footer-accessibility = 無障礙聲明
footer-programmes = 補助計畫
footer-sitemap = 網站導覽

nav-home = 首頁
nav-partners = { $partners-are ->
    [towns] 姊妹市
   *[other] 合作夥伴
}
nav-activities = 活動
nav-schedule = 預定參訪
nav-reports = 報告
nav-programmes = 補助計畫

home-intro = { $partners-are ->
    [towns] { $home }在{ $countries }個國家共有{ $partners }個姊妹市。
   *[other] { $home }與{ $countries }個國家的{ $partners }個合作夥伴進行合作。
}
home-partners = { $partners-are ->
    [towns] 我們的姊妹市
   *[other] 我們的合作夥伴
}
home-latest = 最新活動
home-planned = 近期活動預告
home-all-partners = { $partners-are ->
    [towns] 所有姊妹市
   *[other] 所有合作夥伴
}
home-all-partners-count = { $partners-are ->
    [towns] 所有姊妹市（{ $count }）
   *[other] 所有合作夥伴（{ $count }）
}
home-all-activities = 所有活動
home-full-schedule = 完整行程

partners-title = { $partners-are ->
    [towns] 姊妹市
   *[other] 合作夥伴
}
partners-intro = { $partners-are ->
    [towns] 共有{ $count }個姊妹市。
   *[other] 共有{ $count }個合作夥伴。
}
partners-count = { $partners-are ->
    [towns] { $count }個姊妹市
   *[other] { $count }個合作夥伴
}
partners-country-title = { $partners-are ->
    [towns] { $country }的姊妹市
   *[other] { $country }的合作夥伴
}
partners-countries = { $partners-are ->
    [towns] 依國家瀏覽姊妹市
   *[other] 依國家瀏覽合作夥伴
}
partners-empty = { $partners-are ->
    [towns] 目前尚無姊妹市。
   *[other] 目前尚無合作夥伴。
}
partner-status = 狀態
partner-facts = 基本資料
partner-about = 簡介
partner-common-ground = 我們的共同點
partner-photos = 照片
photo-credit = 攝影：
partner-documents = 相關文件
document-link = { $name }（{ $kind }，{ $size }）
map-title = { $partners-are ->
    [towns] 姊妹市地圖
   *[other] 合作夥伴地圖
}
map-desc = { $partners-are ->
    [towns] { $home }：連線指向各姊妹市，並標示距離（公里）。
   *[other] { $home }：連線指向各合作夥伴，並標示距離（公里）。
}
partner-areas = 合作領域
partner-timeline = 交流歷程
partner-activities = 共同舉辦的活動
partner-planned = 規劃中
partner-no-activities = 目前尚無共同活動紀錄。
partner-own-name = 當地語言名稱

fact-country = 國家
fact-region = 地區
fact-kind = 類型
fact-population = 人口
fact-area = 面積
fact-area-value = { $area }平方公里
fact-mayor = 市長
fact-languages = 語言
fact-website = 網站
facts-as-of = 截至{ $year }年

timeline-signatories = 簽署人
timeline-reference = 法源依據
timeline-document-link = 文件（{ $kind }，{ $size }）

text-in-other-language = 本文尚無中文版本，以下以{ $language }顯示。

activities-title = 活動
activities-empty = 目前尚無活動紀錄。
activities-year-title = { $year }年活動
activities-years = 依年份瀏覽活動
activities-count = { $count }項活動
activity-partners = { $partners-are ->
    [towns] 參與城市
   *[other] 參與單位
}
activity-place = 地點
activity-organiser = 主辦單位
activity-programme = 補助計畫
activity-areas = 領域
activity-participants = { $count }人參加

schedule-title = 預定參訪及活動
schedule-intro = { $partners-are ->
    [towns] 預定與姊妹市進行的考察參訪及交流活動。
   *[other] 預定與合作夥伴進行的考察參訪及交流活動。
}
schedule-empty = 目前尚無預定行程。

reports-title = 年度報告
report-title = { $year }年度報告
report-contents = 目錄
report-figures = 年度數據概覽
report-by-partner = { $partners-are ->
    [towns] 各姊妹市的活動
   *[other] 各合作夥伴的活動
}
report-by-area = 各領域的活動
report-other = 其他活動
report-area-count = 活動數
figure-activities = 活動
figure-participants = 參與人數
figure-partners = { $partners-are ->
    [towns] 參與的姊妹市
   *[other] 參與的合作夥伴
}
figure-programmes = 運用的補助計畫
figure-planned = 規劃中

programmes-title = 補助計畫
programme-website = 計畫官方網站
programme-activities = { $count }項活動

page-contents = 本頁內容
page-documents = 相關文件

notfound-title = 找不到網頁
notfound-text = 您要找的網頁不存在或已移至他處。
notfound-home = 回首頁

a11y-title = 無障礙聲明
a11y-intro = { $organisation }致力依據{ $country ->
    [PL] 波蘭2019年4月4日《公部門網站及行動應用程式數位無障礙法》
    [CZ] 捷克關於網站及行動應用程式無障礙之第99/2019號法律
    [DK] 丹麥2018年6月8日關於公部門機關網站及行動應用程式無障礙之第692號法律
    [ES] 西班牙2018年9月7日關於公部門網站及行動應用程式無障礙之第1112/2018號皇家法令
    [FI] 芬蘭《數位服務提供法》（306/2019）
    [FR] 法國2005年2月11日第2005-102號《身心障礙者權利與機會平等、參與及公民身分法》第47條
    [GR] 希臘關於公部門機關網站及行動應用程式無障礙之第4591/2019號法律
    [HR] 克羅埃西亞《公部門機關網站及行動應用程式無障礙法》（《政府公報》第17/19號）
    [HU] 匈牙利關於公部門機關網站及行動應用程式無障礙之2018年第LXXV號法律
    [IT] 義大利2004年1月9日關於支持身心障礙者使用資訊科技之第4號法律
    [PT] 葡萄牙2018年10月19日關於公部門機關網站及行動應用程式無障礙之第83/2018號法令
    [RO] 羅馬尼亞關於公部門機關網站及行動應用程式無障礙之第112/2018號政府緊急命令
    [SE] 瑞典《數位公共服務無障礙法》（2018:1937）
    [SI] 斯洛維尼亞《網站及行動應用程式無障礙法》（ZDSMA）
    [GB] 英國《2018年公部門機關（網站及行動應用程式）（第2號）無障礙規則》
    [JP] 日本工業規格 JIS X 8341-3:2016（AA等級）
    [KR] 韓國《網頁內容無障礙指引2.2》（KWCAG）
    [CN] 中國國家標準 GB/T 37668-2019《信息技術 互聯網內容無障礙可訪問性技術要求與測試方法》
    [TW] 數位發展部《網站無障礙規範》
   *[other] { $jurisdiction ->
        [eea] 施行歐盟第2016/2102號指令之國內法規
       *[other] 《網頁內容無障礙指引》（WCAG）2.1（AA等級）
    }
}，提供無障礙的網站服務。本無障礙聲明適用於網站
a11y-dates = 日期
a11y-published = 網站上線日期
a11y-updated = 最近一次重大更新日期
a11y-compliance = 符合狀況
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] 《數位無障礙法》
    [CZ] 第99/2019號法律
    [DK] 丹麥《網站無障礙法》
    [ES] 第1112/2018號皇家法令
    [FI] 《數位服務提供法》
    [FR] 法國《無障礙改善通用框架》（RGAA）
    [GR] 第4591/2019號法律
    [HR] 《網站及行動應用程式無障礙法》
    [HU] 2018年第LXXV號法律
    [IT] 第4/2004號法律
    [PT] 第83/2018號法令
    [RO] 第112/2018號政府緊急命令
    [SE] 《數位公共服務無障礙法》
    [SI] 《網站及行動應用程式無障礙法》
    [GB] 《2018年無障礙規則》
    [JP] JIS X 8341-3:2016（AA等級）
    [KR] KWCAG 2.2
    [CN] GB/T 37668-2019
    [TW] 《網站無障礙規範》
   *[other] 無障礙要求
}
a11y-status-full = 本網站完全符合{ a11y-law }。
a11y-status-partial = 因有下列不符合事項，本網站部分符合{ a11y-law }。
a11y-status-none = 本網站不符合{ a11y-law }。
a11y-exceptions = 不符合無障礙要求的內容
a11y-contact = 意見回饋與聯絡資訊
a11y-contact-text = 如您使用本網站時遇到問題，請與我們聯絡。聯絡人為
a11y-contact-any = 如您使用本網站時遇到問題，請與我們聯絡。
# Ends a sentence the page puts together around a link or a name.
full-stop = 。
a11y-email = 電子郵件
a11y-phone = 電話
a11y-procedure = 申訴及處理程序
a11y-procedure-text = { $country ->
    [PL] 任何人皆有權要求網站或其中任何部分符合無障礙要求，或要求以替代形式提供資訊。請求應載明請求人的聯絡資料、所涉及的網頁或部分，以及希望採用的替代形式。我們將儘速處理請求，最遲於7日內完成；如無法於期限內完成，將告知您預計完成時間，最遲不超過2個月。如請求遭拒絕，您可提出申訴；申訴程序終結後，得再向波蘭公民權利監察使（Rzecznik Praw Obywatelskich）陳情。
    [GB] 任何人皆有權要求網站或其中任何部分符合無障礙要求，或要求以替代形式提供資訊。請載明您的聯絡資料、所涉及的網頁或部分，以及您希望採用的形式。我們將儘速處理請求，並告知您何時可完成。平等與人權委員會（EHRC）負責無障礙規則的執行。如您對我們處理申訴的方式不滿意，請聯絡平等諮詢與支援服務（EASS）；在北愛爾蘭，請聯絡北愛爾蘭平等委員會（ECNI）。
   *[other] { $jurisdiction ->
        [eea] 任何人皆有權要求網站或其中任何部分符合無障礙要求，或要求以替代形式提供資訊。請載明您的聯絡資料、所涉及的網頁或部分，以及您希望採用的形式。我們將儘速處理請求，並告知您何時可完成。如您對我們的答覆不滿意，可向負責監督公部門網站無障礙狀況的國家主管機關反映。
       *[other] 您可以要求我們讓網站或其中任何部分符合無障礙要求，或以替代形式提供資訊。請載明您的聯絡資料、所涉及的網頁或部分，以及您希望採用的形式。我們將儘速處理請求，並告知您何時可完成。
    }
}
a11y-architecture = 建築無障礙設施
a11y-communication = 溝通無障礙
a11y-communication-text = { $country ->
    [PL] 聾人及聽障人士可透過電子郵件或手語翻譯與我們聯絡；如需手語翻譯，請於三個工作天前告知。
   *[other] 聾人及聽障人士可透過電子郵件以書面方式與我們聯絡。
}
a11y-missing = 本網站尚未公布無障礙相關資訊。

status-prospect = { $partners-are ->
    [towns] 洽談締盟中
   *[other] 潛在合作夥伴
}
status-letter-of-intent = 已簽署意向書
status-negotiating = 協定籌備中
status-active = 合作中
status-suspended = 已暫停
status-ended = 已終止

event-contact = 初次接觸
event-letter-of-intent = 簽署意向書
event-resolution = 議會決議
event-agreement = { $partners-are ->
    [towns] 簽署姊妹市協定
   *[other] 簽署合作協定
}
event-renewal = 續簽協定
event-suspension = 暫停合作
event-resumption = 恢復合作
event-termination = { $partners-are ->
    [towns] 終止姊妹市關係
   *[other] 終止合作關係
}

kind-city = 城市
kind-municipality = 市鎮
kind-district = 區
kind-county = 縣
kind-region = 地區
kind-school = 學校
kind-institution = 機構

area-culture = 文化
area-education = 教育
area-sport = 體育與休閒
area-youth = 青年
area-seniors = 長者
area-social = 社會發展
area-environment = 環境
area-economy = 經濟
area-tourism = 觀光
area-administration = 公共行政
area-heritage = 文化資產
area-health = 醫療衛生
area-science = 科學

activity-visit = 訪問
activity-study-visit = 考察參訪
activity-exchange = 交流
activity-festival = 節慶活動
activity-event = 專題活動
activity-project = 專案
activity-conference = 會議
activity-other = 其他

activity-status-planned = 規劃中
activity-status-done = 已完成
activity-status-cancelled = 已取消
