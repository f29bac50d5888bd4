# Izdevumi drukāšanai: bukleti par partnerībām, gada pārskati un to saraksts.

print-title = Izdevumi drukāšanai
print-intro = Bukleti par katru partnerību un gada pārskati, sagatavoti drukāšanai. Atveriet izdevumu pārlūkprogrammā un izdrukājiet to vai lejupielādējiet PDF.
print-folders = { $partners-are ->
    [towns] Bukleti par sadraudzības pilsētām
   *[other] Bukleti par partneriem
}
print-reports = Gada pārskati
print-open = Drukas versija
print-pdf = PDF
print-shop-pdf = PDF tipogrāfijai (3 mm uzlaide, griešanas zīmes)
print-shop-html = Versija tipogrāfijai
print-folder-title = { $home } un { $partner }
print-folder-language = Valoda: { $language }
footer-print = Izdevumi drukāšanai

folder-kicker = { $partners-are ->
    [towns] Sadraudzības pilsētas
   *[other] Partnerība
}
folder-since = Partneri kopš { $year }. gada
folder-since-until = Partneri no { $from }. līdz { $until }. gadam
folder-story = Mūsu partnerība
folder-figures = { $partners-are ->
    [towns] Divas pilsētas skaitļos
   *[other] Skaitļos
}
folder-achievements = Ko esam paveikuši kopā
folder-plans = Ko plānojam
folder-contact = Kontakti
folder-more = { $count ->
    [zero] …un vēl { $count } aktivitātes mūsu tīmekļvietnē.
    [one] …un vēl { $count } aktivitāte mūsu tīmekļvietnē.
   *[other] …un vēl { $count } aktivitātes mūsu tīmekļvietnē.
}
folder-no-achievements = Pirmās kopīgās aktivitātes mums vēl priekšā.
folder-no-plans = Par jaunām kopīgām aktivitātēm paziņosim mūsu tīmekļvietnē.
folder-no-achievements-ended = Kopīgas aktivitātes nav reģistrētas.
folder-ended = Partnerība ir beigusies.
folder-online = Vairāk tīmekļvietnē
folder-partner-website = Partnera tīmekļvietne
folder-distance = Attālums
folder-distance-value = { $km } km

report-cover-kicker = Gada pārskats
report-page = Lappuse
report-chart-title = Aktivitātes pa jomām { $year }. gadā
report-chart-description = Stabiņu diagramma ar aktivitāšu skaitu katrā sadarbības jomā; tie paši skaitļi norādīti tabulā.
