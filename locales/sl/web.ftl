# Stran o zasebnosti, iskanje, viri novic in odprti podatki.

footer-privacy = Zasebnost
footer-data = Odprti podatki
data-partners-json = Partnerji (JSON)
data-partners-csv = Partnerji (CSV)
data-schedule-ics = Načrtovane dejavnosti (iCalendar)
data-feed = Dejavnosti (vir Atom)
schedule-calendar = Dodajte načrtovane dejavnosti v svoj koledar (iCalendar)
feed-title = { $site }: dejavnosti

privacy-title = Zasebnost in osebni podatki
privacy-intro = { $jurisdiction ->
    [eea] Ta stran pojasnjuje, kot zahteva Splošna uredba o varstvu podatkov (GDPR), kaj se zgodi z osebnimi podatki, ko obiščete to spletišče.
   *[other] Ta stran pojasnjuje, kaj se zgodi z osebnimi podatki, ko obiščete to spletišče.
}
privacy-controller = Kdo upravlja to spletišče
privacy-controller-text = Upravljavec osebnih podatkov, ki se obdelujejo prek tega spletišča, je { $organisation }.
privacy-officer = Pooblaščena oseba za varstvo podatkov
privacy-officer-text = Glede vseh vprašanj o svojih osebnih podatkih se lahko obrnete na našo pooblaščeno osebo za varstvo podatkov, { $name }:
privacy-officer-missing = Spletišče še ni navedlo svoje pooblaščene osebe za varstvo podatkov (privacy v content/site.yaml).
privacy-none = Česa to spletišče ne počne
privacy-none-text = To spletišče ne uporablja piškotkov in nobenih orodij za analitiko, oglaševanje ali sledenje. Z drugih spletišč ne nalaga ničesar: pisave, zemljevid, skripti in slike so njegovi lastni. Iskanje deluje v vašem brskalniku: kar vpišete, se nikamor ne pošlje.
privacy-logs = Dnevniki strežnika
privacy-logs-text = { $jurisdiction ->
    [eea] Kot vsak spletni strežnik tudi strežnik tega spletišča beleži vsako zahtevo: naslov IP, čas, naslov zahtevane strani in strani, ki je vodila nanjo, ter ime brskalnika. Ti zapisi se uporabljajo le za delovanje in varnost spletišča (točki (e) in (f) prvega odstavka 6. člena GDPR); ne povezujejo se z drugimi podatki in se ne uporabljajo za prepoznavanje obiskovalcev.
   *[other] Kot vsak spletni strežnik tudi strežnik tega spletišča beleži vsako zahtevo: naslov IP, čas, naslov zahtevane strani in strani, ki je vodila nanjo, ter ime brskalnika. Ti zapisi se uporabljajo le za delovanje in varnost spletišča; ne povezujejo se z drugimi podatki in se ne uporabljajo za prepoznavanje obiskovalcev.
}
privacy-logs-host = Spletišče gostuje pri { $host }, ki te zapise hrani v našem imenu.
privacy-logs-days = { $days ->
    [one] Izbrišejo se po { $days } dnevu.
   *[other] Izbrišejo se po { $days } dneh.
}
privacy-links = Povezave na druga spletišča
privacy-links-text = { $partners-are ->
    [towns] Povezave na spletišča pobratenih mest, programov in drugih vodijo na spletišča z lastnimi pravili o zasebnosti. Nič se jim ne pošlje, razen če sledite povezavi.
   *[other] Povezave na spletišča partnerjev, programov in drugih vodijo na spletišča z lastnimi pravili o zasebnosti. Nič se jim ne pošlje, razen če sledite povezavi.
}
privacy-rights = Vaše pravice
privacy-rights-text = { $jurisdiction ->
    [other] Lahko zahtevate vpogled v osebne podatke, ki jih hranimo o vas, ter njihov popravek ali izbris. V ta namen pišite pooblaščeni osebi za varstvo podatkov.
   *[eea] Imate pravico do dostopa do svojih osebnih podatkov, do njihovega popravka ali izbrisa, do omejitve obdelave in do ugovora. Za uveljavljanje teh pravic pišite pooblaščeni osebi za varstvo podatkov.
}
privacy-complaint = Imate tudi pravico vložiti pritožbo pri nadzornem organu: { $authority }.
privacy-complaint-any = Imate tudi pravico vložiti pritožbo pri nadzornem organu za varstvo podatkov.
privacy-updated = Zadnja posodobitev

search-title = Iskanje
search-label = Iskanje po spletišču
search-button = Išči
search-hint = { $partners-are ->
    [towns] Poiščite pobrateno mesto po katerem koli njegovem imenu, dejavnost, poročilo ali stran.
   *[other] Poiščite partnerja po katerem koli njegovem imenu, dejavnost, poročilo ali stran.
}
search-count = Rezultati: { $count }
search-none = Ni zadetkov. Poskusite z drugačnim zapisom ali krajšo besedo.
search-noscript = { $partners-are ->
    [towns] Iskanje potrebuje JavaScript, ki je izklopljen. Stran s partnerji našteva vsa pobratena mesta.
   *[other] Iskanje potrebuje JavaScript, ki je izklopljen. Stran s partnerji našteva vse partnerje.
}
search-kind-partner = { $partners-are ->
    [towns] Pobrateno mesto
   *[other] Partner
}
search-kind-activity = Dejavnost
search-kind-page = Stran
search-kind-report = Poročilo
