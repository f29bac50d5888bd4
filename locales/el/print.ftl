# Έντυπα: φυλλάδια για κάθε συνεργασία, ετήσιες εκθέσεις και ο κατάλογός τους.

print-title = Έντυπα
print-intro = Φυλλάδια για κάθε συνεργασία και οι ετήσιες εκθέσεις, έτοιμα για εκτύπωση. Ανοίξτε ένα στο πρόγραμμα περιήγησης και εκτυπώστε το ή κατεβάστε το PDF.
print-folders = { $partners-are ->
    [towns] Φυλλάδια των αδελφοποιημένων πόλεων
   *[other] Φυλλάδια των εταίρων
}
print-reports = Ετήσιες εκθέσεις
print-open = Έκδοση για εκτύπωση
print-pdf = PDF
print-shop-pdf = PDF για το τυπογραφείο (περιθώριο κοπής 3 mm, σημάδια κοπής)
print-shop-html = Έκδοση για το τυπογραφείο
print-folder-title = { $home } και { $partner }
print-folder-language = Γλώσσα: { $language }
footer-print = Έντυπα

folder-kicker = { $partners-are ->
    [towns] Αδελφοποιημένες πόλεις
   *[other] Συνεργασία
}
folder-since = Εταίροι από το { $year }
folder-since-until = Εταίροι { $from }–{ $until }
folder-story = Η συνεργασία μας
folder-figures = { $partners-are ->
    [towns] Δύο πόλεις σε αριθμούς
   *[other] Σε αριθμούς
}
folder-achievements = Τι κάναμε μαζί
folder-plans = Τι σχεδιάζουμε
folder-contact = Επικοινωνία
folder-more = { $count ->
    [one] …και { $count } ακόμη δράση στον ιστότοπό μας.
   *[other] …και { $count } ακόμη δράσεις στον ιστότοπό μας.
}
folder-no-achievements = Οι πρώτες κοινές μας δράσεις είναι ακόμη μπροστά μας.
folder-no-plans = Οι νέες κοινές δράσεις θα ανακοινωθούν στον ιστότοπό μας.
folder-no-achievements-ended = Δεν έχουν καταγραφεί κοινές δράσεις.
folder-ended = Η συνεργασία έχει λήξει.
folder-online = Περισσότερα στον ιστότοπο
folder-partner-website = { $partners-are ->
    [towns] Ο ιστότοπος της αδελφοποιημένης πόλης
   *[other] Ο ιστότοπος του εταίρου
}
folder-distance = Απόσταση
folder-distance-value = { $km } km

report-cover-kicker = Ετήσια έκθεση
report-page = Σελίδα
report-chart-title = Δράσεις ανά τομέα το { $year }
report-chart-description = Ραβδόγραμμα του αριθμού των δράσεων σε κάθε τομέα συνεργασίας· τα ίδια στοιχεία υπάρχουν στον πίνακα.
