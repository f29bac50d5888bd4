# Az adatvédelmi oldal, a keresés, a hírcsatornák és a nyílt adatok.

footer-privacy = Adatvédelem
footer-data = Nyílt adatok
data-partners-json = Partnerek (JSON)
data-partners-csv = Partnerek (CSV)
data-schedule-ics = Tervezett tevékenységek (iCalendar)
data-feed = Tevékenységek (Atom-hírcsatorna)
schedule-calendar = A tervezett tevékenységek felvétele a naptárába (iCalendar)
feed-title = { $site }: tevékenységek

privacy-title = Adatvédelem és személyes adatok
privacy-intro = { $jurisdiction ->
    [eea] Ez az oldal az általános adatvédelmi rendelet (GDPR) előírásainak megfelelően elmagyarázza, mi történik a személyes adatokkal, amikor Ön ezt a honlapot látogatja.
   *[other] Ez az oldal elmagyarázza, mi történik a személyes adatokkal, amikor Ön ezt a honlapot látogatja.
}
privacy-controller = Ki üzemelteti ezt a honlapot
privacy-controller-text = A honlapon keresztül kezelt személyes adatok adatkezelője: { $organisation }.
privacy-officer = Adatvédelmi tisztviselő
privacy-officer-text = Személyes adatait érintő bármely ügyben forduljon adatvédelmi tisztviselőnkhöz ({ $name }):
privacy-officer-missing = A honlap még nem nevezte meg adatvédelmi tisztviselőjét (privacy a content/site.yaml fájlban).
privacy-none = Amit ez a honlap nem tesz
privacy-none-text = Ez a honlap nem helyez el sütiket, és nem használ elemző, hirdetési vagy követő eszközöket. Semmit sem tölt be más honlapokról: betűtípusai, térképe, szkriptjei és képei a sajátjai. A keresés az Ön böngészőjében működik: amit beír, azt sehová sem küldjük el.
privacy-logs = Szervernaplók
privacy-logs-text = { $jurisdiction ->
    [eea] Mint minden webszerver, e honlap szervere is rögzít minden kérést: az IP-címet, az időpontot, a kért oldal és az arra hivatkozó oldal címét, valamint a böngésző nevét. Ezeket a naplókat kizárólag a honlap működtetésére és biztonságának megőrzésére használjuk (GDPR 6. cikk (1) bekezdés e) és f) pont); nem kapcsoljuk össze őket más adatokkal, és nem használjuk a látogatók azonosítására.
   *[other] Mint minden webszerver, e honlap szervere is rögzít minden kérést: az IP-címet, az időpontot, a kért oldal és az arra hivatkozó oldal címét, valamint a böngésző nevét. Ezeket a naplókat kizárólag a honlap működtetésére és biztonságának megőrzésére használjuk; nem kapcsoljuk össze őket más adatokkal, és nem használjuk a látogatók azonosítására.
}
privacy-logs-host = A honlap tárhelyszolgáltatója { $host }, amely ezeket a naplókat a megbízásunkból őrzi.
privacy-logs-days = { $days ->
    [one] { $days } nap után töröljük őket.
   *[other] { $days } nap után töröljük őket.
}
privacy-links = Hivatkozások más honlapokra
privacy-links-text = { $partners-are ->
    [towns] A testvérvárosok, a programok és mások honlapjaira mutató hivatkozások saját adatvédelmi szabályokkal rendelkező honlapokra vezetnek. Semmit sem küldünk nekik, hacsak nem követ egy hivatkozást.
   *[other] A partnerek, a programok és mások honlapjaira mutató hivatkozások saját adatvédelmi szabályokkal rendelkező honlapokra vezetnek. Semmit sem küldünk nekik, hacsak nem követ egy hivatkozást.
}
privacy-rights = Az Ön jogai
privacy-rights-text = { $jurisdiction ->
    [other] Kérheti, hogy megtekinthesse az Önről általunk tárolt személyes adatokat, és hogy azokat helyesbítsük vagy töröljük. Ehhez írjon az adatvédelmi tisztviselőnek.
   *[eea] Önnek joga van személyes adataihoz hozzáférni, azok helyesbítését vagy törlését kérni, kezelésük korlátozását kérni és az adatkezelés ellen tiltakozni. E jogok gyakorlásához írjon az adatvédelmi tisztviselőnek.
}
privacy-complaint = Joga van továbbá panaszt tenni a felügyeleti hatóságnál: { $authority }.
privacy-complaint-any = Joga van továbbá panaszt tenni az adatvédelmi felügyeleti hatóságnál.
privacy-updated = Utolsó frissítés

search-title = Keresés
search-label = Keresés ezen a honlapon
search-button = Keresés
search-hint = { $partners-are ->
    [towns] Keressen testvérvárost bármelyik nevén, tevékenységet, beszámolót vagy oldalt.
   *[other] Keressen partnert bármelyik nevén, tevékenységet, beszámolót vagy oldalt.
}
search-count = Találatok: { $count }
search-none = Nincs találat. Próbálkozzon más írásmóddal vagy rövidebb szóval.
search-noscript = { $partners-are ->
    [towns] A kereséshez JavaScript szükséges, amely ki van kapcsolva. A partnerek oldala az összes testvérvárost felsorolja.
   *[other] A kereséshez JavaScript szükséges, amely ki van kapcsolva. A partnerek oldala az összes partnert felsorolja.
}
search-kind-partner = { $partners-are ->
    [towns] Testvérváros
   *[other] Partner
}
search-kind-activity = Tevékenység
search-kind-page = Oldal
search-kind-report = Beszámoló
