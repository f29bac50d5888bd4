# Privātuma lapa, meklēšana, plūsmas un atvērtie dati.

footer-privacy = Privātums
footer-data = Atvērtie dati
data-partners-json = Partneri (JSON)
data-partners-csv = Partneri (CSV)
data-schedule-ics = Plānotās aktivitātes (iCalendar)
data-feed = Aktivitātes (Atom plūsma)
schedule-calendar = Pievienojiet plānotās aktivitātes savam kalendāram (iCalendar)
feed-title = { $site }: aktivitātes

privacy-title = Privātums un personas dati
privacy-intro = { $jurisdiction ->
    [eea] Kā to prasa Vispārīgā datu aizsardzības regula (VDAR), šajā lapā skaidrojam, kas notiek ar personas datiem, kad apmeklējat šo tīmekļvietni.
   *[other] Šajā lapā skaidrojam, kas notiek ar personas datiem, kad apmeklējat šo tīmekļvietni.
}
privacy-controller = Kas uztur šo tīmekļvietni
privacy-controller-text = Ar šīs tīmekļvietnes starpniecību apstrādāto personas datu pārzinis ir { $organisation }.
privacy-officer = Datu aizsardzības speciālists
privacy-officer-text = Mūsu datu aizsardzības speciālists – { $name }. Visos jautājumos par jūsu personas datiem varat sazināties, izmantojot šo kontaktinformāciju:
privacy-officer-missing = Vietnē vēl nav norādīts datu aizsardzības speciālists (privacy failā content/site.yaml).
privacy-none = Ko šī tīmekļvietne nedara
privacy-none-text = Šī tīmekļvietne neizmanto sīkdatnes un nekādus analītikas, reklāmas vai izsekošanas rīkus. Tā neko neielādē no citām tīmekļvietnēm: fonti, karte, skripti un attēli ir tās pašas. Meklēšana notiek jūsu pārlūkprogrammā: tas, ko ierakstāt, netiek nekur nosūtīts.
privacy-logs = Servera žurnāli
privacy-logs-text = { $jurisdiction ->
    [eea] Tāpat kā jebkurš tīmekļa serveris, arī šīs tīmekļvietnes serveris reģistrē katru pieprasījumu: IP adresi, laiku, pieprasītās lapas adresi un tās lapas adresi, kurā bija saite uz to, kā arī pārlūkprogrammas nosaukumu. Šos ierakstus izmanto tikai tīmekļvietnes darbības un drošības nodrošināšanai (VDAR 6. panta 1. punkta e) un f) apakšpunkts); tos nesasaista ar citiem datiem un neizmanto apmeklētāju identificēšanai.
   *[other] Tāpat kā jebkurš tīmekļa serveris, arī šīs tīmekļvietnes serveris reģistrē katru pieprasījumu: IP adresi, laiku, pieprasītās lapas adresi un tās lapas adresi, kurā bija saite uz to, kā arī pārlūkprogrammas nosaukumu. Šos ierakstus izmanto tikai tīmekļvietnes darbības un drošības nodrošināšanai; tos nesasaista ar citiem datiem un neizmanto apmeklētāju identificēšanai.
}
privacy-logs-host = Tīmekļvietnes mitināšanu nodrošina { $host }, kas šos ierakstus glabā mūsu vārdā.
privacy-logs-days = { $days ->
    [zero] Ierakstus dzēš pēc { $days } dienām.
    [one] Ierakstus dzēš pēc { $days } dienas.
   *[other] Ierakstus dzēš pēc { $days } dienām.
}
privacy-links = Saites uz citām tīmekļvietnēm
privacy-links-text = { $partners-are ->
    [towns] Saites uz sadraudzības pilsētu, programmu un citu organizāciju tīmekļvietnēm ved uz vietnēm ar saviem privātuma noteikumiem. Tām nekas netiek nosūtīts, kamēr neizmantojat saiti.
   *[other] Saites uz partneru, programmu un citu organizāciju tīmekļvietnēm ved uz vietnēm ar saviem privātuma noteikumiem. Tām nekas netiek nosūtīts, kamēr neizmantojat saiti.
}
privacy-rights = Jūsu tiesības
privacy-rights-text = { $jurisdiction ->
    [other] Jūs varat lūgt iepazīties ar saviem personas datiem, ko mēs glabājam, un lūgt tos labot vai dzēst. Lai to izdarītu, rakstiet datu aizsardzības speciālistam.
   *[eea] Jums ir tiesības piekļūt saviem personas datiem, pieprasīt to labošanu vai dzēšanu, ierobežot to apstrādi un iebilst pret apstrādi. Lai izmantotu šīs tiesības, rakstiet datu aizsardzības speciālistam.
}
privacy-complaint = Jums ir arī tiesības iesniegt sūdzību uzraudzības iestādei: { $authority }.
privacy-complaint-any = Jums ir arī tiesības iesniegt sūdzību datu aizsardzības uzraudzības iestādei.
privacy-updated = Pēdējoreiz atjaunināts

search-title = Meklēšana
search-label = Meklēt tīmekļvietnē
search-button = Meklēt
search-hint = { $partners-are ->
    [towns] Atrodiet sadraudzības pilsētu pēc jebkura tās nosaukuma, aktivitāti, pārskatu vai lapu.
   *[other] Atrodiet partneri pēc jebkura tā nosaukuma, aktivitāti, pārskatu vai lapu.
}
search-count = Rezultātu skaits: { $count }
search-none = Nekas netika atrasts. Mēģiniet citu rakstību vai īsāku vārdu.
search-noscript = { $partners-are ->
    [towns] Meklēšanai nepieciešams JavaScript, kas ir izslēgts. Visas sadraudzības pilsētas ir uzskaitītas lapā „Partneri”.
   *[other] Meklēšanai nepieciešams JavaScript, kas ir izslēgts. Visi partneri ir uzskaitīti lapā „Partneri”.
}
search-kind-partner = { $partners-are ->
    [towns] Sadraudzības pilsēta
   *[other] Partneris
}
search-kind-activity = Aktivitāte
search-kind-page = Lapa
search-kind-report = Pārskats
