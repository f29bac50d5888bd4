# Publikacije za tisak: letci o svakom partnerstvu, godišnja izvješća i njihov popis.

print-title = Publikacije za tisak
print-intro = Letci o svakom partnerstvu i godišnja izvješća, spremni za tisak. Otvorite jedan u pregledniku i ispišite ga ili preuzmite PDF.
print-folders = { $partners-are ->
    [towns] Letci o gradovima prijateljima
   *[other] Letci o partnerima
}
print-reports = Godišnja izvješća
print-open = Verzija za ispis
print-pdf = PDF
print-shop-pdf = PDF za tiskaru (3 mm za obrez, oznake reza)
print-shop-html = Verzija za tiskaru
print-folder-title = { $home } i { $partner }
print-folder-language = Jezik: { $language }
footer-print = Publikacije za tisak

folder-kicker = { $partners-are ->
    [towns] Gradovi prijatelji
   *[other] Partnerstvo
}
folder-since = Partneri od { $year }.
folder-since-until = Partneri { $from }. – { $until }.
folder-story = Naše partnerstvo
folder-figures = { $partners-are ->
    [towns] Dva grada u brojkama
   *[other] U brojkama
}
folder-achievements = Što smo zajedno ostvarili
folder-plans = Što planiramo
folder-contact = Kontakt
folder-more = { $count ->
    [one] …i još { $count } aktivnost na našem mrežnom mjestu.
   *[other] …i još { $count } aktivnosti na našem mrežnom mjestu.
}
folder-no-achievements = Prve zajedničke aktivnosti tek su pred nama.
folder-no-plans = Nove zajedničke aktivnosti najavit ćemo na našem mrežnom mjestu.
folder-no-achievements-ended = Nisu zabilježene zajedničke aktivnosti.
folder-ended = Partnerstvo je završilo.
folder-online = Više na mrežnom mjestu
folder-partner-website = { $partners-are ->
    [towns] Mrežno mjesto grada prijatelja
   *[other] Mrežno mjesto partnera
}
folder-distance = Udaljenost
folder-distance-value = { $km } km

report-cover-kicker = Godišnje izvješće
report-page = Stranica
report-chart-title = Aktivnosti po područjima { $year }.
report-chart-description = Stupčasti grafikon broja aktivnosti u svakom području suradnje; isti su brojevi u tablici.
