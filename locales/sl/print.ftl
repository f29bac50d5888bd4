# Publikacije za tisk: zgibanke o vsakem partnerstvu, letna poročila in njihov seznam.

print-title = Publikacije za tisk
print-intro = Zgibanke o vsakem partnerstvu in letna poročila, pripravljene za tisk. Odprite eno v brskalniku in jo natisnite ali prenesite PDF.
print-folders = { $partners-are ->
    [towns] Zgibanke o pobratenih mestih
   *[other] Zgibanke o partnerjih
}
print-reports = Letna poročila
print-open = Različica za tisk
print-pdf = PDF
print-shop-pdf = PDF za tiskarno (3 mm za porezavo, oznake za rez)
print-shop-html = Različica za tiskarno
print-folder-title = { $home } in { $partner }
print-folder-language = Jezik: { $language }
footer-print = Publikacije za tisk

folder-kicker = { $partners-are ->
    [towns] Pobratena mesta
   *[other] Partnerstvo
}
folder-since = Partnerja od leta { $year }
folder-since-until = Partnerja od leta { $from } do leta { $until }
folder-story = Naše partnerstvo
folder-figures = { $partners-are ->
    [towns] Dve mesti v številkah
   *[other] V številkah
}
folder-achievements = Kaj smo naredili skupaj
folder-plans = Kaj načrtujemo
folder-contact = Kontakt
folder-more = { $count ->
    [one] …in še { $count } dejavnost na našem spletišču.
   *[other] …in še { $count } dejavnosti na našem spletišču.
}
folder-no-achievements = Prve skupne dejavnosti so še pred nami.
folder-no-plans = Nove skupne dejavnosti bomo objavili na našem spletišču.
folder-no-achievements-ended = Skupne dejavnosti niso zabeležene.
folder-ended = Partnerstvo se je končalo.
folder-online = Več na spletišču
folder-partner-website = { $partners-are ->
    [towns] Spletišče pobratenega mesta
   *[other] Spletišče partnerja
}
folder-distance = Razdalja
folder-distance-value = { $km } km

report-cover-kicker = Letno poročilo
report-page = Stran
report-chart-title = Dejavnosti po področjih v letu { $year }
report-chart-description = Stolpčni diagram števila dejavnosti na vsakem področju sodelovanja; iste številke so v preglednici.
