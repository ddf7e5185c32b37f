## Messages for validation and API error codes (protocol crate). One message per code.

validation-required = Informe este dado
# Variables:
#   $min (Number) - the fewest characters allowed
validation-too-short = { $min ->
    [one] Digite pelo menos { $min } caractere
   *[other] Digite pelo menos { $min } caracteres
}
# Variables:
#   $max (Number) - the most characters allowed
validation-too-long = { $max ->
    [one] Digite no máximo { $max } caractere
   *[other] Digite no máximo { $max } caracteres
}
# Variables:
#   $expected (Number) - the exact number of characters
validation-wrong-length = { $expected ->
    [one] Digite exatamente { $expected } caractere
   *[other] Digite exatamente { $expected } caracteres
}
validation-digits-only = Use apenas os dígitos de 0 a 9
validation-invalid-characters = Remova os caracteres que não são permitidos
validation-check-character-mismatch = O último caractere não corresponde ao restante do número. Verifique se você copiou todos os dígitos corretamente.
validation-must-start-with-nine = O número da Carteira de Identidade de Residente Permanente Estrangeiro começa com 9
validation-invalid-birth-date = A data de nascimento contida neste número não é uma data válida
validation-not-a-china-mobile = Digite um número de celular chinês: 11 dígitos começando com 13 a 19, como 138 1234 5678
# Variables:
#   $line (Number) - 1 or 2
#   $expected (Number) - characters a line must have
validation-mrz-line-length = { $expected ->
    [one] A linha { $line } deve ter exatamente { $expected } caractere
   *[other] A linha { $line } deve ter exatamente { $expected } caracteres
}
# Variables:
#   $line (Number) - 1 or 2
validation-mrz-invalid-characters = A linha { $line } só pode conter as letras de A a Z, os dígitos de 0 a 9 e o sinal <
validation-mrz-not-passport = A linha 1 deve começar com P. Copie as linhas do seu passaporte.
# Variables:
#   $field (String) - which check failed
validation-mrz-check-digit = { $field ->
    [document-number] O dígito verificador do número do passaporte não confere
    [birth-date] O dígito verificador da data de nascimento não confere
    [expiry-date] O dígito verificador da data de validade não confere
    [personal-number] O dígito verificador do número pessoal não confere
   *[composite] O dígito verificador final da linha 2 não confere
}. Verifique se você copiou as linhas exatamente.
# Variables:
#   $field (String) - which date is wrong
validation-mrz-invalid-date = { $field ->
    [birth-date] A data de nascimento nas linhas do passaporte não é uma data válida
   *[expiry-date] A data de validade nas linhas do passaporte não é uma data válida
}
validation-mrz-invalid-sex = O sexo na linha 2 deve ser M, F ou <
# Variables:
#   $code (String) - the country code that was not recognised
validation-unknown-country-code = { $code } não é um código de país usado em passaportes
validation-document-expired = Este passaporte está vencido. Use seu passaporte atual.
validation-non-latin-script = Use as letras latinas impressas no seu passaporte, como nas linhas de leitura automática
validation-password-needs-two-kinds = Use pelo menos dois destes tipos: letras, dígitos, símbolos
validation-pin-sequential = Não use dígitos em sequência, como 123456 ou 654321
validation-pin-repeated = Não use o mesmo dígito seis vezes
validation-pin-in-id-number = Não use dígitos tirados do seu número de identidade
validation-file-empty = O arquivo selecionado está vazio
# Variables:
#   $kilobytes (Number) - the largest size allowed
validation-file-too-large = O arquivo deve ter menos de { $kilobytes } KB
# Variables:
#   $pages (Number) - the most pages allowed
validation-too-many-pages = { $pages ->
    [one] O PDF deve ter no máximo { $pages } página
   *[other] O PDF deve ter no máximo { $pages } páginas
}
# Variables:
#   $kilobytes (Number) - the smallest size allowed
validation-file-too-small = O arquivo deve ter pelo menos { $kilobytes } KB
validation-file-type-not-allowed = Este tipo de arquivo não é aceito
# Variables:
#   $width (Number) - minimum width in pixels
#   $height (Number) - minimum height in pixels
validation-image-too-small = A imagem deve ter pelo menos { $width } × { $height } pixels
validation-image-unreadable = Não é possível ler a imagem: ela pode estar incompleta ou danificada. Escolha outro arquivo

api-bad-request = Houve um problema com a solicitação. Tente novamente.
api-validation-failed = Algumas respostas precisam ser corrigidas
api-unauthenticated = Entre para continuar
api-session-expired = Sua sessão foi encerrada para manter seus dados seguros. Entre novamente.
api-invalid-credentials = O número ou a senha estão incorretos
api-forbidden-origin = A solicitação foi recusada. Recarregue a página e tente novamente.
api-not-found = Não foi possível encontrar o que você procura
api-method-not-allowed = Essa ação não é possível aqui
api-already-registered = Este número já tem uma conta do e-SSC. Entre em vez de se cadastrar.
api-identity-mismatch = Seu nome e seu número não correspondem aos registros da autorização de trabalho. Confira os dois com seu passaporte e sua Carta de Notificação.
api-application-not-found = Nenhum pedido corresponde a este número e data de nascimento. Confira o número no protocolo que seu empregador recebeu e sua data de nascimento como está no passaporte.
api-idempotency-key-reused = Isto já foi enviado com respostas diferentes. Comece de novo.
api-idempotency-key-missing = Não foi possível verificar a solicitação. Recarregue a página e tente novamente.
api-idempotency-key-in-use = Suas respostas ainda estão sendo enviadas. Aguarde um momento e tente novamente.
# Variables:
#   $attempts (Number) - tries left
api-sms-code-wrong = { $attempts ->
    [one] O código não está correto. Você tem mais { $attempts } tentativa.
   *[other] O código não está correto. Você tem mais { $attempts } tentativas.
}
api-sms-code-expired = O código expirou. Peça um novo código.
api-sms-too-many-attempts = Muitos códigos errados. Peça um novo código.
api-sms-code-not-requested = Peça um código primeiro
api-phone-not-verified = Primeiro, digite o código que enviamos para o seu celular
# Variables:
#   $seconds (Number) - seconds to wait
api-rate-limited = { $seconds ->
    [one] Muitas tentativas. Tente novamente em { $seconds } segundo.
   *[other] Muitas tentativas. Tente novamente em { $seconds } segundos.
}
api-manual-review-required = Confirme sua identidade pessoalmente em uma central de atendimento
api-card-not-issued = Seu cartão ainda não foi emitido. Primeiro, conclua a verificação da sua identidade.
# Variables:
#   $kilobytes (Number) - the largest upload allowed
api-payload-too-large = O envio é grande demais. O limite é de { $kilobytes } KB.
api-unsupported-media-type = Este tipo de arquivo não é aceito
api-internal = Algo deu errado do nosso lado. Tente novamente mais tarde.
api-unavailable = O serviço não está disponível no momento. Tente novamente em alguns minutos.
