# A twinpress felületének szövegei, magyarul.
# Az üzenetek azonosítói minden nyelvben azonosak; lásd README.md, "Translating".

language-self = Magyar
site-skip = Ugrás a tartalomra
site-menu = Menü
site-languages = Nyelv
site-main-menu = Főmenü
site-description = { $home }: nemzetközi kapcsolatok.
footer-contact = Kapcsolat
footer-accessibility = Akadálymentességi nyilatkozat
footer-programmes = Támogatási programok
footer-sitemap = Oldaltérkép

nav-home = Kezdőlap
nav-partners = Partnerek
nav-activities = Tevékenységek
nav-schedule = Tervezett látogatások
nav-reports = Beszámoló
nav-programmes = Programok

home-intro = { $home } { $partners ->
    [one] egy partnerrel
   *[other] { $partners } partnerrel
} működik együtt { $countries ->
    [one] egy országban
   *[other] { $countries } országban
}.
home-partners = Partnereink
home-latest = Legutóbbi tevékenységek
home-planned = Hamarosan
home-all-partners = Összes partner
home-all-partners-count = Összes partner ({ $count })
home-all-activities = Összes tevékenység
home-full-schedule = A teljes program

partners-title = { $partners-are ->
    [towns] Testvérvárosok
   *[other] Partnerek
}
partners-intro = { $count ->
    [one] Egy partner.
   *[other] { $count } partner.
}
partners-count = { $count ->
    [one] Egy partner
   *[other] { $count } partner
}
partners-country-title = { $partners-are ->
    [towns] Testvérvárosok
   *[other] Partnerek
}: { $country }
partners-countries = Partnerek országonként
partners-empty = Még nincsenek partnerek.
partner-status = Állapot
partner-facts = Adatok
partner-about = Bemutatkozás
partner-common-ground = Ami összeköt minket
partner-photos = Fényképek
photo-credit = Fotó:
partner-documents = Dokumentumok
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] A testvérvárosok térképe
   *[other] A partnerek térképe
}
map-desc = { $home }: a vonalak az egyes partnerekhez vezetnek, és kilométerben mutatják a távolságot.
partner-areas = Az együttműködés területei
partner-timeline = A kapcsolat története
partner-activities = Közös tevékenységek
partner-planned = Tervezett
partner-no-activities = Még nincs rögzített közös tevékenység.
partner-own-name = Saját nyelvén

fact-country = Ország
fact-region = Régió
fact-kind = Típus
fact-population = Népesség
fact-area = Terület
fact-area-value = { $area } km²
fact-mayor = Polgármester
fact-languages = Nyelvek
fact-website = Honlap
facts-as-of = { $year }. évi adat

timeline-signatories = Aláírók
timeline-reference = Jogalap
timeline-document-link = Dokumentum ({ $kind }, { $size })

text-in-other-language = Ez a szöveg ezen a nyelven nem érhető el; itt a következő nyelven olvasható: { $language }.

activities-title = Tevékenységek
activities-empty = Még nincs rögzített tevékenység.
activities-year-title = { $year }. évi tevékenységek
activities-years = Tevékenységek évenként
activities-count = { $count ->
    [one] Egy tevékenység
   *[other] { $count } tevékenység
}
activity-partners = Partnerek
activity-place = Helyszín
activity-organiser = Szervező
activity-programme = Program
activity-areas = Területek
activity-participants = { $count ->
    [one] { $count } résztvevő
   *[other] { $count } résztvevő
}

schedule-title = Tervezett látogatások és tevékenységek
schedule-intro = Partnereinkkel tervezett tanulmányutak és cserék.
schedule-empty = Jelenleg nincs semmi tervezve.

reports-title = Éves beszámolók
report-title = { $year }. évi beszámoló
report-contents = Tartalom
report-figures = Az év számokban
report-by-partner = Tevékenységek partnerenként
report-by-area = Tevékenységek területenként
report-other = Egyéb tevékenységek
report-area-count = Tevékenységek
figure-activities = Tevékenységek
figure-participants = Résztvevők
figure-partners = Részt vevő partnerek
figure-programmes = Igénybe vett támogatási programok
figure-planned = Még tervezett

programmes-title = Támogatási programok
programme-website = A program honlapja
programme-activities = { $count ->
    [one] Egy tevékenység
   *[other] { $count } tevékenység
}

page-contents = Ezen az oldalon
page-documents = Dokumentumok

notfound-title = Az oldal nem található
notfound-text = A keresett oldal nem létezik, vagy máshová került.
notfound-home = Tovább a kezdőlapra

a11y-title = Akadálymentességi nyilatkozat
a11y-intro = { $organisation } elkötelezett amellett, hogy honlapját akadálymentessé tegye, összhangban { $country ->
    [PL] a közszférabeli szervezetek honlapjainak és mobilalkalmazásainak digitális akadálymentességéről szóló, 2019. április 4-i lengyel törvénnyel
    [HU] a közszférabeli szervezetek honlapjainak és mobilalkalmazásainak akadálymentesítéséről szóló 2018. évi LXXV. törvénnyel
   *[other] { $jurisdiction ->
        [eea] az (EU) 2016/2102 irányelvet átültető nemzeti jogszabályokkal
       *[other] a webes tartalmak akadálymentesítési irányelveinek (WCAG) 2.1-es változata szerinti AA szinttel
    }
}. Ez az akadálymentességi nyilatkozat a következő honlapra vonatkozik:
a11y-dates = Dátumok
a11y-published = A honlap közzétételének dátuma
a11y-updated = Az utolsó jelentős frissítés dátuma
a11y-compliance = Megfelelési státusz
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] a digitális akadálymentességről szóló törvénynek
    [HU] a 2018. évi LXXV. törvénynek
   *[other] az akadálymentességi követelményeknek
}
a11y-status-full = Ez a honlap teljes mértékben megfelel { a11y-law }.
a11y-status-partial = Ez a honlap részben felel meg { a11y-law }, az alább felsorolt meg nem felelések miatt.
a11y-status-none = Ez a honlap nem felel meg { a11y-law }.
a11y-exceptions = Nem akadálymentes tartalom
a11y-contact = Visszajelzés és elérhetőségek
a11y-contact-text = Ha nehézségei vannak a honlap használatával, kérjük, forduljon hozzánk. A kapcsolattartó:
a11y-contact-any = Ha nehézségei vannak a honlap használatával, kérjük, forduljon hozzánk.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-mail
a11y-phone = Telefon
a11y-procedure = Jogérvényesítési eljárás
a11y-procedure-text = { $country ->
    [PL] Mindenkinek joga van kérni, hogy egy honlapot vagy annak bármely elemét akadálymentessé tegyük, vagy hogy az információt más formában adjuk meg. A kérelemnek tartalmaznia kell a kérelmező elérhetőségét, az érintett oldalt vagy elemet, valamint a kívánt formát. A kérelmeket haladéktalanul, legkésőbb 7 napon belül teljesítjük; ha ez nem lehetséges, közöljük, mikor teljesül, legkésőbb 2 hónapon belül. Elutasítás esetén panaszt tehet, és annak eredménytelensége után az ombudsmanhoz (Rzecznik Praw Obywatelskich) fordulhat.
   *[other] { $jurisdiction ->
        [eea] Mindenkinek joga van kérni, hogy egy honlapot vagy annak bármely elemét akadálymentessé tegyük, vagy hogy az információt más formában adjuk meg. Kérjük, adja meg elérhetőségét, az érintett oldalt vagy elemet, valamint a kívánt formát. A kérelmeket indokolatlan késedelem nélkül kezeljük, és közöljük, mikor teljesül az Öné. Ha nem elégedett válaszunkkal, a közszférabeli szervezetek honlapjainak akadálymentességét felügyelő nemzeti szervhez fordulhat.
       *[other] Kérheti tőlünk, hogy egy honlapot vagy annak bármely elemét akadálymentessé tegyük, vagy hogy az információt más formában adjuk meg. Kérjük, adja meg elérhetőségét, az érintett oldalt vagy elemet, valamint a kívánt formát. A kérelmeket indokolatlan késedelem nélkül kezeljük, és közöljük, mikor teljesül az Öné.
    }
}
a11y-architecture = Az épületek akadálymentessége
a11y-communication = A kommunikáció akadálymentessége
a11y-communication-text = { $country ->
    [PL] Siket vagy nagyothalló személyek e-mailben vagy jelnyelvi tolmács segítségével vehetik fel velünk a kapcsolatot; kérjük, ezt három munkanappal korábban jelezzék.
   *[other] Siket vagy nagyothalló személyek írásban, e-mailben vehetik fel velünk a kapcsolatot.
}
a11y-missing = A honlap még nem tette közzé akadálymentességi adatait.

status-prospect = Leendő partner
status-letter-of-intent = Szándéknyilatkozat
status-negotiating = Megállapodás előkészítés alatt
status-active = Élő kapcsolat
status-suspended = Szünetel
status-ended = Megszűnt

event-contact = Első kapcsolatfelvétel
event-letter-of-intent = Szándéknyilatkozat
event-resolution = Képviselő-testületi határozat
event-agreement = A partnerségi megállapodás aláírása
event-renewal = A megállapodás megújítása
event-suspension = Az együttműködés felfüggesztése
event-resumption = Az együttműködés újraindítása
event-termination = A kapcsolat megszűnése

kind-city = Város
kind-municipality = Település
kind-district = Kerület
kind-county = Megye
kind-region = Régió
kind-school = Iskola
kind-institution = Intézmény

area-culture = Kultúra
area-education = Oktatás
area-sport = Sport és szabadidő
area-youth = Ifjúság
area-seniors = Idősek
area-social = Társadalmi fejlődés
area-environment = Környezet
area-economy = Gazdaság
area-tourism = Turizmus
area-administration = Közigazgatás
area-heritage = Örökség
area-health = Egészség
area-science = Tudomány

activity-visit = Látogatás
activity-study-visit = Tanulmányút
activity-exchange = Csereprogram
activity-festival = Fesztivál
activity-event = Rendezvény
activity-project = Projekt
activity-conference = Konferencia
activity-other = Egyéb

activity-status-planned = Tervezett
activity-status-done = Megvalósult
activity-status-cancelled = Elmaradt
