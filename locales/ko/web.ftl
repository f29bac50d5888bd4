# 개인정보 처리방침, 검색, 피드, 공공데이터.

footer-privacy = 개인정보 처리방침
footer-data = 공공데이터
data-partners-json = { $partners-are ->
    [towns] 자매·우호도시(JSON)
   *[other] 교류 파트너(JSON)
}
data-partners-csv = { $partners-are ->
    [towns] 자매·우호도시(CSV)
   *[other] 교류 파트너(CSV)
}
data-schedule-ics = 예정된 활동(iCalendar)
data-feed = 교류 활동(Atom 피드)
schedule-calendar = 예정된 활동을 내 캘린더에 추가하기(iCalendar)
feed-title = { $site }: 교류 활동

privacy-title = 개인정보 처리방침
privacy-intro = { $jurisdiction ->
    [eea] 이 페이지는 일반 개인정보 보호규정(GDPR)에 따라, 이 웹사이트를 방문하실 때 개인정보가 어떻게 처리되는지 안내합니다.
    [gb] 이 페이지는 영국 일반 개인정보 보호규정(UK GDPR)에 따라, 이 웹사이트를 방문하실 때 개인정보가 어떻게 처리되는지 안내합니다.
   *[other] 이 페이지는 이 웹사이트를 방문하실 때 개인정보가 어떻게 처리되는지 안내합니다.
}
privacy-controller = 웹사이트 운영 주체
privacy-controller-text = 이 웹사이트를 통해 처리되는 개인정보의 처리자는 { $organisation }입니다.
privacy-officer = 개인정보 보호책임자
privacy-officer-text = 개인정보에 관한 문의 사항은 개인정보 보호책임자 { $name }에게 연락하실 수 있습니다:
privacy-officer-missing = 이 사이트는 아직 개인정보 보호책임자를 지정하지 않았습니다(content/site.yaml의 privacy).
privacy-none = 이 웹사이트가 하지 않는 일
privacy-none-text = 이 웹사이트는 쿠키를 사용하지 않으며, 방문 통계 분석·광고·추적 도구도 사용하지 않습니다. 다른 웹사이트에서 아무것도 불러오지 않으며, 글꼴·지도·스크립트·이미지는 모두 이 웹사이트 자체의 것입니다. 검색은 이용자의 브라우저 안에서 이루어지며, 입력하신 내용은 어디에도 전송되지 않습니다.
privacy-logs = 서버 로그
privacy-logs-text = { $jurisdiction ->
    [eea] 여느 웹 서버와 마찬가지로 이 웹사이트의 서버는 모든 요청에 대해 IP 주소, 시각, 요청한 페이지와 그 페이지로 연결한 페이지의 주소, 브라우저 이름을 기록합니다. 이 기록은 웹사이트 운영과 보안 유지에만 사용되며(GDPR 제6조 제1항 (e)호 및 (f)호), 다른 정보와 결합하거나 방문자를 식별하는 데 사용하지 않습니다.
    [gb] 여느 웹 서버와 마찬가지로 이 웹사이트의 서버는 모든 요청에 대해 IP 주소, 시각, 요청한 페이지와 그 페이지로 연결한 페이지의 주소, 브라우저 이름을 기록합니다. 이 기록은 웹사이트 운영과 보안 유지에만 사용되며(UK GDPR 제6조 제1항 (e)호 및 (f)호), 다른 정보와 결합하거나 방문자를 식별하는 데 사용하지 않습니다.
   *[other] 여느 웹 서버와 마찬가지로 이 웹사이트의 서버는 모든 요청에 대해 IP 주소, 시각, 요청한 페이지와 그 페이지로 연결한 페이지의 주소, 브라우저 이름을 기록합니다. 이 기록은 웹사이트 운영과 보안 유지에만 사용되며, 다른 정보와 결합하거나 방문자를 식별하는 데 사용하지 않습니다.
}
privacy-logs-host = 이 웹사이트의 호스팅은 { $host }에서 제공하며, 해당 업체가 저희를 대신하여 이 기록을 보관합니다.
privacy-logs-days = 기록은 { $days }일 후에 삭제됩니다.
privacy-links = 다른 웹사이트로의 링크
privacy-links-text = { $partners-are ->
    [towns] 자매·우호도시, 지원 프로그램 등의 웹사이트 링크를 누르면 각각의 개인정보 처리방침이 적용되는 웹사이트로 이동합니다. 링크를 누르지 않는 한 해당 웹사이트에는 어떠한 정보도 전송되지 않습니다.
   *[other] 교류 파트너, 지원 프로그램 등의 웹사이트 링크를 누르면 각각의 개인정보 처리방침이 적용되는 웹사이트로 이동합니다. 링크를 누르지 않는 한 해당 웹사이트에는 어떠한 정보도 전송되지 않습니다.
}
privacy-rights = 이용자의 권리
privacy-rights-text = { $jurisdiction ->
    [other] 저희가 보유한 본인의 개인정보를 열람하고 정정 또는 삭제를 요구하실 수 있습니다. 이를 위해서는 개인정보 보호책임자에게 서면으로 요청해 주십시오.
   *[eea] 이용자는 본인의 개인정보에 대한 열람, 정정 또는 삭제, 처리 제한을 요구하고 처리에 반대할 권리가 있습니다. 이러한 권리를 행사하시려면 개인정보 보호책임자에게 서면으로 요청해 주십시오.
}
privacy-complaint = 또한 감독기관에 민원을 제기할 권리가 있습니다: { $authority }.
privacy-complaint-any = 또한 개인정보 보호 감독기관에 민원을 제기할 권리가 있습니다.
privacy-updated = 최종 수정일

search-title = 검색
search-label = 사이트 내 검색
search-button = 검색
search-hint = { $partners-are ->
    [towns] 자매·우호도시를 여러 이름 중 어느 것으로든 찾을 수 있으며, 활동·보고서·페이지도 검색할 수 있습니다.
   *[other] 교류 파트너를 여러 이름 중 어느 것으로든 찾을 수 있으며, 활동·보고서·페이지도 검색할 수 있습니다.
}
search-count = 검색 결과: { $count }건
search-none = 검색 결과가 없습니다. 다른 표기나 더 짧은 단어로 검색해 보십시오.
search-noscript = { $partners-are ->
    [towns] 검색 기능을 사용하려면 JavaScript가 필요하지만 현재 꺼져 있습니다. 자매·우호도시 페이지에서 모든 자매·우호도시를 확인하실 수 있습니다.
   *[other] 검색 기능을 사용하려면 JavaScript가 필요하지만 현재 꺼져 있습니다. 교류 파트너 페이지에서 모든 교류 파트너를 확인하실 수 있습니다.
}
search-kind-partner = { $partners-are ->
    [towns] 자매·우호도시
   *[other] 교류 파트너
}
search-kind-activity = 활동
search-kind-page = 페이지
search-kind-report = 보고서
