### The face check after registration, the camera-problem page and in-person verification.

face-check-title = Confirme que é você
face-intro-lead = O serviço de seguridade social verifica se a pessoa que está se cadastrando é a titular do passaporte. Isso leva menos de um minuto com a câmera deste aparelho.
face-intro-what-heading = O que acontece
face-intro-step-allow = Seu navegador pergunta se esta página pode usar a câmera. Escolha Permitir.
face-intro-step-frame = Posicione o rosto dentro do oval na tela.
face-intro-step-turn = Siga as instruções: olhe para a frente e depois vire a cabeça devagar para um lado e volte. Tiramos algumas fotos enquanto você faz isso.
face-intro-privacy = As fotos são usadas apenas para esta verificação. A câmera é desligada quando a verificação termina ou quando você sai desta página.
face-start-camera = Ligar a câmera
face-ready-heading = Prepare-se
face-ready-frame = Mantenha o rosto inteiro dentro do oval.
face-ready-turn = Quando a verificação começar, vire a cabeça devagar, como as instruções indicarem.
face-ready-light = Fique de frente para uma luz; não fique com uma janela ou lâmpada atrás de você.
face-start-check = Iniciar a verificação
face-prompt-look-ahead = Olhe diretamente para a câmera
face-prompt-turn-one-way = Vire a cabeça devagar para um lado
face-prompt-turn-back = Agora vire devagar para o outro lado
# Variables:
#   $current (Number) - the picture being taken
#   $total (Number) - how many pictures are taken
face-capturing = Foto { $current } de { $total }
face-uploading = Enviando as fotos
face-failed-heading = A verificação não foi aprovada
# Variables:
#   $remaining (Number) - face checks left before verification in person
face-attempts-remaining = { $remaining ->
    [one] Você pode tentar mais { $remaining } vez. Depois disso, será preciso confirmar sua identidade pessoalmente.
   *[other] Você pode tentar mais { $remaining } vezes. Depois disso, será preciso confirmar sua identidade pessoalmente.
}
face-try-again = Tentar novamente
face-not-sent = As fotos não foram verificadas.
face-send-again = Enviar as fotos novamente
face-no-pictures = Nenhuma foto foi enviada, e isso não contou como tentativa.
face-in-person-link = Confirmar sua identidade pessoalmente em vez disso

face-failure-undecodable = Não foi possível ler as fotos.
face-advice-undecodable = Tente novamente. Se isso acontecer de novo, use outro navegador ou aparelho.
face-failure-resolution-too-low = As fotos estão muito pequenas.
face-advice-resolution-too-low = Feche outros aplicativos que usam a câmera ou use um aparelho com uma câmera melhor.
face-failure-too-dark = Escuro demais.
face-advice-too-dark = Vá para um lugar mais iluminado ou acenda uma luz na sua frente.
face-failure-too-bright = Claro demais.
face-advice-too-bright = Saia da luz direta do sol ou afaste-se de uma luz forte atrás ou acima de você.
face-failure-blurry = As fotos estão desfocadas.
face-advice-blurry = Limpe a lente da câmera e mantenha o aparelho parado.
face-failure-no-motion = Nenhum movimento foi detectado.
face-advice-no-motion = Vire a cabeça devagar quando as instruções pedirem. Uma foto ou uma imagem parada não passa na verificação.
face-failure-no-face = Nenhum rosto foi encontrado nas fotos.
face-advice-no-face = Olhe diretamente para a câmera, com o rosto inteiro dentro do oval. Tire óculos escuros, máscara ou chapéu que cubram o rosto.
face-failure-face-too-small = Seu rosto está pequeno demais na foto.
face-advice-face-too-small = Aproxime-se, para que seu rosto preencha o oval.
face-failure-too-few-frames = Não foram tiradas fotos suficientes.
face-advice-too-few-frames = Mantenha esta página aberta e na frente das outras janelas até a verificação terminar.

face-camera-title = Não é possível usar a câmera
face-camera-denied = Seu navegador não permitiu que esta página usasse a câmera.
face-camera-absent = Nenhuma câmera foi encontrada, ou este navegador não consegue usá-la.
face-camera-busy = Outro aplicativo está usando a câmera. Feche-o e tente novamente.
face-camera-allow-heading = Para permitir a câmera
face-camera-allow-icon = Selecione o ícone de câmera ou de cadeado ao lado do endereço da página.
face-camera-allow-choose = Escolha Permitir para a câmera.
face-camera-allow-reload = Volte a esta página e selecione Tentar novamente.
face-camera-other-heading = Outras formas de concluir
face-camera-other-device = Entre na sua conta em um celular ou computador com câmera e continue por lá. Seu cadastro está salvo.
face-camera-other-in-person = Confirme sua identidade pessoalmente em uma central de atendimento.

face-in-person-title = Confirme sua identidade pessoalmente
face-in-person-lead = Não foi possível verificar sua identidade pela câmera; por isso, os atendentes vão verificá-la pessoalmente.
face-in-person-where = Vá a uma central de atendimento da seguridade social na cidade onde você trabalha. Confira o horário de funcionamento antes de ir.
face-in-person-bring-heading = O que levar
face-in-person-bring-passport = Seu passaporte.
face-in-person-bring-number = O número da autorização de trabalho, que está na Carta de Notificação.
face-in-person-bring-phone = O celular que você cadastrou, se tiver informado um número.
face-in-person-saved = Seu cadastro está salvo. Seu cartão fica inativo até que os atendentes verifiquem sua identidade.
face-in-person-card-link = Ir para o seu cartão

