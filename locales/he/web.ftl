# דף הפרטיות, החיפוש, הפידים והמידע הפתוח.

footer-privacy = פרטיות
footer-data = מידע פתוח
data-partners-json = שותפים (JSON)
data-partners-csv = שותפים (CSV)
data-schedule-ics = פעילויות מתוכננות (iCalendar)
data-feed = פעילויות (פיד Atom)
schedule-calendar = הוספת הפעילויות המתוכננות ללוח השנה שלכם (iCalendar)
feed-title = { $site }: פעילויות

privacy-title = פרטיות ומידע אישי
privacy-intro = דף זה מסביר, כנדרש בתקנה הכללית להגנת מידע (GDPR), מה קורה למידע אישי כשאתם מבקרים באתר זה.
privacy-controller = מי מפעיל את האתר
privacy-controller-text = בעל השליטה במידע האישי המעובד באמצעות אתר זה: { $organisation }.
privacy-officer = הממונה על הגנת המידע
privacy-officer-text = בכל עניין הנוגע למידע האישי שלכם אפשר לפנות לממונה על הגנת המידע שלנו, { $name }:
privacy-officer-missing = האתר טרם ציין את הממונה על הגנת המידע שלו (privacy בקובץ content/site.yaml).
privacy-none = מה האתר הזה אינו עושה
privacy-none-text = האתר אינו שומר עוגיות (cookies) ואינו משתמש בכלי ניתוח, פרסום או מעקב. הוא אינו טוען דבר מאתרים אחרים: הגופנים, המפה, הסקריפטים והתמונות שלו הם שלו. החיפוש פועל בתוך הדפדפן שלכם: מה שאתם מקלידים אינו נשלח לשום מקום.
privacy-logs = יומני השרת
privacy-logs-text = כמו כל שרת אינטרנט, השרת של אתר זה רושם כל בקשה: כתובת ה־IP, השעה, כתובת הדף המבוקש והדף שהפנה אליו, ושם הדפדפן. רישומים אלה משמשים אך ורק להפעלת האתר ולאבטחתו (סעיף 6(1)(ה) ו־(ו) לתקנה); הם אינם מוצלבים עם מידע אחר ואינם משמשים לזיהוי המבקרים.
privacy-logs-host = האתר מאוחסן אצל { $host }, השומר את הרישומים האלה בשמנו.
privacy-logs-days = { $days ->
    [one] הם נמחקים לאחר יום אחד.
    [two] הם נמחקים לאחר יומיים.
   *[other] הם נמחקים לאחר { $days } ימים.
}
privacy-links = קישורים לאתרים אחרים
privacy-links-text = { $partners-are ->
    [towns] קישורים לאתרי הערים התאומות, התוכניות ואחרים מובילים לאתרים שיש להם כללי פרטיות משלהם. דבר אינו נשלח אליהם אלא אם תלחצו על קישור.
   *[other] קישורים לאתרי השותפים, התוכניות ואחרים מובילים לאתרים שיש להם כללי פרטיות משלהם. דבר אינו נשלח אליהם אלא אם תלחצו על קישור.
}
privacy-rights = הזכויות שלכם
privacy-rights-text = יש לכם זכות לעיין במידע האישי שלכם, לתקן אותו או למחוק אותו, להגביל את עיבודו ולהתנגד לו. כדי לממש זכויות אלה, כתבו לממונה על הגנת המידע.
privacy-complaint = יש לכם גם זכות להגיש תלונה לרשות הפיקוח: { $authority }.
privacy-complaint-any = יש לכם גם זכות להגיש תלונה לרשות הפיקוח על הגנת המידע.
privacy-updated = עדכון אחרון

search-title = חיפוש
search-label = חיפוש באתר
search-button = חיפוש
search-hint = { $partners-are ->
    [towns] מצאו עיר תאומה לפי כל אחד משמותיה, פעילות, דוח או דף.
   *[other] מצאו שותף לפי כל אחד משמותיו, פעילות, דוח או דף.
}
search-count = תוצאות: { $count }
search-none = לא נמצא דבר. נסו איות אחר או מילה קצרה יותר.
search-noscript = { $partners-are ->
    [towns] החיפוש דורש JavaScript, שכבוי. דף השותפים מציג את כל הערים התאומות.
   *[other] החיפוש דורש JavaScript, שכבוי. דף השותפים מציג את כל השותפים.
}
search-kind-partner = { $partners-are ->
    [towns] עיר תאומה
   *[other] שותף
}
search-kind-activity = פעילות
search-kind-page = דף
search-kind-report = דוח
