# Spaudiniai: lankstinukai apie partnerystes, metinės ataskaitos ir jų sąrašas.

print-title = Spaudiniai
print-intro = Lankstinukai apie kiekvieną partnerystę ir metinės ataskaitos, paruošti spausdinti. Atverkite leidinį naršyklėje ir išspausdinkite jį arba atsisiųskite PDF failą.
print-folders = { $partners-are ->
    [towns] Lankstinukai apie miestus partnerius
   *[other] Lankstinukai apie partnerius
}
print-reports = Metinės ataskaitos
print-open = Versija spausdinti
print-pdf = PDF
print-shop-pdf = PDF spaustuvei (3 mm užlaida, pjovimo žymės)
print-shop-html = Versija spaustuvei
print-folder-title = { $home } ir { $partner }
print-folder-language = Kalba: { $language }
footer-print = Spaudiniai

folder-kicker = { $partners-are ->
    [towns] Miestai partneriai
   *[other] Partnerystė
}
folder-since = Partneriai nuo { $year } m.
folder-since-until = Partneriai { $from }–{ $until } m.
folder-story = Mūsų partnerystė
folder-figures = { $partners-are ->
    [towns] Du miestai skaičiais
   *[other] Skaičiais
}
folder-achievements = Ką nuveikėme kartu
folder-plans = Ką planuojame
folder-contact = Kontaktai
folder-more = { $count ->
    [one] …ir dar { $count } veikla mūsų interneto svetainėje.
    [few] …ir dar { $count } veiklos mūsų interneto svetainėje.
    [many] …ir dar { $count } veiklos mūsų interneto svetainėje.
   *[other] …ir dar { $count } veiklų mūsų interneto svetainėje.
}
folder-no-achievements = Pirmosios bendros veiklos dar prieš akis.
folder-no-plans = Apie naujas bendras veiklas pranešime mūsų interneto svetainėje.
folder-no-achievements-ended = Bendra veikla neužregistruota.
folder-ended = Partnerystė baigėsi.
folder-online = Daugiau informacijos interneto svetainėje
folder-partner-website = Partnerio interneto svetainė
folder-distance = Atstumas
folder-distance-value = { $km } km

report-cover-kicker = Metinė ataskaita
report-page = Puslapis
report-chart-title = { $year } m. veikla pagal sritis
report-chart-description = Stulpelinė diagrama, rodanti veiklų skaičių kiekvienoje bendradarbiavimo srityje; tie patys skaičiai pateikti lentelėje.
