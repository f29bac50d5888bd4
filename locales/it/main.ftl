# Testi dell'interfaccia di twinpress, in italiano.

language-self = Italiano
site-skip = Vai al contenuto
site-menu = Menu
site-languages = Lingua
site-main-menu = Menu principale
site-description = I gemellaggi e le collaborazioni internazionali di { $home }.
footer-contact = Contatti
footer-accessibility = Dichiarazione di accessibilità
footer-programmes = Programmi di finanziamento
footer-sitemap = Mappa del sito

nav-home = Home
nav-partners = Partner
nav-activities = Attività
nav-schedule = Visite in programma
nav-reports = Relazione
nav-programmes = Programmi

home-intro = { $home } collabora con { $partners ->
    [one] un partner
   *[other] { $partners } partner
} in { $countries ->
    [one] un paese
   *[other] { $countries } paesi
}.
home-partners = I nostri partner
home-latest = Ultime attività
home-planned = Prossimamente
home-all-partners = Tutti i partner
home-all-partners-count = Tutti i partner ({ $count })
home-all-activities = Tutte le attività
home-full-schedule = Programma completo

partners-title = { $partners-are ->
    [towns] Città partner
   *[other] Partner
}
partners-intro = { $count ->
    [one] Un partner.
   *[other] { $count } partner.
}
partners-count = { $count ->
    [one] Un partner
   *[other] { $count } partner
}
partners-country-title = { $partners-are ->
    [towns] Città partner
   *[other] Partner
}: { $country }
partners-countries = Partner per paese
partners-empty = Non ci sono ancora partner.
partner-status = Stato
partner-facts = Dati principali
partner-about = Presentazione
partner-common-ground = Cosa ci accomuna
partner-photos = Foto
photo-credit = Foto:
partner-documents = Documenti
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Mappa delle città partner
   *[other] Mappa dei partner
}
map-desc = { $home }: le linee portano a ogni partner e indicano la distanza in chilometri.
partner-areas = Ambiti di cooperazione
partner-timeline = Storia del partenariato
partner-activities = Attività comuni
partner-planned = In programma
partner-no-activities = Non sono ancora state registrate attività comuni.
partner-own-name = Nella lingua locale

fact-country = Paese
fact-region = Regione
fact-kind = Tipo
fact-population = Abitanti
fact-area = Superficie
fact-area-value = { $area } km²
fact-mayor = Sindaco
fact-languages = Lingue
fact-website = Sito web
facts-as-of = dati al { $year }

timeline-signatories = Firmatari
timeline-reference = Base giuridica
timeline-document-link = Documento ({ $kind }, { $size })

text-in-other-language = Questo testo non è disponibile in questa lingua; viene mostrato in { $language }.

activities-title = Attività
activities-empty = Non sono ancora state registrate attività.
activities-year-title = Attività del { $year }
activities-years = Attività per anno
activities-count = { $count ->
    [one] Un'attività
   *[other] { $count } attività
}
activity-partners = Partner
activity-place = Luogo
activity-organiser = Organizzatore
activity-programme = Programma
activity-areas = Ambiti
activity-participants = { $count ->
    [one] { $count } partecipante
   *[other] { $count } partecipanti
}

schedule-title = Visite e attività in programma
schedule-intro = Visite di studio e scambi in programma con i nostri partner.
schedule-empty = Al momento non ci sono attività in programma.

reports-title = Relazioni annuali
report-title = Relazione { $year }
report-contents = Indice
report-figures = L'anno in cifre
report-by-partner = Attività per partner
report-by-area = Attività per ambito
report-other = Altre attività
report-area-count = Attività
figure-activities = Attività
figure-participants = Partecipanti
figure-partners = Partner coinvolti
figure-programmes = Programmi di finanziamento utilizzati
figure-planned = Ancora in programma

programmes-title = Programmi di finanziamento
programme-website = Sito del programma
programme-activities = { $count ->
    [one] Un'attività
   *[other] { $count } attività
}

page-contents = In questa pagina
page-documents = Documenti

notfound-title = Pagina non trovata
notfound-text = La pagina richiesta non esiste o è stata spostata.
notfound-home = Vai alla pagina iniziale

a11y-title = Dichiarazione di accessibilità
a11y-intro = { $organisation } si impegna a rendere il proprio sito web accessibile, conformemente { $country ->
    [PL] alla legge polacca del 4 aprile 2019 sull'accessibilità digitale dei siti web e delle applicazioni mobili degli enti pubblici
    [IT] alla legge 9 gennaio 2004, n. 4, recante disposizioni per favorire e semplificare l’accesso degli utenti e, in particolare, delle persone con disabilità agli strumenti informatici
   *[other] { $jurisdiction ->
        [eea] alla normativa nazionale di recepimento della direttiva (UE) 2016/2102
       *[other] alle Linee guida per l’accessibilità dei contenuti Web (WCAG) 2.1 al livello AA
    }
}. La presente dichiarazione di accessibilità si applica al sito web
a11y-dates = Date
a11y-published = Data di pubblicazione del sito web
a11y-updated = Data dell'ultimo aggiornamento sostanziale
a11y-compliance = Stato di conformità
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] alla legge sull'accessibilità digitale
    [IT] alla legge n. 4/2004
   *[other] ai requisiti di accessibilità
}
a11y-status-full = Questo sito web è pienamente conforme { a11y-law }.
a11y-status-partial = Questo sito web è parzialmente conforme { a11y-law }, a causa dei casi di non conformità elencati di seguito.
a11y-status-none = Questo sito web non è conforme { a11y-law }.
a11y-exceptions = Contenuti non accessibili
a11y-contact = Feedback e recapiti
a11y-contact-text = In caso di difficoltà nell'utilizzo del sito web, vi preghiamo di contattarci. La persona di riferimento è
a11y-contact-any = In caso di difficoltà nell'utilizzo del sito web, vi preghiamo di contattarci.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-mail
a11y-phone = Telefono
a11y-procedure = Procedura di attuazione
a11y-procedure-text = { $country ->
    [PL] Chiunque ha il diritto di chiedere che un sito web o un suo elemento sia reso accessibile, oppure che le informazioni siano fornite in una forma alternativa. La richiesta deve contenere i recapiti del richiedente, l'indicazione della pagina o dell'elemento interessato e la forma alternativa preferita. Le richieste vengono trattate senza ritardo, al più tardi entro 7 giorni; se ciò non è possibile, comunichiamo entro quando la richiesta sarà soddisfatta, comunque non oltre 2 mesi. In caso di rifiuto, è possibile presentare un reclamo e, una volta esaurita tale procedura, rivolgersi al Difensore civico polacco (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Chiunque ha il diritto di chiedere che un sito web o un suo elemento sia reso accessibile, oppure che le informazioni siano fornite in una forma alternativa. Nella richiesta indicate i vostri recapiti, la pagina o l'elemento interessato e la forma preferita. Trattiamo le richieste senza indebito ritardo e vi comunichiamo entro quando la vostra sarà soddisfatta. Se la nostra risposta non vi soddisfa, potete rivolgervi all'organismo nazionale che vigila sull'accessibilità dei siti web degli enti pubblici.
       *[other] Potete chiederci di rendere accessibile un sito web o un suo elemento, oppure di fornire le informazioni in una forma alternativa. Nella richiesta indicate i vostri recapiti, la pagina o l'elemento interessato e la forma preferita. Trattiamo le richieste senza indebito ritardo e vi comunichiamo entro quando la vostra sarà soddisfatta.
    }
}
a11y-architecture = Accessibilità architettonica
a11y-communication = Accessibilità della comunicazione
a11y-communication-text = { $country ->
    [PL] Le persone sorde o con ipoacusia possono contattarci via e-mail o tramite un interprete della lingua dei segni, con un preavviso di tre giorni lavorativi.
   *[other] Le persone sorde o con ipoacusia possono contattarci per iscritto, via e-mail.
}
a11y-missing = Il sito non ha ancora pubblicato le informazioni sull'accessibilità.

status-prospect = Partner potenziale
status-letter-of-intent = Lettera d'intenti
status-negotiating = Accordo in preparazione
status-active = Partenariato attivo
status-suspended = Sospeso
status-ended = Concluso

event-contact = Primo contatto
event-letter-of-intent = Lettera d'intenti
event-resolution = Delibera del consiglio
event-agreement = Firma dell'accordo di partenariato
event-renewal = Rinnovo dell'accordo
event-suspension = Sospensione della cooperazione
event-resumption = Ripresa della cooperazione
event-termination = Fine del partenariato

kind-city = Città
kind-municipality = Comune
kind-district = Distretto
kind-county = Contea
kind-region = Regione
kind-school = Scuola
kind-institution = Istituzione

area-culture = Cultura
area-education = Istruzione
area-sport = Sport e tempo libero
area-youth = Giovani
area-seniors = Anziani
area-social = Sviluppo sociale
area-environment = Ambiente
area-economy = Economia
area-tourism = Turismo
area-administration = Pubblica amministrazione
area-heritage = Patrimonio culturale
area-health = Salute
area-science = Scienza

activity-visit = Visita
activity-study-visit = Visita di studio
activity-exchange = Scambio
activity-festival = Festival
activity-event = Evento
activity-project = Progetto
activity-conference = Conferenza
activity-other = Altro

activity-status-planned = Prevista
activity-status-done = Realizzata
activity-status-cancelled = Annullata
