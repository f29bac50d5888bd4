# Oberflächentexte von twinpress, auf Deutsch.

language-self = Deutsch
site-skip = Zum Inhalt springen
site-menu = Menü
site-languages = Sprache
site-main-menu = Hauptmenü
site-description = Die internationalen Partnerschaften von { $home }.
footer-contact = Kontakt
footer-accessibility = Erklärung zur Barrierefreiheit
footer-programmes = Förderprogramme
footer-sitemap = Sitemap

nav-home = Startseite
nav-partners = Partner
nav-activities = Aktivitäten
nav-schedule = Geplante Besuche
nav-reports = Bericht
nav-programmes = Programme

home-intro = { $home } arbeitet mit { $partners ->
    [one] einem Partner
   *[other] { $partners } Partnern
} in { $countries ->
    [one] einem Land
   *[other] { $countries } Ländern
} zusammen.
home-partners = Unsere Partner
home-latest = Neueste Aktivitäten
home-planned = Demnächst
home-all-partners = Alle Partner
home-all-partners-count = Alle Partner ({ $count })
home-all-activities = Alle Aktivitäten
home-full-schedule = Alle Termine

partners-title = { $partners-are ->
    [towns] Partnerstädte
   *[other] Partner
}
partners-intro = { $count ->
    [one] Ein Partner.
   *[other] { $count } Partner.
}
partners-count = { $count ->
    [one] Ein Partner
   *[other] { $count } Partner
}
partners-country-title = { $partners-are ->
    [towns] Partnerstädte
   *[other] Partner
}: { $country }
partners-countries = Partner nach Ländern
partners-empty = Es gibt noch keine Partner.
partner-status = Status
partner-facts = Daten und Fakten
partner-about = Porträt
partner-common-ground = Was uns verbindet
partner-photos = Fotos
photo-credit = Foto:
partner-documents = Dokumente
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Karte der Partnerstädte
   *[other] Karte der Partner
}
map-desc = { $home }: Linien führen zu jedem Partner und nennen die Entfernung in Kilometern.
partner-areas = Bereiche der Zusammenarbeit
partner-timeline = Geschichte der Partnerschaft
partner-activities = Gemeinsame Aktivitäten
partner-planned = Geplant
partner-no-activities = Es sind noch keine gemeinsamen Aktivitäten erfasst.
partner-own-name = In der eigenen Sprache

fact-country = Land
fact-region = Region
fact-kind = Art
fact-population = Einwohner
fact-area = Fläche
fact-area-value = { $area } km²
fact-mayor = Bürgermeister
fact-languages = Sprachen
fact-website = Website
facts-as-of = Stand: { $year }

timeline-signatories = Unterzeichnet von
timeline-reference = Rechtsgrundlage
timeline-document-link = Dokument ({ $kind }, { $size })

text-in-other-language = Dieser Text ist in dieser Sprache nicht verfügbar; er wird auf { $language } angezeigt.

activities-title = Aktivitäten
activities-empty = Es sind noch keine Aktivitäten erfasst.
activities-year-title = Aktivitäten { $year }
activities-years = Aktivitäten nach Jahren
activities-count = { $count ->
    [one] Eine Aktivität
   *[other] { $count } Aktivitäten
}
activity-partners = Partner
activity-place = Ort
activity-organiser = Veranstalter
activity-programme = Programm
activity-areas = Bereiche
activity-participants = { $count ->
    [one] { $count } teilnehmende Person
   *[other] { $count } Teilnehmende
}

schedule-title = Geplante Besuche und Aktivitäten
schedule-intro = Geplante Studienbesuche und Austausche mit unseren Partnern.
schedule-empty = Derzeit ist nichts geplant.

reports-title = Jahresberichte
report-title = Bericht { $year }
report-contents = Inhalt
report-figures = Das Jahr in Zahlen
report-by-partner = Aktivitäten nach Partner
report-by-area = Aktivitäten nach Bereich
report-other = Weitere Aktivitäten
report-area-count = Aktivitäten
figure-activities = Aktivitäten
figure-participants = Teilnehmende
figure-partners = Beteiligte Partner
figure-programmes = Genutzte Förderprogramme
figure-planned = Noch geplant

programmes-title = Förderprogramme
programme-website = Website des Programms
programme-activities = { $count ->
    [one] Eine Aktivität
   *[other] { $count } Aktivitäten
}

page-contents = Auf dieser Seite
page-documents = Dokumente

notfound-title = Seite nicht gefunden
notfound-text = Die gesuchte Seite existiert nicht oder wurde verschoben.
notfound-home = Zur Startseite

a11y-title = Erklärung zur Barrierefreiheit
a11y-intro = { $organisation } ist bemüht, die eigene Website im Einklang mit { $country ->
    [PL] dem polnischen Gesetz vom 4. April 2019 über die digitale Barrierefreiheit der Websites und mobilen Anwendungen öffentlicher Stellen
   *[other] { $jurisdiction ->
        [eea] den nationalen Rechtsvorschriften zur Umsetzung der Richtlinie (EU) 2016/2102
       *[other] den Richtlinien für barrierefreie Webinhalte (WCAG) 2.1 auf Stufe AA
    }
} barrierefrei zugänglich zu machen. Diese Erklärung zur Barrierefreiheit gilt für die Website
a11y-dates = Datumsangaben
a11y-published = Datum der Veröffentlichung der Website
a11y-updated = Datum der letzten größeren Aktualisierung
a11y-compliance = Stand der Vereinbarkeit mit den Anforderungen
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] dem Gesetz über die digitale Barrierefreiheit
   *[other] den Anforderungen an die Barrierefreiheit
}
a11y-status-full = Diese Website ist vollständig mit { a11y-law } vereinbar.
a11y-status-partial = Diese Website ist aufgrund der unten aufgeführten Unvereinbarkeiten nur teilweise mit { a11y-law } vereinbar.
a11y-status-none = Diese Website ist nicht mit { a11y-law } vereinbar.
a11y-exceptions = Nicht barrierefreie Inhalte
a11y-contact = Feedback und Kontaktangaben
a11y-contact-text = Wenn Sie Probleme bei der Nutzung der Website haben, wenden Sie sich bitte an uns. Ansprechperson ist
a11y-contact-any = Wenn Sie Probleme bei der Nutzung der Website haben, wenden Sie sich bitte an uns.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-Mail
a11y-phone = Telefon
a11y-procedure = Durchsetzungsverfahren
a11y-procedure-text = { $country ->
    [PL] Jede Person hat das Recht zu verlangen, dass eine Website oder eines ihrer Elemente barrierefrei zugänglich gemacht oder die Information in einer alternativen Form bereitgestellt wird. Die Anfrage muss die Kontaktdaten der anfragenden Person, die betreffende Seite oder das betreffende Element sowie die gewünschte alternative Form enthalten. Wir bearbeiten Anfragen unverzüglich, spätestens innerhalb von 7 Tagen; ist dies nicht möglich, teilen wir Ihnen mit, bis wann die Anfrage erledigt wird, spätestens jedoch innerhalb von 2 Monaten. Im Falle einer Ablehnung können Sie Beschwerde einlegen und sich nach Ausschöpfung dieses Verfahrens an den polnischen Bürgerbeauftragten (Rzecznik Praw Obywatelskich) wenden.
   *[other] { $jurisdiction ->
        [eea] Jede Person hat das Recht zu verlangen, dass eine Website oder eines ihrer Elemente barrierefrei zugänglich gemacht oder die Information in einer alternativen Form bereitgestellt wird. Bitte nennen Sie Ihre Kontaktdaten, die betreffende Seite oder das betreffende Element und die gewünschte Form. Wir bearbeiten Anfragen unverzüglich und teilen Ihnen mit, bis wann Ihre Anfrage erledigt wird. Sind Sie mit unserer Antwort nicht zufrieden, können Sie sich an die nationale Stelle wenden, die die Barrierefreiheit der Websites öffentlicher Stellen überwacht.
       *[other] Sie können uns bitten, eine Website oder eines ihrer Elemente barrierefrei zugänglich zu machen oder die Information in einer alternativen Form bereitzustellen. Bitte nennen Sie Ihre Kontaktdaten, die betreffende Seite oder das betreffende Element und die gewünschte Form. Wir bearbeiten Anfragen unverzüglich und teilen Ihnen mit, bis wann Ihre Anfrage erledigt wird.
    }
}
a11y-architecture = Bauliche Barrierefreiheit
a11y-communication = Barrierefreie Kommunikation
a11y-communication-text = { $country ->
    [PL] Gehörlose und schwerhörige Menschen können uns per E-Mail oder mithilfe einer Gebärdensprachdolmetschung kontaktieren; bitte melden Sie sich dafür drei Werktage im Voraus an.
   *[other] Gehörlose und schwerhörige Menschen können uns schriftlich per E-Mail erreichen.
}
a11y-missing = Die Website hat noch keine Angaben zur Barrierefreiheit veröffentlicht.

status-prospect = Potenzieller Partner
status-letter-of-intent = Absichtserklärung
status-negotiating = Vertrag in Vorbereitung
status-active = Aktive Partnerschaft
status-suspended = Ausgesetzt
status-ended = Beendet

event-contact = Erstkontakt
event-letter-of-intent = Absichtserklärung
event-resolution = Ratsbeschluss
event-agreement = Partnerschaftsvertrag unterzeichnet
event-renewal = Vertrag verlängert
event-suspension = Zusammenarbeit ausgesetzt
event-resumption = Zusammenarbeit wieder aufgenommen
event-termination = Partnerschaft beendet

kind-city = Stadt
kind-municipality = Gemeinde
kind-district = Bezirk
kind-county = Kreis
kind-region = Region
kind-school = Schule
kind-institution = Einrichtung

area-culture = Kultur
area-education = Bildung
area-sport = Sport und Freizeit
area-youth = Jugend
area-seniors = Seniorinnen und Senioren
area-social = Soziale Entwicklung
area-environment = Umwelt
area-economy = Wirtschaft
area-tourism = Tourismus
area-administration = Öffentliche Verwaltung
area-heritage = Kulturerbe
area-health = Gesundheit
area-science = Wissenschaft

activity-visit = Besuch
activity-study-visit = Studienbesuch
activity-exchange = Austausch
activity-festival = Festival
activity-event = Veranstaltung
activity-project = Projekt
activity-conference = Konferenz
activity-other = Sonstiges

activity-status-planned = Geplant
activity-status-done = Durchgeführt
activity-status-cancelled = Abgesagt
