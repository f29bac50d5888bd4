# Basılı yayınlar: ortak tanıtım broşürleri, yıllık raporlar ve dizinleri.

print-title = Basılı yayınlar
print-intro = Her ortaklık hakkında broşürler ve yıllık raporlar, basıma hazır. Birini tarayıcıda açıp yazdırın ya da PDF dosyasını indirin.
print-folders = Ortak broşürleri
print-reports = Yıllık raporlar
print-open = Yazdırılabilir sürüm
print-pdf = PDF
print-shop-pdf = Matbaa için PDF (3 mm taşma payı, kesim işaretleri)
print-shop-html = Matbaa sürümü
print-folder-title = { $home } ve { $partner }
print-folder-language = Dil: { $language }
footer-print = Basılı yayınlar

folder-kicker = { $partners-are ->
    [towns] Kardeş şehirler
   *[other] Ortaklık
}
folder-since = { $year } yılından beri ortak
folder-since-until = Ortaklık: { $from }–{ $until }
folder-story = Ortaklığımız
folder-figures = { $partners-are ->
    [towns] Rakamlarla iki şehir
   *[other] Rakamlarla
}
folder-achievements = Birlikte yaptıklarımız
folder-plans = Planladıklarımız
folder-contact = İletişim
folder-more = { $count ->
    [one] …ve web sitemizde { $count } etkinlik daha.
   *[other] …ve web sitemizde { $count } etkinlik daha.
}
folder-no-achievements = İlk ortak etkinliklerimiz henüz önümüzde.
folder-no-plans = Yeni ortak etkinlikler web sitemizde duyurulacak.
folder-no-achievements-ended = Kayıtlı ortak etkinlik yok.
folder-ended = Ortaklık sona erdi.
folder-online = Web sitemizde daha fazlası
folder-partner-website = Ortağın web sitesi
folder-distance = Uzaklık
folder-distance-value = { $km } km

report-cover-kicker = Yıllık rapor
report-page = Sayfa
report-chart-title = { $year } yılında alanlara göre etkinlikler
report-chart-description = Her iş birliği alanındaki etkinlik sayısını gösteren çubuk grafik; aynı rakamlar tabloda da yer alıyor.
