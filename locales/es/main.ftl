# Textos de la interfaz de twinpress, en español.
# Los identificadores de los mensajes son comunes a todos los idiomas; véase README.md, "Translating".

language-self = Español
site-skip = Ir al contenido
site-menu = Menú
site-languages = Idioma
site-main-menu = Menú principal
site-description = Los hermanamientos internacionales de { $home }.
footer-contact = Contacto
footer-accessibility = Declaración de accesibilidad
footer-programmes = Programas de financiación
footer-sitemap = Mapa del sitio

nav-home = Inicio
nav-partners = Socios
nav-activities = Actividades
nav-schedule = Visitas previstas
nav-reports = Memoria
nav-programmes = Programas

home-intro = { $home } colabora con { $partners ->
    [one] un socio
   *[other] { $partners } socios
} en { $countries ->
    [one] un país
   *[other] { $countries } países
}.
home-partners = Nuestros socios
home-latest = Últimas actividades
home-planned = Próximamente
home-all-partners = Todos los socios
home-all-partners-count = Todos los socios ({ $count })
home-all-activities = Todas las actividades
home-full-schedule = Calendario completo

partners-title = { $partners-are ->
    [towns] Ciudades hermanadas
   *[other] Socios
}
partners-intro = { $count ->
    [one] Un socio.
   *[other] { $count } socios.
}
partners-count = { $count ->
    [one] Un socio
   *[other] { $count } socios
}
partners-country-title = { $partners-are ->
    [towns] Ciudades hermanadas
   *[other] Socios
}: { $country }
partners-countries = Socios por país
partners-empty = Todavía no hay socios.
partner-status = Estado
partner-facts = Datos
partner-about = Presentación
partner-common-ground = Lo que compartimos
partner-photos = Fotos
photo-credit = Foto:
partner-documents = Documentos
document-link = { $name } ({ $kind }, { $size })
map-title = { $partners-are ->
    [towns] Mapa de las ciudades hermanadas
   *[other] Mapa de los socios
}
map-desc = { $home }: las líneas llevan a cada socio e indican la distancia en kilómetros.
partner-areas = Ámbitos de cooperación
partner-timeline = Historia del hermanamiento
partner-activities = Actividades conjuntas
partner-planned = Previsto
partner-no-activities = Todavía no hay actividades conjuntas registradas.
partner-own-name = En su propio idioma

fact-country = País
fact-region = Región
fact-kind = Tipo
fact-population = Población
fact-area = Superficie
fact-area-value = { $area } km²
fact-mayor = Alcalde o alcaldesa
fact-languages = Idiomas
fact-website = Sitio web
facts-as-of = en { $year }

timeline-signatories = Firmado por
timeline-reference = Base jurídica
timeline-document-link = Documento ({ $kind }, { $size })

text-in-other-language = Este texto no está disponible en este idioma; se muestra en { $language }.

activities-title = Actividades
activities-empty = Todavía no hay actividades registradas.
activities-year-title = Actividades de { $year }
activities-years = Actividades por año
activities-count = { $count ->
    [one] Una actividad
   *[other] { $count } actividades
}
activity-partners = Socios
activity-place = Lugar
activity-organiser = Organiza
activity-programme = Programa
activity-areas = Ámbitos
activity-participants = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}

schedule-title = Visitas y actividades previstas
schedule-intro = Visitas de estudio e intercambios previstos con nuestros socios.
schedule-empty = Por el momento no hay nada previsto.

reports-title = Memorias anuales
report-title = Memoria { $year }
report-contents = Índice
report-figures = El año en cifras
report-by-partner = Actividades por socio
report-by-area = Actividades por ámbito
report-other = Otras actividades
report-area-count = Actividades
figure-activities = Actividades
figure-participants = Participantes
figure-partners = Socios participantes
figure-programmes = Programas de financiación utilizados
figure-planned = Aún previstas

programmes-title = Programas de financiación
programme-website = Sitio web del programa
programme-activities = { $count ->
    [one] Una actividad
   *[other] { $count } actividades
}

page-contents = En esta página
page-documents = Documentos

notfound-title = Página no encontrada
notfound-text = La página que busca no existe o ha cambiado de dirección.
notfound-home = Ir a la página de inicio

a11y-title = Declaración de accesibilidad
a11y-intro = { $organisation } se ha comprometido a hacer accesible su sitio web, de conformidad con { $country ->
    [PL] la Ley polaca de 4 de abril de 2019 sobre la accesibilidad digital de los sitios web y aplicaciones para dispositivos móviles de los organismos públicos
    [ES] el Real Decreto 1112/2018, de 7 de septiembre, sobre accesibilidad de los sitios web y aplicaciones para dispositivos móviles del sector público
   *[other] { $jurisdiction ->
        [eea] la legislación nacional que transpone la Directiva (UE) 2016/2102
       *[other] las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1 en el nivel AA
    }
}. La presente declaración de accesibilidad se aplica al sitio web
a11y-dates = Fechas
a11y-published = Fecha de publicación del sitio web
a11y-updated = Fecha de la última actualización importante
a11y-compliance = Situación de cumplimiento
# The law a site complies with, as the statuses below name it.
a11y-law = { $country ->
    [PL] la Ley sobre accesibilidad digital
    [ES] el Real Decreto 1112/2018
   *[other] los requisitos de accesibilidad
}
a11y-status-full = Este sitio web es plenamente conforme con { a11y-law }.
a11y-status-partial = Este sitio web es parcialmente conforme con { a11y-law }, debido a los incumplimientos que se enumeran a continuación.
a11y-status-none = Este sitio web no es conforme con { a11y-law }.
a11y-exceptions = Contenido no accesible
a11y-contact = Observaciones y datos de contacto
a11y-contact-text = Si tiene problemas para utilizar el sitio web, póngase en contacto con nosotros. La persona de contacto es
a11y-contact-any = Si tiene problemas para utilizar el sitio web, póngase en contacto con nosotros.
# Ends a sentence the page puts together around a link or a name.
full-stop = .
a11y-email = Correo electrónico
a11y-phone = Teléfono
a11y-procedure = Procedimiento de aplicación
a11y-procedure-text = { $country ->
    [PL] Toda persona tiene derecho a solicitar que un sitio web o cualquiera de sus elementos se haga accesible, o que la información se facilite en un formato alternativo. La solicitud debe incluir los datos de contacto de quien la presenta, la página o el elemento de que se trate y el formato alternativo preferido. Atendemos las solicitudes sin demora, a más tardar en 7 días; si no es posible, le indicamos cuándo se atenderá, a más tardar en 2 meses. Si la rechazamos, puede presentar una reclamación y, una vez agotado ese procedimiento, dirigirse al Defensor del Pueblo (Rzecznik Praw Obywatelskich).
   *[other] { $jurisdiction ->
        [eea] Toda persona tiene derecho a solicitar que un sitio web o cualquiera de sus elementos se haga accesible, o que la información se facilite en un formato alternativo. Indique sus datos de contacto, la página o el elemento de que se trate y el formato que prefiera. Atendemos las solicitudes sin demoras indebidas y le indicamos cuándo se atenderá la suya. Si no está satisfecho con nuestra respuesta, puede dirigirse al organismo nacional que supervisa la accesibilidad de los sitios web de los organismos públicos.
       *[other] Puede pedirnos que hagamos accesible un sitio web o cualquiera de sus elementos, o que le facilitemos la información en un formato alternativo. Indique sus datos de contacto, la página o el elemento de que se trate y el formato que prefiera. Atendemos las solicitudes sin demoras indebidas y le indicamos cuándo se atenderá la suya.
    }
}
a11y-architecture = Accesibilidad de los edificios
a11y-communication = Accesibilidad de la comunicación
a11y-communication-text = { $country ->
    [PL] Las personas sordas o con discapacidad auditiva pueden ponerse en contacto con nosotros por correo electrónico o a través de un intérprete de lengua de signos; le rogamos que nos avise con tres días hábiles de antelación.
   *[other] Las personas sordas o con discapacidad auditiva pueden ponerse en contacto con nosotros por escrito, por correo electrónico.
}
a11y-missing = El sitio todavía no ha publicado sus datos de accesibilidad.

status-prospect = Posible socio
status-letter-of-intent = Carta de intenciones
status-negotiating = Acuerdo en preparación
status-active = Hermanamiento activo
status-suspended = Suspendido
status-ended = Finalizado

event-contact = Primer contacto
event-letter-of-intent = Carta de intenciones
event-resolution = Acuerdo del pleno
event-agreement = Firma del acuerdo de hermanamiento
event-renewal = Renovación del acuerdo
event-suspension = Suspensión de la cooperación
event-resumption = Reanudación de la cooperación
event-termination = Fin del hermanamiento

kind-city = Ciudad
kind-municipality = Municipio
kind-district = Distrito
kind-county = Comarca
kind-region = Región
kind-school = Centro educativo
kind-institution = Institución

area-culture = Cultura
area-education = Educación
area-sport = Deporte y ocio
area-youth = Juventud
area-seniors = Personas mayores
area-social = Desarrollo social
area-environment = Medio ambiente
area-economy = Economía
area-tourism = Turismo
area-administration = Administración pública
area-heritage = Patrimonio
area-health = Salud
area-science = Ciencia

activity-visit = Visita
activity-study-visit = Visita de estudio
activity-exchange = Intercambio
activity-festival = Festival
activity-event = Evento
activity-project = Proyecto
activity-conference = Conferencia
activity-other = Otros

activity-status-planned = Prevista
activity-status-done = Realizada
activity-status-cancelled = Cancelada
