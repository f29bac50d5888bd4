# Tekstovi interfejsa programa twinpress, na srpskom (latinica).
# Identifikatori poruka zajednički su za sve jezike; vidi README.md, "Translating".

language-self = Srpski
site-skip = Pređi na sadržaj
site-menu = Meni
site-languages = Jezik
site-main-menu = Glavni meni
site-description = { $home }: međunarodna partnerstva i bratimljenja.
footer-contact = Kontakt
footer-accessibility = Izjava o pristupačnosti
footer-programmes = Programi finansiranja
footer-sitemap = Mapa sajta

nav-home = Početna
nav-partners = Partneri
nav-activities = Aktivnosti
nav-schedule = Planirane posete
nav-reports = Izveštaj
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
home-full-schedule = Ceo raspored

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
partner-timeline = Istorija partnerstva
partner-activities = Zajedničke aktivnosti
partner-planned = Planirano
partner-no-activities = Još nisu zabeležene zajedničke aktivnosti.
partner-own-name = Na sopstvenom jeziku

fact-country = Zemlja
fact-region = Region
fact-kind = Vrsta
fact-population = Broj stanovnika
fact-area = Površina
fact-area-value = { $area } km²
fact-mayor = Gradonačelnik
fact-languages = Jezici
fact-website = Veb-sajt
facts-as-of = stanje { $year }.

timeline-signatories = Potpisali
timeline-reference = Pravni osnov
timeline-document-link = Dokument ({ $kind }, { $size })

text-in-other-language = Ovaj tekst nije dostupan na ovom jeziku; prikazan je na jeziku: { $language }.

activities-title = Aktivnosti
activities-empty = Još nisu zabeležene aktivnosti.
activities-year-title = Aktivnosti u { $year }. godini
activities-years = Aktivnosti po godinama
activities-count = { $count ->
    [one] { $count } aktivnost
   *[other] { $count } aktivnosti
}
activity-partners = Partneri
activity-place = Mesto
activity-organiser = Organizator
activity-programme = Program
activity-areas = Oblasti
activity-participants = { $count ->
    [one] { $count } učesnik
    [few] { $count } učesnika
   *[other] { $count } učesnika
}

schedule-title = Planirane posete i aktivnosti
schedule-intro = Studijske posete i razmene planirane sa našim partnerima.
schedule-empty = Trenutno ništa nije planirano.

reports-title = Godišnji izveštaji
report-title = Izveštaj za { $year }. godinu
report-contents = Sadržaj
report-figures = Godina u brojkama
report-by-partner = Aktivnosti po partnerima
report-by-area = Aktivnosti po oblastima
report-other = Ostale aktivnosti
report-area-count = Aktivnosti
figure-activities = Aktivnosti
figure-participants = Učesnici
figure-partners = Uključeni partneri
figure-programmes = Korišćeni programi finansiranja
figure-planned = Još planirano

programmes-title = Programi finansiranja
programme-website = Veb-sajt programa
programme-activities = { $count ->
    [one] { $count } aktivnost
   *[other] { $count } aktivnosti
}

page-contents = Na ovoj stranici
page-documents = Dokumenti

notfound-title = Stranica nije pronađena
notfound-text = Stranica koju tražite ne postoji ili je premeštena.
notfound-home = Idi na početnu stranicu

a11y-title = Izjava o pristupačnosti
a11y-intro = { $organisation } nastoji da obezbedi pristupačnost svog veb-sajta u skladu { $country ->
    [PL] sa poljskim Zakonom od 4. aprila 2019. o digitalnoj pristupačnosti veb-sajtova i mobilnih aplikacija organa javnog sektora
   *[other] { $jurisdiction ->
        [eea] sa nacionalnim propisima kojima se prenosi Direktiva (EU) 2016/2102
       *[other] sa Smernicama za pristupačnost veb-sadržaja (WCAG) 2.1 na nivou AA
    }
}. Ova izjava o pristupačnosti odnosi se na veb-sajt
a11y-dates = Datumi
a11y-published = Datum objavljivanja veb-sajta
a11y-updated = Datum poslednjeg većeg ažuriranja
a11y-compliance = Status usklađenosti
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] Zakonom o digitalnoj pristupačnosti
   *[other] zahtevima pristupačnosti
}
a11y-status-full = Ovaj veb-sajt je u potpunosti usklađen sa { a11y-law }.
a11y-status-partial = Ovaj veb-sajt je delimično usklađen sa { a11y-law } zbog neusklađenosti navedenih u nastavku.
a11y-status-none = Ovaj veb-sajt nije usklađen sa { a11y-law }.
a11y-exceptions = Nepristupačan sadržaj
a11y-contact = Povratne informacije i podaci za kontakt
a11y-contact-text = Ako imate poteškoća pri korišćenju veb-sajta, obratite nam se. Osoba za kontakt je
a11y-contact-any = Ako imate poteškoća pri korišćenju veb-sajta, obratite nam se.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = Imejl
a11y-phone = Telefon
a11y-procedure = Postupak sprovođenja
a11y-procedure-text = { $country ->
    [PL] Svako ima pravo da zatraži da se veb-sajt ili bilo koji njegov deo učini pristupačnim ili da mu se informacije pruže u alternativnom obliku. Zahtev mora da sadrži podatke za kontakt podnosioca, stranicu ili element na koji se odnosi i željeni alternativni oblik. Zahteve rešavamo bez odlaganja, najkasnije u roku od 7 dana; ako to nije moguće, javljamo kada će biti rešeni, najkasnije u roku od 2 meseca. Ako zahtev odbijemo, možete podneti pritužbu, a nakon iscrpljivanja tog postupka obratiti se zaštitniku građana (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Svako ima pravo da zatraži da se veb-sajt ili bilo koji njegov deo učini pristupačnim ili da mu se informacije pruže u alternativnom obliku. Navedite svoje podatke za kontakt, stranicu ili element na koji se zahtev odnosi i oblik koji vam odgovara. Zahteve rešavamo bez nepotrebnog odlaganja i javljamo vam kada će vaš biti ispunjen. Ako niste zadovoljni našim odgovorom, možete se obratiti nacionalnom telu koje prati pristupačnost veb-sajtova organa javnog sektora.
       *[other] Možete da zatražite od nas da veb-sajt ili bilo koji njegov deo učinimo pristupačnim ili da vam informacije pružimo u alternativnom obliku. Navedite svoje podatke za kontakt, stranicu ili element na koji se zahtev odnosi i oblik koji vam odgovara. Zahteve rešavamo bez nepotrebnog odlaganja i javljamo vam kada će vaš biti ispunjen.
    }
}
a11y-architecture = Arhitektonska pristupačnost
a11y-communication = Pristupačnost komunikacije
a11y-communication-text = { $country ->
    [PL] Gluve i nagluve osobe mogu da nam se obrate imejlom ili uz pomoć tumača za znakovni jezik; molimo vas da nas o tome obavestite tri radna dana unapred.
   *[other] Gluve i nagluve osobe mogu da nam se obrate pisanim putem, imejlom.
}
a11y-missing = Veb-sajt još nije objavio podatke o pristupačnosti.

status-prospect = Potencijalni partner
status-letter-of-intent = Pismo o namerama
status-negotiating = Sporazum u pripremi
status-active = Aktivno partnerstvo
status-suspended = Privremeno obustavljeno
status-ended = Okončano

event-contact = Prvi kontakt
event-letter-of-intent = Pismo o namerama
event-resolution = Odluka skupštine
event-agreement = Potpisan sporazum o partnerstvu
event-renewal = Obnovljen sporazum
event-suspension = Obustavljena saradnja
event-resumption = Nastavljena saradnja
event-termination = Okončano partnerstvo

kind-city = Grad
kind-municipality = Opština
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
area-heritage = Kulturno nasleđe
area-health = Zdravstvo
area-science = Nauka

activity-visit = Poseta
activity-study-visit = Studijska poseta
activity-exchange = Razmena
activity-festival = Festival
activity-event = Događaj
activity-project = Projekat
activity-conference = Konferencija
activity-other = Ostalo

activity-status-planned = Planirano
activity-status-done = Održano
activity-status-cancelled = Otkazano
