# Текстови на интерфејсот на twinpress, на македонски.
# Идентификаторите на пораките се заеднички за сите јазици; види README.md, "Translating".

language-self = Македонски
site-skip = Премини на содржината
site-menu = Мени
site-languages = Јазик
site-main-menu = Главно мени
site-description = { $home }: меѓународни партнерства и збратимувања.
footer-contact = Контакт
footer-accessibility = Изјава за пристапност
footer-programmes = Програми за финансирање
footer-sitemap = Мапа на страницата

nav-home = Почетна
nav-partners = Партнери
nav-activities = Активности
nav-schedule = Планирани посети
nav-reports = Извештај
nav-programmes = Програми

home-intro = { $home } соработува со { $partners ->
    [one] { $partners } партнер
   *[other] { $partners } партнери
} од { $countries ->
    [one] { $countries } земја
   *[other] { $countries } земји
}.
home-partners = Нашите партнери
home-latest = Најнови активности
home-planned = Наскоро
home-all-partners = Сите партнери
home-all-partners-count = Сите партнери ({ $count })
home-all-activities = Сите активности
home-full-schedule = Целиот распоред

partners-title = { $partners-are ->
    [towns] Збратимени градови
   *[other] Партнери
}
partners-intro = { $count ->
    [one] { $count } партнер.
   *[other] { $count } партнери.
}
partners-count = { $count ->
    [one] { $count } партнер
   *[other] { $count } партнери
}
partners-country-title = { $partners-are ->
    [towns] Збратимени градови
   *[other] Партнери
}: { $country }
partners-countries = Партнери по земји
partners-empty = Сè уште нема партнери.
partner-status = Статус
partner-facts = Факти
partner-about = За партнерот
partner-common-ground = Што нè поврзува
partner-photos = Фотографии
photo-credit = Фотографија:
partner-documents = Документи
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Мапа на збратимените градови
   *[other] Мапа на партнерите
}
map-desc = { $home }: линиите водат до секој партнер и ја покажуваат оддалеченоста во километри.
partner-areas = Области на соработка
partner-timeline = Историја на партнерството
partner-activities = Заеднички активности
partner-planned = Планирано
partner-no-activities = Сè уште нема евидентирани заеднички активности.
partner-own-name = На сопствениот јазик

fact-country = Земја
fact-region = Регион
fact-kind = Вид
fact-population = Население
fact-area = Површина
fact-area-value = { $area } км²
fact-mayor = Градоначалник
fact-languages = Јазици
fact-website = Веб-страница
facts-as-of = состојба { $year }

timeline-signatories = Потпишале
timeline-reference = Правна основа
timeline-document-link = Документ ({ $kind }, { $size })

text-in-other-language = Овој текст не е достапен на овој јазик; прикажан е на јазикот: { $language }.

activities-title = Активности
activities-empty = Сè уште нема евидентирани активности.
activities-year-title = Активности во { $year } година
activities-years = Активности по години
activities-count = { $count ->
    [one] { $count } активност
   *[other] { $count } активности
}
activity-partners = Партнери
activity-place = Место
activity-organiser = Организатор
activity-programme = Програма
activity-areas = Области
activity-participants = { $count ->
    [one] { $count } учесник
   *[other] { $count } учесници
}

schedule-title = Планирани посети и активности
schedule-intro = Студиски посети и размени планирани со нашите партнери.
schedule-empty = Моментално ништо не е планирано.

reports-title = Годишни извештаи
report-title = Извештај за { $year } година
report-contents = Содржина
report-figures = Годината во бројки
report-by-partner = Активности по партнери
report-by-area = Активности по области
report-other = Други активности
report-area-count = Активности
figure-activities = Активности
figure-participants = Учесници
figure-partners = Вклучени партнери
figure-programmes = Искористени програми за финансирање
figure-planned = Сè уште планирано

programmes-title = Програми за финансирање
programme-website = Веб-страница на програмата
programme-activities = { $count ->
    [one] { $count } активност
   *[other] { $count } активности
}

page-contents = На оваа страница
page-documents = Документи

notfound-title = Страницата не е пронајдена
notfound-text = Страницата што ја барате не постои или е преместена.
notfound-home = Оди на почетната страница

a11y-title = Изјава за пристапност
a11y-intro = { $organisation } се залага да ја обезбеди пристапноста на својата веб-страница во согласност со { $country ->
    [PL] полскиот Закон од 4 април 2019 година за дигитална пристапност на веб-страниците и мобилните апликации на јавните субјекти
   *[other] { $jurisdiction ->
        [eea] националните прописи со кои се пренесува Директивата (ЕУ) 2016/2102
       *[other] Упатствата за пристапност на веб-содржината (WCAG) 2.1 на ниво AA
    }
}. Оваа изјава за пристапност се однесува на веб-страницата
a11y-dates = Датуми
a11y-published = Датум на објавување на веб-страницата
a11y-updated = Датум на последното поголемо ажурирање
a11y-compliance = Статус на усогласеност
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] Законот за дигитална пристапност
   *[other] барањата за пристапност
}
a11y-status-full = Оваа веб-страница е целосно усогласена со { a11y-law }.
a11y-status-partial = Оваа веб-страница е делумно усогласена со { a11y-law } поради неусогласеностите наведени подолу.
a11y-status-none = Оваа веб-страница не е усогласена со { a11y-law }.
a11y-exceptions = Непристапна содржина
a11y-contact = Повратни информации и податоци за контакт
a11y-contact-text = Ако имате потешкотии при користењето на веб-страницата, обратете ни се. Лице за контакт е
a11y-contact-any = Ако имате потешкотии при користењето на веб-страницата, обратете ни се.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = Е-пошта
a11y-phone = Телефон
a11y-procedure = Постапка за спроведување
a11y-procedure-text = { $country ->
    [PL] Секој има право да побара веб-страницата или кој било нејзин дел да се направи пристапен, или информациите да му се дадат во алтернативна форма. Барањето мора да ги содржи податоците за контакт на подносителот, страницата или елементот на кој се однесува и саканата алтернативна форма. Барањата ги решаваме без одлагање, најдоцна во рок од 7 дена; ако тоа не е можно, известуваме кога ќе бидат решени, најдоцна во рок од 2 месеци. Ако го одбиеме барањето, можете да поднесете приговор, а по исцрпувањето на таа постапка да се обратите до Народниот правобранител (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Секој има право да побара веб-страницата или кој било нејзин дел да се направи пристапен, или информациите да му се дадат во алтернативна форма. Наведете ги вашите податоци за контакт, страницата или елементот на кој се однесува барањето и формата што ви одговара. Барањата ги решаваме без непотребно одлагање и ве известуваме кога ќе биде исполнето вашето. Ако не сте задоволни од нашиот одговор, можете да се обратите до националното тело што ја следи пристапноста на веб-страниците на јавниот сектор.
       *[other] Можете да побарате од нас веб-страницата или кој било нејзин дел да се направи пристапен, или информациите да ви се дадат во алтернативна форма. Наведете ги вашите податоци за контакт, страницата или елементот на кој се однесува барањето и формата што ви одговара. Барањата ги решаваме без непотребно одлагање и ве известуваме кога ќе биде исполнето вашето.
    }
}
a11y-architecture = Архитектонска пристапност
a11y-communication = Пристапност на комуникацијата
a11y-communication-text = { $country ->
    [PL] Глувите и наглувите лица можат да ни се обратат по е-пошта или со помош на толкувач на знаковен јазик; ве молиме да нè известите три работни дена однапред.
   *[other] Глувите и наглувите лица можат да ни се обратат писмено, по е-пошта.
}
a11y-missing = Веб-страницата сè уште не ги објавила податоците за пристапност.

status-prospect = Потенцијален партнер
status-letter-of-intent = Писмо за намера
status-negotiating = Договорот е во подготовка
status-active = Активно партнерство
status-suspended = Привремено прекинато
status-ended = Завршено

event-contact = Прв контакт
event-letter-of-intent = Писмо за намера
event-resolution = Одлука на советот
event-agreement = Потпишан договор за партнерство
event-renewal = Обновен договор
event-suspension = Прекината соработка
event-resumption = Продолжена соработка
event-termination = Завршено партнерство

kind-city = Град
kind-municipality = Општина
kind-district = Округ
kind-county = Жупанија
kind-region = Регион
kind-school = Училиште
kind-institution = Установа

area-culture = Култура
area-education = Образование
area-sport = Спорт и рекреација
area-youth = Млади
area-seniors = Постари лица
area-social = Социјален развој
area-environment = Животна средина
area-economy = Економија
area-tourism = Туризам
area-administration = Јавна администрација
area-heritage = Културно наследство
area-health = Здравство
area-science = Наука

activity-visit = Посета
activity-study-visit = Студиска посета
activity-exchange = Размена
activity-festival = Фестивал
activity-event = Настан
activity-project = Проект
activity-conference = Конференција
activity-other = Друго

activity-status-planned = Планирано
activity-status-done = Одржано
activity-status-cancelled = Откажано
