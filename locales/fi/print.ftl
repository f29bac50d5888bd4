# Painotuotteet: esitteet kustakin kumppanuudesta, vuosiraportit ja niiden luettelo.

print-title = Painotuotteet
print-intro = Esitteet kustakin kumppanuudesta ja vuosiraportit painovalmiina. Avaa esite selaimessa ja tulosta se tai lataa PDF.
print-folders = { $partners-are ->
    [towns] Ystävyyskaupunkien esitteet
   *[other] Kumppanien esitteet
}
print-reports = Vuosiraportit
print-open = Tulostettava versio
print-pdf = PDF
print-shop-pdf = PDF painotaloon (3 mm leikkuuvara, leikkuumerkit)
print-shop-html = Painotalon versio
print-folder-title = { $home } ja { $partner }
print-folder-language = Kieli: { $language }
footer-print = Painotuotteet

folder-kicker = { $partners-are ->
    [towns] Ystävyyskaupungit
   *[other] Kumppanuus
}
folder-since = Kumppaneita vuodesta { $year }
folder-since-until = Kumppaneita { $from }–{ $until }
folder-story = Kumppanuutemme
folder-figures = { $partners-are ->
    [towns] Kaksi kaupunkia lukuina
   *[other] Lukuina
}
folder-achievements = Mitä olemme tehneet yhdessä
folder-plans = Mitä suunnittelemme
folder-contact = Yhteystiedot
folder-more = { $count ->
    [one] …ja vielä { $count } tapahtuma verkkosivustollamme.
   *[other] …ja vielä { $count } tapahtumaa verkkosivustollamme.
}
folder-no-achievements = Ensimmäiset yhteiset tapahtumamme ovat vielä edessä.
folder-no-plans = Uusista yhteisistä tapahtumista kerrotaan verkkosivustollamme.
folder-no-achievements-ended = Yhteistä toimintaa ei ole kirjattu.
folder-ended = Kumppanuus on päättynyt.
folder-online = Lisää verkkosivustolla
folder-partner-website = { $partners-are ->
    [towns] Ystävyyskaupungin verkkosivusto
   *[other] Kumppanin verkkosivusto
}
folder-distance = Etäisyys
folder-distance-value = { $km } km

report-cover-kicker = Vuosiraportti
report-page = Sivu
report-chart-title = Toiminta aloittain vuonna { $year }
report-chart-description = Pylväskaavio tapahtumien määrästä kullakin yhteistyön alalla; samat luvut ovat taulukossa.
