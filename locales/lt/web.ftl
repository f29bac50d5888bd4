# Privatumo puslapis, paieška, sklaidos kanalai ir atvirieji duomenys.

footer-privacy = Privatumas
footer-data = Atvirieji duomenys
data-partners-json = Partneriai (JSON)
data-partners-csv = Partneriai (CSV)
data-schedule-ics = Planuojama veikla (iCalendar)
data-feed = Veikla (Atom sklaidos kanalas)
schedule-calendar = Įtraukite planuojamą veiklą į savo kalendorių (iCalendar)
feed-title = { $site }: veikla

privacy-title = Privatumas ir asmens duomenys
privacy-intro = { $jurisdiction ->
    [eea] Kaip reikalauja Bendrasis duomenų apsaugos reglamentas (BDAR), šiame puslapyje paaiškiname, kas vyksta su asmens duomenimis, kai lankotės šioje svetainėje.
   *[other] Šiame puslapyje paaiškiname, kas vyksta su asmens duomenimis, kai lankotės šioje svetainėje.
}
privacy-controller = Kas administruoja šią svetainę
privacy-controller-text = Per šią svetainę tvarkomų asmens duomenų valdytojas yra { $organisation }.
privacy-officer = Duomenų apsaugos pareigūnas
privacy-officer-text = Mūsų duomenų apsaugos pareigūnas – { $name }. Visais su jūsų asmens duomenimis susijusiais klausimais galite kreiptis toliau nurodytais kontaktais:
privacy-officer-missing = Svetainėje dar nenurodytas duomenų apsaugos pareigūnas (privacy faile content/site.yaml).
privacy-none = Ko ši svetainė nedaro
privacy-none-text = Ši svetainė nenaudoja slapukų ir jokių analitikos, reklamos ar stebėjimo įrankių. Ji nieko neįkelia iš kitų svetainių: šriftai, žemėlapis, scenarijai ir paveikslėliai yra jos pačios. Paieška veikia jūsų naršyklėje: tai, ką įvedate, niekur nesiunčiama.
privacy-logs = Serverio žurnalai
privacy-logs-text = { $jurisdiction ->
    [eea] Kaip ir kiekvienas interneto serveris, šios svetainės serveris registruoja kiekvieną užklausą: IP adresą, laiką, užklausto puslapio ir puslapio, kuriame buvo nuoroda į jį, adresus bei naršyklės pavadinimą. Šie įrašai naudojami tik svetainės veikimui ir saugumui užtikrinti (BDAR 6 straipsnio 1 dalies e ir f punktai); jie nesiejami su kitais duomenimis ir nenaudojami lankytojams identifikuoti.
   *[other] Kaip ir kiekvienas interneto serveris, šios svetainės serveris registruoja kiekvieną užklausą: IP adresą, laiką, užklausto puslapio ir puslapio, kuriame buvo nuoroda į jį, adresus bei naršyklės pavadinimą. Šie įrašai naudojami tik svetainės veikimui ir saugumui užtikrinti; jie nesiejami su kitais duomenimis ir nenaudojami lankytojams identifikuoti.
}
privacy-logs-host = Svetainę talpina { $host } ir šiuos įrašus saugo mūsų vardu.
privacy-logs-days = { $days ->
    [one] Įrašai ištrinami po { $days } dienos.
    [few] Įrašai ištrinami po { $days } dienų.
    [many] Įrašai ištrinami po { $days } dienos.
   *[other] Įrašai ištrinami po { $days } dienų.
}
privacy-links = Nuorodos į kitas svetaines
privacy-links-text = { $partners-are ->
    [towns] Nuorodos į miestų partnerių, programų ir kitų organizacijų svetaines veda į svetaines, kuriose taikomos jų pačių privatumo taisyklės. Joms nieko nesiunčiama, kol nepaspaudžiate nuorodos.
   *[other] Nuorodos į partnerių, programų ir kitų organizacijų svetaines veda į svetaines, kuriose taikomos jų pačių privatumo taisyklės. Joms nieko nesiunčiama, kol nepaspaudžiate nuorodos.
}
privacy-rights = Jūsų teisės
privacy-rights-text = { $jurisdiction ->
    [other] Galite prašyti, kad leistume susipažinti su mūsų saugomais jūsų asmens duomenimis ir kad juos ištaisytume arba ištrintume. Norėdami tai padaryti, parašykite duomenų apsaugos pareigūnui.
   *[eea] Turite teisę susipažinti su savo asmens duomenimis, reikalauti juos ištaisyti arba ištrinti, apriboti jų tvarkymą ir nesutikti, kad jie būtų tvarkomi. Norėdami pasinaudoti šiomis teisėmis, parašykite duomenų apsaugos pareigūnui.
}
privacy-complaint = Taip pat turite teisę pateikti skundą priežiūros institucijai: { $authority }.
privacy-complaint-any = Taip pat turite teisę pateikti skundą duomenų apsaugos priežiūros institucijai.
privacy-updated = Paskutinį kartą atnaujinta

search-title = Paieška
search-label = Ieškoti svetainėje
search-button = Ieškoti
search-hint = { $partners-are ->
    [towns] Raskite miestą partnerį pagal bet kurį jo pavadinimą, veiklą, ataskaitą ar puslapį.
   *[other] Raskite partnerį pagal bet kurį jo pavadinimą, veiklą, ataskaitą ar puslapį.
}
search-count = Rasta rezultatų: { $count }
search-none = Nieko nerasta. Pabandykite kitaip parašyti arba įvesti trumpesnį žodį.
search-noscript = { $partners-are ->
    [towns] Paieškai reikalingas JavaScript, tačiau jis išjungtas. Visi miestai partneriai išvardyti puslapyje „Partneriai“.
   *[other] Paieškai reikalingas JavaScript, tačiau jis išjungtas. Visi partneriai išvardyti puslapyje „Partneriai“.
}
search-kind-partner = { $partners-are ->
    [towns] Miestas partneris
   *[other] Partneris
}
search-kind-activity = Veikla
search-kind-page = Puslapis
search-kind-report = Ataskaita
