# Publicaciones para imprimir: folletos de cada hermanamiento, memorias anuales y su índice.

print-title = Publicaciones para imprimir
print-intro = Folletos sobre cada hermanamiento y las memorias anuales, listos para imprimir. Abra uno en el navegador e imprímalo, o descargue el PDF.
print-folders = { $partners-are ->
    [towns] Folletos de las ciudades hermanadas
   *[other] Folletos de los socios
}
print-reports = Memorias anuales
print-open = Versión para imprimir
print-pdf = PDF
print-shop-pdf = PDF para la imprenta (3 mm de sangrado, marcas de corte)
print-shop-html = Versión para la imprenta
print-folder-title = { $home } y { $partner }
print-folder-language = En { $language }
footer-print = Publicaciones para imprimir

folder-kicker = { $partners-are ->
    [towns] Ciudades hermanadas
   *[other] Hermanamiento
}
folder-since = Hermanadas desde { $year }
folder-since-until = Hermanadas de { $from } a { $until }
folder-story = Nuestro hermanamiento
folder-figures = { $partners-are ->
    [towns] Dos ciudades en cifras
   *[other] En cifras
}
folder-achievements = Lo que hemos hecho juntos
folder-plans = Lo que estamos preparando
folder-contact = Contacto
folder-more = { $count ->
    [one] …y { $count } actividad más en nuestro sitio web.
   *[other] …y { $count } actividades más en nuestro sitio web.
}
folder-no-achievements = Nuestras primeras actividades conjuntas aún están por llegar.
folder-no-plans = Las nuevas actividades conjuntas se anunciarán en nuestro sitio web.
folder-no-achievements-ended = No hay actividades conjuntas registradas.
folder-ended = El hermanamiento ha finalizado.
folder-online = Más información en el sitio web
folder-partner-website = { $partners-are ->
    [towns] Sitio web de la ciudad hermanada
   *[other] Sitio web del socio
}
folder-distance = Distancia
folder-distance-value = { $km } km

report-cover-kicker = Memoria anual
report-page = Página
report-chart-title = Actividades por ámbito en { $year }
report-chart-description = Un gráfico de barras con el número de actividades en cada ámbito de cooperación; las mismas cifras figuran en la tabla.
