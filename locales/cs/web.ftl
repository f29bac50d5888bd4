# Stránka o ochraně osobních údajů, vyhledávání, kanály a otevřená data.

footer-privacy = Ochrana osobních údajů
footer-data = Otevřená data
data-partners-json = Partneři (JSON)
data-partners-csv = Partneři (CSV)
data-schedule-ics = Plánované aktivity (iCalendar)
data-feed = Aktivity (kanál Atom)
schedule-calendar = Přidejte si plánované aktivity do svého kalendáře (iCalendar)
feed-title = { $site }: aktivity

privacy-title = Ochrana soukromí a osobních údajů
privacy-intro = { $jurisdiction ->
    [eea] Jak vyžaduje obecné nařízení o ochraně osobních údajů (GDPR), vysvětlujeme zde, co se děje s osobními údaji, když navštívíte tyto internetové stránky.
   *[other] Vysvětlujeme zde, co se děje s osobními údaji, když navštívíte tyto internetové stránky.
}
privacy-controller = Kdo tyto stránky provozuje
privacy-controller-text = Správcem osobních údajů zpracovávaných prostřednictvím těchto stránek je { $organisation }.
privacy-officer = Pověřenec pro ochranu osobních údajů
privacy-officer-text = Pověřencem pro ochranu osobních údajů je { $name }. Ve všech záležitostech týkajících se vašich osobních údajů můžete využít tyto kontakty:
privacy-officer-missing = Stránky zatím neuvádějí pověřence pro ochranu osobních údajů (privacy v content/site.yaml).
privacy-none = Co tyto stránky nedělají
privacy-none-text = Tyto stránky neukládají žádné soubory cookie a nepoužívají žádné analytické, reklamní ani sledovací nástroje. Nic nenačítají z jiných webů: písma, mapa, skripty i obrázky jsou jejich vlastní. Vyhledávání probíhá ve vašem prohlížeči: co napíšete, se nikam neodesílá.
privacy-logs = Záznamy serveru
privacy-logs-text = { $jurisdiction ->
    [eea] Jako každý webový server i server těchto stránek zaznamenává každý požadavek: IP adresu, čas, adresu požadované stránky a stránky, která na ni odkazovala, a název prohlížeče. Tyto záznamy slouží výhradně k provozu a zabezpečení stránek (čl. 6 odst. 1 písm. e) a f) GDPR); nespojují se s jinými údaji a nepoužívají se k identifikaci návštěvníků.
   *[other] Jako každý webový server i server těchto stránek zaznamenává každý požadavek: IP adresu, čas, adresu požadované stránky a stránky, která na ni odkazovala, a název prohlížeče. Tyto záznamy slouží výhradně k provozu a zabezpečení stránek; nespojují se s jinými údaji a nepoužívají se k identifikaci návštěvníků.
}
privacy-logs-host = Stránky hostuje { $host } a tyto záznamy uchovává naším jménem.
privacy-logs-days = { $days ->
    [one] Záznamy se mažou po uplynutí { $days } dne.
    [few] Záznamy se mažou po uplynutí { $days } dnů.
    [many] Záznamy se mažou po uplynutí { $days } dne.
   *[other] Záznamy se mažou po uplynutí { $days } dnů.
}
privacy-links = Odkazy na jiné stránky
privacy-links-text = { $partners-are ->
    [towns] Odkazy na stránky partnerských měst, programů a dalších subjektů vedou na stránky s vlastními pravidly ochrany soukromí. Dokud na odkaz nekliknete, nic se jim neodesílá.
   *[other] Odkazy na stránky partnerů, programů a dalších subjektů vedou na stránky s vlastními pravidly ochrany soukromí. Dokud na odkaz nekliknete, nic se jim neodesílá.
}
privacy-rights = Vaše práva
privacy-rights-text = { $jurisdiction ->
    [other] Můžete požádat o nahlédnutí do osobních údajů, které o vás uchováváme, a o jejich opravu nebo výmaz. Za tímto účelem napište pověřenci pro ochranu osobních údajů.
   *[eea] Máte právo na přístup ke svým osobním údajům, na jejich opravu nebo výmaz, na omezení jejich zpracování a právo vznést proti zpracování námitku. Chcete-li tato práva uplatnit, napište pověřenci pro ochranu osobních údajů.
}
privacy-complaint = Máte také právo podat stížnost u dozorového úřadu: { $authority }.
privacy-complaint-any = Máte také právo podat stížnost u dozorového úřadu pro ochranu osobních údajů.
privacy-updated = Poslední aktualizace

search-title = Vyhledávání
search-label = Hledat na těchto stránkách
search-button = Hledat
search-hint = { $partners-are ->
    [towns] Najděte partnerské město podle kteréhokoli z jeho názvů, aktivitu, zprávu nebo stránku.
   *[other] Najděte partnera podle kteréhokoli z jeho názvů, aktivitu, zprávu nebo stránku.
}
search-count = Počet výsledků: { $count }
search-none = Nic nebylo nalezeno. Zkuste jiný zápis nebo kratší slovo.
search-noscript = { $partners-are ->
    [towns] Vyhledávání vyžaduje JavaScript, který je vypnutý. Všechna partnerská města najdete na stránce „Partneři“.
   *[other] Vyhledávání vyžaduje JavaScript, který je vypnutý. Všechny partnery najdete na stránce „Partneři“.
}
search-kind-partner = { $partners-are ->
    [towns] Partnerské město
   *[other] Partner
}
search-kind-activity = Aktivita
search-kind-page = Stránka
search-kind-report = Zpráva
