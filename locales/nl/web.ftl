# De privacypagina, zoeken, feeds en open data.

footer-privacy = Privacy
footer-data = Open data
data-partners-json = Partners (JSON)
data-partners-csv = Partners (CSV)
data-schedule-ics = Geplande activiteiten (iCalendar)
data-feed = Activiteiten (Atom-feed)
schedule-calendar = Zet de geplande activiteiten in uw agenda (iCalendar)
feed-title = { $site }: activiteiten

privacy-title = Privacy en persoonsgegevens
privacy-intro = { $jurisdiction ->
    [eea] Zoals de Algemene verordening gegevensbescherming (AVG) voorschrijft, leggen wij op deze pagina uit wat er met persoonsgegevens gebeurt als u deze website bezoekt.
   *[other] Op deze pagina leggen wij uit wat er met persoonsgegevens gebeurt als u deze website bezoekt.
}
privacy-controller = Wie deze website beheert
privacy-controller-text = Verwerkingsverantwoordelijke voor de persoonsgegevens die via deze website worden verwerkt, is { $organisation }.
privacy-officer = Functionaris voor gegevensbescherming
privacy-officer-text = Voor alle vragen over uw persoonsgegevens kunt u contact opnemen met onze functionaris voor gegevensbescherming, { $name }:
privacy-officer-missing = De site heeft nog geen functionaris voor gegevensbescherming opgegeven (privacy in content/site.yaml).
privacy-none = Wat deze website niet doet
privacy-none-text = Deze website plaatst geen cookies en gebruikt geen tools voor analyse, advertenties of tracking. Ze laadt niets van andere websites: lettertypen, kaart, scripts en afbeeldingen zijn van de website zelf. Zoeken gebeurt in uw browser: wat u intypt, wordt nergens naartoe gestuurd.
privacy-logs = Serverlogs
privacy-logs-text = { $jurisdiction ->
    [eea] Zoals elke webserver legt de server van deze website elk verzoek vast: het IP-adres, het tijdstip, het adres van de opgevraagde pagina en van de pagina die ernaar verwees, en de naam van de browser. Deze gegevens worden alleen gebruikt om de website te laten werken en te beveiligen (artikel 6, lid 1, onder e en f, AVG); ze worden niet met andere gegevens gecombineerd en niet gebruikt om bezoekers te identificeren.
   *[other] Zoals elke webserver legt de server van deze website elk verzoek vast: het IP-adres, het tijdstip, het adres van de opgevraagde pagina en van de pagina die ernaar verwees, en de naam van de browser. Deze gegevens worden alleen gebruikt om de website te laten werken en te beveiligen; ze worden niet met andere gegevens gecombineerd en niet gebruikt om bezoekers te identificeren.
}
privacy-logs-host = De website wordt gehost door { $host }; deze partij bewaart de gegevens namens ons.
privacy-logs-days = { $days ->
    [one] De gegevens worden na { $days } dag verwijderd.
   *[other] De gegevens worden na { $days } dagen verwijderd.
}
privacy-links = Links naar andere websites
privacy-links-text = { $partners-are ->
    [towns] Links naar de websites van partnersteden, programma’s en anderen leiden naar websites met hun eigen privacyregels. Er wordt niets naar die websites gestuurd zolang u geen link volgt.
   *[other] Links naar de websites van partners, programma’s en anderen leiden naar websites met hun eigen privacyregels. Er wordt niets naar die websites gestuurd zolang u geen link volgt.
}
privacy-rights = Uw rechten
privacy-rights-text = { $jurisdiction ->
    [other] U kunt vragen om de persoonsgegevens die wij over u bewaren in te zien en te laten verbeteren of wissen. Schrijf daarvoor naar de functionaris voor gegevensbescherming.
   *[eea] U hebt het recht om uw persoonsgegevens in te zien, te laten verbeteren of wissen, de verwerking ervan te laten beperken en bezwaar te maken tegen de verwerking. Wilt u deze rechten uitoefenen, schrijf dan naar de functionaris voor gegevensbescherming.
}
privacy-complaint = U hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit: { $authority }.
privacy-complaint-any = U hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit voor gegevensbescherming.
privacy-updated = Laatst bijgewerkt

search-title = Zoeken
search-label = Zoeken op deze website
search-button = Zoeken
search-hint = { $partners-are ->
    [towns] Zoek een partnerstad op een van haar namen, een activiteit, een verslag of een pagina.
   *[other] Zoek een partner op een van zijn namen, een activiteit, een verslag of een pagina.
}
search-count = Resultaten: { $count }
search-none = Niets gevonden. Probeer een andere spelling of een korter woord.
search-noscript = { $partners-are ->
    [towns] Zoeken werkt alleen met JavaScript, en dat staat uit. Op de pagina ‘Partners’ staan alle partnersteden.
   *[other] Zoeken werkt alleen met JavaScript, en dat staat uit. Op de pagina ‘Partners’ staan alle partners.
}
search-kind-partner = { $partners-are ->
    [towns] Partnerstad
   *[other] Partner
}
search-kind-activity = Activiteit
search-kind-page = Pagina
search-kind-report = Verslag
