# Integrationsatlas – رابط کاربری، فارسی (fa). Message ids as in de.ftl (reference).
# Translated from de.ftl, with en.ftl to disambiguate. Only the text right of "=" is translated.

## چارچوب (Frame)
site-name = Integrationsatlas
site-tagline = خدمات برای مهاجران در نزدیکی شما
skip-to-content = رفتن به محتوای اصلی
nav-main = منوی اصلی
nav-home = صفحهٔ اصلی
nav-search = جستجو
language-switch = زبان
demo-notice = این سایت با داده‌های آزمایشی کار می‌کند: همهٔ نشانی‌ها، شماره‌تلفن‌ها و زمان‌ها ساختگی هستند.
footer-about = سایت Integrationsatlas فهرستی از خدمات ادغام است. این سایت چیزی از سرورهای دیگر بارگیری نمی‌کند. فقط وقتی خطایی را گزارش می‌کنید، یک کوکی ذخیره می‌کند که از نظر فنی لازم است.
footer-data = داده‌های باز (HSDS)
footer-api = رابط برنامه‌نویسی
untranslated-note = این متن فقط به زبان آلمانی موجود است.

## صفحهٔ اصلی (Home)
home-title = Integrationsatlas – یافتن خدمات
home-heading = دنبال چه می‌گردید؟
search-label = عبارت جستجو
search-placeholder = مثلاً کلاس زبان آلمانی، مشاوره، کمک در تکالیف مدرسه
search-button = جستجو
fields-heading = موضوع‌ها
field-offers = { $count ->
   *[other] { $count } خدمت
}
near-heading = نزدیک من
near-label = کد پستی
near-radius = شعاع جستجو
near-button = جستجو در نزدیکی
km = { $km } کیلومتر
about-heading = Integrationsatlas چیست؟
about-text = سایت Integrationsatlas در یک جا نشان می‌دهد که در شهرستان و شهر شما چه خدماتی برای مهاجران وجود دارد: مشاوره، کلاس‌های زبان و کلاس‌های ادغام (Integrationskurs)، کمک در تکالیف مدرسه، کافه‌های والدین، باشگاه‌های ورزشی، به رسمیت شناختن مدارک تحصیلی خارجی و بسیاری موارد دیگر.
about-text-2 = سازمان‌ها (Träger)، پروژه‌ها و شبکه‌ها خدمات خود را خودشان ثبت می‌کنند و تیم تحریریه آن‌ها را بررسی می‌کند. به این ترتیب ساکنان، مراکز مشاوره و ادارات به‌سرعت خدمت مناسب را پیدا می‌کنند.

## جستجو (Search)
search-title = جستجو
results-heading = نتایج جستجو
results-for = نتایج برای «{ $q }»
results-count = { $count ->
    [0] نتیجه‌ای پیدا نشد
   *[other] { $count } نتیجه
}
filters-heading = فیلترها
filters-apply = اعمال فیلترها
filters-reset = حذف همهٔ فیلترها
filter-remove = حذف فیلتر: { $name }
facet-type = نوع
facet-field = موضوع
facet-group = گروه هدف
facet-lang = زبان
facet-free = هزینه
facet-region = منطقه
facet-distance = فاصله
facet-open = زمان باز بودن
facet-accessible = دسترسی
type-offer = خدمت
type-provider = سازمان
type-network = شبکه
free-badge = رایگان
accessible-label = دسترسی بدون پله
sort-label = مرتب‌سازی
sort-relevance = بر اساس ارتباط با جستجو
sort-distance = بر اساس فاصله
sort-name = بر اساس نام
sort-updated = بر اساس تاریخ به‌روزرسانی
sort-button = مرتب کردن
distance-km = در فاصلهٔ { $km } کیلومتری
provider-label = سازمان
place-label = مکان
languages-label = زبان‌ها
groups-label = برای
pagination = صفحه‌ها
page-previous = صفحهٔ قبلی
page-next = صفحهٔ بعدی
page-of = صفحهٔ { $page } از { $pages }
no-results-heading = چیزی پیدا نشد
no-results-spelling = آیا منظورتان این بود:
no-results-drop = با فیلترهای کمتر، نتایج بیشتری پیدا می‌کنید:
no-results-drop-one = بدون «{ $name }»: { $count } نتیجه
no-results-nearby = در مناطق دیگر:
no-results-tip = کلمهٔ دیگر یا کوتاه‌تری را امتحان کنید.

## خدمت (Offer)
offer-what = چه چیزی؟
offer-for-whom = برای چه کسانی؟
offer-age = سن: از { $from } تا { $to } سال
offer-age-from = سن: از { $from } سال به بالا
offer-age-to = سن: تا { $to } سال
offer-cost = هزینه
offer-free = رایگان.
offer-languages = زبان‌ها
offer-interpretation = ترجمهٔ شفاهی
offer-where = کجا؟
offer-step-free = دسترسی بدون پله
offer-not-step-free = دسترسی بدون پله ندارد (یا نامشخص است)
offer-transport = راه رسیدن
offer-area = برای ساکنان
offer-when = چه زمانی؟
offer-open-now = اکنون باز است
offer-closed-now = اکنون بسته است
offer-how-to-apply = نحوهٔ ثبت‌نام
offer-documents = آنچه باید همراه بیاورید
offer-contact = تماس
offer-phone = تلفن
offer-email = ایمیل
offer-website = وب‌سایت
offer-provider = سازمان
offer-networks = شبکه‌ها
offer-validity = مدت
offer-valid-from-to = از { $from } تا { $to }
offer-valid-from = از { $from }
offer-valid-to = تا { $to }
offer-ended = این خدمت به پایان رسیده است.
offer-last-checked = آخرین بررسی: { $date }
offer-print = چاپ صفحه
offer-report = گزارش یک خطا
offer-fields = موضوع‌ها

## ساعات کاری (Opening hours)
day-mo = دوشنبه
day-tu = سه‌شنبه
day-we = چهارشنبه
day-th = پنج‌شنبه
day-fr = جمعه
day-sa = شنبه
day-su = یک‌شنبه
open-evening = عصرها
open-weekend = آخر هفته
hours-range = ساعت { $from } تا { $to }

## سازمان، شبکه، منطقه (Provider, network, region)
provider-profile = دربارهٔ سازمان
provider-parent = بخشی از
provider-offers = خدمات
provider-networks = عضو شبکه‌ها
provider-no-offers = در حال حاضر خدمتی وجود ندارد.
network-goals = اهداف
network-coordinator = هماهنگی
network-members = اعضا
network-rhythm = جلسات
network-region = منطقه
role-coordinator = هماهنگی
role-member = عضو
role-partner = شریک
region-offers = خدمات بر اساس موضوع
region-part-of = بخشی از
region-places = شهرها و روستاها
region-no-offers = هنوز هیچ خدمتی در اینجا ثبت نشده است.
region-search = جستجو در همهٔ خدمات اینجا
level-kreis = شهرستان (Kreis) / شهر مستقل
level-gemeinde = شهر یا روستا (Gemeinde)

## گزارش خطا (Report a mistake)
report-heading = گزارش یک خطا
report-intro = آیا چیزی در این خدمت درست نیست؟ برای ما بنویسید چه چیزی اشتباه است. تیم تحریریه گزارش شما را بررسی می‌کند.
report-what = چه چیزی اشتباه است؟
report-what-hint = حداکثر { $max } حرف.
report-email = نشانی ایمیل شما (اختیاری، برای پرسش‌های بعدی)
report-send = ارسال گزارش
report-thanks = متشکریم! گزارش شما دریافت شد.
report-back = بازگشت به خدمت
report-error-empty = لطفاً خطا را توضیح دهید.
report-error-long = لطفاً کوتاه‌تر بنویسید (حداکثر { $max } حرف).
report-error-email = این نشانی ایمیل معتبر نیست.
report-error-summary = لطفاً بخش‌های علامت‌گذاری‌شده را اصلاح کنید.

## صفحه‌های خطا (Error pages)
error-not-found-title = صفحه پیدا نشد
error-not-found = این صفحه وجود ندارد (یا دیگر وجود ندارد).
error-bad-request-title = درخواست نامعتبر
error-bad-parameter = پارامتر «{ $parameter }» نامعتبر است: { $message }
error-forbidden-title = مجاز نیست
error-forbidden = اعتبار فرم تمام شده یا فرم از این سایت فرستاده نشده است. لطفاً صفحه را دوباره بارگیری کنید و فرم را دوباره بفرستید.
error-internal-title = خطا
error-internal = مشکلی پیش آمد. لطفاً بعداً دوباره امتحان کنید.
error-too-many-title = تعداد گزارش‌ها بیش از حد است
error-too-many-client = در { $minutes } دقیقهٔ گذشته از اتصال شما { $count } گزارش فرستاده شده است.
error-too-many-everyone = در حال حاضر گزارش‌های بسیار زیادی می‌رسد.
error-retry-after = لطفاً { $minutes ->
   *[other] { $minutes } دقیقهٔ دیگر
} دوباره امتحان کنید.
error-back-home = رفتن به صفحهٔ اصلی

## موضوع‌ها (Handlungsfelder / fields of action)
field-interkulturelle-oeffnung = گشودگی میان‌فرهنگی
field-sprachfoerderung = زبان‌آموزی
field-bildung = آموزش و تحصیل
field-arbeit = کار و آموزش حرفه‌ای
field-wohnen = مسکن و محله
field-jugend-soziales = جوانان و امور اجتماعی
field-gesundheit = سلامت
field-sport = ورزش
field-kultur-religion = فرهنگ و دین
field-teilhabe = مشارکت در جامعه
field-ehrenamt = کار داوطلبانه
field-antidiskriminierung = مبارزه با تبعیض

## گروه‌های هدف (Target groups)
group-kinder = کودکان
group-jugendliche = نوجوانان و جوانان
group-eltern = والدین
group-frauen = زنان
group-maenner = مردان
group-senioren = سالمندان
group-gefluechtete = پناهندگان
group-neuzugewanderte = تازه‌واردان
group-fachkraefte = نیروهای متخصص
group-alle = همه

## زبان‌ها (نام‌ها) (Languages, names)
lang-de = آلمانی
lang-en = انگلیسی
lang-tr = ترکی
lang-ar = عربی
lang-ru = روسی
lang-uk = اوکراینی
lang-fa = فارسی
lang-pl = لهستانی
lang-ro = رومانیایی
lang-bg = بلغاری
lang-it = ایتالیایی
lang-el = یونانی
lang-hr = کرواتی
lang-sr = صربی
lang-bs = بوسنیایی
lang-sq = آلبانیایی
lang-ku = کردی
lang-ps = پشتو
lang-ti = تیگرینیا
lang-so = سومالیایی
lang-fr = فرانسوی
lang-es = اسپانیایی
lang-pt = پرتغالی
lang-vi = ویتنامی
lang-zh = چینی
lang-ur = اردو
