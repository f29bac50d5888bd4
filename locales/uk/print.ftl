# Видання для друку: буклети про партнерства, річні звіти та їхній перелік.

print-title = Видання для друку
print-intro = Буклети про кожне партнерство та річні звіти, готові до друку. Відкрийте видання в браузері й надрукуйте його або завантажте PDF.
print-folders = { $partners-are ->
    [towns] Буклети про міста-партнери
   *[other] Буклети про партнерів
}
print-reports = Річні звіти
print-open = Версія для друку
print-pdf = PDF
print-shop-pdf = PDF для друкарні (виліт 3 мм, мітки обрізу)
print-shop-html = Версія для друкарні
print-folder-title = { $home } та { $partner }
print-folder-language = Мова: { $language }
footer-print = Видання для друку

folder-kicker = { $partners-are ->
    [towns] Міста-партнери
   *[other] Партнерство
}
folder-since = Партнери з { $year } року
folder-since-until = Партнери у { $from }–{ $until } роках
folder-story = Наше партнерство
folder-figures = { $partners-are ->
    [towns] Два міста в цифрах
   *[other] У цифрах
}
folder-achievements = Що ми зробили разом
folder-plans = Що ми плануємо
folder-contact = Контакти
folder-more = { $count ->
    [one] …і ще { $count } захід на нашому вебсайті.
    [few] …і ще { $count } заходи на нашому вебсайті.
    [many] …і ще { $count } заходів на нашому вебсайті.
   *[other] …і ще { $count } заходу на нашому вебсайті.
}
folder-no-achievements = Перші спільні заходи ще попереду.
folder-no-plans = Про нові спільні заходи ми повідомимо на нашому вебсайті.
folder-no-achievements-ended = Спільних заходів не зафіксовано.
folder-ended = Партнерство припинено.
folder-online = Докладніше на вебсайті
folder-partner-website = Вебсайт партнера
folder-distance = Відстань
folder-distance-value = { $km } км

report-cover-kicker = Річний звіт
report-page = Сторінка
report-chart-title = Заходи за напрямами у { $year } році
report-chart-description = Стовпчикова діаграма кількості заходів за кожним напрямом співпраці; ті самі дані наведено в таблиці.
