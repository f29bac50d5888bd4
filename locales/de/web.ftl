# Die Datenschutzseite, die Suche, Feeds und offene Daten.

footer-privacy = Datenschutz
footer-data = Offene Daten
data-partners-json = Partner (JSON)
data-partners-csv = Partner (CSV)
data-schedule-ics = Geplante Aktivitäten (iCalendar)
data-feed = Aktivitäten (Atom-Feed)
schedule-calendar = Geplante Aktivitäten in Ihren Kalender übernehmen (iCalendar)
feed-title = { $site }: Aktivitäten

privacy-title = Datenschutz und personenbezogene Daten
privacy-intro = { $jurisdiction ->
    [eea] Wie es die Datenschutz-Grundverordnung (DSGVO) verlangt, erläutern wir auf dieser Seite, was mit personenbezogenen Daten geschieht, wenn Sie diese Website besuchen.
   *[other] Auf dieser Seite erläutern wir, was mit personenbezogenen Daten geschieht, wenn Sie diese Website besuchen.
}
privacy-controller = Wer diese Website betreibt
privacy-controller-text = Verantwortlicher für die über diese Website verarbeiteten personenbezogenen Daten ist { $organisation }.
privacy-officer = Datenschutzbeauftragte(r)
privacy-officer-text = Bei allen Fragen zu Ihren personenbezogenen Daten wenden Sie sich bitte an die oder den Datenschutzbeauftragten, { $name }:
privacy-officer-missing = Die Website hat noch keine Angaben zur oder zum Datenschutzbeauftragten veröffentlicht (privacy in content/site.yaml).
privacy-none = Was diese Website nicht tut
privacy-none-text = Diese Website setzt keine Cookies und verwendet keine Analyse-, Werbe- oder Tracking-Dienste. Sie lädt nichts von anderen Websites: Schriften, Karte, Skripte und Bilder stammen von ihr selbst. Die Suche läuft in Ihrem Browser: Was Sie eingeben, wird nirgendwohin gesendet.
privacy-logs = Serverprotokolle
privacy-logs-text = { $jurisdiction ->
    [eea] Wie jeder Webserver protokolliert auch der Server dieser Website jeden Abruf: die IP-Adresse, den Zeitpunkt, die Adresse der abgerufenen Seite und der Seite, von der aus verlinkt wurde, sowie den Namen des Browsers. Diese Protokolle dienen ausschließlich dem Betrieb und der Sicherheit der Website (Art. 6 Abs. 1 lit. e und f DSGVO); sie werden nicht mit anderen Daten zusammengeführt und nicht zur Identifizierung von Besucherinnen und Besuchern verwendet.
   *[other] Wie jeder Webserver protokolliert auch der Server dieser Website jeden Abruf: die IP-Adresse, den Zeitpunkt, die Adresse der abgerufenen Seite und der Seite, von der aus verlinkt wurde, sowie den Namen des Browsers. Diese Protokolle dienen ausschließlich dem Betrieb und der Sicherheit der Website; sie werden nicht mit anderen Daten zusammengeführt und nicht zur Identifizierung von Besucherinnen und Besuchern verwendet.
}
privacy-logs-host = Die Website wird bei { $host } gehostet; der Anbieter speichert diese Protokolle in unserem Auftrag.
privacy-logs-days = { $days ->
    [one] Die Protokolle werden nach { $days } Tag gelöscht.
   *[other] Die Protokolle werden nach { $days } Tagen gelöscht.
}
privacy-links = Links zu anderen Websites
privacy-links-text = { $partners-are ->
    [towns] Links zu den Websites von Partnerstädten, Programmen und anderen führen zu Websites mit eigenen Datenschutzbestimmungen. An diese wird nichts übermittelt, solange Sie keinem Link folgen.
   *[other] Links zu den Websites von Partnern, Programmen und anderen führen zu Websites mit eigenen Datenschutzbestimmungen. An diese wird nichts übermittelt, solange Sie keinem Link folgen.
}
privacy-rights = Ihre Rechte
privacy-rights-text = { $jurisdiction ->
    [other] Sie können darum bitten, die über Sie gespeicherten personenbezogenen Daten einzusehen und sie berichtigen oder löschen zu lassen. Schreiben Sie dazu bitte an die oder den Datenschutzbeauftragten.
   *[eea] Sie haben das Recht auf Auskunft über Ihre personenbezogenen Daten, auf deren Berichtigung oder Löschung, auf Einschränkung der Verarbeitung und auf Widerspruch gegen die Verarbeitung. Um diese Rechte auszuüben, schreiben Sie bitte an die oder den Datenschutzbeauftragten.
}
privacy-complaint = Sie haben außerdem das Recht auf Beschwerde bei der Aufsichtsbehörde: { $authority }.
privacy-complaint-any = Sie haben außerdem das Recht auf Beschwerde bei einer Datenschutz-Aufsichtsbehörde.
privacy-updated = Stand

search-title = Suche
search-label = Diese Website durchsuchen
search-button = Suchen
search-hint = { $partners-are ->
    [towns] Finden Sie eine Partnerstadt unter jedem ihrer Namen, eine Aktivität, einen Bericht oder eine Seite.
   *[other] Finden Sie einen Partner unter jedem seiner Namen, eine Aktivität, einen Bericht oder eine Seite.
}
search-count = Ergebnisse: { $count }
search-none = Nichts gefunden. Versuchen Sie es mit einer anderen Schreibweise oder einem kürzeren Wort.
search-noscript = { $partners-are ->
    [towns] Die Suche benötigt JavaScript, das ausgeschaltet ist. Die Seite „Partner“ führt alle Partnerstädte auf.
   *[other] Die Suche benötigt JavaScript, das ausgeschaltet ist. Die Seite „Partner“ führt alle Partner auf.
}
search-kind-partner = { $partners-are ->
    [towns] Partnerstadt
   *[other] Partner
}
search-kind-activity = Aktivität
search-kind-page = Seite
search-kind-report = Bericht
