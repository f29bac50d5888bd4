# Publicacions per imprimir: fullets de cada agermanament, memòries anuals i el seu índex.

print-title = Publicacions per imprimir
print-intro = Fullets sobre cada agermanament i les memòries anuals, a punt per imprimir. Obriu-ne un al navegador i imprimiu-lo, o baixeu-ne el PDF.
print-folders = { $partners-are ->
    [towns] Fullets de les ciutats agermanades
   *[other] Fullets dels socis
}
print-reports = Memòries anuals
print-open = Versió per imprimir
print-pdf = PDF
print-shop-pdf = PDF per a la impremta (3 mm de sagnat, marques de tall)
print-shop-html = Versió per a la impremta
print-folder-title = { $home } i { $partner }
print-folder-language = En { $language }
footer-print = Publicacions per imprimir

folder-kicker = { $partners-are ->
    [towns] Ciutats agermanades
   *[other] Agermanament
}
folder-since = Agermanades des del { $year }
folder-since-until = Agermanades del { $from } al { $until }
folder-story = El nostre agermanament
folder-figures = { $partners-are ->
    [towns] Dues ciutats en xifres
   *[other] En xifres
}
folder-achievements = El que hem fet junts
folder-plans = El que preparem
folder-contact = Contacte
folder-more = { $count ->
    [one] …i { $count } activitat més al nostre lloc web.
   *[other] …i { $count } activitats més al nostre lloc web.
}
folder-no-achievements = Les nostres primeres activitats conjuntes encara han d’arribar.
folder-no-plans = Les noves activitats conjuntes s’anunciaran al nostre lloc web.
folder-no-achievements-ended = No hi ha activitats conjuntes registrades.
folder-ended = L’agermanament ha finalitzat.
folder-online = Més informació al lloc web
folder-partner-website = { $partners-are ->
    [towns] Lloc web de la ciutat agermanada
   *[other] Lloc web del soci
}
folder-distance = Distància
folder-distance-value = { $km } km

report-cover-kicker = Memòria anual
report-page = Pàgina
report-chart-title = Activitats per àmbit el { $year }
report-chart-description = Un gràfic de barres amb el nombre d’activitats de cada àmbit de cooperació; les mateixes xifres figuren a la taula.
