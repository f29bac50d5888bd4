# Tryksager: foldere om hvert partnerskab, årsrapporter og en oversigt over dem.

print-title = Tryksager
print-intro = Foldere om hvert partnerskab og årsrapporterne, klar til tryk. Åbn en i browseren og udskriv den, eller hent PDF'en.
print-folders = { $partners-are ->
    [towns] Foldere om venskabsbyerne
   *[other] Foldere om partnerne
}
print-reports = Årsrapporter
print-open = Udskriftsversion
print-pdf = PDF
print-shop-pdf = PDF til trykkeriet (3 mm beskæring, skæremærker)
print-shop-html = Version til trykkeriet
print-folder-title = { $home } og { $partner }
print-folder-language = Sprog: { $language }
footer-print = Tryksager

folder-kicker = { $partners-are ->
    [towns] Venskabsbyer
   *[other] Partnerskab
}
folder-since = Partnere siden { $year }
folder-since-until = Partnere { $from }–{ $until }
folder-story = Vores partnerskab
folder-figures = { $partners-are ->
    [towns] To byer i tal
   *[other] I tal
}
folder-achievements = Det har vi lavet sammen
folder-plans = Det planlægger vi
folder-contact = Kontakt
folder-more = { $count ->
    [one] …og { $count } aktivitet mere på vores websted.
   *[other] …og { $count } aktiviteter mere på vores websted.
}
folder-no-achievements = Vores første fælles aktiviteter ligger stadig foran os.
folder-no-plans = Nye fælles aktiviteter bliver annonceret på vores websted.
folder-no-achievements-ended = Der er ikke registreret fælles aktiviteter.
folder-ended = Partnerskabet er afsluttet.
folder-online = Mere på webstedet
folder-partner-website = { $partners-are ->
    [towns] Venskabsbyens websted
   *[other] Partnerens websted
}
folder-distance = Afstand
folder-distance-value = { $km } km

report-cover-kicker = Årsrapport
report-page = Side
report-chart-title = Aktiviteter efter område i { $year }
report-chart-description = Et søjlediagram over antallet af aktiviteter inden for hvert samarbejdsområde; de samme tal står i tabellen.
