# Brugerfladens tekster i twinpress, på dansk.
# Beskedernes id'er er fælles for alle sprog; se README.md, "Translating".

language-self = Dansk
site-skip = Gå til indholdet
site-menu = Menu
site-languages = Sprog
site-main-menu = Hovedmenu
site-description = { $home }: internationale partnerskaber og venskabsbyer.
footer-contact = Kontakt
footer-accessibility = Tilgængelighedserklæring
footer-programmes = Støtteprogrammer
footer-sitemap = Oversigt over sitet

nav-home = Forside
nav-partners = Partnere
nav-activities = Aktiviteter
nav-schedule = Planlagte besøg
nav-reports = Rapport
nav-programmes = Programmer

home-intro = { $home } samarbejder med { $partners ->
    [one] { $partners } partner
   *[other] { $partners } partnere
} i { $countries ->
    [one] { $countries } land
   *[other] { $countries } lande
}.
home-partners = Vores partnere
home-latest = Seneste aktiviteter
home-planned = Snart
home-all-partners = Alle partnere
home-all-partners-count = Alle partnere ({ $count })
home-all-activities = Alle aktiviteter
home-full-schedule = Hele kalenderen

partners-title = { $partners-are ->
    [towns] Venskabsbyer
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
    [towns] Venskabsbyer
   *[other] Partnere
}: { $country }
partners-countries = Partnere efter land
partners-empty = Der er endnu ingen partnere.
partner-status = Status
partner-facts = Fakta
partner-about = Om partneren
partner-common-ground = Det har vi til fælles
partner-photos = Fotos
photo-credit = Foto:
partner-documents = Dokumenter
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Kort over venskabsbyerne
   *[other] Kort over partnerne
}
map-desc = { $home }: linjerne fører til hver partner og viser afstanden i kilometer.
partner-areas = Samarbejdsområder
partner-timeline = Partnerskabets historie
partner-activities = Fælles aktiviteter
partner-planned = Planlagt
partner-no-activities = Der er endnu ikke registreret fælles aktiviteter.
partner-own-name = På eget sprog

fact-country = Land
fact-region = Region
fact-kind = Type
fact-population = Indbyggertal
fact-area = Areal
fact-area-value = { $area } km²
fact-mayor = Borgmester
fact-languages = Sprog
fact-website = Websted
facts-as-of = pr. { $year }

timeline-signatories = Underskrevet af
timeline-reference = Retsgrundlag
timeline-document-link = Dokument ({ $kind }, { $size })

text-in-other-language = Denne tekst findes ikke på dette sprog; den vises på følgende sprog: { $language }.

activities-title = Aktiviteter
activities-empty = Der er endnu ikke registreret aktiviteter.
activities-year-title = Aktiviteter i { $year }
activities-years = Aktiviteter efter år
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
    [one] { $count } deltager
   *[other] { $count } deltagere
}

schedule-title = Planlagte besøg og aktiviteter
schedule-intro = Studiebesøg og udvekslinger, der er planlagt med vores partnere.
schedule-empty = Der er ikke noget planlagt i øjeblikket.

reports-title = Årsrapporter
report-title = Rapport { $year }
report-contents = Indhold
report-figures = Året i tal
report-by-partner = Aktiviteter efter partner
report-by-area = Aktiviteter efter område
report-other = Andre aktiviteter
report-area-count = Aktiviteter
figure-activities = Aktiviteter
figure-participants = Deltagere
figure-partners = Involverede partnere
figure-programmes = Anvendte støtteprogrammer
figure-planned = Stadig planlagt

programmes-title = Støtteprogrammer
programme-website = Programmets websted
programme-activities = { $count ->
    [one] { $count } aktivitet
   *[other] { $count } aktiviteter
}

page-contents = På denne side
page-documents = Dokumenter

notfound-title = Siden blev ikke fundet
notfound-text = Den side, du leder efter, findes ikke eller er flyttet.
notfound-home = Gå til forsiden

a11y-title = Tilgængelighedserklæring
a11y-intro = { $organisation } forpligter sig til at gøre sit websted tilgængeligt i overensstemmelse med { $country ->
    [PL] den polske lov af 4. april 2019 om digital tilgængelighed af offentlige organers websteder og mobilapplikationer
    [DK] lov nr. 692 af 8. juni 2018 om tilgængelighed af offentlige organers websteder og mobilapplikationer
   *[other] { $jurisdiction ->
        [eea] den nationale lovgivning, der gennemfører direktiv (EU) 2016/2102
       *[other] retningslinjerne for tilgængeligt webindhold (WCAG) 2.1 på niveau AA
    }
}. Denne tilgængelighedserklæring gælder for webstedet
a11y-dates = Datoer
a11y-published = Dato for offentliggørelse af webstedet
a11y-updated = Dato for seneste større opdatering
a11y-compliance = Overholdelsesstatus
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] loven om digital tilgængelighed
    [DK] webtilgængelighedsloven
   *[other] tilgængelighedskravene
}
a11y-status-full = Dette websted overholder fuldt ud { a11y-law }.
a11y-status-partial = Dette websted overholder delvist { a11y-law } på grund af de manglende overholdelser, der er anført nedenfor.
a11y-status-none = Dette websted overholder ikke { a11y-law }.
a11y-exceptions = Indhold, der ikke er tilgængeligt
a11y-contact = Feedback og kontaktoplysninger
a11y-contact-text = Hvis du har problemer med at bruge webstedet, så kontakt os. Kontaktpersonen er
a11y-contact-any = Hvis du har problemer med at bruge webstedet, så kontakt os.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-mail
a11y-phone = Telefon
a11y-procedure = Håndhævelsesprocedure
a11y-procedure-text = { $country ->
    [PL] Alle har ret til at anmode om, at et websted eller en del af det gøres tilgængeligt, eller at oplysningerne gives i en alternativ form. Anmodningen skal indeholde kontaktoplysninger på den, der anmoder, den side eller det element, det drejer sig om, og den ønskede alternative form. Vi behandler anmodninger straks og senest inden for 7 dage; er det ikke muligt, oplyser vi, hvornår det sker, senest inden for 2 måneder. Afviser vi anmodningen, kan du klage, og når den procedure er udtømt, kan du henvende dig til ombudsmanden (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Alle har ret til at anmode om, at et websted eller en del af det gøres tilgængeligt, eller at oplysningerne gives i en alternativ form. Oplys dine kontaktoplysninger, den side eller det element, det drejer sig om, og den form, du foretrækker. Vi behandler anmodninger uden unødig forsinkelse og fortæller dig, hvornår din bliver imødekommet. Er du ikke tilfreds med vores svar, kan du henvende dig til den nationale myndighed, der fører tilsyn med tilgængeligheden af offentlige organers websteder.
       *[other] Du kan bede os om at gøre et websted eller en del af det tilgængeligt eller om at give dig oplysningerne i en alternativ form. Oplys dine kontaktoplysninger, den side eller det element, det drejer sig om, og den form, du foretrækker. Vi behandler anmodninger uden unødig forsinkelse og fortæller dig, hvornår din bliver imødekommet.
    }
}
a11y-architecture = Fysisk tilgængelighed
a11y-communication = Tilgængelig kommunikation
a11y-communication-text = { $country ->
    [PL] Døve og hørehæmmede kan kontakte os via e-mail eller gennem en tegnsprogstolk; giv os venligst besked tre arbejdsdage i forvejen.
   *[other] Døve og hørehæmmede kan kontakte os skriftligt via e-mail.
}
a11y-missing = Webstedet har endnu ikke offentliggjort sine oplysninger om tilgængelighed.

status-prospect = Mulig partner
status-letter-of-intent = Hensigtserklæring
status-negotiating = Aftale under forberedelse
status-active = Aktivt partnerskab
status-suspended = Suspenderet
status-ended = Afsluttet

event-contact = Første kontakt
event-letter-of-intent = Hensigtserklæring
event-resolution = Byrådsbeslutning
event-agreement = Venskabsbyaftale underskrevet
event-renewal = Aftale fornyet
event-suspension = Samarbejdet suspenderet
event-resumption = Samarbejdet genoptaget
event-termination = Partnerskabet afsluttet

kind-city = By
kind-municipality = Kommune
kind-district = Distrikt
kind-county = Amt
kind-region = Region
kind-school = Skole
kind-institution = Institution

area-culture = Kultur
area-education = Uddannelse
area-sport = Sport og fritid
area-youth = Unge
area-seniors = Ældre
area-social = Social udvikling
area-environment = Miljø
area-economy = Erhverv
area-tourism = Turisme
area-administration = Offentlig forvaltning
area-heritage = Kulturarv
area-health = Sundhed
area-science = Videnskab

activity-visit = Besøg
activity-study-visit = Studiebesøg
activity-exchange = Udveksling
activity-festival = Festival
activity-event = Arrangement
activity-project = Projekt
activity-conference = Konference
activity-other = Andet

activity-status-planned = Planlagt
activity-status-done = Gennemført
activity-status-cancelled = Aflyst
