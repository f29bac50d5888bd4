# Tietosuojasivu, haku, syötteet ja avoin data.

footer-privacy = Tietosuoja
footer-data = Avoin data
data-partners-json = Kumppanit (JSON)
data-partners-csv = Kumppanit (CSV)
data-schedule-ics = Suunnitellut tapahtumat (iCalendar)
data-feed = Tapahtumat (Atom-syöte)
schedule-calendar = Lisää suunnitellut tapahtumat kalenteriisi (iCalendar)
feed-title = { $site }: tapahtumat

privacy-title = Tietosuoja ja henkilötiedot
privacy-intro = { $jurisdiction ->
    [eea] Tällä sivulla kerrotaan yleisen tietosuoja-asetuksen (GDPR) edellyttämällä tavalla, mitä henkilötiedoille tapahtuu, kun vierailet tällä verkkosivustolla.
   *[other] Tällä sivulla kerrotaan, mitä henkilötiedoille tapahtuu, kun vierailet tällä verkkosivustolla.
}
privacy-controller = Kuka ylläpitää tätä verkkosivustoa
privacy-controller-text = Tämän verkkosivuston kautta käsiteltävien henkilötietojen rekisterinpitäjä on { $organisation }.
privacy-officer = Tietosuojavastaava
privacy-officer-text = Kaikissa henkilötietojasi koskevissa asioissa voit ottaa yhteyttä tietosuojavastaavaamme ({ $name }):
privacy-officer-missing = Sivusto ei ole vielä nimennyt tietosuojavastaavaansa (privacy tiedostossa content/site.yaml).
privacy-none = Mitä tämä verkkosivusto ei tee
privacy-none-text = Tämä verkkosivusto ei käytä evästeitä eikä analytiikka-, mainos- tai seurantatyökaluja. Se ei lataa mitään muilta verkkosivustoilta: sen fontit, kartta, skriptit ja kuvat ovat sen omia. Haku toimii selaimessasi: kirjoittamaasi ei lähetetä minnekään.
privacy-logs = Palvelimen lokit
privacy-logs-text = { $jurisdiction ->
    [eea] Kuten jokainen verkkopalvelin, tämän sivuston palvelin kirjaa jokaisen pyynnön: IP-osoitteen, ajan, pyydetyn sivun osoitteen ja sen sivun osoitteen, jolta sivulle tultiin, sekä selaimen nimen. Tietoja käytetään vain sivuston ylläpitoon ja tietoturvaan (GDPR:n 6 artiklan 1 kohdan e ja f alakohta); niitä ei yhdistetä muihin tietoihin eikä käytetä kävijöiden tunnistamiseen.
   *[other] Kuten jokainen verkkopalvelin, tämän sivuston palvelin kirjaa jokaisen pyynnön: IP-osoitteen, ajan, pyydetyn sivun osoitteen ja sen sivun osoitteen, jolta sivulle tultiin, sekä selaimen nimen. Tietoja käytetään vain sivuston ylläpitoon ja tietoturvaan; niitä ei yhdistetä muihin tietoihin eikä käytetä kävijöiden tunnistamiseen.
}
privacy-logs-host = Sivuston palvelinta ylläpitää { $host }, joka säilyttää nämä tiedot puolestamme.
privacy-logs-days = { $days ->
    [one] Ne poistetaan { $days } päivän kuluttua.
   *[other] Ne poistetaan { $days } päivän kuluttua.
}
privacy-links = Linkit muille verkkosivustoille
privacy-links-text = { $partners-are ->
    [towns] Linkit ystävyyskaupunkien, ohjelmien ja muiden verkkosivustoille johtavat sivustoille, joilla on omat tietosuojakäytäntönsä. Niille ei lähetetä mitään, ellet seuraa linkkiä.
   *[other] Linkit kumppanien, ohjelmien ja muiden verkkosivustoille johtavat sivustoille, joilla on omat tietosuojakäytäntönsä. Niille ei lähetetä mitään, ellet seuraa linkkiä.
}
privacy-rights = Oikeutesi
privacy-rights-text = { $jurisdiction ->
    [other] Voit pyytää saada nähdä henkilötiedot, joita meillä on sinusta, sekä pyytää niiden oikaisemista tai poistamista. Kirjoita tätä varten tietosuojavastaavalle.
   *[eea] Sinulla on oikeus saada pääsy henkilötietoihisi, oikaista tai poistaa ne, rajoittaa niiden käsittelyä ja vastustaa sitä. Käyttääksesi näitä oikeuksia kirjoita tietosuojavastaavalle.
}
privacy-complaint = Sinulla on myös oikeus tehdä valitus valvontaviranomaiselle: { $authority }.
privacy-complaint-any = Sinulla on myös oikeus tehdä valitus tietosuojaa valvovalle viranomaiselle.
privacy-updated = Päivitetty viimeksi

search-title = Haku
search-label = Hae tältä sivustolta
search-button = Hae
search-hint = { $partners-are ->
    [towns] Etsi ystävyyskaupunkia millä tahansa sen nimellä, tapahtumaa, raporttia tai sivua.
   *[other] Etsi kumppania millä tahansa sen nimellä, tapahtumaa, raporttia tai sivua.
}
search-count = Tuloksia: { $count }
search-none = Mitään ei löytynyt. Kokeile toista kirjoitusasua tai lyhyempää sanaa.
search-noscript = { $partners-are ->
    [towns] Haku tarvitsee JavaScriptiä, joka on poistettu käytöstä. Kumppanisivulla on lueteltu kaikki ystävyyskaupungit.
   *[other] Haku tarvitsee JavaScriptiä, joka on poistettu käytöstä. Kumppanisivulla on lueteltu kaikki kumppanit.
}
search-kind-partner = { $partners-are ->
    [towns] Ystävyyskaupunki
   *[other] Kumppani
}
search-kind-activity = Tapahtuma
search-kind-page = Sivu
search-kind-report = Raportti
