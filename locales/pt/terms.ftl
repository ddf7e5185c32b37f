## Our names for official terms; the Chinese original is shown beside them outside Chinese.

term-mohrss = Ministério de Recursos Humanos e Seguridade Social
term-service-system = Sistema de Serviços para Estrangeiros que Trabalham na China
term-work-permit = Autorização de Trabalho para Estrangeiros
term-work-permit-number = número da autorização de trabalho
term-notification-letter = Carta de Notificação da Autorização de Trabalho para Estrangeiros
term-social-security-card = Cartão de Seguridade Social
term-essc = Cartão Eletrônico de Seguridade Social (e-SSC)
term-social-security-number = número de seguridade social
term-real-person-verification = verificação de pessoa real (reconhecimento facial)
term-pension = seguro básico de aposentadoria (previdência)
term-medical = seguro médico básico
term-work-injury = seguro contra acidentes de trabalho
term-unemployment = seguro-desemprego
term-maternity = seguro-maternidade
term-payment-record = registro de pagamentos
term-medical-settlement = pagamento pelo seguro médico
term-qr-code = código QR
term-past-employment = comprovante de experiência profissional anterior
term-qualification = diploma ou certificado de qualificação profissional
term-criminal-record = certidão de antecedentes criminais
term-physical-examination = laudo de exame médico
term-employment-contract = contrato de trabalho ou carta de nomeação
term-passport-page = página de dados do passaporte
term-id-photo = foto para documento
term-service-hall = central de atendimento
term-category-a = Categoria A (talentos de alto nível)
term-category-b = Categoria B (talentos profissionais)
term-category-c = Categoria C (outros profissionais estrangeiros)
term-card-number = número do cartão
term-nationality = nacionalidade
term-employer = empregador
term-workplace = unidade de trabalho
term-position = cargo
term-work-address = endereço de trabalho
term-validity = período de validade
term-contribution-base = base de contribuição
term-employer-contribution = contribuição do empregador
term-employee-contribution = contribuição individual
term-contribution-period = período de contribuição (mês)
term-paid = pago
term-arrears = em atraso
term-pending = pendente

## Where a holder finds each number (hints on the sign-in and registration choices).
term-work-permit-number-where = 18 dígitos, na sua Carta de Notificação da Autorização de Trabalho para Estrangeiros ou no seu cartão de autorização de trabalho.
term-social-security-number-where = 18 caracteres, em um Cartão de Seguridade Social emitido na China. Somente se você tiver um.
