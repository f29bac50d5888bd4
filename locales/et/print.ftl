# Trükised: voldikud iga partnerluse kohta, aastaaruanded ja nende loetelu.

print-title = Trükised
print-intro = Voldikud iga partnerluse kohta ja aastaaruanded, trükivalmis. Avage voldik brauseris ja printige see või laadige alla PDF.
print-folders = { $partners-are ->
    [towns] Sõpruslinnade voldikud
   *[other] Partnerite voldikud
}
print-reports = Aastaaruanded
print-open = Prinditav versioon
print-pdf = PDF
print-shop-pdf = PDF trükikojale (3 mm lõikevaru, lõikemärgid)
print-shop-html = Trükikoja versioon
print-folder-title = { $home } ja { $partner }
print-folder-language = Keel: { $language }
footer-print = Trükised

folder-kicker = { $partners-are ->
    [towns] Sõpruslinnad
   *[other] Partnerlus
}
folder-since = Partnerid alates { $year }
folder-since-until = Partnerid { $from }–{ $until }
folder-story = Meie partnerlus
folder-figures = { $partners-are ->
    [towns] Kaks linna arvudes
   *[other] Arvudes
}
folder-achievements = Mida oleme koos teinud
folder-plans = Mida kavandame
folder-contact = Kontakt
folder-more = { $count ->
    [one] …ja veel { $count } tegevus meie veebisaidil.
   *[other] …ja veel { $count } tegevust meie veebisaidil.
}
folder-no-achievements = Meie esimesed ühised tegevused on alles ees.
folder-no-plans = Uutest ühistest tegevustest anname teada oma veebisaidil.
folder-no-achievements-ended = Ühiseid tegevusi pole kirja pandud.
folder-ended = Partnerlus on lõppenud.
folder-online = Rohkem veebisaidil
folder-partner-website = { $partners-are ->
    [towns] Sõpruslinna veebisait
   *[other] Partneri veebisait
}
folder-distance = Kaugus
folder-distance-value = { $km } km

report-cover-kicker = Aastaaruanne
report-page = Lehekülg
report-chart-title = Tegevused valdkondade kaupa { $year }. aastal
report-chart-description = Tulpdiagramm tegevuste arvust igas koostöövaldkonnas; samad arvud on tabelis.
