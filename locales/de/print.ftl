# Druckpublikationen: Faltblätter zu den Partnerschaften, Jahresberichte und ihre Übersicht.

print-title = Druckpublikationen
print-intro = Faltblätter zu jeder Partnerschaft und die Jahresberichte – fertig zum Drucken. Einfach im Browser öffnen und ausdrucken oder als PDF herunterladen.
print-folders = { $partners-are ->
    [towns] Faltblätter zu den Partnerstädten
   *[other] Faltblätter zu den Partnern
}
print-reports = Jahresberichte
print-open = Druckversion
print-pdf = PDF
print-shop-pdf = PDF für die Druckerei (3 mm Beschnitt, Schnittmarken)
print-shop-html = Version für die Druckerei
print-folder-title = { $home } und { $partner }
print-folder-language = Sprache: { $language }
footer-print = Druckpublikationen

folder-kicker = { $partners-are ->
    [towns] Partnerstädte
   *[other] Partnerschaft
}
folder-since = Partner seit { $year }
folder-since-until = Partner { $from }–{ $until }
folder-story = Unsere Partnerschaft
folder-figures = { $partners-are ->
    [towns] Zwei Städte in Zahlen
   *[other] In Zahlen
}
folder-achievements = Was wir gemeinsam erreicht haben
folder-plans = Was wir vorhaben
folder-contact = Kontakt
folder-more = { $count ->
    [one] …und { $count } weitere Aktivität auf unserer Website.
   *[other] …und { $count } weitere Aktivitäten auf unserer Website.
}
folder-no-achievements = Unsere ersten gemeinsamen Aktivitäten liegen noch vor uns.
folder-no-plans = Neue gemeinsame Aktivitäten geben wir auf unserer Website bekannt.
folder-no-achievements-ended = Gemeinsame Aktivitäten sind nicht verzeichnet.
folder-ended = Die Partnerschaft ist beendet.
folder-online = Mehr auf der Website
folder-partner-website = Website des Partners
folder-distance = Entfernung
folder-distance-value = { $km } km

report-cover-kicker = Jahresbericht
report-page = Seite
report-chart-title = Aktivitäten nach Bereich im Jahr { $year }
report-chart-description = Balkendiagramm mit der Zahl der Aktivitäten in jedem Bereich der Zusammenarbeit; dieselben Zahlen stehen in der Tabelle.
