# Personvernsiden, søk, nyhetsstrømmer og åpne data.

footer-privacy = Personvern
footer-data = Åpne data
data-partners-json = Partnere (JSON)
data-partners-csv = Partnere (CSV)
data-schedule-ics = Planlagte aktiviteter (iCalendar)
data-feed = Aktiviteter (Atom-strøm)
schedule-calendar = Legg de planlagte aktivitetene til i kalenderen din (iCalendar)
feed-title = { $site }: aktiviteter

privacy-title = Personvern og personopplysninger
privacy-intro = { $jurisdiction ->
    [eea] Denne siden forklarer, slik personvernforordningen (GDPR) krever, hva som skjer med personopplysninger når du besøker dette nettstedet.
   *[other] Denne siden forklarer hva som skjer med personopplysninger når du besøker dette nettstedet.
}
privacy-controller = Hvem driver dette nettstedet
privacy-controller-text = Behandlingsansvarlig for personopplysninger som behandles gjennom dette nettstedet, er { $organisation }.
privacy-officer = Personvernombud
privacy-officer-text = Har du spørsmål om personopplysningene dine, kan du kontakte personvernombudet vårt ({ $name }):
privacy-officer-missing = Nettstedet har ennå ikke oppgitt personvernombudet sitt (privacy i content/site.yaml).
privacy-none = Dette gjør ikke nettstedet
privacy-none-text = Dette nettstedet bruker ingen informasjonskapsler og ingen verktøy for analyse, reklame eller sporing. Det henter ingenting fra andre nettsteder: skrifttypene, kartet, skriptene og bildene er dets egne. Søket foregår i nettleseren din: det du skriver, sendes ikke noe sted.
privacy-logs = Serverlogger
privacy-logs-text = { $jurisdiction ->
    [eea] Som enhver webserver registrerer serveren til dette nettstedet hver forespørsel: IP-adressen, tidspunktet, adressen til siden som ble forespurt og til siden som lenket til den, og navnet på nettleseren. Disse opplysningene brukes bare til å drifte nettstedet og holde det sikkert (GDPR artikkel 6 nr. 1 bokstav e og f); de sammenstilles ikke med andre opplysninger og brukes ikke til å identifisere besøkende.
   *[other] Som enhver webserver registrerer serveren til dette nettstedet hver forespørsel: IP-adressen, tidspunktet, adressen til siden som ble forespurt og til siden som lenket til den, og navnet på nettleseren. Disse opplysningene brukes bare til å drifte nettstedet og holde det sikkert; de sammenstilles ikke med andre opplysninger og brukes ikke til å identifisere besøkende.
}
privacy-logs-host = Nettstedet driftes av { $host }, som oppbevarer disse opplysningene på våre vegne.
privacy-logs-days = { $days ->
    [one] De slettes etter { $days } dag.
   *[other] De slettes etter { $days } dager.
}
privacy-links = Lenker til andre nettsteder
privacy-links-text = { $partners-are ->
    [towns] Lenker til nettstedene til vennskapsbyer, programmer og andre fører til nettsteder med egne regler for personvern. Ingenting sendes til dem med mindre du følger en lenke.
   *[other] Lenker til nettstedene til partnere, programmer og andre fører til nettsteder med egne regler for personvern. Ingenting sendes til dem med mindre du følger en lenke.
}
privacy-rights = Dine rettigheter
privacy-rights-text = { $jurisdiction ->
    [other] Du kan be om å få se personopplysningene vi har om deg, og om å få dem rettet eller slettet. Skriv til personvernombudet for å gjøre det.
   *[eea] Du har rett til innsyn i personopplysningene dine, til å få dem rettet eller slettet, til å begrense behandlingen og til å protestere mot den. Skriv til personvernombudet for å bruke disse rettighetene.
}
privacy-complaint = Du har også rett til å klage til tilsynsmyndigheten: { $authority }.
privacy-complaint-any = Du har også rett til å klage til tilsynsmyndigheten for personvern.
privacy-updated = Sist oppdatert

search-title = Søk
search-label = Søk på dette nettstedet
search-button = Søk
search-hint = { $partners-are ->
    [towns] Finn en vennskapsby under hvilket som helst av navnene dens, en aktivitet, en rapport eller en side.
   *[other] Finn en partner under hvilket som helst av navnene dens, en aktivitet, en rapport eller en side.
}
search-count = Resultater: { $count }
search-none = Ingenting funnet. Prøv en annen stavemåte eller et kortere ord.
search-noscript = { $partners-are ->
    [towns] Søket trenger JavaScript, som er slått av. Partnersiden viser alle vennskapsbyene.
   *[other] Søket trenger JavaScript, som er slått av. Partnersiden viser alle partnerne.
}
search-kind-partner = { $partners-are ->
    [towns] Vennskapsby
   *[other] Partner
}
search-kind-activity = Aktivitet
search-kind-page = Side
search-kind-report = Rapport
