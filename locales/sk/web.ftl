# Stránka o ochrane osobných údajov, vyhľadávanie, kanály a otvorené údaje.

footer-privacy = Ochrana osobných údajov
footer-data = Otvorené údaje
data-partners-json = Partneri (JSON)
data-partners-csv = Partneri (CSV)
data-schedule-ics = Plánované aktivity (iCalendar)
data-feed = Aktivity (kanál Atom)
schedule-calendar = Pridajte si plánované aktivity do kalendára (iCalendar)
feed-title = { $site }: aktivity

privacy-title = Súkromie a osobné údaje
privacy-intro = { $jurisdiction ->
    [eea] Táto stránka vysvetľuje, ako to vyžaduje všeobecné nariadenie o ochrane údajov (GDPR), čo sa deje s osobnými údajmi, keď navštívite toto webové sídlo.
   *[other] Táto stránka vysvetľuje, čo sa deje s osobnými údajmi, keď navštívite toto webové sídlo.
}
privacy-controller = Kto prevádzkuje toto webové sídlo
privacy-controller-text = Prevádzkovateľom osobných údajov spracúvaných prostredníctvom tohto webového sídla je { $organisation }.
privacy-officer = Zodpovedná osoba
privacy-officer-text = Vo všetkých otázkach týkajúcich sa vašich osobných údajov sa môžete obrátiť na našu zodpovednú osobu, { $name }:
privacy-officer-missing = Webové sídlo zatiaľ neurčilo svoju zodpovednú osobu (privacy v content/site.yaml).
privacy-none = Čo toto webové sídlo nerobí
privacy-none-text = Toto webové sídlo neukladá súbory cookie a nepoužíva žiadne analytické, reklamné ani sledovacie nástroje. Nenačítava nič z iných webových sídiel: písma, mapa, skripty aj obrázky sú jeho vlastné. Vyhľadávanie funguje vo vašom prehliadači: to, čo napíšete, sa nikam neodosiela.
privacy-logs = Záznamy servera
privacy-logs-text = { $jurisdiction ->
    [eea] Ako každý webový server, aj server tohto webového sídla zaznamenáva každú požiadavku: IP adresu, čas, adresu požadovanej stránky a stránky, ktorá na ňu odkazovala, a názov prehliadača. Tieto záznamy sa používajú len na prevádzku webového sídla a jeho zabezpečenie (článok 6 ods. 1 písm. e) a f) GDPR); nespájajú sa s inými údajmi a nepoužívajú sa na identifikáciu návštevníkov.
   *[other] Ako každý webový server, aj server tohto webového sídla zaznamenáva každú požiadavku: IP adresu, čas, adresu požadovanej stránky a stránky, ktorá na ňu odkazovala, a názov prehliadača. Tieto záznamy sa používajú len na prevádzku webového sídla a jeho zabezpečenie; nespájajú sa s inými údajmi a nepoužívajú sa na identifikáciu návštevníkov.
}
privacy-logs-host = Webové sídlo je umiestnené u poskytovateľa { $host }, ktorý tieto záznamy uchováva v našom mene.
privacy-logs-days = { $days ->
    [one] Vymažú sa po { $days } dni.
   *[other] Vymažú sa po { $days } dňoch.
}
privacy-links = Odkazy na iné webové sídla
privacy-links-text = { $partners-are ->
    [towns] Odkazy na webové sídla partnerských miest, programov a ďalších vedú na webové sídla s vlastnými pravidlami ochrany súkromia. Nič sa im neodosiela, pokiaľ odkaz nepoužijete.
   *[other] Odkazy na webové sídla partnerov, programov a ďalších vedú na webové sídla s vlastnými pravidlami ochrany súkromia. Nič sa im neodosiela, pokiaľ odkaz nepoužijete.
}
privacy-rights = Vaše práva
privacy-rights-text = { $jurisdiction ->
    [other] Môžete požiadať o nahliadnutie do osobných údajov, ktoré o vás uchovávame, a o ich opravu alebo vymazanie. Na tento účel napíšte zodpovednej osobe.
   *[eea] Máte právo na prístup k svojim osobným údajom, na ich opravu alebo vymazanie, na obmedzenie ich spracúvania a právo namietať proti spracúvaniu. Ak chcete tieto práva uplatniť, napíšte zodpovednej osobe.
}
privacy-complaint = Máte tiež právo podať sťažnosť dozornému orgánu: { $authority }.
privacy-complaint-any = Máte tiež právo podať sťažnosť dozornému orgánu pre ochranu osobných údajov.
privacy-updated = Posledná aktualizácia

search-title = Vyhľadávanie
search-label = Vyhľadávať na tomto webovom sídle
search-button = Hľadať
search-hint = { $partners-are ->
    [towns] Nájdite partnerské mesto podľa ktoréhokoľvek z jeho názvov, aktivitu, správu alebo stránku.
   *[other] Nájdite partnera podľa ktoréhokoľvek z jeho názvov, aktivitu, správu alebo stránku.
}
search-count = Výsledky: { $count }
search-none = Nič sa nenašlo. Skúste iný pravopis alebo kratšie slovo.
search-noscript = { $partners-are ->
    [towns] Vyhľadávanie potrebuje JavaScript, ktorý je vypnutý. Stránka partnerov uvádza všetky partnerské mestá.
   *[other] Vyhľadávanie potrebuje JavaScript, ktorý je vypnutý. Stránka partnerov uvádza všetkých partnerov.
}
search-kind-partner = { $partners-are ->
    [towns] Partnerské mesto
   *[other] Partner
}
search-kind-activity = Aktivita
search-kind-page = Stránka
search-kind-report = Správa
