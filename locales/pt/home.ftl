## Home page.

home-title = Sua autorização de trabalho agora está no seu Cartão Eletrônico de Seguridade Social
home-lead = O que mudou para os trabalhadores estrangeiros na China, para que serve o cartão e do que você precisa — no seu idioma, com os termos oficiais em chinês ao lado dos nossos.

home-changed-heading = O que mudou em 1º de dezembro de 2024
home-changed-permit = Os trabalhadores estrangeiros na China não recebem mais um cartão físico de autorização de trabalho. O Ministério de Recursos Humanos e Seguridade Social transferiu a autorização de trabalho para o Cartão Eletrônico de Seguridade Social (e-SSC).
home-changed-register = Você cadastra o e-SSC com seu nome completo exatamente como no passaporte e com o número da autorização de trabalho ou o número de seguridade social e, em seguida, faz uma verificação facial para mostrar que é uma pessoa real.
home-changed-existing = Se você já tem um cartão físico de autorização de trabalho válido, continue usando-o até a próxima prorrogação ou alteração.
home-terms-heading = Termos que você vai encontrar

home-card-heading = Para que serve o e-SSC
home-card-intro = O e-SSC é o seu Cartão de Seguridade Social no celular. Com ele, você pode:
home-card-identity = comprovar sua identidade ao usar serviços públicos
home-card-medical = mostrar um código QR para pagar despesas médicas em hospitais e farmácias
home-card-permit = ver e baixar as informações da sua autorização de trabalho: unidade de trabalho, cargo e endereço de trabalho
home-card-payments = consultar seu registro de pagamentos do seguro social, mês a mês
home-card-verify = permitir que autoridades e empregadores confirmem que sua autorização de trabalho é autêntica lendo um código QR

home-insurance-heading = Os cinco seguros sociais
home-insurance-intro = Seu empregador inscreve você no seguro social e faz os pagamentos todo mês. Você e seu empregador dividem a maior parte das contribuições.
home-insurance-column-name = Seguro
home-insurance-column-payer = Quem paga
home-insurance-shared = Você e seu empregador
home-insurance-employer = Somente seu empregador
home-insurance-maternity = Somente seu empregador; na maioria das cidades, agora faz parte do seguro médico
home-insurance-agreement = Se o seu país tem um acordo de seguridade social com a China, um certificado de cobertura do seu país de origem pode isentar você de alguns desses seguros.

home-documents-heading = Documentos para a autorização de trabalho
home-documents-intro = Seu empregador solicita a sua autorização de trabalho pela internet. Você entrega a ele estes documentos:
home-doc-past-employment = Emitido pelo seu empregador anterior: seu cargo, o período, um carimbo ou assinatura e um contato que possa confirmar as informações.
home-doc-qualification = Seu diploma de nível mais alto ou uma qualificação profissional; um diploma estrangeiro precisa ser certificado.
home-doc-criminal-record = Normalmente legalizada ou apostilada, com tradução.
home-doc-physical = Depois da sua chegada, emitido pelo centro internacional de saúde para viajantes; válido por 6 meses.
home-doc-contract = Em chinês, indicando o local de trabalho, as funções, o salário, a duração e o cargo.
home-doc-passport = A página com sua foto e seus dados pessoais.
home-doc-photo = Recente, com fundo branco.
home-documents-translation = Documentos que não estão em chinês precisam de uma tradução para o chinês com o carimbo do seu empregador.
home-documents-after = Quando a autorização é aprovada, você recebe a Carta de Notificação da Autorização de Trabalho para Estrangeiros. Ela traz o número da autorização de trabalho, necessário para cadastrar seu e-SSC.
home-prepare-link = Prepare os documentos da sua autorização de trabalho
home-life-link = Passaporte novo, novo empregador, autorização perto de vencer: o que fazer e até quando
home-status-link = Acompanhe o andamento do pedido da sua autorização de trabalho com o número do pedido e sua data de nascimento
