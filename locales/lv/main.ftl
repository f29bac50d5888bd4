# twinpress saskarnes teksti latviešu valodā.

language-self = Latviešu
site-skip = Pāriet uz saturu
site-menu = Izvēlne
site-languages = Valoda
site-main-menu = Galvenā izvēlne
site-description = { $home }: starptautiskā sadarbība.
footer-contact = Kontakti
footer-accessibility = Paziņojums par piekļūstamību
footer-programmes = Finansējuma programmas
footer-sitemap = Vietnes karte

nav-home = Sākums
nav-partners = Partneri
nav-activities = Aktivitātes
nav-schedule = Plānotās vizītes
nav-reports = Pārskats
nav-programmes = Programmas

home-intro = { $home } sadarbojas ar { $partners ->
    [zero] { $partners } partneriem
    [one] { $partners } partneri
   *[other] { $partners } partneriem
} no { $countries ->
    [zero] { $countries } valstīm
    [one] { $countries } valsts
   *[other] { $countries } valstīm
}.
home-partners = Mūsu partneri
home-latest = Jaunākās aktivitātes
home-planned = Drīzumā
home-all-partners = Visi partneri
home-all-partners-count = Visi partneri ({ $count })
home-all-activities = Visas aktivitātes
home-full-schedule = Pilns grafiks

partners-title = { $partners-are ->
    [towns] Sadraudzības pilsētas
   *[other] Partneri
}
partners-intro = { $count ->
    [zero] { $count } partneri.
    [one] { $count } partneris.
   *[other] { $count } partneri.
}
partners-count = { $count ->
    [zero] { $count } partneri
    [one] { $count } partneris
   *[other] { $count } partneri
}
partners-country-title = { $partners-are ->
    [towns] Sadraudzības pilsētas
   *[other] Partneri
}: { $country }
partners-countries = Partneri pa valstīm
partners-empty = Partneru vēl nav.
partner-status = Statuss
partner-facts = Fakti
partner-about = Vispārīga informācija
partner-common-ground = Kas mūs vieno
partner-photos = Fotogrāfijas
photo-credit = Foto:
partner-documents = Dokumenti
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Partneru pilsētu karte
   *[other] Partneru karte
}
map-desc = { $home }: līnijas ved uz katru partneri un rāda attālumu kilometros.
partner-areas = Sadarbības jomas
partner-timeline = Partnerības vēsture
partner-activities = Kopīgās aktivitātes
partner-planned = Plānots
partner-no-activities = Kopīgas aktivitātes vēl nav reģistrētas.
partner-own-name = Vietējā valodā

fact-country = Valsts
fact-region = Reģions
fact-kind = Veids
fact-population = Iedzīvotāju skaits
fact-area = Platība
fact-area-value = { $area } km²
fact-mayor = Mērs
fact-languages = Valodas
fact-website = Tīmekļvietne
facts-as-of = { $year }. gada dati

timeline-signatories = Parakstīja
timeline-reference = Juridiskais pamats
timeline-document-link = Dokuments ({ $kind }, { $size })

text-in-other-language = Šis teksts šajā valodā nav pieejams; tas tiek rādīts citā valodā: { $language }.

activities-title = Aktivitātes
activities-empty = Aktivitātes vēl nav reģistrētas.
activities-year-title = { $year }. gada aktivitātes
activities-years = Aktivitātes pa gadiem
activities-count = { $count ->
    [zero] { $count } aktivitātes
    [one] { $count } aktivitāte
   *[other] { $count } aktivitātes
}
activity-partners = Partneri
activity-place = Vieta
activity-organiser = Organizators
activity-programme = Programma
activity-areas = Jomas
activity-participants = { $count ->
    [zero] { $count } dalībnieki
    [one] { $count } dalībnieks
   *[other] { $count } dalībnieki
}

schedule-title = Plānotās vizītes un aktivitātes
schedule-intro = Ar mūsu partneriem plānotās pieredzes apmaiņas vizītes un apmaiņas.
schedule-empty = Pašlaik nekas nav plānots.

reports-title = Gada pārskati
report-title = { $year }. gada pārskats
report-contents = Saturs
report-figures = Gads skaitļos
report-by-partner = Aktivitātes pa partneriem
report-by-area = Aktivitātes pa jomām
report-other = Citas aktivitātes
report-area-count = Aktivitātes
figure-activities = Aktivitātes
figure-participants = Dalībnieki
figure-partners = Iesaistītie partneri
figure-programmes = Izmantotās finansējuma programmas
figure-planned = Vēl plānots

programmes-title = Finansējuma programmas
programme-website = Programmas tīmekļvietne
programme-activities = { $count ->
    [zero] { $count } aktivitātes
    [one] { $count } aktivitāte
   *[other] { $count } aktivitātes
}

page-contents = Šajā lapā
page-documents = Dokumenti

notfound-title = Lapa nav atrasta
notfound-text = Lapa, kuru meklējat, neeksistē vai ir pārvietota.
notfound-home = Doties uz sākumlapu

a11y-title = Paziņojums par piekļūstamību
a11y-intro = { $organisation } apņemas nodrošināt savas tīmekļvietnes piekļūstamību saskaņā ar { $country ->
    [PL] Polijas 2019. gada 4. aprīļa likumu par publiskā sektora struktūru tīmekļvietņu un mobilo lietotņu digitālo piekļūstamību
   *[other] { $jurisdiction ->
        [eea] valsts tiesību aktiem, ar kuriem transponēta Direktīva (ES) 2016/2102
       *[other] Tīmekļa satura piekļūstamības vadlīniju (WCAG) 2.1 AA līmeņa prasībām
    }
}. Šis paziņojums par piekļūstamību attiecas uz tīmekļvietni
a11y-dates = Datumi
a11y-published = Tīmekļvietnes publicēšanas datums
a11y-updated = Pēdējās būtiskās atjaunināšanas datums
a11y-compliance = Atbilstības statuss
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] Digitālās piekļūstamības likumam
   *[other] piekļūstamības prasībām
}
a11y-status-full = Šī tīmekļvietne pilnībā atbilst { a11y-law }.
a11y-status-partial = Šī tīmekļvietne daļēji atbilst { a11y-law } turpmāk uzskaitīto neatbilstību dēļ.
a11y-status-none = Šī tīmekļvietne neatbilst { a11y-law }.
a11y-exceptions = Nepiekļūstams saturs
a11y-contact = Atsauksmes un kontaktinformācija
a11y-contact-text = Ja jums rodas grūtības, lietojot tīmekļvietni, lūdzu, sazinieties ar mums. Kontaktpersona:
a11y-contact-any = Ja jums rodas grūtības, lietojot tīmekļvietni, lūdzu, sazinieties ar mums.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-pasts
a11y-phone = Tālrunis
a11y-procedure = Izpildes procedūra
a11y-procedure-text = { $country ->
    [PL] Ikvienam ir tiesības pieprasīt, lai tīmekļvietne vai kāds tās elements tiktu padarīts piekļūstams vai lai informācija tiktu sniegta alternatīvā formātā. Pieprasījumā jānorāda pieprasītāja kontaktinformācija, attiecīgā lapa vai elements un vēlamais alternatīvais formāts. Pieprasījumus izskatām nekavējoties, ne vēlāk kā 7 dienu laikā; ja tas nav iespējams, mēs informējam, kad pieprasījums tiks izpildīts, taču ne vēlāk kā 2 mēnešu laikā. Atteikuma gadījumā jūs varat iesniegt sūdzību un pēc šīs procedūras izsmelšanas vērsties pie Polijas tiesībsarga (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Ikvienam ir tiesības pieprasīt, lai tīmekļvietne vai kāds tās elements tiktu padarīts piekļūstams vai lai informācija tiktu sniegta alternatīvā formātā. Lūdzam norādīt savu kontaktinformāciju, attiecīgo lapu vai elementu un vēlamo formātu. Pieprasījumus izskatām bez nepamatotas kavēšanās un informējam, kad jūsu pieprasījums tiks izpildīts. Ja mūsu atbilde jūs neapmierina, varat vērsties valsts iestādē, kas uzrauga publiskā sektora iestāžu tīmekļvietņu piekļūstamību.
       *[other] Jūs varat lūgt, lai tīmekļvietne vai kāds tās elements tiktu padarīts piekļūstams vai lai informācija tiktu sniegta alternatīvā formātā. Lūdzam norādīt savu kontaktinformāciju, attiecīgo lapu vai elementu un vēlamo formātu. Pieprasījumus izskatām bez nepamatotas kavēšanās un informējam, kad jūsu pieprasījums tiks izpildīts.
    }
}
a11y-architecture = Arhitektoniskā piekļūstamība
a11y-communication = Komunikācijas piekļūstamība
a11y-communication-text = { $country ->
    [PL] Nedzirdīgas un vājdzirdīgas personas var sazināties ar mums pa e-pastu vai ar zīmju valodas tulka starpniecību; lūdzam par to informēt trīs darba dienas iepriekš.
   *[other] Nedzirdīgas un vājdzirdīgas personas var sazināties ar mums rakstiski, pa e-pastu.
}
a11y-missing = Vietne vēl nav publicējusi informāciju par piekļūstamību.

status-prospect = Potenciālais partneris
status-letter-of-intent = Nodomu vēstule
status-negotiating = Līgums tiek sagatavots
status-active = Aktīva partnerība
status-suspended = Apturēta
status-ended = Izbeigta

event-contact = Pirmais kontakts
event-letter-of-intent = Nodomu vēstule
event-resolution = Domes lēmums
event-agreement = Parakstīts partnerības līgums
event-renewal = Līgums pagarināts
event-suspension = Sadarbība apturēta
event-resumption = Sadarbība atsākta
event-termination = Partnerība izbeigta

kind-city = Pilsēta
kind-municipality = Pašvaldība
kind-district = Rajons
kind-county = Apgabals
kind-region = Reģions
kind-school = Skola
kind-institution = Iestāde

area-culture = Kultūra
area-education = Izglītība
area-sport = Sports un atpūta
area-youth = Jaunatne
area-seniors = Seniori
area-social = Sociālā attīstība
area-environment = Vide
area-economy = Ekonomika
area-tourism = Tūrisms
area-administration = Publiskā pārvalde
area-heritage = Kultūras mantojums
area-health = Veselība
area-science = Zinātne

activity-visit = Vizīte
activity-study-visit = Pieredzes apmaiņas vizīte
activity-exchange = Apmaiņa
activity-festival = Festivāls
activity-event = Pasākums
activity-project = Projekts
activity-conference = Konference
activity-other = Cits

activity-status-planned = Plānota
activity-status-done = Īstenota
activity-status-cancelled = Atcelta
