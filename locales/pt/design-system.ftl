## Design system: a working example of every component.

design-system-title = Sistema de design
design-system-lead = Exemplos funcionais dos componentes que este serviço usa, no seu idioma.
design-system-notice = Os exemplos usam os termos do
design-system-surname-label = Sobrenome
design-system-surname-hint = Como está impresso no seu passaporte, em letras latinas.
design-system-surname-missing = Digite seu sobrenome
design-system-identifier-legend = Qual número você vai usar?
design-system-identifier-ssn-hint = Somente se você já tiver um.
design-system-identifier-missing = Selecione o número que você vai usar
design-system-documents-legend = Quais documentos você tem?
design-system-documents-hint = Selecione todos os que se aplicam.
design-system-documents-missing = Selecione pelo menos um documento
design-system-birth-legend = Data de nascimento
design-system-birth-hint = Por exemplo, 12 8 1974
design-system-birth-missing = Digite sua data de nascimento com dia, mês e ano
design-system-submit = Verificar o exemplo
design-system-reset = Recomeçar
design-system-panel-title = Exemplo concluído
design-system-panel-body = Todas as respostas do exemplo foram dadas.
design-system-summary-heading = Suas respostas do exemplo
