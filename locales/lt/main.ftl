# twinpress sąsajos tekstai lietuvių kalba.

language-self = Lietuvių
site-skip = Pereiti prie turinio
site-menu = Meniu
site-languages = Kalba
site-main-menu = Pagrindinis meniu
site-description = { $home }: tarptautinė partnerystė.
footer-contact = Kontaktai
footer-accessibility = Pareiškimas dėl prieinamumo
footer-programmes = Finansavimo programos
footer-sitemap = Svetainės medis

nav-home = Pradžia
nav-partners = Partneriai
nav-activities = Veikla
nav-schedule = Planuojami vizitai
nav-reports = Ataskaita
nav-programmes = Programos

home-intro = { $home } bendradarbiauja su { $partners ->
    [one] { $partners } partneriu
    [few] { $partners } partneriais
    [many] { $partners } partnerio
   *[other] { $partners } partnerių
} iš { $countries ->
    [one] { $countries } šalies
    [few] { $countries } šalių
    [many] { $countries } šalies
   *[other] { $countries } šalių
}.
home-partners = Mūsų partneriai
home-latest = Naujausia veikla
home-planned = Netrukus
home-all-partners = Visi partneriai
home-all-partners-count = Visi partneriai ({ $count })
home-all-activities = Visa veikla
home-full-schedule = Visas tvarkaraštis

partners-title = { $partners-are ->
    [towns] Miestai partneriai
   *[other] Partneriai
}
partners-intro = { $count ->
    [one] { $count } partneris.
    [few] { $count } partneriai.
    [many] { $count } partnerio.
   *[other] { $count } partnerių.
}
partners-count = { $count ->
    [one] { $count } partneris
    [few] { $count } partneriai
    [many] { $count } partnerio
   *[other] { $count } partnerių
}
partners-country-title = { $partners-are ->
    [towns] Miestai partneriai
   *[other] Partneriai
}: { $country }
partners-countries = Partneriai pagal šalis
partners-empty = Partnerių kol kas nėra.
partner-status = Statusas
partner-facts = Pagrindiniai faktai
partner-about = Bendra informacija
partner-common-ground = Kas mus sieja
partner-photos = Nuotraukos
photo-credit = Nuotr.
partner-documents = Dokumentai
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Partnerių miestų žemėlapis
   *[other] Partnerių žemėlapis
}
map-desc = { $home }: linijos veda iki kiekvieno partnerio ir rodo atstumą kilometrais.
partner-areas = Bendradarbiavimo sritys
partner-timeline = Partnerystės istorija
partner-activities = Bendra veikla
partner-planned = Planuojama
partner-no-activities = Bendros veiklos kol kas neužregistruota.
partner-own-name = Vietos kalba

fact-country = Šalis
fact-region = Regionas
fact-kind = Tipas
fact-population = Gyventojų skaičius
fact-area = Plotas
fact-area-value = { $area } km²
fact-mayor = Meras
fact-languages = Kalbos
fact-website = Interneto svetainė
facts-as-of = { $year } m. duomenimis

timeline-signatories = Pasirašė
timeline-reference = Teisinis pagrindas
timeline-document-link = Dokumentas ({ $kind }, { $size })

text-in-other-language = Šis tekstas šia kalba neprieinamas; jis rodomas kita kalba: { $language }.

activities-title = Veikla
activities-empty = Veiklos kol kas neužregistruota.
activities-year-title = { $year } m. veikla
activities-years = Veikla pagal metus
activities-count = { $count ->
    [one] { $count } veikla
    [few] { $count } veiklos
    [many] { $count } veiklos
   *[other] { $count } veiklų
}
activity-partners = Partneriai
activity-place = Vieta
activity-organiser = Organizatorius
activity-programme = Programa
activity-areas = Sritys
activity-participants = { $count ->
    [one] { $count } dalyvis
    [few] { $count } dalyviai
    [many] { $count } dalyvio
   *[other] { $count } dalyvių
}

schedule-title = Planuojami vizitai ir veikla
schedule-intro = Su mūsų partneriais planuojami mokomieji vizitai ir mainai.
schedule-empty = Šiuo metu nieko neplanuojama.

reports-title = Metinės ataskaitos
report-title = { $year } m. ataskaita
report-contents = Turinys
report-figures = Metai skaičiais
report-by-partner = Veikla pagal partnerius
report-by-area = Veikla pagal sritis
report-other = Kita veikla
report-area-count = Veiklos
figure-activities = Veiklos
figure-participants = Dalyviai
figure-partners = Dalyvaujantys partneriai
figure-programmes = Panaudotos finansavimo programos
figure-planned = Dar planuojama

programmes-title = Finansavimo programos
programme-website = Programos interneto svetainė
programme-activities = { $count ->
    [one] { $count } veikla
    [few] { $count } veiklos
    [many] { $count } veiklos
   *[other] { $count } veiklų
}

page-contents = Šiame puslapyje
page-documents = Dokumentai

notfound-title = Puslapis nerastas
notfound-text = Puslapis, kurio ieškote, neegzistuoja arba buvo perkeltas.
notfound-home = Eiti į pradinį puslapį

a11y-title = Pareiškimas dėl prieinamumo
a11y-intro = { $organisation } įsipareigoja užtikrinti savo interneto svetainės prieinamumą pagal { $country ->
    [PL] 2019 m. balandžio 4 d. Lenkijos įstatymą dėl viešojo sektoriaus subjektų interneto svetainių ir mobiliųjų programų skaitmeninio prieinamumo
   *[other] { $jurisdiction ->
        [eea] nacionalinės teisės aktus, kuriais į nacionalinę teisę perkeliama Direktyva (ES) 2016/2102
       *[other] Žiniatinklio turinio prieinamumo gairių (WCAG) 2.1 AA lygio reikalavimus
    }
}. Šis pareiškimas dėl prieinamumo taikomas interneto svetainei
a11y-dates = Datos
a11y-published = Interneto svetainės paskelbimo data
a11y-updated = Paskutinio esminio atnaujinimo data
a11y-compliance = Atitikties būklė
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] Skaitmeninio prieinamumo įstatymą
   *[other] prieinamumo reikalavimus
}
a11y-status-full = Ši interneto svetainė visiškai atitinka { a11y-law }.
a11y-status-partial = Ši interneto svetainė iš dalies atitinka { a11y-law } dėl toliau išvardytų neatitikčių.
a11y-status-none = Ši interneto svetainė neatitinka { $country ->
    [PL] Skaitmeninio prieinamumo įstatymo
   *[other] prieinamumo reikalavimų
}.
a11y-exceptions = Neprieinamas turinys
a11y-contact = Grįžtamasis ryšys ir kontaktiniai duomenys
a11y-contact-text = Jei naudodamiesi interneto svetaine susiduriate su sunkumais, prašome kreiptis į mus. Kontaktinis asmuo:
a11y-contact-any = Jei naudodamiesi interneto svetaine susiduriate su sunkumais, prašome kreiptis į mus.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = El. paštas
a11y-phone = Telefonas
a11y-procedure = Įgyvendinimo užtikrinimo procedūra
a11y-procedure-text = { $country ->
    [PL] Kiekvienas turi teisę prašyti, kad interneto svetainė ar kuris nors jos elementas būtų padaryti prieinami arba kad informacija būtų pateikta alternatyvia forma. Prašyme turi būti nurodyti prašymą teikiančio asmens kontaktiniai duomenys, puslapis ar elementas, su kuriuo susijęs prašymas, ir pageidaujama alternatyvi forma. Prašymus nagrinėjame nedelsdami, ne vėliau kaip per 7 dienas; jei tai neįmanoma, informuojame, kada prašymas bus įvykdytas, bet ne vėliau kaip per 2 mėnesius. Atsisakymo atveju galite pateikti skundą, o išnaudoję šią procedūrą – kreiptis į Lenkijos žmogaus teisių gynėją (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Kiekvienas turi teisę prašyti, kad interneto svetainė ar kuris nors jos elementas būtų padaryti prieinami arba kad informacija būtų pateikta alternatyvia forma. Prašyme nurodykite savo kontaktinius duomenis, puslapį ar elementą, su kuriuo susijęs prašymas, ir pageidaujamą formą. Prašymus nagrinėjame be nepagrįsto delsimo ir informuojame, kada jūsų prašymas bus įvykdytas. Jei mūsų atsakymas jūsų netenkina, galite kreiptis į nacionalinę instituciją, prižiūrinčią viešojo sektoriaus institucijų interneto svetainių prieinamumą.
       *[other] Galite mūsų paprašyti, kad interneto svetainė ar kuris nors jos elementas būtų padaryti prieinami arba kad informacija būtų pateikta alternatyvia forma. Prašyme nurodykite savo kontaktinius duomenis, puslapį ar elementą, su kuriuo susijęs prašymas, ir pageidaujamą formą. Prašymus nagrinėjame be nepagrįsto delsimo ir informuojame, kada jūsų prašymas bus įvykdytas.
    }
}
a11y-architecture = Architektūrinis prieinamumas
a11y-communication = Komunikacijos prieinamumas
a11y-communication-text = { $country ->
    [PL] Kurtieji ir neprigirdintieji asmenys gali susisiekti su mumis el. paštu arba per gestų kalbos vertėją; prašome apie tai pranešti prieš tris darbo dienas.
   *[other] Kurtieji ir neprigirdintieji asmenys gali susisiekti su mumis raštu, el. paštu.
}
a11y-missing = Svetainėje dar nepaskelbta informacija apie prieinamumą.

status-prospect = Potencialus partneris
status-letter-of-intent = Ketinimų raštas
status-negotiating = Sutartis rengiama
status-active = Aktyvi partnerystė
status-suspended = Sustabdyta
status-ended = Baigta

event-contact = Pirmasis kontaktas
event-letter-of-intent = Ketinimų raštas
event-resolution = Tarybos sprendimas
event-agreement = Pasirašyta partnerystės sutartis
event-renewal = Sutartis pratęsta
event-suspension = Bendradarbiavimas sustabdytas
event-resumption = Bendradarbiavimas atnaujintas
event-termination = Partnerystė baigta

kind-city = Miestas
kind-municipality = Savivaldybė
kind-district = Rajonas
kind-county = Apskritis
kind-region = Regionas
kind-school = Mokykla
kind-institution = Įstaiga

area-culture = Kultūra
area-education = Švietimas
area-sport = Sportas ir laisvalaikis
area-youth = Jaunimas
area-seniors = Senjorai
area-social = Socialinė plėtra
area-environment = Aplinka
area-economy = Ekonomika
area-tourism = Turizmas
area-administration = Viešasis administravimas
area-heritage = Paveldas
area-health = Sveikata
area-science = Mokslas

activity-visit = Vizitas
activity-study-visit = Mokomasis vizitas
activity-exchange = Mainai
activity-festival = Festivalis
activity-event = Renginys
activity-project = Projektas
activity-conference = Konferencija
activity-other = Kita

activity-status-planned = Planuojama
activity-status-done = Įvykdyta
activity-status-cancelled = Atšaukta
