# Gränssnittstexter för twinpress, på svenska.

language-self = Svenska
site-skip = Hoppa till innehållet
site-menu = Meny
site-languages = Språk
site-main-menu = Huvudmeny
site-description = Internationella partnerskap för { $home }.
footer-contact = Kontakt
footer-accessibility = Tillgänglighetsredogörelse
footer-programmes = Finansieringsprogram
footer-sitemap = Webbplatskarta

nav-home = Startsida
nav-partners = Partner
nav-activities = Aktiviteter
nav-schedule = Planerade besök
nav-reports = Rapport
nav-programmes = Program

home-intro = { $home } samarbetar med { $partners ->
    [one] en partner
   *[other] { $partners } partner
} i { $countries ->
    [one] ett land
   *[other] { $countries } länder
}.
home-partners = Våra partner
home-latest = Senaste aktiviteterna
home-planned = På gång
home-all-partners = Alla partner
home-all-partners-count = Alla partner ({ $count })
home-all-activities = Alla aktiviteter
home-full-schedule = Hela planeringen

partners-title = { $partners-are ->
    [towns] Vänorter
   *[other] Partner
}
partners-intro = { $count ->
    [one] En partner.
   *[other] { $count } partner.
}
partners-count = { $count ->
    [one] En partner
   *[other] { $count } partner
}
partners-country-title = { $partners-are ->
    [towns] Vänorter
   *[other] Partner
}: { $country }
partners-countries = Vänorter per land
partners-empty = Det finns inga partner ännu.
partner-status = Status
partner-facts = Fakta
partner-about = Presentation
partner-common-ground = Det här har vi gemensamt
partner-photos = Bilder
photo-credit = Foto:
partner-documents = Dokument
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Karta över vänorterna
   *[other] Karta över partnerna
}
map-desc = { $home }: linjer leder till varje vänort och anger avståndet i kilometer.
partner-areas = Samarbetsområden
partner-timeline = Partnerskapets historia
partner-activities = Gemensamma aktiviteter
partner-planned = Planerat
partner-no-activities = Inga gemensamma aktiviteter har registrerats ännu.
partner-own-name = På det egna språket

fact-country = Land
fact-region = Region
fact-kind = Typ
fact-population = Invånare
fact-area = Yta
fact-area-value = { $area } km²
fact-mayor = Borgmästare
fact-languages = Språk
fact-website = Webbplats
facts-as-of = uppgifter från { $year }

timeline-signatories = Undertecknat av
timeline-reference = Rättslig grund
timeline-document-link = Dokument ({ $kind }, { $size })

text-in-other-language = Texten finns inte på det här språket. Den visas på { $language }.

activities-title = Aktiviteter
activities-empty = Inga aktiviteter har registrerats ännu.
activities-year-title = Aktiviteter { $year }
activities-years = Aktiviteter per år
activities-count = { $count ->
    [one] En aktivitet
   *[other] { $count } aktiviteter
}
activity-partners = Partner
activity-place = Plats
activity-organiser = Arrangör
activity-programme = Program
activity-areas = Områden
activity-participants = { $count ->
    [one] { $count } deltagare
   *[other] { $count } deltagare
}

schedule-title = Planerade besök och aktiviteter
schedule-intro = Studiebesök och utbyten som planeras med våra partner.
schedule-empty = Just nu finns inget planerat.

reports-title = Årsrapporter
report-title = Rapport { $year }
report-contents = Innehåll
report-figures = Året i siffror
report-by-partner = Aktiviteter per partner
report-by-area = Aktiviteter per område
report-other = Övriga aktiviteter
report-area-count = Aktiviteter
figure-activities = Aktiviteter
figure-participants = Deltagare
figure-partners = Medverkande partner
figure-programmes = Använda finansieringsprogram
figure-planned = Fortfarande planerade

programmes-title = Finansieringsprogram
programme-website = Programmets webbplats
programme-activities = { $count ->
    [one] En aktivitet
   *[other] { $count } aktiviteter
}

page-contents = På den här sidan
page-documents = Dokument

notfound-title = Sidan hittades inte
notfound-text = Sidan du söker finns inte eller har flyttats.
notfound-home = Gå till startsidan

a11y-title = Tillgänglighetsredogörelse
a11y-intro = { $organisation } har åtagit sig att göra sin webbplats tillgänglig i enlighet med { $country ->
    [PL] den polska lagen av den 4 april 2019 om digital tillgänglighet till offentliga organs webbplatser och mobila applikationer
    [SE] lagen (2018:1937) om tillgänglighet till digital offentlig service
   *[other] { $jurisdiction ->
        [eea] den nationella lagstiftning som genomför direktiv (EU) 2016/2102
       *[other] riktlinjerna för tillgängligt webbinnehåll (WCAG) 2.1 på nivå AA
    }
}. Denna tillgänglighetsredogörelse gäller webbplatsen
a11y-dates = Datum
a11y-published = Datum då webbplatsen publicerades
a11y-updated = Datum för den senaste större uppdateringen
a11y-compliance = Efterlevnadsstatus
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] lagen om digital tillgänglighet
    [SE] lagen om tillgänglighet till digital offentlig service
   *[other] tillgänglighetskraven
}
a11y-status-full = Denna webbplats är helt förenlig med { a11y-law }.
a11y-status-partial = Denna webbplats är delvis förenlig med { a11y-law }, på grund av de avvikelser som anges nedan.
a11y-status-none = Denna webbplats är inte förenlig med { a11y-law }.
a11y-exceptions = Innehåll som inte är tillgängligt
a11y-contact = Återkoppling och kontaktuppgifter
a11y-contact-text = Om du har problem med att använda webbplatsen ber vi dig att kontakta oss. Kontaktperson är
a11y-contact-any = Om du har problem med att använda webbplatsen ber vi dig att kontakta oss.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-post
a11y-phone = Telefon
a11y-procedure = Tillsynsförfarande
a11y-procedure-text = { $country ->
    [PL] Alla har rätt att begära att en webbplats eller någon del av den görs tillgänglig, eller att informationen tillhandahålls i en alternativ form. Begäran ska innehålla kontaktuppgifter till den som gör begäran, vilken sida eller del det gäller och önskad alternativ form. Vi behandlar begäran utan dröjsmål, senast inom 7 dagar. Om det inte är möjligt meddelar vi när begäran kommer att tillgodoses, dock senast inom 2 månader. Om vi avslår begäran kan du lämna in ett klagomål och, när det förfarandet är uttömt, vända dig till den polska ombudsmannen för mänskliga rättigheter (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Alla har rätt att begära att en webbplats eller någon del av den görs tillgänglig, eller att informationen tillhandahålls i en alternativ form. Ange dina kontaktuppgifter, vilken sida eller del det gäller och vilken form du önskar. Vi behandlar begäran utan onödigt dröjsmål och meddelar när din begäran kommer att tillgodoses. Om du inte är nöjd med vårt svar kan du vända dig till den nationella myndighet som har tillsyn över tillgängligheten på offentliga aktörers webbplatser.
       *[other] Du kan be oss att göra en webbplats eller någon del av den tillgänglig, eller att tillhandahålla informationen i en alternativ form. Ange dina kontaktuppgifter, vilken sida eller del det gäller och vilken form du önskar. Vi behandlar begäran utan onödigt dröjsmål och meddelar när din begäran kommer att tillgodoses.
    }
}
a11y-architecture = Fysisk tillgänglighet
a11y-communication = Tillgänglig kommunikation
a11y-communication-text = { $country ->
    [PL] Personer som är döva eller har nedsatt hörsel kan kontakta oss via e-post eller med hjälp av en teckenspråkstolk. Meddela oss gärna tre arbetsdagar i förväg.
   *[other] Personer som är döva eller har nedsatt hörsel kan kontakta oss skriftligt via e-post.
}
a11y-missing = Webbplatsen har ännu inte publicerat någon information om tillgänglighet.

status-prospect = Möjlig partner
status-letter-of-intent = Avsiktsförklaring
status-negotiating = Avtal under förberedelse
status-active = Aktivt partnerskap
status-suspended = Vilande
status-ended = Avslutat

event-contact = Första kontakt
event-letter-of-intent = Avsiktsförklaring
event-resolution = Fullmäktigebeslut
event-agreement = Partnerskapsavtal undertecknat
event-renewal = Avtalet förnyat
event-suspension = Samarbetet tillfälligt avbrutet
event-resumption = Samarbetet återupptaget
event-termination = Partnerskapet avslutat

kind-city = Stad
kind-municipality = Kommun
kind-district = Distrikt
kind-county = Län
kind-region = Region
kind-school = Skola
kind-institution = Institution

area-culture = Kultur
area-education = Utbildning
area-sport = Idrott och fritid
area-youth = Unga
area-seniors = Äldre
area-social = Social utveckling
area-environment = Miljö
area-economy = Näringsliv
area-tourism = Turism
area-administration = Offentlig förvaltning
area-heritage = Kulturarv
area-health = Hälsa
area-science = Vetenskap

activity-visit = Besök
activity-study-visit = Studiebesök
activity-exchange = Utbyte
activity-festival = Festival
activity-event = Evenemang
activity-project = Projekt
activity-conference = Konferens
activity-other = Övrigt

activity-status-planned = Planerad
activity-status-done = Genomförd
activity-status-cancelled = Inställd
