### The signed-in holder's card, QR code, work-permit details and payment records.

card-nav-label = Seu e-SSC
card-show-details = Mostrar todos os dados
card-hide-details = Ocultar dados

qr-title = Seu código QR
qr-use = Mostre-o em hospitais, farmácias e balcões de atendimento para verificação de identidade e pagamento pelo seguro médico.
qr-image-label = Código QR do seu Cartão Eletrônico de Seguridade Social
qr-loading = Gerando um novo código QR…
qr-expired = Este código QR expirou. Selecione Atualizar para obter um novo.
# Variables:
#   $seconds (Number) - seconds until the code is replaced
qr-countdown = { $seconds ->
    [one] Novo código em { $seconds } segundo
   *[other] Novo código em { $seconds } segundos
}
qr-refreshed = Um novo código QR está sendo exibido. Ele é válido por 60 segundos.
qr-refresh-failed = Não foi possível obter um novo código QR.
qr-refresh = Atualizar o código QR
qr-brightness = Dica: aumente o brilho da tela para que o leitor do balcão consiga ler o código.

work-permit-title = Sua autorização de trabalho
permit-category = Categoria
# Variables:
#   $days (Number) - days until the permit expires
permit-days-left = { $days ->
    [one] Falta { $days } dia
   *[other] Faltam { $days } dias
}
# Variables:
#   $days (Number) - days since the permit expired
permit-expired-days-ago = { $days ->
    [one] Venceu há { $days } dia
   *[other] Venceu há { $days } dias
}
permit-source = Estes dados vêm do registro da autorização de trabalho no Sistema de Serviços para Estrangeiros que Trabalham na China. Se algo estiver errado, peça ao seu empregador que corrija lá.
print-page = Imprimir esta página
qr-copy-text = Copiar o código como texto
copy-number = Copiar
copied = Copiado
copy-failed = Não foi possível copiar: este navegador não permitiu.

payments-title = Seus pagamentos ao seguro social
card-timeline-title = Sua linha do tempo
payments-lead = O que seu empregador pagou por você a cada mês e o que foi descontado do seu salário.
payments-year = Ano
payments-insurance = Seguro
payments-all-insurances = Todos os seguros
payments-apply = Mostrar pagamentos
payments-status = Situação
payments-total = Total
payments-none = Não há registro de pagamentos para este ano.
# Variables:
#   $year (Number) - the year shown
payments-caption = Pagamentos em { $year }, por mês e por seguro
payments-no-record = Nenhum registro neste mês
payments-arrears-heading = Meses em atraso:
payments-arrears-explained = Seu empregador não pagou as contribuições destes meses. Pergunte ao departamento de recursos humanos do seu empregador ou ligue para a linha de atendimento do seguro social, 12333.
payments-missing-heading = Meses sem registro:
payments-missing-explained = Nada foi declarado para estes meses. Se você trabalhava para o seu empregador nessa época, pergunte a ele o motivo.
payments-export = Baixar como planilha (CSV)
# Variables:
#   $year (Number) - the year shown
#   $total (String) - all contributions of the year, formatted money
#   $month (String) - the month with the most, e.g. March 2025
#   $highest (String) - that month's contributions, formatted money
#   $arrears (Number) - months in arrears
payments-chart-summary = { $arrears ->
    [0] Em { $year }, foi pago um total de { $total }. O maior valor foi { $highest }, em { $month }. Nenhum mês está em atraso.
    [one] Em { $year }, foi pago um total de { $total }. O maior valor foi { $highest }, em { $month }. { $arrears } mês está em atraso.
   *[other] Em { $year }, foi pago um total de { $total }. O maior valor foi { $highest }, em { $month }. { $arrears } meses estão em atraso.
}

card-title = Seu Cartão Eletrônico de Seguridade Social
card-rendering-note = Uma representação do seu cartão para referência, não o modelo oficial do cartão.
card-holder = Nome
card-number = Número do cartão
card-status = Situação
card-status-active = Ativo
card-status-sealed = Inativo
card-sealed-explained = Seu cartão está inativo: as funções de seguridade social são ativadas quando você concluir a verificação da sua identidade.
card-issued = Emitido em
card-load-failed = Não foi possível carregar seu cartão. Tente novamente mais tarde.
card-verify-now = Confirmar sua identidade agora
