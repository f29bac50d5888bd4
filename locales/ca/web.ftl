# La pàgina de privadesa, la cerca, els canals i les dades obertes.

footer-privacy = Privadesa
footer-data = Dades obertes
data-partners-json = Socis (JSON)
data-partners-csv = Socis (CSV)
data-schedule-ics = Activitats previstes (iCalendar)
data-feed = Activitats (canal Atom)
schedule-calendar = Afegiu les activitats previstes al vostre calendari (iCalendar)
feed-title = { $site }: activitats

privacy-title = Privadesa i dades personals
privacy-intro = { $jurisdiction ->
    [eea] Aquesta pàgina explica, tal com exigeix el Reglament general de protecció de dades (RGPD), què passa amb les dades personals quan visiteu aquest lloc web.
   *[other] Aquesta pàgina explica què passa amb les dades personals quan visiteu aquest lloc web.
}
privacy-controller = Qui gestiona aquest lloc web
privacy-controller-text = El responsable de les dades personals tractades a través d’aquest lloc web és { $organisation }.
privacy-officer = Delegat de protecció de dades
privacy-officer-text = Per a qualsevol qüestió relativa a les vostres dades personals podeu adreçar-vos al nostre delegat de protecció de dades, { $name }:
privacy-officer-missing = El lloc web encara no ha designat el seu delegat de protecció de dades (privacy a content/site.yaml).
privacy-none = El que aquest lloc web no fa
privacy-none-text = Aquest lloc web no instal·la galetes ni utilitza eines d’analítica, publicitat o seguiment. No carrega res d’altres llocs web: les seves fonts, el seu mapa, els seus scripts i les seves imatges són propis. La cerca funciona dins del vostre navegador: el que escriviu no s’envia enlloc.
privacy-logs = Registres del servidor
privacy-logs-text = { $jurisdiction ->
    [eea] Com tot servidor web, el servidor d’aquest lloc registra cada sol·licitud: l’adreça IP, l’hora, l’adreça de la pàgina sol·licitada i de la pàgina que hi enllaçava, i el nom del navegador. Aquests registres s’utilitzen únicament per fer funcionar el lloc web i mantenir-lo segur (article 6, apartat 1, lletres e) i f), del RGPD); no es combinen amb altres dades ni s’utilitzen per identificar els visitants.
   *[other] Com tot servidor web, el servidor d’aquest lloc registra cada sol·licitud: l’adreça IP, l’hora, l’adreça de la pàgina sol·licitada i de la pàgina que hi enllaçava, i el nom del navegador. Aquests registres s’utilitzen únicament per fer funcionar el lloc web i mantenir-lo segur; no es combinen amb altres dades ni s’utilitzen per identificar els visitants.
}
privacy-logs-host = El lloc web està allotjat per { $host }, que conserva aquests registres per compte nostre.
privacy-logs-days = { $days ->
    [one] S’eliminen al cap de { $days } dia.
   *[other] S’eliminen al cap de { $days } dies.
}
privacy-links = Enllaços a altres llocs web
privacy-links-text = { $partners-are ->
    [towns] Els enllaços als llocs web de les ciutats agermanades, dels programes i d’altres porten a llocs web amb les seves pròpies normes de privadesa. No se’ls envia res si no seguiu un enllaç.
   *[other] Els enllaços als llocs web dels socis, dels programes i d’altres porten a llocs web amb les seves pròpies normes de privadesa. No se’ls envia res si no seguiu un enllaç.
}
privacy-rights = Els vostres drets
privacy-rights-text = { $jurisdiction ->
    [other] Podeu demanar de consultar les vostres dades personals que conservem i de fer-les rectificar o suprimir. Per fer-ho, escriviu al delegat de protecció de dades.
   *[eea] Teniu dret a accedir a les vostres dades personals, a fer que es rectifiquin o se suprimeixin, a limitar-ne el tractament i a oposar-vos-hi. Per exercir aquests drets, escriviu al delegat de protecció de dades.
}
privacy-complaint = També teniu dret a presentar una reclamació davant l’autoritat de control: { $authority }.
privacy-complaint-any = També teniu dret a presentar una reclamació davant l’autoritat de control de protecció de dades.
privacy-updated = Darrera actualització

search-title = Cerca
search-label = Cerca en aquest lloc web
search-button = Cerca
search-hint = { $partners-are ->
    [towns] Trobeu una ciutat agermanada per qualsevol dels seus noms, una activitat, una memòria o una pàgina.
   *[other] Trobeu un soci per qualsevol dels seus noms, una activitat, una memòria o una pàgina.
}
search-count = Resultats: { $count }
search-none = No s’ha trobat res. Proveu una altra grafia o una paraula més curta.
search-noscript = { $partners-are ->
    [towns] La cerca necessita JavaScript, que està desactivat. La pàgina de socis enumera totes les ciutats agermanades.
   *[other] La cerca necessita JavaScript, que està desactivat. La pàgina de socis enumera tots els socis.
}
search-kind-partner = { $partners-are ->
    [towns] Ciutat agermanada
   *[other] Soci
}
search-kind-activity = Activitat
search-kind-page = Pàgina
search-kind-report = Memòria
