# Tekstovi interfejsa programa twinpress, na bosanskom.
# Identifikatori poruka zajednički su za sve jezike; vidi README.md, "Translating".

language-self = Bosanski
site-skip = Pređi na sadržaj
site-menu = Meni
site-languages = Jezik
site-main-menu = Glavni meni
site-description = { $home }: međunarodna partnerstva i bratimljenja.
footer-contact = Kontakt
footer-accessibility = Izjava o pristupačnosti
footer-programmes = Programi finansiranja
footer-sitemap = Mapa stranice

nav-home = Početna
nav-partners = Partneri
nav-activities = Aktivnosti
nav-schedule = Planirane posjete
nav-reports = Izvještaj
nav-programmes = Programi

home-intro = { $home } sarađuje sa { $partners ->
    [one] { $partners } partnerom
   *[other] { $partners } partnera
} iz { $countries ->
    [one] { $countries } zemlje
    [few] { $countries } zemlje
   *[other] { $countries } zemalja
}.
home-partners = Naši partneri
home-latest = Najnovije aktivnosti
home-planned = Uskoro
home-all-partners = Svi partneri
home-all-partners-count = Svi partneri ({ $count })
home-all-activities = Sve aktivnosti
home-full-schedule = Cijeli raspored

partners-title = { $partners-are ->
    [towns] Bratski gradovi
   *[other] Partneri
}
partners-intro = { $count ->
    [one] { $count } partner.
   *[other] { $count } partnera.
}
partners-count = { $count ->
    [one] { $count } partner
   *[other] { $count } partnera
}
partners-country-title = { $partners-are ->
    [towns] Bratski gradovi
   *[other] Partneri
}: { $country }
partners-countries = Partneri po zemljama
partners-empty = Još nema partnera.
partner-status = Status
partner-facts = Činjenice
partner-about = O partneru
partner-common-ground = Šta nas povezuje
partner-photos = Fotografije
photo-credit = Fotografija:
partner-documents = Dokumenti
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Mapa bratskih gradova
   *[other] Mapa partnera
}
map-desc = { $home }: linije vode do svakog partnera i pokazuju udaljenost u kilometrima.
partner-areas = Oblasti saradnje
partner-timeline = Historija partnerstva
partner-activities = Zajedničke aktivnosti
partner-planned = Planirano
partner-no-activities = Još nisu zabilježene zajedničke aktivnosti.
partner-own-name = Na vlastitom jeziku

fact-country = Zemlja
fact-region = Region
fact-kind = Vrsta
fact-population = Broj stanovnika
fact-area = Površina
fact-area-value = { $area } km²
fact-mayor = Gradonačelnik
fact-languages = Jezici
fact-website = Web stranica
facts-as-of = stanje { $year }.

timeline-signatories = Potpisali
timeline-reference = Pravni osnov
timeline-document-link = Dokument ({ $kind }, { $size })

text-in-other-language = Ovaj tekst nije dostupan na ovom jeziku; prikazan je na jeziku: { $language }.

activities-title = Aktivnosti
activities-empty = Još nisu zabilježene aktivnosti.
activities-year-title = Aktivnosti u { $year }. godini
activities-years = Aktivnosti po godinama
activities-count = { $count ->
    [one] { $count } aktivnost
   *[other] { $count } aktivnosti
}
activity-partners = Partneri
activity-place = Mjesto
activity-organiser = Organizator
activity-programme = Program
activity-areas = Oblasti
activity-participants = { $count ->
    [one] { $count } učesnik
    [few] { $count } učesnika
   *[other] { $count } učesnika
}

schedule-title = Planirane posjete i aktivnosti
schedule-intro = Studijske posjete i razmjene planirane s našim partnerima.
schedule-empty = Trenutno ništa nije planirano.

reports-title = Godišnji izvještaji
report-title = Izvještaj za { $year }. godinu
report-contents = Sadržaj
report-figures = Godina u brojkama
report-by-partner = Aktivnosti po partnerima
report-by-area = Aktivnosti po oblastima
report-other = Ostale aktivnosti
report-area-count = Aktivnosti
figure-activities = Aktivnosti
figure-participants = Učesnici
figure-partners = Uključeni partneri
figure-programmes = Korišteni programi finansiranja
figure-planned = Još planirano

programmes-title = Programi finansiranja
programme-website = Web stranica programa
programme-activities = { $count ->
    [one] { $count } aktivnost
   *[other] { $count } aktivnosti
}

page-contents = Na ovoj stranici
page-documents = Dokumenti

notfound-title = Stranica nije pronađena
notfound-text = Stranica koju tražite ne postoji ili je premještena.
notfound-home = Idi na početnu stranicu

a11y-title = Izjava o pristupačnosti
a11y-intro = { $organisation } nastoji osigurati pristupačnost svoje web stranice u skladu { $country ->
    [PL] s poljskim Zakonom od 4. aprila 2019. o digitalnoj pristupačnosti web stranica i mobilnih aplikacija tijela javnog sektora
   *[other] { $jurisdiction ->
        [eea] sa nacionalnim propisima kojima se prenosi Direktiva (EU) 2016/2102
       *[other] sa Smjernicama za pristupačnost web sadržaja (WCAG) 2.1 na nivou AA
    }
}. Ova izjava o pristupačnosti odnosi se na web stranicu
a11y-dates = Datumi
a11y-published = Datum objavljivanja web stranice
a11y-updated = Datum posljednjeg većeg ažuriranja
a11y-compliance = Status usklađenosti
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] Zakonom o digitalnoj pristupačnosti
   *[other] zahtjevima pristupačnosti
}
a11y-status-full = Ova web stranica je u potpunosti usklađena sa { a11y-law }.
a11y-status-partial = Ova web stranica je djelimično usklađena sa { a11y-law } zbog neusklađenosti navedenih u nastavku.
a11y-status-none = Ova web stranica nije usklađena sa { a11y-law }.
a11y-exceptions = Nepristupačan sadržaj
a11y-contact = Povratne informacije i podaci za kontakt
a11y-contact-text = Ako imate poteškoća pri korištenju web stranice, obratite nam se. Osoba za kontakt je
a11y-contact-any = Ako imate poteškoća pri korištenju web stranice, obratite nam se.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-mail
a11y-phone = Telefon
a11y-procedure = Postupak provođenja
a11y-procedure-text = { $country ->
    [PL] Svako ima pravo zatražiti da se web stranica ili bilo koji njen dio učini pristupačnim ili da mu se informacije pruže u alternativnom obliku. Zahtjev mora sadržavati podatke za kontakt podnosioca, stranicu ili element na koji se odnosi i željeni alternativni oblik. Zahtjeve rješavamo bez odlaganja, najkasnije u roku od 7 dana; ako to nije moguće, javljamo kada će biti riješeni, najkasnije u roku od 2 mjeseca. Ako zahtjev odbijemo, možete podnijeti prigovor, a nakon iscrpljivanja tog postupka obratiti se zaštitniku građana (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Svako ima pravo zatražiti da se web stranica ili bilo koji njen dio učini pristupačnim ili da mu se informacije pruže u alternativnom obliku. Navedite svoje podatke za kontakt, stranicu ili element na koji se zahtjev odnosi i oblik koji vam odgovara. Zahtjeve rješavamo bez nepotrebnog odlaganja i javljamo vam kada će vaš biti ispunjen. Ako niste zadovoljni našim odgovorom, možete se obratiti nacionalnom tijelu koje prati pristupačnost web stranica tijela javnog sektora.
       *[other] Možete od nas zatražiti da web stranicu ili bilo koji njen dio učinimo pristupačnim ili da vam informacije pružimo u alternativnom obliku. Navedite svoje podatke za kontakt, stranicu ili element na koji se zahtjev odnosi i oblik koji vam odgovara. Zahtjeve rješavamo bez nepotrebnog odlaganja i javljamo vam kada će vaš biti ispunjen.
    }
}
a11y-architecture = Arhitektonska pristupačnost
a11y-communication = Pristupačnost komunikacije
a11y-communication-text = { $country ->
    [PL] Gluhe i nagluhe osobe nam se mogu obratiti e-mailom ili uz pomoć tumača za znakovni jezik; molimo vas da nas o tome obavijestite tri radna dana unaprijed.
   *[other] Gluhe i nagluhe osobe nam se mogu obratiti pisanim putem, e-mailom.
}
a11y-missing = Web stranica još nije objavila podatke o pristupačnosti.

status-prospect = Potencijalni partner
status-letter-of-intent = Pismo o namjerama
status-negotiating = Sporazum u pripremi
status-active = Aktivno partnerstvo
status-suspended = Privremeno obustavljeno
status-ended = Okončano

event-contact = Prvi kontakt
event-letter-of-intent = Pismo o namjerama
event-resolution = Odluka vijeća
event-agreement = Potpisan sporazum o partnerstvu
event-renewal = Obnovljen sporazum
event-suspension = Obustavljena saradnja
event-resumption = Nastavljena saradnja
event-termination = Okončano partnerstvo

kind-city = Grad
kind-municipality = Općina
kind-district = Okrug
kind-county = Županija
kind-region = Region
kind-school = Škola
kind-institution = Ustanova

area-culture = Kultura
area-education = Obrazovanje
area-sport = Sport i rekreacija
area-youth = Mladi
area-seniors = Starije osobe
area-social = Društveni razvoj
area-environment = Životna sredina
area-economy = Privreda
area-tourism = Turizam
area-administration = Javna uprava
area-heritage = Kulturno naslijeđe
area-health = Zdravstvo
area-science = Nauka

activity-visit = Posjeta
activity-study-visit = Studijska posjeta
activity-exchange = Razmjena
activity-festival = Festival
activity-event = Događaj
activity-project = Projekat
activity-conference = Konferencija
activity-other = Ostalo

activity-status-planned = Planirano
activity-status-done = Održano
activity-status-cancelled = Otkazano
