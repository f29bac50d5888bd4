# نصوص واجهة twinpress باللغة العربية.
# معرّفات الرسائل مشتركة بين جميع اللغات؛ انظر README.md، "Translating".

language-self = العربية
site-skip = انتقل إلى المحتوى
site-menu = القائمة
site-languages = اللغة
site-main-menu = القائمة الرئيسية
site-description = { $home }: الشراكات الدولية.
footer-contact = اتصل بنا
footer-accessibility = بيان إمكانية الوصول
footer-programmes = برامج التمويل
footer-sitemap = خريطة الموقع

nav-home = الرئيسية
nav-partners = الشركاء
nav-activities = الأنشطة
nav-schedule = الزيارات المقررة
nav-reports = التقرير
nav-programmes = البرامج

home-intro = لدى { $home } { $partners ->
    [one] شريك واحد
    [two] شريكان
    [few] { $partners } شركاء
    [many] { $partners } شريكًا
   *[other] { $partners } شريك
} في { $countries ->
    [one] دولة واحدة
    [two] دولتين
    [few] { $countries } دول
   *[other] { $countries } دولة
}.
home-partners = شركاؤنا
home-latest = أحدث الأنشطة
home-planned = قريبًا
home-all-partners = جميع الشركاء
home-all-partners-count = جميع الشركاء ({ $count })
home-all-activities = جميع الأنشطة
home-full-schedule = البرنامج الكامل

partners-title = { $partners-are ->
    [towns] المدن الشقيقة
   *[other] الشركاء
}
partners-intro = { $count ->
    [one] شريك واحد.
    [two] شريكان.
    [few] { $count } شركاء.
    [many] { $count } شريكًا.
   *[other] { $count } شريك.
}
partners-count = { $count ->
    [one] شريك واحد
    [two] شريكان
    [few] { $count } شركاء
    [many] { $count } شريكًا
   *[other] { $count } شريك
}
partners-country-title = { $partners-are ->
    [towns] المدن الشقيقة
   *[other] الشركاء
}: { $country }
partners-countries = الشركاء حسب الدولة
partners-empty = لا يوجد شركاء بعد.
partner-status = الحالة
partner-facts = معلومات أساسية
partner-about = نبذة
partner-common-ground = ما يجمعنا
partner-photos = صور
photo-credit = تصوير:
partner-documents = وثائق
document-link = { $name } ({ $kind }، { $size })
map-title = { $partners-are ->
    [towns] خريطة المدن الشقيقة
   *[other] خريطة الشركاء
}
map-desc = { $home }: تقود الخطوط إلى كل شريك وتبيّن المسافة بالكيلومترات.
partner-areas = مجالات التعاون
partner-timeline = تاريخ الشراكة
partner-activities = أنشطة مشتركة
partner-planned = مقرر
partner-no-activities = لم تُسجَّل أنشطة مشتركة بعد.
partner-own-name = بلغته

fact-country = الدولة
fact-region = المنطقة
fact-kind = النوع
fact-population = عدد السكان
fact-area = المساحة
fact-area-value = { $area } كم²
fact-mayor = رئيس البلدية
fact-languages = اللغات
fact-website = الموقع الإلكتروني
facts-as-of = في عام { $year }

timeline-signatories = وقّعه
timeline-reference = الأساس القانوني
timeline-document-link = وثيقة ({ $kind }، { $size })

text-in-other-language = هذا النص غير متوفر بهذه اللغة؛ وهو معروض باللغة التالية: { $language }.

activities-title = الأنشطة
activities-empty = لم تُسجَّل أنشطة بعد.
activities-year-title = الأنشطة في عام { $year }
activities-years = الأنشطة حسب السنة
activities-count = { $count ->
    [one] نشاط واحد
    [two] نشاطان
    [few] { $count } أنشطة
    [many] { $count } نشاطًا
   *[other] { $count } نشاط
}
activity-partners = الشركاء
activity-place = المكان
activity-organiser = الجهة المنظمة
activity-programme = البرنامج
activity-areas = المجالات
activity-participants = { $count ->
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}

schedule-title = الزيارات والأنشطة المقررة
schedule-intro = زيارات دراسية وتبادلات مقررة مع شركائنا.
schedule-empty = لا يوجد شيء مقرر في الوقت الحالي.

reports-title = التقارير السنوية
report-title = تقرير عام { $year }
report-contents = المحتويات
report-figures = العام بالأرقام
report-by-partner = الأنشطة حسب الشريك
report-by-area = الأنشطة حسب المجال
report-other = أنشطة أخرى
report-area-count = الأنشطة
figure-activities = الأنشطة
figure-participants = المشاركون
figure-partners = الشركاء المشاركون
figure-programmes = برامج التمويل المستخدمة
figure-planned = ما زال مقررًا

programmes-title = برامج التمويل
programme-website = الموقع الإلكتروني للبرنامج
programme-activities = { $count ->
    [one] نشاط واحد
    [two] نشاطان
    [few] { $count } أنشطة
    [many] { $count } نشاطًا
   *[other] { $count } نشاط
}

page-contents = في هذه الصفحة
page-documents = وثائق

notfound-title = الصفحة غير موجودة
notfound-text = الصفحة التي تبحث عنها غير موجودة أو نُقلت إلى عنوان آخر.
notfound-home = الانتقال إلى الصفحة الرئيسية

a11y-title = بيان إمكانية الوصول
a11y-intro = تلتزم الجهة المسؤولة عن هذا الموقع، { $organisation }، بجعل موقعها الإلكتروني متاحًا للجميع وفقًا { $country ->
    [PL] للقانون البولندي الصادر في 4 أبريل 2019 بشأن إمكانية الوصول الرقمي إلى المواقع الإلكترونية والتطبيقات المحمولة للهيئات العامة
   *[other] { $jurisdiction ->
        [eea] للتشريع الوطني الذي ينقل التوجيه (الاتحاد الأوروبي) 2016/2102
       *[other] لإرشادات إمكانية الوصول إلى محتوى الويب (WCAG) 2.1 على المستوى AA
    }
}. ينطبق بيان إمكانية الوصول هذا على الموقع الإلكتروني
a11y-dates = التواريخ
a11y-published = تاريخ نشر الموقع الإلكتروني
a11y-updated = تاريخ آخر تحديث رئيسي
a11y-compliance = حالة المطابقة
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] لقانون إمكانية الوصول الرقمي
   *[other] لمتطلبات إمكانية الوصول
}
a11y-status-full = هذا الموقع الإلكتروني مطابق تمامًا { a11y-law }.
a11y-status-partial = هذا الموقع الإلكتروني مطابق جزئيًا { a11y-law }، بسبب حالات عدم المطابقة المذكورة أدناه.
a11y-status-none = هذا الموقع الإلكتروني غير مطابق { a11y-law }.
a11y-exceptions = محتوى غير متاح
a11y-contact = الملاحظات ومعلومات الاتصال
a11y-contact-text = إذا واجهت صعوبة في استخدام الموقع الإلكتروني، فيُرجى التواصل معنا. الشخص المسؤول عن التواصل هو
a11y-contact-any = إذا واجهت صعوبة في استخدام الموقع الإلكتروني، فيُرجى التواصل معنا.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = البريد الإلكتروني
a11y-phone = الهاتف
a11y-procedure = إجراءات التظلم
a11y-procedure-text = { $country ->
    [PL] يحق لكل شخص أن يطلب جعل موقع إلكتروني أو أي عنصر منه متاحًا، أو تقديم المعلومات في شكل بديل. يجب أن يتضمن الطلب بيانات الاتصال بمقدمه، والصفحة أو العنصر المعني، والشكل البديل المطلوب. نعالج الطلبات دون تأخير، وفي موعد أقصاه 7 أيام؛ وإذا تعذّر ذلك نبلغك بموعد تلبية الطلب، على ألا يتجاوز شهرين. وإذا رفضنا الطلب، يمكنك تقديم شكوى، وبعد استنفاد هذا الإجراء يمكنك اللجوء إلى أمين المظالم (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] يحق لكل شخص أن يطلب جعل موقع إلكتروني أو أي عنصر منه متاحًا، أو تقديم المعلومات في شكل بديل. يُرجى ذكر بيانات الاتصال بك، والصفحة أو العنصر المعني، والشكل الذي تفضله. نعالج الطلبات دون تأخير غير مبرر ونبلغك بموعد تلبية طلبك. وإذا لم تكن راضيًا عن ردنا، يمكنك اللجوء إلى الهيئة الوطنية التي تراقب إمكانية الوصول إلى المواقع الإلكترونية للهيئات العامة.
       *[other] يمكنك أن تطلب منا جعل موقع إلكتروني أو أي عنصر منه متاحًا، أو تقديم المعلومات في شكل بديل. يُرجى ذكر بيانات الاتصال بك، والصفحة أو العنصر المعني، والشكل الذي تفضله. نعالج الطلبات دون تأخير غير مبرر ونبلغك بموعد تلبية طلبك.
    }
}
a11y-architecture = إمكانية الوصول المعماري
a11y-communication = إمكانية الوصول في التواصل
a11y-communication-text = { $country ->
    [PL] يمكن للأشخاص الصم أو ضعاف السمع التواصل معنا عبر البريد الإلكتروني أو بواسطة مترجم لغة الإشارة؛ يُرجى إبلاغنا قبل ثلاثة أيام عمل.
   *[other] يمكن للأشخاص الصم أو ضعاف السمع التواصل معنا كتابيًا، عبر البريد الإلكتروني.
}
a11y-missing = لم ينشر الموقع بعد بيانات إمكانية الوصول الخاصة به.

status-prospect = شريك محتمل
status-letter-of-intent = خطاب نوايا
status-negotiating = الاتفاقية قيد الإعداد
status-active = شراكة قائمة
status-suspended = معلّقة
status-ended = منتهية

event-contact = أول تواصل
event-letter-of-intent = خطاب نوايا
event-resolution = قرار المجلس
event-agreement = توقيع اتفاقية الشراكة
event-renewal = تجديد الاتفاقية
event-suspension = تعليق التعاون
event-resumption = استئناف التعاون
event-termination = انتهاء الشراكة

kind-city = مدينة
kind-municipality = بلدية
kind-district = مقاطعة
kind-county = محافظة
kind-region = إقليم
kind-school = مدرسة
kind-institution = مؤسسة

area-culture = الثقافة
area-education = التعليم
area-sport = الرياضة والترفيه
area-youth = الشباب
area-seniors = كبار السن
area-social = التنمية الاجتماعية
area-environment = البيئة
area-economy = الاقتصاد
area-tourism = السياحة
area-administration = الإدارة العامة
area-heritage = التراث
area-health = الصحة
area-science = العلوم

activity-visit = زيارة
activity-study-visit = زيارة دراسية
activity-exchange = تبادل
activity-festival = مهرجان
activity-event = فعالية
activity-project = مشروع
activity-conference = مؤتمر
activity-other = أخرى

activity-status-planned = مقرر
activity-status-done = منجز
activity-status-cancelled = ملغى
