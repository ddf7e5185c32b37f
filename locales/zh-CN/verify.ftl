### 公开核验以二维码出示的工作许可。

verify-title = 核验工作许可二维码
verify-lead = 核验他人以二维码出示的工作许可是否真实且仍然有效。无需登录。
verify-token-label = 二维码文本
verify-token-hint = 请用扫码工具扫描持卡人的二维码，并将其文本粘贴到此处。
verify-token-hint-scan = 请用摄像头扫描持卡人的二维码，或将其文本粘贴到此处。
verify-token-missing = 请粘贴或扫描二维码文本
verify-submit = 核验
verify-scan = 用摄像头扫描
verify-scan-stop = 停止扫描
verify-camera-unavailable = 无法使用摄像头。请改为粘贴二维码文本。
verify-genuine = 核验通过：此工作许可真实有效
verify-valid-until = 有效期至
verify-expired = 此二维码已过期
verify-expired-advice = 二维码的有效期为60秒。请让持卡人出示新的二维码，然后重新核验。
verify-invalid = 此二维码无效
verify-invalid-malformed = 这不是电子社会保障卡的二维码，或其内容已被改动。
verify-invalid-purpose = 此二维码是为其他用途生成的。
verify-invalid-revoked = 该二维码对应的社会保障卡或工作许可已失效。
