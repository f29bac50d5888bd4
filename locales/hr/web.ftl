# Stranica o privatnosti, pretraživanje, kanali vijesti i otvoreni podaci.

footer-privacy = Privatnost
footer-data = Otvoreni podaci
data-partners-json = Partneri (JSON)
data-partners-csv = Partneri (CSV)
data-schedule-ics = Planirane aktivnosti (iCalendar)
data-feed = Aktivnosti (Atom)
schedule-calendar = Dodajte planirane aktivnosti u svoj kalendar (iCalendar)
feed-title = { $site }: aktivnosti

privacy-title = Privatnost i osobni podaci
privacy-intro = { $jurisdiction ->
    [eea] Ova stranica objašnjava, kako to zahtijeva Opća uredba o zaštiti podataka (GDPR), što se događa s osobnim podacima kada posjetite ovo mrežno mjesto.
   *[other] Ova stranica objašnjava što se događa s osobnim podacima kada posjetite ovo mrežno mjesto.
}
privacy-controller = Tko vodi ovo mrežno mjesto
privacy-controller-text = Voditelj obrade osobnih podataka koji se obrađuju putem ovog mrežnog mjesta je { $organisation }.
privacy-officer = Službenik za zaštitu podataka
privacy-officer-text = Za sva pitanja o svojim osobnim podacima možete se obratiti našem službeniku za zaštitu podataka, { $name }:
privacy-officer-missing = Mrežno mjesto još nije navelo svojeg službenika za zaštitu podataka (privacy u content/site.yaml).
privacy-none = Što ovo mrežno mjesto ne radi
privacy-none-text = Ovo mrežno mjesto ne postavlja kolačiće i ne koristi alate za analitiku, oglašavanje ni praćenje. Ništa ne učitava s drugih mrežnih mjesta: fontovi, karta, skripte i slike njegovi su vlastiti. Pretraživanje radi u vašem pregledniku: ono što upišete nikamo se ne šalje.
privacy-logs = Zapisi poslužitelja
privacy-logs-text = { $jurisdiction ->
    [eea] Kao i svaki web-poslužitelj, poslužitelj ovog mrežnog mjesta bilježi svaki zahtjev: IP adresu, vrijeme, adresu zatražene stranice i stranice koja je do nje dovela te naziv preglednika. Ti se zapisi koriste samo za rad i sigurnost mrežnog mjesta (članak 6. stavak 1. točke (e) i (f) GDPR-a); ne povezuju se s drugim podacima i ne koriste se za prepoznavanje posjetitelja.
   *[other] Kao i svaki web-poslužitelj, poslužitelj ovog mrežnog mjesta bilježi svaki zahtjev: IP adresu, vrijeme, adresu zatražene stranice i stranice koja je do nje dovela te naziv preglednika. Ti se zapisi koriste samo za rad i sigurnost mrežnog mjesta; ne povezuju se s drugim podacima i ne koriste se za prepoznavanje posjetitelja.
}
privacy-logs-host = Mrežno mjesto smješteno je kod { $host }, koji te zapise čuva u naše ime.
privacy-logs-days = { $days ->
    [one] Brišu se nakon { $days } dana.
   *[other] Brišu se nakon { $days } dana.
}
privacy-links = Poveznice na druga mrežna mjesta
privacy-links-text = { $partners-are ->
    [towns] Poveznice na mrežna mjesta gradova prijatelja, programa i drugih vode na mrežna mjesta s vlastitim pravilima o privatnosti. Ništa im se ne šalje ako ne slijedite poveznicu.
   *[other] Poveznice na mrežna mjesta partnera, programa i drugih vode na mrežna mjesta s vlastitim pravilima o privatnosti. Ništa im se ne šalje ako ne slijedite poveznicu.
}
privacy-rights = Vaša prava
privacy-rights-text = { $jurisdiction ->
    [other] Možete zatražiti uvid u osobne podatke koje o vama čuvamo te njihov ispravak ili brisanje. U tu svrhu pišite službeniku za zaštitu podataka.
   *[eea] Imate pravo na pristup svojim osobnim podacima, na njihov ispravak ili brisanje, na ograničenje obrade i na prigovor. Da biste ostvarili ta prava, pišite službeniku za zaštitu podataka.
}
privacy-complaint = Imate i pravo podnijeti pritužbu nadzornom tijelu: { $authority }.
privacy-complaint-any = Imate i pravo podnijeti pritužbu nadzornom tijelu za zaštitu podataka.
privacy-updated = Posljednje ažuriranje

search-title = Pretraživanje
search-label = Pretražite ovo mrežno mjesto
search-button = Traži
search-hint = { $partners-are ->
    [towns] Pronađite grad prijatelj po bilo kojem njegovu imenu, aktivnost, izvješće ili stranicu.
   *[other] Pronađite partnera po bilo kojem njegovu imenu, aktivnost, izvješće ili stranicu.
}
search-count = Rezultati: { $count }
search-none = Ništa nije pronađeno. Pokušajte s drugačijim pravopisom ili kraćom riječi.
search-noscript = { $partners-are ->
    [towns] Za pretraživanje je potreban JavaScript, koji je isključen. Stranica partnera navodi sve gradove prijatelje.
   *[other] Za pretraživanje je potreban JavaScript, koji je isključen. Stranica partnera navodi sve partnere.
}
search-kind-partner = { $partners-are ->
    [towns] Grad prijatelj
   *[other] Partner
}
search-kind-activity = Aktivnost
search-kind-page = Stranica
search-kind-report = Izvješće
