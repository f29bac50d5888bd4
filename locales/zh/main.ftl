# twinpress 界面文本，简体中文（中国大陆用法）。
# 各语言共用同一套消息 ID；参见 README.md 中的 "Translating"。
# 中文只有 CLDR 复数类别 other：数量一律直接写出，不区分单复数。
# $partners-are：towns 表示全部合作方均为城市或市镇（称“友好城市”），
# other 表示合作方包括地区、学校或机构（称“合作伙伴”）。

language-self = 简体中文
site-skip = 跳至主要内容
site-menu = 菜单
site-languages = 语言
site-main-menu = 主菜单
# The description `twinpress init` gives a new site.
site-description = { $home }的国际交流与合作。
footer-contact = 联系我们
footer-accessibility = 无障碍声明
footer-programmes = 资助计划
footer-sitemap = 网站地图

nav-home = 首页
nav-partners = { $partners-are ->
    [towns] 友好城市
   *[other] 合作伙伴
}
nav-activities = 活动
nav-schedule = 访问计划
nav-reports = 报告
nav-programmes = 资助计划

home-intro = { $partners-are ->
    [towns] { $home }在{ $countries }个国家共有{ $partners }个友好城市。
   *[other] { $home }与{ $countries }个国家的{ $partners }个合作伙伴开展合作。
}
home-partners = { $partners-are ->
    [towns] 我们的友好城市
   *[other] 我们的合作伙伴
}
home-latest = 最新活动
home-planned = 近期活动预告
home-all-partners = { $partners-are ->
    [towns] 全部友好城市
   *[other] 全部合作伙伴
}
home-all-partners-count = { $partners-are ->
    [towns] 全部友好城市（{ $count }）
   *[other] 全部合作伙伴（{ $count }）
}
home-all-activities = 全部活动
home-full-schedule = 完整日程

partners-title = { $partners-are ->
    [towns] 友好城市
   *[other] 合作伙伴
}
partners-intro = { $partners-are ->
    [towns] 共有{ $count }个友好城市。
   *[other] 共有{ $count }个合作伙伴。
}
partners-count = { $partners-are ->
    [towns] { $count }个友好城市
   *[other] { $count }个合作伙伴
}
partners-country-title = { $partners-are ->
    [towns] { $country }的友好城市
   *[other] { $country }的合作伙伴
}
partners-countries = { $partners-are ->
    [towns] 按国家浏览友好城市
   *[other] 按国家浏览合作伙伴
}
partners-empty = { $partners-are ->
    [towns] 暂无友好城市。
   *[other] 暂无合作伙伴。
}
partner-status = 状态
partner-facts = 基本情况
partner-about = 简介
partner-common-ground = 我们的共同点
partner-photos = 照片
photo-credit = 摄影：
partner-documents = 相关文件
document-link = { $name }（{ $kind }，{ $size }）
map-title = { $partners-are ->
    [towns] 友好城市分布图
   *[other] 合作伙伴分布图
}
map-desc = { $partners-are ->
    [towns] { $home }：连线指向各友好城市，并标明距离（公里）。
   *[other] { $home }：连线指向各合作伙伴，并标明距离（公里）。
}
partner-areas = 合作领域
partner-timeline = 交往历程
partner-activities = 共同开展的活动
partner-planned = 计划中
partner-no-activities = 尚无共同活动记录。
partner-own-name = 当地语言名称

fact-country = 国家
fact-region = 地区
fact-kind = 类型
fact-population = 人口
fact-area = 面积
fact-area-value = { $area }平方公里
fact-mayor = 市长
fact-languages = 语言
fact-website = 网站
facts-as-of = 截至{ $year }年

timeline-signatories = 签署人
timeline-reference = 法律依据
timeline-document-link = 文件（{ $kind }，{ $size }）

text-in-other-language = 本文暂无中文版本，以下以{ $language }显示。

activities-title = 活动
activities-empty = 尚无活动记录。
activities-year-title = { $year }年活动
activities-years = 按年份浏览活动
activities-count = { $count }项活动
activity-partners = { $partners-are ->
    [towns] 参与城市
   *[other] 参与方
}
activity-place = 地点
activity-organiser = 主办方
activity-programme = 资助计划
activity-areas = 领域
activity-participants = { $count }人参加

schedule-title = 访问与活动计划
schedule-intro = { $partners-are ->
    [towns] 与友好城市计划开展的考察访问和交流活动。
   *[other] 与合作伙伴计划开展的考察访问和交流活动。
}
schedule-empty = 目前暂无计划安排。

reports-title = 年度报告
report-title = { $year }年度报告
report-contents = 目录
report-figures = 年度数据概览
report-by-partner = { $partners-are ->
    [towns] 各友好城市的活动
   *[other] 各合作伙伴的活动
}
report-by-area = 各领域的活动
report-other = 其他活动
report-area-count = 活动数
figure-activities = 活动
figure-participants = 参与人数
figure-partners = { $partners-are ->
    [towns] 参与的友好城市
   *[other] 参与的合作伙伴
}
figure-programmes = 利用的资助计划
figure-planned = 尚在计划中

programmes-title = 资助计划
programme-website = 计划官方网站
programme-activities = { $count }项活动

page-contents = 本页内容
page-documents = 相关文件

notfound-title = 页面未找到
notfound-text = 您访问的页面不存在或已被移动。
notfound-home = 返回首页

a11y-title = 无障碍声明
a11y-intro = { $organisation }致力于依照{ $country ->
    [PL] 波兰2019年4月4日《公共机构网站和移动应用程序数字无障碍法》
    [CZ] 捷克关于网站和移动应用程序无障碍的第99/2019号法律
    [DK] 丹麦2018年6月8日关于公共部门机构网站和移动应用程序无障碍的第692号法律
    [ES] 西班牙2018年9月7日关于公共部门网站和移动应用程序无障碍的第1112/2018号皇家法令
    [FI] 芬兰《数字服务提供法》（306/2019）
    [FR] 法国2005年2月11日第2005-102号《残疾人权利与机会平等、参与和公民身份法》第47条
    [GR] 希腊关于公共部门机构网站和移动应用程序无障碍的第4591/2019号法律
    [HR] 克罗地亚《公共部门机构网站和移动应用程序无障碍法》（《政府公报》第17/19号）
    [HU] 匈牙利关于公共部门机构网站和移动应用程序无障碍的2018年第LXXV号法律
    [IT] 意大利2004年1月9日关于支持残疾人使用信息技术的第4号法律
    [PT] 葡萄牙2018年10月19日关于公共机构网站和移动应用程序无障碍的第83/2018号法令
    [RO] 罗马尼亚关于公共部门机构网站和移动应用程序无障碍的第112/2018号政府紧急条例
    [SE] 瑞典《数字公共服务无障碍法》（2018:1937）
    [SI] 斯洛文尼亚《网站和移动应用程序无障碍法》（ZDSMA）
    [GB] 英国《2018年公共部门机构（网站和移动应用程序）（第2号）无障碍条例》
    [JP] 日本工业标准JIS X 8341-3:2016（AA级）
    [KR] 韩国《网页内容无障碍指南2.2》（KWCAG）
    [CN] 国家标准 GB/T 37668-2019《信息技术 互联网内容无障碍可访问性技术要求与测试方法》
    [TW] 数位发展部《网站无障碍规范》
   *[other] { $jurisdiction ->
        [eea] 实施欧盟第2016/2102号指令的本国法律
       *[other] 《Web内容无障碍指南》（WCAG）2.1（AA级）
    }
}，确保其网站的无障碍可访问性。本无障碍声明适用于网站
a11y-dates = 日期
a11y-published = 网站发布日期
a11y-updated = 最近一次重大更新日期
a11y-compliance = 符合情况
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] 《数字无障碍法》
    [CZ] 第99/2019号法律
    [DK] 丹麦《网站无障碍法》
    [ES] 第1112/2018号皇家法令
    [FI] 《数字服务提供法》
    [FR] 法国《无障碍改进通用框架》（RGAA）
    [GR] 第4591/2019号法律
    [HR] 《网站和移动应用程序无障碍法》
    [HU] 2018年第LXXV号法律
    [IT] 第4/2004号法律
    [PT] 第83/2018号法令
    [RO] 第112/2018号政府紧急条例
    [SE] 《数字公共服务无障碍法》
    [SI] 《网站和移动应用程序无障碍法》
    [GB] 《2018年无障碍条例》
    [JP] JIS X 8341-3:2016（AA级）
    [KR] KWCAG 2.2
    [CN] GB/T 37668-2019
    [TW] 《网站无障碍规范》
   *[other] 无障碍要求
}
a11y-status-full = 本网站完全符合{ a11y-law }。
a11y-status-partial = 由于存在下列不符合项，本网站部分符合{ a11y-law }。
a11y-status-none = 本网站不符合{ a11y-law }。
a11y-exceptions = 不具备无障碍访问条件的内容
a11y-contact = 意见反馈与联系方式
a11y-contact-text = 如您在使用本网站时遇到问题，请与我们联系。联系人为
a11y-contact-any = 如您在使用本网站时遇到问题，请与我们联系。
# Ends a sentence the page puts together around a link or a name.
full-stop = 。
a11y-email = 电子邮件
a11y-phone = 电话
a11y-procedure = 投诉与处理程序
a11y-procedure-text = { $country ->
    [PL] 任何人都有权要求使网站或其任何组成部分具备无障碍访问条件，或要求以替代形式提供相关信息。请求须包含请求人的联系方式、所涉及的页面或组成部分，以及希望采用的替代形式。我们将及时处理请求，最迟不超过7天；如无法在此期限内完成，我们将告知您预计完成时间，最迟不超过2个月。如我们拒绝您的请求，您可以提出投诉；该程序用尽后，您还可以向波兰公民权利专员（Rzecznik Praw Obywatelskich）申诉。
    [GB] 任何人都有权要求使网站或其任何组成部分具备无障碍访问条件，或要求以替代形式提供相关信息。请在请求中注明您的联系方式、所涉及的页面或组成部分，以及您希望采用的形式。我们将及时处理请求，并告知您何时能够满足您的要求。平等与人权委员会（EHRC）负责监督无障碍条例的执行。如您对我们处理投诉的方式不满意，请联系平等咨询与支持服务（EASS）；在北爱尔兰，请联系北爱尔兰平等委员会（ECNI）。
   *[other] { $jurisdiction ->
        [eea] 任何人都有权要求使网站或其任何组成部分具备无障碍访问条件，或要求以替代形式提供相关信息。请在请求中注明您的联系方式、所涉及的页面或组成部分，以及您希望采用的形式。我们将及时处理请求，并告知您何时能够满足您的要求。如您对我们的答复不满意，可向负责监督公共机构网站无障碍情况的国家主管机构反映。
       *[other] 您可以要求我们使网站或其任何组成部分具备无障碍访问条件，或以替代形式提供相关信息。请在请求中注明您的联系方式、所涉及的页面或组成部分，以及您希望采用的形式。我们将及时处理请求，并告知您何时能够满足您的要求。
    }
}
a11y-architecture = 建筑无障碍设施
a11y-communication = 沟通无障碍
a11y-communication-text = { $country ->
    [PL] 聋人和听力障碍人士可通过电子邮件或借助手语翻译与我们联系；如需手语翻译，请提前三个工作日告知我们。
   *[other] 聋人和听力障碍人士可通过电子邮件以书面形式与我们联系。
}
a11y-missing = 本网站尚未发布无障碍相关信息。

status-prospect = { $partners-are ->
    [towns] 拟缔结友好城市
   *[other] 潜在合作伙伴
}
status-letter-of-intent = 已签署意向书
status-negotiating = 协议筹备中
status-active = 合作中
status-suspended = 已暂停
status-ended = 已终止

event-contact = 首次接触
event-letter-of-intent = 签署意向书
event-resolution = 议会决议
event-agreement = { $partners-are ->
    [towns] 签署友好城市协议
   *[other] 签署合作协议
}
event-renewal = 续签协议
event-suspension = 暂停合作
event-resumption = 恢复合作
event-termination = { $partners-are ->
    [towns] 终止友好城市关系
   *[other] 终止合作关系
}

kind-city = 城市
kind-municipality = 市镇
kind-district = 区
kind-county = 县
kind-region = 地区
kind-school = 学校
kind-institution = 机构

area-culture = 文化
area-education = 教育
area-sport = 体育与休闲
area-youth = 青年
area-seniors = 老年人
area-social = 社会发展
area-environment = 环境
area-economy = 经济
area-tourism = 旅游
area-administration = 公共管理
area-heritage = 文化遗产
area-health = 卫生健康
area-science = 科学

activity-visit = 访问
activity-study-visit = 考察访问
activity-exchange = 交流
activity-festival = 节庆活动
activity-event = 专题活动
activity-project = 项目
activity-conference = 会议
activity-other = 其他

activity-status-planned = 计划中
activity-status-done = 已完成
activity-status-cancelled = 已取消
