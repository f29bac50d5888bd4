# Grensesnittekstene i twinpress, på norsk bokmål.
# Meldingenes ID-er er felles for alle språk; se README.md, "Translating".

language-self = Norsk bokmål
site-skip = Gå til innholdet
site-menu = Meny
site-languages = Språk
site-main-menu = Hovedmeny
site-description = { $home }: internasjonale partnerskap og vennskapsbyer.
footer-contact = Kontakt
footer-accessibility = Tilgjengelighetserklæring
footer-programmes = Støtteprogrammer
footer-sitemap = Nettstedskart

nav-home = Forside
nav-partners = Partnere
nav-activities = Aktiviteter
nav-schedule = Planlagte besøk
nav-reports = Rapport
nav-programmes = Programmer

home-intro = { $home } samarbeider med { $partners ->
    [one] { $partners } partner
   *[other] { $partners } partnere
} i { $countries ->
    [one] { $countries } land
   *[other] { $countries } land
}.
home-partners = Våre partnere
home-latest = Siste aktiviteter
home-planned = Kommer snart
home-all-partners = Alle partnere
home-all-partners-count = Alle partnere ({ $count })
home-all-activities = Alle aktiviteter
home-full-schedule = Hele kalenderen

partners-title = { $partners-are ->
    [towns] Vennskapsbyer
   *[other] Partnere
}
partners-intro = { $count ->
    [one] { $count } partner.
   *[other] { $count } partnere.
}
partners-count = { $count ->
    [one] { $count } partner
   *[other] { $count } partnere
}
partners-country-title = { $partners-are ->
    [towns] Vennskapsbyer
   *[other] Partnere
}: { $country }
partners-countries = Partnere etter land
partners-empty = Det er ingen partnere ennå.
partner-status = Status
partner-facts = Fakta
partner-about = Om partneren
partner-common-ground = Dette har vi felles
partner-photos = Bilder
photo-credit = Foto:
partner-documents = Dokumenter
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Kart over vennskapsbyene
   *[other] Kart over partnerne
}
map-desc = { $home }: linjene fører til hver partner og viser avstanden i kilometer.
partner-areas = Samarbeidsområder
partner-timeline = Partnerskapets historie
partner-activities = Felles aktiviteter
partner-planned = Planlagt
partner-no-activities = Ingen felles aktiviteter er registrert ennå.
partner-own-name = På eget språk

fact-country = Land
fact-region = Region
fact-kind = Type
fact-population = Innbyggertall
fact-area = Areal
fact-area-value = { $area } km²
fact-mayor = Ordfører
fact-languages = Språk
fact-website = Nettsted
facts-as-of = per { $year }

timeline-signatories = Undertegnet av
timeline-reference = Rettslig grunnlag
timeline-document-link = Dokument ({ $kind }, { $size })

text-in-other-language = Denne teksten finnes ikke på dette språket; den vises på følgende språk: { $language }.

activities-title = Aktiviteter
activities-empty = Ingen aktiviteter er registrert ennå.
activities-year-title = Aktiviteter i { $year }
activities-years = Aktiviteter etter år
activities-count = { $count ->
    [one] { $count } aktivitet
   *[other] { $count } aktiviteter
}
activity-partners = Partnere
activity-place = Sted
activity-organiser = Arrangør
activity-programme = Program
activity-areas = Områder
activity-participants = { $count ->
    [one] { $count } deltaker
   *[other] { $count } deltakere
}

schedule-title = Planlagte besøk og aktiviteter
schedule-intro = Studiebesøk og utvekslinger som er planlagt med våre partnere.
schedule-empty = Ingenting er planlagt for øyeblikket.

reports-title = Årsrapporter
report-title = Rapport { $year }
report-contents = Innhold
report-figures = Året i tall
report-by-partner = Aktiviteter etter partner
report-by-area = Aktiviteter etter område
report-other = Andre aktiviteter
report-area-count = Aktiviteter
figure-activities = Aktiviteter
figure-participants = Deltakere
figure-partners = Partnere som deltok
figure-programmes = Støtteprogrammer som ble brukt
figure-planned = Fortsatt planlagt

programmes-title = Støtteprogrammer
programme-website = Programmets nettsted
programme-activities = { $count ->
    [one] { $count } aktivitet
   *[other] { $count } aktiviteter
}

page-contents = På denne siden
page-documents = Dokumenter

notfound-title = Fant ikke siden
notfound-text = Siden du leter etter, finnes ikke eller er flyttet.
notfound-home = Gå til forsiden

a11y-title = Tilgjengelighetserklæring
a11y-intro = { $organisation } forplikter seg til å gjøre nettstedet sitt tilgjengelig i samsvar med { $country ->
    [PL] den polske loven av 4. april 2019 om digital tilgjengelighet til offentlige organers nettsteder og mobilapplikasjoner
   *[other] { $jurisdiction ->
        [eea] den nasjonale lovgivningen som gjennomfører direktiv (EU) 2016/2102
       *[other] retningslinjene for tilgjengelig webinnhold (WCAG) 2.1 på nivå AA
    }
}. Denne tilgjengelighetserklæringen gjelder nettstedet
a11y-dates = Datoer
a11y-published = Dato for publisering av nettstedet
a11y-updated = Dato for siste større oppdatering
a11y-compliance = Samsvarsstatus
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] loven om digital tilgjengelighet
   *[other] tilgjengelighetskravene
}
a11y-status-full = Dette nettstedet er i fullt samsvar med { a11y-law }.
a11y-status-partial = Dette nettstedet er delvis i samsvar med { a11y-law } på grunn av avvikene som er listet opp nedenfor.
a11y-status-none = Dette nettstedet er ikke i samsvar med { a11y-law }.
a11y-exceptions = Innhold som ikke er tilgjengelig
a11y-contact = Tilbakemelding og kontaktinformasjon
a11y-contact-text = Hvis du har problemer med å bruke nettstedet, ta kontakt med oss. Kontaktpersonen er
a11y-contact-any = Hvis du har problemer med å bruke nettstedet, ta kontakt med oss.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-post
a11y-phone = Telefon
a11y-procedure = Håndhevingsprosedyre
a11y-procedure-text = { $country ->
    [PL] Alle har rett til å be om at et nettsted eller en del av det gjøres tilgjengelig, eller at informasjonen gis i en alternativ form. Forespørselen må inneholde kontaktopplysningene til den som ber, siden eller elementet det gjelder, og den ønskede alternative formen. Vi behandler forespørsler straks og senest innen 7 dager; er det ikke mulig, sier vi når det blir gjort, senest innen 2 måneder. Avslår vi, kan du klage, og når den prosedyren er uttømt, kan du henvende deg til ombudsmannen (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Alle har rett til å be om at et nettsted eller en del av det gjøres tilgjengelig, eller at informasjonen gis i en alternativ form. Oppgi kontaktopplysningene dine, siden eller elementet det gjelder, og formen du foretrekker. Vi behandler forespørsler uten unødig opphold og forteller deg når din blir innfridd. Er du ikke fornøyd med svaret vårt, kan du henvende deg til det nasjonale organet som fører tilsyn med tilgjengeligheten til offentlige organers nettsteder.
       *[other] Du kan be oss om å gjøre et nettsted eller en del av det tilgjengelig, eller om å gi informasjonen i en alternativ form. Oppgi kontaktopplysningene dine, siden eller elementet det gjelder, og formen du foretrekker. Vi behandler forespørsler uten unødig opphold og forteller deg når din blir innfridd.
    }
}
a11y-architecture = Fysisk tilgjengelighet
a11y-communication = Tilgjengelig kommunikasjon
a11y-communication-text = { $country ->
    [PL] Døve og hørselshemmede kan kontakte oss på e-post eller via tegnspråktolk; gi oss beskjed tre virkedager i forveien.
   *[other] Døve og hørselshemmede kan kontakte oss skriftlig på e-post.
}
a11y-missing = Nettstedet har ennå ikke publisert opplysningene sine om tilgjengelighet.

status-prospect = Mulig partner
status-letter-of-intent = Intensjonsavtale
status-negotiating = Avtale under forberedelse
status-active = Aktivt partnerskap
status-suspended = Suspendert
status-ended = Avsluttet

event-contact = Første kontakt
event-letter-of-intent = Intensjonsavtale
event-resolution = Kommunestyrevedtak
event-agreement = Vennskapsavtale undertegnet
event-renewal = Avtalen fornyet
event-suspension = Samarbeidet suspendert
event-resumption = Samarbeidet gjenopptatt
event-termination = Partnerskapet avsluttet

kind-city = By
kind-municipality = Kommune
kind-district = Distrikt
kind-county = Fylke
kind-region = Region
kind-school = Skole
kind-institution = Institusjon

area-culture = Kultur
area-education = Utdanning
area-sport = Idrett og fritid
area-youth = Ungdom
area-seniors = Eldre
area-social = Sosial utvikling
area-environment = Miljø
area-economy = Næringsliv
area-tourism = Turisme
area-administration = Offentlig forvaltning
area-heritage = Kulturarv
area-health = Helse
area-science = Vitenskap

activity-visit = Besøk
activity-study-visit = Studiebesøk
activity-exchange = Utveksling
activity-festival = Festival
activity-event = Arrangement
activity-project = Prosjekt
activity-conference = Konferanse
activity-other = Annet

activity-status-planned = Planlagt
activity-status-done = Gjennomført
activity-status-cancelled = Avlyst
