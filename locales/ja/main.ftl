# twinpress のインターフェース文字列（日本語）。
# メッセージIDはすべての言語で共通です。README.md の "Translating" を参照してください。

language-self = 日本語
site-skip = 本文へ移動
site-menu = メニュー
site-languages = 言語
site-main-menu = メインメニュー
# The description `twinpress init` gives a new site.
site-description = { $home }の国際交流
footer-contact = お問い合わせ
footer-accessibility = アクセシビリティ方針
footer-programmes = 助成プログラム
footer-sitemap = サイトマップ

nav-home = ホーム
nav-partners = { $partners-are ->
    [towns] 姉妹都市
   *[other] パートナー
}
nav-activities = 交流活動
nav-schedule = 訪問予定
nav-reports = 報告書
nav-programmes = 助成プログラム

home-intro = { $home }は、{ $countries }か国の{ $partners-are ->
    [towns] { $partners }都市
   *[other] { $partners }の自治体・団体
}と交流しています。
home-partners = { $partners-are ->
    [towns] 姉妹都市
   *[other] パートナー
}
home-latest = 最近の活動
home-planned = 今後の予定
home-all-partners = { $partners-are ->
    [towns] すべての姉妹都市
   *[other] すべてのパートナー
}
home-all-partners-count = { $partners-are ->
    [towns] すべての姉妹都市（{ $count }）
   *[other] すべてのパートナー（{ $count }）
}
home-all-activities = すべての活動
home-full-schedule = すべての予定

partners-title = { $partners-are ->
    [towns] 姉妹都市
   *[other] パートナー
}
partners-intro = { $partners-are ->
    [towns] 姉妹都市は{ $count }都市です。
   *[other] パートナーは{ $count }件です。
}
partners-count = { $partners-are ->
    [towns] { $count }都市
   *[other] { $count }件
}
partners-country-title = { $partners-are ->
    [towns] 姉妹都市
   *[other] パートナー
}：{ $country }
partners-countries = 国別
partners-empty = { $partners-are ->
    [towns] 姉妹都市はまだありません。
   *[other] パートナーはまだありません。
}
partner-status = 提携の状況
partner-facts = 基本データ
partner-about = 紹介
partner-common-ground = 共通点
partner-photos = 写真
photo-credit = 写真：
partner-documents = 資料
document-link = { $name }（{ $kind }、{ $size }）
map-title = { $partners-are ->
    [towns] 姉妹都市の地図
   *[other] パートナーの地図
}
map-desc = { $home }から各{ $partners-are ->
    [towns] 姉妹都市
   *[other] パートナー
}へ線を引き、距離をキロメートルで示しています。
partner-areas = 交流分野
partner-timeline = 提携のあゆみ
partner-activities = 共同の活動
partner-planned = 予定
partner-no-activities = 共同の活動の記録はまだありません。
partner-own-name = 現地語での名称

fact-country = 国
fact-region = 地域
fact-kind = 種別
fact-population = 人口
fact-area = 面積
fact-area-value = { $area } km²
fact-mayor = 首長
fact-languages = 言語
fact-website = ウェブサイト
facts-as-of = { $year }年現在

timeline-signatories = 署名者
timeline-reference = 根拠
timeline-document-link = 資料（{ $kind }、{ $size }）

text-in-other-language = この文章は日本語では提供されていないため、{ $language }で表示しています。

activities-title = 交流活動
activities-empty = 活動の記録はまだありません。
activities-year-title = { $year }年の活動
activities-years = 年別の活動
activities-count = { $count }件の活動
activity-partners = { $partners-are ->
    [towns] 姉妹都市
   *[other] パートナー
}
activity-place = 場所
activity-organiser = 主催
activity-programme = 助成プログラム
activity-areas = 分野
activity-participants = 参加者{ $count }人

schedule-title = 訪問・活動の予定
schedule-intro = { $partners-are ->
    [towns] 姉妹都市との間で予定されている視察や交流です。
   *[other] パートナーとの間で予定されている視察や交流です。
}
schedule-empty = 現在、予定はありません。

reports-title = 年次報告書
report-title = { $year }年 報告書
report-contents = 目次
report-figures = 数字で見る1年
report-by-partner = { $partners-are ->
    [towns] 姉妹都市別の活動
   *[other] パートナー別の活動
}
report-by-area = 分野別の活動
report-other = その他の活動
report-area-count = 活動数
figure-activities = 活動
figure-participants = 参加者
figure-partners = { $partners-are ->
    [towns] 交流した姉妹都市
   *[other] 交流したパートナー
}
figure-programmes = 活用した助成プログラム
figure-planned = 予定している活動

programmes-title = 助成プログラム
programme-website = プログラムのウェブサイト
programme-activities = { $count }件の活動

page-contents = このページの内容
page-documents = 資料

notfound-title = ページが見つかりません
notfound-text = お探しのページは存在しないか、移動した可能性があります。
notfound-home = ホームページへ

a11y-title = アクセシビリティ方針
a11y-intro = { $organisation }は、{ $country ->
    [PL] ポーランドの「公的機関のウェブサイト及びモバイルアプリケーションのデジタル・アクセシビリティに関する2019年4月4日法」に基づき
    [CZ] チェコの「ウェブサイト及びモバイルアプリケーションのアクセシビリティに関する法律第99/2019号」に基づき
    [DK] デンマークの「公共部門機関のウェブサイト及びモバイルアプリケーションのアクセシビリティに関する2018年6月8日法律第692号」に基づき
    [ES] スペインの「公共部門のウェブサイト及びモバイルアプリケーションのアクセシビリティに関する9月7日王令第1112/2018号」に基づき
    [FI] フィンランドの「デジタルサービスの提供に関する法律（306/2019）」に基づき
    [FR] フランスの「障害者の権利と機会の平等、参加及び市民権のための2005年2月11日法律第2005-102号」第47条に基づき
    [GR] ギリシャの「公共部門機関のウェブサイト及びモバイルアプリケーションのアクセシビリティに関する法律第4591/2019号」に基づき
    [HR] クロアチアの「公共部門機関のウェブサイト及びモバイルアプリケーションのアクセシビリティに関する法律」（官報17/19）に基づき
    [HU] ハンガリーの「公共部門機関のウェブサイト及びモバイルアプリケーションのアクセシビリティに関する2018年法律第75号」に基づき
    [IT] イタリアの「障害者の情報技術へのアクセスを支援するための規定に関する2004年1月9日法律第4号」に基づき
    [PT] ポルトガルの「公的機関のウェブサイト及びモバイルアプリケーションのアクセシビリティに関する10月19日政令第83/2018号」に基づき
    [RO] ルーマニアの「公共部門機関のウェブサイト及びモバイルアプリケーションのアクセシビリティに関する政府緊急命令第112/2018号」に基づき
    [SE] スウェーデンの「デジタル公共サービスのアクセシビリティに関する法律（2018:1937）」に基づき
    [SI] スロベニアの「ウェブサイト及びモバイルアプリケーションのアクセシビリティに関する法律」（ZDSMA）に基づき
    [GB] 英国の「2018年公共部門機関（ウェブサイト及びモバイルアプリケーション）（第2号）アクセシビリティ規則」に基づき
    [JP] 日本産業規格 JIS X 8341-3:2016 の適合レベルAAに準拠することを目標として
    [KR] 韓国の「ウェブコンテンツ・アクセシビリティ指針2.2」（KWCAG）に基づき
    [CN] インターネットコンテンツのアクセシビリティに関する中国の国家規格 GB/T 37668-2019 に基づき
    [TW] 台湾の数位発展部（デジタル発展省）による「ウェブサイト・アクセシビリティ・ガイドライン」に基づき
   *[other] { $jurisdiction ->
        [eea] 指令（EU）2016/2102 を国内法化した法令に基づき
       *[other] ウェブコンテンツ・アクセシビリティ・ガイドライン（WCAG）2.1 のレベルAAに基づき
    }
}、ウェブサイトのアクセシビリティの確保に取り組んでいます。このアクセシビリティ方針は、次のウェブサイトを対象としています：
a11y-dates = 日付
a11y-published = ウェブサイトの公開日
a11y-updated = 最終の大幅な更新日
a11y-compliance = 対応状況
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] デジタル・アクセシビリティ法
    [CZ] 法律第99/2019号
    [DK] デンマークのウェブアクセシビリティ法
    [ES] 王令第1112/2018号
    [FI] デジタルサービスの提供に関する法律
    [FR] フランスのアクセシビリティ改善のための一般基準（RGAA）
    [GR] 法律第4591/2019号
    [HR] ウェブサイト及びモバイルアプリケーションのアクセシビリティに関する法律
    [HU] 2018年法律第75号
    [IT] 法律第4/2004号
    [PT] 政令第83/2018号
    [RO] 政府緊急命令第112/2018号
    [SE] デジタル公共サービスのアクセシビリティに関する法律
    [SI] ウェブサイト及びモバイルアプリケーションのアクセシビリティに関する法律
    [GB] 2018年アクセシビリティ規則
    [JP] JIS X 8341-3:2016
   *[other] アクセシビリティの要件
}
a11y-status-full = このウェブサイトは、{ a11y-law }に完全に準拠しています。
a11y-status-partial = このウェブサイトは、以下に示す不適合があるため、{ a11y-law }に一部準拠しています。
a11y-status-none = このウェブサイトは、{ a11y-law }に準拠していません。
a11y-exceptions = アクセシブルでないコンテンツ
a11y-contact = ご意見・お問い合わせ先
a11y-contact-text = ウェブサイトのご利用に際してお困りのことがありましたら、お問い合わせください。担当者：
a11y-contact-any = ウェブサイトのご利用に際してお困りのことがありましたら、お問い合わせください。
# Ends a sentence the page puts together around a link or a name.
full-stop = 。
a11y-email = 電子メール
a11y-phone = 電話
a11y-procedure = 申し立ての手続
a11y-procedure-text = { $country ->
    [PL] どなたでも、ウェブサイトまたはその一部をアクセシブルにすること、あるいは情報を代替の形式で提供することを求める権利があります。要求には、要求する方の連絡先、対象となるページまたは要素、希望する代替の形式を記載する必要があります。要求には遅滞なく、遅くとも7日以内に対応します。期限内に対応できない場合は、対応できる時期をお知らせします（遅くとも2か月以内）。要求を拒否された場合は苦情を申し立てることができ、その手続を経た後は、ポーランドのオンブズマン（Rzecznik Praw Obywatelskich、市民権利擁護官）に申し立てることができます。
    [GB] どなたでも、ウェブサイトまたはその一部をアクセシブルにすること、あるいは情報を代替の形式で提供することを求める権利があります。ご連絡先、対象となるページまたは要素、ご希望の形式をお知らせください。要求には不当に遅れることなく対応し、対応の時期をお知らせします。アクセシビリティ規則の執行は、平等人権委員会（EHRC）が担当しています。苦情に対する当方の対応にご満足いただけない場合は、平等アドバイザリー支援サービス（EASS）に、北アイルランドでは北アイルランド平等委員会（ECNI）にご連絡ください。
   *[other] { $jurisdiction ->
        [eea] どなたでも、ウェブサイトまたはその一部をアクセシブルにすること、あるいは情報を代替の形式で提供することを求める権利があります。ご連絡先、対象となるページまたは要素、ご希望の形式をお知らせください。要求には不当に遅れることなく対応し、対応の時期をお知らせします。当方の回答にご満足いただけない場合は、公的機関のウェブサイトのアクセシビリティを監督する国の機関に申し立てることができます。
       *[other] ウェブサイトまたはその一部をアクセシブルにすること、あるいは情報を代替の形式で提供することをご依頼いただけます。ご連絡先、対象となるページまたは要素、ご希望の形式をお知らせください。ご依頼には不当に遅れることなく対応し、対応の時期をお知らせします。
    }
}
a11y-architecture = 施設のアクセシビリティ
a11y-communication = コミュニケーションのアクセシビリティ
a11y-communication-text = { $country ->
    [PL] 聴覚に障害のある方は、電子メールで、または手話通訳を介してご連絡いただけます。手話通訳をご希望の場合は、3営業日前までにお知らせください。
   *[other] 聴覚に障害のある方は、電子メールにより文書でご連絡いただけます。
}
a11y-missing = このサイトは、アクセシビリティに関する情報をまだ公開していません。

status-prospect = 提携候補
status-letter-of-intent = 意向書
status-negotiating = 協定準備中
status-active = 提携中
status-suspended = 交流休止中
status-ended = 提携終了

event-contact = 最初の交流
event-letter-of-intent = 意向書
event-resolution = 議会の議決
event-agreement = 提携協定の締結
event-renewal = 協定の更新
event-suspension = 交流の休止
event-resumption = 交流の再開
event-termination = 提携の終了

kind-city = 市
kind-municipality = 自治体
kind-district = 地区
kind-county = 郡
kind-region = 地域
kind-school = 学校
kind-institution = 機関

area-culture = 文化
area-education = 教育
area-sport = スポーツ・レクリエーション
area-youth = 青少年
area-seniors = 高齢者
area-social = 社会福祉
area-environment = 環境
area-economy = 経済
area-tourism = 観光
area-administration = 行政
area-heritage = 文化遺産
area-health = 保健・医療
area-science = 科学

activity-visit = 訪問
activity-study-visit = 視察
activity-exchange = 交流
activity-festival = フェスティバル
activity-event = イベント
activity-project = プロジェクト
activity-conference = 会議
activity-other = その他

activity-status-planned = 予定
activity-status-done = 実施済み
activity-status-cancelled = 中止
