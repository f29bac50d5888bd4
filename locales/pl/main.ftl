# Teksty interfejsu twinpress, po polsku.

language-self = Polski
site-skip = Przejdź do treści
site-menu = Menu
site-languages = Język
site-main-menu = Menu główne
site-description = { $home }: współpraca międzynarodowa.
footer-contact = Kontakt
footer-accessibility = Deklaracja dostępności
footer-programmes = Programy finansowania
footer-sitemap = Mapa strony

nav-home = Strona główna
nav-partners = Partnerzy
nav-activities = Działania
nav-schedule = Planowane wizyty
nav-reports = Raport
nav-programmes = Programy

home-intro = { $home } współpracuje z { $partners ->
    [one] { $partners-are ->
        [towns] jednym miastem partnerskim
       *[other] jednym partnerem
    }
   *[other] { $partners } { $partners-are ->
        [towns] miastami partnerskimi
       *[other] partnerami
    }
} w { $countries ->
    [one] jednym kraju
   *[other] { $countries } krajach
}.
home-partners = Nasi partnerzy
home-latest = Ostatnie działania
home-planned = W planach
home-all-partners = Wszyscy partnerzy
home-all-partners-count = Wszyscy partnerzy ({ $count })
home-all-activities = Wszystkie działania
home-full-schedule = Pełny harmonogram

partners-title = { $partners-are ->
    [towns] Miasta partnerskie
   *[other] Partnerzy
}
partners-intro = { $count ->
    [one] Jeden partner.
    [few] { $count } partnerów.
   *[other] { $count } partnerów.
}
partners-count = { $count ->
    [one] Jeden partner
    [few] { $count } partnerów
   *[other] { $count } partnerów
}
partners-country-title = { $partners-are ->
    [towns] Miasta partnerskie
   *[other] Partnerzy
}: { $country }
partners-countries = Partnerzy według krajów
partners-empty = Nie ma jeszcze partnerów.
partner-status = Status
partner-facts = Fakty
partner-about = O mieście
partner-common-ground = Co nas łączy
partner-photos = Zdjęcia
photo-credit = Fot.
partner-documents = Dokumenty
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Mapa miast partnerskich
   *[other] Mapa partnerów
}
map-desc = { $home }: linie prowadzą do każdego partnera i podają odległość w kilometrach.
partner-areas = Obszary współpracy
partner-timeline = Historia partnerstwa
partner-activities = Wspólne działania
partner-planned = W planach
partner-no-activities = Nie odnotowano jeszcze wspólnych działań.
partner-own-name = { $partners-are ->
    [towns] W języku miasta
   *[other] W języku partnera
}

fact-country = Kraj
fact-region = Region
fact-kind = Rodzaj
fact-population = Liczba mieszkańców
fact-area = Powierzchnia
fact-area-value = { $area } km²
fact-mayor = Burmistrz
fact-languages = Języki
fact-website = Strona internetowa
facts-as-of = stan na { $year }

timeline-signatories = Podpisali
timeline-reference = Podstawa prawna
timeline-document-link = Dokument ({ $kind }, { $size })

text-in-other-language = Ten tekst nie jest dostępny w tym języku; wyświetlamy go w języku: { $language }.

activities-title = Działania
activities-empty = Nie odnotowano jeszcze działań.
activities-year-title = Działania w { $year } roku
activities-years = Działania według lat
activities-count = { $count ->
    [one] Jedno działanie
    [few] { $count } działania
   *[other] { $count } działań
}
activity-partners = Partnerzy
activity-place = Miejsce
activity-organiser = Organizator
activity-programme = Program
activity-areas = Obszary
activity-participants = { $count ->
    [one] { $count } uczestnik
    [few] { $count } uczestnicy
   *[other] { $count } uczestników
}

schedule-title = Planowane wizyty i działania
schedule-intro = Wizyty studyjne i wymiany planowane z naszymi partnerami.
schedule-empty = Obecnie nic nie jest zaplanowane.

reports-title = Raporty roczne
report-title = Raport { $year }
report-contents = Spis treści
report-figures = Rok w liczbach
report-by-partner = Działania według partnerów
report-by-area = Działania według obszarów
report-other = Pozostałe działania
report-area-count = Działania
figure-activities = Działania
figure-participants = Uczestnicy
figure-partners = Zaangażowani partnerzy
figure-programmes = Wykorzystane programy
figure-planned = Wciąż w planach

programmes-title = Programy finansowania
programme-website = Strona programu
programme-activities = { $count ->
    [one] Jedno działanie
    [few] { $count } działania
   *[other] { $count } działań
}

page-contents = Na tej stronie
page-documents = Dokumenty

notfound-title = Nie znaleziono strony
notfound-text = Strona, której szukasz, nie istnieje lub została przeniesiona.
notfound-home = Przejdź do strony głównej

a11y-title = Deklaracja dostępności
a11y-intro = { $organisation } zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z { $country ->
    [PL] przepisami ustawy z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych
   *[other] { $jurisdiction ->
        [eea] przepisami krajowymi wdrażającymi dyrektywę (UE) 2016/2102
       *[other] wytycznymi dotyczącymi dostępności treści internetowych (WCAG) 2.1 na poziomie AA
    }
}. Deklaracja dostępności dotyczy strony internetowej
a11y-dates = Daty
a11y-published = Data publikacji strony internetowej
a11y-updated = Data ostatniej istotnej aktualizacji
a11y-compliance = Stan dostępności cyfrowej
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] ustawą o dostępności cyfrowej
   *[other] wymaganiami dostępności
}
a11y-status-full = Strona internetowa jest zgodna z { a11y-law }.
a11y-status-partial = Strona internetowa jest częściowo zgodna z { a11y-law } z powodu niezgodności lub wyłączeń wymienionych poniżej.
a11y-status-none = Strona internetowa jest niezgodna z { a11y-law }.
a11y-exceptions = Treści niedostępne
a11y-contact = Informacje zwrotne i dane kontaktowe
a11y-contact-text = W przypadku problemów z dostępnością strony internetowej prosimy o kontakt. Osobą kontaktową jest
a11y-contact-any = W przypadku problemów z dostępnością strony internetowej prosimy o kontakt.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-mail
a11y-phone = Telefon
a11y-procedure = Procedura wnioskowo-skargowa
a11y-procedure-text = { $country ->
    [PL] Każdy ma prawo do wystąpienia z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jakiegoś jej elementu albo zapewnienia dostępu alternatywnego. Żądanie powinno zawierać dane kontaktowe osoby występującej z żądaniem, wskazanie strony lub elementu strony, którego dotyczy żądanie, oraz wskazanie dogodnej formy dostępu alternatywnego. Podmiot publiczny realizuje żądanie niezwłocznie, nie później niż w ciągu 7 dni; jeżeli nie jest to możliwe, informuje o terminie realizacji, nie dłuższym niż 2 miesiące. W przypadku odmowy można złożyć skargę, a po wyczerpaniu tej procedury — wniosek do Rzecznika Praw Obywatelskich.
   *[other] { $jurisdiction ->
        [eea] Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności strony internetowej lub jej elementu albo udostępnienia informacji w formie alternatywnej. W żądaniu prosimy podać swoje dane kontaktowe, wskazać stronę lub element, którego dotyczy, oraz dogodną formę alternatywną. Żądania realizujemy bez zbędnej zwłoki i informujemy, kiedy żądanie zostanie zrealizowane. Jeżeli nasza odpowiedź Cię nie zadowala, możesz zwrócić się do krajowego organu nadzorującego dostępność stron internetowych podmiotów publicznych.
       *[other] Możesz poprosić nas o zapewnienie dostępności strony internetowej lub jej elementu albo o udostępnienie informacji w formie alternatywnej. Prosimy podać swoje dane kontaktowe, wskazać stronę lub element, którego dotyczy prośba, oraz dogodną formę alternatywną. Prośby realizujemy bez zbędnej zwłoki i informujemy, kiedy prośba zostanie zrealizowana.
    }
}
a11y-architecture = Dostępność architektoniczna
a11y-communication = Dostępność komunikacyjno-informacyjna
a11y-communication-text = { $country ->
    [PL] Osoby niesłyszące i słabosłyszące mogą skontaktować się z nami pocztą elektroniczną lub za pośrednictwem tłumacza języka migowego; prosimy o zgłoszenie na trzy dni robocze wcześniej.
   *[other] Osoby niesłyszące i słabosłyszące mogą skontaktować się z nami pisemnie, pocztą elektroniczną.
}
a11y-missing = Strona nie opublikowała jeszcze informacji o dostępności.

status-prospect = Potencjalny partner
status-letter-of-intent = List intencyjny
status-negotiating = Umowa w przygotowaniu
status-active = Aktywne partnerstwo
status-suspended = Zawieszone
status-ended = Zakończone

event-contact = Pierwszy kontakt
event-letter-of-intent = List intencyjny
event-resolution = Uchwała rady
event-agreement = Podpisanie umowy partnerskiej
event-renewal = Odnowienie umowy
event-suspension = Zawieszenie współpracy
event-resumption = Wznowienie współpracy
event-termination = Zakończenie partnerstwa

kind-city = Miasto
kind-municipality = Gmina
kind-district = Okręg
kind-county = Powiat
kind-region = Region
kind-school = Szkoła
kind-institution = Instytucja

area-culture = Kultura
area-education = Edukacja
area-sport = Sport i rekreacja
area-youth = Młodzież
area-seniors = Seniorzy
area-social = Rozwój społeczny
area-environment = Środowisko
area-economy = Gospodarka
area-tourism = Turystyka
area-administration = Administracja publiczna
area-heritage = Dziedzictwo
area-health = Zdrowie
area-science = Nauka

activity-visit = Wizyta
activity-study-visit = Wizyta studyjna
activity-exchange = Wymiana
activity-festival = Festiwal
activity-event = Wydarzenie
activity-project = Projekt
activity-conference = Konferencja
activity-other = Inne

activity-status-planned = Planowane
activity-status-done = Zrealizowane
activity-status-cancelled = Odwołane
