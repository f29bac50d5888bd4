# Nyomtatható kiadványok: a partnerségek szórólapjai, az éves beszámolók és jegyzékük.

print-title = Nyomtatható kiadványok
print-intro = Szórólapok az egyes partnerségekről és az éves beszámolók, nyomtatásra készen. Nyissa meg őket a böngészőben és nyomtassa ki, vagy töltse le a PDF-et.
print-folders = { $partners-are ->
    [towns] A testvérvárosok szórólapjai
   *[other] A partnerek szórólapjai
}
print-reports = Éves beszámolók
print-open = Nyomtatható változat
print-pdf = PDF
print-shop-pdf = PDF nyomdának (3 mm kifutó, vágójelek)
print-shop-html = Nyomdai változat
print-folder-title = { $home } és { $partner }
print-folder-language = Nyelv: { $language }
footer-print = Nyomtatható kiadványok

folder-kicker = { $partners-are ->
    [towns] Testvérvárosok
   *[other] Partnerség
}
folder-since = Partnerek { $year } óta
folder-since-until = Partnerek voltak: { $from }–{ $until }
folder-story = Partnerségünk
folder-figures = { $partners-are ->
    [towns] Két város számokban
   *[other] Számokban
}
folder-achievements = Amit együtt megvalósítottunk
folder-plans = Amit tervezünk
folder-contact = Kapcsolat
folder-more = { $count ->
    [one] …és még { $count } tevékenység a honlapunkon.
   *[other] …és még { $count } tevékenység a honlapunkon.
}
folder-no-achievements = Első közös tevékenységeink még előttünk állnak.
folder-no-plans = Az új közös tevékenységeket honlapunkon tesszük közzé.
folder-no-achievements-ended = Nincs rögzített közös tevékenység.
folder-ended = A partnerség megszűnt.
folder-online = Bővebben a honlapon
folder-partner-website = { $partners-are ->
    [towns] A testvérváros honlapja
   *[other] A partner honlapja
}
folder-distance = Távolság
folder-distance-value = { $km } km

report-cover-kicker = Éves beszámoló
report-page = Oldal
report-chart-title = Tevékenységek területenként, { $year }
report-chart-description = Oszlopdiagram az együttműködés egyes területein megvalósult tevékenységek számáról; ugyanezek a számok a táblázatban is szerepelnek.
