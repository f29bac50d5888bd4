# Print publications: partner folders, yearly reports and their index.

print-title = Print publications
print-intro = Folders about each partnership and the yearly reports, ready to print. Open one in a browser and print it, or download the PDF.
print-folders = Partner folders
print-reports = Yearly reports
print-open = Print version
print-pdf = PDF
print-shop-pdf = PDF for the print shop (3 mm bleed, crop marks)
print-shop-html = Print-shop version
print-folder-title = { $home } and { $partner }
print-folder-language = In { $language }
footer-print = Print publications

folder-kicker = { $partners-are ->
    [towns] Partner towns
   *[other] Partnership
}
folder-since = Partners since { $year }
folder-since-until = Partners { $from }–{ $until }
folder-story = Our partnership
folder-figures = { $partners-are ->
    [towns] Two towns in figures
   *[other] In figures
}
folder-achievements = What we have done together
folder-plans = What we are planning
folder-contact = Contact
folder-more = { $count ->
    [one] …and { $count } more activity on our website.
   *[other] …and { $count } more activities on our website.
}
folder-no-achievements = Our first joint activities are still ahead of us.
folder-no-plans = New joint activities will be announced on our website.
folder-no-achievements-ended = No joint activities are recorded.
folder-ended = The partnership has ended.
folder-online = More on the website
folder-partner-website = The partner's website
folder-distance = Distance
folder-distance-value = { $km } km

report-cover-kicker = Yearly report
report-page = Page
report-chart-title = Activities by area in { $year }
report-chart-description = A bar chart of the number of activities in each area of cooperation; the same figures are in the table.
