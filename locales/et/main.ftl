# twinpressi kasutajaliidese tekstid eesti keeles.
# Sõnumite tunnused on kõigile keeltele ühised; vt README.md, "Translating".

language-self = Eesti
site-skip = Liigu sisu juurde
site-menu = Menüü
site-languages = Keel
site-main-menu = Peamenüü
site-description = { $home }: rahvusvahelised partnerlused ja sõpruslinnad.
footer-contact = Kontakt
footer-accessibility = Ligipääsetavuse teatis
footer-programmes = Rahastamisprogrammid
footer-sitemap = Saidi kaart

nav-home = Avaleht
nav-partners = Partnerid
nav-activities = Tegevused
nav-schedule = Kavandatud külastused
nav-reports = Aruanne
nav-programmes = Programmid

home-intro = { $home } teeb koostööd { $partners ->
    [one] { $partners } partneriga
   *[other] { $partners } partneriga
} { $countries ->
    [one] { $countries } riigist
   *[other] { $countries } riigist
}.
home-partners = Meie partnerid
home-latest = Viimased tegevused
home-planned = Tulemas
home-all-partners = Kõik partnerid
home-all-partners-count = Kõik partnerid ({ $count })
home-all-activities = Kõik tegevused
home-full-schedule = Kogu ajakava

partners-title = { $partners-are ->
    [towns] Sõpruslinnad
   *[other] Partnerid
}
partners-intro = { $count ->
    [one] { $count } partner.
   *[other] { $count } partnerit.
}
partners-count = { $count ->
    [one] { $count } partner
   *[other] { $count } partnerit
}
partners-country-title = { $partners-are ->
    [towns] Sõpruslinnad
   *[other] Partnerid
}: { $country }
partners-countries = Partnerid riikide kaupa
partners-empty = Partnereid veel ei ole.
partner-status = Olek
partner-facts = Faktid
partner-about = Tutvustus
partner-common-ground = Mis meid ühendab
partner-photos = Fotod
photo-credit = Foto:
partner-documents = Dokumendid
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Sõpruslinnade kaart
   *[other] Partnerite kaart
}
map-desc = { $home }: jooned viivad iga partnerini ja näitavad kaugust kilomeetrites.
partner-areas = Koostöövaldkonnad
partner-timeline = Partnerluse ajalugu
partner-activities = Ühised tegevused
partner-planned = Kavandatud
partner-no-activities = Ühiseid tegevusi pole veel kirja pandud.
partner-own-name = Oma keeles

fact-country = Riik
fact-region = Piirkond
fact-kind = Liik
fact-population = Rahvaarv
fact-area = Pindala
fact-area-value = { $area } km²
fact-mayor = Linnapea
fact-languages = Keeled
fact-website = Veebisait
facts-as-of = seisuga { $year }

timeline-signatories = Allkirjastajad
timeline-reference = Õiguslik alus
timeline-document-link = Dokument ({ $kind }, { $size })

text-in-other-language = Seda teksti selles keeles ei ole; see on esitatud järgmises keeles: { $language }.

activities-title = Tegevused
activities-empty = Tegevusi pole veel kirja pandud.
activities-year-title = Tegevused { $year }. aastal
activities-years = Tegevused aastate kaupa
activities-count = { $count ->
    [one] { $count } tegevus
   *[other] { $count } tegevust
}
activity-partners = Partnerid
activity-place = Koht
activity-organiser = Korraldaja
activity-programme = Programm
activity-areas = Valdkonnad
activity-participants = { $count ->
    [one] { $count } osaleja
   *[other] { $count } osalejat
}

schedule-title = Kavandatud külastused ja tegevused
schedule-intro = Meie partneritega kavandatud õppereisid ja vahetused.
schedule-empty = Praegu ei ole midagi kavandatud.

reports-title = Aastaaruanded
report-title = Aruanne { $year }
report-contents = Sisukord
report-figures = Aasta arvudes
report-by-partner = Tegevused partnerite kaupa
report-by-area = Tegevused valdkondade kaupa
report-other = Muud tegevused
report-area-count = Tegevused
figure-activities = Tegevused
figure-participants = Osalejad
figure-partners = Osalenud partnerid
figure-programmes = Kasutatud rahastamisprogrammid
figure-planned = Veel kavandatud

programmes-title = Rahastamisprogrammid
programme-website = Programmi veebisait
programme-activities = { $count ->
    [one] { $count } tegevus
   *[other] { $count } tegevust
}

page-contents = Sellel lehel
page-documents = Dokumendid

notfound-title = Lehte ei leitud
notfound-text = Otsitavat lehte ei ole olemas või see on teisaldatud.
notfound-home = Mine avalehele

a11y-title = Ligipääsetavuse teatis
a11y-intro = { $organisation } on võtnud kohustuse muuta oma veebisait ligipääsetavaks kooskõlas { $country ->
    [PL] Poola 4. aprilli 2019. aasta seadusega avaliku sektori asutuste veebisaitide ja mobiilirakenduste digitaalse ligipääsetavuse kohta
   *[other] { $jurisdiction ->
        [eea] direktiivi (EL) 2016/2102 ülevõtvate riiklike õigusaktidega
       *[other] veebisisu ligipääsetavuse suuniste (WCAG) 2.1 tasemega AA
    }
}. See ligipääsetavuse teatis käib veebisaidi kohta
a11y-dates = Kuupäevad
a11y-published = Veebisaidi avaldamise kuupäev
a11y-updated = Viimase suurema uuenduse kuupäev
a11y-compliance = Vastavus
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] digitaalse ligipääsetavuse seadusele
   *[other] ligipääsetavuse nõuetele
}
a11y-status-full = See veebisait vastab täielikult { a11y-law }.
a11y-status-partial = See veebisait vastab osaliselt { a11y-law }; mittevastavused on loetletud allpool.
a11y-status-none = See veebisait ei vasta { a11y-law }.
a11y-exceptions = Ligipääsmatu sisu
a11y-contact = Tagasiside ja kontaktandmed
a11y-contact-text = Kui teil on veebisaidi kasutamisel raskusi, võtke meiega ühendust. Kontaktisik on
a11y-contact-any = Kui teil on veebisaidi kasutamisel raskusi, võtke meiega ühendust.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-post
a11y-phone = Telefon
a11y-procedure = Jõustamismenetlus
a11y-procedure-text = { $country ->
    [PL] Igaühel on õigus taotleda, et veebisait või mõni selle osa muudetaks ligipääsetavaks või et teave esitataks talle alternatiivsel kujul. Taotluses tuleb märkida taotleja kontaktandmed, asjaomane leht või osa ning soovitud alternatiivne kuju. Vaatame taotlused läbi viivitamata, hiljemalt 7 päeva jooksul; kui see ei ole võimalik, teatame, millal taotlus täidetakse, hiljemalt 2 kuu jooksul. Kui me taotluse tagasi lükkame, võite esitada kaebuse ja pärast selle menetluse ammendamist pöörduda ombudsmani (Rzecznik Praw Obywatelskich) poole.
   *[other] { $jurisdiction ->
        [eea] Igaühel on õigus taotleda, et veebisait või mõni selle osa muudetaks ligipääsetavaks või et teave esitataks talle alternatiivsel kujul. Märkige oma kontaktandmed, asjaomane leht või osa ning kuju, mida eelistate. Vaatame taotlused läbi põhjendamatu viivituseta ja anname teada, millal teie oma täidetakse. Kui te ei ole meie vastusega rahul, võite pöörduda riikliku asutuse poole, mis jälgib avaliku sektori asutuste veebisaitide ligipääsetavust.
       *[other] Võite paluda meil muuta veebisait või mõni selle osa ligipääsetavaks või esitada teave alternatiivsel kujul. Märkige oma kontaktandmed, asjaomane leht või osa ning kuju, mida eelistate. Vaatame taotlused läbi põhjendamatu viivituseta ja anname teada, millal teie oma täidetakse.
    }
}
a11y-architecture = Hoonete ligipääsetavus
a11y-communication = Suhtluse ligipääsetavus
a11y-communication-text = { $country ->
    [PL] Kurdid ja vaegkuuljad saavad meiega ühendust võtta e-posti teel või viipekeele tõlgi abil; palun andke meile sellest teada kolm tööpäeva ette.
   *[other] Kurdid ja vaegkuuljad saavad meiega ühendust võtta kirjalikult, e-posti teel.
}
a11y-missing = Sait ei ole veel oma ligipääsetavuse andmeid avaldanud.

status-prospect = Võimalik partner
status-letter-of-intent = Kavatsuste protokoll
status-negotiating = Leping ettevalmistamisel
status-active = Toimiv partnerlus
status-suspended = Peatatud
status-ended = Lõppenud

event-contact = Esimene kontakt
event-letter-of-intent = Kavatsuste protokoll
event-resolution = Volikogu otsus
event-agreement = Sõpruslepingu allkirjastamine
event-renewal = Lepingu uuendamine
event-suspension = Koostöö peatamine
event-resumption = Koostöö jätkamine
event-termination = Partnerluse lõppemine

kind-city = Linn
kind-municipality = Vald
kind-district = Linnaosa
kind-county = Maakond
kind-region = Piirkond
kind-school = Kool
kind-institution = Asutus

area-culture = Kultuur
area-education = Haridus
area-sport = Sport ja vaba aeg
area-youth = Noored
area-seniors = Eakad
area-social = Sotsiaalne areng
area-environment = Keskkond
area-economy = Majandus
area-tourism = Turism
area-administration = Avalik haldus
area-heritage = Kultuuripärand
area-health = Tervis
area-science = Teadus

activity-visit = Külastus
activity-study-visit = Õppereis
activity-exchange = Vahetus
activity-festival = Festival
activity-event = Üritus
activity-project = Projekt
activity-conference = Konverents
activity-other = Muu

activity-status-planned = Kavandatud
activity-status-done = Toimunud
activity-status-cancelled = Ära jäetud
