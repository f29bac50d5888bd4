# Publikacije za štampu: flajeri o svakom partnerstvu, godišnji izveštaji i njihov spisak.

print-title = Publikacije za štampu
print-intro = Flajeri o svakom partnerstvu i godišnji izveštaji, spremni za štampu. Otvorite jedan u pregledaču i odštampajte ga ili preuzmite PDF.
print-folders = { $partners-are ->
    [towns] Flajeri o bratskim gradovima
   *[other] Flajeri o partnerima
}
print-reports = Godišnji izveštaji
print-open = Verzija za štampu
print-pdf = PDF
print-shop-pdf = PDF za štampariju (3 mm za obrez, oznake za sečenje)
print-shop-html = Verzija za štampariju
print-folder-title = { $home } i { $partner }
print-folder-language = Jezik: { $language }
footer-print = Publikacije za štampu

folder-kicker = { $partners-are ->
    [towns] Bratski gradovi
   *[other] Partnerstvo
}
folder-since = Partneri od { $year }.
folder-since-until = Partneri { $from }. – { $until }.
folder-story = Naše partnerstvo
folder-figures = { $partners-are ->
    [towns] Dva grada u brojkama
   *[other] U brojkama
}
folder-achievements = Šta smo zajedno ostvarili
folder-plans = Šta planiramo
folder-contact = Kontakt
folder-more = { $count ->
    [one] …i još { $count } aktivnost na našem veb-sajtu.
   *[other] …i još { $count } aktivnosti na našem veb-sajtu.
}
folder-no-achievements = Prve zajedničke aktivnosti tek su pred nama.
folder-no-plans = Nove zajedničke aktivnosti najavićemo na našem veb-sajtu.
folder-no-achievements-ended = Nisu zabeležene zajedničke aktivnosti.
folder-ended = Partnerstvo je okončano.
folder-online = Više na veb-sajtu
folder-partner-website = { $partners-are ->
    [towns] Veb-sajt bratskog grada
   *[other] Veb-sajt partnera
}
folder-distance = Udaljenost
folder-distance-value = { $km } km

report-cover-kicker = Godišnji izveštaj
report-page = Stranica
report-chart-title = Aktivnosti po oblastima u { $year }. godini
report-chart-description = Stubičasti grafikon broja aktivnosti u svakoj oblasti saradnje; isti brojevi su u tabeli.
