# ბეჭდური გამოცემები: ბუკლეტები პარტნიორობების შესახებ, წლიური ანგარიშები და მათი ჩამონათვალი.

print-title = ბეჭდური გამოცემები
print-intro = ბუკლეტები თითოეული პარტნიორობის შესახებ და წლიური ანგარიშები, დასაბეჭდად მომზადებული. გახსენით გამოცემა ბრაუზერში და დაბეჭდეთ, ან ჩამოტვირთეთ PDF ფაილი.
print-folders = { $partners-are ->
    [towns] ბუკლეტები პარტნიორი ქალაქების შესახებ
   *[other] ბუკლეტები პარტნიორების შესახებ
}
print-reports = წლიური ანგარიშები
print-open = დასაბეჭდი ვერსია
print-pdf = PDF
print-shop-pdf = PDF სტამბისთვის (3 მმ ჭრის ზღვარი, ჭრის ნიშნები)
print-shop-html = ვერსია სტამბისთვის
print-folder-title = { $home } და { $partner }
print-folder-language = ენა: { $language }
footer-print = ბეჭდური გამოცემები

folder-kicker = { $partners-are ->
    [towns] პარტნიორი ქალაქები
   *[other] პარტნიორობა
}
folder-since = პარტნიორები { $year } წლიდან
folder-since-until = პარტნიორები { $from }–{ $until } წლებში
folder-story = ჩვენი პარტნიორობა
folder-figures = { $partners-are ->
    [towns] ორი ქალაქი ციფრებში
   *[other] ციფრებში
}
folder-achievements = რა გავაკეთეთ ერთად
folder-plans = რას ვგეგმავთ
folder-contact = კონტაქტი
folder-more = { $count ->
    [one] …და კიდევ { $count } აქტივობა ჩვენს ვებგვერდზე.
   *[other] …და კიდევ { $count } აქტივობა ჩვენს ვებგვერდზე.
}
folder-no-achievements = პირველი ერთობლივი აქტივობები ჯერ კიდევ წინ გვაქვს.
folder-no-plans = ახალი ერთობლივი აქტივობების შესახებ ინფორმაციას ჩვენს ვებგვერდზე გამოვაქვეყნებთ.
folder-no-achievements-ended = ერთობლივი აქტივობები არ არის აღრიცხული.
folder-ended = პარტნიორობა დასრულებულია.
folder-online = მეტი ინფორმაცია ვებგვერდზე
folder-partner-website = პარტნიორის ვებგვერდი
folder-distance = მანძილი
folder-distance-value = { $km } კმ

report-cover-kicker = წლიური ანგარიში
report-page = გვერდი
report-chart-title = { $year } წლის აქტივობები სფეროების მიხედვით
report-chart-description = სვეტოვანი დიაგრამა, რომელიც თანამშრომლობის თითოეულ სფეროში აქტივობების რაოდენობას აჩვენებს; იგივე მონაცემები მოცემულია ცხრილში.
