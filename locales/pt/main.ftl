# Textos da interface do twinpress, em português (europeu).
# Os identificadores das mensagens são comuns a todas as línguas; ver README.md, "Translating".

language-self = Português
site-skip = Saltar para o conteúdo
site-menu = Menu
site-languages = Língua
site-main-menu = Menu principal
site-description = As geminações internacionais de { $home }.
footer-contact = Contactos
footer-accessibility = Declaração de acessibilidade
footer-programmes = Programas de financiamento
footer-sitemap = Mapa do sítio

nav-home = Início
nav-partners = Parceiros
nav-activities = Atividades
nav-schedule = Visitas previstas
nav-reports = Relatório
nav-programmes = Programas

home-intro = { $home } coopera com { $partners ->
    [one] { $partners } parceiro
   *[other] { $partners } parceiros
} em { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
}.
home-partners = Os nossos parceiros
home-latest = Atividades recentes
home-planned = Em breve
home-all-partners = Todos os parceiros
home-all-partners-count = Todos os parceiros ({ $count })
home-all-activities = Todas as atividades
home-full-schedule = Calendário completo

partners-title = { $partners-are ->
    [towns] Cidades geminadas
   *[other] Parceiros
}
partners-intro = { $count ->
    [one] { $count } parceiro.
   *[other] { $count } parceiros.
}
partners-count = { $count ->
    [one] { $count } parceiro
   *[other] { $count } parceiros
}
partners-country-title = { $partners-are ->
    [towns] Cidades geminadas
   *[other] Parceiros
}: { $country }
partners-countries = Parceiros por país
partners-empty = Ainda não há parceiros.
partner-status = Estado
partner-facts = Dados
partner-about = Apresentação
partner-common-ground = O que nos une
partner-photos = Fotografias
photo-credit = Fotografia:
partner-documents = Documentos
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Mapa das cidades geminadas
   *[other] Mapa dos parceiros
}
map-desc = { $home }: as linhas levam a cada parceiro e indicam a distância em quilómetros.
partner-areas = Áreas de cooperação
partner-timeline = História da parceria
partner-activities = Atividades conjuntas
partner-planned = Previstas
partner-no-activities = Ainda não há atividades conjuntas registadas.
partner-own-name = Na sua própria língua

fact-country = País
fact-region = Região
fact-kind = Tipo
fact-population = População
fact-area = Área
fact-area-value = { $area } km²
fact-mayor = Presidente da câmara
fact-languages = Línguas
fact-website = Sítio web
facts-as-of = em { $year }

timeline-signatories = Assinado por
timeline-reference = Base jurídica
timeline-document-link = Documento ({ $kind }, { $size })

text-in-other-language = Este texto não está disponível nesta língua; é apresentado na seguinte língua: { $language }.

activities-title = Atividades
activities-empty = Ainda não há atividades registadas.
activities-year-title = Atividades em { $year }
activities-years = Atividades por ano
activities-count = { $count ->
    [one] { $count } atividade
   *[other] { $count } atividades
}
activity-partners = Parceiros
activity-place = Local
activity-organiser = Organizador
activity-programme = Programa
activity-areas = Áreas
activity-participants = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}

schedule-title = Visitas e atividades previstas
schedule-intro = Visitas de estudo e intercâmbios previstos com os nossos parceiros.
schedule-empty = De momento não há nada previsto.

reports-title = Relatórios anuais
report-title = Relatório { $year }
report-contents = Índice
report-figures = O ano em números
report-by-partner = Atividades por parceiro
report-by-area = Atividades por área
report-other = Outras atividades
report-area-count = Atividades
figure-activities = Atividades
figure-participants = Participantes
figure-partners = Parceiros envolvidos
figure-programmes = Programas de financiamento utilizados
figure-planned = Ainda previstas

programmes-title = Programas de financiamento
programme-website = Sítio web do programa
programme-activities = { $count ->
    [one] { $count } atividade
   *[other] { $count } atividades
}

page-contents = Nesta página
page-documents = Documentos

notfound-title = Página não encontrada
notfound-text = A página que procura não existe ou foi mudada de endereço.
notfound-home = Ir para a página inicial

a11y-title = Declaração de acessibilidade
a11y-intro = { $organisation } compromete-se a tornar o seu sítio web acessível, em conformidade com { $country ->
    [PL] a Lei polaca de 4 de abril de 2019 relativa à acessibilidade digital dos sítios web e das aplicações móveis dos organismos públicos
    [PT] o Decreto-Lei n.º 83/2018, de 19 de outubro, relativo à acessibilidade dos sítios web e das aplicações móveis de organismos públicos
   *[other] { $jurisdiction ->
        [eea] a legislação nacional que transpõe a Diretiva (UE) 2016/2102
       *[other] as Diretrizes de Acessibilidade para o Conteúdo da Web (WCAG) 2.1, no nível AA
    }
}. A presente declaração de acessibilidade aplica-se ao sítio web
a11y-dates = Datas
a11y-published = Data de publicação do sítio web
a11y-updated = Data da última atualização importante
a11y-compliance = Situação de conformidade
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] a Lei relativa à acessibilidade digital
    [PT] o Decreto-Lei n.º 83/2018
   *[other] os requisitos de acessibilidade
}
a11y-status-full = Este sítio web está plenamente conforme com { a11y-law }.
a11y-status-partial = Este sítio web está parcialmente conforme com { a11y-law }, devido às não conformidades enumeradas abaixo.
a11y-status-none = Este sítio web não está conforme com { a11y-law }.
a11y-exceptions = Conteúdo não acessível
a11y-contact = Comentários e contactos
a11y-contact-text = Se tiver dificuldades em utilizar o sítio web, contacte-nos. A pessoa de contacto é
a11y-contact-any = Se tiver dificuldades em utilizar o sítio web, contacte-nos.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = Correio eletrónico
a11y-phone = Telefone
a11y-procedure = Procedimento de execução
a11y-procedure-text = { $country ->
    [PL] Qualquer pessoa tem o direito de pedir que um sítio web ou qualquer dos seus elementos seja tornado acessível, ou que a informação lhe seja facultada num formato alternativo. O pedido deve indicar os contactos de quem o apresenta, a página ou o elemento em causa e o formato alternativo pretendido. Tratamos os pedidos sem demora, no prazo máximo de 7 dias; se tal não for possível, indicamos quando o pedido será satisfeito, no prazo máximo de 2 meses. Em caso de recusa, pode apresentar uma reclamação e, esgotado esse procedimento, dirigir-se ao Provedor de Justiça (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Qualquer pessoa tem o direito de pedir que um sítio web ou qualquer dos seus elementos seja tornado acessível, ou que a informação lhe seja facultada num formato alternativo. Indique os seus contactos, a página ou o elemento em causa e o formato que prefere. Tratamos os pedidos sem demora injustificada e informamos quando o seu será satisfeito. Se não ficar satisfeito com a nossa resposta, pode dirigir-se à entidade nacional que fiscaliza a acessibilidade dos sítios web dos organismos públicos.
       *[other] Pode pedir-nos que tornemos acessível um sítio web ou qualquer dos seus elementos, ou que lhe facultemos a informação num formato alternativo. Indique os seus contactos, a página ou o elemento em causa e o formato que prefere. Tratamos os pedidos sem demora injustificada e informamos quando o seu será satisfeito.
    }
}
a11y-architecture = Acessibilidade física
a11y-communication = Acessibilidade da comunicação
a11y-communication-text = { $country ->
    [PL] As pessoas surdas ou com deficiência auditiva podem contactar-nos por correio eletrónico ou através de um intérprete de língua gestual; pedimos que nos avisem com três dias úteis de antecedência.
   *[other] As pessoas surdas ou com deficiência auditiva podem contactar-nos por escrito, por correio eletrónico.
}
a11y-missing = O sítio ainda não publicou as suas informações de acessibilidade.

status-prospect = Parceiro potencial
status-letter-of-intent = Carta de intenções
status-negotiating = Acordo em preparação
status-active = Parceria ativa
status-suspended = Suspensa
status-ended = Terminada

event-contact = Primeiro contacto
event-letter-of-intent = Carta de intenções
event-resolution = Deliberação municipal
event-agreement = Assinatura do acordo de geminação
event-renewal = Renovação do acordo
event-suspension = Suspensão da cooperação
event-resumption = Retoma da cooperação
event-termination = Fim da parceria

kind-city = Cidade
kind-municipality = Município
kind-district = Distrito
kind-county = Condado
kind-region = Região
kind-school = Escola
kind-institution = Instituição

area-culture = Cultura
area-education = Educação
area-sport = Desporto e lazer
area-youth = Juventude
area-seniors = Seniores
area-social = Desenvolvimento social
area-environment = Ambiente
area-economy = Economia
area-tourism = Turismo
area-administration = Administração pública
area-heritage = Património
area-health = Saúde
area-science = Ciência

activity-visit = Visita
activity-study-visit = Visita de estudo
activity-exchange = Intercâmbio
activity-festival = Festival
activity-event = Evento
activity-project = Projeto
activity-conference = Conferência
activity-other = Outra

activity-status-planned = Prevista
activity-status-done = Realizada
activity-status-cancelled = Cancelada
