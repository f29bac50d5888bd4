# Pubblicazioni da stampare: pieghevoli sui partenariati, relazioni annuali e relativo elenco.

print-title = Pubblicazioni da stampare
print-intro = Pieghevoli su ciascun partenariato e relazioni annuali, pronti per la stampa. Ogni pubblicazione si può aprire nel browser e stampare, oppure scaricare in PDF.
print-folders = { $partners-are ->
    [towns] Pieghevoli sulle città partner
   *[other] Pieghevoli sui partner
}
print-reports = Relazioni annuali
print-open = Versione stampabile
print-pdf = PDF
print-shop-pdf = PDF per la tipografia (abbondanza di 3 mm, segni di taglio)
print-shop-html = Versione per la tipografia
print-folder-title = { $home } e { $partner }
print-folder-language = Lingua: { $language }
footer-print = Pubblicazioni da stampare

folder-kicker = { $partners-are ->
    [towns] Città partner
   *[other] Partenariato
}
folder-since = Partner dal { $year }
folder-since-until = Partner dal { $from } al { $until }
folder-story = Il nostro partenariato
folder-figures = { $partners-are ->
    [towns] Due città in cifre
   *[other] In cifre
}
folder-achievements = Cosa abbiamo realizzato insieme
folder-plans = Cosa abbiamo in programma
folder-contact = Contatti
folder-more = { $count ->
    [one] …e ancora { $count } attività sul nostro sito web.
   *[other] …e altre { $count } attività sul nostro sito web.
}
folder-no-achievements = Le nostre prime attività comuni devono ancora venire.
folder-no-plans = Le nuove attività comuni saranno annunciate sul nostro sito web.
folder-no-achievements-ended = Non sono registrate attività comuni.
folder-ended = Il partenariato è terminato.
folder-online = Maggiori informazioni sul sito web
folder-partner-website = Sito web del partner
folder-distance = Distanza
folder-distance-value = { $km } km

report-cover-kicker = Relazione annuale
report-page = Pagina
report-chart-title = Attività per ambito nel { $year }
report-chart-description = Grafico a barre del numero di attività in ciascun ambito di cooperazione; gli stessi dati sono riportati nella tabella.
