# מחרוזות הממשק של twinpress, בעברית.
# מזהי ההודעות משותפים לכל השפות; ראו README.md, "Translating".

language-self = עברית
site-skip = דילוג לתוכן
site-menu = תפריט
site-languages = שפה
site-main-menu = תפריט ראשי
site-description = { $home }: שותפויות בין־לאומיות.
footer-contact = יצירת קשר
footer-accessibility = הצהרת נגישות
footer-programmes = תוכניות מימון
footer-sitemap = מפת האתר

nav-home = דף הבית
nav-partners = שותפים
nav-activities = פעילויות
nav-schedule = ביקורים מתוכננים
nav-reports = דוח
nav-programmes = תוכניות

home-intro = { $home } משתפת פעולה עם { $partners ->
    [one] שותף אחד
    [two] שני שותפים
   *[other] { $partners } שותפים
} { $countries ->
    [one] במדינה אחת
    [two] בשתי מדינות
   *[other] ב־{ $countries } מדינות
}.
home-partners = השותפים שלנו
home-latest = פעילויות אחרונות
home-planned = בקרוב
home-all-partners = כל השותפים
home-all-partners-count = כל השותפים ({ $count })
home-all-activities = כל הפעילויות
home-full-schedule = לוח הזמנים המלא

partners-title = { $partners-are ->
    [towns] ערים תאומות
   *[other] שותפים
}
partners-intro = { $count ->
    [one] שותף אחד.
    [two] שני שותפים.
   *[other] { $count } שותפים.
}
partners-count = { $count ->
    [one] שותף אחד
    [two] שני שותפים
   *[other] { $count } שותפים
}
partners-country-title = { $partners-are ->
    [towns] ערים תאומות
   *[other] שותפים
}: { $country }
partners-countries = שותפים לפי מדינה
partners-empty = אין עדיין שותפים.
partner-status = סטטוס
partner-facts = עובדות
partner-about = אודות
partner-common-ground = מה משותף לנו
partner-photos = תמונות
photo-credit = צילום:
partner-documents = מסמכים
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] מפת הערים התאומות
   *[other] מפת השותפים
}
map-desc = { $home }: הקווים מובילים לכל שותף ומציינים את המרחק בקילומטרים.
partner-areas = תחומי שיתוף הפעולה
partner-timeline = תולדות השותפות
partner-activities = פעילויות משותפות
partner-planned = מתוכנן
partner-no-activities = עדיין לא נרשמו פעילויות משותפות.
partner-own-name = בשפתה

fact-country = מדינה
fact-region = אזור
fact-kind = סוג
fact-population = אוכלוסייה
fact-area = שטח
fact-area-value = { $area } קמ״ר
fact-mayor = ראש העירייה
fact-languages = שפות
fact-website = אתר אינטרנט
facts-as-of = נכון ל־{ $year }

timeline-signatories = חתמו
timeline-reference = בסיס משפטי
timeline-document-link = מסמך ({ $kind }, { $size })

text-in-other-language = הטקסט הזה אינו זמין בשפה זו; הוא מוצג בשפה הבאה: { $language }.

activities-title = פעילויות
activities-empty = עדיין לא נרשמו פעילויות.
activities-year-title = פעילויות בשנת { $year }
activities-years = פעילויות לפי שנה
activities-count = { $count ->
    [one] פעילות אחת
    [two] שתי פעילויות
   *[other] { $count } פעילויות
}
activity-partners = שותפים
activity-place = מקום
activity-organiser = מארגן
activity-programme = תוכנית
activity-areas = תחומים
activity-participants = { $count ->
    [one] משתתף אחד
    [two] שני משתתפים
   *[other] { $count } משתתפים
}

schedule-title = ביקורים ופעילויות מתוכננים
schedule-intro = ביקורי לימוד וחילופים שמתוכננים עם השותפים שלנו.
schedule-empty = כרגע לא מתוכנן דבר.

reports-title = דוחות שנתיים
report-title = דוח { $year }
report-contents = תוכן העניינים
report-figures = השנה במספרים
report-by-partner = פעילויות לפי שותף
report-by-area = פעילויות לפי תחום
report-other = פעילויות אחרות
report-area-count = פעילויות
figure-activities = פעילויות
figure-participants = משתתפים
figure-partners = שותפים מעורבים
figure-programmes = תוכניות מימון שנוצלו
figure-planned = עדיין מתוכננות

programmes-title = תוכניות מימון
programme-website = אתר התוכנית
programme-activities = { $count ->
    [one] פעילות אחת
    [two] שתי פעילויות
   *[other] { $count } פעילויות
}

page-contents = בעמוד זה
page-documents = מסמכים

notfound-title = הדף לא נמצא
notfound-text = הדף שחיפשת אינו קיים או שהועבר למקום אחר.
notfound-home = מעבר לדף הבית

a11y-title = הצהרת נגישות
a11y-intro = { $organisation } מחויבת להנגיש את אתר האינטרנט שלה בהתאם ל{ $country ->
    [PL] חוק הפולני מ־4 באפריל 2019 בדבר הנגישות הדיגיטלית של אתרי אינטרנט ויישומים ניידים של גופים ציבוריים
   *[other] { $jurisdiction ->
        [eea] חקיקה הלאומית המיישמת את הדירקטיבה (האיחוד האירופי) 2016/2102
       *[other] הנחיות הנגישות לתוכן אינטרנט (WCAG) 2.1 ברמה AA
    }
}. הצהרת נגישות זו חלה על האתר
a11y-dates = תאריכים
a11y-published = תאריך פרסום האתר
a11y-updated = תאריך העדכון המהותי האחרון
a11y-compliance = מצב התאימות
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] חוק הנגישות הדיגיטלית
   *[other] דרישות הנגישות
}
a11y-status-full = אתר זה תואם במלואו ל{ a11y-law }.
a11y-status-partial = אתר זה תואם באופן חלקי ל{ a11y-law }, בשל אי־התאמות המפורטות להלן.
a11y-status-none = אתר זה אינו תואם ל{ a11y-law }.
a11y-exceptions = תוכן שאינו נגיש
a11y-contact = משוב ופרטי קשר
a11y-contact-text = אם נתקלתם בקושי בשימוש באתר, אנא פנו אלינו. איש הקשר הוא
a11y-contact-any = אם נתקלתם בקושי בשימוש באתר, אנא פנו אלינו.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = דואר אלקטרוני
a11y-phone = טלפון
a11y-procedure = הליך אכיפה
a11y-procedure-text = { $country ->
    [PL] לכל אדם הזכות לבקש שאתר אינטרנט או כל אחד מרכיביו יונגש, או שהמידע יימסר לו בפורמט חלופי. הבקשה צריכה לכלול את פרטי הקשר של המבקש, את הדף או הרכיב הנוגע בדבר ואת הפורמט החלופי המבוקש. אנו מטפלים בבקשות ללא דיחוי, ולכל המאוחר בתוך 7 ימים; אם הדבר אינו אפשרי, נודיע מתי תיענה הבקשה, ולכל המאוחר בתוך חודשיים. אם נסרב, ניתן להגיש תלונה, ולאחר מיצוי הליך זה לפנות לנציב זכויות האזרח (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] לכל אדם הזכות לבקש שאתר אינטרנט או כל אחד מרכיביו יונגש, או שהמידע יימסר לו בפורמט חלופי. אנא ציינו את פרטי הקשר שלכם, את הדף או הרכיב הנוגע בדבר ואת הפורמט המועדף עליכם. אנו מטפלים בבקשות ללא עיכוב מיותר ומודיעים מתי תיענה בקשתכם. אם אינכם מרוצים מתשובתנו, תוכלו לפנות לגוף הלאומי המפקח על נגישות אתרי האינטרנט של גופים ציבוריים.
       *[other] באפשרותכם לבקש מאיתנו להנגיש אתר אינטרנט או כל אחד מרכיביו, או למסור לכם את המידע בפורמט חלופי. אנא ציינו את פרטי הקשר שלכם, את הדף או הרכיב הנוגע בדבר ואת הפורמט המועדף עליכם. אנו מטפלים בבקשות ללא עיכוב מיותר ומודיעים מתי תיענה בקשתכם.
    }
}
a11y-architecture = נגישות פיזית
a11y-communication = נגישות בתקשורת
a11y-communication-text = { $country ->
    [PL] אנשים חירשים או כבדי שמיעה יכולים לפנות אלינו בדואר אלקטרוני או באמצעות מתורגמן לשפת הסימנים; אנא הודיעו לנו שלושה ימי עבודה מראש.
   *[other] אנשים חירשים או כבדי שמיעה יכולים לפנות אלינו בכתב, בדואר אלקטרוני.
}
a11y-missing = האתר טרם פרסם את פרטי הנגישות שלו.

status-prospect = שותף אפשרי
status-letter-of-intent = מכתב כוונות
status-negotiating = הסכם בהכנה
status-active = שותפות פעילה
status-suspended = מושהית
status-ended = הסתיימה

event-contact = קשר ראשון
event-letter-of-intent = מכתב כוונות
event-resolution = החלטת המועצה
event-agreement = נחתם הסכם שותפות
event-renewal = ההסכם חודש
event-suspension = שיתוף הפעולה הושהה
event-resumption = שיתוף הפעולה חודש
event-termination = השותפות הסתיימה

kind-city = עיר
kind-municipality = רשות מקומית
kind-district = מחוז
kind-county = נפה
kind-region = אזור
kind-school = בית ספר
kind-institution = מוסד

area-culture = תרבות
area-education = חינוך
area-sport = ספורט ופנאי
area-youth = נוער
area-seniors = אזרחים ותיקים
area-social = פיתוח חברתי
area-environment = סביבה
area-economy = כלכלה
area-tourism = תיירות
area-administration = מינהל ציבורי
area-heritage = מורשת
area-health = בריאות
area-science = מדע

activity-visit = ביקור
activity-study-visit = ביקור לימודי
activity-exchange = חילופים
activity-festival = פסטיבל
activity-event = אירוע
activity-project = פרויקט
activity-conference = כנס
activity-other = אחר

activity-status-planned = מתוכנן
activity-status-done = התקיים
activity-status-cancelled = בוטל
