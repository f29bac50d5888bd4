# Texty rozhraní twinpress, česky.

language-self = Čeština
site-skip = Přejít na obsah
site-menu = Menu
site-languages = Jazyk
site-main-menu = Hlavní nabídka
site-description = { $home }: mezinárodní partnerství.
footer-contact = Kontakt
footer-accessibility = Prohlášení o přístupnosti
footer-programmes = Dotační programy
footer-sitemap = Mapa stránek

nav-home = Úvodní stránka
nav-partners = Partneři
nav-activities = Aktivity
nav-schedule = Plánované návštěvy
nav-reports = Zpráva
nav-programmes = Programy

home-intro = { $home } má { $partners ->
    [one] jednoho partnera
    [few] { $partners } partnery
    [many] { $partners } partnera
   *[other] { $partners } partnerů
} { $countries ->
    [one] v jedné zemi
    [few] ve { $countries } zemích
    [many] v { $countries } země
   *[other] v { $countries } zemích
}.
home-partners = Naši partneři
home-latest = Nejnovější aktivity
home-planned = Připravujeme
home-all-partners = Všichni partneři
home-all-partners-count = Všichni partneři ({ $count })
home-all-activities = Všechny aktivity
home-full-schedule = Celý harmonogram

partners-title = { $partners-are ->
    [towns] Partnerská města
   *[other] Partneři
}
partners-intro = { $count ->
    [one] Jeden partner.
    [few] { $count } partneři.
    [many] { $count } partnera.
   *[other] { $count } partnerů.
}
partners-count = { $count ->
    [one] Jeden partner
    [few] { $count } partneři
    [many] { $count } partnera
   *[other] { $count } partnerů
}
partners-country-title = { $partners-are ->
    [towns] Partnerská města
   *[other] Partneři
}: { $country }
partners-countries = Partneři podle zemí
partners-empty = Zatím nejsou uvedeni žádní partneři.
partner-status = Stav
partner-facts = Základní údaje
partner-about = Představení
partner-common-ground = Co nás spojuje
partner-photos = Fotografie
photo-credit = Foto:
partner-documents = Dokumenty
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Mapa partnerských měst
   *[other] Mapa partnerů
}
map-desc = { $home }: čáry vedou ke každému partnerovi a uvádějí vzdálenost v kilometrech.
partner-areas = Oblasti spolupráce
partner-timeline = Historie partnerství
partner-activities = Společné aktivity
partner-planned = Plánováno
partner-no-activities = Zatím nejsou zaznamenány žádné společné aktivity.
partner-own-name = V místním jazyce

fact-country = Země
fact-region = Region
fact-kind = Typ
fact-population = Počet obyvatel
fact-area = Rozloha
fact-area-value = { $area } km²
fact-mayor = Starosta
fact-languages = Jazyky
fact-website = Webové stránky
facts-as-of = stav k roku { $year }

timeline-signatories = Podepsali
timeline-reference = Právní základ
timeline-document-link = Dokument ({ $kind }, { $size })

text-in-other-language = Tento text není v tomto jazyce k dispozici; zobrazujeme jej v jazyce: { $language }.

activities-title = Aktivity
activities-empty = Zatím nejsou zaznamenány žádné aktivity.
activities-year-title = Aktivity v roce { $year }
activities-years = Aktivity podle let
activities-count = { $count ->
    [one] Jedna aktivita
    [few] { $count } aktivity
    [many] { $count } aktivity
   *[other] { $count } aktivit
}
activity-partners = Partneři
activity-place = Místo
activity-organiser = Pořadatel
activity-programme = Program
activity-areas = Oblasti
activity-participants = { $count ->
    [one] { $count } účastník
    [few] { $count } účastníci
    [many] { $count } účastníka
   *[other] { $count } účastníků
}

schedule-title = Plánované návštěvy a aktivity
schedule-intro = Studijní návštěvy a výměny plánované s našimi partnery.
schedule-empty = V současné době není nic naplánováno.

reports-title = Výroční zprávy
report-title = Zpráva za rok { $year }
report-contents = Obsah
report-figures = Rok v číslech
report-by-partner = Aktivity podle partnerů
report-by-area = Aktivity podle oblastí
report-other = Ostatní aktivity
report-area-count = Aktivity
figure-activities = Aktivity
figure-participants = Účastníci
figure-partners = Zapojení partneři
figure-programmes = Využité dotační programy
figure-planned = Ještě plánováno

programmes-title = Dotační programy
programme-website = Webové stránky programu
programme-activities = { $count ->
    [one] Jedna aktivita
    [few] { $count } aktivity
    [many] { $count } aktivity
   *[other] { $count } aktivit
}

page-contents = Na této stránce
page-documents = Dokumenty

notfound-title = Stránka nenalezena
notfound-text = Stránka, kterou hledáte, neexistuje nebo byla přesunuta.
notfound-home = Přejít na úvodní stránku

a11y-title = Prohlášení o přístupnosti
a11y-intro = { $organisation } se zavazuje zpřístupnit své internetové stránky v souladu { $country ->
    [PL] s polským zákonem ze dne 4. dubna 2019 o digitální přístupnosti internetových stránek a mobilních aplikací veřejných subjektů
    [CZ] se zákonem č. 99/2019 Sb., o přístupnosti internetových stránek a mobilních aplikací
   *[other] { $jurisdiction ->
        [eea] s vnitrostátními právními předpisy, kterými se provádí směrnice (EU) 2016/2102
       *[other] s Pravidly pro přístupnost webového obsahu (WCAG) 2.1 na úrovni AA
    }
}. Toto prohlášení o přístupnosti se vztahuje na internetové stránky
a11y-dates = Důležitá data
a11y-published = Datum zveřejnění internetových stránek
a11y-updated = Datum poslední významné aktualizace
a11y-compliance = Stav souladu
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] se zákonem o digitální přístupnosti
    [CZ] se zákonem č. 99/2019 Sb.
   *[other] s požadavky na přístupnost
}
a11y-status-full = Tyto internetové stránky jsou plně v souladu { a11y-law }.
a11y-status-partial = Tyto internetové stránky jsou částečně v souladu { a11y-law }, a to z důvodu níže uvedených nesouladů.
a11y-status-none = Tyto internetové stránky nejsou v souladu { a11y-law }.
a11y-exceptions = Nepřístupný obsah
a11y-contact = Zpětná vazba a kontaktní údaje
a11y-contact-text = Máte-li potíže s používáním internetových stránek, kontaktujte nás, prosím. Kontaktní osobou je
a11y-contact-any = Máte-li potíže s používáním internetových stránek, kontaktujte nás, prosím.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-mail
a11y-phone = Telefon
a11y-procedure = Postup pro vymáhání práva
a11y-procedure-text = { $country ->
    [PL] Každý má právo požádat o zpřístupnění internetových stránek nebo některé jejich části, případně o poskytnutí informací v alternativní podobě. Žádost musí obsahovat kontaktní údaje žadatele, označení stránky nebo prvku, kterého se týká, a požadovanou alternativní podobu. Žádosti vyřizujeme bez zbytečného odkladu, nejpozději do 7 dnů; pokud to není možné, sdělíme vám, kdy bude žádost vyřízena, nejpozději však do 2 měsíců. V případě odmítnutí můžete podat stížnost a po vyčerpání tohoto postupu se obrátit na polského veřejného ochránce práv (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Každý má právo požádat o zpřístupnění internetových stránek nebo některé jejich části, případně o poskytnutí informací v alternativní podobě. V žádosti uveďte své kontaktní údaje, stránku nebo prvek, kterého se týká, a požadovanou podobu. Žádosti vyřizujeme bez zbytečného odkladu a sdělíme vám, kdy bude vaše žádost vyřízena. Nejste-li s naší odpovědí spokojeni, můžete se obrátit na vnitrostátní orgán, který dohlíží na přístupnost internetových stránek veřejných subjektů.
       *[other] Můžete nás požádat o zpřístupnění internetových stránek nebo některé jejich části, případně o poskytnutí informací v alternativní podobě. V žádosti uveďte své kontaktní údaje, stránku nebo prvek, kterého se týká, a požadovanou podobu. Žádosti vyřizujeme bez zbytečného odkladu a sdělíme vám, kdy bude vaše žádost vyřízena.
    }
}
a11y-architecture = Architektonická přístupnost
a11y-communication = Komunikační přístupnost
a11y-communication-text = { $country ->
    [PL] Neslyšící a nedoslýchaví nás mohou kontaktovat e-mailem nebo prostřednictvím tlumočníka znakového jazyka; prosíme o oznámení tři pracovní dny předem.
   *[other] Neslyšící a nedoslýchaví nás mohou kontaktovat písemně, e-mailem.
}
a11y-missing = Stránky zatím nezveřejnily informace o přístupnosti.

status-prospect = Potenciální partner
status-letter-of-intent = Dopis o záměru
status-negotiating = Partnerská smlouva v přípravě
status-active = Aktivní partnerství
status-suspended = Pozastaveno
status-ended = Ukončeno

event-contact = První kontakt
event-letter-of-intent = Dopis o záměru
event-resolution = Usnesení zastupitelstva
event-agreement = Podpis partnerské smlouvy
event-renewal = Prodloužení smlouvy
event-suspension = Pozastavení spolupráce
event-resumption = Obnovení spolupráce
event-termination = Ukončení partnerství

kind-city = Město
kind-municipality = Obec
kind-district = Obvod
kind-county = Okres
kind-region = Region
kind-school = Škola
kind-institution = Instituce

area-culture = Kultura
area-education = Vzdělávání
area-sport = Sport a volný čas
area-youth = Mládež
area-seniors = Senioři
area-social = Sociální rozvoj
area-environment = Životní prostředí
area-economy = Hospodářství
area-tourism = Cestovní ruch
area-administration = Veřejná správa
area-heritage = Kulturní dědictví
area-health = Zdraví
area-science = Věda

activity-visit = Návštěva
activity-study-visit = Studijní návštěva
activity-exchange = Výměna
activity-festival = Festival
activity-event = Akce
activity-project = Projekt
activity-conference = Konference
activity-other = Jiné

activity-status-planned = Plánováno
activity-status-done = Uskutečněno
activity-status-cancelled = Zrušeno
