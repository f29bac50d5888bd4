# Tekstovi sučelja programa twinpress, na hrvatskom.
# Identifikatori poruka zajednički su svim jezicima; vidi README.md, "Translating".

language-self = Hrvatski
site-skip = Preskoči na sadržaj
site-menu = Izbornik
site-languages = Jezik
site-main-menu = Glavni izbornik
site-description = { $home }: međunarodna partnerstva i bratimljenja.
footer-contact = Kontakt
footer-accessibility = Izjava o pristupačnosti
footer-programmes = Programi financiranja
footer-sitemap = Karta mrežnog mjesta

nav-home = Početna
nav-partners = Partneri
nav-activities = Aktivnosti
nav-schedule = Planirani posjeti
nav-reports = Izvješće
nav-programmes = Programi

home-intro = { $home } surađuje s { $partners ->
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
    [towns] Gradovi prijatelji
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
    [towns] Gradovi prijatelji
   *[other] Partneri
}: { $country }
partners-countries = Partneri po zemljama
partners-empty = Još nema partnera.
partner-status = Status
partner-facts = Činjenice
partner-about = O partneru
partner-common-ground = Što nas povezuje
partner-photos = Fotografije
photo-credit = Fotografija:
partner-documents = Dokumenti
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Karta gradova prijatelja
   *[other] Karta partnera
}
map-desc = { $home }: crte vode do svakog partnera i pokazuju udaljenost u kilometrima.
partner-areas = Područja suradnje
partner-timeline = Povijest partnerstva
partner-activities = Zajedničke aktivnosti
partner-planned = Planirano
partner-no-activities = Još nisu zabilježene zajedničke aktivnosti.
partner-own-name = Na vlastitom jeziku

fact-country = Zemlja
fact-region = Regija
fact-kind = Vrsta
fact-population = Broj stanovnika
fact-area = Površina
fact-area-value = { $area } km²
fact-mayor = Gradonačelnik
fact-languages = Jezici
fact-website = Mrežno mjesto
facts-as-of = stanje { $year }.

timeline-signatories = Potpisali
timeline-reference = Pravna osnova
timeline-document-link = Dokument ({ $kind }, { $size })

text-in-other-language = Ovaj tekst nije dostupan na ovom jeziku; prikazan je na jeziku: { $language }.

activities-title = Aktivnosti
activities-empty = Još nisu zabilježene aktivnosti.
activities-year-title = Aktivnosti { $year }.
activities-years = Aktivnosti po godinama
activities-count = { $count ->
    [one] { $count } aktivnost
   *[other] { $count } aktivnosti
}
activity-partners = Partneri
activity-place = Mjesto
activity-organiser = Organizator
activity-programme = Program
activity-areas = Područja
activity-participants = { $count ->
    [one] { $count } sudionik
    [few] { $count } sudionika
   *[other] { $count } sudionika
}

schedule-title = Planirani posjeti i aktivnosti
schedule-intro = Studijski posjeti i razmjene planirani s našim partnerima.
schedule-empty = Trenutačno ništa nije planirano.

reports-title = Godišnja izvješća
report-title = Izvješće za { $year }.
report-contents = Sadržaj
report-figures = Godina u brojkama
report-by-partner = Aktivnosti po partnerima
report-by-area = Aktivnosti po područjima
report-other = Ostale aktivnosti
report-area-count = Aktivnosti
figure-activities = Aktivnosti
figure-participants = Sudionici
figure-partners = Uključeni partneri
figure-programmes = Korišteni programi financiranja
figure-planned = Još planirano

programmes-title = Programi financiranja
programme-website = Mrežno mjesto programa
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
a11y-intro = { $organisation } nastoji osigurati pristupačnost svojeg mrežnog mjesta u skladu { $country ->
    [PL] s poljskim Zakonom od 4. travnja 2019. o digitalnoj pristupačnosti mrežnih stranica i mobilnih aplikacija tijela javnog sektora
    [HR] sa Zakonom o pristupačnosti mrežnih stranica i programskih rješenja za pokretne uređaje tijela javnog sektora (Narodne novine, broj 17/19)
   *[other] { $jurisdiction ->
        [eea] s nacionalnim propisima kojima se prenosi Direktiva (EU) 2016/2102
       *[other] sa Smjernicama za pristupačnost web-sadržaja (WCAG) 2.1 na razini AA
    }
}. Ova izjava o pristupačnosti primjenjuje se na mrežno mjesto
a11y-dates = Datumi
a11y-published = Datum objave mrežnog mjesta
a11y-updated = Datum posljednjeg većeg ažuriranja
a11y-compliance = Status usklađenosti
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] Zakonom o digitalnoj pristupačnosti
    [HR] Zakonom o pristupačnosti mrežnih stranica
   *[other] zahtjevima pristupačnosti
}
a11y-status-full = Ovo je mrežno mjesto u potpunosti usklađeno sa { a11y-law }.
a11y-status-partial = Ovo je mrežno mjesto djelomično usklađeno sa { a11y-law } zbog neusklađenosti navedenih u nastavku.
a11y-status-none = Ovo mrežno mjesto nije usklađeno sa { a11y-law }.
a11y-exceptions = Nepristupačan sadržaj
a11y-contact = Povratne informacije i podaci za kontakt
a11y-contact-text = Ako imate poteškoća pri korištenju mrežnog mjesta, obratite nam se. Osoba za kontakt je
a11y-contact-any = Ako imate poteškoća pri korištenju mrežnog mjesta, obratite nam se.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-pošta
a11y-phone = Telefon
a11y-procedure = Postupak praćenja provedbe
a11y-procedure-text = { $country ->
    [PL] Svatko ima pravo zatražiti da se mrežno mjesto ili bilo koji njegov dio učini pristupačnim ili da mu se informacije pruže u zamjenskom obliku. Zahtjev mora sadržavati podatke za kontakt podnositelja, stranicu ili element na koji se odnosi i željeni zamjenski oblik. Zahtjeve rješavamo bez odgode, najkasnije u roku od 7 dana; ako to nije moguće, javljamo kada će biti riješeni, najkasnije u roku od 2 mjeseca. Ako zahtjev odbijemo, možete podnijeti pritužbu, a nakon iscrpljenja tog postupka obratiti se pučkom pravobranitelju (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Svatko ima pravo zatražiti da se mrežno mjesto ili bilo koji njegov dio učini pristupačnim ili da mu se informacije pruže u zamjenskom obliku. Navedite svoje podatke za kontakt, stranicu ili element na koji se zahtjev odnosi i oblik koji vam odgovara. Zahtjeve rješavamo bez nepotrebne odgode i javljamo vam kada će vaš biti ispunjen. Ako niste zadovoljni našim odgovorom, možete se obratiti nacionalnom tijelu koje prati pristupačnost mrežnih mjesta tijela javnog sektora.
       *[other] Možete nas zamoliti da mrežno mjesto ili bilo koji njegov dio učinimo pristupačnim ili da vam informacije pružimo u zamjenskom obliku. Navedite svoje podatke za kontakt, stranicu ili element na koji se zahtjev odnosi i oblik koji vam odgovara. Zahtjeve rješavamo bez nepotrebne odgode i javljamo vam kada će vaš biti ispunjen.
    }
}
a11y-architecture = Arhitektonska pristupačnost
a11y-communication = Pristupačnost komunikacije
a11y-communication-text = { $country ->
    [PL] Gluhe i nagluhe osobe mogu nam se obratiti e-poštom ili uz pomoć tumača znakovnog jezika; molimo da nas o tome obavijestite tri radna dana unaprijed.
   *[other] Gluhe i nagluhe osobe mogu nam se obratiti pisanim putem, e-poštom.
}
a11y-missing = Mrežno mjesto još nije objavilo podatke o pristupačnosti.

status-prospect = Potencijalni partner
status-letter-of-intent = Pismo namjere
status-negotiating = Sporazum u pripremi
status-active = Aktivno partnerstvo
status-suspended = Privremeno obustavljeno
status-ended = Završeno

event-contact = Prvi kontakt
event-letter-of-intent = Pismo namjere
event-resolution = Odluka gradskog vijeća
event-agreement = Potpisan sporazum o partnerstvu
event-renewal = Obnovljen sporazum
event-suspension = Obustavljena suradnja
event-resumption = Nastavljena suradnja
event-termination = Završeno partnerstvo

kind-city = Grad
kind-municipality = Općina
kind-district = Okrug
kind-county = Županija
kind-region = Regija
kind-school = Škola
kind-institution = Ustanova

area-culture = Kultura
area-education = Obrazovanje
area-sport = Sport i rekreacija
area-youth = Mladi
area-seniors = Starije osobe
area-social = Društveni razvoj
area-environment = Okoliš
area-economy = Gospodarstvo
area-tourism = Turizam
area-administration = Javna uprava
area-heritage = Baština
area-health = Zdravstvo
area-science = Znanost

activity-visit = Posjet
activity-study-visit = Studijski posjet
activity-exchange = Razmjena
activity-festival = Festival
activity-event = Događanje
activity-project = Projekt
activity-conference = Konferencija
activity-other = Ostalo

activity-status-planned = Planirano
activity-status-done = Održano
activity-status-cancelled = Otkazano
