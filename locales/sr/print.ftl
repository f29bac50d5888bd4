# Публикације за штампу: флајери о сваком партнерству, годишњи извештаји и њихов списак.

print-title = Публикације за штампу
print-intro = Флајери о сваком партнерству и годишњи извештаји, спремни за штампу. Отворите један у прегледачу и одштампајте га или преузмите PDF.
print-folders = { $partners-are ->
    [towns] Флајери о братским градовима
   *[other] Флајери о партнерима
}
print-reports = Годишњи извештаји
print-open = Верзија за штампу
print-pdf = PDF
print-shop-pdf = PDF за штампарију (3 мм за обрез, ознаке за сечење)
print-shop-html = Верзија за штампарију
print-folder-title = { $home } и { $partner }
print-folder-language = Језик: { $language }
footer-print = Публикације за штампу

folder-kicker = { $partners-are ->
    [towns] Братски градови
   *[other] Партнерство
}
folder-since = Партнери од { $year }.
folder-since-until = Партнери { $from }. – { $until }.
folder-story = Наше партнерство
folder-figures = { $partners-are ->
    [towns] Два града у бројкама
   *[other] У бројкама
}
folder-achievements = Шта смо заједно остварили
folder-plans = Шта планирамо
folder-contact = Контакт
folder-more = { $count ->
    [one] …и још { $count } активност на нашем веб-сајту.
   *[other] …и још { $count } активности на нашем веб-сајту.
}
folder-no-achievements = Прве заједничке активности тек су пред нама.
folder-no-plans = Нове заједничке активности најавићемо на нашем веб-сајту.
folder-no-achievements-ended = Нису забележене заједничке активности.
folder-ended = Партнерство је окончано.
folder-online = Више на веб-сајту
folder-partner-website = { $partners-are ->
    [towns] Веб-сајт братског града
   *[other] Веб-сајт партнера
}
folder-distance = Удаљеност
folder-distance-value = { $km } км

report-cover-kicker = Годишњи извештај
report-page = Страница
report-chart-title = Активности по областима у { $year }. години
report-chart-description = Стубичасти графикон броја активности у свакој области сарадње; исти бројеви су у табели.
