# Publicații de tipărit: pliantele fiecărui parteneriat, rapoartele anuale și indexul lor.

print-title = Publicații de tipărit
print-intro = Pliante despre fiecare parteneriat și rapoartele anuale, gata de tipărit. Deschideți unul în browser și tipăriți-l sau descărcați PDF-ul.
print-folders = { $partners-are ->
    [towns] Pliantele orașelor înfrățite
   *[other] Pliantele partenerilor
}
print-reports = Rapoarte anuale
print-open = Versiune de tipărit
print-pdf = PDF
print-shop-pdf = PDF pentru tipografie (3 mm de bleed, semne de tăiere)
print-shop-html = Versiune pentru tipografie
print-folder-title = { $home } și { $partner }
print-folder-language = Limba: { $language }
footer-print = Publicații de tipărit

folder-kicker = { $partners-are ->
    [towns] Orașe înfrățite
   *[other] Parteneriat
}
folder-since = Parteneri din { $year }
folder-since-until = Parteneri între { $from } și { $until }
folder-story = Parteneriatul nostru
folder-figures = { $partners-are ->
    [towns] Două orașe în cifre
   *[other] În cifre
}
folder-achievements = Ce am realizat împreună
folder-plans = Ce pregătim
folder-contact = Contact
folder-more = { $count ->
    [one] …și încă { $count } activitate pe site-ul nostru.
    [few] …și încă { $count } activități pe site-ul nostru.
   *[other] …și încă { $count } de activități pe site-ul nostru.
}
folder-no-achievements = Primele noastre activități comune urmează să aibă loc.
folder-no-plans = Noile activități comune vor fi anunțate pe site-ul nostru.
folder-no-achievements-ended = Nu sunt înregistrate activități comune.
folder-ended = Parteneriatul s-a încheiat.
folder-online = Mai multe pe site
folder-partner-website = { $partners-are ->
    [towns] Site-ul orașului înfrățit
   *[other] Site-ul partenerului
}
folder-distance = Distanța
folder-distance-value = { $km } km

report-cover-kicker = Raport anual
report-page = Pagina
report-chart-title = Activități pe domenii în { $year }
report-chart-description = O diagramă cu bare a numărului de activități din fiecare domeniu de cooperare; aceleași cifre sunt în tabel.
