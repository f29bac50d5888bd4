# Trykksaker: brosjyrer om hvert partnerskap, årsrapporter og en oversikt over dem.

print-title = Trykksaker
print-intro = Brosjyrer om hvert partnerskap og årsrapportene, klare til trykking. Åpne en i nettleseren og skriv den ut, eller last ned PDF-en.
print-folders = { $partners-are ->
    [towns] Brosjyrer om vennskapsbyene
   *[other] Brosjyrer om partnerne
}
print-reports = Årsrapporter
print-open = Utskriftsversjon
print-pdf = PDF
print-shop-pdf = PDF til trykkeriet (3 mm utfallende, skjæremerker)
print-shop-html = Versjon til trykkeriet
print-folder-title = { $home } og { $partner }
print-folder-language = Språk: { $language }
footer-print = Trykksaker

folder-kicker = { $partners-are ->
    [towns] Vennskapsbyer
   *[other] Partnerskap
}
folder-since = Partnere siden { $year }
folder-since-until = Partnere { $from }–{ $until }
folder-story = Vårt partnerskap
folder-figures = { $partners-are ->
    [towns] To byer i tall
   *[other] I tall
}
folder-achievements = Dette har vi gjort sammen
folder-plans = Dette planlegger vi
folder-contact = Kontakt
folder-more = { $count ->
    [one] …og { $count } aktivitet til på nettstedet vårt.
   *[other] …og { $count } aktiviteter til på nettstedet vårt.
}
folder-no-achievements = De første felles aktivitetene våre ligger foran oss.
folder-no-plans = Nye felles aktiviteter blir kunngjort på nettstedet vårt.
folder-no-achievements-ended = Ingen felles aktiviteter er registrert.
folder-ended = Partnerskapet er avsluttet.
folder-online = Mer på nettstedet
folder-partner-website = { $partners-are ->
    [towns] Vennskapsbyens nettsted
   *[other] Partnerens nettsted
}
folder-distance = Avstand
folder-distance-value = { $km } km

report-cover-kicker = Årsrapport
report-page = Side
report-chart-title = Aktiviteter etter område i { $year }
report-chart-description = Et stolpediagram over antall aktiviteter innen hvert samarbeidsområde; de samme tallene står i tabellen.
