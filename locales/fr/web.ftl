# La page sur la confidentialité, la recherche, les flux et les données ouvertes.

footer-privacy = Confidentialité
footer-data = Données ouvertes
data-partners-json = Partenaires (JSON)
data-partners-csv = Partenaires (CSV)
data-schedule-ics = Activités prévues (iCalendar)
data-feed = Activités (flux Atom)
schedule-calendar = Ajouter les activités prévues à votre agenda (iCalendar)
feed-title = { $site } : activités

privacy-title = Confidentialité et données personnelles
privacy-intro = { $jurisdiction ->
    [eea] Comme l’exige le règlement général sur la protection des données (RGPD), cette page explique ce que deviennent les données personnelles lorsque vous consultez ce site.
   *[other] Cette page explique ce que deviennent les données personnelles lorsque vous consultez ce site.
}
privacy-controller = Qui gère ce site
privacy-controller-text = Le responsable du traitement des données personnelles effectué au moyen de ce site est { $organisation }.
privacy-officer = Délégué à la protection des données
privacy-officer-text = Pour toute question concernant vos données personnelles, vous pouvez contacter notre délégué à la protection des données, { $name } :
privacy-officer-missing = Le site n’a pas encore indiqué son délégué à la protection des données (privacy dans content/site.yaml).
privacy-none = Ce que ce site ne fait pas
privacy-none-text = Ce site ne dépose aucun cookie et n’utilise aucun outil de mesure d’audience, de publicité ou de traçage. Il ne charge rien depuis d’autres sites : ses polices de caractères, sa carte, ses scripts et ses images lui sont propres. La recherche fonctionne dans votre navigateur : ce que vous saisissez n’est envoyé nulle part.
privacy-logs = Journaux du serveur
privacy-logs-text = { $jurisdiction ->
    [eea] Comme tout serveur web, le serveur de ce site enregistre chaque requête : l’adresse IP, la date et l’heure, l’adresse de la page demandée et celle de la page de provenance, ainsi que le nom du navigateur. Ces enregistrements servent uniquement au fonctionnement et à la sécurité du site (article 6, paragraphe 1, points e) et f), du RGPD) ; ils ne sont ni recoupés avec d’autres données ni utilisés pour identifier les visiteurs.
   *[other] Comme tout serveur web, le serveur de ce site enregistre chaque requête : l’adresse IP, la date et l’heure, l’adresse de la page demandée et celle de la page de provenance, ainsi que le nom du navigateur. Ces enregistrements servent uniquement au fonctionnement et à la sécurité du site ; ils ne sont ni recoupés avec d’autres données ni utilisés pour identifier les visiteurs.
}
privacy-logs-host = Le site est hébergé par { $host }, qui conserve ces enregistrements pour notre compte.
privacy-logs-days = { $days ->
    [one] Ils sont supprimés au bout de { $days } jour.
   *[other] Ils sont supprimés au bout de { $days } jours.
}
privacy-links = Liens vers d’autres sites
privacy-links-text = { $partners-are ->
    [towns] Les liens vers les sites des villes partenaires, des programmes et d’autres organismes mènent à des sites soumis à leurs propres règles de confidentialité. Rien ne leur est transmis tant que vous ne suivez pas un lien.
   *[other] Les liens vers les sites des partenaires, des programmes et d’autres organismes mènent à des sites soumis à leurs propres règles de confidentialité. Rien ne leur est transmis tant que vous ne suivez pas un lien.
}
privacy-rights = Vos droits
privacy-rights-text = { $jurisdiction ->
    [other] Vous pouvez demander à consulter les données personnelles que nous détenons à votre sujet et à les faire rectifier ou effacer. Pour cela, écrivez au délégué à la protection des données.
   *[eea] Vous avez le droit d’accéder à vos données personnelles, de les faire rectifier ou effacer, d’en faire limiter le traitement et de vous opposer à celui-ci. Pour exercer ces droits, écrivez au délégué à la protection des données.
}
privacy-complaint = Vous avez également le droit d’introduire une réclamation auprès de l’autorité de contrôle : { $authority }.
privacy-complaint-any = Vous avez également le droit d’introduire une réclamation auprès de l’autorité de contrôle chargée de la protection des données.
privacy-updated = Dernière mise à jour

search-title = Recherche
search-label = Rechercher sur ce site
search-button = Rechercher
search-hint = { $partners-are ->
    [towns] Trouvez une ville partenaire par l’un de ses noms, une activité, un rapport ou une page.
   *[other] Trouvez un partenaire par l’un de ses noms, une activité, un rapport ou une page.
}
search-count = Résultats : { $count }
search-none = Aucun résultat. Essayez une autre orthographe ou un mot plus court.
search-noscript = { $partners-are ->
    [towns] La recherche nécessite JavaScript, qui est désactivé. La page « Partenaires » présente toutes les villes partenaires.
   *[other] La recherche nécessite JavaScript, qui est désactivé. La page « Partenaires » présente tous les partenaires.
}
search-kind-partner = { $partners-are ->
    [towns] Ville partenaire
   *[other] Partenaire
}
search-kind-activity = Activité
search-kind-page = Page
search-kind-report = Rapport
