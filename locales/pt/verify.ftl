### The public check of a work permit shown by QR code.

verify-title = Verificar o código QR de uma autorização de trabalho
verify-lead = Verifique se uma autorização de trabalho apresentada a você como código QR é autêntica e ainda está válida. Não é preciso entrar.
verify-token-label = O texto do código QR
verify-token-hint = Leia o código QR do titular com um leitor de código QR e cole o texto aqui.
verify-token-hint-scan = Leia o código QR do titular com a câmera ou cole o texto dele aqui.
verify-token-missing = Cole ou leia o texto do código QR
verify-submit = Verificar
verify-scan = Ler com a câmera
verify-scan-stop = Parar a leitura
verify-camera-unavailable = Não é possível usar a câmera. Em vez disso, cole o texto do código QR.
verify-genuine = Autêntica: esta autorização de trabalho é válida
verify-valid-until = Válida até
verify-expired = Este código QR expirou
verify-expired-advice = Os códigos QR são válidos por 60 segundos. Peça ao titular que mostre um novo e verifique novamente.
verify-invalid = Este código QR não é válido
verify-invalid-malformed = Não é um código QR do Cartão Eletrônico de Seguridade Social, ou foi alterado.
verify-invalid-purpose = Foi gerado para outra finalidade.
verify-invalid-revoked = O cartão ou a autorização de trabalho correspondente não é mais válido.
