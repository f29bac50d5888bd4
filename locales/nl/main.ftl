# Interfaceteksten van twinpress, in het Nederlands.

language-self = Nederlands
site-skip = Naar de inhoud
site-menu = Menu
site-languages = Taal
site-main-menu = Hoofdmenu
site-description = De internationale partnerschappen van { $home }.
footer-contact = Contact
footer-accessibility = Toegankelijkheidsverklaring
footer-programmes = Subsidieprogramma’s
footer-sitemap = Sitemap

nav-home = Home
nav-partners = Partners
nav-activities = Activiteiten
nav-schedule = Geplande bezoeken
nav-reports = Verslag
nav-programmes = Programma’s

home-intro = { $home } werkt samen met { $partners ->
    [one] één partner
   *[other] { $partners } partners
} in { $countries ->
    [one] één land
   *[other] { $countries } landen
}.
home-partners = Onze partners
home-latest = Laatste activiteiten
home-planned = Binnenkort
home-all-partners = Alle partners
home-all-partners-count = Alle partners ({ $count })
home-all-activities = Alle activiteiten
home-full-schedule = Volledige planning

partners-title = { $partners-are ->
    [towns] Partnersteden
   *[other] Partners
}
partners-intro = { $count ->
    [one] Eén partner.
   *[other] { $count } partners.
}
partners-count = { $count ->
    [one] Eén partner
   *[other] { $count } partners
}
partners-country-title = { $partners-are ->
    [towns] Partnersteden
   *[other] Partners
}: { $country }
partners-countries = Partners per land
partners-empty = Er zijn nog geen partners.
partner-status = Status
partner-facts = Feiten en cijfers
partner-about = Profiel
partner-common-ground = Wat ons verbindt
partner-photos = Foto's
photo-credit = Foto:
partner-documents = Documenten
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Kaart van de partnersteden
   *[other] Kaart van de partners
}
map-desc = { $home }: lijnen leiden naar elke partner en geven de afstand in kilometers.
partner-areas = Terreinen van samenwerking
partner-timeline = Geschiedenis van het partnerschap
partner-activities = Gezamenlijke activiteiten
partner-planned = Gepland
partner-no-activities = Er zijn nog geen gezamenlijke activiteiten geregistreerd.
partner-own-name = In de eigen taal

fact-country = Land
fact-region = Regio
fact-kind = Soort
fact-population = Inwoners
fact-area = Oppervlakte
fact-area-value = { $area } km²
fact-mayor = Burgemeester
fact-languages = Talen
fact-website = Website
facts-as-of = peiljaar { $year }

timeline-signatories = Ondertekend door
timeline-reference = Wettelijke grondslag
timeline-document-link = Document ({ $kind }, { $size })

text-in-other-language = Deze tekst is niet beschikbaar in deze taal; hij wordt getoond in het { $language }.

activities-title = Activiteiten
activities-empty = Er zijn nog geen activiteiten geregistreerd.
activities-year-title = Activiteiten in { $year }
activities-years = Activiteiten per jaar
activities-count = { $count ->
    [one] Eén activiteit
   *[other] { $count } activiteiten
}
activity-partners = Partners
activity-place = Plaats
activity-organiser = Organisator
activity-programme = Programma
activity-areas = Terreinen
activity-participants = { $count ->
    [one] { $count } deelnemer
   *[other] { $count } deelnemers
}

schedule-title = Geplande bezoeken en activiteiten
schedule-intro = Studiebezoeken en uitwisselingen die met onze partners gepland zijn.
schedule-empty = Er is op dit moment niets gepland.

reports-title = Jaarverslagen
report-title = Verslag { $year }
report-contents = Inhoud
report-figures = Het jaar in cijfers
report-by-partner = Activiteiten per partner
report-by-area = Activiteiten per terrein
report-other = Overige activiteiten
report-area-count = Activiteiten
figure-activities = Activiteiten
figure-participants = Deelnemers
figure-partners = Betrokken partners
figure-programmes = Gebruikte subsidieprogramma’s
figure-planned = Nog gepland

programmes-title = Subsidieprogramma’s
programme-website = Website van het programma
programme-activities = { $count ->
    [one] Eén activiteit
   *[other] { $count } activiteiten
}

page-contents = Op deze pagina
page-documents = Documenten

notfound-title = Pagina niet gevonden
notfound-text = De pagina die u zoekt, bestaat niet of is verplaatst.
notfound-home = Naar de startpagina

a11y-title = Toegankelijkheidsverklaring
a11y-intro = { $organisation } streeft ernaar de eigen website toegankelijk te maken, overeenkomstig { $country ->
    [PL] de Poolse wet van 4 april 2019 inzake de digitale toegankelijkheid van websites en mobiele applicaties van overheidsinstanties
   *[other] { $jurisdiction ->
        [eea] de nationale wetgeving tot omzetting van Richtlijn (EU) 2016/2102
       *[other] de Richtlijnen voor Toegankelijkheid van Webcontent (WCAG) 2.1 op niveau AA
    }
}. Deze toegankelijkheidsverklaring is van toepassing op de website
a11y-dates = Datums
a11y-published = Datum van publicatie van de website
a11y-updated = Datum van de laatste grote update
a11y-compliance = Nalevingsstatus
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] de wet inzake digitale toegankelijkheid
   *[other] de toegankelijkheidseisen
}
a11y-status-full = Deze website voldoet volledig aan { a11y-law }.
a11y-status-partial = Deze website voldoet gedeeltelijk aan { a11y-law }, vanwege de hieronder vermelde afwijkingen.
a11y-status-none = Deze website voldoet niet aan { a11y-law }.
a11y-exceptions = Niet-toegankelijke inhoud
a11y-contact = Feedback en contactgegevens
a11y-contact-text = Als u problemen ondervindt bij het gebruik van de website, neem dan contact met ons op. De contactpersoon is
a11y-contact-any = Als u problemen ondervindt bij het gebruik van de website, neem dan contact met ons op.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-mail
a11y-phone = Telefoon
a11y-procedure = Handhavingsprocedure
a11y-procedure-text = { $country ->
    [PL] Iedereen heeft het recht te verzoeken dat een website of een onderdeel daarvan toegankelijk wordt gemaakt, of dat de informatie in een alternatieve vorm wordt verstrekt. Het verzoek moet de contactgegevens van de verzoeker bevatten, de betreffende pagina of het betreffende onderdeel en de gewenste alternatieve vorm. Wij behandelen verzoeken zonder vertraging, uiterlijk binnen 7 dagen; als dat niet mogelijk is, laten wij u weten wanneer het verzoek wordt afgehandeld, uiterlijk binnen 2 maanden. Bij een weigering kunt u een klacht indienen en zich, na het doorlopen van die procedure, wenden tot de Poolse ombudsman (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Iedereen heeft het recht te verzoeken dat een website of een onderdeel daarvan toegankelijk wordt gemaakt, of dat de informatie in een alternatieve vorm wordt verstrekt. Vermeld uw contactgegevens, de betreffende pagina of het betreffende onderdeel en de gewenste vorm. Wij behandelen verzoeken zonder onnodige vertraging en laten u weten wanneer uw verzoek wordt afgehandeld. Bent u niet tevreden met ons antwoord, dan kunt u zich wenden tot de nationale instantie die toeziet op de toegankelijkheid van websites van overheidsinstanties.
       *[other] U kunt ons vragen een website of een onderdeel daarvan toegankelijk te maken, of de informatie in een alternatieve vorm te verstrekken. Vermeld uw contactgegevens, de betreffende pagina of het betreffende onderdeel en de gewenste vorm. Wij behandelen verzoeken zonder onnodige vertraging en laten u weten wanneer uw verzoek wordt afgehandeld.
    }
}
a11y-architecture = Fysieke toegankelijkheid
a11y-communication = Toegankelijke communicatie
a11y-communication-text = { $country ->
    [PL] Dove en slechthorende personen kunnen contact met ons opnemen per e-mail of via een gebarentolk; wij vragen u dit drie werkdagen van tevoren te melden.
   *[other] Dove en slechthorende personen kunnen schriftelijk, per e-mail, contact met ons opnemen.
}
a11y-missing = De site heeft nog geen toegankelijkheidsinformatie gepubliceerd.

status-prospect = Mogelijke partner
status-letter-of-intent = Intentieverklaring
status-negotiating = Overeenkomst in voorbereiding
status-active = Actief partnerschap
status-suspended = Opgeschort
status-ended = Beëindigd

event-contact = Eerste contact
event-letter-of-intent = Intentieverklaring
event-resolution = Raadsbesluit
event-agreement = Partnerschapsovereenkomst ondertekend
event-renewal = Overeenkomst verlengd
event-suspension = Samenwerking opgeschort
event-resumption = Samenwerking hervat
event-termination = Partnerschap beëindigd

kind-city = Stad
kind-municipality = Gemeente
kind-district = District
kind-county = Graafschap
kind-region = Regio
kind-school = School
kind-institution = Instelling

area-culture = Cultuur
area-education = Onderwijs
area-sport = Sport en recreatie
area-youth = Jongeren
area-seniors = Senioren
area-social = Sociale ontwikkeling
area-environment = Milieu
area-economy = Economie
area-tourism = Toerisme
area-administration = Openbaar bestuur
area-heritage = Erfgoed
area-health = Gezondheid
area-science = Wetenschap

activity-visit = Bezoek
activity-study-visit = Studiebezoek
activity-exchange = Uitwisseling
activity-festival = Festival
activity-event = Evenement
activity-project = Project
activity-conference = Conferentie
activity-other = Overig

activity-status-planned = Gepland
activity-status-done = Uitgevoerd
activity-status-cancelled = Geannuleerd
