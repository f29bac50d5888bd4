# Публикации за печатење: летоци за секое партнерство, годишни извештаи и нивниот список.

print-title = Публикации за печатење
print-intro = Летоци за секое партнерство и годишните извештаи, подготвени за печатење. Отворете еден во прелистувачот и испечатете го, или преземете го PDF-от.
print-folders = { $partners-are ->
    [towns] Летоци за збратимените градови
   *[other] Летоци за партнерите
}
print-reports = Годишни извештаи
print-open = Верзија за печатење
print-pdf = PDF
print-shop-pdf = PDF за печатница (3 мм за сечење, ознаки за сечење)
print-shop-html = Верзија за печатница
print-folder-title = { $home } и { $partner }
print-folder-language = Јазик: { $language }
footer-print = Публикации за печатење

folder-kicker = { $partners-are ->
    [towns] Збратимени градови
   *[other] Партнерство
}
folder-since = Партнери од { $year }
folder-since-until = Партнери { $from }–{ $until }
folder-story = Нашето партнерство
folder-figures = { $partners-are ->
    [towns] Два града во бројки
   *[other] Во бројки
}
folder-achievements = Што направивме заедно
folder-plans = Што планираме
folder-contact = Контакт
folder-more = { $count ->
    [one] …и уште { $count } активност на нашата веб-страница.
   *[other] …и уште { $count } активности на нашата веб-страница.
}
folder-no-achievements = Првите заеднички активности допрва нè очекуваат.
folder-no-plans = Новите заеднички активности ќе ги објавиме на нашата веб-страница.
folder-no-achievements-ended = Нема евидентирани заеднички активности.
folder-ended = Партнерството заврши.
folder-online = Повеќе на веб-страницата
folder-partner-website = { $partners-are ->
    [towns] Веб-страница на збратимениот град
   *[other] Веб-страница на партнерот
}
folder-distance = Оддалеченост
folder-distance-value = { $km } км

report-cover-kicker = Годишен извештај
report-page = Страница
report-chart-title = Активности по области во { $year } година
report-chart-description = Столбест дијаграм на бројот на активности во секоја област на соработка; истите бројки се и во табелата.
