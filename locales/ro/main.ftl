# Textele interfeței twinpress, în limba română.
# Identificatorii mesajelor sunt comuni tuturor limbilor; vezi README.md, "Translating".

language-self = Română
site-skip = Salt la conținut
site-menu = Meniu
site-languages = Limba
site-main-menu = Meniul principal
site-description = { $home }: înfrățiri internaționale.
footer-contact = Contact
footer-accessibility = Declarație de accesibilitate
footer-programmes = Programe de finanțare
footer-sitemap = Harta site-ului

nav-home = Acasă
nav-partners = Parteneri
nav-activities = Activități
nav-schedule = Vizite planificate
nav-reports = Raport
nav-programmes = Programe

home-intro = { $home } colaborează cu { $partners ->
    [one] un partener
    [few] { $partners } parteneri
   *[other] { $partners } de parteneri
} din { $countries ->
    [one] o țară
    [few] { $countries } țări
   *[other] { $countries } de țări
}.
home-partners = Partenerii noștri
home-latest = Activități recente
home-planned = În curând
home-all-partners = Toți partenerii
home-all-partners-count = Toți partenerii ({ $count })
home-all-activities = Toate activitățile
home-full-schedule = Calendarul complet

partners-title = { $partners-are ->
    [towns] Orașe înfrățite
   *[other] Parteneri
}
partners-intro = { $count ->
    [one] Un partener.
    [few] { $count } parteneri.
   *[other] { $count } de parteneri.
}
partners-count = { $count ->
    [one] Un partener
    [few] { $count } parteneri
   *[other] { $count } de parteneri
}
partners-country-title = { $partners-are ->
    [towns] Orașe înfrățite
   *[other] Parteneri
}: { $country }
partners-countries = Parteneri după țară
partners-empty = Încă nu există parteneri.
partner-status = Stadiu
partner-facts = Date
partner-about = Prezentare
partner-common-ground = Ce ne leagă
partner-photos = Fotografii
photo-credit = Foto:
partner-documents = Documente
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Harta orașelor înfrățite
   *[other] Harta partenerilor
}
map-desc = { $home }: liniile duc spre fiecare partener și arată distanța în kilometri.
partner-areas = Domenii de cooperare
partner-timeline = Istoria parteneriatului
partner-activities = Activități comune
partner-planned = Planificate
partner-no-activities = Nu sunt încă înregistrate activități comune.
partner-own-name = În limba proprie

fact-country = Țara
fact-region = Regiunea
fact-kind = Tipul
fact-population = Populația
fact-area = Suprafața
fact-area-value = { $area } km²
fact-mayor = Primar
fact-languages = Limbi
fact-website = Site web
facts-as-of = în { $year }

timeline-signatories = Semnat de
timeline-reference = Temei juridic
timeline-document-link = Document ({ $kind }, { $size })

text-in-other-language = Acest text nu este disponibil în această limbă; este afișat în limba: { $language }.

activities-title = Activități
activities-empty = Încă nu sunt înregistrate activități.
activities-year-title = Activități în { $year }
activities-years = Activități pe ani
activities-count = { $count ->
    [one] O activitate
    [few] { $count } activități
   *[other] { $count } de activități
}
activity-partners = Parteneri
activity-place = Locul
activity-organiser = Organizator
activity-programme = Program
activity-areas = Domenii
activity-participants = { $count ->
    [one] { $count } participant
    [few] { $count } participanți
   *[other] { $count } de participanți
}

schedule-title = Vizite și activități planificate
schedule-intro = Vizite de studiu și schimburi planificate cu partenerii noștri.
schedule-empty = Momentan nu este nimic planificat.

reports-title = Rapoarte anuale
report-title = Raportul pe { $year }
report-contents = Cuprins
report-figures = Anul în cifre
report-by-partner = Activități pe parteneri
report-by-area = Activități pe domenii
report-other = Alte activități
report-area-count = Activități
figure-activities = Activități
figure-participants = Participanți
figure-partners = Parteneri implicați
figure-programmes = Programe de finanțare folosite
figure-planned = Încă planificate

programmes-title = Programe de finanțare
programme-website = Site-ul programului
programme-activities = { $count ->
    [one] O activitate
    [few] { $count } activități
   *[other] { $count } de activități
}

page-contents = Pe această pagină
page-documents = Documente

notfound-title = Pagina nu a fost găsită
notfound-text = Pagina pe care o căutați nu există sau a fost mutată.
notfound-home = Mergeți la pagina principală

a11y-title = Declarație de accesibilitate
a11y-intro = { $organisation } se angajează să asigure accesibilitatea site-ului său web, în conformitate cu { $country ->
    [PL] Legea poloneză din 4 aprilie 2019 privind accesibilitatea digitală a site-urilor web și a aplicațiilor mobile ale organismelor publice
    [RO] Ordonanța de urgență a Guvernului nr. 112/2018 privind accesibilitatea site-urilor web și a aplicațiilor mobile ale organismelor din sectorul public
   *[other] { $jurisdiction ->
        [eea] legislația națională de transpunere a Directivei (UE) 2016/2102
       *[other] Ghidul de accesibilitate pentru conținutul web (WCAG) 2.1, la nivelul AA
    }
}. Prezenta declarație de accesibilitate se aplică site-ului web
a11y-dates = Date
a11y-published = Data publicării site-ului web
a11y-updated = Data ultimei actualizări importante
a11y-compliance = Stadiul conformității
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] Legea privind accesibilitatea digitală
    [RO] Ordonanța de urgență a Guvernului nr. 112/2018
   *[other] cerințele de accesibilitate
}
a11y-status-full = Acest site web este pe deplin conform cu { a11y-law }.
a11y-status-partial = Acest site web este parțial conform cu { a11y-law }, din cauza neconformităților enumerate mai jos.
a11y-status-none = Acest site web nu este conform cu { a11y-law }.
a11y-exceptions = Conținut inaccesibil
a11y-contact = Feedback și date de contact
a11y-contact-text = Dacă întâmpinați probleme în utilizarea site-ului web, vă rugăm să ne contactați. Persoana de contact este
a11y-contact-any = Dacă întâmpinați probleme în utilizarea site-ului web, vă rugăm să ne contactați.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-mail
a11y-phone = Telefon
a11y-procedure = Procedura de asigurare a respectării
a11y-procedure-text = { $country ->
    [PL] Orice persoană are dreptul să solicite ca un site web sau oricare dintre elementele sale să fie făcut accesibil ori ca informațiile să îi fie furnizate într-un format alternativ. Cererea trebuie să cuprindă datele de contact ale solicitantului, pagina sau elementul în cauză și formatul alternativ preferat. Soluționăm cererile fără întârziere, în cel mult 7 zile; dacă nu este posibil, vă comunicăm când va fi soluționată, în cel mult 2 luni. Dacă o respingem, puteți depune o plângere, iar după epuizarea acestei proceduri vă puteți adresa Avocatului Poporului (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Orice persoană are dreptul să solicite ca un site web sau oricare dintre elementele sale să fie făcut accesibil ori ca informațiile să îi fie furnizate într-un format alternativ. Vă rugăm să indicați datele dumneavoastră de contact, pagina sau elementul în cauză și formatul preferat. Soluționăm cererile fără întârzieri nejustificate și vă comunicăm când va fi soluționată a dumneavoastră. Dacă nu sunteți mulțumit de răspunsul nostru, vă puteți adresa organismului național care monitorizează accesibilitatea site-urilor web ale organismelor publice.
       *[other] Ne puteți cere să facem accesibil un site web sau oricare dintre elementele sale ori să vă furnizăm informațiile într-un format alternativ. Vă rugăm să indicați datele dumneavoastră de contact, pagina sau elementul în cauză și formatul preferat. Soluționăm cererile fără întârzieri nejustificate și vă comunicăm când va fi soluționată a dumneavoastră.
    }
}
a11y-architecture = Accesibilitatea clădirilor
a11y-communication = Accesibilitatea comunicării
a11y-communication-text = { $country ->
    [PL] Persoanele surde sau cu deficiențe de auz ne pot contacta prin e-mail sau prin intermediul unui interpret în limbajul semnelor; vă rugăm să ne anunțați cu trei zile lucrătoare înainte.
   *[other] Persoanele surde sau cu deficiențe de auz ne pot contacta în scris, prin e-mail.
}
a11y-missing = Site-ul nu și-a publicat încă informațiile privind accesibilitatea.

status-prospect = Partener potențial
status-letter-of-intent = Scrisoare de intenție
status-negotiating = Acord în pregătire
status-active = Parteneriat activ
status-suspended = Suspendat
status-ended = Încheiat

event-contact = Primul contact
event-letter-of-intent = Scrisoare de intenție
event-resolution = Hotărâre a consiliului local
event-agreement = Semnarea acordului de înfrățire
event-renewal = Reînnoirea acordului
event-suspension = Suspendarea cooperării
event-resumption = Reluarea cooperării
event-termination = Încheierea parteneriatului

kind-city = Oraș
kind-municipality = Comună
kind-district = District
kind-county = Județ
kind-region = Regiune
kind-school = Școală
kind-institution = Instituție

area-culture = Cultură
area-education = Educație
area-sport = Sport și recreere
area-youth = Tineret
area-seniors = Vârstnici
area-social = Dezvoltare socială
area-environment = Mediu
area-economy = Economie
area-tourism = Turism
area-administration = Administrație publică
area-heritage = Patrimoniu
area-health = Sănătate
area-science = Știință

activity-visit = Vizită
activity-study-visit = Vizită de studiu
activity-exchange = Schimb
activity-festival = Festival
activity-event = Eveniment
activity-project = Proiect
activity-conference = Conferință
activity-other = Altele

activity-status-planned = Planificată
activity-status-done = Realizată
activity-status-cancelled = Anulată
