# Strona o prywatności, wyszukiwarka, kanały i otwarte dane.

footer-privacy = Prywatność
footer-data = Otwarte dane
data-partners-json = Partnerzy (JSON)
data-partners-csv = Partnerzy (CSV)
data-schedule-ics = Planowane działania (iCalendar)
data-feed = Działania (kanał Atom)
schedule-calendar = Dodaj planowane działania do swojego kalendarza (iCalendar)
feed-title = { $site }: działania

privacy-title = Prywatność i dane osobowe
privacy-intro = { $jurisdiction ->
    [eea] Zgodnie z wymogami ogólnego rozporządzenia o ochronie danych (RODO) wyjaśniamy tu, co dzieje się z danymi osobowymi podczas korzystania z tej strony.
   *[other] Wyjaśniamy tu, co dzieje się z danymi osobowymi podczas korzystania z tej strony.
}
privacy-controller = Kto prowadzi stronę
privacy-controller-text = Administratorem danych osobowych przetwarzanych za pośrednictwem tej strony jest { $organisation }.
privacy-officer = Inspektor ochrony danych
privacy-officer-text = We wszystkich sprawach dotyczących danych osobowych można się kontaktować z naszym inspektorem ochrony danych, { $name }:
privacy-officer-missing = Strona nie podała jeszcze inspektora ochrony danych (privacy w content/site.yaml).
privacy-none = Czego ta strona nie robi
privacy-none-text = Ta strona nie zapisuje plików cookie i nie używa narzędzi analitycznych, reklamowych ani śledzących. Niczego nie pobiera z innych stron: czcionki, mapa, skrypty i zdjęcia są jej własne. Wyszukiwarka działa w przeglądarce: wpisany tekst nigdzie nie jest wysyłany.
privacy-logs = Dzienniki serwera
privacy-logs-text = { $jurisdiction ->
    [eea] Jak każdy serwer WWW, serwer tej strony zapisuje każde żądanie: adres IP, czas, adres żądanej strony i strony, z której nastąpiło przejście, oraz nazwę przeglądarki. Zapisy te służą wyłącznie do prowadzenia strony i zapewnienia jej bezpieczeństwa (art. 6 ust. 1 lit. e i f RODO); nie są łączone z innymi danymi ani używane do identyfikacji odwiedzających.
   *[other] Jak każdy serwer WWW, serwer tej strony zapisuje każde żądanie: adres IP, czas, adres żądanej strony i strony, z której nastąpiło przejście, oraz nazwę przeglądarki. Zapisy te służą wyłącznie do prowadzenia strony i zapewnienia jej bezpieczeństwa; nie są łączone z innymi danymi ani używane do identyfikacji odwiedzających.
}
privacy-logs-host = Stronę utrzymuje { $host }, który przechowuje te zapisy w naszym imieniu.
privacy-logs-days = { $days ->
    [one] Są usuwane po { $days } dniu.
   *[other] Są usuwane po { $days } dniach.
}
privacy-links = Odnośniki do innych stron
privacy-links-text = { $partners-are ->
    [towns] Odnośniki do stron miast partnerskich, programów i innych prowadzą do stron z własnymi zasadami prywatności. Nic nie jest do nich wysyłane, dopóki nie klikniesz odnośnika.
   *[other] Odnośniki do stron partnerów, programów i innych prowadzą do stron z własnymi zasadami prywatności. Nic nie jest do nich wysyłane, dopóki nie klikniesz odnośnika.
}
privacy-rights = Twoje prawa
privacy-rights-text = { $jurisdiction ->
    [other] Możesz poprosić o wgląd w dane osobowe, które o Tobie przechowujemy, oraz o ich poprawienie lub usunięcie. W tym celu napisz do inspektora ochrony danych.
   *[eea] Masz prawo dostępu do swoich danych osobowych, ich sprostowania lub usunięcia, ograniczenia przetwarzania oraz wniesienia sprzeciwu. Aby skorzystać z tych praw, napisz do inspektora ochrony danych.
}
privacy-complaint = Masz też prawo wnieść skargę do organu nadzorczego: { $authority }.
privacy-complaint-any = Masz też prawo wnieść skargę do organu nadzorczego ds. ochrony danych osobowych.
privacy-updated = Ostatnia aktualizacja

search-title = Szukaj
search-label = Szukaj w serwisie
search-button = Szukaj
search-hint = { $partners-are ->
    [towns] Znajdź miasto partnerskie po dowolnej z jego nazw, działanie, raport lub stronę.
   *[other] Znajdź partnera po dowolnej z jego nazw, działanie, raport lub stronę.
}
search-count = Wyniki: { $count }
search-none = Nic nie znaleziono. Spróbuj innej pisowni lub krótszego słowa.
search-noscript = { $partners-are ->
    [towns] Wyszukiwarka wymaga JavaScriptu, który jest wyłączony. Wszystkie miasta partnerskie są na stronie partnerów.
   *[other] Wyszukiwarka wymaga JavaScriptu, który jest wyłączony. Wszyscy partnerzy są na stronie partnerów.
}
search-kind-partner = { $partners-are ->
    [towns] Miasto partnerskie
   *[other] Partner
}
search-kind-activity = Działanie
search-kind-page = Strona
search-kind-report = Raport
