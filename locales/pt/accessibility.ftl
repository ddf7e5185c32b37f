## Accessibility statement.

accessibility-title = Declaração de acessibilidade
accessibility-lead = Queremos que todas as pessoas possam usar este serviço, no celular, no computador ou em uma tela compartilhada de uma central de atendimento. Ele foi desenvolvido para atender às Diretrizes de Acessibilidade para Conteúdo Web (WCAG) 2.2, no nível AA.
accessibility-can-heading = O que você pode fazer
accessibility-can-keyboard = usar todas as partes do serviço apenas com o teclado
accessibility-can-screen-reader = usar um leitor de tela: as páginas têm títulos, campos com rótulos e mensagens de erro ligadas aos seus campos
accessibility-can-zoom = ampliar a tela até 400% ou usar uma tela de 320 pixels de largura sem perder conteúdo
accessibility-can-language = mudar de idioma a qualquer momento sem perder o ponto em que estava, inclusive para o árabe, escrito da direita para a esquerda
accessibility-can-motion = desativar as animações nas configurações do seu aparelho, e o serviço respeita essa escolha
accessibility-testing-heading = Como testamos este serviço
accessibility-testing = Todas as páginas são verificadas automaticamente com o mecanismo de acessibilidade axe, em todos os idiomas, a cada alteração do serviço. Também fazemos testes usando apenas o teclado.
accessibility-limits-heading = Limitações conhecidas
accessibility-limits-chinese = Os termos oficiais em chinês estão marcados como chinês para que os leitores de tela possam pronunciá-los. Alguns leitores de tela só os leem quando há uma voz em chinês instalada.
accessibility-limits-translations = As traduções para outros idiomas além do inglês foram redigidas e revisadas com a ajuda de tradução automática e ainda não foram conferidas por servidores públicos falantes nativos. Se uma frase não estiver clara, baseie-se no termo oficial em chinês mostrado ao lado do nosso ou pergunte aos atendentes de uma central de atendimento.
accessibility-report-heading = Como informar um problema
accessibility-report = Se algo não funcionar para você, avise os atendentes de uma central de atendimento ou ligue para a linha de atendimento do seguro social, no 12333.
accessibility-prepared = Esta declaração foi elaborada em 27 de novembro de 2026.
