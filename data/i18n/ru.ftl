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
footer-about = Integrationsatlas – это каталог предложений по интеграции. Сайт ничего не загружает с других серверов. Он сохраняет только один технически необходимый файл cookie, когда Вы сообщаете об ошибке.
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
