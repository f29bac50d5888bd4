# Texty rozhrania twinpress, po slovensky.
# Identifikátory správ sú spoločné pre všetky jazyky; pozri README.md, "Translating".

language-self = Slovenčina
site-skip = Preskočiť na obsah
site-menu = Menu
site-languages = Jazyk
site-main-menu = Hlavné menu
site-description = { $home }: medzinárodné partnerstvá.
footer-contact = Kontakt
footer-accessibility = Vyhlásenie o prístupnosti
footer-programmes = Programy financovania
footer-sitemap = Mapa stránky

nav-home = Úvod
nav-partners = Partneri
nav-activities = Aktivity
nav-schedule = Plánované návštevy
nav-reports = Správa
nav-programmes = Programy

home-intro = { $home } spolupracuje { $partners ->
    [one] s jedným partnerom
   *[other] s { $partners } partnermi
} { $countries ->
    [one] v jednej krajine
   *[other] v { $countries } krajinách
}.
home-partners = Naši partneri
home-latest = Najnovšie aktivity
home-planned = Pripravujeme
home-all-partners = Všetci partneri
home-all-partners-count = Všetci partneri ({ $count })
home-all-activities = Všetky aktivity
home-full-schedule = Celý harmonogram

partners-title = { $partners-are ->
    [towns] Partnerské mestá
   *[other] Partneri
}
partners-intro = { $count ->
    [one] Jeden partner.
    [few] { $count } partneri.
    [many] { $count } partnera.
   *[other] { $count } partnerov.
}
partners-count = { $count ->
    [one] Jeden partner
    [few] { $count } partneri
    [many] { $count } partnera
   *[other] { $count } partnerov
}
partners-country-title = { $partners-are ->
    [towns] Partnerské mestá
   *[other] Partneri
}: { $country }
partners-countries = Partneri podľa krajín
partners-empty = Zatiaľ tu nie sú žiadni partneri.
partner-status = Stav
partner-facts = Základné údaje
partner-about = Predstavenie
partner-common-ground = Čo nás spája
partner-photos = Fotografie
photo-credit = Foto:
partner-documents = Dokumenty
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Mapa partnerských miest
   *[other] Mapa partnerov
}
map-desc = { $home }: čiary vedú ku každému partnerovi a uvádzajú vzdialenosť v kilometroch.
partner-areas = Oblasti spolupráce
partner-timeline = História partnerstva
partner-activities = Spoločné aktivity
partner-planned = Plánované
partner-no-activities = Zatiaľ nie sú zaznamenané žiadne spoločné aktivity.
partner-own-name = Vo vlastnom jazyku

fact-country = Krajina
fact-region = Región
fact-kind = Typ
fact-population = Počet obyvateľov
fact-area = Rozloha
fact-area-value = { $area } km²
fact-mayor = Primátor / starosta
fact-languages = Jazyky
fact-website = Webová stránka
facts-as-of = k roku { $year }

timeline-signatories = Podpísali
timeline-reference = Právny základ
timeline-document-link = Dokument ({ $kind }, { $size })

text-in-other-language = Tento text nie je v tomto jazyku k dispozícii; zobrazuje sa v jazyku: { $language }.

activities-title = Aktivity
activities-empty = Zatiaľ nie sú zaznamenané žiadne aktivity.
activities-year-title = Aktivity v roku { $year }
activities-years = Aktivity podľa rokov
activities-count = { $count ->
    [one] Jedna aktivita
    [few] { $count } aktivity
    [many] { $count } aktivity
   *[other] { $count } aktivít
}
activity-partners = Partneri
activity-place = Miesto
activity-organiser = Organizátor
activity-programme = Program
activity-areas = Oblasti
activity-participants = { $count ->
    [one] { $count } účastník
    [few] { $count } účastníci
    [many] { $count } účastníka
   *[other] { $count } účastníkov
}

schedule-title = Plánované návštevy a aktivity
schedule-intro = Študijné návštevy a výmeny plánované s našimi partnermi.
schedule-empty = Momentálne nie je nič naplánované.

reports-title = Výročné správy
report-title = Správa za rok { $year }
report-contents = Obsah
report-figures = Rok v číslach
report-by-partner = Aktivity podľa partnerov
report-by-area = Aktivity podľa oblastí
report-other = Ostatné aktivity
report-area-count = Aktivity
figure-activities = Aktivity
figure-participants = Účastníci
figure-partners = Zapojení partneri
figure-programmes = Využité programy financovania
figure-planned = Ešte plánované

programmes-title = Programy financovania
programme-website = Webová stránka programu
programme-activities = { $count ->
    [one] Jedna aktivita
    [few] { $count } aktivity
    [many] { $count } aktivity
   *[other] { $count } aktivít
}

page-contents = Na tejto stránke
page-documents = Dokumenty

notfound-title = Stránka sa nenašla
notfound-text = Stránka, ktorú hľadáte, neexistuje alebo bola presunutá.
notfound-home = Prejsť na úvodnú stránku

a11y-title = Vyhlásenie o prístupnosti
a11y-intro = { $organisation } sa zaväzuje sprístupniť svoje webové sídlo v súlade { $country ->
    [PL] s poľským zákonom zo 4. apríla 2019 o digitálnej prístupnosti webových sídiel a mobilných aplikácií verejných subjektov
   *[other] { $jurisdiction ->
        [eea] s vnútroštátnymi predpismi, ktorými sa transponuje smernica (EÚ) 2016/2102
       *[other] s Pravidlami prístupnosti webového obsahu (WCAG) 2.1 na úrovni AA
    }
}. Toto vyhlásenie o prístupnosti sa vzťahuje na webové sídlo
a11y-dates = Dátumy
a11y-published = Dátum zverejnenia webového sídla
a11y-updated = Dátum poslednej významnej aktualizácie
a11y-compliance = Stav súladu
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] so zákonom o digitálnej prístupnosti
   *[other] s požiadavkami na prístupnosť
}
a11y-status-full = Toto webové sídlo je v úplnom súlade { a11y-law }.
a11y-status-partial = Toto webové sídlo je v čiastočnom súlade { a11y-law } z dôvodu nesúladu uvedeného nižšie.
a11y-status-none = Toto webové sídlo nie je v súlade { a11y-law }.
a11y-exceptions = Neprístupný obsah
a11y-contact = Spätná väzba a kontaktné údaje
a11y-contact-text = Ak máte problém s používaním webového sídla, kontaktujte nás. Kontaktnou osobou je
a11y-contact-any = Ak máte problém s používaním webového sídla, kontaktujte nás.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-mail
a11y-phone = Telefón
a11y-procedure = Postup presadzovania
a11y-procedure-text = { $country ->
    [PL] Každý má právo požiadať o sprístupnenie webového sídla alebo ktoréhokoľvek jeho prvku, prípadne o poskytnutie informácií v alternatívnej forme. Žiadosť musí obsahovať kontaktné údaje žiadateľa, príslušnú stránku alebo prvok a požadovanú alternatívnu formu. Žiadosti vybavujeme bezodkladne, najneskôr do 7 dní; ak to nie je možné, oznámime vám, kedy budú vybavené, najneskôr do 2 mesiacov. Ak žiadosť odmietneme, môžete podať sťažnosť a po vyčerpaní tohto postupu sa obrátiť na ombudsmana (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Každý má právo požiadať o sprístupnenie webového sídla alebo ktoréhokoľvek jeho prvku, prípadne o poskytnutie informácií v alternatívnej forme. Uveďte, prosím, svoje kontaktné údaje, príslušnú stránku alebo prvok a formu, ktorú uprednostňujete. Žiadosti vybavujeme bez zbytočného odkladu a oznámime vám, kedy bude tá vaša vybavená. Ak nie ste spokojní s našou odpoveďou, môžete sa obrátiť na vnútroštátny orgán, ktorý dohliada na prístupnosť webových sídiel verejných subjektov.
       *[other] Môžete nás požiadať o sprístupnenie webového sídla alebo ktoréhokoľvek jeho prvku, prípadne o poskytnutie informácií v alternatívnej forme. Uveďte, prosím, svoje kontaktné údaje, príslušnú stránku alebo prvok a formu, ktorú uprednostňujete. Žiadosti vybavujeme bez zbytočného odkladu a oznámime vám, kedy bude tá vaša vybavená.
    }
}
a11y-architecture = Prístupnosť budov
a11y-communication = Prístupnosť komunikácie
a11y-communication-text = { $country ->
    [PL] Nepočujúce a nedoslýchavé osoby nás môžu kontaktovať e-mailom alebo prostredníctvom tlmočníka posunkového jazyka; dajte nám, prosím, vedieť tri pracovné dni vopred.
   *[other] Nepočujúce a nedoslýchavé osoby nás môžu kontaktovať písomne, e-mailom.
}
a11y-missing = Webové sídlo zatiaľ nezverejnilo údaje o svojej prístupnosti.

status-prospect = Budúci partner
status-letter-of-intent = Memorandum o zámere
status-negotiating = Dohoda sa pripravuje
status-active = Aktívne partnerstvo
status-suspended = Pozastavené
status-ended = Ukončené

event-contact = Prvý kontakt
event-letter-of-intent = Memorandum o zámere
event-resolution = Uznesenie zastupiteľstva
event-agreement = Podpis dohody o partnerstve
event-renewal = Obnovenie dohody
event-suspension = Pozastavenie spolupráce
event-resumption = Obnovenie spolupráce
event-termination = Ukončenie partnerstva

kind-city = Mesto
kind-municipality = Obec
kind-district = Okres
kind-county = Župa
kind-region = Región
kind-school = Škola
kind-institution = Inštitúcia

area-culture = Kultúra
area-education = Vzdelávanie
area-sport = Šport a rekreácia
area-youth = Mládež
area-seniors = Seniori
area-social = Sociálny rozvoj
area-environment = Životné prostredie
area-economy = Hospodárstvo
area-tourism = Cestovný ruch
area-administration = Verejná správa
area-heritage = Kultúrne dedičstvo
area-health = Zdravie
area-science = Veda

activity-visit = Návšteva
activity-study-visit = Študijná návšteva
activity-exchange = Výmena
activity-festival = Festival
activity-event = Podujatie
activity-project = Projekt
activity-conference = Konferencia
activity-other = Iné

activity-status-planned = Plánovaná
activity-status-done = Uskutočnená
activity-status-cancelled = Zrušená
