# twinpressin käyttöliittymän tekstit suomeksi.
# Viestien tunnisteet ovat kaikille kielille yhteiset; katso README.md, "Translating".

language-self = Suomi
site-skip = Siirry sisältöön
site-menu = Valikko
site-languages = Kieli
site-main-menu = Päävalikko
site-description = { $home }: kansainväliset kumppanuudet ja ystävyyskaupungit.
footer-contact = Yhteystiedot
footer-accessibility = Saavutettavuusseloste
footer-programmes = Rahoitusohjelmat
footer-sitemap = Sivukartta

nav-home = Etusivu
nav-partners = Kumppanit
nav-activities = Toiminta
nav-schedule = Suunnitellut vierailut
nav-reports = Raportti
nav-programmes = Ohjelmat

home-intro = { $home } tekee yhteistyötä { $partners ->
    [one] { $partners } kumppanin
   *[other] { $partners } kumppanin
} kanssa { $countries ->
    [one] { $countries } maassa
   *[other] { $countries } maassa
}.
home-partners = Kumppanimme
home-latest = Viimeisimmät tapahtumat
home-planned = Tulossa
home-all-partners = Kaikki kumppanit
home-all-partners-count = Kaikki kumppanit ({ $count })
home-all-activities = Kaikki tapahtumat
home-full-schedule = Koko aikataulu

partners-title = { $partners-are ->
    [towns] Ystävyyskaupungit
   *[other] Kumppanit
}
partners-intro = { $count ->
    [one] { $count } kumppani.
   *[other] { $count } kumppania.
}
partners-count = { $count ->
    [one] { $count } kumppani
   *[other] { $count } kumppania
}
partners-country-title = { $partners-are ->
    [towns] Ystävyyskaupungit
   *[other] Kumppanit
}: { $country }
partners-countries = Kumppanit maittain
partners-empty = Kumppaneita ei ole vielä.
partner-status = Tila
partner-facts = Tietoja
partner-about = Esittely
partner-common-ground = Mikä meitä yhdistää
partner-photos = Kuvat
photo-credit = Kuva:
partner-documents = Asiakirjat
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Ystävyyskaupunkien kartta
   *[other] Kumppanien kartta
}
map-desc = { $home }: viivat johtavat kuhunkin kumppaniin ja kertovat etäisyyden kilometreinä.
partner-areas = Yhteistyön alat
partner-timeline = Kumppanuuden historia
partner-activities = Yhteinen toiminta
partner-planned = Suunnitteilla
partner-no-activities = Yhteistä toimintaa ei ole vielä kirjattu.
partner-own-name = Omalla kielellään

fact-country = Maa
fact-region = Alue
fact-kind = Tyyppi
fact-population = Asukasluku
fact-area = Pinta-ala
fact-area-value = { $area } km²
fact-mayor = Pormestari
fact-languages = Kielet
fact-website = Verkkosivusto
facts-as-of = vuonna { $year }

timeline-signatories = Allekirjoittajat
timeline-reference = Oikeusperusta
timeline-document-link = Asiakirja ({ $kind }, { $size })

text-in-other-language = Tätä tekstiä ei ole saatavilla tällä kielellä; se näytetään kielellä: { $language }.

activities-title = Toiminta
activities-empty = Toimintaa ei ole vielä kirjattu.
activities-year-title = Toiminta vuonna { $year }
activities-years = Toiminta vuosittain
activities-count = { $count ->
    [one] { $count } tapahtuma
   *[other] { $count } tapahtumaa
}
activity-partners = Kumppanit
activity-place = Paikka
activity-organiser = Järjestäjä
activity-programme = Ohjelma
activity-areas = Alat
activity-participants = { $count ->
    [one] { $count } osallistuja
   *[other] { $count } osallistujaa
}

schedule-title = Suunnitellut vierailut ja tapahtumat
schedule-intro = Kumppaniemme kanssa suunnitellut opintomatkat ja vaihdot.
schedule-empty = Tällä hetkellä mitään ei ole suunnitteilla.

reports-title = Vuosiraportit
report-title = Raportti { $year }
report-contents = Sisällys
report-figures = Vuosi lukuina
report-by-partner = Toiminta kumppaneittain
report-by-area = Toiminta aloittain
report-other = Muu toiminta
report-area-count = Tapahtumat
figure-activities = Tapahtumat
figure-participants = Osallistujat
figure-partners = Mukana olleet kumppanit
figure-programmes = Käytetyt rahoitusohjelmat
figure-planned = Vielä suunnitteilla

programmes-title = Rahoitusohjelmat
programme-website = Ohjelman verkkosivusto
programme-activities = { $count ->
    [one] { $count } tapahtuma
   *[other] { $count } tapahtumaa
}

page-contents = Tällä sivulla
page-documents = Asiakirjat

notfound-title = Sivua ei löydy
notfound-text = Etsimääsi sivua ei ole olemassa tai se on siirretty.
notfound-home = Siirry etusivulle

a11y-title = Saavutettavuusseloste
a11y-intro = { $organisation } pyrkii siihen, että sen verkkosivusto on saavutettava { $country ->
    [PL] Puolan julkisyhteisöjen verkkosivustojen ja mobiilisovellusten digitaalisesta saavutettavuudesta 4. huhtikuuta 2019 annetun lain
    [FI] digitaalisten palvelujen tarjoamisesta annetun lain (306/2019)
   *[other] { $jurisdiction ->
        [eea] direktiivin (EU) 2016/2102 täytäntöön panevan kansallisen lainsäädännön
       *[other] verkkosisällön saavutettavuusohjeiden (WCAG) 2.1 AA-tason
    }
} mukaisesti. Tämä saavutettavuusseloste koskee verkkosivustoa
a11y-dates = Päivämäärät
a11y-published = Verkkosivuston julkaisupäivä
a11y-updated = Viimeisimmän merkittävän päivityksen päivämäärä
a11y-compliance = Vaatimustenmukaisuus
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] digitaalisesta saavutettavuudesta annetun lain vaatimukset
    [FI] digipalvelulain vaatimukset
   *[other] saavutettavuusvaatimukset
}
a11y-status-full = Tämä verkkosivusto täyttää kaikilta osin { a11y-law }.
a11y-status-partial = Tämä verkkosivusto täyttää osittain { a11y-law }; poikkeamat on lueteltu alla.
a11y-status-none = Tämä verkkosivusto ei täytä { $country ->
    [PL] digitaalisesta saavutettavuudesta annetun lain vaatimuksia
    [FI] digipalvelulain vaatimuksia
   *[other] saavutettavuusvaatimuksia
}.
a11y-exceptions = Sisältö, joka ei ole saavutettavaa
a11y-contact = Palaute ja yhteystiedot
a11y-contact-text = Jos verkkosivuston käytössä on ongelmia, ota meihin yhteyttä. Yhteyshenkilö on
a11y-contact-any = Jos verkkosivuston käytössä on ongelmia, ota meihin yhteyttä.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = Sähköposti
a11y-phone = Puhelin
a11y-procedure = Valvontamenettely
a11y-procedure-text = { $country ->
    [PL] Jokaisella on oikeus pyytää, että verkkosivusto tai jokin sen osa tehdään saavutettavaksi tai että tiedot annetaan vaihtoehtoisessa muodossa. Pyynnössä on oltava pyytäjän yhteystiedot, kyseinen sivu tai osa sekä toivottu vaihtoehtoinen muoto. Käsittelemme pyynnöt viipymättä, viimeistään 7 päivässä; jos se ei ole mahdollista, kerromme, milloin pyyntö täytetään, viimeistään 2 kuukauden kuluessa. Jos hylkäämme pyynnön, voit tehdä valituksen ja sen jälkeen kääntyä oikeusasiamiehen (Rzecznik Praw Obywatelskich) puoleen.
   *[other] { $jurisdiction ->
        [eea] Jokaisella on oikeus pyytää, että verkkosivusto tai jokin sen osa tehdään saavutettavaksi tai että tiedot annetaan vaihtoehtoisessa muodossa. Kerro yhteystietosi, kyseinen sivu tai osa sekä muoto, jota toivot. Käsittelemme pyynnöt ilman aiheetonta viivytystä ja kerromme, milloin pyyntösi täytetään. Jos et ole tyytyväinen vastaukseemme, voit kääntyä julkisten verkkosivustojen saavutettavuutta valvovan kansallisen viranomaisen puoleen.
       *[other] Voit pyytää meitä tekemään verkkosivustosta tai jostakin sen osasta saavutettavan tai antamaan tiedot vaihtoehtoisessa muodossa. Kerro yhteystietosi, kyseinen sivu tai osa sekä muoto, jota toivot. Käsittelemme pyynnöt ilman aiheetonta viivytystä ja kerromme, milloin pyyntösi täytetään.
    }
}
a11y-architecture = Rakennusten esteettömyys
a11y-communication = Viestinnän saavutettavuus
a11y-communication-text = { $country ->
    [PL] Kuurot ja kuulovammaiset voivat ottaa meihin yhteyttä sähköpostitse tai viittomakielen tulkin välityksellä; ilmoitathan meille kolme arkipäivää etukäteen.
   *[other] Kuurot ja kuulovammaiset voivat ottaa meihin yhteyttä kirjallisesti sähköpostitse.
}
a11y-missing = Sivusto ei ole vielä julkaissut saavutettavuustietojaan.

status-prospect = Mahdollinen kumppani
status-letter-of-intent = Aiesopimus
status-negotiating = Sopimus valmisteilla
status-active = Aktiivinen kumppanuus
status-suspended = Keskeytetty
status-ended = Päättynyt

event-contact = Ensimmäinen yhteydenotto
event-letter-of-intent = Aiesopimus
event-resolution = Valtuuston päätös
event-agreement = Ystävyyskaupunkisopimus allekirjoitettu
event-renewal = Sopimus uusittu
event-suspension = Yhteistyö keskeytetty
event-resumption = Yhteistyö jatkui
event-termination = Kumppanuus päättyi

kind-city = Kaupunki
kind-municipality = Kunta
kind-district = Piiri
kind-county = Maakunta
kind-region = Alue
kind-school = Koulu
kind-institution = Laitos

area-culture = Kulttuuri
area-education = Koulutus
area-sport = Urheilu ja vapaa-aika
area-youth = Nuoriso
area-seniors = Ikäihmiset
area-social = Sosiaalinen kehitys
area-environment = Ympäristö
area-economy = Elinkeinoelämä
area-tourism = Matkailu
area-administration = Julkishallinto
area-heritage = Kulttuuriperintö
area-health = Terveys
area-science = Tiede

activity-visit = Vierailu
activity-study-visit = Opintomatka
activity-exchange = Vaihto
activity-festival = Festivaali
activity-event = Tapahtuma
activity-project = Hanke
activity-conference = Konferenssi
activity-other = Muu

activity-status-planned = Suunniteltu
activity-status-done = Toteutunut
activity-status-cancelled = Peruttu
