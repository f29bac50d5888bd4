# twinpress-ის ინტერფეისის ტექსტები, ქართულად.

language-self = ქართული
site-skip = ძირითად შინაარსზე გადასვლა
site-menu = მენიუ
site-languages = ენა
site-main-menu = მთავარი მენიუ
site-description = { $home }: საერთაშორისო პარტნიორობა.
footer-contact = კონტაქტი
footer-accessibility = განცხადება ხელმისაწვდომობის შესახებ
footer-programmes = დაფინანსების პროგრამები
footer-sitemap = საიტის რუკა

nav-home = მთავარი
nav-partners = პარტნიორები
nav-activities = აქტივობები
nav-schedule = დაგეგმილი ვიზიტები
nav-reports = ანგარიში
nav-programmes = პროგრამები

home-intro = { $home } თანამშრომლობს { $partners ->
    [one] ერთ პარტნიორთან
   *[other] { $partners } პარტნიორთან
} { $countries ->
    [one] ერთ ქვეყანაში
   *[other] { $countries } ქვეყანაში
}.
home-partners = ჩვენი პარტნიორები
home-latest = ბოლო აქტივობები
home-planned = მალე
home-all-partners = ყველა პარტნიორი
home-all-partners-count = ყველა პარტნიორი ({ $count })
home-all-activities = ყველა აქტივობა
home-full-schedule = სრული განრიგი

partners-title = { $partners-are ->
    [towns] პარტნიორი ქალაქები
   *[other] პარტნიორები
}
partners-intro = { $count ->
    [one] ერთი პარტნიორი.
   *[other] { $count } პარტნიორი.
}
partners-count = { $count ->
    [one] ერთი პარტნიორი
   *[other] { $count } პარტნიორი
}
partners-country-title = { $partners-are ->
    [towns] პარტნიორი ქალაქები
   *[other] პარტნიორები
}: { $country }
partners-countries = პარტნიორები ქვეყნების მიხედვით
partners-empty = პარტნიორები ჯერ არ გვყავს.
partner-status = სტატუსი
partner-facts = ძირითადი მონაცემები
partner-about = ზოგადი ინფორმაცია
partner-common-ground = რა გვაერთიანებს
partner-photos = ფოტოები
photo-credit = ფოტო:
partner-documents = დოკუმენტები
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] პარტნიორი ქალაქების რუკა
   *[other] პარტნიორების რუკა
}
map-desc = { $home }: ხაზები თითოეულ პარტნიორამდე მიდის და მანძილს კილომეტრებში აჩვენებს.
partner-areas = თანამშრომლობის სფეროები
partner-timeline = პარტნიორობის ისტორია
partner-activities = ერთობლივი აქტივობები
partner-planned = დაგეგმილი
partner-no-activities = ერთობლივი აქტივობები ჯერ არ არის აღრიცხული.
partner-own-name = ადგილობრივ ენაზე

fact-country = ქვეყანა
fact-region = რეგიონი
fact-kind = ტიპი
fact-population = მოსახლეობა
fact-area = ფართობი
fact-area-value = { $area } კმ²
fact-mayor = მერი
fact-languages = ენები
fact-website = ვებგვერდი
facts-as-of = { $year } წლის მონაცემებით

timeline-signatories = ხელმომწერები
timeline-reference = სამართლებრივი საფუძველი
timeline-document-link = დოკუმენტი ({ $kind }, { $size })

text-in-other-language = ეს ტექსტი ამ ენაზე ხელმისაწვდომი არ არის; ის ნაჩვენებია შემდეგ ენაზე: { $language }.

activities-title = აქტივობები
activities-empty = აქტივობები ჯერ არ არის აღრიცხული.
activities-year-title = { $year } წლის აქტივობები
activities-years = აქტივობები წლების მიხედვით
activities-count = { $count ->
    [one] ერთი აქტივობა
   *[other] { $count } აქტივობა
}
activity-partners = პარტნიორები
activity-place = ადგილი
activity-organiser = ორგანიზატორი
activity-programme = პროგრამა
activity-areas = სფეროები
activity-participants = { $count ->
    [one] { $count } მონაწილე
   *[other] { $count } მონაწილე
}

schedule-title = დაგეგმილი ვიზიტები და აქტივობები
schedule-intro = ჩვენს პარტნიორებთან დაგეგმილი სასწავლო ვიზიტები და გაცვლითი პროგრამები.
schedule-empty = ამჟამად არაფერია დაგეგმილი.

reports-title = წლიური ანგარიშები
report-title = { $year } წლის ანგარიში
report-contents = სარჩევი
report-figures = წელი ციფრებში
report-by-partner = აქტივობები პარტნიორების მიხედვით
report-by-area = აქტივობები სფეროების მიხედვით
report-other = სხვა აქტივობები
report-area-count = აქტივობები
figure-activities = აქტივობები
figure-participants = მონაწილეები
figure-partners = ჩართული პარტნიორები
figure-programmes = გამოყენებული დაფინანსების პროგრამები
figure-planned = ჯერ კიდევ დაგეგმილი

programmes-title = დაფინანსების პროგრამები
programme-website = პროგრამის ვებგვერდი
programme-activities = { $count ->
    [one] ერთი აქტივობა
   *[other] { $count } აქტივობა
}

page-contents = ამ გვერდზე
page-documents = დოკუმენტები

notfound-title = გვერდი ვერ მოიძებნა
notfound-text = გვერდი, რომელსაც ეძებთ, არ არსებობს ან სხვა მისამართზეა გადატანილი.
notfound-home = მთავარ გვერდზე გადასვლა

a11y-title = განცხადება ხელმისაწვდომობის შესახებ
a11y-intro = { $organisation } იღებს ვალდებულებას, უზრუნველყოს თავისი ვებგვერდის ხელმისაწვდომობა { $country ->
    [PL] პოლონეთის 2019 წლის 4 აპრილის კანონის „საჯარო დაწესებულებების ვებგვერდებისა და მობილური აპლიკაციების ციფრული ხელმისაწვდომობის შესახებ“
   *[other] { $jurisdiction ->
        [eea] ევროკავშირის 2016/2102 დირექტივის დამნერგავი ეროვნული კანონმდებლობის
       *[other] ვებკონტენტის ხელმისაწვდომობის სახელმძღვანელო პრინციპების (WCAG) 2.1 ვერსიის AA დონის
    }
} შესაბამისად. ეს განცხადება ხელმისაწვდომობის შესახებ ეხება ვებგვერდს
a11y-dates = თარიღები
a11y-published = ვებგვერდის გამოქვეყნების თარიღი
a11y-updated = ბოლო მნიშვნელოვანი განახლების თარიღი
a11y-compliance = შესაბამისობის სტატუსი
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] ციფრული ხელმისაწვდომობის შესახებ კანონს
   *[other] ხელმისაწვდომობის მოთხოვნებს
}
a11y-status-full = ეს ვებგვერდი სრულად შეესაბამება { a11y-law }.
a11y-status-partial = ეს ვებგვერდი ნაწილობრივ შეესაბამება { a11y-law } ქვემოთ ჩამოთვლილი შეუსაბამობების გამო.
a11y-status-none = ეს ვებგვერდი არ შეესაბამება { a11y-law }.
a11y-exceptions = მიუწვდომელი შინაარსი
a11y-contact = უკუკავშირი და საკონტაქტო ინფორმაცია
a11y-contact-text = თუ ვებგვერდით სარგებლობისას სირთულეები შეგექმნათ, გთხოვთ, დაგვიკავშირდეთ. საკონტაქტო პირი:
a11y-contact-any = თუ ვებგვერდით სარგებლობისას სირთულეები შეგექმნათ, გთხოვთ, დაგვიკავშირდეთ.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = ელფოსტა
a11y-phone = ტელეფონი
a11y-procedure = მოთხოვნებისა და საჩივრების განხილვის წესი
a11y-procedure-text = { $country ->
    [PL] ყველას აქვს უფლება, მოითხოვოს ვებგვერდის ან მისი რომელიმე ელემენტის ხელმისაწვდომობის უზრუნველყოფა ან ინფორმაციის ალტერნატიული ფორმით მიწოდება. მოთხოვნა უნდა შეიცავდეს მომთხოვნი პირის საკონტაქტო მონაცემებს, იმ გვერდის ან ელემენტის მითითებას, რომელსაც მოთხოვნა ეხება, და სასურველ ალტერნატიულ ფორმას. მოთხოვნებს განვიხილავთ დაუყოვნებლივ, არაუგვიანეს 7 დღისა; თუ ეს შეუძლებელია, გაცნობებთ, როდის შესრულდება მოთხოვნა, მაგრამ არაუგვიანეს 2 თვისა. უარის შემთხვევაში შეგიძლიათ შეიტანოთ საჩივარი, ხოლო ამ პროცედურის ამოწურვის შემდეგ მიმართოთ პოლონეთის სახალხო დამცველს (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] ყველას აქვს უფლება, მოითხოვოს ვებგვერდის ან მისი რომელიმე ელემენტის ხელმისაწვდომობის უზრუნველყოფა ან ინფორმაციის ალტერნატიული ფორმით მიწოდება. გთხოვთ, მიუთითოთ თქვენი საკონტაქტო მონაცემები, შესაბამისი გვერდი ან ელემენტი და სასურველი ფორმა. მოთხოვნებს განვიხილავთ გაუმართლებელი დაყოვნების გარეშე და გაცნობებთ, როდის შესრულდება თქვენი მოთხოვნა. თუ ჩვენი პასუხი არ გაკმაყოფილებთ, შეგიძლიათ მიმართოთ ეროვნულ ორგანოს, რომელიც საჯარო დაწესებულებების ვებგვერდების ხელმისაწვდომობას ზედამხედველობს.
       *[other] შეგიძლიათ გვთხოვოთ, უზრუნველვყოთ ვებგვერდის ან მისი რომელიმე ელემენტის ხელმისაწვდომობა ან მოგაწოდოთ ინფორმაცია ალტერნატიული ფორმით. გთხოვთ, მიუთითოთ თქვენი საკონტაქტო მონაცემები, შესაბამისი გვერდი ან ელემენტი და სასურველი ფორმა. მოთხოვნებს განვიხილავთ გაუმართლებელი დაყოვნების გარეშე და გაცნობებთ, როდის შესრულდება თქვენი მოთხოვნა.
    }
}
a11y-architecture = არქიტექტურული ხელმისაწვდომობა
a11y-communication = საკომუნიკაციო ხელმისაწვდომობა
a11y-communication-text = { $country ->
    [PL] ყრუ და სმენადაქვეითებულ პირებს შეუძლიათ დაგვიკავშირდნენ ელფოსტით ან ჟესტური ენის თარჯიმნის მეშვეობით; გთხოვთ, ამის შესახებ შეგვატყობინოთ სამი სამუშაო დღით ადრე.
   *[other] ყრუ და სმენადაქვეითებულ პირებს შეუძლიათ დაგვიკავშირდნენ წერილობით, ელფოსტით.
}
a11y-missing = საიტს ჯერ არ გამოუქვეყნებია ინფორმაცია ხელმისაწვდომობის შესახებ.

status-prospect = პოტენციური პარტნიორი
status-letter-of-intent = განზრახვის წერილი
status-negotiating = შეთანხმება მზადდება
status-active = აქტიური პარტნიორობა
status-suspended = შეჩერებულია
status-ended = დასრულებულია

event-contact = პირველი კონტაქტი
event-letter-of-intent = განზრახვის წერილი
event-resolution = საკრებულოს გადაწყვეტილება
event-agreement = პარტნიორობის შეთანხმების ხელმოწერა
event-renewal = შეთანხმების გაგრძელება
event-suspension = თანამშრომლობის შეჩერება
event-resumption = თანამშრომლობის აღდგენა
event-termination = პარტნიორობის დასრულება

kind-city = ქალაქი
kind-municipality = მუნიციპალიტეტი
kind-district = რაიონი
kind-county = ოლქი
kind-region = რეგიონი
kind-school = სკოლა
kind-institution = დაწესებულება

area-culture = კულტურა
area-education = განათლება
area-sport = სპორტი და დასვენება
area-youth = ახალგაზრდობა
area-seniors = ხანდაზმულები
area-social = სოციალური განვითარება
area-environment = გარემოს დაცვა
area-economy = ეკონომიკა
area-tourism = ტურიზმი
area-administration = საჯარო მმართველობა
area-heritage = კულტურული მემკვიდრეობა
area-health = ჯანმრთელობა
area-science = მეცნიერება

activity-visit = ვიზიტი
activity-study-visit = სასწავლო ვიზიტი
activity-exchange = გაცვლითი პროგრამა
activity-festival = ფესტივალი
activity-event = ღონისძიება
activity-project = პროექტი
activity-conference = კონფერენცია
activity-other = სხვა

activity-status-planned = დაგეგმილი
activity-status-done = ჩატარებული
activity-status-cancelled = გაუქმებული
