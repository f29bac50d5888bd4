# Gizlilik sayfası, arama, akışlar ve açık veri.

footer-privacy = Gizlilik
footer-data = Açık veri
data-partners-json = Ortaklar (JSON)
data-partners-csv = Ortaklar (CSV)
data-schedule-ics = Planlanan etkinlikler (iCalendar)
data-feed = Etkinlikler (Atom akışı)
schedule-calendar = Planlanan etkinlikleri takviminize ekleyin (iCalendar)
feed-title = { $site }: etkinlikler

privacy-title = Gizlilik ve kişisel veriler
privacy-intro = { $jurisdiction ->
    [eea] Bu sayfa, Genel Veri Koruma Tüzüğü’nün (GDPR) gerektirdiği üzere, bu web sitesini ziyaret ettiğinizde kişisel verilere ne olduğunu açıklar.
   *[other] Bu sayfa, bu web sitesini ziyaret ettiğinizde kişisel verilere ne olduğunu açıklar.
}
privacy-controller = Bu web sitesini kim işletiyor
privacy-controller-text = Bu web sitesi aracılığıyla işlenen kişisel verilerin veri sorumlusu: { $organisation }.
privacy-officer = Veri koruma görevlisi
privacy-officer-text = Kişisel verilerinizle ilgili her konuda veri koruma görevlimiz { $name } ile iletişime geçebilirsiniz:
privacy-officer-missing = Site, veri koruma görevlisini henüz belirtmedi (content/site.yaml içinde privacy).
privacy-none = Bu web sitesinin yapmadıkları
privacy-none-text = Bu web sitesi çerez kullanmaz; analiz, reklam ya da izleme araçları kullanmaz. Başka web sitelerinden hiçbir şey yüklemez: yazı tipleri, haritası, betikleri ve resimleri kendisine aittir. Arama tarayıcınızın içinde çalışır: yazdıklarınız hiçbir yere gönderilmez.
privacy-logs = Sunucu kayıtları
privacy-logs-text = { $jurisdiction ->
    [eea] Her web sunucusu gibi bu web sitesinin sunucusu da her isteği kaydeder: IP adresi, zaman, istenen sayfanın ve ona bağlantı veren sayfanın adresi ile tarayıcının adı. Bu kayıtlar yalnızca web sitesini işletmek ve güvenliğini sağlamak için kullanılır (GDPR madde 6(1)(e) ve (f)); başka verilerle birleştirilmez ve ziyaretçileri tanımak için kullanılmaz.
   *[other] Her web sunucusu gibi bu web sitesinin sunucusu da her isteği kaydeder: IP adresi, zaman, istenen sayfanın ve ona bağlantı veren sayfanın adresi ile tarayıcının adı. Bu kayıtlar yalnızca web sitesini işletmek ve güvenliğini sağlamak için kullanılır; başka verilerle birleştirilmez ve ziyaretçileri tanımak için kullanılmaz.
}
privacy-logs-host = Web sitesini barındıran { $host } bu kayıtları bizim adımıza tutar.
privacy-logs-days = { $days ->
    [one] Kayıtlar { $days } gün sonra silinir.
   *[other] Kayıtlar { $days } gün sonra silinir.
}
privacy-links = Başka web sitelerine bağlantılar
privacy-links-text = { $partners-are ->
    [towns] Kardeş şehirlerin, programların ve başkalarının web sitelerine giden bağlantılar, kendi gizlilik kuralları olan sitelere götürür. Bir bağlantıyı izlemedikçe onlara hiçbir şey gönderilmez.
   *[other] Ortakların, programların ve başkalarının web sitelerine giden bağlantılar, kendi gizlilik kuralları olan sitelere götürür. Bir bağlantıyı izlemedikçe onlara hiçbir şey gönderilmez.
}
privacy-rights = Haklarınız
privacy-rights-text = { $jurisdiction ->
    [other] Hakkınızda tuttuğumuz kişisel verileri görmeyi, bunların düzeltilmesini ya da silinmesini isteyebilirsiniz. Bunun için veri koruma görevlisine yazın.
   *[eea] Kişisel verilerinize erişme, bunları düzelttirme ya da sildirme, işlenmelerini kısıtlatma ve işlenmelerine itiraz etme hakkına sahipsiniz. Bu haklarınızı kullanmak için veri koruma görevlisine yazın.
}
privacy-complaint = Denetim makamına da şikâyette bulunma hakkınız vardır: { $authority }.
privacy-complaint-any = Veri korumayla ilgili denetim makamına da şikâyette bulunma hakkınız vardır.
privacy-updated = Son güncelleme

search-title = Arama
search-label = Bu web sitesinde ara
search-button = Ara
search-hint = { $partners-are ->
    [towns] Bir kardeş şehri adlarından herhangi biriyle, bir etkinliği, bir raporu ya da bir sayfayı bulun.
   *[other] Bir ortağı adlarından herhangi biriyle, bir etkinliği, bir raporu ya da bir sayfayı bulun.
}
search-count = Sonuç: { $count }
search-none = Hiçbir şey bulunamadı. Başka bir yazımı ya da daha kısa bir sözcüğü deneyin.
search-noscript = { $partners-are ->
    [towns] Arama için JavaScript gerekir, ama kapalı. Ortaklar sayfası bütün kardeş şehirleri listeler.
   *[other] Arama için JavaScript gerekir, ama kapalı. Ortaklar sayfası bütün ortakları listeler.
}
search-kind-partner = { $partners-are ->
    [towns] Kardeş şehir
   *[other] Ortak
}
search-kind-activity = Etkinlik
search-kind-page = Sayfa
search-kind-report = Rapor
