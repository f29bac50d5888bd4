# المطبوعات: مطويات الشركاء والتقارير السنوية وفهرسها.

print-title = المطبوعات
print-intro = مطويات عن كل شراكة والتقارير السنوية، جاهزة للطباعة. افتح إحداها في المتصفح واطبعها، أو نزّل ملف PDF.
print-folders = مطويات الشركاء
print-reports = التقارير السنوية
print-open = نسخة للطباعة
print-pdf = PDF
print-shop-pdf = ملف PDF للمطبعة (هامش قص 3 مم وعلامات القص)
print-shop-html = نسخة المطبعة
print-folder-title = { $home } و { $partner }
print-folder-language = باللغة: { $language }
footer-print = المطبوعات

folder-kicker = { $partners-are ->
    [towns] مدن شقيقة
   *[other] شراكة
}
folder-since = شركاء منذ عام { $year }
folder-since-until = شركاء { $from }–{ $until }
folder-story = شراكتنا
folder-figures = { $partners-are ->
    [towns] مدينتان بالأرقام
   *[other] بالأرقام
}
folder-achievements = ما أنجزناه معًا
folder-plans = ما نخطط له
folder-contact = اتصل بنا
folder-more = { $count ->
    [one] …ونشاط آخر على موقعنا الإلكتروني.
    [two] …ونشاطان آخران على موقعنا الإلكتروني.
    [few] …و{ $count } أنشطة أخرى على موقعنا الإلكتروني.
    [many] …و{ $count } نشاطًا آخر على موقعنا الإلكتروني.
   *[other] …و{ $count } نشاط آخر على موقعنا الإلكتروني.
}
folder-no-achievements = أنشطتنا المشتركة الأولى ما زالت أمامنا.
folder-no-plans = سيُعلن عن الأنشطة المشتركة الجديدة على موقعنا الإلكتروني.
folder-no-achievements-ended = لا توجد أنشطة مشتركة مسجلة.
folder-ended = انتهت الشراكة.
folder-online = المزيد على موقعنا الإلكتروني
folder-partner-website = الموقع الإلكتروني للشريك
folder-distance = المسافة
folder-distance-value = { $km } كم

report-cover-kicker = التقرير السنوي
report-page = صفحة
report-chart-title = الأنشطة حسب المجال في عام { $year }
report-chart-description = رسم بياني بالأعمدة لعدد الأنشطة في كل مجال من مجالات التعاون؛ والأرقام نفسها واردة في الجدول.
