## Signing in and out, the header's account area, and the card page.

header-sign-in = Entrar
header-sign-out = Sair
# Variables:
#   $name (String) - the holder's masked name, e.g. ERIKSSON, A*** M****
header-signed-in-as = Conectado como { $name }
network-failed = A conexão falhou. Verifique sua conexão e tente novamente. Suas respostas foram mantidas.

sign-in-title = Entrar no seu e-SSC
sign-in-lead = Use o número e a senha com que você se cadastrou.
sign-in-kind-legend = Com qual número você entra?
sign-in-kind-missing = Selecione o número com que você entra
sign-in-identifier-label = Seu número
sign-in-identifier-hint = 18 caracteres. Você pode digitar espaços entre os grupos.
sign-in-identifier-missing = Digite seu número
sign-in-password-label = Senha
sign-in-password-missing = Digite sua senha
sign-in-submit = Entrar
password-show = Mostrar senha
password-hide = Ocultar senha

signed-out-title = Você saiu
signed-out-body = Sua sessão neste aparelho foi encerrada. Em um aparelho compartilhado, feche também a janela do navegador.
signed-out-again = Entrar novamente

