# Sidan om integritet, sökningen, flöden och öppna data.

footer-privacy = Integritet
footer-data = Öppna data
data-partners-json = Partner (JSON)
data-partners-csv = Partner (CSV)
data-schedule-ics = Planerade aktiviteter (iCalendar)
data-feed = Aktiviteter (Atomflöde)
schedule-calendar = Lägg till de planerade aktiviteterna i din kalender (iCalendar)
feed-title = { $site }: aktiviteter

privacy-title = Integritet och personuppgifter
privacy-intro = { $jurisdiction ->
    [eea] På den här sidan förklarar vi, så som dataskyddsförordningen (GDPR) kräver, vad som händer med personuppgifter när du besöker webbplatsen.
   *[other] På den här sidan förklarar vi vad som händer med personuppgifter när du besöker webbplatsen.
}
privacy-controller = Vem som driver webbplatsen
privacy-controller-text = Personuppgiftsansvarig för de personuppgifter som behandlas via webbplatsen är { $organisation }.
privacy-officer = Dataskyddsombud
privacy-officer-text = I alla frågor som gäller dina personuppgifter kan du kontakta vårt dataskyddsombud, { $name }:
privacy-officer-missing = Webbplatsen har ännu inte angett något dataskyddsombud (privacy i content/site.yaml).
privacy-none = Det här gör webbplatsen inte
privacy-none-text = Webbplatsen använder inga kakor och inga verktyg för analys, annonsering eller spårning. Den hämtar ingenting från andra webbplatser: typsnitt, karta, skript och bilder är webbplatsens egna. Sökningen sker i din webbläsare: det du skriver skickas ingenstans.
privacy-logs = Serverloggar
privacy-logs-text = { $jurisdiction ->
    [eea] Som alla webbservrar registrerar webbplatsens server varje förfrågan: IP-adressen, tidpunkten, adressen till den begärda sidan och till sidan som länkade dit samt webbläsarens namn. Uppgifterna används bara för att driva webbplatsen och hålla den säker (artikel 6.1 e och f i dataskyddsförordningen); de samkörs inte med andra uppgifter och används inte för att identifiera besökare.
   *[other] Som alla webbservrar registrerar webbplatsens server varje förfrågan: IP-adressen, tidpunkten, adressen till den begärda sidan och till sidan som länkade dit samt webbläsarens namn. Uppgifterna används bara för att driva webbplatsen och hålla den säker; de samkörs inte med andra uppgifter och används inte för att identifiera besökare.
}
privacy-logs-host = Webbplatsen ligger hos { $host }, som lagrar uppgifterna för vår räkning.
privacy-logs-days = { $days ->
    [one] Uppgifterna raderas efter { $days } dag.
   *[other] Uppgifterna raderas efter { $days } dagar.
}
privacy-links = Länkar till andra webbplatser
privacy-links-text = { $partners-are ->
    [towns] Länkar till vänorternas, programmens och andras webbplatser leder till webbplatser med egna regler för personuppgifter. Ingenting skickas till dem förrän du följer en länk.
   *[other] Länkar till partnernas, programmens och andras webbplatser leder till webbplatser med egna regler för personuppgifter. Ingenting skickas till dem förrän du följer en länk.
}
privacy-rights = Dina rättigheter
privacy-rights-text = { $jurisdiction ->
    [other] Du kan begära att få se de personuppgifter vi har om dig och att få dem rättade eller raderade. Skriv i så fall till dataskyddsombudet.
   *[eea] Du har rätt att få tillgång till dina personuppgifter, att få dem rättade eller raderade, att begära att behandlingen begränsas och att invända mot behandlingen. Om du vill använda dina rättigheter kan du skriva till dataskyddsombudet.
}
privacy-complaint = Du har också rätt att lämna in klagomål till tillsynsmyndigheten: { $authority }.
privacy-complaint-any = Du har också rätt att lämna in klagomål till tillsynsmyndigheten för dataskydd.
privacy-updated = Senast uppdaterad

search-title = Sök
search-label = Sök på webbplatsen
search-button = Sök
search-hint = { $partners-are ->
    [towns] Hitta en vänort på något av dess namn, en aktivitet, en rapport eller en sida.
   *[other] Hitta en partner på något av dess namn, en aktivitet, en rapport eller en sida.
}
search-count = Träffar: { $count }
search-none = Inga träffar. Pröva en annan stavning eller ett kortare ord.
search-noscript = { $partners-are ->
    [towns] Sökningen kräver JavaScript, som är avstängt. Alla vänorter finns på sidan ”Partner”.
   *[other] Sökningen kräver JavaScript, som är avstängt. Alla partner finns på sidan ”Partner”.
}
search-kind-partner = { $partners-are ->
    [towns] Vänort
   *[other] Partner
}
search-kind-activity = Aktivitet
search-kind-page = Sida
search-kind-report = Rapport
