# Печатни издания: брошури за всяко партньорство, годишни доклади и списъкът им.

print-title = Печатни издания
print-intro = Брошури за всяко партньорство и годишните доклади, готови за печат. Отворете брошурата в браузъра и я отпечатайте или изтеглете PDF файла.
print-folders = { $partners-are ->
    [towns] Брошури за побратимените градове
   *[other] Брошури за партньорите
}
print-reports = Годишни доклади
print-open = Версия за печат
print-pdf = PDF
print-shop-pdf = PDF за печатницата (3 mm за обрязване, маркери за рязане)
print-shop-html = Версия за печатницата
print-folder-title = { $home } и { $partner }
print-folder-language = Език: { $language }
footer-print = Печатни издания

folder-kicker = { $partners-are ->
    [towns] Побратимени градове
   *[other] Партньорство
}
folder-since = Партньори от { $year } г.
folder-since-until = Партньори { $from }–{ $until } г.
folder-story = Нашето партньорство
folder-figures = { $partners-are ->
    [towns] Два града в цифри
   *[other] В цифри
}
folder-achievements = Какво направихме заедно
folder-plans = Какво планираме
folder-contact = Контакти
folder-more = { $count ->
    [one] …и още { $count } дейност на нашия уебсайт.
   *[other] …и още { $count } дейности на нашия уебсайт.
}
folder-no-achievements = Първите ни съвместни дейности тепърва предстоят.
folder-no-plans = Новите съвместни дейности ще бъдат обявени на нашия уебсайт.
folder-no-achievements-ended = Няма записани съвместни дейности.
folder-ended = Партньорството е прекратено.
folder-online = Повече на уебсайта
folder-partner-website = { $partners-are ->
    [towns] Уебсайтът на побратимения град
   *[other] Уебсайтът на партньора
}
folder-distance = Разстояние
folder-distance-value = { $km } km

report-cover-kicker = Годишен доклад
report-page = Страница
report-chart-title = Дейности по области през { $year } г.
report-chart-description = Стълбовидна диаграма на броя дейности във всяка област на сътрудничество; същите данни са в таблицата.
