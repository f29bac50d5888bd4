# twinpress 인터페이스 문구, 한국어.
# 메시지 ID는 모든 언어가 공유합니다. README.md의 "Translating"을 참조하십시오.
# 한국어의 CLDR 복수 범주는 other 하나뿐입니다. 수량은 변수로 그대로 적고 단수·복수를 구분하지 않습니다.
# $partners-are: towns는 모든 교류 상대가 시·기초자치단체인 경우("자매·우호도시"),
# other는 지역·학교·기관 등이 포함된 경우("교류 파트너")입니다.
# 변수 뒤에는 받침에 따라 달라지는 조사(이/가, 은/는, 을/를, 와/과)를 붙이지 않습니다.

language-self = 한국어
site-skip = 본문 바로가기
site-menu = 메뉴
site-languages = 언어
site-main-menu = 주 메뉴
# The description `twinpress init` gives a new site.
site-description = { $home }의 국제 교류
footer-contact = 연락처
footer-accessibility = 웹 접근성 성명서
footer-programmes = 재정 지원 프로그램
footer-sitemap = 사이트맵

nav-home = 홈
nav-partners = { $partners-are ->
    [towns] 자매·우호도시
   *[other] 교류 파트너
}
nav-activities = 교류 활동
nav-schedule = 방문 계획
nav-reports = 보고서
nav-programmes = 지원 프로그램

home-intro = { $partners-are ->
    [towns] { $home }에서는 { $countries }개국 { $partners }개 도시와 자매·우호 관계를 맺고 교류하고 있습니다.
   *[other] { $home }에서는 { $countries }개국 { $partners }곳의 교류 파트너와 협력하고 있습니다.
}
home-partners = { $partners-are ->
    [towns] 자매·우호도시
   *[other] 교류 파트너
}
home-latest = 최근 교류 활동
home-planned = 예정된 활동
home-all-partners = { $partners-are ->
    [towns] 전체 자매·우호도시
   *[other] 전체 교류 파트너
}
home-all-partners-count = { $partners-are ->
    [towns] 전체 자매·우호도시 ({ $count })
   *[other] 전체 교류 파트너 ({ $count })
}
home-all-activities = 전체 활동
home-full-schedule = 전체 일정

partners-title = { $partners-are ->
    [towns] 자매·우호도시
   *[other] 교류 파트너
}
partners-intro = { $partners-are ->
    [towns] 자매·우호도시는 모두 { $count }곳입니다.
   *[other] 교류 파트너는 모두 { $count }곳입니다.
}
partners-count = { $partners-are ->
    [towns] { $count }개 도시
   *[other] { $count }곳
}
partners-country-title = { $partners-are ->
    [towns] { $country }의 자매·우호도시
   *[other] { $country }의 교류 파트너
}
partners-countries = { $partners-are ->
    [towns] 국가별 자매·우호도시
   *[other] 국가별 교류 파트너
}
partners-empty = { $partners-are ->
    [towns] 아직 등록된 자매·우호도시가 없습니다.
   *[other] 아직 등록된 교류 파트너가 없습니다.
}
partner-status = 교류 현황
partner-facts = 기본 정보
partner-about = 소개
partner-common-ground = 우리의 공통점
partner-photos = 사진
photo-credit = 사진:
partner-documents = 문서
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] 자매·우호도시 지도
   *[other] 교류 파트너 지도
}
map-desc = { $partners-are ->
    [towns] { $home }: 각 자매·우호도시까지 선으로 연결하고 거리를 킬로미터 단위로 표시합니다.
   *[other] { $home }: 각 교류 파트너까지 선으로 연결하고 거리를 킬로미터 단위로 표시합니다.
}
partner-areas = 교류 분야
partner-timeline = 교류 연혁
partner-activities = 공동 활동
partner-planned = 예정
partner-no-activities = 아직 기록된 공동 활동이 없습니다.
partner-own-name = 현지어 명칭

fact-country = 국가
fact-region = 지역
fact-kind = 유형
fact-population = 인구
fact-area = 면적
fact-area-value = { $area } km²
fact-mayor = 시장
fact-languages = 언어
fact-website = 웹사이트
facts-as-of = { $year }년 기준

timeline-signatories = 서명자
timeline-reference = 법적 근거
timeline-document-link = 문서 ({ $kind }, { $size })

text-in-other-language = 이 글은 한국어로 제공되지 않아 { $language } 버전을 표시합니다.

activities-title = 교류 활동
activities-empty = 아직 기록된 활동이 없습니다.
activities-year-title = { $year }년 교류 활동
activities-years = 연도별 활동
activities-count = 활동 { $count }건
activity-partners = { $partners-are ->
    [towns] 참여 도시
   *[other] 참여 파트너
}
activity-place = 장소
activity-organiser = 주최
activity-programme = 지원 프로그램
activity-areas = 분야
activity-participants = 참가자 { $count }명

schedule-title = 방문 및 활동 계획
schedule-intro = { $partners-are ->
    [towns] 자매·우호도시와 함께 예정된 연수 방문 및 교류 일정입니다.
   *[other] 교류 파트너와 함께 예정된 연수 방문 및 교류 일정입니다.
}
schedule-empty = 현재 예정된 일정이 없습니다.

reports-title = 연간 보고서
report-title = { $year }년 보고서
report-contents = 목차
report-figures = 숫자로 보는 한 해
report-by-partner = { $partners-are ->
    [towns] 도시별 활동
   *[other] 파트너별 활동
}
report-by-area = 분야별 활동
report-other = 기타 활동
report-area-count = 활동 건수
figure-activities = 활동
figure-participants = 참가자
figure-partners = { $partners-are ->
    [towns] 참여 도시
   *[other] 참여 파트너
}
figure-programmes = 활용한 지원 프로그램
figure-planned = 예정된 활동

programmes-title = 재정 지원 프로그램
programme-website = 프로그램 웹사이트
programme-activities = 활동 { $count }건

page-contents = 이 페이지의 내용
page-documents = 문서

notfound-title = 페이지를 찾을 수 없습니다
notfound-text = 요청하신 페이지가 존재하지 않거나 다른 곳으로 이동되었습니다.
notfound-home = 홈으로 이동

a11y-title = 웹 접근성 성명서
a11y-intro = { $organisation }에서는 { $country ->
    [PL] 폴란드의 「공공기관 웹사이트 및 모바일 애플리케이션의 디지털 접근성에 관한 2019년 4월 4일 법률」
    [CZ] 체코의 「웹사이트 및 모바일 애플리케이션의 접근성에 관한 법률」(법률 제99/2019호)
    [DK] 덴마크의 「공공부문 기관의 웹사이트 및 모바일 애플리케이션 접근성에 관한 2018년 6월 8일 법률」(제692호)
    [ES] 스페인의 「공공부문 웹사이트 및 모바일 애플리케이션의 접근성에 관한 2018년 9월 7일 왕령」(제1112/2018호)
    [FI] 핀란드의 「디지털 서비스 제공에 관한 법률」(306/2019)
    [FR] 프랑스의 「장애인의 권리와 기회의 평등, 참여 및 시민권을 위한 2005년 2월 11일 법률」(제2005-102호) 제47조
    [GR] 그리스의 「공공부문 기관의 웹사이트 및 모바일 애플리케이션 접근성에 관한 법률」(제4591/2019호)
    [HR] 크로아티아의 「공공부문 기관의 웹사이트 및 모바일 애플리케이션 접근성에 관한 법률」(관보 제17/19호)
    [HU] 헝가리의 「공공부문 기관의 웹사이트 및 모바일 애플리케이션 접근성에 관한 2018년 법률 제LXXV호」
    [IT] 이탈리아의 「장애인의 정보기술 접근 지원에 관한 2004년 1월 9일 법률」(제4호)
    [PT] 포르투갈의 「공공기관 웹사이트 및 모바일 애플리케이션의 접근성에 관한 2018년 10월 19일 법령」(제83/2018호)
    [RO] 루마니아의 「공공부문 기관의 웹사이트 및 모바일 애플리케이션 접근성에 관한 정부 긴급명령」(제112/2018호)
    [SE] 스웨덴의 「디지털 공공서비스 접근성에 관한 법률」(2018:1937)
    [SI] 슬로베니아의 「웹사이트 및 모바일 애플리케이션 접근성법」(ZDSMA)
    [GB] 영국의 「2018년 공공부문 기관(웹사이트 및 모바일 애플리케이션)(제2호) 접근성 규정」
    [JP] 일본산업규격 JIS X 8341-3:2016 적합 레벨 AA
    [KR] 「한국형 웹 콘텐츠 접근성 지침 2.2」(KWCAG 2.2)
    [CN] 중국 국가표준 GB/T 37668-2019(인터넷 콘텐츠 접근성 기술 요구사항 및 시험 방법)
    [TW] 대만 디지털발전부의 「웹사이트 접근성 지침」
   *[other] { $jurisdiction ->
        [eea] 유럽연합 지침(EU) 2016/2102를 이행하는 국내법
       *[other] 웹 콘텐츠 접근성 지침(WCAG) 2.1 AA 수준
    }
}에 따라 누구나 웹사이트를 쉽게 이용할 수 있도록 접근성 보장에 노력하고 있습니다. 이 웹 접근성 성명서는 다음 웹사이트에 적용됩니다:
a11y-dates = 날짜
a11y-published = 웹사이트 게시일
a11y-updated = 최근 주요 업데이트 날짜
a11y-compliance = 준수 현황
# 아래 준수 현황 문구에서 부르는 법령·지침의 이름입니다. 문구에서는 조사 "에"만 붙입니다.
a11y-law = { $country ->
    [PL] 폴란드 「디지털 접근성법」
    [CZ] 체코 법률 제99/2019호
    [DK] 덴마크 「웹 접근성법」
    [ES] 스페인 왕령 제1112/2018호
    [FI] 핀란드 「디지털 서비스 제공에 관한 법률」
    [FR] 프랑스 접근성 개선 일반 기준(RGAA)
    [GR] 그리스 법률 제4591/2019호
    [HR] 크로아티아 「웹사이트 및 모바일 애플리케이션 접근성에 관한 법률」
    [HU] 헝가리 2018년 법률 제LXXV호
    [IT] 이탈리아 법률 제4/2004호
    [PT] 포르투갈 법령 제83/2018호
    [RO] 루마니아 정부 긴급명령 제112/2018호
    [SE] 스웨덴 「디지털 공공서비스 접근성에 관한 법률」
    [SI] 슬로베니아 「웹사이트 및 모바일 애플리케이션 접근성법」
    [GB] 영국 「2018년 접근성 규정」
    [JP] JIS X 8341-3:2016 적합 레벨 AA
    [KR] 한국형 웹 콘텐츠 접근성 지침(KWCAG) 2.2
    [CN] GB/T 37668-2019
    [TW] 「웹사이트 접근성 지침」
   *[other] 접근성 요구사항
}
a11y-status-full = 이 웹사이트는 { a11y-law }에 완전히 부합합니다.
a11y-status-partial = 이 웹사이트는 아래에 열거한 미준수 사항으로 인해 { a11y-law }에 부분적으로 부합합니다.
a11y-status-none = 이 웹사이트는 { a11y-law }에 부합하지 않습니다.
a11y-exceptions = 접근성이 확보되지 않은 콘텐츠
a11y-contact = 의견 제출 및 연락처
a11y-contact-text = 웹사이트 이용에 어려움이 있으시면 연락해 주시기 바랍니다. 담당자:
a11y-contact-any = 웹사이트 이용에 어려움이 있으시면 연락해 주시기 바랍니다.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = 이메일
a11y-phone = 전화
a11y-procedure = 개선 요청 및 구제 절차
a11y-procedure-text = { $country ->
    [PL] 누구나 웹사이트 또는 그 구성 요소를 접근 가능하게 하거나 정보를 대체 형식으로 제공하도록 요청할 권리가 있습니다. 요청서에는 요청인의 연락처, 해당 페이지 또는 구성 요소, 원하는 대체 형식을 적어야 합니다. 요청은 지체 없이, 늦어도 7일 이내에 처리합니다. 기한 내 처리가 어려운 경우 처리 예정일을 알려 드리며, 늦어도 2개월 이내에 처리합니다. 요청이 거부된 경우 이의를 제기하실 수 있으며, 그 절차를 모두 거친 후에는 폴란드 옴부즈맨(Rzecznik Praw Obywatelskich)에 진정하실 수 있습니다.
    [GB] 누구나 웹사이트 또는 그 구성 요소를 접근 가능하게 하거나 정보를 대체 형식으로 제공하도록 요청할 권리가 있습니다. 요청하실 때에는 연락처, 해당 페이지 또는 구성 요소, 원하시는 형식을 알려 주십시오. 요청은 부당한 지체 없이 처리하며, 언제 처리될지 알려 드립니다. 접근성 규정의 집행은 평등인권위원회(EHRC)가 담당합니다. 민원에 대한 저희의 대응에 만족하지 않으시면 평등상담지원서비스(EASS)에, 북아일랜드에서는 북아일랜드 평등위원회(ECNI)에 문의하십시오.
   *[other] { $jurisdiction ->
        [eea] 누구나 웹사이트 또는 그 구성 요소를 접근 가능하게 하거나 정보를 대체 형식으로 제공하도록 요청할 권리가 있습니다. 요청하실 때에는 연락처, 해당 페이지 또는 구성 요소, 원하시는 형식을 알려 주십시오. 요청은 부당한 지체 없이 처리하며, 언제 처리될지 알려 드립니다. 답변에 만족하지 않으시면 공공기관 웹사이트의 접근성을 감독하는 국가 기관에 문의하실 수 있습니다.
       *[other] 웹사이트 또는 그 구성 요소를 접근 가능하게 하거나 정보를 대체 형식으로 제공해 달라고 요청하실 수 있습니다. 요청하실 때에는 연락처, 해당 페이지 또는 구성 요소, 원하시는 형식을 알려 주십시오. 요청은 부당한 지체 없이 처리하며, 언제 처리될지 알려 드립니다.
    }
}
a11y-architecture = 건물 접근성
a11y-communication = 의사소통 접근성
a11y-communication-text = { $country ->
    [PL] 청각장애인 및 난청인은 이메일로 또는 수어 통역사를 통해 문의하실 수 있습니다. 수어 통역이 필요하시면 3근무일 전까지 알려 주시기 바랍니다.
   *[other] 청각장애인 및 난청인은 이메일을 통해 서면으로 문의하실 수 있습니다.
}
a11y-missing = 이 사이트는 아직 웹 접근성 관련 정보를 게시하지 않았습니다.

status-prospect = 교류 추진 대상
status-letter-of-intent = 의향서 체결
status-negotiating = 협정 준비 중
status-active = 교류 중
status-suspended = 교류 중단
status-ended = 교류 종료

event-contact = 첫 교류
event-letter-of-intent = 의향서 체결
event-resolution = 의회 의결
event-agreement = 교류 협정 체결
event-renewal = 협정 갱신
event-suspension = 교류 중단
event-resumption = 교류 재개
event-termination = 교류 종료

kind-city = 도시
kind-municipality = 기초자치단체
kind-district = 구
kind-county = 군
kind-region = 지역
kind-school = 학교
kind-institution = 기관

area-culture = 문화
area-education = 교육
area-sport = 체육·여가
area-youth = 청소년
area-seniors = 어르신
area-social = 사회 발전
area-environment = 환경
area-economy = 경제
area-tourism = 관광
area-administration = 행정
area-heritage = 문화유산
area-health = 보건
area-science = 과학

activity-visit = 방문
activity-study-visit = 연수 방문
activity-exchange = 교환 프로그램
activity-festival = 축제
activity-event = 행사
activity-project = 프로젝트
activity-conference = 회의
activity-other = 기타

activity-status-planned = 예정
activity-status-done = 완료
activity-status-cancelled = 취소
