# La página de privacidad, la búsqueda, los canales y los datos abiertos.

footer-privacy = Privacidad
footer-data = Datos abiertos
data-partners-json = Socios (JSON)
data-partners-csv = Socios (CSV)
data-schedule-ics = Actividades previstas (iCalendar)
data-feed = Actividades (canal Atom)
schedule-calendar = Añada las actividades previstas a su calendario (iCalendar)
feed-title = { $site }: actividades

privacy-title = Privacidad y datos personales
privacy-intro = { $jurisdiction ->
    [eea] Esta página explica, como exige el Reglamento General de Protección de Datos (RGPD), qué ocurre con los datos personales cuando visita este sitio web.
   *[other] Esta página explica qué ocurre con los datos personales cuando visita este sitio web.
}
privacy-controller = Quién gestiona este sitio web
privacy-controller-text = El responsable de los datos personales tratados a través de este sitio web es { $organisation }.
privacy-officer = Delegado de protección de datos
privacy-officer-text = Para cualquier cuestión relativa a sus datos personales puede dirigirse a nuestro delegado de protección de datos, { $name }:
privacy-officer-missing = El sitio todavía no ha designado a su delegado de protección de datos (privacy en content/site.yaml).
privacy-none = Lo que este sitio web no hace
privacy-none-text = Este sitio web no instala cookies ni utiliza herramientas de analítica, publicidad o seguimiento. No carga nada de otros sitios web: sus fuentes, su mapa, sus scripts y sus imágenes son propios. La búsqueda funciona dentro de su navegador: lo que escribe no se envía a ninguna parte.
privacy-logs = Registros del servidor
privacy-logs-text = { $jurisdiction ->
    [eea] Como todo servidor web, el servidor de este sitio registra cada solicitud: la dirección IP, la hora, la dirección de la página solicitada y de la página que enlazaba con ella, y el nombre del navegador. Estos registros se utilizan únicamente para hacer funcionar el sitio web y mantenerlo seguro (artículo 6, apartado 1, letras e) y f), del RGPD); no se combinan con otros datos ni se utilizan para identificar a los visitantes.
   *[other] Como todo servidor web, el servidor de este sitio registra cada solicitud: la dirección IP, la hora, la dirección de la página solicitada y de la página que enlazaba con ella, y el nombre del navegador. Estos registros se utilizan únicamente para hacer funcionar el sitio web y mantenerlo seguro; no se combinan con otros datos ni se utilizan para identificar a los visitantes.
}
privacy-logs-host = El sitio web está alojado por { $host }, que conserva estos registros por cuenta nuestra.
privacy-logs-days = { $days ->
    [one] Se eliminan al cabo de { $days } día.
   *[other] Se eliminan al cabo de { $days } días.
}
privacy-links = Enlaces a otros sitios web
privacy-links-text = { $partners-are ->
    [towns] Los enlaces a los sitios web de las ciudades hermanadas, de los programas y de otros llevan a sitios web con sus propias normas de privacidad. No se les envía nada a menos que siga un enlace.
   *[other] Los enlaces a los sitios web de los socios, de los programas y de otros llevan a sitios web con sus propias normas de privacidad. No se les envía nada a menos que siga un enlace.
}
privacy-rights = Sus derechos
privacy-rights-text = { $jurisdiction ->
    [other] Puede pedir ver los datos personales que conservamos sobre usted y que se corrijan o se supriman. Para ello, escriba al delegado de protección de datos.
   *[eea] Tiene derecho a acceder a sus datos personales, a que se rectifiquen o supriman, a limitar su tratamiento y a oponerse a él. Para ejercer estos derechos, escriba al delegado de protección de datos.
}
privacy-complaint = También tiene derecho a presentar una reclamación ante la autoridad de control: { $authority }.
privacy-complaint-any = También tiene derecho a presentar una reclamación ante la autoridad de control de protección de datos.
privacy-updated = Última actualización

search-title = Buscar
search-label = Buscar en este sitio web
search-button = Buscar
search-hint = { $partners-are ->
    [towns] Encuentre una ciudad hermanada por cualquiera de sus nombres, una actividad, una memoria o una página.
   *[other] Encuentre un socio por cualquiera de sus nombres, una actividad, una memoria o una página.
}
search-count = Resultados: { $count }
search-none = No se ha encontrado nada. Pruebe con otra grafía o una palabra más corta.
search-noscript = { $partners-are ->
    [towns] La búsqueda necesita JavaScript, que está desactivado. La página de socios enumera todas las ciudades hermanadas.
   *[other] La búsqueda necesita JavaScript, que está desactivado. La página de socios enumera todos los socios.
}
search-kind-partner = { $partners-are ->
    [towns] Ciudad hermanada
   *[other] Socio
}
search-kind-activity = Actividad
search-kind-page = Página
search-kind-report = Memoria
