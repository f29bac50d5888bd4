# Stranica o privatnosti, pretraga, fidovi i otvoreni podaci.

footer-privacy = Privatnost
footer-data = Otvoreni podaci
data-partners-json = Partneri (JSON)
data-partners-csv = Partneri (CSV)
data-schedule-ics = Planirane aktivnosti (iCalendar)
data-feed = Aktivnosti (Atom fid)
schedule-calendar = Dodajte planirane aktivnosti u svoj kalendar (iCalendar)
feed-title = { $site }: aktivnosti

privacy-title = Privatnost i podaci o ličnosti
privacy-intro = { $jurisdiction ->
    [eea] Ova stranica objašnjava, kako to zahteva Opšta uredba o zaštiti podataka (GDPR), šta se dešava sa podacima o ličnosti kada posetite ovaj veb-sajt.
   *[other] Ova stranica objašnjava šta se dešava sa podacima o ličnosti kada posetite ovaj veb-sajt.
}
privacy-controller = Ko vodi ovaj veb-sajt
privacy-controller-text = Rukovalac podacima o ličnosti koji se obrađuju preko ovog veb-sajta je { $organisation }.
privacy-officer = Lice za zaštitu podataka o ličnosti
privacy-officer-text = Za sva pitanja u vezi sa vašim podacima o ličnosti možete se obratiti našem licu za zaštitu podataka o ličnosti, { $name }:
privacy-officer-missing = Veb-sajt još nije naveo lice za zaštitu podataka o ličnosti (privacy u content/site.yaml).
privacy-none = Šta ovaj veb-sajt ne radi
privacy-none-text = Ovaj veb-sajt ne postavlja kolačiće i ne koristi alate za analitiku, oglašavanje ili praćenje. Ne učitava ništa sa drugih veb-sajtova: njegovi fontovi, mapa, skripte i slike su njegovi. Pretraga radi u vašem pregledaču: ono što ukucate ne šalje se nikuda.
privacy-logs = Evidencija servera
privacy-logs-text = { $jurisdiction ->
    [eea] Kao i svaki veb-server, server ovog veb-sajta beleži svaki zahtev: IP adresu, vreme, adresu tražene stranice i stranice koja je na nju uputila, i naziv pregledača. Ti zapisi koriste se samo za rad veb-sajta i njegovu bezbednost (član 6(1)(e) i (f) GDPR-a); ne povezuju se sa drugim podacima i ne koriste se za identifikaciju posetilaca.
   *[other] Kao i svaki veb-server, server ovog veb-sajta beleži svaki zahtev: IP adresu, vreme, adresu tražene stranice i stranice koja je na nju uputila, i naziv pregledača. Ti zapisi koriste se samo za rad veb-sajta i njegovu bezbednost; ne povezuju se sa drugim podacima i ne koriste se za identifikaciju posetilaca.
}
privacy-logs-host = Veb-sajt hostuje { $host }, koji te zapise čuva u naše ime.
privacy-logs-days = { $days ->
    [one] Brišu se posle { $days } dana.
   *[other] Brišu se posle { $days } dana.
}
privacy-links = Linkovi ka drugim veb-sajtovima
privacy-links-text = { $partners-are ->
    [towns] Linkovi ka veb-sajtovima bratskih gradova, programa i drugih vode na veb-sajtove sa sopstvenim pravilima o privatnosti. Njima se ništa ne šalje ako ne pratite link.
   *[other] Linkovi ka veb-sajtovima partnera, programa i drugih vode na veb-sajtove sa sopstvenim pravilima o privatnosti. Njima se ništa ne šalje ako ne pratite link.
}
privacy-rights = Vaša prava
privacy-rights-text = { $jurisdiction ->
    [other] Možete da zatražite uvid u podatke o ličnosti koje čuvamo o vama, kao i njihovu ispravku ili brisanje. Da biste to učinili, pišite licu za zaštitu podataka o ličnosti.
   *[eea] Imate pravo na pristup svojim podacima o ličnosti, na njihovu ispravku ili brisanje, na ograničenje obrade i na prigovor na obradu. Da biste ostvarili ta prava, pišite licu za zaštitu podataka o ličnosti.
}
privacy-complaint = Imate i pravo da podnesete pritužbu nadzornom organu: { $authority }.
privacy-complaint-any = Imate i pravo da podnesete pritužbu nadzornom organu za zaštitu podataka o ličnosti.
privacy-updated = Poslednje ažuriranje

search-title = Pretraga
search-label = Pretražite ovaj veb-sajt
search-button = Traži
search-hint = { $partners-are ->
    [towns] Pronađite bratski grad po bilo kom od njegovih imena, aktivnost, izveštaj ili stranicu.
   *[other] Pronađite partnera po bilo kom od njegovih imena, aktivnost, izveštaj ili stranicu.
}
search-count = Rezultati: { $count }
search-none = Ništa nije pronađeno. Pokušajte s drugačijim pisanjem ili kraćom rečju.
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
search-kind-report = Izveštaj
