# Pagina de confidențialitate, căutarea, fluxurile și datele deschise.

footer-privacy = Confidențialitate
footer-data = Date deschise
data-partners-json = Parteneri (JSON)
data-partners-csv = Parteneri (CSV)
data-schedule-ics = Activități planificate (iCalendar)
data-feed = Activități (flux Atom)
schedule-calendar = Adăugați activitățile planificate în calendarul dumneavoastră (iCalendar)
feed-title = { $site }: activități

privacy-title = Confidențialitate și date cu caracter personal
privacy-intro = { $jurisdiction ->
    [eea] Această pagină explică, așa cum cere Regulamentul general privind protecția datelor (RGPD), ce se întâmplă cu datele cu caracter personal atunci când vizitați acest site web.
   *[other] Această pagină explică ce se întâmplă cu datele cu caracter personal atunci când vizitați acest site web.
}
privacy-controller = Cine administrează acest site web
privacy-controller-text = Operatorul datelor cu caracter personal prelucrate prin intermediul acestui site web este { $organisation }.
privacy-officer = Responsabilul cu protecția datelor
privacy-officer-text = Pentru orice chestiune privind datele dumneavoastră cu caracter personal, vă puteți adresa responsabilului nostru cu protecția datelor, { $name }:
privacy-officer-missing = Site-ul nu și-a numit încă responsabilul cu protecția datelor (privacy în content/site.yaml).
privacy-none = Ce nu face acest site web
privacy-none-text = Acest site web nu folosește cookie-uri și niciun instrument de analiză, publicitate sau urmărire. Nu încarcă nimic de pe alte site-uri: fonturile, harta, scripturile și imaginile sunt ale sale. Căutarea funcționează în browserul dumneavoastră: ceea ce scrieți nu este trimis nicăieri.
privacy-logs = Jurnalele serverului
privacy-logs-text = { $jurisdiction ->
    [eea] Ca orice server web, serverul acestui site înregistrează fiecare cerere: adresa IP, ora, adresa paginii cerute și a paginii care a trimis la ea și numele browserului. Aceste înregistrări sunt folosite numai pentru funcționarea site-ului și pentru securitatea lui (articolul 6 alineatul (1) literele (e) și (f) din RGPD); ele nu sunt combinate cu alte date și nu sunt folosite pentru a identifica vizitatorii.
   *[other] Ca orice server web, serverul acestui site înregistrează fiecare cerere: adresa IP, ora, adresa paginii cerute și a paginii care a trimis la ea și numele browserului. Aceste înregistrări sunt folosite numai pentru funcționarea site-ului și pentru securitatea lui; ele nu sunt combinate cu alte date și nu sunt folosite pentru a identifica vizitatorii.
}
privacy-logs-host = Site-ul web este găzduit de { $host }, care păstrează aceste înregistrări în numele nostru.
privacy-logs-days = { $days ->
    [one] Ele sunt șterse după { $days } zi.
    [few] Ele sunt șterse după { $days } zile.
   *[other] Ele sunt șterse după { $days } de zile.
}
privacy-links = Legături către alte site-uri
privacy-links-text = { $partners-are ->
    [towns] Legăturile către site-urile orașelor înfrățite, ale programelor și ale altora duc la site-uri cu propriile reguli de confidențialitate. Nu li se trimite nimic decât dacă urmați o legătură.
   *[other] Legăturile către site-urile partenerilor, ale programelor și ale altora duc la site-uri cu propriile reguli de confidențialitate. Nu li se trimite nimic decât dacă urmați o legătură.
}
privacy-rights = Drepturile dumneavoastră
privacy-rights-text = { $jurisdiction ->
    [other] Puteți cere să vedeți datele cu caracter personal pe care le deținem despre dumneavoastră și ca acestea să fie corectate sau șterse. Pentru aceasta, scrieți responsabilului cu protecția datelor.
   *[eea] Aveți dreptul de acces la datele dumneavoastră cu caracter personal, dreptul de a le rectifica sau șterge, de a restricționa prelucrarea lor și de a vă opune prelucrării. Pentru a vă exercita aceste drepturi, scrieți responsabilului cu protecția datelor.
}
privacy-complaint = Aveți, de asemenea, dreptul de a depune o plângere la autoritatea de supraveghere: { $authority }.
privacy-complaint-any = Aveți, de asemenea, dreptul de a depune o plângere la autoritatea de supraveghere a protecției datelor.
privacy-updated = Ultima actualizare

search-title = Căutare
search-label = Căutați pe acest site
search-button = Căutare
search-hint = { $partners-are ->
    [towns] Găsiți un oraș înfrățit după oricare dintre numele sale, o activitate, un raport sau o pagină.
   *[other] Găsiți un partener după oricare dintre numele sale, o activitate, un raport sau o pagină.
}
search-count = Rezultate: { $count }
search-none = Nu s-a găsit nimic. Încercați altă ortografie sau un cuvânt mai scurt.
search-noscript = { $partners-are ->
    [towns] Căutarea are nevoie de JavaScript, care este dezactivat. Pagina partenerilor enumeră toate orașele înfrățite.
   *[other] Căutarea are nevoie de JavaScript, care este dezactivat. Pagina partenerilor enumeră toți partenerii.
}
search-kind-partner = { $partners-are ->
    [towns] Oraș înfrățit
   *[other] Partener
}
search-kind-activity = Activitate
search-kind-page = Pagină
search-kind-report = Raport
