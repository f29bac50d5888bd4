# Publikace k tisku: letáky o partnerstvích, výroční zprávy a jejich přehled.

print-title = Publikace k tisku
print-intro = Letáky o jednotlivých partnerstvích a výroční zprávy připravené k tisku. Publikaci otevřete v prohlížeči a vytiskněte ji, nebo si stáhněte PDF.
print-folders = { $partners-are ->
    [towns] Letáky o partnerských městech
   *[other] Letáky o partnerech
}
print-reports = Výroční zprávy
print-open = Verze pro tisk
print-pdf = PDF
print-shop-pdf = PDF pro tiskárnu (spadávka 3 mm, ořezové značky)
print-shop-html = Verze pro tiskárnu
print-folder-title = { $home } a { $partner }
print-folder-language = Jazyk: { $language }
footer-print = Publikace k tisku

folder-kicker = { $partners-are ->
    [towns] Partnerská města
   *[other] Partnerská spolupráce
}
folder-since = Partnerství od roku { $year }
folder-since-until = Partnerství v letech { $from }–{ $until }
folder-story = Naše partnerství
folder-figures = { $partners-are ->
    [towns] Dvě města v číslech
   *[other] V číslech
}
folder-achievements = Co jsme společně dokázali
folder-plans = Co chystáme
folder-contact = Kontakt
folder-more = { $count ->
    [one] …a { $count } další aktivita na našich webových stránkách.
    [few] …a { $count } další aktivity na našich webových stránkách.
    [many] …a { $count } další aktivity na našich webových stránkách.
   *[other] …a { $count } dalších aktivit na našich webových stránkách.
}
folder-no-achievements = První společné aktivity nás teprve čekají.
folder-no-plans = O nových společných aktivitách budeme informovat na našich webových stránkách.
folder-no-achievements-ended = Žádné společné aktivity nejsou zaznamenány.
folder-ended = Partnerství bylo ukončeno.
folder-online = Více na webových stránkách
folder-partner-website = Webové stránky partnera
folder-distance = Vzdálenost
folder-distance-value = { $km } km

report-cover-kicker = Výroční zpráva
report-page = Strana
report-chart-title = Aktivity podle oblastí v roce { $year }
report-chart-description = Sloupcový graf počtu aktivit v jednotlivých oblastech spolupráce; stejné údaje jsou uvedeny v tabulce.
