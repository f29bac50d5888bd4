# Trycksaker: foldrar om vänorterna, årsrapporter och en förteckning över dem.

print-title = Trycksaker
print-intro = Foldrar om varje partnerskap och årsrapporterna, klara att skriva ut. Öppna en trycksak i webbläsaren och skriv ut den, eller ladda ner PDF-filen.
print-folders = { $partners-are ->
    [towns] Foldrar om vänorterna
   *[other] Foldrar om partnerna
}
print-reports = Årsrapporter
print-open = Utskriftsversion
print-pdf = PDF
print-shop-pdf = PDF för tryckeriet (3 mm utfall, skärmärken)
print-shop-html = Version för tryckeriet
print-folder-title = { $home } och { $partner }
print-folder-language = Språk: { $language }
footer-print = Trycksaker

folder-kicker = { $partners-are ->
    [towns] Vänorter
   *[other] Partnerskap
}
folder-since = Partner sedan { $year }
folder-since-until = Partner { $from }–{ $until }
folder-story = Vårt partnerskap
folder-figures = { $partners-are ->
    [towns] Två orter i siffror
   *[other] I siffror
}
folder-achievements = Det här har vi gjort tillsammans
folder-plans = Det här planerar vi
folder-contact = Kontakt
folder-more = { $count ->
    [one] …och ytterligare { $count } aktivitet på vår webbplats.
   *[other] …och ytterligare { $count } aktiviteter på vår webbplats.
}
folder-no-achievements = Våra första gemensamma aktiviteter ligger fortfarande framför oss.
folder-no-plans = Nya gemensamma aktiviteter meddelas på vår webbplats.
folder-no-achievements-ended = Inga gemensamma aktiviteter finns registrerade.
folder-ended = Partnerskapet har upphört.
folder-online = Mer på webbplatsen
folder-partner-website = Partnerns webbplats
folder-distance = Avstånd
folder-distance-value = { $km } km

report-cover-kicker = Årsrapport
report-page = Sida
report-chart-title = Aktiviteter per område under { $year }
report-chart-description = Stapeldiagram över antalet aktiviteter inom varje samarbetsområde. Samma siffror finns i tabellen.
