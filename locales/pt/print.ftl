# Publicações para imprimir: folhetos de cada parceria, relatórios anuais e o seu índice.

print-title = Publicações para imprimir
print-intro = Folhetos sobre cada parceria e os relatórios anuais, prontos a imprimir. Abra um no navegador e imprima-o, ou descarregue o PDF.
print-folders = { $partners-are ->
    [towns] Folhetos das cidades geminadas
   *[other] Folhetos dos parceiros
}
print-reports = Relatórios anuais
print-open = Versão para imprimir
print-pdf = PDF
print-shop-pdf = PDF para a gráfica (sangria de 3 mm, marcas de corte)
print-shop-html = Versão para a gráfica
print-folder-title = { $home } e { $partner }
print-folder-language = Língua: { $language }
footer-print = Publicações para imprimir

folder-kicker = { $partners-are ->
    [towns] Cidades geminadas
   *[other] Parceria
}
folder-since = Parceiros desde { $year }
folder-since-until = Parceiros de { $from } a { $until }
folder-story = A nossa parceria
folder-figures = { $partners-are ->
    [towns] Duas cidades em números
   *[other] Em números
}
folder-achievements = O que fizemos juntos
folder-plans = O que estamos a preparar
folder-contact = Contactos
folder-more = { $count ->
    [one] …e mais { $count } atividade no nosso sítio web.
   *[other] …e mais { $count } atividades no nosso sítio web.
}
folder-no-achievements = As nossas primeiras atividades conjuntas ainda estão para vir.
folder-no-plans = As novas atividades conjuntas serão anunciadas no nosso sítio web.
folder-no-achievements-ended = Não há atividades conjuntas registadas.
folder-ended = A parceria terminou.
folder-online = Mais informações no sítio web
folder-partner-website = { $partners-are ->
    [towns] Sítio web da cidade geminada
   *[other] Sítio web do parceiro
}
folder-distance = Distância
folder-distance-value = { $km } km

report-cover-kicker = Relatório anual
report-page = Página
report-chart-title = Atividades por área em { $year }
report-chart-description = Um gráfico de barras com o número de atividades em cada área de cooperação; os mesmos números constam da tabela.
