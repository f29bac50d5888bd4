# Privaatsusleht, otsing, uudisvood ja avaandmed.

footer-privacy = Privaatsus
footer-data = Avaandmed
data-partners-json = Partnerid (JSON)
data-partners-csv = Partnerid (CSV)
data-schedule-ics = Kavandatud tegevused (iCalendar)
data-feed = Tegevused (Atom-voog)
schedule-calendar = Lisage kavandatud tegevused oma kalendrisse (iCalendar)
feed-title = { $site }: tegevused

privacy-title = Privaatsus ja isikuandmed
privacy-intro = { $jurisdiction ->
    [eea] Sellel lehel selgitatakse isikuandmete kaitse üldmääruse (GDPR) kohaselt, mis juhtub isikuandmetega, kui külastate seda veebisaiti.
   *[other] Sellel lehel selgitatakse, mis juhtub isikuandmetega, kui külastate seda veebisaiti.
}
privacy-controller = Kes seda veebisaiti haldab
privacy-controller-text = Selle veebisaidi kaudu töödeldavate isikuandmete vastutav töötleja on { $organisation }.
privacy-officer = Andmekaitsespetsialist
privacy-officer-text = Kõigis oma isikuandmeid puudutavates küsimustes võite pöörduda meie andmekaitsespetsialisti poole ({ $name }):
privacy-officer-missing = Sait ei ole veel oma andmekaitsespetsialisti nimetanud (privacy failis content/site.yaml).
privacy-none = Mida see veebisait ei tee
privacy-none-text = See veebisait ei kasuta küpsiseid ega analüüsi-, reklaami- või jälgimisvahendeid. See ei laadi midagi teistelt veebisaitidelt: fondid, kaart, skriptid ja pildid on tema enda omad. Otsing töötab teie brauseris: see, mida sisestate, ei lähe kuhugi.
privacy-logs = Serveri logid
privacy-logs-text = { $jurisdiction ->
    [eea] Nagu iga veebiserver, salvestab ka selle veebisaidi server iga päringu: IP-aadressi, aja, küsitud lehe aadressi ja lehe, mis sellele viitas, ning brauseri nime. Neid kirjeid kasutatakse ainult veebisaidi toimimiseks ja turvalisuse tagamiseks (GDPR artikli 6 lõike 1 punktid e ja f); neid ei ühendata muude andmetega ega kasutata külastajate tuvastamiseks.
   *[other] Nagu iga veebiserver, salvestab ka selle veebisaidi server iga päringu: IP-aadressi, aja, küsitud lehe aadressi ja lehe, mis sellele viitas, ning brauseri nime. Neid kirjeid kasutatakse ainult veebisaidi toimimiseks ja turvalisuse tagamiseks; neid ei ühendata muude andmetega ega kasutata külastajate tuvastamiseks.
}
privacy-logs-host = Veebisaiti majutab { $host }, kes säilitab neid kirjeid meie nimel.
privacy-logs-days = { $days ->
    [one] Need kustutatakse { $days } päeva pärast.
   *[other] Need kustutatakse { $days } päeva pärast.
}
privacy-links = Lingid teistele veebisaitidele
privacy-links-text = { $partners-are ->
    [towns] Lingid sõpruslinnade, programmide ja teiste veebisaitidele viivad saitidele, millel on oma privaatsusreeglid. Neile ei saadeta midagi, kui te lingile ei vajuta.
   *[other] Lingid partnerite, programmide ja teiste veebisaitidele viivad saitidele, millel on oma privaatsusreeglid. Neile ei saadeta midagi, kui te lingile ei vajuta.
}
privacy-rights = Teie õigused
privacy-rights-text = { $jurisdiction ->
    [other] Võite küsida, milliseid isikuandmeid me teie kohta säilitame, ning paluda neid parandada või kustutada. Selleks kirjutage andmekaitsespetsialistile.
   *[eea] Teil on õigus tutvuda oma isikuandmetega, nõuda nende parandamist või kustutamist, piirata nende töötlemist ja esitada töötlemise suhtes vastuväiteid. Nende õiguste kasutamiseks kirjutage andmekaitsespetsialistile.
}
privacy-complaint = Teil on ka õigus esitada kaebus järelevalveasutusele: { $authority }.
privacy-complaint-any = Teil on ka õigus esitada kaebus andmekaitse järelevalveasutusele.
privacy-updated = Viimati uuendatud

search-title = Otsing
search-label = Otsi sellelt veebisaidilt
search-button = Otsi
search-hint = { $partners-are ->
    [towns] Leidke sõpruslinn ükskõik millise tema nime järgi, tegevus, aruanne või leht.
   *[other] Leidke partner ükskõik millise tema nime järgi, tegevus, aruanne või leht.
}
search-count = Tulemusi: { $count }
search-none = Midagi ei leitud. Proovige teistsugust kirjapilti või lühemat sõna.
search-noscript = { $partners-are ->
    [towns] Otsing vajab JavaScripti, mis on välja lülitatud. Partnerite lehel on loetletud kõik sõpruslinnad.
   *[other] Otsing vajab JavaScripti, mis on välja lülitatud. Partnerite lehel on loetletud kõik partnerid.
}
search-kind-partner = { $partners-are ->
    [towns] Sõpruslinn
   *[other] Partner
}
search-kind-activity = Tegevus
search-kind-page = Leht
search-kind-report = Aruanne
