# Interface strings of twinpress, English.
# Message ids are shared by every language; see README.md, "Translating".

language-self = English
site-skip = Skip to content
site-menu = Menu
site-languages = Language
site-main-menu = Main menu
# The description `twinpress init` gives a new site.
site-description = The international partnerships of { $home }.
footer-contact = Contact
footer-accessibility = Accessibility statement
footer-programmes = Funding programmes
footer-sitemap = Sitemap

nav-home = Home
nav-partners = Partners
nav-activities = Activities
nav-schedule = Planned visits
nav-reports = Report
nav-programmes = Programmes

home-intro = { $home } works with { $partners ->
    [one] one partner
   *[other] { $partners } partners
} in { $countries ->
    [one] one country
   *[other] { $countries } countries
}.
home-partners = Our partners
home-latest = Latest activities
home-planned = Coming up
home-all-partners = All partners
home-all-partners-count = All partners ({ $count })
home-all-activities = All activities
home-full-schedule = Full schedule

partners-title = { $partners-are ->
    [towns] Partner towns
   *[other] Partners
}
partners-intro = { $count ->
    [one] One partner.
   *[other] { $count } partners.
}
partners-count = { $count ->
    [one] One partner
   *[other] { $count } partners
}
partners-country-title = { $partners-are ->
    [towns] Partner towns
   *[other] Partners
}: { $country }
partners-countries = Partners by country
partners-empty = There are no partners yet.
partner-status = Status
partner-facts = Facts
partner-about = About
partner-common-ground = What we share
partner-photos = Photos
photo-credit = Photo:
partner-documents = Documents
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Map of the partner towns
   *[other] Map of the partners
}
map-desc = { $home }: lines lead to each partner and give the distance in kilometres.
partner-areas = Areas of cooperation
partner-timeline = History of the partnership
partner-activities = Activities together
partner-planned = Planned
partner-no-activities = No joint activities recorded yet.
partner-own-name = In its own language

fact-country = Country
fact-region = Region
fact-kind = Type
fact-population = Population
fact-area = Area
fact-area-value = { $area } km²
fact-mayor = Mayor
fact-languages = Languages
fact-website = Website
facts-as-of = as of { $year }

timeline-signatories = Signed by
timeline-reference = Legal basis
timeline-document-link = Document ({ $kind }, { $size })

text-in-other-language = This text is not available in this language; it is shown in { $language }.

activities-title = Activities
activities-empty = No activities recorded yet.
activities-year-title = Activities in { $year }
activities-years = Activities by year
activities-count = { $count ->
    [one] One activity
   *[other] { $count } activities
}
activity-partners = Partners
activity-place = Place
activity-organiser = Organiser
activity-programme = Programme
activity-areas = Areas
activity-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}

schedule-title = Planned visits and activities
schedule-intro = Study visits and exchanges planned with our partners.
schedule-empty = Nothing is planned at the moment.

reports-title = Yearly reports
report-title = Report { $year }
report-contents = Contents
report-figures = The year in figures
report-by-partner = Activities by partner
report-by-area = Activities by area
report-other = Other activities
report-area-count = Activities
figure-activities = Activities
figure-participants = Participants
figure-partners = Partners involved
figure-programmes = Funding programmes used
figure-planned = Still planned

programmes-title = Funding programmes
programme-website = Programme website
programme-activities = { $count ->
    [one] One activity
   *[other] { $count } activities
}

page-contents = On this page
page-documents = Documents

notfound-title = Page not found
notfound-text = The page you are looking for does not exist or has moved.
notfound-home = Go to the home page

a11y-title = Accessibility statement
a11y-intro = { $organisation } is committed to making its website accessible, in accordance with { $country ->
    [PL] the Polish Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies
    [CZ] the Czech Act No. 99/2019 Coll. on the accessibility of websites and mobile applications
    [DK] the Danish Act No. 692 of 8 June 2018 on the accessibility of public sector bodies’ websites and mobile applications
    [ES] the Spanish Royal Decree 1112/2018 of 7 September on the accessibility of the websites and mobile applications of the public sector
    [FI] the Finnish Act on the Provision of Digital Services (306/2019)
    [FR] Article 47 of the French Act No. 2005-102 of 11 February 2005 for equal rights and opportunities, participation and citizenship of persons with disabilities
    [GR] the Greek Law 4591/2019 on the accessibility of the websites and mobile applications of public sector bodies
    [HR] the Croatian Act on the Accessibility of Websites and Mobile Applications of Public Sector Bodies (Official Gazette 17/19)
    [HU] the Hungarian Act LXXV of 2018 on the accessibility of the websites and mobile applications of public sector bodies
    [IT] the Italian Law No. 4 of 9 January 2004 on provisions to support the access of persons with disabilities to information technology
    [PT] the Portuguese Decree-Law No. 83/2018 of 19 October on the accessibility of the websites and mobile applications of public bodies
    [RO] the Romanian Government Emergency Ordinance No. 112/2018 on the accessibility of the websites and mobile applications of public sector bodies
    [SE] the Swedish Act (2018:1937) on accessibility to digital public services
    [SI] the Slovenian Accessibility of Websites and Mobile Applications Act (ZDSMA)
    [GB] the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
    [JP] the Japanese Industrial Standard JIS X 8341-3:2016 at conformance level AA
    [KR] the Korean Web Content Accessibility Guidelines 2.2 (KWCAG)
    [CN] the national standard GB/T 37668-2019 on the accessibility of Internet content
    [TW] the Website Accessibility Guidelines of the Ministry of Digital Affairs
   *[other] { $jurisdiction ->
        [eea] the national law implementing Directive (EU) 2016/2102
       *[other] the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA
    }
}. This accessibility statement applies to the website
a11y-dates = Dates
a11y-published = Date of publication of the website
a11y-updated = Date of the last major update
a11y-compliance = Compliance status
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] the Act on digital accessibility
    [CZ] Act No. 99/2019 Coll.
    [DK] the Danish Web Accessibility Act
    [ES] Royal Decree 1112/2018
    [FI] the Act on the Provision of Digital Services
    [FR] the French general accessibility improvement framework (RGAA)
    [GR] Law 4591/2019
    [HR] the Act on the Accessibility of Websites and Mobile Applications
    [HU] Act LXXV of 2018
    [IT] Law No. 4/2004
    [PT] Decree-Law No. 83/2018
    [RO] Government Emergency Ordinance No. 112/2018
    [SE] the Act on accessibility to digital public services
    [SI] the Accessibility of Websites and Mobile Applications Act
    [GB] the Accessibility Regulations 2018
    [JP] JIS X 8341-3:2016 at conformance level AA
    [KR] KWCAG 2.2
    [CN] GB/T 37668-2019
    [TW] the Website Accessibility Guidelines
   *[other] the accessibility requirements
}
a11y-status-full = This website is fully compliant with { a11y-law }.
a11y-status-partial = This website is partially compliant with { a11y-law }, due to the non-compliances listed below.
a11y-status-none = This website is not compliant with { a11y-law }.
a11y-exceptions = Non-accessible content
a11y-contact = Feedback and contact information
a11y-contact-text = If you have problems using the website, please contact us. The person to contact is
a11y-contact-any = If you have problems using the website, please contact us.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-mail
a11y-phone = Telephone
a11y-procedure = Enforcement procedure
a11y-procedure-text = { $country ->
    [PL] Everyone has the right to request that a website or any of its elements be made accessible, or that the information be provided in an alternative form. The request must include the contact details of the person making it, the page or element concerned, and the preferred alternative form. We deal with requests without delay, at the latest within 7 days; if that is not possible, we tell you when it will be done, at the latest within 2 months. If we refuse, you may file a complaint, and after exhausting that procedure you may apply to the Ombudsman (Rzecznik Praw Obywatelskich).
    [GB] Everyone has the right to request that a website or any of its elements be made accessible, or that the information be provided in an alternative form. Please include your contact details, the page or element concerned, and the form you would prefer. We deal with requests without undue delay and tell you when yours will be met. The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS), or in Northern Ireland the Equality Commission for Northern Ireland (ECNI).
   *[other] { $jurisdiction ->
        [eea] Everyone has the right to request that a website or any of its elements be made accessible, or that the information be provided in an alternative form. Please include your contact details, the page or element concerned, and the form you would prefer. We deal with requests without undue delay and tell you when yours will be met. If you are not satisfied with our answer, you may turn to the national body that monitors the accessibility of public bodies’ websites.
       *[other] You may ask us to make a website or any of its elements accessible, or to provide the information in an alternative form. Please include your contact details, the page or element concerned, and the form you would prefer. We deal with requests without undue delay and tell you when yours will be met.
    }
}
a11y-architecture = Architectural accessibility
a11y-communication = Communication accessibility
a11y-communication-text = { $country ->
    [PL] Persons who are deaf or hard of hearing may contact us by e-mail or through a sign language interpreter; please let us know three working days in advance.
   *[other] Persons who are deaf or hard of hearing may contact us in writing, by e-mail.
}
a11y-missing = The site has not published its accessibility details yet.

status-prospect = Prospective partner
status-letter-of-intent = Letter of intent
status-negotiating = Agreement in preparation
status-active = Active partnership
status-suspended = Suspended
status-ended = Ended

event-contact = First contact
event-letter-of-intent = Letter of intent
event-resolution = Council resolution
event-agreement = Partnership agreement signed
event-renewal = Agreement renewed
event-suspension = Cooperation suspended
event-resumption = Cooperation resumed
event-termination = Partnership ended

kind-city = City
kind-municipality = Municipality
kind-district = District
kind-county = County
kind-region = Region
kind-school = School
kind-institution = Institution

area-culture = Culture
area-education = Education
area-sport = Sport and recreation
area-youth = Youth
area-seniors = Seniors
area-social = Social development
area-environment = Environment
area-economy = Economy
area-tourism = Tourism
area-administration = Public administration
area-heritage = Heritage
area-health = Health
area-science = Science

activity-visit = Visit
activity-study-visit = Study visit
activity-exchange = Exchange
activity-festival = Festival
activity-event = Event
activity-project = Project
activity-conference = Conference
activity-other = Other

activity-status-planned = Planned
activity-status-done = Done
activity-status-cancelled = Cancelled
