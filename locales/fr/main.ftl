# Textes de l’interface de twinpress, en français.

language-self = Français
site-skip = Aller au contenu
site-menu = Menu
site-languages = Langue
site-main-menu = Menu principal
site-description = { $home } : partenariats internationaux.
footer-contact = Contact
footer-accessibility = Déclaration d’accessibilité
footer-programmes = Programmes de financement
footer-sitemap = Plan du site

nav-home = Accueil
nav-partners = Partenaires
nav-activities = Activités
nav-schedule = Visites prévues
nav-reports = Rapport
nav-programmes = Programmes

home-intro = { $home } coopère avec { $partners ->
    [one] { $partners } partenaire
   *[other] { $partners } partenaires
} dans { $countries ->
    [one] { $countries } pays
   *[other] { $countries } pays
}.
home-partners = Nos partenaires
home-latest = Dernières activités
home-planned = À venir
home-all-partners = Tous les partenaires
home-all-partners-count = Tous les partenaires ({ $count })
home-all-activities = Toutes les activités
home-full-schedule = Calendrier complet

partners-title = { $partners-are ->
    [towns] Villes partenaires
   *[other] Partenaires
}
partners-intro = { $count ->
    [one] { $count } partenaire.
   *[other] { $count } partenaires.
}
partners-count = { $count ->
    [one] { $count } partenaire
   *[other] { $count } partenaires
}
partners-country-title = { $partners-are ->
    [towns] Villes partenaires
   *[other] Partenaires
} : { $country }
partners-countries = Partenaires par pays
partners-empty = Il n’y a pas encore de partenaires.
partner-status = Statut
partner-facts = Informations clés
partner-about = Présentation
partner-common-ground = Ce qui nous unit
partner-photos = Photos
photo-credit = Photo :
partner-documents = Documents
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Carte des villes partenaires
   *[other] Carte des partenaires
}
map-desc = { $home } : des lignes mènent à chaque partenaire et indiquent la distance en kilomètres.
partner-areas = Domaines de coopération
partner-timeline = Historique du partenariat
partner-activities = Activités communes
partner-planned = Prévu
partner-no-activities = Aucune activité commune n’a encore été enregistrée.
partner-own-name = Dans sa langue

fact-country = Pays
fact-region = Région
fact-kind = Type
fact-population = Population
fact-area = Superficie
fact-area-value = { $area } km²
fact-mayor = Maire
fact-languages = Langues
fact-website = Site internet
facts-as-of = situation en { $year }

timeline-signatories = Signataires
timeline-reference = Base juridique
timeline-document-link = Document ({ $kind }, { $size })

text-in-other-language = Ce texte n’est pas disponible dans cette langue. Il est affiché en { $language }.

activities-title = Activités
activities-empty = Aucune activité n’a encore été enregistrée.
activities-year-title = Activités en { $year }
activities-years = Activités par année
activities-count = { $count ->
    [one] { $count } activité
   *[other] { $count } activités
}
activity-partners = Partenaires
activity-place = Lieu
activity-organiser = Organisateur
activity-programme = Programme
activity-areas = Domaines
activity-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}

schedule-title = Visites et activités prévues
schedule-intro = Visites d’étude et échanges prévus avec nos partenaires.
schedule-empty = Rien n’est prévu pour le moment.

reports-title = Rapports annuels
report-title = Rapport { $year }
report-contents = Sommaire
report-figures = L’année en chiffres
report-by-partner = Activités par partenaire
report-by-area = Activités par domaine
report-other = Autres activités
report-area-count = Activités
figure-activities = Activités
figure-participants = Participants
figure-partners = Partenaires impliqués
figure-programmes = Programmes de financement utilisés
figure-planned = Encore à venir

programmes-title = Programmes de financement
programme-website = Site du programme
programme-activities = { $count ->
    [one] { $count } activité
   *[other] { $count } activités
}

page-contents = Sur cette page
page-documents = Documents

notfound-title = Page introuvable
notfound-text = La page que vous recherchez n’existe pas ou a été déplacée.
notfound-home = Aller à la page d’accueil

a11y-title = Déclaration d’accessibilité
a11y-intro = { $organisation } s’engage à rendre son site internet accessible, conformément { $country ->
    [PL] à la loi polonaise du 4 avril 2019 relative à l’accessibilité numérique des sites internet et des applications mobiles des organismes publics
    [FR] à l’article 47 de la loi n° 2005-102 du 11 février 2005 pour l’égalité des droits et des chances, la participation et la citoyenneté des personnes handicapées
   *[other] { $jurisdiction ->
        [eea] à la législation nationale transposant la directive (UE) 2016/2102
       *[other] aux Règles pour l’accessibilité des contenus Web (WCAG) 2.1, au niveau AA
    }
}. La présente déclaration d’accessibilité s’applique au site internet
a11y-dates = Dates
a11y-published = Date de publication du site internet
a11y-updated = Date de la dernière mise à jour importante
a11y-compliance = État de conformité
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] à la loi sur l’accessibilité numérique
    [FR] au référentiel général d’amélioration de l’accessibilité (RGAA)
   *[other] aux exigences en matière d’accessibilité
}
a11y-status-full = Ce site internet est entièrement conforme { a11y-law }.
a11y-status-partial = Ce site internet est partiellement conforme { a11y-law }, en raison des non-conformités énumérées ci-dessous.
a11y-status-none = Ce site internet n’est pas conforme { a11y-law }.
a11y-exceptions = Contenu non accessible
a11y-contact = Retour d’information et coordonnées
a11y-contact-text = Si vous rencontrez des difficultés pour utiliser le site internet, veuillez nous contacter. La personne à contacter est
a11y-contact-any = Si vous rencontrez des difficultés pour utiliser le site internet, veuillez nous contacter.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = Courriel
a11y-phone = Téléphone
a11y-procedure = Procédure de recours
a11y-procedure-text = { $country ->
    [PL] Toute personne a le droit de demander qu’un site internet ou l’un de ses éléments soit rendu accessible, ou que l’information lui soit fournie sous une autre forme. La demande doit indiquer les coordonnées de son auteur, la page ou l’élément concerné et la forme alternative souhaitée. Nous traitons les demandes sans délai, au plus tard dans les 7 jours. Si ce n’est pas possible, nous vous indiquons dans quel délai la demande sera satisfaite, au plus tard dans les 2 mois. En cas de refus, vous pouvez déposer une réclamation puis, une fois cette procédure épuisée, saisir le Défenseur des droits polonais (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Toute personne a le droit de demander qu’un site internet ou l’un de ses éléments soit rendu accessible, ou que l’information lui soit fournie sous une autre forme. Veuillez indiquer vos coordonnées, la page ou l’élément concerné et la forme souhaitée. Nous traitons les demandes dans les meilleurs délais et vous indiquons quand la vôtre sera satisfaite. Si notre réponse ne vous satisfait pas, vous pouvez saisir l’organisme national chargé de contrôler l’accessibilité des sites internet des organismes publics.
       *[other] Vous pouvez nous demander de rendre accessible un site internet ou l’un de ses éléments, ou de vous fournir l’information sous une autre forme. Veuillez indiquer vos coordonnées, la page ou l’élément concerné et la forme souhaitée. Nous traitons les demandes dans les meilleurs délais et vous indiquons quand la vôtre sera satisfaite.
    }
}
a11y-architecture = Accessibilité des bâtiments
a11y-communication = Accessibilité de la communication
a11y-communication-text = { $country ->
    [PL] Les personnes sourdes ou malentendantes peuvent nous contacter par courriel ou par l’intermédiaire d’un interprète en langue des signes, en nous prévenant trois jours ouvrables à l’avance.
   *[other] Les personnes sourdes ou malentendantes peuvent nous contacter par écrit, par courriel.
}
a11y-missing = Le site n’a pas encore publié ses informations d’accessibilité.

status-prospect = Partenaire potentiel
status-letter-of-intent = Lettre d’intention
status-negotiating = Accord en préparation
status-active = Partenariat actif
status-suspended = Suspendu
status-ended = Terminé

event-contact = Premier contact
event-letter-of-intent = Lettre d’intention
event-resolution = Délibération du conseil
event-agreement = Signature de l’accord de partenariat
event-renewal = Renouvellement de l’accord
event-suspension = Suspension de la coopération
event-resumption = Reprise de la coopération
event-termination = Fin du partenariat

kind-city = Ville
kind-municipality = Commune
kind-district = District
kind-county = Comté
kind-region = Région
kind-school = École
kind-institution = Institution

area-culture = Culture
area-education = Éducation
area-sport = Sport et loisirs
area-youth = Jeunesse
area-seniors = Seniors
area-social = Développement social
area-environment = Environnement
area-economy = Économie
area-tourism = Tourisme
area-administration = Administration publique
area-heritage = Patrimoine
area-health = Santé
area-science = Sciences

activity-visit = Visite
activity-study-visit = Visite d’étude
activity-exchange = Échange
activity-festival = Festival
activity-event = Événement
activity-project = Projet
activity-conference = Conférence
activity-other = Autre

activity-status-planned = Prévue
activity-status-done = Réalisée
activity-status-cancelled = Annulée
