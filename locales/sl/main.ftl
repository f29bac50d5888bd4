# Besedila vmesnika programa twinpress, v slovenščini.
# Oznake sporočil so skupne vsem jezikom; glej README.md, "Translating".

language-self = Slovenščina
site-skip = Skoči na vsebino
site-menu = Meni
site-languages = Jezik
site-main-menu = Glavni meni
site-description = { $home }: mednarodna partnerstva in pobratenja.
footer-contact = Kontakt
footer-accessibility = Izjava o dostopnosti
footer-programmes = Programi financiranja
footer-sitemap = Kazalo strani

nav-home = Domov
nav-partners = Partnerji
nav-activities = Dejavnosti
nav-schedule = Načrtovani obiski
nav-reports = Poročilo
nav-programmes = Programi

home-intro = { $home } ima { $partners ->
    [one] { $partners } partnerja
    [two] { $partners } partnerja
    [few] { $partners } partnerje
   *[other] { $partners } partnerjev
} v { $countries ->
    [one] { $countries } državi
   *[other] { $countries } državah
}.
home-partners = Naši partnerji
home-latest = Najnovejše dejavnosti
home-planned = Kmalu
home-all-partners = Vsi partnerji
home-all-partners-count = Vsi partnerji ({ $count })
home-all-activities = Vse dejavnosti
home-full-schedule = Celoten razpored

partners-title = { $partners-are ->
    [towns] Pobratena mesta
   *[other] Partnerji
}
partners-intro = { $count ->
    [one] { $count } partner.
    [two] { $count } partnerja.
    [few] { $count } partnerji.
   *[other] { $count } partnerjev.
}
partners-count = { $count ->
    [one] { $count } partner
    [two] { $count } partnerja
    [few] { $count } partnerji
   *[other] { $count } partnerjev
}
partners-country-title = { $partners-are ->
    [towns] Pobratena mesta
   *[other] Partnerji
}: { $country }
partners-countries = Partnerji po državah
partners-empty = Partnerjev še ni.
partner-status = Stanje
partner-facts = Dejstva
partner-about = O partnerju
partner-common-ground = Kaj nas povezuje
partner-photos = Fotografije
photo-credit = Fotografija:
partner-documents = Dokumenti
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Zemljevid pobratenih mest
   *[other] Zemljevid partnerjev
}
map-desc = { $home }: črte vodijo do vsakega partnerja in kažejo razdaljo v kilometrih.
partner-areas = Področja sodelovanja
partner-timeline = Zgodovina partnerstva
partner-activities = Skupne dejavnosti
partner-planned = Načrtovano
partner-no-activities = Skupne dejavnosti še niso zabeležene.
partner-own-name = V lastnem jeziku

fact-country = Država
fact-region = Regija
fact-kind = Vrsta
fact-population = Število prebivalcev
fact-area = Površina
fact-area-value = { $area } km²
fact-mayor = Župan
fact-languages = Jeziki
fact-website = Spletišče
facts-as-of = stanje { $year }

timeline-signatories = Podpisali
timeline-reference = Pravna podlaga
timeline-document-link = Dokument ({ $kind }, { $size })

text-in-other-language = To besedilo v tem jeziku ni na voljo; prikazano je v jeziku: { $language }.

activities-title = Dejavnosti
activities-empty = Dejavnosti še niso zabeležene.
activities-year-title = Dejavnosti v letu { $year }
activities-years = Dejavnosti po letih
activities-count = { $count ->
    [one] { $count } dejavnost
    [two] { $count } dejavnosti
    [few] { $count } dejavnosti
   *[other] { $count } dejavnosti
}
activity-partners = Partnerji
activity-place = Kraj
activity-organiser = Organizator
activity-programme = Program
activity-areas = Področja
activity-participants = { $count ->
    [one] { $count } udeleženec
    [two] { $count } udeleženca
    [few] { $count } udeleženci
   *[other] { $count } udeležencev
}

schedule-title = Načrtovani obiski in dejavnosti
schedule-intro = Študijski obiski in izmenjave, načrtovani z našimi partnerji.
schedule-empty = Trenutno ni nič načrtovano.

reports-title = Letna poročila
report-title = Poročilo za leto { $year }
report-contents = Vsebina
report-figures = Leto v številkah
report-by-partner = Dejavnosti po partnerjih
report-by-area = Dejavnosti po področjih
report-other = Druge dejavnosti
report-area-count = Dejavnosti
figure-activities = Dejavnosti
figure-participants = Udeleženci
figure-partners = Vključeni partnerji
figure-programmes = Uporabljeni programi financiranja
figure-planned = Še načrtovano

programmes-title = Programi financiranja
programme-website = Spletišče programa
programme-activities = { $count ->
    [one] { $count } dejavnost
    [two] { $count } dejavnosti
    [few] { $count } dejavnosti
   *[other] { $count } dejavnosti
}

page-contents = Na tej strani
page-documents = Dokumenti

notfound-title = Strani ni mogoče najti
notfound-text = Stran, ki jo iščete, ne obstaja ali je bila premaknjena.
notfound-home = Na domačo stran

a11y-title = Izjava o dostopnosti
a11y-intro = { $organisation } si prizadeva zagotoviti dostopnost svojega spletišča v skladu { $country ->
    [PL] s poljskim zakonom z dne 4. aprila 2019 o digitalni dostopnosti spletišč in mobilnih aplikacij javnih organov
    [SI] z Zakonom o dostopnosti spletišč in mobilnih aplikacij (ZDSMA, Uradni list RS, št. 30/18)
   *[other] { $jurisdiction ->
        [eea] z nacionalno zakonodajo, ki prenaša Direktivo (EU) 2016/2102
       *[other] s Smernicami za dostopnost spletnih vsebin (WCAG) 2.1 na ravni AA
    }
}. Ta izjava o dostopnosti velja za spletišče
a11y-dates = Datumi
a11y-published = Datum objave spletišča
a11y-updated = Datum zadnje večje posodobitve
a11y-compliance = Stopnja skladnosti
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] z zakonom o digitalni dostopnosti
    [SI] z ZDSMA
   *[other] z zahtevami glede dostopnosti
}
a11y-status-full = To spletišče je v celoti skladno { a11y-law }.
a11y-status-partial = To spletišče je delno skladno { a11y-law }, in sicer zaradi neskladnosti, navedenih v nadaljevanju.
a11y-status-none = To spletišče ni skladno { a11y-law }.
a11y-exceptions = Nedostopna vsebina
a11y-contact = Povratne informacije in kontaktni podatki
a11y-contact-text = Če imate težave pri uporabi spletišča, se obrnite na nas. Kontaktna oseba je
a11y-contact-any = Če imate težave pri uporabi spletišča, se obrnite na nas.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-pošta
a11y-phone = Telefon
a11y-procedure = Postopek izvrševanja
a11y-procedure-text = { $country ->
    [PL] Vsakdo ima pravico zahtevati, da se spletišče ali kateri koli njegov del naredi dostopen oziroma da se mu informacije zagotovijo v drugi obliki. Zahteva mora vsebovati kontaktne podatke vložnika, stran ali element, na katerega se nanaša, in želeno drugo obliko. Zahteve obravnavamo brez odlašanja, najpozneje v 7 dneh; če to ni mogoče, sporočimo, kdaj bo zahteva izpolnjena, najpozneje v 2 mesecih. Če zahtevo zavrnemo, lahko vložite pritožbo, po izčrpanju tega postopka pa se obrnete na varuha človekovih pravic (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Vsakdo ima pravico zahtevati, da se spletišče ali kateri koli njegov del naredi dostopen oziroma da se mu informacije zagotovijo v drugi obliki. Navedite svoje kontaktne podatke, stran ali element, na katerega se zahteva nanaša, in obliko, ki jo želite. Zahteve obravnavamo brez nepotrebnega odlašanja in vam sporočimo, kdaj bo vaša izpolnjena. Če z našim odgovorom niste zadovoljni, se lahko obrnete na nacionalni organ, ki nadzira dostopnost spletišč javnih organov.
       *[other] Lahko nas prosite, da spletišče ali kateri koli njegov del naredimo dostopen oziroma da vam informacije zagotovimo v drugi obliki. Navedite svoje kontaktne podatke, stran ali element, na katerega se zahteva nanaša, in obliko, ki jo želite. Zahteve obravnavamo brez nepotrebnega odlašanja in vam sporočimo, kdaj bo vaša izpolnjena.
    }
}
a11y-architecture = Arhitekturna dostopnost
a11y-communication = Dostopnost komunikacije
a11y-communication-text = { $country ->
    [PL] Gluhe in naglušne osebe nas lahko kontaktirajo po e-pošti ali s pomočjo tolmača znakovnega jezika; prosimo, da nas o tem obvestite tri delovne dni vnaprej.
   *[other] Gluhe in naglušne osebe nas lahko kontaktirajo pisno, po e-pošti.
}
a11y-missing = Spletišče še ni objavilo podatkov o dostopnosti.

status-prospect = Morebitni partner
status-letter-of-intent = Pismo o nameri
status-negotiating = Sporazum v pripravi
status-active = Dejavno partnerstvo
status-suspended = Začasno prekinjeno
status-ended = Končano

event-contact = Prvi stik
event-letter-of-intent = Pismo o nameri
event-resolution = Sklep občinskega sveta
event-agreement = Podpis listine o pobratenju
event-renewal = Obnovitev sporazuma
event-suspension = Prekinitev sodelovanja
event-resumption = Ponovni začetek sodelovanja
event-termination = Konec partnerstva

kind-city = Mesto
kind-municipality = Občina
kind-district = Okraj
kind-county = Okrožje
kind-region = Regija
kind-school = Šola
kind-institution = Ustanova

area-culture = Kultura
area-education = Izobraževanje
area-sport = Šport in rekreacija
area-youth = Mladi
area-seniors = Starejši
area-social = Družbeni razvoj
area-environment = Okolje
area-economy = Gospodarstvo
area-tourism = Turizem
area-administration = Javna uprava
area-heritage = Dediščina
area-health = Zdravje
area-science = Znanost

activity-visit = Obisk
activity-study-visit = Študijski obisk
activity-exchange = Izmenjava
activity-festival = Festival
activity-event = Dogodek
activity-project = Projekt
activity-conference = Konferenca
activity-other = Drugo

activity-status-planned = Načrtovano
activity-status-done = Izvedeno
activity-status-cancelled = Odpovedano
