# La pagina sulla privacy, la ricerca, i feed e i dati aperti.

footer-privacy = Privacy
footer-data = Dati aperti
data-partners-json = Partner (JSON)
data-partners-csv = Partner (CSV)
data-schedule-ics = Attività in programma (iCalendar)
data-feed = Attività (feed Atom)
schedule-calendar = Aggiungete le attività in programma al vostro calendario (iCalendar)
feed-title = { $site }: attività

privacy-title = Privacy e dati personali
privacy-intro = { $jurisdiction ->
    [eea] Come previsto dal Regolamento generale sulla protezione dei dati (GDPR), questa pagina spiega che cosa accade ai dati personali quando visitate questo sito.
   *[other] Questa pagina spiega che cosa accade ai dati personali quando visitate questo sito.
}
privacy-controller = Chi gestisce questo sito
privacy-controller-text = Il titolare del trattamento dei dati personali effettuato tramite questo sito è { $organisation }.
privacy-officer = Responsabile della protezione dei dati
privacy-officer-text = Per qualsiasi questione relativa ai vostri dati personali potete rivolgervi al nostro responsabile della protezione dei dati, { $name }:
privacy-officer-missing = Il sito non ha ancora indicato il responsabile della protezione dei dati (privacy in content/site.yaml).
privacy-none = Che cosa non fa questo sito
privacy-none-text = Questo sito non installa cookie e non utilizza strumenti di analisi, pubblicità o tracciamento. Non carica nulla da altri siti: caratteri, mappa, script e immagini appartengono al sito stesso. La ricerca avviene nel vostro browser: ciò che digitate non viene inviato da nessuna parte.
privacy-logs = Log del server
privacy-logs-text = { $jurisdiction ->
    [eea] Come ogni server web, il server di questo sito registra ogni richiesta: l’indirizzo IP, la data e l’ora, l’indirizzo della pagina richiesta e quello della pagina di provenienza, nonché il nome del browser. Queste registrazioni servono esclusivamente al funzionamento e alla sicurezza del sito (art. 6, par. 1, lett. e) e f), del GDPR); non vengono combinate con altri dati né usate per identificare i visitatori.
   *[other] Come ogni server web, il server di questo sito registra ogni richiesta: l’indirizzo IP, la data e l’ora, l’indirizzo della pagina richiesta e quello della pagina di provenienza, nonché il nome del browser. Queste registrazioni servono esclusivamente al funzionamento e alla sicurezza del sito; non vengono combinate con altri dati né usate per identificare i visitatori.
}
privacy-logs-host = Il sito è ospitato da { $host }, che conserva queste registrazioni per nostro conto.
privacy-logs-days = { $days ->
    [one] Vengono cancellate dopo { $days } giorno.
   *[other] Vengono cancellate dopo { $days } giorni.
}
privacy-links = Link ad altri siti
privacy-links-text = { $partners-are ->
    [towns] I link ai siti delle città partner, dei programmi e di altri soggetti portano a siti con regole sulla privacy proprie. A questi siti non viene inviato nulla finché non seguite un link.
   *[other] I link ai siti dei partner, dei programmi e di altri soggetti portano a siti con regole sulla privacy proprie. A questi siti non viene inviato nulla finché non seguite un link.
}
privacy-rights = I vostri diritti
privacy-rights-text = { $jurisdiction ->
    [other] Potete chiedere di consultare i dati personali che conserviamo su di voi e di farli rettificare o cancellare. A tal fine, scrivete al responsabile della protezione dei dati.
   *[eea] Avete il diritto di accedere ai vostri dati personali, di ottenerne la rettifica o la cancellazione, di chiedere la limitazione del trattamento e di opporvi al trattamento. Per esercitare questi diritti, scrivete al responsabile della protezione dei dati.
}
privacy-complaint = Avete inoltre il diritto di proporre reclamo all’autorità di controllo: { $authority }.
privacy-complaint-any = Avete inoltre il diritto di proporre reclamo all’autorità di controllo per la protezione dei dati personali.
privacy-updated = Ultimo aggiornamento

search-title = Ricerca
search-label = Cerca nel sito
search-button = Cerca
search-hint = { $partners-are ->
    [towns] Cercate una città partner con uno qualsiasi dei suoi nomi, un’attività, una relazione o una pagina.
   *[other] Cercate un partner con uno qualsiasi dei suoi nomi, un’attività, una relazione o una pagina.
}
search-count = Risultati: { $count }
search-none = Nessun risultato. Provate con un’altra grafia o con una parola più breve.
search-noscript = { $partners-are ->
    [towns] La ricerca richiede JavaScript, che è disattivato. La pagina «Partner» elenca tutte le città partner.
   *[other] La ricerca richiede JavaScript, che è disattivato. La pagina «Partner» elenca tutti i partner.
}
search-kind-partner = { $partners-are ->
    [towns] Città partner
   *[other] Partner
}
search-kind-activity = Attività
search-kind-page = Pagina
search-kind-report = Relazione
