# Integrationsatlas – інтерфейс, українська (uk). Message ids as in de.ftl (reference).
# Translated from de.ftl, with en.ftl to disambiguate. Only the text right of "=" is translated.

## Рамка (Frame)
site-name = Integrationsatlas
site-tagline = Пропозиції для мігрантів поруч із Вами
skip-to-content = Перейти до змісту
nav-main = Головне меню
nav-home = Головна сторінка
nav-search = Пошук
language-switch = Мова
demo-notice = Цей сайт працює з демонстраційними даними: усі адреси, номери телефонів і години роботи вигадані.
footer-about = Integrationsatlas – це каталог пропозицій з інтеграції. Сайт нічого не завантажує з інших серверів. Він зберігає лише технічно необхідні файли cookie: коли Ви повідомляєте про помилку і коли організації входять у систему.
footer-data = Відкриті дані (HSDS)
footer-api = Програмний інтерфейс
untranslated-note = Цей текст є лише німецькою мовою.

## Головна сторінка (Home)
home-title = Integrationsatlas – знайти пропозиції
home-heading = Що Ви шукаєте?
search-label = Пошуковий запит
search-placeholder = наприклад, курс німецької, консультація, допомога з домашніми завданнями
search-button = Шукати
fields-heading = Теми
field-offers = { $count ->
    [one] { $count } пропозиція
    [few] { $count } пропозиції
    [many] { $count } пропозицій
   *[other] { $count } пропозиції
}
near-heading = Поруч зі мною
near-label = Поштовий індекс
near-radius = Радіус
near-button = Шукати поблизу
km = { $km } км
about-heading = Що таке Integrationsatlas?
about-text = Integrationsatlas показує в одному місці, які пропозиції для мігрантів є у Вашому районі та місті: консультації, мовні та інтеграційні курси (Integrationskurs), допомога з домашніми завданнями, батьківські кафе, спортивні клуби, визнання іноземних дипломів і багато іншого.
about-text-2 = Організації (Träger), проєкти та мережі самі вносять свої пропозиції, а редакція їх перевіряє. Так мешканці, консультаційні служби та установи швидко знаходять потрібну пропозицію.

## Пошук (Search)
search-title = Пошук
results-heading = Результати пошуку
results-for = Результати за запитом «{ $q }»
results-count = { $count ->
    [0] Нічого не знайдено
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
}
filters-heading = Фільтри
filters-apply = Застосувати фільтри
filters-reset = Скинути всі фільтри
filter-remove = Прибрати фільтр: { $name }
facet-type = Тип
facet-field = Тема
facet-group = Для кого
facet-lang = Мова
facet-free = Вартість
facet-region = Регіон
facet-distance = Відстань
facet-open = Відчинено
facet-accessible = Доступ
type-offer = Пропозиція
type-provider = Організація
type-network = Мережа
free-badge = безкоштовно
accessible-label = вхід без сходинок
sort-label = Сортування
sort-relevance = за відповідністю запиту
sort-distance = за відстанню
sort-name = за назвою
sort-updated = за датою оновлення
sort-button = Сортувати
distance-km = за { $km } км
provider-label = Організація
place-label = Місце
languages-label = Мови
groups-label = Для кого
pagination = Сторінки
page-previous = Попередня сторінка
page-next = Наступна сторінка
page-of = Сторінка { $page } з { $pages }
no-results-heading = Нічого не знайдено
no-results-spelling = Можливо, Ви мали на увазі:
no-results-drop = З меншою кількістю фільтрів Ви знайдете більше:
no-results-drop-one = без «{ $name }»: { $count ->
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
}
no-results-nearby = В інших регіонах:
no-results-tip = Спробуйте інше або коротше слово.

## Пропозиція (Offer)
offer-what = Що?
offer-for-whom = Для кого?
offer-age = Вік: від { $from } до { $to ->
    [one] { $to } року
    [few] { $to } років
    [many] { $to } років
   *[other] { $to } року
}
offer-age-from = Вік: від { $from ->
    [one] { $from } року
    [few] { $from } років
    [many] { $from } років
   *[other] { $from } року
}
offer-age-to = Вік: до { $to ->
    [one] { $to } року
    [few] { $to } років
    [many] { $to } років
   *[other] { $to } року
}
offer-cost = Вартість
offer-free = Безкоштовно.
offer-languages = Мови
offer-interpretation = Усний переклад
offer-where = Де?
offer-step-free = Вхід без сходинок
offer-not-step-free = Вхід зі сходинками (або невідомо)
offer-transport = Як дістатися
offer-area = Для мешканців
offer-when = Коли?
offer-open-now = Зараз відчинено
offer-closed-now = Зараз зачинено
offer-how-to-apply = Як записатися
offer-documents = Що взяти з собою
offer-contact = Контакти
offer-phone = Телефон
offer-contact-person = Контактна особа
offer-email = Ел. пошта
offer-website = Вебсайт
offer-provider = Організація
offer-networks = Мережі
offer-validity = Термін дії
offer-valid-from-to = з { $from } по { $to }
offer-valid-from = з { $from }
offer-valid-to = до { $to }
offer-ended = Ця пропозиція більше не діє.
offer-last-checked = Остання перевірка: { $date }
offer-print = Роздрукувати сторінку
offer-report = Повідомити про помилку
offer-fields = Теми

## Години роботи (Opening hours)
day-mo = Понеділок
day-tu = Вівторок
day-we = Середа
day-th = Четвер
day-fr = П’ятниця
day-sa = Субота
day-su = Неділя
open-evening = увечері
open-weekend = у вихідні
hours-range = з { $from } до { $to }

## Організація, мережа, регіон (Provider, network, region)
provider-profile = Про організацію
provider-parent = Входить до
provider-offers = Пропозиції
provider-networks = Учасник мереж
provider-no-offers = Зараз пропозицій немає.
network-goals = Цілі
network-coordinator = Координація
network-members = Учасники
network-rhythm = Зустрічі
network-region = Регіон
role-coordinator = Координація
role-member = Учасник
role-partner = Партнер
region-offers = Пропозиції за темами
region-part-of = Входить до
region-places = Громади
region-no-offers = Тут ще немає пропозицій.
region-search = Шукати всі пропозиції тут
level-kreis = Район (Kreis) / місто поза районом
level-gemeinde = Громада (Gemeinde)

## Повідомити про помилку (Report a mistake)
report-heading = Повідомити про помилку
report-intro = У цій пропозиції щось не так? Напишіть нам, що неправильно. Редакція перевірить Ваше повідомлення.
report-what = Що неправильно?
report-what-hint = Максимум символів: { $max }.
report-email = Ваша адреса ел. пошти (за бажанням, для уточнень)
report-send = Надіслати повідомлення
report-thanks = Дякуємо! Ваше повідомлення отримано.
report-back = Назад до пропозиції
report-error-empty = Будь ласка, опишіть помилку.
report-error-long = Будь ласка, напишіть коротше (максимум символів: { $max }).
report-error-email = Ця адреса ел. пошти недійсна.
report-error-summary = Будь ласка, виправте позначені поля.

## Сторінки помилок (Error pages)
error-not-found-title = Сторінку не знайдено
error-not-found = Такої сторінки немає (або вже немає).
error-bad-request-title = Неправильний запит
error-bad-parameter = Параметр «{ $parameter }» недійсний: { $message }
error-forbidden-title = Не дозволено
error-forbidden = Термін дії форми минув, або форму надіслано не з цього сайту. Будь ласка, оновіть сторінку та надішліть форму ще раз.
error-internal-title = Помилка
error-internal = Щось пішло не так. Будь ласка, спробуйте пізніше.
error-too-many-title = Забагато повідомлень
error-too-many-client = { $minutes ->
    [one] За останню { $minutes } хвилину
    [few] За останні { $minutes } хвилини
    [many] За останні { $minutes } хвилин
   *[other] За останні { $minutes } хвилини
} з Вашого підключення вже надіслано { $count ->
    [one] { $count } повідомлення
    [few] { $count } повідомлення
    [many] { $count } повідомлень
   *[other] { $count } повідомлення
}.
error-too-many-everyone = Зараз надходить дуже багато повідомлень.
error-retry-after = Будь ласка, спробуйте ще раз через { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}.
error-back-home = На головну сторінку

## Теми (Handlungsfelder / fields of action)
field-interkulturelle-oeffnung = Міжкультурна відкритість
field-sprachfoerderung = Вивчення мови
field-bildung = Освіта
field-arbeit = Робота та професійне навчання
field-wohnen = Житло та сусідство
field-jugend-soziales = Молодь і соціальні питання
field-gesundheit = Здоров’я
field-sport = Спорт
field-kultur-religion = Культура і релігія
field-teilhabe = Участь у житті суспільства
field-ehrenamt = Волонтерство
field-antidiskriminierung = Захист від дискримінації

## Цільові групи (Target groups)
group-kinder = Діти
group-jugendliche = Підлітки та молодь
group-eltern = Батьки
group-frauen = Жінки
group-maenner = Чоловіки
group-senioren = Літні люди
group-gefluechtete = Біженці
group-neuzugewanderte = Нещодавно прибулі
group-fachkraefte = Кваліфіковані фахівці
group-alle = Усі

## Мови (назви) (Languages, names)
lang-de = Німецька
lang-en = Англійська
lang-tr = Турецька
lang-ar = Арабська
lang-ru = Російська
lang-uk = Українська
lang-fa = Перська (фарсі)
lang-pl = Польська
lang-ro = Румунська
lang-bg = Болгарська
lang-it = Італійська
lang-el = Грецька
lang-hr = Хорватська
lang-sr = Сербська
lang-bs = Боснійська
lang-sq = Албанська
lang-ku = Курдська
lang-ps = Пушту
lang-ti = Тигринья
lang-so = Сомалі
lang-fr = Французька
lang-es = Іспанська
lang-pt = Португальська
lang-vi = В’єтнамська
lang-zh = Китайська
lang-ur = Урду

## Портал для організацій і редакції
footer-portal = Для організацій / Вхід
provider-claim = Ви представляєте цю організацію? Запросити доступ
portal-nav = Обліковий запис
portal-dashboard = Огляд
portal-networks = Мережі
portal-tokens = Ключі API
portal-password = Пароль
portal-review = Перевірка
portal-accounts = Облікові записи
portal-outbox = Вихідні
portal-stale = Застарілі пропозиції
portal-logout = Вийти
portal-signed-in-as = Ви увійшли як { $name }
error-unauthorized-title = Потрібен вхід
error-unauthorized = Увійдіть, щоб побачити цю сторінку.
error-invalid-link-title = Недійсне посилання
error-invalid-link = Це посилання недійсне, вже використане або застаріле.
error-not-allowed = Вашому обліковому запису це не дозволено.
error-too-many-logins = Забагато невдалих спроб входу.
error-too-many-requests-title = Забагато запитів
error-too-many-account-mails = З вашого підключення (або від усіх разом) щойно надійшло забагато реєстрацій або запитів нового пароля.
error-conflict-title = Неможливо
form-error-summary = Будь ласка, виправте такі дані:
choose = Оберіть
save-draft = Зберегти чернетку
submit-review = Надіслати на перевірку
saved-notice = Збережено. Опублікована версія залишається видимою, доки редакція не схвалить зміну.
url-hint = Починається з https://.
date-hint = Формат: РРРР-ММ-ДД
rows-hint = Щоб додати запис, заповніть порожній рядок і збережіть; порожні рядки не враховуються.
password-hint = Щонайменше 12 символів; не ваша адреса електронної пошти.
login-heading = Вхід
login-button = Увійти
login-error-bad = Неправильна адреса електронної пошти або пароль.
login-error-unverified = Спершу підтвердіть адресу електронної пошти (див. наш лист). Посилання загубилося чи застаріло? Запросіть нове через «Забули пароль?» – воно теж підтверджує адресу.
register-link = Створити обліковий запис
forgot-link = Забули пароль?
register-heading = Створити обліковий запис
register-intro = Організації та проєкти створюють тут обліковий запис, щоб самостійно вносити свої пропозиції.
register-button = Створити обліковий запис
register-sent = Майже готово: ми надіслали вам лист із посиланням для підтвердження.
verify-heading = Адресу підтверджено
verify-done = Дякуємо! Вашу адресу підтверджено. Тепер ви можете увійти.
verify-confirm-heading = Підтвердьте адресу e-mail
verify-confirm-button = Підтвердити адресу
forgot-heading = Забули пароль
forgot-intro = Введіть адресу електронної пошти. Якщо для неї є обліковий запис, ми надішлемо посилання для нового пароля.
forgot-button = Запросити посилання
forgot-sent = Якщо для цієї адреси є обліковий запис, лист уже в дорозі. Посилання діє одну годину і лише один раз.
reset-heading = Новий пароль
reset-button = Зберегти пароль
reset-done = Новий пароль збережено. Будь ласка, увійдіть.
label-email = Адреса електронної пошти
label-password = Пароль
label-new-password = Новий пароль
label-current-password = Поточний пароль
password-change-heading = Змінити пароль
password-change-done = Пароль змінено. Інші сеанси завершено.
password-change-button = Змінити пароль
label-display-name = Ваше ім'я
label-name = Назва
label-alternate-name = Інша назва
label-description = Опис
label-website = Вебсайт
label-home-region = Громада або район, де ви працюєте
label-phones = Телефони
label-phone-number = Номер телефону
label-phone-description = Примітка до номера
label-contacts = Контактні особи
contacts-hint = Хто відповідає на запитання? Ім'я, посада, відділ, e-mail і телефон; порожні рядки не враховуються.
label-contact-name = Ім'я
label-contact-title = Посада або роль
label-contact-department = Відділ
label-street = Вулиця і номер будинку
label-address-2 = Доповнення до адреси
label-postcode = Поштовий індекс
label-city = Населений пункт
label-transportation = Як дістатися громадським транспортом
label-latitude = Широта
label-longitude = Довгота
label-step-free = Доступ без сходинок
label-status = Статус
label-application-process = Як записатися
label-eligibility = Умови
label-minimum-age = Мінімальний вік
label-maximum-age = Максимальний вік
label-interpretation = Усний переклад
label-valid-from = Діє з
label-valid-to = Діє до
label-fields-of-action = Теми
label-target-groups = Цільові групи
label-locations = Місця
label-service-areas = Території обслуговування
label-ags = Регіональний ключ (AGS)
label-schedules = Час
label-days = Дні тижня
label-opens = Початок
label-closes = Кінець
label-languages = Мови
label-language-code = Код мови (напр. de, ar)
label-note = Примітка
label-costs = Вартість
label-free = Безкоштовно
label-cost-option = Послуга
label-amount = Сума
label-currency = Валюта
label-fees = Ще про вартість
label-documents = Потрібні документи
label-document = Документ
label-document-link = Посилання на документ
label-translations = Переклади назви та опису
service-area-hint = Восьмизначний ключ громади або п'ятизначний ключ району, напр. 06611000 для Касселя.
language-hint = Якими мовами проходить пропозиція?
cost-hint = Позначте «Безкоштовно» або вкажіть суми.
translation-hint = Необов'язково. Без перекладу ми показуємо німецький текст.
row-phone = Телефон { $n }
row-contact = Контактна особа { $n }
row-area = Територія { $n }
row-schedule = Час { $n }
row-language = Мова { $n }
row-cost = Вартість { $n }
row-document = Документ { $n }
service-status-active = Діє
service-status-inactive = Призупинено
service-status-temporarily-closed = Тимчасово закрито
service-status-defunct = Припинено
offer-section-basics = Основні дані
offer-section-access = Доступ і строк
offer-form-heading = Редагувати пропозицію
offer-new = Нова пропозиція
offer-confirm = Досі актуально
offer-has-draft = Для цієї пропозиції є чернетка:
offer-no-locations = У вашої організації ще немає місць. Спершу додайте місце або вкажіть територію обслуговування.
org-new = Додати організацію
org-edit = Редагувати профіль
location-new = Нове місце
location-heading = Місце
claim-heading = Запросити доступ до організації
claim-intro = Редакція перевірить, чи можете ви говорити від імені цієї організації, і відкриє вам доступ.
claim-note = Хто ви в цій організації?
claim-note-hint = Наприклад, ваша посада і як ми можемо це перевірити.
claim-button = Надіслати запит
claim-hint = Ваша організація вже є в атласі? Знайдіть її тут і запросіть доступ; редакція його підтвердить.
claim-search-heading = Знайти організацію в атласі
claim-search-label = Назва організації
claim-search-hint = Наприклад, «Caritas Hanau» або «Volkshochschule».
claim-search-button = Шукати
claim-search-found = Знайдено організацій: { $count }
claim-search-none = Відповідної організації не знайдено. Якщо її ще немає в атласі, додайте її:
claim-search-claim = Запросити доступ до «{ $name }»
claim-pending = Запитано
claim-rejected = Відхилено
claim-active = Підтверджено
claim-approve = Підтвердити доступ
claim-reject = Відхилити
dashboard-heading = Ваші пропозиції
dashboard-empty = Ви ще не належите до жодної організації. Додайте свою організацію або запросіть доступ до наявної.
dashboard-offers = Пропозиції
dashboard-no-offers = Пропозицій поки немає.
dashboard-locations = Місця
dashboard-no-locations = Місць поки немає.
dashboard-drafts = Відкриті зміни
dashboard-claims = Ваші запити
dashboard-status = Статус
dashboard-confirmed = Останнє підтвердження
dashboard-actions = Дії
dashboard-draft = Чернетка
dashboard-stale = Перевірте, будь ласка
state-draft = Чернетка
state-in-review = На перевірці
state-published = Опубліковано
state-rejected = Відхилено
state-archived = В архіві
state-approved = Схвалено
kind-organization = Організація
kind-location = Місце
kind-service = Пропозиція
kind-network = Мережа
account-role-provider = Організація
account-role-moderator = Редакція
account-role-admin = Адміністрація
draft-heading = Зміна: { $name }
draft-kind = Вид
draft-organization = Організація
draft-updated = Остання зміна
draft-reason = Причина
draft-edit = Продовжити редагування
draft-discard = Скасувати
draft-content = Зміст
networks-heading = Мережі
networks-intro = Запросіть вступ вашої організації до мережі або вихід із неї. Редакція перевірить запит.
networks-org = Організація
networks-network = Мережа
networks-join = Вступити
networks-leave = Вийти
networks-sent = Ваш запит передано редакції.
tokens-heading = Ключі API
tokens-intro = З ключем API програми пишуть від вашого імені. Нікому його не передавайте.
tokens-name = Для чого ключ?
tokens-create = Створити ключ
tokens-once = Скопіюйте ключ зараз: його показано лише один раз.
tokens-created = Створено
tokens-used = Останнє використання
tokens-revoke = Відкликати
tokens-revoked = Відкликано
queue-heading = Перевірка
queue-changes = Зміни
queue-claims = Запити доступу
queue-reports = Повідомлення про помилки
queue-empty = Справ немає.
queue-new = нове
queue-submitted = Надіслано
report-done = Готово
report-withdraw = Зняти пропозицію з публікації …
report-withdraw-reason = Причина (постачальник отримає її e-mail)
report-withdraw-button = Зняти з публікації
review-heading = Перевірка: { $name }
review-regions = Регіони
review-changes = Зміни
review-changes-caption = Опубліковане і нове, поле за полем
review-field = Поле
review-value = Значення
review-old = Було
review-new = Стало
review-approve = Схвалити й опублікувати
review-reason = Причина
review-reason-hint = Потрібна при відхиленні; організація її побачить.
review-reject = Відхилити
review-changed = Цю зміну збережено знову, поки ви її перевіряли. Нижче нова версія; перевірте її ще раз.
review-author = Автор
review-location = Змінене місце: { $name }
history-heading = Історія
history-link = Переглянути історію
history-empty = Записів поки немає.
history-detail = Примітка
history-system = Система
history-removed = видалено
history-n-changes = Змінені поля: { $count }
accounts-heading = Облікові записи
accounts-verified = Підтверджено
accounts-role = Роль
accounts-regions = Регіони (лише для редакції)
accounts-regions-hint = Регіональні ключі через кому, напр. 06611000, 06414000
accounts-save = Зберегти
outbox-heading = Вихідні
outbox-intro = Усі листи атласу. Нічого не надсилається, не з'явившись тут.
outbox-empty = Листів немає.
outbox-to = Кому
outbox-created = Створено
outbox-sent = Надіслано
outbox-not-sent = Ще не надіслано
outbox-failed = Невідправлені листи (доставка не вдалася багато разів): { $count }. Перевірте помилку й надішліть їх знову.
outbox-given-up = спроб без успіху: { $count }
outbox-retry = Надіслати знову
stale-heading = Застарілі пропозиції
stale-intro = Пропозиції, не підтверджені понад 12 місяців, за організаціями.
stale-empty = Усі пропозиції актуальні.
stale-expired = Прибрано з пошуку
stale-by-region = За районами
stale-by-provider = За постачальниками
stale-list = Усі пропозиції
stale-filtered = Лише:
stale-all = показати всі
field-error-required = Заповніть, будь ласка.
field-error-too-long = Цей текст задовгий.
field-error-invalid-email = Вкажіть дійсну адресу електронної пошти, напр. name@example.org.
field-error-invalid-url = Адреса має починатися з https:// або http://.
field-error-ends-before-start = Кінець раніше за початок.
field-error-max-below-min = Максимальний вік менший за мінімальний.
field-error-out-of-range = Значення поза допустимим діапазоном.
field-error-closes-before-opens = Кінець має бути пізніше за початок.
field-error-foreign-location = Це місце не належить вашій організації.
field-error-unknown-region = Атлас не знає цього регіону.
field-error-invalid-record = Дані не узгоджуються між собою.
field-error-password-too-short = Пароль закороткий (щонайменше 12 символів).
field-error-password-too-long = Пароль задовгий.
field-error-password-contains-email = Пароль не повинен містити вашу адресу електронної пошти.
field-error-password-too-simple = Цей пароль надто легко вгадати.
field-error-wrong-password = Це не ваш поточний пароль.
field-error-regions-only-for-moderators = Регіони є лише в редакції.
field-error-invalid-choice = Оберіть одне із запропонованих значень.
field-error-invalid-date = Вкажіть дату, наприклад 2026-03-31.
field-error-invalid-number = Вкажіть число.
field-error-invalid-time = Вкажіть час, наприклад 09:30.
field-error-invalid-ags = Вкажіть регіональний ключ із 5 (район) або 8 цифр (громада).
field-error-invalid-language = Вкажіть код мови, наприклад de, en або ar.
field-error-invalid-postcode = Вкажіть п'ятизначний поштовий індекс.
field-error-invalid-phone = Використовуйте лише цифри, пробіли та + - / ( ).
field-error-contact-empty = Вкажіть ім'я, адресу e-mail або номер телефону.
conflict-already-claimed = Ви вже належите до цієї організації або запросили доступ.
conflict-membership-unchanged = Членство від цього не зміниться.
conflict-coordinator-cannot-leave = Координаційна організація не може вийти зі своєї мережі.
conflict-network-change-pending = Інша зміна цієї мережі очікує на перевірку. Спробуйте знову, коли щодо неї буде ухвалено рішення.
conflict-not-a-draft = Цю зміну вже надіслано або щодо неї ухвалено рішення.
conflict-already-approved = Схвалену зміну не можна скасувати.
conflict-not-published = Підтвердити можна лише опубліковану пропозицію.
conflict-not-in-review = Ця зміна не чекає (більше) на перевірку.
conflict-organization-not-published = Спершу схваліть організацію: її пропозиції не можуть бути опубліковані раніше за неї.
networks-none = Поки що в жодній мережі.
action-create = Створено
action-save-draft = Чернетку збережено
action-submit = Надіслано на перевірку
action-approve = Схвалено
action-reject = Відхилено
action-discard = Скасовано
action-confirm-current = Підтверджено як актуальне
action-claim = Запитано доступ
action-confirm-claim = Доступ підтверджено
action-reject-claim = У доступі відмовлено
action-request-join = Запитано вступ
action-request-leave = Запитано вихід
action-close-report = Повідомлення закрито
action-archive = В архіві
action-remind = Надіслано нагадування
action-withdraw = Знято з публікації
action-import-insert = Імпортовано (нове)
action-import-update = Імпортовано (змінено)
