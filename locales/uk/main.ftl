# Тексти інтерфейсу twinpress українською мовою.

language-self = Українська
site-skip = Перейти до вмісту
site-menu = Меню
site-languages = Мова
site-main-menu = Головне меню
site-description = { $home }: міжнародне партнерство.
footer-contact = Контакти
footer-accessibility = Заява про доступність
footer-programmes = Програми фінансування
footer-sitemap = Мапа сайту

nav-home = Головна
nav-partners = Партнери
nav-activities = Заходи
nav-schedule = Заплановані візити
nav-reports = Звіт
nav-programmes = Програми

home-intro = { $home } співпрацює з { $partners ->
    [one] { $partners } партнером
    [few] { $partners } партнерами
    [many] { $partners } партнерами
   *[other] { $partners } партнера
} з { $countries ->
    [one] { $countries } країни
    [few] { $countries } країн
    [many] { $countries } країн
   *[other] { $countries } країни
}.
home-partners = Наші партнери
home-latest = Останні заходи
home-planned = Незабаром
home-all-partners = Усі партнери
home-all-partners-count = Усі партнери ({ $count })
home-all-activities = Усі заходи
home-full-schedule = Повний графік

partners-title = { $partners-are ->
    [towns] Міста-партнери
   *[other] Партнери
}
partners-intro = { $count ->
    [one] { $count } партнер.
    [few] { $count } партнери.
    [many] { $count } партнерів.
   *[other] { $count } партнера.
}
partners-count = { $count ->
    [one] { $count } партнер
    [few] { $count } партнери
    [many] { $count } партнерів
   *[other] { $count } партнера
}
partners-country-title = { $partners-are ->
    [towns] Міста-партнери
   *[other] Партнери
}: { $country }
partners-countries = Партнери за країнами
partners-empty = Партнерів поки немає.
partner-status = Статус
partner-facts = Основні відомості
partner-about = Загальна інформація
partner-common-ground = Що нас об’єднує
partner-photos = Фотографії
photo-credit = Фото:
partner-documents = Документи
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Карта міст-партнерів
   *[other] Карта партнерів
}
map-desc = { $home }: лінії ведуть до кожного партнера й показують відстань у кілометрах.
partner-areas = Напрями співпраці
partner-timeline = Історія партнерства
partner-activities = Спільні заходи
partner-planned = Заплановано
partner-no-activities = Спільних заходів поки не зафіксовано.
partner-own-name = Місцевою мовою

fact-country = Країна
fact-region = Регіон
fact-kind = Тип
fact-population = Населення
fact-area = Площа
fact-area-value = { $area } км²
fact-mayor = Міський голова
fact-languages = Мови
fact-website = Вебсайт
facts-as-of = станом на { $year } р.

timeline-signatories = Підписали
timeline-reference = Правова підстава
timeline-document-link = Документ ({ $kind }, { $size })

text-in-other-language = Цей текст недоступний цією мовою; його показано такою мовою: { $language }.

activities-title = Заходи
activities-empty = Заходів поки не зафіксовано.
activities-year-title = Заходи { $year } року
activities-years = Заходи за роками
activities-count = { $count ->
    [one] { $count } захід
    [few] { $count } заходи
    [many] { $count } заходів
   *[other] { $count } заходу
}
activity-partners = Партнери
activity-place = Місце
activity-organiser = Організатор
activity-programme = Програма
activity-areas = Напрями
activity-participants = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}

schedule-title = Заплановані візити та заходи
schedule-intro = Навчальні візити та обміни, заплановані з нашими партнерами.
schedule-empty = Наразі нічого не заплановано.

reports-title = Річні звіти
report-title = Звіт за { $year } рік
report-contents = Зміст
report-figures = Рік у цифрах
report-by-partner = Заходи за партнерами
report-by-area = Заходи за напрямами
report-other = Інші заходи
report-area-count = Заходи
figure-activities = Заходи
figure-participants = Учасники
figure-partners = Залучені партнери
figure-programmes = Використані програми фінансування
figure-planned = Ще заплановано

programmes-title = Програми фінансування
programme-website = Вебсайт програми
programme-activities = { $count ->
    [one] { $count } захід
    [few] { $count } заходи
    [many] { $count } заходів
   *[other] { $count } заходу
}

page-contents = На цій сторінці
page-documents = Документи

notfound-title = Сторінку не знайдено
notfound-text = Сторінка, яку ви шукаєте, не існує або була переміщена.
notfound-home = Перейти на головну сторінку

a11y-title = Заява про доступність
a11y-intro = { $organisation } зобов’язується забезпечити доступність свого вебсайту відповідно до { $country ->
    [PL] Закону Республіки Польща від 4 квітня 2019 року про цифрову доступність вебсайтів і мобільних застосунків публічних суб’єктів
   *[other] { $jurisdiction ->
        [eea] національного законодавства, яким імплементовано Директиву (ЄС) 2016/2102
       *[other] Настанов з доступності вебконтенту (WCAG) 2.1 на рівні AA
    }
}. Ця заява про доступність стосується вебсайту
a11y-dates = Дати
a11y-published = Дата публікації вебсайту
a11y-updated = Дата останнього суттєвого оновлення
a11y-compliance = Стан відповідності
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] Закону про цифрову доступність
   *[other] вимогам щодо доступності
}
a11y-status-full = Цей вебсайт повністю відповідає { a11y-law }.
a11y-status-partial = Цей вебсайт частково відповідає { a11y-law } через невідповідності, перелічені нижче.
a11y-status-none = Цей вебсайт не відповідає { a11y-law }.
a11y-exceptions = Недоступний вміст
a11y-contact = Зворотний зв’язок і контактна інформація
a11y-contact-text = Якщо у вас виникли труднощі з використанням вебсайту, будь ласка, зв’яжіться з нами. Контактна особа:
a11y-contact-any = Якщо у вас виникли труднощі з використанням вебсайту, будь ласка, зв’яжіться з нами.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = Електронна пошта
a11y-phone = Телефон
a11y-procedure = Порядок подання вимог і скарг
a11y-procedure-text = { $country ->
    [PL] Кожен має право вимагати, щоб вебсайт або будь-який його елемент зробили доступним або щоб інформацію надали в альтернативній формі. Вимога має містити контактні дані особи, яка її подає, зазначення сторінки чи елемента, якого вона стосується, та бажану альтернативну форму. Ми розглядаємо вимоги без зволікань, не пізніше ніж протягом 7 днів; якщо це неможливо, ми повідомляємо, коли вимогу буде виконано, але не пізніше ніж протягом 2 місяців. У разі відмови ви можете подати скаргу, а після вичерпання цієї процедури — звернутися до Уповноваженого з прав людини Республіки Польща (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Кожен має право вимагати, щоб вебсайт або будь-який його елемент зробили доступним або щоб інформацію надали в альтернативній формі. Зазначте, будь ласка, свої контактні дані, сторінку чи елемент, якого стосується вимога, та бажану форму. Ми розглядаємо вимоги без зайвих зволікань і повідомляємо, коли вашу вимогу буде виконано. Якщо наша відповідь вас не задовольняє, ви можете звернутися до національного органу, що наглядає за доступністю вебсайтів державних органів.
       *[other] Ви можете попросити нас зробити вебсайт або будь-який його елемент доступним чи надати інформацію в альтернативній формі. Зазначте, будь ласка, свої контактні дані, сторінку чи елемент, якого стосується запит, та бажану форму. Ми розглядаємо запити без зайвих зволікань і повідомляємо, коли ваш запит буде виконано.
    }
}
a11y-architecture = Архітектурна доступність
a11y-communication = Інформаційно-комунікаційна доступність
a11y-communication-text = { $country ->
    [PL] Особи з порушеннями слуху можуть зв’язатися з нами електронною поштою або за допомогою перекладача жестової мови; просимо повідомити про це за три робочі дні.
   *[other] Особи з порушеннями слуху можуть зв’язатися з нами письмово, електронною поштою.
}
a11y-missing = Сайт ще не опублікував інформацію про доступність.

status-prospect = Потенційний партнер
status-letter-of-intent = Лист про наміри
status-negotiating = Угода в підготовці
status-active = Активне партнерство
status-suspended = Призупинено
status-ended = Завершено

event-contact = Перший контакт
event-letter-of-intent = Лист про наміри
event-resolution = Рішення ради
event-agreement = Підписано угоду про партнерство
event-renewal = Угоду продовжено
event-suspension = Співпрацю призупинено
event-resumption = Співпрацю відновлено
event-termination = Партнерство завершено

kind-city = Місто
kind-municipality = Громада
kind-district = Район
kind-county = Повіт
kind-region = Регіон
kind-school = Школа
kind-institution = Установа

area-culture = Культура
area-education = Освіта
area-sport = Спорт і відпочинок
area-youth = Молодь
area-seniors = Люди старшого віку
area-social = Соціальний розвиток
area-environment = Довкілля
area-economy = Економіка
area-tourism = Туризм
area-administration = Публічне управління
area-heritage = Культурна спадщина
area-health = Здоров’я
area-science = Наука

activity-visit = Візит
activity-study-visit = Навчальний візит
activity-exchange = Обмін
activity-festival = Фестиваль
activity-event = Подія
activity-project = Проєкт
activity-conference = Конференція
activity-other = Інше

activity-status-planned = Заплановано
activity-status-done = Проведено
activity-status-cancelled = Скасовано
