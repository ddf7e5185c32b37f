## The registration journey: one question per page, then check your answers.

register-start-title = Cadastre seu Cartão Eletrônico de Seguridade Social
register-start-lead = Cadastre o e-SSC que contém a sua autorização de trabalho. Leva cerca de 10 minutos.
register-start-need-heading = Do que você precisa
register-start-need-passport = seu passaporte
register-start-need-number = o número da autorização de trabalho, que está na sua Carta de Notificação da Autorização de Trabalho para Estrangeiros, ou o seu número de seguridade social
register-start-need-phone = um número de celular chinês, se você tiver (opcional)
register-start-need-camera = um aparelho com câmera, para a verificação facial
register-start-letter-heading = Onde encontrar o número da autorização de trabalho
register-start-letter-alt = Um desenho da Carta de Notificação da Autorização de Trabalho para Estrangeiros. O número da autorização de trabalho, de 18 dígitos, está marcado com o número 1.
register-start-letter-caption = 1: o número da autorização de trabalho tem 18 dígitos. Na Carta de Notificação, ele aparece impresso ao lado do seu nome em chinês:
register-start-physical-heading = Se você já tem um cartão físico
register-start-physical = Se você já tem um Cartão de Seguridade Social físico, também pode se cadastrar aqui com os mesmos números.
register-start-button = Começar agora
register-step = Cadastro do e-SSC
register-continue = Continuar

register-name-title = Qual é o seu nome, como está no passaporte?
register-name-hint = Use as letras latinas impressas no seu passaporte, na mesma ordem. Digite o sobrenome e os prenomes separadamente.
register-surname-label = Sobrenome
register-surname-missing = Digite seu sobrenome como está no passaporte
register-given-label = Prenomes
register-given-hint = Todos os prenomes, na ordem do passaporte. Deixe em branco se o seu passaporte não tiver nenhum.
register-mrz-summary = Preencher seu nome a partir da zona de leitura automática do passaporte (opcional)
register-mrz-label = As duas linhas na parte de baixo da página de foto do passaporte
register-mrz-hint = 44 letras, dígitos e sinais < em cada linha. Digite ou cole as linhas exatamente como estão impressas. Elas são usadas apenas nesta página e não são enviadas.
register-mrz-use = Preencher meu nome
register-mrz-filled = Seu nome foi preenchido a partir da zona de leitura automática. Confira-o com o seu passaporte.
register-name-compared = Vamos comparar este nome com o registro da sua autorização de trabalho:

register-identifier-title = Com qual número você vai se cadastrar?
register-identifier-kind-missing = Selecione o número com que você vai se cadastrar
register-wp-label = Número da autorização de trabalho
register-wp-hint = 18 dígitos, na sua Carta de Notificação da Autorização de Trabalho para Estrangeiros.
register-ssn-label = Número de seguridade social
register-ssn-hint = 18 caracteres. Somente se você já tiver um.
register-identifier-missing = Digite o número

register-password-title = Crie uma senha
register-password-label = Senha
register-password-rules = Sua senha deve:
register-password-rule-length = ter de 8 a 16 caracteres
register-password-rule-kinds = usar pelo menos dois destes tipos: letras, dígitos, símbolos
register-password-rule-charset = usar apenas letras, dígitos e símbolos (sem espaços)
register-password-rule-met = atendido
register-password-rule-unmet = ainda não atendido

register-phone-title = Você tem um número de celular chinês?
register-phone-hint = Vamos enviar um código para confirmá-lo. Você pode deixar este campo em branco e continuar sem um número.
register-phone-label = Número de celular (opcional)
register-phone-normalised = Vamos enviar o código para:

register-check-title = Confira suas respostas antes de se cadastrar
register-check-name = Nome
register-check-number = Número
register-check-password = Senha
register-check-password-set = Definida (não exibida)
register-check-phone = Número de celular
register-check-phone-none = Nenhum
register-declaration-heading = Agora, faça o cadastro
register-declaration = Ao se cadastrar, você confirma que estes dados são os que constam no seu passaporte e na sua Carta de Notificação, e que você é a pessoa indicada neles.
register-submit = Aceitar e cadastrar
register-mismatch-help = Confira seu nome e seu número com o seu passaporte e a sua Carta de Notificação e tente novamente.

register-code-title = Digite o código que enviamos para o seu celular
# Variables:
#   $phone (String) - the masked number, e.g. 138****5678
register-code-sent = Enviamos um código de 6 dígitos para { $phone }. Ele é válido por 5 minutos.
register-code-label = Código
register-code-hint = 6 dígitos, recebidos por SMS.
register-code-missing = Digite o código de 6 dígitos
register-code-resend = Enviar um novo código
# Variables:
#   $seconds (Number) - seconds until a new code can be requested
register-code-resend-wait = { $seconds ->
    [one] Você poderá pedir um novo código em { $seconds } segundo.
   *[other] Você poderá pedir um novo código em { $seconds } segundos.
}
register-code-skip = Continuar sem número de celular
register-no-secure-random = Este navegador não consegue impedir que seu cadastro seja enviado duas vezes. Atualize-o ou use outro navegador.

register-done-title = Cadastro concluído
register-done-panel = Seu Cartão Eletrônico de Seguridade Social está pronto
register-done-panel-body = As funções de seguridade social estão ativadas.
register-done-next-heading = O que você pode fazer agora
register-done-next = Mostrar o código QR do cartão em hospitais e balcões de atendimento, ler os dados da sua autorização de trabalho e consultar seus pagamentos ao seguro social.
register-done-card-link = Ir para o seu cartão
