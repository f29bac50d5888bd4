# Drukwerk: folders over de partnerschappen, jaarverslagen en het overzicht ervan.

print-title = Drukwerk
print-intro = Folders over elk partnerschap en de jaarverslagen, klaar om te printen. Open een publicatie in uw browser en print die, of download de PDF.
print-folders = { $partners-are ->
    [towns] Folders over de partnersteden
   *[other] Folders over de partners
}
print-reports = Jaarverslagen
print-open = Printversie
print-pdf = PDF
print-shop-pdf = PDF voor de drukker (3 mm afloop, snijtekens)
print-shop-html = Versie voor de drukker
print-folder-title = { $home } en { $partner }
print-folder-language = Taal: { $language }
footer-print = Drukwerk

folder-kicker = { $partners-are ->
    [towns] Partnersteden
   *[other] Partnerschap
}
folder-since = Partners sinds { $year }
folder-since-until = Partners van { $from } tot { $until }
folder-story = Ons partnerschap
folder-figures = { $partners-are ->
    [towns] Twee steden in cijfers
   *[other] In cijfers
}
folder-achievements = Wat we samen hebben gedaan
folder-plans = Wat we van plan zijn
folder-contact = Contact
folder-more = { $count ->
    [one] …en nog { $count } activiteit op onze website.
   *[other] …en nog { $count } activiteiten op onze website.
}
folder-no-achievements = Onze eerste gezamenlijke activiteiten moeten nog komen.
folder-no-plans = Nieuwe gezamenlijke activiteiten maken we bekend op onze website.
folder-no-achievements-ended = Er zijn geen gezamenlijke activiteiten vastgelegd.
folder-ended = Het partnerschap is beëindigd.
folder-online = Meer op de website
folder-partner-website = Website van de partner
folder-distance = Afstand
folder-distance-value = { $km } km

report-cover-kicker = Jaarverslag
report-page = Pagina
report-chart-title = Activiteiten per terrein in { $year }
report-chart-description = Staafdiagram van het aantal activiteiten per samenwerkingsterrein; dezelfde cijfers staan in de tabel.
