## Life events after the work permit: a new passport, a permit about to expire, a new employer, leaving China. Public, no account; each deadline can go into the person's calendar.

life-title = Quando algo muda
life-lead = Um passaporte novo, um novo empregador ou uma autorização perto de vencer: cada um desses casos abre um prazo. Descubra o que fazer, até quando, e coloque a data na sua agenda.
life-new-passport-link = Tenho um passaporte novo
life-expiry-link = Minha autorização de trabalho vence em breve
life-employer-link = Vou mudar de empregador
life-leaving-link = Vou sair da China
life-privacy = As datas que você informa ficam nesta aba do navegador. Nada é enviado nem salvo.
life-back = Outras mudanças

## Shared: one deadline and the calendar
# Variables:
#   $date (String) - the deadline, as a full date
life-due = Prazo: até { $date }
# Variables:
#   $days (Number) - days from today to the deadline
life-days-left = { $days ->
    [0] É hoje.
    [one] Falta { $days } dia.
   *[other] Faltam { $days } dias.
}
# Variables:
#   $days (Number) - days since the deadline passed
life-days-passed = { $days ->
    [one] O prazo passou há { $days } dia.
   *[other] O prazo passou há { $days } dias.
}
life-soon = Aja agora: faltam 10 dias ou menos.
life-passed = Esta data já passou. Entre em contato hoje com seu empregador ou com o órgão responsável e explique a situação; agir com atraso pode resultar em multa.
life-uncertain = As fontes divergem sobre este número. Confirme com seu empregador ou com o órgão local.
# Variables:
#   $source (String) - where the figure comes from
life-source = Fonte: { $source }
life-calendar = Adicionar à minha agenda
life-calendar-hint = Baixa um arquivo de agenda (.ics) com um lembrete 7 dias antes. Nada é enviado para lugar nenhum.
life-print = Imprimir estas datas
life-show = Mostrar as datas
life-dates-heading = Suas datas
life-date-missing = Digite a data
life-date-invalid = Digite uma data válida, por exemplo, 27 3 2026
# Variables:
#   $date (String) - a date, as a full date
life-counted-weekdays = Contado em dias úteis; os dias depois de { $date } são contados apenas de segunda a sexta-feira, porque o calendário de feriados daquele ano ainda não foi publicado.
life-holidays-source = Os dias úteis seguem os calendários de feriados publicados pelo Conselho de Estado para 2025 e 2026.

## I have a new passport
life-new-passport-title = Tenho um passaporte novo
life-new-passport-lead = Sua autorização de trabalho e sua autorização de residência trazem o número do seu passaporte; por isso, as duas precisam ser alteradas.
life-passport-issued = Quando o seu novo passaporte foi emitido?
life-passport-issued-hint = Como consta no passaporte novo, por exemplo, 27 3 2026
life-passport-change = Solicite a alteração da sua autorização de trabalho
life-passport-change-how = Seu empregador solicita a alteração no Sistema de Serviços para Estrangeiros que Trabalham na China. As fontes indicam 10 dias a partir da emissão do passaporte novo; uma cidade conta 10 dias úteis.
life-passport-residence = Altere sua autorização de residência no departamento de entrada e saída dentro dos mesmos 10 dias.
life-passport-bring = O que os órgãos costumam pedir: o passaporte novo e o antigo, sua autorização de residência e uma foto recente. Confirme com seu empregador, pois isso varia de cidade para cidade.
life-passport-source = orientações locais dos departamentos de entrada e saída e de autorização de trabalho, que divergem quanto aos dias úteis

## My work permit expires soon
life-expiry-title = Minha autorização de trabalho vence em breve
life-expiry-lead = Seu empregador pode solicitar a prorrogação da sua autorização de trabalho a partir de 90 dias antes do vencimento até 30 dias antes dele. Quando faltam menos de 30 dias, o sistema recusa a prorrogação.
life-expiry-date = Quando vence a sua autorização de trabalho?
life-expiry-date-hint = Conforme o período de validade da sua autorização de trabalho, por exemplo, 30 6 2027
life-expiry-opens = Abre o período de prorrogação
life-expiry-closes = Fecha o período de prorrogação
life-expiry-ends = Sua autorização de trabalho vence
life-expiry-not-yet = O período ainda não abriu. Lembre seu empregador quando ele abrir.
life-expiry-open = O período está aberto: peça ao seu empregador que faça a solicitação agora.
life-expiry-closed = O período já fechou. Fale imediatamente com seu empregador sobre um novo pedido; sem uma autorização válida, você não pode trabalhar.
life-expiry-source = orientações da Secretaria de Ciência e Tecnologia de Tianjin sobre prorrogações

## Changing employer and leaving China
life-last-day = Qual é o seu último dia de trabalho?
life-last-day-hint = Por exemplo, 31 1 2027
life-cancel = Seu empregador cancela sua autorização de trabalho
life-cancel-who = Seu empregador atual cancela sua autorização de trabalho no Sistema de Serviços para Estrangeiros que Trabalham na China em até 10 dias úteis após o seu último dia (uma fonte indica 15 dias).
life-employer-title = Vou mudar de empregador
life-employer-lead = A autorização de trabalho está vinculada a um único empregador. Seu novo empregador solicita uma nova autorização para você; seu empregador atual cancela a antiga.
life-employer-new = Seu novo empregador solicita a sua nova autorização de trabalho. Reúna os documentos novamente: a lista de documentos ajuda.
life-employer-card = Seu número de seguridade social é o mesmo por toda a vida. Seu registro de pagamentos continua vinculado a ele, e as contribuições do novo empregador dão continuidade a esse registro.
life-leaving-title = Vou sair da China
life-leaving-lead = Antes de sair, certifique-se de que seu empregador cancele sua autorização de trabalho e decida o que fazer com o seu seguro social.
life-leaving-residence = Sua autorização de residência para trabalho termina com o emprego: pergunte ao departamento de entrada e saída por quanto tempo você pode ficar.
life-leaving-insurance = Se você sair da China antes de ter direito à aposentadoria, pode manter sua conta do seguro social para quando voltar ou pedir o encerramento dela e receber o saldo da sua conta individual de aposentadoria.
life-leaving-insurance-source = Normas Provisórias sobre a Participação de Estrangeiros Empregados na China no Seguro Social (2011), artigo 7
life-prepare-link = Prepare os documentos da sua autorização de trabalho
life-status-link = Em que fase está meu pedido? Acompanhe o andamento

## The public check of an application's progress (no account)
status-title = Acompanhar o andamento de um pedido
status-lead = Seu empregador solicita a sua autorização de trabalho. Digite o número do pedido e sua data de nascimento para ver em que fase o pedido está. Você não precisa de uma conta.
status-number = Número do pedido
status-number-hint = Está no protocolo que seu empregador recebeu ao enviar o pedido. Letras e dígitos; os espaços não importam.
status-number-missing = Digite o número do pedido
status-birth = Sua data de nascimento
status-birth-hint = Como está no seu passaporte, por exemplo, 14 2 1991
status-birth-missing = Digite sua data de nascimento
status-submit = Ver andamento
status-result-heading = Em que fase está o seu pedido
# Variables:
#   $date (String) - the day the stage was reached, as a full date
status-since = Desde { $date }
# Variables:
#   $date (String) - the latest day for a decision, as a full date
status-decision-due = A decisão deve sair até { $date }: 20 dias úteis a partir da aceitação, para uma autorização de mais de 90 dias (mais 10 dias úteis em casos especiais).
status-decision-weekdays = Os dias além dos calendários de feriados publicados são contados de segunda a sexta-feira.
status-privacy = Aqui são mostrados apenas a fase e a data dela. A conta do seu empregador no Sistema de Serviços para Estrangeiros que Trabalham na China tem os detalhes. Nada do que você digita é salvo.

## An application's stages
stage-submitted = Enviado pelo seu empregador
stage-pre-review = Pré-análise
stage-accepted = Aceito
stage-under-review = Em análise
stage-more-documents = Documentos adicionais solicitados
stage-approved = Aprovado
stage-refused = Recusado
stage-submitted-meaning = Seu empregador enviou o pedido pela internet. O órgão verifica se ele está completo antes de aceitá-lo.
stage-pre-review-meaning = O órgão está verificando se o pedido está completo. Em seguida, ele é aceito, ou seu empregador recebe um pedido de documentos adicionais.
stage-accepted-meaning = O pedido está completo e foi aceito. Agora o órgão vai decidir.
stage-under-review-meaning = O órgão está decidindo. A decisão deve sair em até 20 dias úteis após a aceitação, para uma autorização de mais de 90 dias, ou em até 5 dias úteis, para uma mais curta.
stage-more-documents-meaning = O órgão pediu documentos adicionais ao seu empregador. Pergunte ao seu empregador quais são e envie-os o quanto antes: o pedido fica parado até que eles cheguem.
stage-approved-meaning = A autorização de trabalho foi aprovada e a Carta de Notificação foi emitida. Próximos passos: o visto Z e, depois, a entrada na China, quando seus prazos começam a contar.
stage-refused-meaning = O pedido foi recusado. A conta do seu empregador mostra o motivo. Seu empregador pode fazer um novo pedido depois de resolver o problema.
step-done = Concluído:
step-current = Agora:
step-to-come = A seguir:

## Your timeline (signed in)
timeline-lead = Tudo, do pedido até o seu próximo prazo, em um só lugar. Os dias restantes são contados a partir de hoje, no horário da China.
# Variables:
#   $date (String) - today in China, as a full date
timeline-today = Hoje na China: { $date }
timeline-application-heading = Seu pedido
timeline-application-number = Número do pedido:
timeline-no-application = Não há nenhum pedido registrado para a sua autorização de trabalho.
timeline-earlier = Pedidos anteriores
timeline-asked-for = O órgão pediu:
timeline-after-heading = Depois da aprovação
timeline-entry = Entrada na China com o visto Z
timeline-residence = Autorização de residência (para trabalho)
timeline-on-site = Verificação presencial dos seus documentos originais
timeline-watch-heading = Datas importantes
timeline-letter-expires = Sua Carta de Notificação vence
timeline-residence-due = Solicite sua autorização de residência
timeline-on-site-due = Leve seus documentos originais para a verificação presencial
timeline-medical-expires = Seu laudo de exame médico vence (a verificação presencial exige um laudo com menos de 6 meses)
refusal-document-expired = Motivo: um documento estava vencido quando o pedido foi feito (a certidão de antecedentes criminais e o laudo de exame médico valem por 6 meses a partir da emissão).
refusal-not-authenticated = Motivo: um documento estrangeiro não tinha apostila nem legalização consular.
refusal-points-too-low = Motivo: a pontuação ficou abaixo da exigida para a categoria solicitada.
