## Preparing the work-permit documents: a few questions, a category estimate and a personal checklist. Public, no account.

prepare-title = Prepare os documentos da sua autorização de trabalho
prepare-lead = Descubra de quais documentos você precisa para uma autorização de trabalho na China, como cada um deve ser certificado e traduzido e quando obtê-lo.
prepare-does-heading = O que esta ferramenta faz
prepare-does = Ela monta a sua própria lista de documentos a partir de algumas respostas, estima a categoria da sua autorização e avisa quando um documento venceria muito perto da data de envio do pedido.
prepare-does-not = Ela não envia nada. Seu empregador, ou a agência dele, envia o pedido pela internet. Você reúne os documentos.
prepare-need-heading = Do que você precisa
prepare-need = Seu passaporte, o diploma do seu nível de estudo mais alto e a data em que seu empregador pretende enviar o pedido. Leva cerca de 5 minutos.
prepare-privacy = Suas respostas ficam nesta aba do navegador. Nada é enviado a um servidor nem salvo neste aparelho; por isso, elas se perdem quando você fecha a aba.
prepare-start = Começar agora
prepare-step = Prepare seus documentos
prepare-continue = Continuar
prepare-lost = Suas respostas não estão mais nesta aba: elas só são mantidas enquanto a aba está aberta.
prepare-start-again = Recomeçar

prepare-nationality-title = Qual é a sua nacionalidade?
prepare-nationality-hint = Como consta no seu passaporte. Sua certidão de antecedentes criminais normalmente é emitida por esse país.
prepare-country = País
prepare-choose-country = Escolha um país
prepare-nationality-missing = Selecione sua nacionalidade

prepare-degree-title = Seu nível de estudo mais alto
prepare-education = Qual é o seu nível de estudo mais alto?
prepare-education-doctorate = Doutorado
prepare-education-master = Mestrado
prepare-education-bachelor = Bacharelado
prepare-education-none = Nenhum bacharelado ou título superior
prepare-education-missing = Selecione seu nível de estudo mais alto
prepare-degree-country = País onde você o obteve
prepare-degree-country-hint = O país da universidade. Se você não tiver diploma, o país que emitiu sua qualificação profissional.
prepare-degree-country-missing = Selecione o país onde você obteve seu diploma ou sua qualificação

prepare-application-title = Sobre o pedido
prepare-application = Você já tem uma autorização de trabalho chinesa?
prepare-application-new = Não, esta é minha primeira autorização de trabalho na China
prepare-application-renewal = Sim, e vou renová-la para o mesmo emprego
prepare-application-change-of-employer = Sim, e vou mudar de empregador
prepare-application-missing = Selecione se você já tem uma autorização de trabalho chinesa
prepare-submission = Quando seu empregador vai enviar o pedido?
prepare-submission-hint = Uma estimativa basta. Por exemplo, 15 3 2027
prepare-submission-missing = Digite a data em que seu empregador pretende enviar o pedido
prepare-submission-invalid = Digite uma data válida, por exemplo, 15 3 2027
prepare-submission-past = A data de envio deve ser hoje ou uma data futura

prepare-points-title = Sobre o emprego e sobre você
prepare-points-hint = Com suas respostas, estimamos a categoria da sua autorização pela tabela oficial de pontos.
prepare-salary = Salário anual pago na China, em yuans
prepare-salary-hint = Antes dos impostos. Por exemplo, 360000
prepare-salary-missing = Digite seu salário anual
prepare-salary-invalid = Digite o salário como um valor em yuans, como 360000
prepare-experience = Anos de experiência profissional relevante
prepare-experience-invalid = Digite seus anos de experiência profissional como um número inteiro, como 3
prepare-months = Meses por ano que você vai trabalhar na China
prepare-months-invalid = Digite os meses como um número inteiro de 0 a 12
prepare-age = Sua idade em anos
prepare-age-invalid = Digite sua idade como um número inteiro de 16 a 99, como 34
prepare-chinese = Seu nível de chinês
prepare-chinese-chinese-taught-degree-or-hsk5 = Um curso superior ministrado em chinês, ou HSK 5 ou 6
prepare-chinese-hsk4 = HSK 4
prepare-chinese-hsk3 = HSK 3
prepare-chinese-hsk2 = HSK 2
prepare-chinese-hsk1 = HSK 1
prepare-chinese-none = Nenhum nível certificado
prepare-chinese-missing = Selecione seu nível de chinês
prepare-bonus = Alguma destas situações se aplica a você?
prepare-bonus-hint = Selecione todas as que se aplicam.
prepare-bonus-location = O emprego fica na região oeste, em uma antiga base industrial do nordeste ou em um condado incluído no programa de combate à pobreza
prepare-bonus-distinction = Você se formou em uma universidade de primeira linha, trabalha para uma empresa da Fortune 500, é titular de propriedade intelectual ou trabalha na China há 5 anos ou mais

prepare-estimate-title = Sua categoria estimada
# Variables:
#   $total (Number) - points scored
#   $max (Number) - the most points possible
prepare-estimate-points = { $total } de { $max } pontos
prepare-estimate-a = 85 pontos ou mais: Categoria A, talentos de alto nível.
prepare-estimate-b = De 60 a 84 pontos: Categoria B, talentos profissionais.
prepare-estimate-c = Menos de 60 pontos: Categoria C, outros profissionais estrangeiros. As vagas são limitadas por cota.
prepare-factors = Pontos por critério
prepare-factor = Critério
prepare-points = Pontos
prepare-points-max = Máximo possível
prepare-factor-salary = Salário anual
prepare-factor-education = Escolaridade
prepare-factor-work-experience = Experiência profissional
prepare-factor-months-in-china = Meses por ano na China
prepare-factor-chinese-level = Chinês
prepare-factor-work-location = Local do emprego
prepare-factor-age = Idade
prepare-factor-distinction = Universidade, empregador, propriedade intelectual ou anos na China
prepare-direct-heading = Outras formas de obter uma categoria
prepare-direct-a = A Categoria A também é concedida a talentos de alto nível reconhecidos, independentemente da pontuação, por exemplo, ganhadores de grandes prêmios internacionais ou pessoas selecionadas por programas nacionais de talentos.
prepare-direct-b = A Categoria B também é concedida, por exemplo, a quem tem bacharelado ou título superior e pelo menos 2 anos de experiência profissional relevante.
prepare-authority-decides = Esta é uma estimativa feita com a tabela de pontos publicada. A autoridade decide a categoria ao analisar o pedido.
prepare-category = Para qual categoria seu empregador vai fazer o pedido?
prepare-category-hint = Seu empregador pode conhecer uma via que esta estimativa não abrange. Sua lista de documentos depende disso: na Categoria A, você pode assinar uma declaração em vez de obter a certidão de antecedentes criminais.
prepare-category-missing = Selecione a categoria que seu empregador vai pedir
prepare-see-checklist = Ver sua lista de documentos

prepare-tasks-title = Sua lista de documentos
# Variables:
#   $done (Number) - documents completed
#   $total (Number) - documents in the checklist
prepare-tasks-progress = { $total ->
    [one] Você concluiu { $done } de { $total } documento.
   *[other] Você concluiu { $done } de { $total } documentos.
}
prepare-tasks-lead = Selecione um documento para ver quem o emite, como certificá-lo e traduzi-lo e até quando ele é válido.
prepare-status-not-started = Não iniciado
prepare-status-in-progress = Em andamento
prepare-status-completed = Concluído
prepare-status-cannot-start-yet = Ainda não pode começar
prepare-status-problem = Há um problema
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
prepare-expired = A validade do seu documento ({ $document }) termina em { $date }, antes da data prevista para o envio do pedido. Obtenha um novo.
# Variables:
#   $document (String) - the document's name
#   $date (String) - its last valid day
#   $days (Number) - days between the filing date and the last valid day
prepare-expires-soon = A validade do seu documento ({ $document }) termina em { $date }, { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } após a data prevista para o envio do pedido. Se o envio atrasar, ele não será mais válido.
prepare-answers = Suas respostas
prepare-change = Alterar
prepare-filing-date = Data de envio
prepare-category-short = Categoria

prepare-document-passport = Página de dados do passaporte
prepare-document-photo = Foto para documento
prepare-document-job-contract = Contrato de trabalho ou carta de nomeação
prepare-document-degree = Diploma ou certificado de qualificação profissional
prepare-document-work-experience = Comprovante de experiência profissional anterior
prepare-document-criminal-record = Certidão de antecedentes criminais
prepare-document-medical-report = Laudo de exame médico
prepare-issuer = Quem emite
prepare-issuer-passport = Você: uma digitalização ou foto nítida da página com sua foto e seus dados.
prepare-issuer-photo = Um fotógrafo, ou você: uma foto colorida recente, sem nada na cabeça, com fundo branco.
prepare-issuer-job-contract = Seu novo empregador na China.
prepare-issuer-degree = A universidade ou a instituição que concedeu sua qualificação profissional.
prepare-issuer-work-experience = Seu empregador anterior: seu cargo, o período, suas funções, um carimbo ou assinatura e um contato que possa confirmar as informações.
prepare-issuer-criminal-record = A polícia ou a justiça do país da sua nacionalidade ou do país onde você normalmente mora.
prepare-issuer-medical-report = Um hospital no exterior ou o Centro Internacional de Saúde para Viajantes na China, que também verifica laudos emitidos no exterior.
prepare-certify = Como certificar
prepare-certify-none = Não precisa de apostila nem de legalização.
# Variables:
#   $country (String) - the issuing country
#   $date (String) - the day the Apostille Convention took effect between China and that country
prepare-certify-apostille = Obtenha uma apostila junto à autoridade competente do país emissor ({ $country }). A Convenção da Apostila está em vigor entre esse país e a China desde { $date }.
# Variables:
#   $country (String) - the issuing country
prepare-certify-legalisation = A Convenção da Apostila não se aplica entre o país emissor ({ $country }) e a China: o documento deve ser legalizado pelas autoridades desse país e, depois, por uma embaixada ou um consulado da China nesse país.
# Variables:
#   $country (String) - the issuing country
prepare-certify-ask = A regra para documentos do país emissor ({ $country }) ainda não está definida. Pergunte ao seu empregador ou ao órgão local de autorização de trabalho antes de certificar o documento.
# Variables:
#   $country (String) - the issuing country
prepare-notarise-first = Um diploma é um documento particular: primeiro, ele precisa ser reconhecido em cartório (notarizado) no país onde foi emitido ({ $country }).
prepare-alternative-cscse-verification = Em vez disso, você pode pedir a verificação do diploma ao CSCSE (Centro de Serviços da China para Intercâmbio Acadêmico, 中国留学服务中心); a autoridade aceita essa verificação.
prepare-alternative-pledge = Na Categoria A, você pode assinar uma declaração de ausência de antecedentes criminais em vez de obter esta certidão.
# Variables:
#   $source (String) - where the table comes from
#   $date (String) - the date of the table
prepare-source = Fonte: { $source }, atualizada em { $date }.
prepare-certify-uncertain = Esta regra vem de fontes secundárias ou ainda não está definida. Confirme com seu empregador antes de pagar por uma certificação.
prepare-translation = Tradução
prepare-translation-not-needed = Não precisa de tradução.
prepare-translation-sealed-by-employer = Se não estiver em chinês, precisa de uma tradução para o chinês com o carimbo do seu empregador.
prepare-translation-chinese-version = Precisa ter uma versão em chinês que indique o local de trabalho, as funções, o salário, a duração e o cargo.
prepare-validity = Validade
prepare-validity-none = Não vence para este pedido.
# Variables:
#   $months (Number) - months of validity
prepare-validity-months = { $months ->
    [one] Vale por { $months } mês a partir da data de emissão, não da data da certificação.
   *[other] Vale por { $months } meses a partir da data de emissão, não da data da certificação.
}
# Variables:
#   $date (String) - the earliest useful issue date
prepare-earliest = Obtenha o documento em { $date } ou depois. Um documento emitido antes venceria menos de 30 dias após a data prevista para o envio do pedido.
prepare-issued = Quando foi emitido?
prepare-issued-hint = Deixe em branco se você ainda não tiver o documento. Por exemplo, 15 9 2026
prepare-issued-invalid = Digite uma data de emissão válida, por exemplo, 15 9 2026
prepare-issued-future = A data de emissão deve ser hoje ou uma data passada
# Variables:
#   $date (String) - its last valid day
prepare-valid-until = Vale até { $date }.
prepare-ready-legend = Situação
prepare-ready = Este documento está pronto
prepare-save = Salvar e voltar à lista
prepare-files = Arquivos
prepare-files-hint = JPEG, PNG ou PDF, até 1 MB cada. O tipo é identificado pelo conteúdo do arquivo, não pelo nome. Nada é enviado: os arquivos ficam nesta aba até você baixar o seu pacote.
prepare-photo-hint = Uma foto JPEG, com 3 de largura por 4 de altura, de 354 × 472 a 420 × 560 pixels e de 40 KB a 120 KB, com fundo branco. Qualquer foto de celular serve: ela é verificada aqui e pode ser corrigida automaticamente.
prepare-add-files = Adicionar arquivos
# Variables:
#   $name (String) - the file's name
#   $reason (String) - why it was refused
prepare-file-refused = { $name }: { $reason }
# Variables:
#   $name (String) - the file's name
prepare-file-unreadable = { $name }: o navegador não conseguiu ler este arquivo. Escolha-o novamente.
prepare-no-files = Nenhum arquivo adicionado ainda.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, such as 120 KB
prepare-file = { $name }, { $size }
prepare-remove = Remover
prepare-package = Continuar depois
prepare-package-hint = Baixe um pacote com suas respostas, o andamento de cada documento e seus arquivos. Abra-o aqui mais tarde para continuar ou entregue-o ao RH do seu empregador. Nada fica guardado neste navegador.
prepare-download-package = Baixar seu pacote
prepare-print-checklist = Imprimir a lista
prepare-have-package = Tenho um pacote
prepare-open-package = Abrir seu pacote
prepare-open-package-hint = O arquivo .zip que você baixou deste serviço.
prepare-package-not-ours = Este arquivo não é um pacote deste serviço ou está danificado. Escolha o arquivo .zip que você baixou.
prepare-package-changed = Um arquivo deste pacote foi alterado depois que o pacote foi criado. Escolha o pacote do jeito que você o baixou.
prepare-package-too-large = O pacote é grande demais. Remova alguns arquivos e tente novamente.
prepare-checklist-for = Lista de documentos para o RH do empregador
prepare-column-document = Documento
prepare-column-status = Situação
prepare-column-dates = Emissão e validade

## The ID photo: check and automatic fix
prepare-photo-choose = Escolha sua foto
prepare-photo-passes = Sua foto atende a todas as regras. Ela foi adicionada a este documento.
prepare-photo-problems = Sua foto não atende a estas regras:
prepare-photo-not-jpeg = É um arquivo PNG; o envio aceita JPEG.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $min-width (Number) - the smallest width accepted
#   $min-height (Number) - the smallest height accepted
prepare-photo-too-few-pixels = A foto tem { $width } × { $height } pixels; são necessários pelo menos { $min-width } × { $min-height }. A correção não consegue acrescentar detalhes: tire uma nova foto.
# Variables:
#   $width (Number) - the photo's width in pixels
#   $height (Number) - the photo's height in pixels
#   $max-width (Number) - the largest width accepted
#   $max-height (Number) - the largest height accepted
prepare-photo-too-many-pixels = A foto tem { $width } × { $height } pixels; são aceitos no máximo { $max-width } × { $max-height }.
prepare-photo-wrong-ratio = Não tem 3 de largura por 4 de altura, o formato que o envio exige.
# Variables:
#   $size (String) - the photo's size, such as "2048 KB"
#   $limit (String) - the largest size accepted
prepare-photo-too-many-bytes = A foto tem { $size }; o máximo aceito é { $limit }.
# Variables:
#   $size (String) - the photo's size, such as "12 KB"
#   $limit (String) - the smallest size accepted
prepare-photo-too-few-bytes = A foto tem { $size }; o mínimo necessário é { $limit }.
prepare-photo-background = O fundo não parece branco. A correção não consegue mudar isso: se possível, tire uma nova foto em frente a uma parede branca lisa.
prepare-photo-fix-heading = Correção automática
prepare-photo-fix-explain = A foto abaixo é recortada no formato 3 por 4, redimensionada e salva como JPEG do tamanho certo. Se o seu rosto não estiver dentro da moldura, mova a moldura. Confira o resultado e depois use a foto.
prepare-photo-before = Antes:
prepare-photo-after = Depois:
prepare-photo-before-alt = Sua foto, com uma moldura marcando a parte que será mantida
prepare-photo-after-alt = A foto corrigida
prepare-photo-across = Mover a moldura para a esquerda ou para a direita
prepare-photo-down = Mover a moldura para cima ou para baixo
prepare-photo-fixing = Corrigindo a foto…
# Variables:
#   $width (Number) - the fixed photo's width in pixels
#   $height (Number) - the fixed photo's height in pixels
#   $size (String) - its size, such as "63 KB"
prepare-photo-result = { $width } × { $height } pixels, { $size }
prepare-photo-fix-failed = Este navegador não conseguiu corrigir a foto. Tente outro navegador ou corrija a foto com um editor de imagens.
# Variables:
#   $smallest (String) - the smallest size accepted
#   $largest (String) - the largest size accepted
prepare-photo-fix-out-of-range = Não é possível deixar a foto corrigida entre { $smallest } e { $largest }: a foto tem poucos detalhes. Tire uma foto mais nítida, com boa iluminação.
prepare-photo-use = Usar a foto corrigida
prepare-photo-download = Baixar a foto corrigida
prepare-photo-used = A foto corrigida foi adicionada a este documento.

## Joining photos of a paper document into one PDF
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-file-oversize = Maior que { $limit }: junte as imagens em um único PDF para reduzir o tamanho.
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-hint = As fotos das páginas de um documento em papel podem virar um único PDF com menos de { $limit }, uma página por foto, na ordem em que você as adicionou.
prepare-combine = Juntar as imagens em um PDF
prepare-combining = Criando o PDF…
# Variables:
#   $pages (Number) - pages in the new PDF
prepare-combined = { $pages ->
    [one] A imagem agora é um PDF de { $pages } página.
   *[other] As imagens agora formam um único PDF de { $pages } páginas.
}
# Variables:
#   $limit (String) - the upload's size limit, such as "1024 KB"
prepare-combine-too-large = As páginas não cabem em { $limit }, nem com resolução menor. Remova algumas imagens e crie dois PDFs.
# Variables:
#   $name (String) - the image's file name
prepare-combine-unreadable = { $name }: o navegador não conseguiu ler esta imagem. Remova-a e adicione-a novamente.
