# Publications à imprimer : dépliants sur les partenariats, rapports annuels et leur liste.

print-title = Publications à imprimer
print-intro = Des dépliants sur chaque partenariat et les rapports annuels, prêts à imprimer. Ouvrez une publication dans votre navigateur pour l’imprimer, ou téléchargez le PDF.
print-folders = { $partners-are ->
    [towns] Dépliants sur les villes partenaires
   *[other] Dépliants sur les partenaires
}
print-reports = Rapports annuels
print-open = Version imprimable
print-pdf = PDF
print-shop-pdf = PDF pour l’imprimeur (fond perdu de 3 mm, traits de coupe)
print-shop-html = Version pour l’imprimeur
print-folder-title = { $home } et { $partner }
print-folder-language = Langue : { $language }
footer-print = Publications à imprimer

folder-kicker = { $partners-are ->
    [towns] Villes partenaires
   *[other] Partenariat
}
folder-since = Partenaires depuis { $year }
folder-since-until = Partenaires de { $from } à { $until }
folder-story = Notre partenariat
folder-figures = { $partners-are ->
    [towns] Deux villes en chiffres
   *[other] En chiffres
}
folder-achievements = Ce que nous avons réalisé ensemble
folder-plans = Nos projets à venir
folder-contact = Contact
folder-more = { $count ->
    [one] …et { $count } autre activité sur notre site internet.
   *[other] …et { $count } autres activités sur notre site internet.
}
folder-no-achievements = Nos premières activités communes sont encore à venir.
folder-no-plans = Les nouvelles activités communes seront annoncées sur notre site internet.
folder-no-achievements-ended = Aucune activité commune n’est enregistrée.
folder-ended = Le partenariat a pris fin.
folder-online = Plus d’informations sur le site internet
folder-partner-website = Site internet du partenaire
folder-distance = Distance
folder-distance-value = { $km } km

report-cover-kicker = Rapport annuel
report-page = Page
report-chart-title = Activités par domaine en { $year }
report-chart-description = Diagramme en barres du nombre d’activités dans chaque domaine de coopération. Les mêmes chiffres figurent dans le tableau.
