# Publikácie na tlač: letáky o partnerstvách, výročné správy a ich prehľad.

print-title = Publikácie na tlač
print-intro = Letáky o jednotlivých partnerstvách a výročné správy pripravené na tlač. Otvorte ich v prehliadači a vytlačte, alebo si stiahnite PDF.
print-folders = { $partners-are ->
    [towns] Letáky o partnerských mestách
   *[other] Letáky o partneroch
}
print-reports = Výročné správy
print-open = Verzia na tlač
print-pdf = PDF
print-shop-pdf = PDF pre tlačiareň (3 mm spadávka, orezové značky)
print-shop-html = Verzia pre tlačiareň
print-folder-title = { $home } a { $partner }
print-folder-language = Jazyk: { $language }
footer-print = Publikácie na tlač

folder-kicker = { $partners-are ->
    [towns] Partnerské mestá
   *[other] Partnerstvo
}
folder-since = Partneri od roku { $year }
folder-since-until = Partneri v rokoch { $from }–{ $until }
folder-story = Naše partnerstvo
folder-figures = { $partners-are ->
    [towns] Dve mestá v číslach
   *[other] V číslach
}
folder-achievements = Čo sme spolu urobili
folder-plans = Čo pripravujeme
folder-contact = Kontakt
folder-more = { $count ->
    [one] …a ešte { $count } aktivita na našej webovej stránke.
    [few] …a ešte { $count } aktivity na našej webovej stránke.
    [many] …a ešte { $count } aktivity na našej webovej stránke.
   *[other] …a ešte { $count } aktivít na našej webovej stránke.
}
folder-no-achievements = Prvé spoločné aktivity sú ešte pred nami.
folder-no-plans = Nové spoločné aktivity oznámime na našej webovej stránke.
folder-no-achievements-ended = Nie sú zaznamenané žiadne spoločné aktivity.
folder-ended = Partnerstvo sa skončilo.
folder-online = Viac na webovej stránke
folder-partner-website = { $partners-are ->
    [towns] Webová stránka partnerského mesta
   *[other] Webová stránka partnera
}
folder-distance = Vzdialenosť
folder-distance-value = { $km } km

report-cover-kicker = Výročná správa
report-page = Strana
report-chart-title = Aktivity podľa oblastí v roku { $year }
report-chart-description = Stĺpcový graf počtu aktivít v jednotlivých oblastiach spolupráce; rovnaké údaje sú v tabuľke.
