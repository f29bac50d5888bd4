# Stranica o privatnosti, pretraga, feedovi i otvoreni podaci.

footer-privacy = Privatnost
footer-data = Otvoreni podaci
data-partners-json = Partneri (JSON)
data-partners-csv = Partneri (CSV)
data-schedule-ics = Planirane aktivnosti (iCalendar)
data-feed = Aktivnosti (Atom feed)
schedule-calendar = Dodajte planirane aktivnosti u svoj kalendar (iCalendar)
feed-title = { $site }: aktivnosti

privacy-title = Privatnost i lični podaci
privacy-intro = { $jurisdiction ->
    [eea] Ova stranica objašnjava, kako to zahtijeva Opća uredba o zaštiti podataka (GDPR), šta se dešava sa ličnim podacima kada posjetite ovu web stranicu.
   *[other] Ova stranica objašnjava šta se dešava sa ličnim podacima kada posjetite ovu web stranicu.
}
privacy-controller = Ko vodi ovu web stranicu
privacy-controller-text = Kontrolor ličnih podataka koji se obrađuju preko ove web stranice je { $organisation }.
privacy-officer = Službenik za zaštitu ličnih podataka
privacy-officer-text = Za sva pitanja u vezi sa vašim ličnim podacima možete se obratiti našem službeniku za zaštitu ličnih podataka, { $name }:
privacy-officer-missing = Web stranica još nije navela službenika za zaštitu ličnih podataka (privacy u content/site.yaml).
privacy-none = Šta ova web stranica ne radi
privacy-none-text = Ova web stranica ne postavlja kolačiće i ne koristi alate za analitiku, oglašavanje ili praćenje. Ne učitava ništa s drugih web stranica: njeni fontovi, mapa, skripte i slike su njeni. Pretraga radi u vašem pregledniku: ono što ukucate ne šalje se nikuda.
privacy-logs = Evidencija servera
privacy-logs-text = { $jurisdiction ->
    [eea] Kao i svaki web server, server ove web stranice bilježi svaki zahtjev: IP adresu, vrijeme, adresu tražene stranice i stranice koja je na nju uputila, i naziv preglednika. Ti zapisi koriste se samo za rad web stranice i njenu sigurnost (član 6(1)(e) i (f) GDPR-a); ne povezuju se sa drugim podacima i ne koriste se za identifikaciju posjetilaca.
   *[other] Kao i svaki web server, server ove web stranice bilježi svaki zahtjev: IP adresu, vrijeme, adresu tražene stranice i stranice koja je na nju uputila, i naziv preglednika. Ti zapisi koriste se samo za rad web stranice i njenu sigurnost; ne povezuju se sa drugim podacima i ne koriste se za identifikaciju posjetilaca.
}
privacy-logs-host = Web stranicu hostuje { $host }, koji te zapise čuva u naše ime.
privacy-logs-days = { $days ->
    [one] Brišu se poslije { $days } dana.
   *[other] Brišu se poslije { $days } dana.
}
privacy-links = Linkovi ka drugim web stranicama
privacy-links-text = { $partners-are ->
    [towns] Linkovi ka web stranicama bratskih gradova, programa i drugih vode na web stranice s vlastitim pravilima o privatnosti. Njima se ništa ne šalje ako ne pratite link.
   *[other] Linkovi ka web stranicama partnera, programa i drugih vode na web stranice s vlastitim pravilima o privatnosti. Njima se ništa ne šalje ako ne pratite link.
}
privacy-rights = Vaša prava
privacy-rights-text = { $jurisdiction ->
    [other] Možete zatražiti uvid u lične podatke koje čuvamo o vama, kao i njihovu ispravku ili brisanje. Da biste to učinili, pišite službeniku za zaštitu ličnih podataka.
   *[eea] Imate pravo na pristup svojim ličnim podacima, na njihovu ispravku ili brisanje, na ograničenje obrade i na prigovor na obradu. Da biste ostvarili ta prava, pišite službeniku za zaštitu ličnih podataka.
}
privacy-complaint = Imate i pravo da podnesete prigovor nadzornom organu: { $authority }.
privacy-complaint-any = Imate i pravo da podnesete prigovor nadzornom organu za zaštitu ličnih podataka.
privacy-updated = Posljednje ažuriranje

search-title = Pretraga
search-label = Pretražite ovu web stranicu
search-button = Traži
search-hint = { $partners-are ->
    [towns] Pronađite bratski grad po bilo kom od njegovih imena, aktivnost, izvještaj ili stranicu.
   *[other] Pronađite partnera po bilo kom od njegovih imena, aktivnost, izvještaj ili stranicu.
}
search-count = Rezultati: { $count }
search-none = Ništa nije pronađeno. Pokušajte s drugačijim pisanjem ili kraćom riječju.
search-noscript = { $partners-are ->
    [towns] Za pretragu je potreban JavaScript, koji je isključen. Stranica sa partnerima navodi sve bratske gradove.
   *[other] Za pretragu je potreban JavaScript, koji je isključen. Stranica sa partnerima navodi sve partnere.
}
search-kind-partner = { $partners-are ->
    [towns] Bratski grad
   *[other] Partner
}
search-kind-activity = Aktivnost
search-kind-page = Stranica
search-kind-report = Izvještaj
