# פרסומים להדפסה: עלוני השותפים, הדוחות השנתיים והמפתח שלהם.

print-title = פרסומים להדפסה
print-intro = עלונים על כל שותפות והדוחות השנתיים, מוכנים להדפסה. פתחו אחד מהם בדפדפן והדפיסו אותו, או הורידו את קובץ ה־PDF.
print-folders = עלוני השותפים
print-reports = דוחות שנתיים
print-open = גרסה להדפסה
print-pdf = PDF
print-shop-pdf = PDF לבית הדפוס (גלישה של 3 מ״מ, סימני חיתוך)
print-shop-html = גרסה לבית הדפוס
print-folder-title = { $home } ו־{ $partner }
print-folder-language = בשפה: { $language }
footer-print = פרסומים להדפסה

folder-kicker = { $partners-are ->
    [towns] ערים תאומות
   *[other] שותפות
}
folder-since = שותפים מאז { $year }
folder-since-until = שותפים בשנים { $from }–{ $until }
folder-story = השותפות שלנו
folder-figures = { $partners-are ->
    [towns] שתי ערים במספרים
   *[other] במספרים
}
folder-achievements = מה שעשינו יחד
folder-plans = מה שאנחנו מתכננים
folder-contact = יצירת קשר
folder-more = { $count ->
    [one] …ועוד פעילות אחת באתר שלנו.
    [two] …ועוד שתי פעילויות באתר שלנו.
   *[other] …ועוד { $count } פעילויות באתר שלנו.
}
folder-no-achievements = הפעילויות המשותפות הראשונות שלנו עוד לפנינו.
folder-no-plans = פעילויות משותפות חדשות יפורסמו באתר שלנו.
folder-no-achievements-ended = לא נרשמו פעילויות משותפות.
folder-ended = השותפות הסתיימה.
folder-online = עוד באתר שלנו
folder-partner-website = אתר השותף
folder-distance = מרחק
folder-distance-value = { $km } ק״מ

report-cover-kicker = דוח שנתי
report-page = עמוד
report-chart-title = פעילויות לפי תחום בשנת { $year }
report-chart-description = תרשים עמודות של מספר הפעילויות בכל תחום של שיתוף הפעולה; אותם נתונים מופיעים בטבלה.
