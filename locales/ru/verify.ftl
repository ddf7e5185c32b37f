### The public check of a work permit shown by QR code.

verify-title = Проверка QR-кода разрешения на работу
verify-lead = Проверьте, что разрешение на работу, показанное вам в виде QR-кода, подлинное и ещё действует. Входить в систему не нужно.
verify-token-label = Текст QR-кода
verify-token-hint = Отсканируйте QR-код владельца программой для чтения QR-кодов и вставьте сюда его текст.
verify-token-hint-scan = Отсканируйте QR-код владельца камерой или вставьте сюда его текст.
verify-token-missing = Вставьте или отсканируйте текст QR-кода
verify-submit = Проверить
verify-scan = Сканировать камерой
verify-scan-stop = Остановить сканирование
verify-camera-unavailable = Камеру использовать нельзя. Вместо этого вставьте текст QR-кода.
verify-genuine = Подлинное: это разрешение на работу действует
verify-valid-until = Действует до
verify-expired = Срок действия этого QR-кода истёк
verify-expired-advice = QR-код действует 60 секунд. Попросите владельца показать новый код и проверьте ещё раз.
verify-invalid = Этот QR-код недействителен
verify-invalid-malformed = Это не QR-код электронной карты социального обеспечения, или он был изменён.
verify-invalid-purpose = Он создан для другой цели.
verify-invalid-revoked = Карта или разрешение на работу, к которым он относится, больше не действуют.
