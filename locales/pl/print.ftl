# Publikacje do druku: foldery o partnerach, raporty roczne i ich spis.

print-title = Publikacje do druku
print-intro = Foldery o każdym partnerstwie i raporty roczne, gotowe do druku. Otwórz publikację w przeglądarce i wydrukuj ją albo pobierz PDF.
print-folders = { $partners-are ->
    [towns] Foldery o miastach partnerskich
   *[other] Foldery o partnerach
}
print-reports = Raporty roczne
print-open = Wersja do druku
print-pdf = PDF
print-shop-pdf = PDF dla drukarni (spady 3 mm, znaczniki cięcia)
print-shop-html = Wersja dla drukarni
print-folder-title = { $home } i { $partner }
print-folder-language = W języku: { $language }
footer-print = Publikacje do druku

folder-kicker = { $partners-are ->
    [towns] Miasta partnerskie
   *[other] Współpraca partnerska
}
folder-since = Partnerstwo od { $year } r.
folder-since-until = Partnerstwo w latach { $from }–{ $until }
folder-story = Nasze partnerstwo
folder-figures = { $partners-are ->
    [towns] Dwa miasta w liczbach
   *[other] W liczbach
}
folder-achievements = Co zrobiliśmy razem
folder-plans = Co planujemy
folder-contact = Kontakt
folder-more = { $count ->
    [one] …i { $count } działanie więcej na naszej stronie.
    [few] …i { $count } działania więcej na naszej stronie.
   *[other] …i { $count } działań więcej na naszej stronie.
}
folder-no-achievements = Pierwsze wspólne działania wciąż przed nami.
folder-no-plans = O nowych wspólnych działaniach poinformujemy na naszej stronie.
folder-no-achievements-ended = Nie odnotowano wspólnych działań.
folder-ended = Partnerstwo zostało zakończone.
folder-online = Więcej na stronie
folder-partner-website = { $partners-are ->
    [towns] Strona miasta partnerskiego
   *[other] Strona partnera
}
folder-distance = Odległość
folder-distance-value = { $km } km

report-cover-kicker = Raport roczny
report-page = Strona
report-chart-title = Działania według obszarów w { $year } r.
report-chart-description = Wykres słupkowy liczby działań w każdym obszarze współpracy; te same liczby są w tabeli.
