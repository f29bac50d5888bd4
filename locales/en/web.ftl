# The privacy page, search, feeds and open data.

footer-privacy = Privacy
footer-data = Open data
data-partners-json = Partners (JSON)
data-partners-csv = Partners (CSV)
data-schedule-ics = Planned activities (iCalendar)
data-feed = Activities (Atom feed)
schedule-calendar = Add the planned activities to your calendar (iCalendar)
feed-title = { $site }: activities

privacy-title = Privacy and personal data
privacy-intro = { $jurisdiction ->
    [eea] This page explains, as the General Data Protection Regulation (GDPR) requires, what happens to personal data when you visit this website.
    [gb] This page explains, as the UK General Data Protection Regulation (UK GDPR) requires, what happens to personal data when you visit this website.
   *[other] This page explains what happens to personal data when you visit this website.
}
privacy-controller = Who runs this website
privacy-controller-text = The controller of personal data processed through this website is { $organisation }.
privacy-officer = Data protection officer
privacy-officer-text = For any matter concerning your personal data you can contact our data protection officer, { $name }:
privacy-officer-missing = The site has not named its data protection officer yet (privacy in content/site.yaml).
privacy-none = What this website does not do
privacy-none-text = This website sets no cookies and uses no analytics, advertising or tracking tools. It loads nothing from other websites: its fonts, map, scripts and pictures are its own. Search works inside your browser: what you type is not sent anywhere.
privacy-logs = Server logs
privacy-logs-text = { $jurisdiction ->
    [eea] Like every web server, the server of this website records each request: the IP address, the time, the address of the page requested and of the page that linked to it, and the name of the browser. These records are used only to run the website and keep it secure (Article 6(1)(e) and (f) GDPR); they are not combined with other data and not used to identify visitors.
    [gb] Like every web server, the server of this website records each request: the IP address, the time, the address of the page requested and of the page that linked to it, and the name of the browser. These records are used only to run the website and keep it secure (Article 6(1)(e) and (f) UK GDPR); they are not combined with other data and not used to identify visitors.
   *[other] Like every web server, the server of this website records each request: the IP address, the time, the address of the page requested and of the page that linked to it, and the name of the browser. These records are used only to run the website and keep it secure; they are not combined with other data and not used to identify visitors.
}
privacy-logs-host = The website is hosted by { $host }, which keeps these records on our behalf.
privacy-logs-days = { $days ->
    [one] They are deleted after { $days } day.
   *[other] They are deleted after { $days } days.
}
privacy-links = Links to other websites
privacy-links-text = { $partners-are ->
    [towns] Links to the websites of partner towns, programmes and others lead to websites with their own privacy rules. Nothing is sent to them unless you follow a link.
   *[other] Links to the websites of partners, programmes and others lead to websites with their own privacy rules. Nothing is sent to them unless you follow a link.
}
privacy-rights = Your rights
privacy-rights-text = { $jurisdiction ->
    [other] You may ask to see the personal data we hold about you and to have it corrected or deleted. To do so, write to the data protection officer.
   *[eea] You have the right to access your personal data, to have it corrected or erased, to restrict its processing and to object to it. To exercise these rights, write to the data protection officer.
}
privacy-complaint = You also have the right to lodge a complaint with the supervisory authority: { $authority }.
privacy-complaint-any = You also have the right to lodge a complaint with the data protection supervisory authority.
privacy-updated = Last updated

search-title = Search
search-label = Search this website
search-button = Search
search-hint = { $partners-are ->
    [towns] Find a partner town by any of its names, an activity, a report or a page.
   *[other] Find a partner by any of its names, an activity, a report or a page.
}
search-count = Results: { $count }
search-none = Nothing found. Try another spelling or a shorter word.
search-noscript = { $partners-are ->
    [towns] Search needs JavaScript, which is turned off. The partners page lists every partner town.
   *[other] Search needs JavaScript, which is turned off. The partners page lists every partner.
}
search-kind-partner = { $partners-are ->
    [towns] Partner town
   *[other] Partner
}
search-kind-activity = Activity
search-kind-page = Page
search-kind-report = Report
