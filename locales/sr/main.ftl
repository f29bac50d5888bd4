# Текстови интерфејса програма twinpress, на српском (ћирилица).
# Идентификатори порука заједнички су за све језике; види README.md, "Translating".

language-self = Српски
site-skip = Пређи на садржај
site-menu = Мени
site-languages = Језик
site-main-menu = Главни мени
site-description = { $home }: међународна партнерства и братимљења.
footer-contact = Контакт
footer-accessibility = Изјава о приступачности
footer-programmes = Програми финансирања
footer-sitemap = Мапа сајта

nav-home = Почетна
nav-partners = Партнери
nav-activities = Активности
nav-schedule = Планиране посете
nav-reports = Извештај
nav-programmes = Програми

home-intro = { $home } сарађује са { $partners ->
    [one] { $partners } партнером
   *[other] { $partners } партнера
} из { $countries ->
    [one] { $countries } земље
    [few] { $countries } земље
   *[other] { $countries } земаља
}.
home-partners = Наши партнери
home-latest = Најновије активности
home-planned = Ускоро
home-all-partners = Сви партнери
home-all-partners-count = Сви партнери ({ $count })
home-all-activities = Све активности
home-full-schedule = Цео распоред

partners-title = { $partners-are ->
    [towns] Братски градови
   *[other] Партнери
}
partners-intro = { $count ->
    [one] { $count } партнер.
   *[other] { $count } партнера.
}
partners-count = { $count ->
    [one] { $count } партнер
   *[other] { $count } партнера
}
partners-country-title = { $partners-are ->
    [towns] Братски градови
   *[other] Партнери
}: { $country }
partners-countries = Партнери по земљама
partners-empty = Још нема партнера.
partner-status = Статус
partner-facts = Чињенице
partner-about = О партнеру
partner-common-ground = Шта нас повезује
partner-photos = Фотографије
photo-credit = Фотографија:
partner-documents = Документи
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Мапа братских градова
   *[other] Мапа партнера
}
map-desc = { $home }: линије воде до сваког партнера и показују удаљеност у километрима.
partner-areas = Области сарадње
partner-timeline = Историја партнерства
partner-activities = Заједничке активности
partner-planned = Планирано
partner-no-activities = Још нису забележене заједничке активности.
partner-own-name = На сопственом језику

fact-country = Земља
fact-region = Регион
fact-kind = Врста
fact-population = Број становника
fact-area = Површина
fact-area-value = { $area } км²
fact-mayor = Градоначелник
fact-languages = Језици
fact-website = Веб-сајт
facts-as-of = стање { $year }.

timeline-signatories = Потписали
timeline-reference = Правни основ
timeline-document-link = Документ ({ $kind }, { $size })

text-in-other-language = Овај текст није доступан на овом језику; приказан је на језику: { $language }.

activities-title = Активности
activities-empty = Још нису забележене активности.
activities-year-title = Активности у { $year }. години
activities-years = Активности по годинама
activities-count = { $count ->
    [one] { $count } активност
   *[other] { $count } активности
}
activity-partners = Партнери
activity-place = Место
activity-organiser = Организатор
activity-programme = Програм
activity-areas = Области
activity-participants = { $count ->
    [one] { $count } учесник
    [few] { $count } учесника
   *[other] { $count } учесника
}

schedule-title = Планиране посете и активности
schedule-intro = Студијске посете и размене планиране са нашим партнерима.
schedule-empty = Тренутно ништа није планирано.

reports-title = Годишњи извештаји
report-title = Извештај за { $year }. годину
report-contents = Садржај
report-figures = Година у бројкама
report-by-partner = Активности по партнерима
report-by-area = Активности по областима
report-other = Остале активности
report-area-count = Активности
figure-activities = Активности
figure-participants = Учесници
figure-partners = Укључени партнери
figure-programmes = Коришћени програми финансирања
figure-planned = Још планирано

programmes-title = Програми финансирања
programme-website = Веб-сајт програма
programme-activities = { $count ->
    [one] { $count } активност
   *[other] { $count } активности
}

page-contents = На овој страници
page-documents = Документи

notfound-title = Страница није пронађена
notfound-text = Страница коју тражите не постоји или је премештена.
notfound-home = Иди на почетну страницу

a11y-title = Изјава о приступачности
a11y-intro = { $organisation } настоји да обезбеди приступачност свог веб-сајта у складу { $country ->
    [PL] са пољским Законом од 4. априла 2019. о дигиталној приступачности веб-сајтова и мобилних апликација органа јавног сектора
   *[other] { $jurisdiction ->
        [eea] са националним прописима којима се преноси Директива (ЕУ) 2016/2102
       *[other] са Смерницама за приступачност веб-садржаја (WCAG) 2.1 на нивоу AA
    }
}. Ова изјава о приступачности односи се на веб-сајт
a11y-dates = Датуми
a11y-published = Датум објављивања веб-сајта
a11y-updated = Датум последњег већег ажурирања
a11y-compliance = Статус усклађености
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] Законом о дигиталној приступачности
   *[other] захтевима приступачности
}
a11y-status-full = Овај веб-сајт је у потпуности усклађен са { a11y-law }.
a11y-status-partial = Овај веб-сајт је делимично усклађен са { a11y-law } због неусклађености наведених у наставку.
a11y-status-none = Овај веб-сајт није усклађен са { a11y-law }.
a11y-exceptions = Неприступачан садржај
a11y-contact = Повратне информације и подаци за контакт
a11y-contact-text = Ако имате потешкоћа при коришћењу веб-сајта, обратите нам се. Особа за контакт је
a11y-contact-any = Ако имате потешкоћа при коришћењу веб-сајта, обратите нам се.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = Имејл
a11y-phone = Телефон
a11y-procedure = Поступак спровођења
a11y-procedure-text = { $country ->
    [PL] Свако има право да затражи да се веб-сајт или било који његов део учини приступачним или да му се информације пруже у алтернативном облику. Захтев мора да садржи податке за контакт подносиоца, страницу или елемент на који се односи и жељени алтернативни облик. Захтеве решавамо без одлагања, најкасније у року од 7 дана; ако то није могуће, јављамо када ће бити решени, најкасније у року од 2 месеца. Ако захтев одбијемо, можете поднети притужбу, а након исцрпљивања тог поступка обратити се заштитнику грађана (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Свако има право да затражи да се веб-сајт или било који његов део учини приступачним или да му се информације пруже у алтернативном облику. Наведите своје податке за контакт, страницу или елемент на који се захтев односи и облик који вам одговара. Захтеве решавамо без непотребног одлагања и јављамо вам када ће ваш бити испуњен. Ако нисте задовољни нашим одговором, можете се обратити националном телу које прати приступачност веб-сајтова органа јавног сектора.
       *[other] Можете да затражите од нас да веб-сајт или било који његов део учинимо приступачним или да вам информације пружимо у алтернативном облику. Наведите своје податке за контакт, страницу или елемент на који се захтев односи и облик који вам одговара. Захтеве решавамо без непотребног одлагања и јављамо вам када ће ваш бити испуњен.
    }
}
a11y-architecture = Архитектонска приступачност
a11y-communication = Приступачност комуникације
a11y-communication-text = { $country ->
    [PL] Глуве и наглуве особе могу да нам се обрате имејлом или уз помоћ тумача за знаковни језик; молимо вас да нас о томе обавестите три радна дана унапред.
   *[other] Глуве и наглуве особе могу да нам се обрате писаним путем, имејлом.
}
a11y-missing = Веб-сајт још није објавио податке о приступачности.

status-prospect = Потенцијални партнер
status-letter-of-intent = Писмо о намерама
status-negotiating = Споразум у припреми
status-active = Активно партнерство
status-suspended = Привремено обустављено
status-ended = Окончано

event-contact = Први контакт
event-letter-of-intent = Писмо о намерама
event-resolution = Одлука скупштине
event-agreement = Потписан споразум о партнерству
event-renewal = Обновљен споразум
event-suspension = Обустављена сарадња
event-resumption = Настављена сарадња
event-termination = Окончано партнерство

kind-city = Град
kind-municipality = Општина
kind-district = Округ
kind-county = Жупанија
kind-region = Регион
kind-school = Школа
kind-institution = Установа

area-culture = Култура
area-education = Образовање
area-sport = Спорт и рекреација
area-youth = Млади
area-seniors = Старије особе
area-social = Друштвени развој
area-environment = Животна средина
area-economy = Привреда
area-tourism = Туризам
area-administration = Јавна управа
area-heritage = Културно наслеђе
area-health = Здравство
area-science = Наука

activity-visit = Посета
activity-study-visit = Студијска посета
activity-exchange = Размена
activity-festival = Фестивал
activity-event = Догађај
activity-project = Пројекат
activity-conference = Конференција
activity-other = Остало

activity-status-planned = Планирано
activity-status-done = Одржано
activity-status-cancelled = Отказано
