# Τα κείμενα της διεπαφής του twinpress, στα ελληνικά.
# Τα αναγνωριστικά των μηνυμάτων είναι κοινά σε όλες τις γλώσσες· βλ. README.md, "Translating".

language-self = Ελληνικά
site-skip = Μετάβαση στο περιεχόμενο
site-menu = Μενού
site-languages = Γλώσσα
site-main-menu = Κύριο μενού
site-description = { $home }: διεθνείς συνεργασίες και αδελφοποιήσεις.
footer-contact = Επικοινωνία
footer-accessibility = Δήλωση προσβασιμότητας
footer-programmes = Προγράμματα χρηματοδότησης
footer-sitemap = Χάρτης ιστοτόπου

nav-home = Αρχική
nav-partners = Εταίροι
nav-activities = Δράσεις
nav-schedule = Προγραμματισμένες επισκέψεις
nav-reports = Έκθεση
nav-programmes = Προγράμματα

home-intro = { $home }: συνεργασία με { $partners ->
    [one] { $partners } εταίρο
   *[other] { $partners } εταίρους
} σε { $countries ->
    [one] { $countries } χώρα
   *[other] { $countries } χώρες
}.
home-partners = Οι εταίροι μας
home-latest = Πρόσφατες δράσεις
home-planned = Προσεχώς
home-all-partners = Όλοι οι εταίροι
home-all-partners-count = Όλοι οι εταίροι ({ $count })
home-all-activities = Όλες οι δράσεις
home-full-schedule = Πλήρες πρόγραμμα

partners-title = { $partners-are ->
    [towns] Αδελφοποιημένες πόλεις
   *[other] Εταίροι
}
partners-intro = { $count ->
    [one] { $count } εταίρος.
   *[other] { $count } εταίροι.
}
partners-count = { $count ->
    [one] { $count } εταίρος
   *[other] { $count } εταίροι
}
partners-country-title = { $partners-are ->
    [towns] Αδελφοποιημένες πόλεις
   *[other] Εταίροι
}: { $country }
partners-countries = Εταίροι ανά χώρα
partners-empty = Δεν υπάρχουν ακόμη εταίροι.
partner-status = Κατάσταση
partner-facts = Στοιχεία
partner-about = Παρουσίαση
partner-common-ground = Τι μας ενώνει
partner-photos = Φωτογραφίες
photo-credit = Φωτογραφία:
partner-documents = Έγγραφα
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Χάρτης των αδελφοποιημένων πόλεων
   *[other] Χάρτης των εταίρων
}
map-desc = { $home }: οι γραμμές οδηγούν σε κάθε εταίρο και δείχνουν την απόσταση σε χιλιόμετρα.
partner-areas = Τομείς συνεργασίας
partner-timeline = Ιστορικό της συνεργασίας
partner-activities = Κοινές δράσεις
partner-planned = Προγραμματισμένες
partner-no-activities = Δεν έχουν καταγραφεί ακόμη κοινές δράσεις.
partner-own-name = Στη δική του γλώσσα

fact-country = Χώρα
fact-region = Περιφέρεια
fact-kind = Είδος
fact-population = Πληθυσμός
fact-area = Έκταση
fact-area-value = { $area } km²
fact-mayor = Δήμαρχος
fact-languages = Γλώσσες
fact-website = Ιστότοπος
facts-as-of = στοιχεία { $year }

timeline-signatories = Υπογράφοντες
timeline-reference = Νομική βάση
timeline-document-link = Έγγραφο ({ $kind }, { $size })

text-in-other-language = Το κείμενο αυτό δεν είναι διαθέσιμο σε αυτή τη γλώσσα· εμφανίζεται στη γλώσσα: { $language }.

activities-title = Δράσεις
activities-empty = Δεν έχουν καταγραφεί ακόμη δράσεις.
activities-year-title = Δράσεις του { $year }
activities-years = Δράσεις ανά έτος
activities-count = { $count ->
    [one] { $count } δράση
   *[other] { $count } δράσεις
}
activity-partners = Εταίροι
activity-place = Τόπος
activity-organiser = Διοργανωτής
activity-programme = Πρόγραμμα
activity-areas = Τομείς
activity-participants = { $count ->
    [one] { $count } συμμετέχων
   *[other] { $count } συμμετέχοντες
}

schedule-title = Προγραμματισμένες επισκέψεις και δράσεις
schedule-intro = Επισκέψεις μελέτης και ανταλλαγές που έχουν προγραμματιστεί με τους εταίρους μας.
schedule-empty = Προς το παρόν δεν έχει προγραμματιστεί τίποτα.

reports-title = Ετήσιες εκθέσεις
report-title = Έκθεση { $year }
report-contents = Περιεχόμενα
report-figures = Η χρονιά σε αριθμούς
report-by-partner = Δράσεις ανά εταίρο
report-by-area = Δράσεις ανά τομέα
report-other = Άλλες δράσεις
report-area-count = Δράσεις
figure-activities = Δράσεις
figure-participants = Συμμετέχοντες
figure-partners = Εταίροι που συμμετείχαν
figure-programmes = Προγράμματα χρηματοδότησης που αξιοποιήθηκαν
figure-planned = Ακόμη προγραμματισμένες

programmes-title = Προγράμματα χρηματοδότησης
programme-website = Ιστότοπος του προγράμματος
programme-activities = { $count ->
    [one] { $count } δράση
   *[other] { $count } δράσεις
}

page-contents = Σε αυτή τη σελίδα
page-documents = Έγγραφα

notfound-title = Η σελίδα δεν βρέθηκε
notfound-text = Η σελίδα που αναζητάτε δεν υπάρχει ή έχει μετακινηθεί.
notfound-home = Μετάβαση στην αρχική σελίδα

a11y-title = Δήλωση προσβασιμότητας
a11y-intro = { $organisation } δεσμεύεται να καταστήσει τον ιστότοπό του προσβάσιμο, σύμφωνα με { $country ->
    [PL] τον πολωνικό νόμο της 4ης Απριλίου 2019 για την ψηφιακή προσβασιμότητα των ιστότοπων και των εφαρμογών για φορητές συσκευές των δημόσιων φορέων
    [GR] τον ν. 4591/2019 για την προσβασιμότητα των ιστότοπων και των εφαρμογών για φορητές συσκευές των οργανισμών του δημόσιου τομέα
   *[other] { $jurisdiction ->
        [eea] την εθνική νομοθεσία που ενσωματώνει την Οδηγία (ΕΕ) 2016/2102
       *[other] τις Οδηγίες για την Προσβασιμότητα του Περιεχομένου του Ιστού (WCAG) 2.1 στο επίπεδο AA
    }
}. Η παρούσα δήλωση προσβασιμότητας ισχύει για τον ιστότοπο
a11y-dates = Ημερομηνίες
a11y-published = Ημερομηνία δημοσίευσης του ιστότοπου
a11y-updated = Ημερομηνία της τελευταίας σημαντικής ενημέρωσης
a11y-compliance = Κατάσταση συμμόρφωσης
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] τον νόμο για την ψηφιακή προσβασιμότητα
    [GR] τον ν. 4591/2019
   *[other] τις απαιτήσεις προσβασιμότητας
}
a11y-status-full = Ο ιστότοπος αυτός συμμορφώνεται πλήρως με { a11y-law }.
a11y-status-partial = Ο ιστότοπος αυτός συμμορφώνεται εν μέρει με { a11y-law }, λόγω των μη συμμορφώσεων που αναφέρονται παρακάτω.
a11y-status-none = Ο ιστότοπος αυτός δεν συμμορφώνεται με { a11y-law }.
a11y-exceptions = Μη προσβάσιμο περιεχόμενο
a11y-contact = Σχόλια και στοιχεία επικοινωνίας
a11y-contact-text = Αν αντιμετωπίζετε προβλήματα στη χρήση του ιστότοπου, επικοινωνήστε μαζί μας. Υπεύθυνος επικοινωνίας:
a11y-contact-any = Αν αντιμετωπίζετε προβλήματα στη χρήση του ιστότοπου, επικοινωνήστε μαζί μας.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = Ηλεκτρονικό ταχυδρομείο
a11y-phone = Τηλέφωνο
a11y-procedure = Διαδικασία επιβολής
a11y-procedure-text = { $country ->
    [PL] Καθένας έχει δικαίωμα να ζητήσει να γίνει προσβάσιμος ένας ιστότοπος ή οποιοδήποτε στοιχείο του ή να του παρασχεθούν οι πληροφορίες σε εναλλακτική μορφή. Το αίτημα πρέπει να περιλαμβάνει τα στοιχεία επικοινωνίας του αιτούντος, τη σελίδα ή το στοιχείο που αφορά και την εναλλακτική μορφή που προτιμά. Εξετάζουμε τα αιτήματα χωρίς καθυστέρηση, το αργότερο εντός 7 ημερών· αν αυτό δεν είναι δυνατό, σας ενημερώνουμε πότε θα ικανοποιηθεί, το αργότερο εντός 2 μηνών. Αν το απορρίψουμε, μπορείτε να υποβάλετε καταγγελία και, αφού εξαντληθεί η διαδικασία αυτή, να απευθυνθείτε στον Συνήγορο του Πολίτη (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Καθένας έχει δικαίωμα να ζητήσει να γίνει προσβάσιμος ένας ιστότοπος ή οποιοδήποτε στοιχείο του ή να του παρασχεθούν οι πληροφορίες σε εναλλακτική μορφή. Αναφέρετε τα στοιχεία επικοινωνίας σας, τη σελίδα ή το στοιχείο που αφορά το αίτημα και τη μορφή που προτιμάτε. Εξετάζουμε τα αιτήματα χωρίς αδικαιολόγητη καθυστέρηση και σας ενημερώνουμε πότε θα ικανοποιηθεί το δικό σας. Αν δεν μείνετε ικανοποιημένοι από την απάντησή μας, μπορείτε να απευθυνθείτε στον εθνικό φορέα που παρακολουθεί την προσβασιμότητα των ιστότοπων των δημόσιων φορέων.
       *[other] Μπορείτε να μας ζητήσετε να καταστήσουμε προσβάσιμο έναν ιστότοπο ή οποιοδήποτε στοιχείο του ή να σας παράσχουμε τις πληροφορίες σε εναλλακτική μορφή. Αναφέρετε τα στοιχεία επικοινωνίας σας, τη σελίδα ή το στοιχείο που αφορά το αίτημα και τη μορφή που προτιμάτε. Εξετάζουμε τα αιτήματα χωρίς αδικαιολόγητη καθυστέρηση και σας ενημερώνουμε πότε θα ικανοποιηθεί το δικό σας.
    }
}
a11y-architecture = Προσβασιμότητα των κτιρίων
a11y-communication = Προσβασιμότητα της επικοινωνίας
a11y-communication-text = { $country ->
    [PL] Τα κωφά και βαρήκοα άτομα μπορούν να επικοινωνήσουν μαζί μας μέσω ηλεκτρονικού ταχυδρομείου ή μέσω διερμηνέα νοηματικής γλώσσας· παρακαλούμε ενημερώστε μας τρεις εργάσιμες ημέρες νωρίτερα.
   *[other] Τα κωφά και βαρήκοα άτομα μπορούν να επικοινωνήσουν μαζί μας γραπτώς, μέσω ηλεκτρονικού ταχυδρομείου.
}
a11y-missing = Ο ιστότοπος δεν έχει δημοσιεύσει ακόμη τα στοιχεία προσβασιμότητάς του.

status-prospect = Υποψήφιος εταίρος
status-letter-of-intent = Επιστολή προθέσεων
status-negotiating = Συμφωνία υπό προετοιμασία
status-active = Ενεργή συνεργασία
status-suspended = Σε αναστολή
status-ended = Έληξε

event-contact = Πρώτη επαφή
event-letter-of-intent = Επιστολή προθέσεων
event-resolution = Απόφαση δημοτικού συμβουλίου
event-agreement = Υπογραφή πρωτοκόλλου αδελφοποίησης
event-renewal = Ανανέωση της συμφωνίας
event-suspension = Αναστολή της συνεργασίας
event-resumption = Επανέναρξη της συνεργασίας
event-termination = Λήξη της συνεργασίας

kind-city = Πόλη
kind-municipality = Δήμος
kind-district = Περιφερειακή ενότητα
kind-county = Νομός
kind-region = Περιφέρεια
kind-school = Σχολείο
kind-institution = Φορέας

area-culture = Πολιτισμός
area-education = Εκπαίδευση
area-sport = Αθλητισμός και αναψυχή
area-youth = Νεολαία
area-seniors = Ηλικιωμένοι
area-social = Κοινωνική ανάπτυξη
area-environment = Περιβάλλον
area-economy = Οικονομία
area-tourism = Τουρισμός
area-administration = Δημόσια διοίκηση
area-heritage = Πολιτιστική κληρονομιά
area-health = Υγεία
area-science = Επιστήμη

activity-visit = Επίσκεψη
activity-study-visit = Επίσκεψη μελέτης
activity-exchange = Ανταλλαγή
activity-festival = Φεστιβάλ
activity-event = Εκδήλωση
activity-project = Έργο
activity-conference = Συνέδριο
activity-other = Άλλο

activity-status-planned = Προγραμματισμένη
activity-status-done = Πραγματοποιήθηκε
activity-status-cancelled = Ακυρώθηκε
