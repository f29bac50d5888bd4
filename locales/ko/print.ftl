# 인쇄물: 교류 상대별 홍보 리플릿, 연간 보고서와 그 목록.

print-title = 인쇄물
print-intro = 각 교류 관계를 소개하는 홍보 리플릿과 연간 보고서를 인쇄용으로 제공합니다. 브라우저에서 열어 인쇄하시거나 PDF 파일을 내려받으실 수 있습니다.
print-folders = { $partners-are ->
    [towns] 자매·우호도시 홍보 리플릿
   *[other] 교류 파트너 홍보 리플릿
}
print-reports = 연간 보고서
print-open = 인쇄용 버전
print-pdf = PDF
print-shop-pdf = 인쇄소용 PDF(도련 3 mm, 재단선 포함)
print-shop-html = 인쇄소용 버전
print-folder-title = { $home } · { $partner }
print-folder-language = { $language } 버전
footer-print = 인쇄물

folder-kicker = { $partners-are ->
    [towns] 자매·우호도시
   *[other] 국제 교류
}
folder-since = { $year }년부터 교류
folder-since-until = 교류 기간: { $from }–{ $until }
folder-story = 교류 이야기
folder-figures = { $partners-are ->
    [towns] 숫자로 보는 두 도시
   *[other] 숫자로 보기
}
folder-achievements = 지금까지 함께한 활동
folder-plans = 앞으로의 계획
folder-contact = 연락처
folder-more = …이 밖에 { $count }건의 활동을 웹사이트에서 보실 수 있습니다.
folder-no-achievements = 첫 공동 활동을 준비하고 있습니다.
folder-no-plans = 새로운 공동 활동은 웹사이트를 통해 알려 드립니다.
folder-no-achievements-ended = 기록된 공동 활동이 없습니다.
folder-ended = 교류가 종료되었습니다.
folder-online = 웹사이트에서 더 보기
folder-partner-website = { $partners-are ->
    [towns] 상대 도시 웹사이트
   *[other] 파트너 웹사이트
}
folder-distance = 거리
folder-distance-value = { $km } km

report-cover-kicker = 연간 보고서
report-page = 페이지
report-chart-title = { $year }년 분야별 활동
report-chart-description = 교류 분야별 활동 건수를 나타낸 막대그래프입니다. 같은 수치를 표에서도 확인하실 수 있습니다.
