# twinpress arayüz metinleri, Türkçe.
# İleti kimlikleri bütün dillerde aynıdır; bkz. README.md, "Translating".

language-self = Türkçe
site-skip = İçeriğe geç
site-menu = Menü
site-languages = Dil
site-main-menu = Ana menü
site-description = { $home }: uluslararası ortaklıklar.
footer-contact = İletişim
footer-accessibility = Erişilebilirlik beyanı
footer-programmes = Destek programları
footer-sitemap = Site haritası

nav-home = Ana sayfa
nav-partners = Ortaklar
nav-activities = Etkinlikler
nav-schedule = Planlanan ziyaretler
nav-reports = Rapor
nav-programmes = Programlar

home-intro = { $home }, { $countries ->
    [one] bir ülkedeki
   *[other] { $countries } ülkedeki
} { $partners ->
    [one] bir ortakla
   *[other] { $partners } ortakla
} iş birliği yapıyor.
home-partners = Ortaklarımız
home-latest = Son etkinlikler
home-planned = Yakında
home-all-partners = Bütün ortaklar
home-all-partners-count = Bütün ortaklar ({ $count })
home-all-activities = Bütün etkinlikler
home-full-schedule = Bütün takvim

partners-title = { $partners-are ->
    [towns] Kardeş şehirler
   *[other] Ortaklar
}
partners-intro = { $count ->
    [one] Bir ortak.
   *[other] { $count } ortak.
}
partners-count = { $count ->
    [one] Bir ortak
   *[other] { $count } ortak
}
partners-country-title = { $partners-are ->
    [towns] Kardeş şehirler
   *[other] Ortaklar
}: { $country }
partners-countries = Ülkelere göre ortaklar
partners-empty = Henüz ortak yok.
partner-status = Durum
partner-facts = Bilgiler
partner-about = Tanıtım
partner-common-ground = Ortak yönlerimiz
partner-photos = Fotoğraflar
photo-credit = Fotoğraf:
partner-documents = Belgeler
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Kardeş şehirler haritası
   *[other] Ortaklar haritası
}
map-desc = { $home }: çizgiler her ortağa uzanır ve uzaklığı kilometre olarak gösterir.
partner-areas = İş birliği alanları
partner-timeline = Ortaklığın tarihçesi
partner-activities = Ortak etkinlikler
partner-planned = Planlanan
partner-no-activities = Henüz kayıtlı ortak etkinlik yok.
partner-own-name = Kendi dilinde

fact-country = Ülke
fact-region = Bölge
fact-kind = Tür
fact-population = Nüfus
fact-area = Yüzölçümü
fact-area-value = { $area } km²
fact-mayor = Belediye başkanı
fact-languages = Diller
fact-website = Web sitesi
facts-as-of = { $year } itibarıyla

timeline-signatories = İmzalayanlar
timeline-reference = Hukuki dayanak
timeline-document-link = Belge ({ $kind }, { $size })

text-in-other-language = Bu metin bu dilde bulunmuyor; şu dilde gösteriliyor: { $language }.

activities-title = Etkinlikler
activities-empty = Henüz kayıtlı etkinlik yok.
activities-year-title = { $year } yılındaki etkinlikler
activities-years = Yıllara göre etkinlikler
activities-count = { $count ->
    [one] Bir etkinlik
   *[other] { $count } etkinlik
}
activity-partners = Ortaklar
activity-place = Yer
activity-organiser = Düzenleyen
activity-programme = Program
activity-areas = Alanlar
activity-participants = { $count ->
    [one] { $count } katılımcı
   *[other] { $count } katılımcı
}

schedule-title = Planlanan ziyaret ve etkinlikler
schedule-intro = Ortaklarımızla planlanan inceleme ziyaretleri ve değişim programları.
schedule-empty = Şu anda planlanmış bir şey yok.

reports-title = Yıllık raporlar
report-title = { $year } raporu
report-contents = İçindekiler
report-figures = Rakamlarla yıl
report-by-partner = Ortaklara göre etkinlikler
report-by-area = Alanlara göre etkinlikler
report-other = Diğer etkinlikler
report-area-count = Etkinlik
figure-activities = Etkinlik
figure-participants = Katılımcı
figure-partners = Katılan ortak
figure-programmes = Yararlanılan destek programı
figure-planned = Hâlâ planlanan

programmes-title = Destek programları
programme-website = Programın web sitesi
programme-activities = { $count ->
    [one] Bir etkinlik
   *[other] { $count } etkinlik
}

page-contents = Bu sayfada
page-documents = Belgeler

notfound-title = Sayfa bulunamadı
notfound-text = Aradığınız sayfa yok ya da taşınmış.
notfound-home = Ana sayfaya git

a11y-title = Erişilebilirlik beyanı
a11y-intro = { $organisation }, web sitesini { $country ->
    [PL] kamu kurumlarının web siteleri ile mobil uygulamalarının dijital erişilebilirliği hakkındaki 4 Nisan 2019 tarihli Polonya Kanunu
   *[other] { $jurisdiction ->
        [eea] (AB) 2016/2102 sayılı Direktifi iç hukuka aktaran ulusal mevzuat
       *[other] Web İçeriği Erişilebilirlik Yönergeleri (WCAG) 2.1 AA düzeyi
    }
} uyarınca erişilebilir kılmayı taahhüt eder. Bu erişilebilirlik beyanı şu web sitesi için geçerlidir:
a11y-dates = Tarihler
a11y-published = Web sitesinin yayımlanma tarihi
a11y-updated = Son önemli güncellemenin tarihi
a11y-compliance = Uygunluk durumu
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] Dijital Erişilebilirlik Kanunu’na
   *[other] erişilebilirlik gerekliliklerine
}
a11y-status-full = Bu web sitesi { a11y-law } tamamen uygundur.
a11y-status-partial = Bu web sitesi, aşağıda sayılan uygunsuzluklar nedeniyle { a11y-law } kısmen uygundur.
a11y-status-none = Bu web sitesi { a11y-law } uygun değildir.
a11y-exceptions = Erişilebilir olmayan içerik
a11y-contact = Geri bildirim ve iletişim bilgileri
a11y-contact-text = Web sitesini kullanırken sorun yaşarsanız lütfen bizimle iletişime geçin. İletişim kurulacak kişi:
a11y-contact-any = Web sitesini kullanırken sorun yaşarsanız lütfen bizimle iletişime geçin.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = E-posta
a11y-phone = Telefon
a11y-procedure = Başvuru usulü
a11y-procedure-text = { $country ->
    [PL] Herkes bir web sitesinin ya da onun herhangi bir öğesinin erişilebilir kılınmasını veya bilginin başka bir biçimde sunulmasını isteme hakkına sahiptir. Başvuruda başvuranın iletişim bilgileri, ilgili sayfa ya da öğe ve istenen başka biçim belirtilmelidir. Başvuruları gecikmeden, en geç 7 gün içinde ele alırız; bu mümkün olmazsa isteğin ne zaman karşılanacağını bildiririz, bu süre en fazla 2 aydır. Başvurunuz reddedilirse şikâyette bulunabilir, bu yolu tükettikten sonra Ombudsmana (Rzecznik Praw Obywatelskich) başvurabilirsiniz.
   *[other] { $jurisdiction ->
        [eea] Herkes bir web sitesinin ya da onun herhangi bir öğesinin erişilebilir kılınmasını veya bilginin başka bir biçimde sunulmasını isteme hakkına sahiptir. Lütfen iletişim bilgilerinizi, ilgili sayfayı ya da öğeyi ve tercih ettiğiniz biçimi belirtin. Başvuruları gereksiz gecikme olmadan ele alır, isteğinizin ne zaman karşılanacağını size bildiririz. Yanıtımızdan memnun kalmazsanız kamu kurumlarının web sitelerinin erişilebilirliğini denetleyen ulusal kuruma başvurabilirsiniz.
       *[other] Bir web sitesinin ya da onun herhangi bir öğesinin erişilebilir kılınmasını veya bilginin başka bir biçimde sunulmasını bizden isteyebilirsiniz. Lütfen iletişim bilgilerinizi, ilgili sayfayı ya da öğeyi ve tercih ettiğiniz biçimi belirtin. Başvuruları gereksiz gecikme olmadan ele alır, isteğinizin ne zaman karşılanacağını size bildiririz.
    }
}
a11y-architecture = Mimari erişilebilirlik
a11y-communication = İletişimde erişilebilirlik
a11y-communication-text = { $country ->
    [PL] İşitme engelli ya da işitme güçlüğü çeken kişiler bizimle e-posta yoluyla veya bir işaret dili tercümanı aracılığıyla iletişim kurabilir; lütfen üç iş günü önceden haber verin.
   *[other] İşitme engelli ya da işitme güçlüğü çeken kişiler bizimle yazılı olarak, e-posta yoluyla iletişim kurabilir.
}
a11y-missing = Site, erişilebilirlik bilgilerini henüz yayımlamadı.

status-prospect = Olası ortak
status-letter-of-intent = Niyet mektubu
status-negotiating = Anlaşma hazırlanıyor
status-active = Etkin ortaklık
status-suspended = Askıya alındı
status-ended = Sona erdi

event-contact = İlk temas
event-letter-of-intent = Niyet mektubu
event-resolution = Meclis kararı
event-agreement = Ortaklık anlaşması imzalandı
event-renewal = Anlaşma yenilendi
event-suspension = İş birliği askıya alındı
event-resumption = İş birliği yeniden başladı
event-termination = Ortaklık sona erdi

kind-city = Şehir
kind-municipality = Belediye
kind-district = İlçe
kind-county = İl
kind-region = Bölge
kind-school = Okul
kind-institution = Kurum

area-culture = Kültür
area-education = Eğitim
area-sport = Spor ve rekreasyon
area-youth = Gençlik
area-seniors = Yaşlılar
area-social = Sosyal kalkınma
area-environment = Çevre
area-economy = Ekonomi
area-tourism = Turizm
area-administration = Kamu yönetimi
area-heritage = Kültürel miras
area-health = Sağlık
area-science = Bilim

activity-visit = Ziyaret
activity-study-visit = İnceleme ziyareti
activity-exchange = Değişim
activity-festival = Festival
activity-event = Etkinlik
activity-project = Proje
activity-conference = Konferans
activity-other = Diğer

activity-status-planned = Planlandı
activity-status-done = Gerçekleşti
activity-status-cancelled = İptal edildi
