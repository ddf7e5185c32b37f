## The frame around every page, and words shared by components.

service-name = Cartão Eletrônico de Seguridade Social para trabalhadores estrangeiros
# The service name on a narrow screen's header, where the full name would take several lines.
service-name-short = e-SSC
skip-to-content = Pular para o conteúdo principal
kiosk-badge = Aparelho compartilhado
language-switcher-label = Idioma
# Variables:
#   $language (String) - the language's name in that language
language-load-failed = Não foi possível carregar { $language }. Verifique sua conexão e escolha o idioma novamente.
backend-unreachable = Você está sem conexão, ou o serviço não pode ser acessado. Você ainda pode ler estas páginas e usar a calculadora e a lista de documentos; para entrar, ver seu cartão e enviar qualquer coisa ao serviço, é preciso ter conexão.
update-ready = Há uma nova versão deste serviço disponível.
update-reload = Recarregar para usá-la
footer-nav-label = Links de ajuda
footer-hotlines = Linha de atendimento do seguro social: 12333. Linha de atendimento de imigração: 12367.
footer-disclaimer = Os termos oficiais em chinês aparecem ao lado dos nossos para que você possa relacioná-los aos seus documentos e ao que os atendentes dizem.

title-error-prefix = Erro:
error-prefix = Erro:
error-summary-title = Há um problema
back-link = Voltar
change-link = Alterar
date-day = Dia
date-month = Mês
date-year = Ano

not-found-title = Página não encontrada
not-found-typed = Se você digitou o endereço, verifique se ele está correto.
not-found-pasted = Se você colou o endereço, verifique se copiou o endereço completo.
not-found-home = Ir para a página inicial

page-loading = Carregando esta página…
page-load-failed = Não foi possível carregar esta página.
page-load-failed-advice = Verifique sua conexão e tente novamente. Nada do que você digitou foi perdido.
page-load-retry = Tentar novamente
