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
footer-about = Integrationsatlas – це каталог пропозицій з інтеграції. Сайт нічого не завантажує з інших серверів. Він зберігає лише один технічно необхідний файл cookie, коли Ви повідомляєте про помилку.
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
