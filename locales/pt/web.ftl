# A página de privacidade, a pesquisa, os feeds e os dados abertos.

footer-privacy = Privacidade
footer-data = Dados abertos
data-partners-json = Parceiros (JSON)
data-partners-csv = Parceiros (CSV)
data-schedule-ics = Atividades previstas (iCalendar)
data-feed = Atividades (feed Atom)
schedule-calendar = Adicionar as atividades previstas ao seu calendário (iCalendar)
feed-title = { $site }: atividades

privacy-title = Privacidade e dados pessoais
privacy-intro = { $jurisdiction ->
    [eea] Esta página explica, como exige o Regulamento Geral sobre a Proteção de Dados (RGPD), o que acontece aos dados pessoais quando visita este sítio web.
   *[other] Esta página explica o que acontece aos dados pessoais quando visita este sítio web.
}
privacy-controller = Quem gere este sítio web
privacy-controller-text = O responsável pelo tratamento dos dados pessoais tratados através deste sítio web é { $organisation }.
privacy-officer = Encarregado da proteção de dados
privacy-officer-text = Para qualquer questão relativa aos seus dados pessoais, pode contactar o nosso encarregado da proteção de dados, { $name }:
privacy-officer-missing = O sítio ainda não indicou o seu encarregado da proteção de dados (privacy em content/site.yaml).
privacy-none = O que este sítio web não faz
privacy-none-text = Este sítio web não utiliza cookies nem ferramentas de análise, de publicidade ou de rastreamento. Não carrega nada de outros sítios web: os tipos de letra, o mapa, os scripts e as imagens são seus. A pesquisa funciona no seu navegador: o que escreve não é enviado para lado nenhum.
privacy-logs = Registos do servidor
privacy-logs-text = { $jurisdiction ->
    [eea] Como qualquer servidor web, o servidor deste sítio regista cada pedido: o endereço IP, a hora, o endereço da página pedida e da página que a ela conduziu, e o nome do navegador. Estes registos servem apenas para fazer funcionar o sítio web e mantê-lo seguro (artigo 6.º, n.º 1, alíneas e) e f), do RGPD); não são combinados com outros dados nem utilizados para identificar os visitantes.
   *[other] Como qualquer servidor web, o servidor deste sítio regista cada pedido: o endereço IP, a hora, o endereço da página pedida e da página que a ela conduziu, e o nome do navegador. Estes registos servem apenas para fazer funcionar o sítio web e mantê-lo seguro; não são combinados com outros dados nem utilizados para identificar os visitantes.
}
privacy-logs-host = O sítio web está alojado em { $host }, que conserva estes registos por nossa conta.
privacy-logs-days = { $days ->
    [one] São apagados ao fim de { $days } dia.
   *[other] São apagados ao fim de { $days } dias.
}
privacy-links = Ligações para outros sítios web
privacy-links-text = { $partners-are ->
    [towns] As ligações para os sítios web das cidades geminadas, dos programas e de outros conduzem a sítios web com as suas próprias regras de privacidade. Nada lhes é enviado a menos que siga uma ligação.
   *[other] As ligações para os sítios web dos parceiros, dos programas e de outros conduzem a sítios web com as suas próprias regras de privacidade. Nada lhes é enviado a menos que siga uma ligação.
}
privacy-rights = Os seus direitos
privacy-rights-text = { $jurisdiction ->
    [other] Pode pedir para ver os dados pessoais que conservamos sobre si e que estes sejam corrigidos ou apagados. Para tal, escreva ao encarregado da proteção de dados.
   *[eea] Tem o direito de aceder aos seus dados pessoais, de os retificar ou apagar, de limitar o seu tratamento e de se opor a ele. Para exercer estes direitos, escreva ao encarregado da proteção de dados.
}
privacy-complaint = Tem também o direito de apresentar reclamação à autoridade de controlo: { $authority }.
privacy-complaint-any = Tem também o direito de apresentar reclamação à autoridade de controlo da proteção de dados.
privacy-updated = Última atualização

search-title = Pesquisa
search-label = Pesquisar neste sítio web
search-button = Pesquisar
search-hint = { $partners-are ->
    [towns] Encontre uma cidade geminada por qualquer dos seus nomes, uma atividade, um relatório ou uma página.
   *[other] Encontre um parceiro por qualquer dos seus nomes, uma atividade, um relatório ou uma página.
}
search-count = Resultados: { $count }
search-none = Nada encontrado. Experimente outra grafia ou uma palavra mais curta.
search-noscript = { $partners-are ->
    [towns] A pesquisa precisa de JavaScript, que está desativado. A página dos parceiros lista todas as cidades geminadas.
   *[other] A pesquisa precisa de JavaScript, que está desativado. A página dos parceiros lista todos os parceiros.
}
search-kind-partner = { $partners-are ->
    [towns] Cidade geminada
   *[other] Parceiro
}
search-kind-activity = Atividade
search-kind-page = Página
search-kind-report = Relatório
