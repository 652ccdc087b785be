# Integrationsatlas – интерфейс, русский (ru). Message ids as in de.ftl (reference).
# Translated from de.ftl, with en.ftl to disambiguate. Only the text right of "=" is translated.

## Рамка (Frame)
site-name = Integrationsatlas
site-tagline = Предложения для мигрантов рядом с Вами
skip-to-content = Перейти к содержанию
nav-main = Главное меню
nav-home = Главная страница
nav-search = Поиск
language-switch = Язык
demo-notice = Этот сайт работает с демонстрационными данными: все адреса, номера телефонов и часы работы вымышлены.
footer-about = Integrationsatlas – это каталог предложений по интеграции. Сайт ничего не загружает с других серверов. Он сохраняет только технически необходимые файлы cookie: когда Вы сообщаете об ошибке и когда организации входят в систему.
footer-data = Открытые данные (HSDS)
footer-api = Программный интерфейс
untranslated-note = Этот текст есть только на немецком языке.

## Главная страница (Home)
home-title = Integrationsatlas – найти предложения
home-heading = Что Вы ищете?
search-label = Поисковый запрос
search-placeholder = например, курс немецкого, консультация, помощь с домашними заданиями
search-button = Искать
fields-heading = Темы
field-offers = { $count ->
    [one] { $count } предложение
    [few] { $count } предложения
    [many] { $count } предложений
   *[other] { $count } предложения
}
near-heading = Рядом со мной
near-label = Почтовый индекс
near-radius = Радиус
near-button = Искать поблизости
km = { $km } км
about-heading = Что такое Integrationsatlas?
about-text = Integrationsatlas показывает в одном месте, какие предложения для мигрантов есть в Вашем районе и городе: консультации, языковые и интеграционные курсы (Integrationskurs), помощь с домашними заданиями, родительские кафе, спортивные клубы, признание иностранных дипломов и многое другое.
about-text-2 = Организации (Träger), проекты и сети сами вносят свои предложения, а редакция их проверяет. Так жители, консультационные службы и ведомства быстро находят подходящее предложение.

## Поиск (Search)
search-title = Поиск
results-heading = Результаты поиска
results-for = Результаты по запросу «{ $q }»
results-count = { $count ->
    [0] Ничего не найдено
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
filters-heading = Фильтры
filters-apply = Применить фильтры
filters-reset = Сбросить все фильтры
filter-remove = Убрать фильтр: { $name }
facet-type = Тип
facet-field = Тема
facet-group = Для кого
facet-lang = Язык
facet-free = Стоимость
facet-region = Регион
facet-distance = Расстояние
facet-open = Открыто
facet-accessible = Доступ
type-offer = Предложение
type-provider = Организация
type-network = Сеть
free-badge = бесплатно
accessible-label = вход без ступенек
sort-label = Сортировка
sort-relevance = по соответствию запросу
sort-distance = по расстоянию
sort-name = по названию
sort-updated = по дате обновления
sort-button = Сортировать
distance-km = в { $km } км
provider-label = Организация
place-label = Место
languages-label = Языки
groups-label = Для кого
pagination = Страницы
page-previous = Предыдущая страница
page-next = Следующая страница
page-of = Страница { $page } из { $pages }
no-results-heading = Ничего не найдено
no-results-spelling = Возможно, Вы имели в виду:
no-results-drop = С меньшим числом фильтров Вы найдёте больше:
no-results-drop-one = без «{ $name }»: { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
no-results-nearby = В других регионах:
no-results-tip = Попробуйте другое или более короткое слово.

## Предложение (Offer)
offer-what = Что?
offer-for-whom = Для кого?
offer-age = Возраст: от { $from } до { $to ->
    [one] { $to } года
    [few] { $to } лет
    [many] { $to } лет
   *[other] { $to } года
}
offer-age-from = Возраст: от { $from ->
    [one] { $from } года
    [few] { $from } лет
    [many] { $from } лет
   *[other] { $from } года
}
offer-age-to = Возраст: до { $to ->
    [one] { $to } года
    [few] { $to } лет
    [many] { $to } лет
   *[other] { $to } года
}
offer-cost = Стоимость
offer-free = Бесплатно.
offer-languages = Языки
offer-interpretation = Устный перевод
offer-where = Где?
offer-step-free = Вход без ступенек
offer-not-step-free = Вход со ступеньками (или нет данных)
offer-transport = Как добраться
offer-area = Для жителей
offer-when = Когда?
offer-open-now = Сейчас открыто
offer-closed-now = Сейчас закрыто
offer-how-to-apply = Как записаться
offer-documents = Что взять с собой
offer-contact = Контакты
offer-phone = Телефон
offer-contact-person = Контактное лицо
offer-email = Эл. почта
offer-website = Сайт
offer-provider = Организация
offer-networks = Сети
offer-validity = Срок действия
offer-valid-from-to = с { $from } по { $to }
offer-valid-from = с { $from }
offer-valid-to = до { $to }
offer-ended = Это предложение больше не действует.
offer-last-checked = Последняя проверка: { $date }
offer-print = Распечатать страницу
offer-report = Сообщить об ошибке
offer-fields = Темы

## Часы работы (Opening hours)
day-mo = Понедельник
day-tu = Вторник
day-we = Среда
day-th = Четверг
day-fr = Пятница
day-sa = Суббота
day-su = Воскресенье
open-evening = вечером
open-weekend = в выходные
hours-range = с { $from } до { $to }

## Организация, сеть, регион (Provider, network, region)
provider-profile = Об организации
provider-parent = Входит в
provider-offers = Предложения
provider-networks = Участник сетей
provider-no-offers = Сейчас предложений нет.
network-goals = Цели
network-coordinator = Координация
network-members = Участники
network-rhythm = Встречи
network-region = Регион
role-coordinator = Координация
role-member = Участник
role-partner = Партнёр
region-offers = Предложения по темам
region-part-of = Входит в
region-places = Города и общины
region-no-offers = Здесь пока нет предложений.
region-search = Искать все предложения здесь
level-kreis = Район (Kreis) / город вне района
level-gemeinde = Город или община (Gemeinde)

## Сообщить об ошибке (Report a mistake)
report-heading = Сообщить об ошибке
report-intro = В этом предложении что-то не так? Напишите нам, что неверно. Редакция проверит Ваше сообщение.
report-what = Что неверно?
report-what-hint = Максимум знаков: { $max }.
report-email = Ваш адрес эл. почты (по желанию, для уточняющих вопросов)
report-send = Отправить сообщение
report-thanks = Спасибо! Ваше сообщение получено.
report-back = Назад к предложению
report-error-empty = Пожалуйста, опишите ошибку.
report-error-long = Пожалуйста, напишите короче (максимум знаков: { $max }).
report-error-email = Этот адрес эл. почты недействителен.
report-error-summary = Пожалуйста, исправьте отмеченные поля.

## Страницы ошибок (Error pages)
error-not-found-title = Страница не найдена
error-not-found = Этой страницы нет (или больше нет).
error-bad-request-title = Неверный запрос
error-bad-parameter = Параметр «{ $parameter }» недопустим: { $message }
error-forbidden-title = Не разрешено
error-forbidden = Срок действия формы истёк, или форма была отправлена не с этого сайта. Пожалуйста, обновите страницу и отправьте форму ещё раз.
error-internal-title = Ошибка
error-internal = Что-то пошло не так. Пожалуйста, попробуйте позже.
error-too-many-title = Слишком много сообщений
error-too-many-client = { $minutes ->
    [one] За последнюю { $minutes } минуту
    [few] За последние { $minutes } минуты
    [many] За последние { $minutes } минут
   *[other] За последние { $minutes } минуты
} с Вашего подключения уже отправлено { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
    [many] { $count } сообщений
   *[other] { $count } сообщения
}.
error-too-many-everyone = Сейчас поступает очень много сообщений.
error-retry-after = Пожалуйста, попробуйте ещё раз через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}.
error-back-home = На главную страницу

## Темы (Handlungsfelder / fields of action)
field-interkulturelle-oeffnung = Межкультурная открытость
field-sprachfoerderung = Изучение языка
field-bildung = Образование
field-arbeit = Работа и профессиональное обучение
field-wohnen = Жильё и соседство
field-jugend-soziales = Молодёжь и социальные вопросы
field-gesundheit = Здоровье
field-sport = Спорт
field-kultur-religion = Культура и религия
field-teilhabe = Участие в жизни общества
field-ehrenamt = Волонтёрство
field-antidiskriminierung = Защита от дискриминации

## Целевые группы (Target groups)
group-kinder = Дети
group-jugendliche = Подростки и молодёжь
group-eltern = Родители
group-frauen = Женщины
group-maenner = Мужчины
group-senioren = Пожилые люди
group-gefluechtete = Беженцы
group-neuzugewanderte = Недавно приехавшие
group-fachkraefte = Квалифицированные специалисты
group-alle = Все

## Языки (названия) (Languages, names)
lang-de = Немецкий
lang-en = Английский
lang-tr = Турецкий
lang-ar = Арабский
lang-ru = Русский
lang-uk = Украинский
lang-fa = Персидский (фарси)
lang-pl = Польский
lang-ro = Румынский
lang-bg = Болгарский
lang-it = Итальянский
lang-el = Греческий
lang-hr = Хорватский
lang-sr = Сербский
lang-bs = Боснийский
lang-sq = Албанский
lang-ku = Курдский
lang-ps = Пушту
lang-ti = Тигринья
lang-so = Сомалийский
lang-fr = Французский
lang-es = Испанский
lang-pt = Португальский
lang-vi = Вьетнамский
lang-zh = Китайский
lang-ur = Урду

## Портал для организаций и редакции
footer-portal = Для организаций / Вход
provider-claim = Вы представляете эту организацию? Запросить доступ
portal-nav = Учётная запись
portal-dashboard = Обзор
portal-networks = Сети
portal-tokens = Ключи API
portal-password = Пароль
portal-review = Проверка
portal-accounts = Учётные записи
portal-outbox = Исходящие
portal-stale = Устаревшие предложения
portal-logout = Выйти
portal-signed-in-as = Вы вошли как { $name }
error-unauthorized-title = Нужен вход
error-unauthorized = Войдите, чтобы увидеть эту страницу.
error-invalid-link-title = Недействительная ссылка
error-invalid-link = Эта ссылка недействительна, уже использована или устарела.
error-not-allowed = Вашей учётной записи это не разрешено.
error-too-many-logins = Слишком много неудачных попыток входа.
error-too-many-requests-title = Слишком много запросов
error-too-many-account-mails = С вашего подключения (или от всех вместе) только что пришло слишком много регистраций или запросов нового пароля.
error-conflict-title = Невозможно
form-error-summary = Пожалуйста, исправьте следующие данные:
choose = Выберите
save-draft = Сохранить черновик
submit-review = Отправить на проверку
saved-notice = Сохранено. Опубликованная версия остаётся видимой, пока редакция не одобрит изменение.
url-hint = Начинается с https://.
date-hint = Формат: ГГГГ-ММ-ДД
rows-hint = Чтобы добавить запись, заполните пустую строку и сохраните; пустые строки не учитываются.
password-hint = Не менее 12 символов; не ваш адрес электронной почты.
login-heading = Вход
login-button = Войти
login-error-bad = Неверный адрес электронной почты или пароль.
login-error-unverified = Сначала подтвердите адрес электронной почты (см. наше письмо). Ссылка потерялась или устарела? Запросите новую через «Забыли пароль?» – она тоже подтверждает адрес.
register-link = Создать учётную запись
forgot-link = Забыли пароль?
register-heading = Создать учётную запись
register-intro = Организации и проекты создают здесь учётную запись, чтобы самим вносить свои предложения.
register-button = Создать учётную запись
register-sent = Почти готово: мы отправили вам письмо со ссылкой для подтверждения.
verify-heading = Адрес подтверждён
verify-done = Спасибо! Ваш адрес подтверждён. Теперь вы можете войти.
verify-confirm-heading = Подтвердите адрес e-mail
verify-confirm-button = Подтвердить адрес
forgot-heading = Забыли пароль
forgot-intro = Введите адрес электронной почты. Если для него есть учётная запись, мы пришлём ссылку для нового пароля.
forgot-button = Запросить ссылку
forgot-sent = Если для этого адреса есть учётная запись, письмо уже в пути. Ссылка действует один час и только один раз.
reset-heading = Новый пароль
reset-button = Сохранить пароль
reset-done = Новый пароль сохранён. Пожалуйста, войдите.
label-email = Адрес электронной почты
label-password = Пароль
label-new-password = Новый пароль
label-current-password = Текущий пароль
password-change-heading = Сменить пароль
password-change-done = Пароль изменён. Другие сеансы завершены.
password-change-button = Сменить пароль
label-display-name = Ваше имя
label-name = Название
label-alternate-name = Другое название
label-description = Описание
label-website = Сайт
label-home-region = Община или район, где вы работаете
label-phones = Телефоны
label-phone-number = Номер телефона
label-phone-description = Примечание к номеру
label-contacts = Контактные лица
contacts-hint = Кто отвечает на вопросы? Имя, должность, отдел, e-mail и телефон; пустые строки не учитываются.
label-contact-name = Имя
label-contact-title = Должность или роль
label-contact-department = Отдел
label-street = Улица и номер дома
label-address-2 = Дополнение к адресу
label-postcode = Почтовый индекс
label-city = Населённый пункт
label-transportation = Как добраться общественным транспортом
label-latitude = Широта
label-longitude = Долгота
label-step-free = Доступ без ступенек
label-status = Статус
label-application-process = Как записаться
label-eligibility = Условия
label-minimum-age = Минимальный возраст
label-maximum-age = Максимальный возраст
label-interpretation = Устный перевод
label-valid-from = Действует с
label-valid-to = Действует до
label-fields-of-action = Темы
label-target-groups = Целевые группы
label-locations = Места
label-service-areas = Территории обслуживания
label-ags = Региональный ключ (AGS)
label-schedules = Время
label-days = Дни недели
label-opens = Начало
label-closes = Конец
label-languages = Языки
label-language-code = Код языка (напр. de, ar)
label-note = Примечание
label-costs = Стоимость
label-free = Бесплатно
label-cost-option = Услуга
label-amount = Сумма
label-currency = Валюта
label-fees = Ещё о стоимости
label-documents = Необходимые документы
label-document = Документ
label-document-link = Ссылка на документ
label-translations = Переводы названия и описания
service-area-hint = Восьмизначный ключ общины или пятизначный ключ района, напр. 06611000 для Касселя.
language-hint = На каких языках проходит предложение?
cost-hint = Отметьте «Бесплатно» или укажите суммы.
translation-hint = Необязательно. Без перевода мы показываем немецкий текст.
row-phone = Телефон { $n }
row-contact = Контактное лицо { $n }
row-area = Территория { $n }
row-schedule = Время { $n }
row-language = Язык { $n }
row-cost = Стоимость { $n }
row-document = Документ { $n }
service-status-active = Действует
service-status-inactive = Приостановлено
service-status-temporarily-closed = Временно закрыто
service-status-defunct = Прекращено
offer-section-basics = Основные данные
offer-section-access = Доступ и срок
offer-form-heading = Редактировать предложение
offer-new = Новое предложение
offer-confirm = Всё ещё актуально
offer-has-draft = У этого предложения есть черновик:
offer-no-locations = У вашей организации ещё нет мест. Сначала добавьте место или укажите территорию обслуживания.
org-new = Добавить организацию
org-edit = Редактировать профиль
location-new = Новое место
location-heading = Место
claim-heading = Запросить доступ к организации
claim-intro = Редакция проверит, можете ли вы говорить от имени этой организации, и откроет вам доступ.
claim-note = Кто вы в этой организации?
claim-note-hint = Например, ваша должность и как мы можем это проверить.
claim-button = Отправить запрос
claim-hint = Ваша организация уже есть в атласе? Найдите её здесь и запросите доступ; редакция его подтвердит.
claim-search-heading = Найти организацию в атласе
claim-search-label = Название организации
claim-search-hint = Например, «Caritas Hanau» или «Volkshochschule».
claim-search-button = Искать
claim-search-found = Найдено организаций: { $count }
claim-search-none = Подходящая организация не найдена. Если её ещё нет в атласе, добавьте её:
claim-search-claim = Запросить доступ к «{ $name }»
claim-pending = Запрошено
claim-rejected = Отклонено
claim-active = Подтверждено
claim-approve = Подтвердить доступ
claim-reject = Отклонить
dashboard-heading = Ваши предложения
dashboard-empty = Вы ещё не состоите ни в одной организации. Добавьте свою организацию или запросите доступ к существующей.
dashboard-offers = Предложения
dashboard-no-offers = Предложений пока нет.
dashboard-locations = Места
dashboard-no-locations = Мест пока нет.
dashboard-drafts = Открытые изменения
dashboard-claims = Ваши запросы
dashboard-status = Статус
dashboard-confirmed = Последнее подтверждение
dashboard-actions = Действия
dashboard-draft = Черновик
dashboard-stale = Проверьте, пожалуйста
state-draft = Черновик
state-in-review = На проверке
state-published = Опубликовано
state-rejected = Отклонено
state-archived = В архиве
state-approved = Одобрено
kind-organization = Организация
kind-location = Место
kind-service = Предложение
kind-network = Сеть
account-role-provider = Организация
account-role-moderator = Редакция
account-role-admin = Администрация
draft-heading = Изменение: { $name }
draft-kind = Вид
draft-organization = Организация
draft-updated = Последнее изменение
draft-reason = Причина
draft-edit = Продолжить редактирование
draft-discard = Отменить
draft-content = Содержание
networks-heading = Сети
networks-intro = Запросите вступление вашей организации в сеть или выход из неё. Редакция проверит запрос.
networks-org = Организация
networks-network = Сеть
networks-join = Вступить
networks-leave = Выйти
networks-sent = Ваш запрос передан редакции.
tokens-heading = Ключи API
tokens-intro = С ключом API программы пишут от вашего имени. Никому его не передавайте.
tokens-name = Для чего ключ?
tokens-create = Создать ключ
tokens-once = Скопируйте ключ сейчас: он показывается только один раз.
tokens-created = Создан
tokens-used = Последнее использование
tokens-revoke = Отозвать
tokens-revoked = Отозван
queue-heading = Проверка
queue-changes = Изменения
queue-claims = Запросы доступа
queue-reports = Сообщения об ошибках
queue-empty = Дел нет.
queue-new = новое
queue-submitted = Отправлено
report-done = Готово
report-withdraw = Снять предложение с публикации …
report-withdraw-reason = Причина (поставщик получит её по e-mail)
report-withdraw-button = Снять с публикации
review-heading = Проверка: { $name }
review-regions = Регионы
review-changes = Изменения
review-changes-caption = Опубликованное и новое, поле за полем
review-field = Поле
review-value = Значение
review-old = Было
review-new = Стало
review-approve = Одобрить и опубликовать
review-reason = Причина
review-reason-hint = Нужна при отклонении; организация её увидит.
review-reject = Отклонить
review-changed = Это изменение было сохранено заново, пока вы его проверяли. Ниже новая версия; проверьте её ещё раз.
review-author = Автор
review-location = Изменённое место: { $name }
history-heading = История
history-link = Посмотреть историю
history-empty = Записей пока нет.
history-detail = Примечание
history-system = Система
history-removed = удалено
history-n-changes = Изменённые поля: { $count }
accounts-heading = Учётные записи
accounts-verified = Подтверждена
accounts-role = Роль
accounts-regions = Регионы (только для редакции)
accounts-regions-hint = Региональные ключи через запятую, напр. 06611000, 06414000
accounts-save = Сохранить
outbox-heading = Исходящие
outbox-intro = Все письма атласа. Ничего не отправляется, не появившись здесь.
outbox-empty = Писем нет.
outbox-to = Кому
outbox-created = Создано
outbox-sent = Отправлено
outbox-not-sent = Ещё не отправлено
outbox-failed = Неотправленные письма (доставка не удалась много раз): { $count }. Проверьте ошибку и отправьте их снова.
outbox-given-up = попыток без успеха: { $count }
outbox-retry = Отправить снова
stale-heading = Устаревшие предложения
stale-intro = Предложения, не подтверждённые больше 12 месяцев, по организациям.
stale-empty = Все предложения актуальны.
stale-expired = Убрано из поиска
stale-by-region = По районам
stale-by-provider = По поставщикам
stale-list = Все предложения
stale-filtered = Только:
stale-all = показать все
field-error-required = Заполните, пожалуйста.
field-error-too-long = Этот текст слишком длинный.
field-error-invalid-email = Укажите действительный адрес электронной почты, напр. name@example.org.
field-error-invalid-url = Адрес должен начинаться с https:// или http://.
field-error-ends-before-start = Конец раньше начала.
field-error-max-below-min = Максимальный возраст меньше минимального.
field-error-out-of-range = Значение вне допустимого диапазона.
field-error-closes-before-opens = Конец должен быть позже начала.
field-error-foreign-location = Это место не принадлежит вашей организации.
field-error-unknown-region = Атлас не знает этот регион.
field-error-invalid-record = Данные не согласуются между собой.
field-error-password-too-short = Пароль слишком короткий (не менее 12 символов).
field-error-password-too-long = Пароль слишком длинный.
field-error-password-contains-email = Пароль не должен содержать ваш адрес электронной почты.
field-error-password-too-simple = Этот пароль слишком легко угадать.
field-error-wrong-password = Это не ваш текущий пароль.
field-error-regions-only-for-moderators = Регионы есть только у редакции.
field-error-invalid-choice = Выберите одно из предложенных значений.
field-error-invalid-date = Укажите дату, например 2026-03-31.
field-error-invalid-number = Укажите число.
field-error-invalid-time = Укажите время, например 09:30.
field-error-invalid-ags = Укажите региональный ключ из 5 (район) или 8 цифр (община).
field-error-invalid-language = Укажите код языка, например de, en или ar.
field-error-invalid-postcode = Укажите пятизначный почтовый индекс.
field-error-invalid-phone = Используйте только цифры, пробелы и + - / ( ).
field-error-contact-empty = Укажите имя, адрес e-mail или номер телефона.
conflict-already-claimed = Вы уже состоите в этой организации или запросили доступ.
conflict-membership-unchanged = Членство от этого не изменится.
conflict-coordinator-cannot-leave = Координирующая организация не может выйти из своей сети.
conflict-network-change-pending = Другое изменение этой сети ожидает проверки. Попробуйте снова, когда по нему будет принято решение.
conflict-not-a-draft = Это изменение уже отправлено или по нему принято решение.
conflict-already-approved = Одобренное изменение нельзя отменить.
conflict-not-published = Подтвердить можно только опубликованное предложение.
conflict-not-in-review = Это изменение не ждёт (больше) проверки.
conflict-organization-not-published = Сначала одобрите организацию: её предложения не могут быть опубликованы раньше неё.
networks-none = Пока ни в одной сети.
action-create = Создано
action-save-draft = Черновик сохранён
action-submit = Отправлено на проверку
action-approve = Одобрено
action-reject = Отклонено
action-discard = Отменено
action-confirm-current = Подтверждено как актуальное
action-claim = Запрошен доступ
action-confirm-claim = Доступ подтверждён
action-reject-claim = В доступе отказано
action-request-join = Запрошено вступление
action-request-leave = Запрошен выход
action-close-report = Сообщение закрыто
action-archive = В архиве
action-remind = Отправлено напоминание
action-withdraw = Снято с публикации
action-import-insert = Импортировано (новое)
action-import-update = Импортировано (изменено)
