# Siden om privatliv, søgning, feeds og åbne data.

footer-privacy = Privatliv
footer-data = Åbne data
data-partners-json = Partnere (JSON)
data-partners-csv = Partnere (CSV)
data-schedule-ics = Planlagte aktiviteter (iCalendar)
data-feed = Aktiviteter (Atom-feed)
schedule-calendar = Føj de planlagte aktiviteter til din kalender (iCalendar)
feed-title = { $site }: aktiviteter

privacy-title = Privatliv og personoplysninger
privacy-intro = { $jurisdiction ->
    [eea] Denne side forklarer, som databeskyttelsesforordningen (GDPR) kræver, hvad der sker med personoplysninger, når du besøger dette websted.
   *[other] Denne side forklarer, hvad der sker med personoplysninger, når du besøger dette websted.
}
privacy-controller = Hvem driver dette websted
privacy-controller-text = Dataansvarlig for de personoplysninger, der behandles via dette websted, er { $organisation }.
privacy-officer = Databeskyttelsesrådgiver
privacy-officer-text = Har du spørgsmål om dine personoplysninger, kan du kontakte vores databeskyttelsesrådgiver, { $name }:
privacy-officer-missing = Webstedet har endnu ikke oplyst sin databeskyttelsesrådgiver (privacy i content/site.yaml).
privacy-none = Det gør dette websted ikke
privacy-none-text = Dette websted sætter ingen cookies og bruger ingen værktøjer til statistik, annoncering eller sporing. Det henter intet fra andre websteder: skrifttyper, kort, scripts og billeder er dets egne. Søgningen foregår i din browser: det, du skriver, sendes ingen steder hen.
privacy-logs = Serverlogfiler
privacy-logs-text = { $jurisdiction ->
    [eea] Som enhver webserver registrerer serveren for dette websted hver forespørgsel: IP-adressen, tidspunktet, adressen på den ønskede side og på den side, der linkede til den, og browserens navn. Oplysningerne bruges kun til at drive webstedet og holde det sikkert (GDPR artikel 6, stk. 1, litra e og f); de samkøres ikke med andre oplysninger og bruges ikke til at identificere besøgende.
   *[other] Som enhver webserver registrerer serveren for dette websted hver forespørgsel: IP-adressen, tidspunktet, adressen på den ønskede side og på den side, der linkede til den, og browserens navn. Oplysningerne bruges kun til at drive webstedet og holde det sikkert; de samkøres ikke med andre oplysninger og bruges ikke til at identificere besøgende.
}
privacy-logs-host = Webstedet hostes af { $host }, som opbevarer disse oplysninger på vores vegne.
privacy-logs-days = { $days ->
    [one] De slettes efter { $days } dag.
   *[other] De slettes efter { $days } dage.
}
privacy-links = Links til andre websteder
privacy-links-text = { $partners-are ->
    [towns] Links til venskabsbyernes, programmernes og andres websteder fører til websteder med deres egne regler for privatliv. Der sendes intet til dem, medmindre du følger et link.
   *[other] Links til partnernes, programmernes og andres websteder fører til websteder med deres egne regler for privatliv. Der sendes intet til dem, medmindre du følger et link.
}
privacy-rights = Dine rettigheder
privacy-rights-text = { $jurisdiction ->
    [other] Du kan bede om at se de personoplysninger, vi har om dig, og om at få dem rettet eller slettet. Skriv i så fald til databeskyttelsesrådgiveren.
   *[eea] Du har ret til indsigt i dine personoplysninger, til at få dem berigtiget eller slettet, til at begrænse behandlingen og til at gøre indsigelse mod den. Skriv til databeskyttelsesrådgiveren for at gøre brug af disse rettigheder.
}
privacy-complaint = Du har også ret til at klage til tilsynsmyndigheden: { $authority }.
privacy-complaint-any = Du har også ret til at klage til tilsynsmyndigheden for databeskyttelse.
privacy-updated = Senest opdateret

search-title = Søg
search-label = Søg på dette websted
search-button = Søg
search-hint = { $partners-are ->
    [towns] Find en venskabsby under et hvilket som helst af dens navne, en aktivitet, en rapport eller en side.
   *[other] Find en partner under et hvilket som helst af dens navne, en aktivitet, en rapport eller en side.
}
search-count = Resultater: { $count }
search-none = Intet fundet. Prøv en anden stavemåde eller et kortere ord.
search-noscript = { $partners-are ->
    [towns] Søgningen kræver JavaScript, som er slået fra. Siden med partnere viser alle venskabsbyer.
   *[other] Søgningen kræver JavaScript, som er slået fra. Siden med partnere viser alle partnere.
}
search-kind-partner = { $partners-are ->
    [towns] Venskabsby
   *[other] Partner
}
search-kind-activity = Aktivitet
search-kind-page = Side
search-kind-report = Rapport
