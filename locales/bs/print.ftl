# Publikacije za štampu: flajeri o svakom partnerstvu, godišnji izvještaji i njihov spisak.

print-title = Publikacije za štampu
print-intro = Flajeri o svakom partnerstvu i godišnji izvještaji, spremni za štampu. Otvorite jedan u pregledniku i odštampajte ga ili preuzmite PDF.
print-folders = { $partners-are ->
    [towns] Flajeri o bratskim gradovima
   *[other] Flajeri o partnerima
}
print-reports = Godišnji izvještaji
print-open = Verzija za štampu
print-pdf = PDF
print-shop-pdf = PDF za štampariju (3 mm za obrez, oznake za rezanje)
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
    [one] …i još { $count } aktivnost na našoj web stranici.
   *[other] …i još { $count } aktivnosti na našoj web stranici.
}
folder-no-achievements = Prve zajedničke aktivnosti tek su pred nama.
folder-no-plans = Nove zajedničke aktivnosti najavit ćemo na našoj web stranici.
folder-no-achievements-ended = Nisu zabilježene zajedničke aktivnosti.
folder-ended = Partnerstvo je okončano.
folder-online = Više na web stranici
folder-partner-website = { $partners-are ->
    [towns] Web stranica bratskog grada
   *[other] Web stranica partnera
}
folder-distance = Udaljenost
folder-distance-value = { $km } km

report-cover-kicker = Godišnji izvještaj
report-page = Stranica
report-chart-title = Aktivnosti po oblastima u { $year }. godini
report-chart-description = Stupčasti grafikon broja aktivnosti u svakoj oblasti saradnje; isti brojevi su u tabeli.
