# Textos de la interfície de twinpress, en català.
# Els identificadors dels missatges són comuns a totes les llengües; vegeu README.md, "Translating".

language-self = Català
site-skip = Vés al contingut
site-menu = Menú
site-languages = Llengua
site-main-menu = Menú principal
site-description = Els agermanaments internacionals de { $home }.
footer-contact = Contacte
footer-accessibility = Declaració d’accessibilitat
footer-programmes = Programes de finançament
footer-sitemap = Mapa del web

nav-home = Inici
nav-partners = Socis
nav-activities = Activitats
nav-schedule = Visites previstes
nav-reports = Memòria
nav-programmes = Programes

home-intro = { $home } col·labora amb { $partners ->
    [one] un soci
   *[other] { $partners } socis
} de { $countries ->
    [one] un país
   *[other] { $countries } països
}.
home-partners = Els nostres socis
home-latest = Darreres activitats
home-planned = Properament
home-all-partners = Tots els socis
home-all-partners-count = Tots els socis ({ $count })
home-all-activities = Totes les activitats
home-full-schedule = Calendari complet

partners-title = { $partners-are ->
    [towns] Ciutats agermanades
   *[other] Socis
}
partners-intro = { $count ->
    [one] Un soci.
   *[other] { $count } socis.
}
partners-count = { $count ->
    [one] Un soci
   *[other] { $count } socis
}
partners-country-title = { $partners-are ->
    [towns] Ciutats agermanades
   *[other] Socis
}: { $country }
partners-countries = Socis per país
partners-empty = Encara no hi ha socis.
partner-status = Estat
partner-facts = Dades
partner-about = Presentació
partner-common-ground = El que compartim
partner-photos = Fotos
photo-credit = Foto:
partner-documents = Documents
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Mapa de les ciutats agermanades
   *[other] Mapa dels socis
}
map-desc = { $home }: les línies porten a cada soci i n’indiquen la distància en quilòmetres.
partner-areas = Àmbits de cooperació
partner-timeline = Història de l’agermanament
partner-activities = Activitats conjuntes
partner-planned = Previst
partner-no-activities = Encara no hi ha activitats conjuntes registrades.
partner-own-name = En la seva pròpia llengua

fact-country = País
fact-region = Regió
fact-kind = Tipus
fact-population = Població
fact-area = Superfície
fact-area-value = { $area } km²
fact-mayor = Alcalde o alcaldessa
fact-languages = Llengües
fact-website = Lloc web
facts-as-of = el { $year }

timeline-signatories = Signat per
timeline-reference = Base jurídica
timeline-document-link = Document ({ $kind }, { $size })

text-in-other-language = Aquest text no està disponible en aquesta llengua; es mostra en la llengua següent: { $language }.

activities-title = Activitats
activities-empty = Encara no hi ha activitats registrades.
activities-year-title = Activitats del { $year }
activities-years = Activitats per any
activities-count = { $count ->
    [one] Una activitat
   *[other] { $count } activitats
}
activity-partners = Socis
activity-place = Lloc
activity-organiser = Organitza
activity-programme = Programa
activity-areas = Àmbits
activity-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}

schedule-title = Visites i activitats previstes
schedule-intro = Visites d’estudi i intercanvis previstos amb els nostres socis.
schedule-empty = De moment no hi ha res previst.

reports-title = Memòries anuals
report-title = Memòria { $year }
report-contents = Índex
report-figures = L’any en xifres
report-by-partner = Activitats per soci
report-by-area = Activitats per àmbit
report-other = Altres activitats
report-area-count = Activitats
figure-activities = Activitats
figure-participants = Participants
figure-partners = Socis participants
figure-programmes = Programes de finançament utilitzats
figure-planned = Encara previstes

programmes-title = Programes de finançament
programme-website = Lloc web del programa
programme-activities = { $count ->
    [one] Una activitat
   *[other] { $count } activitats
}

page-contents = En aquesta pàgina
page-documents = Documents

notfound-title = No s’ha trobat la pàgina
notfound-text = La pàgina que cerqueu no existeix o ha canviat d’adreça.
notfound-home = Aneu a la pàgina d’inici

a11y-title = Declaració d’accessibilitat
a11y-intro = { $organisation } s’ha compromès a fer accessible el seu lloc web, de conformitat amb { $country ->
    [PL] la Llei polonesa de 4 d’abril de 2019 sobre l’accessibilitat digital dels llocs web i les aplicacions per a dispositius mòbils dels organismes públics
    [ES] el Reial decret 1112/2018, de 7 de setembre, sobre accessibilitat dels llocs web i aplicacions per a dispositius mòbils del sector públic
   *[other] { $jurisdiction ->
        [eea] la legislació nacional que transposa la Directiva (UE) 2016/2102
       *[other] les Pautes d’accessibilitat per al contingut web (WCAG) 2.1 en el nivell AA
    }
}. Aquesta declaració d’accessibilitat s’aplica al lloc web
a11y-dates = Dates
a11y-published = Data de publicació del lloc web
a11y-updated = Data de la darrera actualització important
a11y-compliance = Situació de compliment
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] la Llei sobre accessibilitat digital
    [ES] el Reial decret 1112/2018
   *[other] els requisits d’accessibilitat
}
a11y-status-full = Aquest lloc web és plenament conforme amb { a11y-law }.
a11y-status-partial = Aquest lloc web és parcialment conforme amb { a11y-law }, a causa dels incompliments que s’enumeren a continuació.
a11y-status-none = Aquest lloc web no és conforme amb { a11y-law }.
a11y-exceptions = Contingut no accessible
a11y-contact = Observacions i dades de contacte
a11y-contact-text = Si teniu problemes per utilitzar el lloc web, poseu-vos en contacte amb nosaltres. La persona de contacte és
a11y-contact-any = Si teniu problemes per utilitzar el lloc web, poseu-vos en contacte amb nosaltres.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = Correu electrònic
a11y-phone = Telèfon
a11y-procedure = Procediment d’aplicació
a11y-procedure-text = { $country ->
    [PL] Tothom té dret a sol·licitar que un lloc web o qualsevol dels seus elements es faci accessible, o que la informació es faciliti en un format alternatiu. La sol·licitud ha d’incloure les dades de contacte de qui la presenta, la pàgina o l’element de què es tracti i el format alternatiu preferit. Atenem les sol·licituds sense demora, com a màxim en 7 dies; si no és possible, us indiquem quan s’atendran, com a màxim en 2 mesos. Si la rebutgem, podeu presentar una reclamació i, un cop esgotat aquest procediment, adreçar-vos al Defensor del Poble (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Tothom té dret a sol·licitar que un lloc web o qualsevol dels seus elements es faci accessible, o que la informació es faciliti en un format alternatiu. Indiqueu les vostres dades de contacte, la pàgina o l’element de què es tracti i el format que preferiu. Atenem les sol·licituds sense demores indegudes i us indiquem quan s’atendrà la vostra. Si no esteu satisfets amb la nostra resposta, podeu adreçar-vos a l’organisme nacional que supervisa l’accessibilitat dels llocs web dels organismes públics.
       *[other] Podeu demanar-nos que fem accessible un lloc web o qualsevol dels seus elements, o que us facilitem la informació en un format alternatiu. Indiqueu les vostres dades de contacte, la pàgina o l’element de què es tracti i el format que preferiu. Atenem les sol·licituds sense demores indegudes i us indiquem quan s’atendrà la vostra.
    }
}
a11y-architecture = Accessibilitat dels edificis
a11y-communication = Accessibilitat de la comunicació
a11y-communication-text = { $country ->
    [PL] Les persones sordes o amb discapacitat auditiva poden posar-se en contacte amb nosaltres per correu electrònic o mitjançant un intèrpret de llengua de signes; us preguem que ens aviseu amb tres dies hàbils d’antelació.
   *[other] Les persones sordes o amb discapacitat auditiva poden posar-se en contacte amb nosaltres per escrit, per correu electrònic.
}
a11y-missing = El lloc web encara no ha publicat les seves dades d’accessibilitat.

status-prospect = Possible soci
status-letter-of-intent = Carta d’intencions
status-negotiating = Acord en preparació
status-active = Agermanament actiu
status-suspended = Suspès
status-ended = Finalitzat

event-contact = Primer contacte
event-letter-of-intent = Carta d’intencions
event-resolution = Acord del ple
event-agreement = Signatura de l’acord d’agermanament
event-renewal = Renovació de l’acord
event-suspension = Suspensió de la cooperació
event-resumption = Represa de la cooperació
event-termination = Fi de l’agermanament

kind-city = Ciutat
kind-municipality = Municipi
kind-district = Districte
kind-county = Comarca
kind-region = Regió
kind-school = Centre educatiu
kind-institution = Institució

area-culture = Cultura
area-education = Educació
area-sport = Esport i lleure
area-youth = Joventut
area-seniors = Gent gran
area-social = Desenvolupament social
area-environment = Medi ambient
area-economy = Economia
area-tourism = Turisme
area-administration = Administració pública
area-heritage = Patrimoni
area-health = Salut
area-science = Ciència

activity-visit = Visita
activity-study-visit = Visita d’estudi
activity-exchange = Intercanvi
activity-festival = Festival
activity-event = Esdeveniment
activity-project = Projecte
activity-conference = Conferència
activity-other = Altres

activity-status-planned = Prevista
activity-status-done = Feta
activity-status-cancelled = Cancel·lada
