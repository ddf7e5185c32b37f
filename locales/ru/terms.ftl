## Our names for official terms; the Chinese original is shown beside them outside Chinese.

term-mohrss = Министерство людских ресурсов и социального обеспечения
term-service-system = Система обслуживания иностранцев, работающих в Китае
term-work-permit = Разрешение на работу иностранца
term-work-permit-number = номер разрешения на работу
term-notification-letter = Уведомление о разрешении на работу иностранца
term-social-security-card = Карта социального обеспечения
term-essc = Электронная карта социального обеспечения (e-SSC)
term-social-security-number = номер социального обеспечения
term-real-person-verification = проверка личности по лицу
term-pension = базовое пенсионное страхование
term-medical = базовое медицинское страхование
term-work-injury = страхование от производственных травм
term-unemployment = страхование по безработице
term-maternity = страхование по материнству
term-payment-record = записи об уплате взносов
term-medical-settlement = расчёты по медицинскому страхованию
term-qr-code = QR-код
term-past-employment = справка об опыте работы
term-qualification = документ об образовании или профессиональной квалификации
term-criminal-record = справка об отсутствии судимости
term-physical-examination = справка о медицинском осмотре
term-employment-contract = трудовой договор или письмо о приёме на работу
term-passport-page = страница паспорта с личными данными
term-id-photo = фото на документы
term-service-hall = центр госуслуг
term-category-a = Категория A (специалисты высшего уровня)
term-category-b = Категория B (квалифицированные специалисты)
term-category-c = Категория C (прочие иностранные работники)
term-card-number = номер карты
term-nationality = гражданство
term-employer = работодатель
term-workplace = место работы
term-position = должность
term-work-address = адрес места работы
term-validity = срок действия
term-contribution-base = база для начисления взносов
term-employer-contribution = взнос работодателя
term-employee-contribution = личный взнос
term-contribution-period = расчётный период (месяц)
term-paid = уплачено
term-arrears = задолженность
term-pending = ожидает уплаты

## Where a holder finds each number (hints on the sign-in and registration choices).
term-work-permit-number-where = 18 цифр. Указан в Уведомлении о разрешении на работу иностранца или на карточке разрешения на работу.
term-social-security-number-where = 18 символов. Указан на карте социального обеспечения, выданной в Китае. Только если она у вас есть.
