# Текстовете на интерфейса на twinpress, на български.
# Идентификаторите на съобщенията са общи за всички езици; вж. README.md, "Translating".

language-self = Български
site-skip = Към съдържанието
site-menu = Меню
site-languages = Език
site-main-menu = Основно меню
site-description = { $home }: международни партньорства и побратимявания.
footer-contact = Контакти
footer-accessibility = Декларация за достъпност
footer-programmes = Програми за финансиране
footer-sitemap = Карта на сайта

nav-home = Начало
nav-partners = Партньори
nav-activities = Дейности
nav-schedule = Планирани посещения
nav-reports = Доклад
nav-programmes = Програми

home-intro = { $home } си сътрудничи с { $partners ->
    [one] { $partners } партньор
   *[other] { $partners } партньори
} от { $countries ->
    [one] { $countries } държава
   *[other] { $countries } държави
}.
home-partners = Нашите партньори
home-latest = Последни дейности
home-planned = Предстоящи
home-all-partners = Всички партньори
home-all-partners-count = Всички партньори ({ $count })
home-all-activities = Всички дейности
home-full-schedule = Цялата програма

partners-title = { $partners-are ->
    [towns] Побратимени градове
   *[other] Партньори
}
partners-intro = { $count ->
    [one] { $count } партньор.
   *[other] { $count } партньори.
}
partners-count = { $count ->
    [one] { $count } партньор
   *[other] { $count } партньори
}
partners-country-title = { $partners-are ->
    [towns] Побратимени градове
   *[other] Партньори
}: { $country }
partners-countries = Партньори по държави
partners-empty = Все още няма партньори.
partner-status = Статус
partner-facts = Факти
partner-about = Представяне
partner-common-ground = Какво ни свързва
partner-photos = Снимки
photo-credit = Снимка:
partner-documents = Документи
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Карта на побратимените градове
   *[other] Карта на партньорите
}
map-desc = { $home }: линиите водят до всеки партньор и показват разстоянието в километри.
partner-areas = Области на сътрудничество
partner-timeline = История на партньорството
partner-activities = Съвместни дейности
partner-planned = Планирани
partner-no-activities = Все още няма записани съвместни дейности.
partner-own-name = На собствения си език

fact-country = Държава
fact-region = Регион
fact-kind = Вид
fact-population = Население
fact-area = Площ
fact-area-value = { $area } km²
fact-mayor = Кмет
fact-languages = Езици
fact-website = Уебсайт
facts-as-of = към { $year } г.

timeline-signatories = Подписали
timeline-reference = Правно основание
timeline-document-link = Документ ({ $kind }, { $size })

text-in-other-language = Този текст не е наличен на този език; показан е на следния език: { $language }.

activities-title = Дейности
activities-empty = Все още няма записани дейности.
activities-year-title = Дейности през { $year } г.
activities-years = Дейности по години
activities-count = { $count ->
    [one] { $count } дейност
   *[other] { $count } дейности
}
activity-partners = Партньори
activity-place = Място
activity-organiser = Организатор
activity-programme = Програма
activity-areas = Области
activity-participants = { $count ->
    [one] { $count } участник
   *[other] { $count } участници
}

schedule-title = Планирани посещения и дейности
schedule-intro = Учебни посещения и обмени, планирани с нашите партньори.
schedule-empty = В момента няма нищо планирано.

reports-title = Годишни доклади
report-title = Доклад за { $year } г.
report-contents = Съдържание
report-figures = Годината в цифри
report-by-partner = Дейности по партньори
report-by-area = Дейности по области
report-other = Други дейности
report-area-count = Дейности
figure-activities = Дейности
figure-participants = Участници
figure-partners = Участвали партньори
figure-programmes = Използвани програми за финансиране
figure-planned = Все още планирани

programmes-title = Програми за финансиране
programme-website = Уебсайт на програмата
programme-activities = { $count ->
    [one] { $count } дейност
   *[other] { $count } дейности
}

page-contents = На тази страница
page-documents = Документи

notfound-title = Страницата не е намерена
notfound-text = Страницата, която търсите, не съществува или е преместена.
notfound-home = Към началната страница

a11y-title = Декларация за достъпност
a11y-intro = { $organisation } се ангажира да направи уебсайта си достъпен в съответствие с { $country ->
    [PL] полския закон от 4 април 2019 г. за цифровата достъпност на уебсайтовете и мобилните приложения на публичните органи
   *[other] { $jurisdiction ->
        [eea] националното законодателство, с което се транспонира Директива (ЕС) 2016/2102
       *[other] Указанията за достъпност на уеб съдържанието (WCAG) 2.1 на ниво AA
    }
}. Настоящата декларация за достъпност се отнася за уебсайта
a11y-dates = Дати
a11y-published = Дата на публикуване на уебсайта
a11y-updated = Дата на последната съществена актуализация
a11y-compliance = Статус на съответствие
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] закона за цифровата достъпност
   *[other] изискванията за достъпност
}
a11y-status-full = Този уебсайт е в пълно съответствие с { a11y-law }.
a11y-status-partial = Този уебсайт е в частично съответствие с { a11y-law } поради изброените по-долу несъответствия.
a11y-status-none = Този уебсайт не е в съответствие с { a11y-law }.
a11y-exceptions = Недостъпно съдържание
a11y-contact = Обратна връзка и данни за контакт
a11y-contact-text = Ако имате затруднения при използването на уебсайта, свържете се с нас. Лице за контакт:
a11y-contact-any = Ако имате затруднения при използването на уебсайта, свържете се с нас.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = Електронна поща
a11y-phone = Телефон
a11y-procedure = Процедура по прилагане
a11y-procedure-text = { $country ->
    [PL] Всеки има право да поиска уебсайтът или някой от неговите елементи да бъде направен достъпен или информацията да му бъде предоставена в алтернативен формат. Искането трябва да съдържа данните за контакт на подателя, страницата или елемента, за които се отнася, и предпочитания алтернативен формат. Разглеждаме исканията незабавно, най-късно в срок от 7 дни; ако това не е възможно, съобщаваме кога ще бъдат изпълнени, най-късно в срок от 2 месеца. Ако откажем, можете да подадете жалба, а след изчерпване на тази процедура — да се обърнете към омбудсмана (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Всеки има право да поиска уебсайтът или някой от неговите елементи да бъде направен достъпен или информацията да му бъде предоставена в алтернативен формат. Посочете данните си за контакт, страницата или елемента, за които се отнася искането, и формата, който предпочитате. Разглеждаме исканията без излишно забавяне и ви съобщаваме кога ще бъде изпълнено вашето. Ако не сте доволни от отговора ни, можете да се обърнете към националния орган, който наблюдава достъпността на уебсайтовете на публичните органи.
       *[other] Можете да поискате от нас да направим уебсайта или някой от неговите елементи достъпен или да ви предоставим информацията в алтернативен формат. Посочете данните си за контакт, страницата или елемента, за които се отнася искането, и формата, който предпочитате. Разглеждаме исканията без излишно забавяне и ви съобщаваме кога ще бъде изпълнено вашето.
    }
}
a11y-architecture = Архитектурна достъпност
a11y-communication = Достъпност на комуникацията
a11y-communication-text = { $country ->
    [PL] Глухите хора и хората с увреден слух могат да се свържат с нас по електронна поща или чрез преводач на жестов език; моля, уведомете ни три работни дни предварително.
   *[other] Глухите хора и хората с увреден слух могат да се свържат с нас писмено, по електронна поща.
}
a11y-missing = Сайтът все още не е публикувал данните си за достъпност.

status-prospect = Потенциален партньор
status-letter-of-intent = Писмо за намерения
status-negotiating = Споразумение в подготовка
status-active = Активно партньорство
status-suspended = Временно прекратено
status-ended = Прекратено

event-contact = Първи контакт
event-letter-of-intent = Писмо за намерения
event-resolution = Решение на общинския съвет
event-agreement = Подписано споразумение за побратимяване
event-renewal = Подновено споразумение
event-suspension = Временно прекратено сътрудничество
event-resumption = Възобновено сътрудничество
event-termination = Прекратено партньорство

kind-city = Град
kind-municipality = Община
kind-district = Район
kind-county = Област
kind-region = Регион
kind-school = Училище
kind-institution = Институция

area-culture = Култура
area-education = Образование
area-sport = Спорт и отдих
area-youth = Младежи
area-seniors = Възрастни хора
area-social = Социално развитие
area-environment = Околна среда
area-economy = Икономика
area-tourism = Туризъм
area-administration = Публична администрация
area-heritage = Културно наследство
area-health = Здравеопазване
area-science = Наука

activity-visit = Посещение
activity-study-visit = Учебно посещение
activity-exchange = Обмен
activity-festival = Фестивал
activity-event = Събитие
activity-project = Проект
activity-conference = Конференция
activity-other = Друго

activity-status-planned = Планирана
activity-status-done = Проведена
activity-status-cancelled = Отменена
