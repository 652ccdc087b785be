# Integrationsatlas – الواجهة، العربية (ar). Message ids as in de.ftl (reference).
# Translated from de.ftl, with en.ftl to disambiguate. Only the text right of "=" is translated.

## الإطار (Frame)
site-name = Integrationsatlas
site-tagline = خدمات للمهاجرين بالقرب منكم
skip-to-content = الانتقال إلى المحتوى
nav-main = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-search = البحث
language-switch = اللغة
demo-notice = يعمل هذا الموقع ببيانات تجريبية: كل العناوين وأرقام الهاتف والمواعيد غير حقيقية.
footer-about = يُعدّ Integrationsatlas دليلًا لخدمات الاندماج. لا يحمّل أي شيء من خوادم أخرى، ويستخدم ملفات تعريف الارتباط (الكوكيز) الضرورية تقنيًا فقط: عند الإبلاغ عن خطأ وعند تسجيل دخول مقدمي الخدمات.
footer-data = البيانات المفتوحة (HSDS)
footer-api = واجهة البرمجة
untranslated-note = هذا النص متوفر باللغة الألمانية فقط.

## الصفحة الرئيسية (Home)
home-title = Integrationsatlas – البحث عن خدمات
home-heading = عمّ تبحثون؟
search-label = كلمة البحث
search-placeholder = مثلًا: دورة لغة ألمانية، استشارة، مساعدة في الواجبات المدرسية
search-button = بحث
fields-heading = المواضيع
field-offers = { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}
near-heading = بالقرب مني
near-label = الرمز البريدي
near-radius = نطاق البحث
near-button = البحث بالقرب مني
km = { $km } كم
about-heading = ما هو Integrationsatlas؟
about-text = يعرض Integrationsatlas في مكان واحد الخدمات المتاحة للمهاجرين في مقاطعتكم ومدينتكم: الاستشارة، ودورات اللغة ودورات الاندماج (Integrationskurs)، والمساعدة في الواجبات المدرسية، ولقاءات الأهل، والأندية الرياضية، ومعادلة الشهادات الأجنبية، وغير ذلك الكثير.
about-text-2 = تُدخل الجهات المقدِّمة للخدمات (Träger) والمشاريع والشبكات خدماتها بنفسها، ويراجعها فريق التحرير. هكذا يجد السكان ومراكز الاستشارة والدوائر الحكومية الخدمة المناسبة بسرعة.

## البحث (Search)
search-title = البحث
results-heading = نتائج البحث
results-for = نتائج البحث عن «{ $q }»
results-count = { $count ->
    [0] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
filters-heading = عوامل التصفية
filters-apply = تطبيق عوامل التصفية
filters-reset = إزالة كل عوامل التصفية
filter-remove = إزالة عامل التصفية: { $name }
facet-type = النوع
facet-field = الموضوع
facet-group = الفئة المستهدفة
facet-lang = اللغة
facet-free = التكلفة
facet-region = المنطقة
facet-distance = المسافة
facet-open = مفتوح
facet-accessible = الوصول
type-offer = خدمة
type-provider = جهة مقدِّمة
type-network = شبكة
free-badge = مجاني
accessible-label = دخول بدون درج
sort-label = الترتيب
sort-relevance = حسب الصلة بالبحث
sort-distance = حسب المسافة
sort-name = حسب الاسم
sort-updated = حسب آخر تحديث
sort-button = ترتيب
distance-km = على بُعد { $km } كم
provider-label = الجهة المقدِّمة
place-label = المكان
languages-label = اللغات
groups-label = لمن
pagination = الصفحات
page-previous = الصفحة السابقة
page-next = الصفحة التالية
page-of = الصفحة { $page } من { $pages }
no-results-heading = لم يتم العثور على شيء
no-results-spelling = هل تقصدون:
no-results-drop = باستخدام عوامل تصفية أقل ستجدون نتائج أكثر:
no-results-drop-one = بدون «{ $name }»: { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
no-results-nearby = في مناطق أخرى:
no-results-tip = جرّبوا كلمة أخرى أو كلمة أقصر.

## الخدمة (Offer)
offer-what = ماذا؟
offer-for-whom = لمن؟
offer-age = العمر: من { $from } إلى { $to ->
    [zero] { $to } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $to } سنوات
    [many] { $to } سنة
   *[other] { $to } سنة
}
offer-age-from = العمر: من { $from ->
    [zero] { $from } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $from } سنوات
    [many] { $from } سنة
   *[other] { $from } سنة
} فما فوق
offer-age-to = العمر: حتى { $to ->
    [zero] { $to } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $to } سنوات
    [many] { $to } سنة
   *[other] { $to } سنة
}
offer-cost = التكلفة
offer-free = مجاني.
offer-languages = اللغات
offer-interpretation = الترجمة الشفهية
offer-where = أين؟
offer-step-free = دخول بدون درج
offer-not-step-free = يوجد درج عند الدخول (أو غير معروف)
offer-transport = طريقة الوصول
offer-area = لسكان
offer-when = متى؟
offer-open-now = مفتوح الآن
offer-closed-now = مغلق الآن
offer-how-to-apply = طريقة التسجيل
offer-documents = ما يجب إحضاره
offer-contact = التواصل
offer-phone = الهاتف
offer-contact-person = جهة الاتصال
offer-email = البريد الإلكتروني
offer-website = الموقع الإلكتروني
offer-provider = الجهة المقدِّمة
offer-networks = الشبكات
offer-validity = المدة
offer-valid-from-to = من { $from } إلى { $to }
offer-valid-from = ابتداءً من { $from }
offer-valid-to = حتى { $to }
offer-ended = انتهت هذه الخدمة.
offer-last-checked = آخر مراجعة: { $date }
offer-print = طباعة الصفحة
offer-report = الإبلاغ عن خطأ
offer-fields = المواضيع

## أوقات الدوام (Opening hours)
day-mo = الاثنين
day-tu = الثلاثاء
day-we = الأربعاء
day-th = الخميس
day-fr = الجمعة
day-sa = السبت
day-su = الأحد
open-evening = مساءً
open-weekend = في عطلة نهاية الأسبوع
hours-range = من الساعة { $from } إلى { $to }

## الجهة المقدِّمة، الشبكة، المنطقة (Provider, network, region)
provider-profile = عن الجهة المقدِّمة
provider-parent = جزء من
provider-offers = الخدمات
provider-networks = عضو في الشبكات
provider-no-offers = لا توجد خدمات حاليًا.
network-goals = الأهداف
network-coordinator = التنسيق
network-members = الأعضاء
network-rhythm = الاجتماعات
network-region = المنطقة
role-coordinator = التنسيق
role-member = عضو
role-partner = شريك
region-offers = الخدمات حسب الموضوع
region-part-of = جزء من
region-places = البلديات
region-no-offers = لم تُسجَّل أي خدمات هنا بعد.
region-search = البحث في كل الخدمات هنا
level-kreis = مقاطعة (Kreis) / مدينة مستقلة عن المقاطعة
level-gemeinde = بلدية (Gemeinde)

## الإبلاغ عن خطأ (Report a mistake)
report-heading = الإبلاغ عن خطأ
report-intro = هل توجد معلومة غير صحيحة في هذه الخدمة؟ اكتبوا لنا ما هو الخطأ. سيراجع فريق التحرير بلاغكم.
report-what = ما هو الخطأ؟
report-what-hint = الحد الأقصى لعدد الأحرف: { $max }.
report-email = بريدكم الإلكتروني (اختياري، للتواصل معكم إذا كانت لدينا أسئلة)
report-send = إرسال البلاغ
report-thanks = شكرًا! وصلنا بلاغكم.
report-back = العودة إلى الخدمة
report-error-empty = يُرجى وصف الخطأ.
report-error-long = يُرجى كتابة نص أقصر (الحد الأقصى لعدد الأحرف: { $max }).
report-error-email = عنوان البريد الإلكتروني هذا غير صالح.
report-error-summary = يُرجى تصحيح الحقول المُعلَّمة.

## صفحات الأخطاء (Error pages)
error-not-found-title = الصفحة غير موجودة
error-not-found = هذه الصفحة غير موجودة (أو لم تعد موجودة).
error-bad-request-title = طلب غير صالح
error-bad-parameter = المعامل «{ $parameter }» غير صالح: { $message }
error-forbidden-title = غير مسموح
error-forbidden = انتهت صلاحية النموذج أو لم يُرسَل من هذا الموقع. يُرجى إعادة تحميل الصفحة وإرسال النموذج مرة أخرى.
error-internal-title = خطأ
error-internal = حدث خطأ ما. يُرجى المحاولة مرة أخرى لاحقًا.
error-too-many-title = بلاغات كثيرة جدًا
error-too-many-client = وصل من اتصالكم { $count ->
    [zero] { $count } بلاغ
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
} خلال { $minutes ->
    [zero] آخر { $minutes } دقيقة
    [one] الدقيقة الأخيرة
    [two] الدقيقتين الأخيرتين
    [few] آخر { $minutes } دقائق
    [many] آخر { $minutes } دقيقة
   *[other] آخر { $minutes } دقيقة
}.
error-too-many-everyone = تصل الآن بلاغات كثيرة جدًا.
error-retry-after = يُرجى المحاولة مرة أخرى بعد { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
error-back-home = إلى الصفحة الرئيسية

## المواضيع (Handlungsfelder / fields of action)
field-interkulturelle-oeffnung = الانفتاح بين الثقافات
field-sprachfoerderung = دعم تعلّم اللغة
field-bildung = التعليم
field-arbeit = العمل والتدريب المهني
field-wohnen = السكن والحي
field-jugend-soziales = الشباب والشؤون الاجتماعية
field-gesundheit = الصحة
field-sport = الرياضة
field-kultur-religion = الثقافة والدين
field-teilhabe = المشاركة في المجتمع
field-ehrenamt = العمل التطوعي
field-antidiskriminierung = مكافحة التمييز

## الفئات المستهدفة (Target groups)
group-kinder = الأطفال
group-jugendliche = اليافعون والشباب
group-eltern = الآباء والأمهات
group-frauen = النساء
group-maenner = الرجال
group-senioren = كبار السن
group-gefluechtete = اللاجئون
group-neuzugewanderte = القادمون الجدد
group-fachkraefte = العمالة الماهرة
group-alle = الجميع

## اللغات (الأسماء) (Languages, names)
lang-de = الألمانية
lang-en = الإنجليزية
lang-tr = التركية
lang-ar = العربية
lang-ru = الروسية
lang-uk = الأوكرانية
lang-fa = الفارسية
lang-pl = البولندية
lang-ro = الرومانية
lang-bg = البلغارية
lang-it = الإيطالية
lang-el = اليونانية
lang-hr = الكرواتية
lang-sr = الصربية
lang-bs = البوسنية
lang-sq = الألبانية
lang-ku = الكردية
lang-ps = البشتونية
lang-ti = التغرينية
lang-so = الصومالية
lang-fr = الفرنسية
lang-es = الإسبانية
lang-pt = البرتغالية
lang-vi = الفيتنامية
lang-zh = الصينية
lang-ur = الأردية

## بوابة مقدمي الخدمات والمحررين
footer-portal = لمقدمي الخدمات / تسجيل الدخول
provider-claim = هل تمثّل هذه المنظمة؟ اطلب الوصول
portal-nav = الحساب
portal-dashboard = نظرة عامة
portal-networks = الشبكات
portal-tokens = مفاتيح API
portal-password = كلمة المرور
portal-review = المراجعة
portal-accounts = الحسابات
portal-outbox = البريد الصادر
portal-stale = عروض غير محدّثة
portal-logout = تسجيل الخروج
portal-signed-in-as = مسجّل الدخول باسم { $name }
error-unauthorized-title = يلزم تسجيل الدخول
error-unauthorized = يرجى تسجيل الدخول لعرض هذه الصفحة.
error-invalid-link-title = رابط غير صالح
error-invalid-link = هذا الرابط غير صالح أو استُخدم من قبل أو انتهت صلاحيته.
error-not-allowed = لا يحق لحسابك القيام بذلك.
error-too-many-logins = محاولات تسجيل دخول فاشلة كثيرة جدًا.
error-too-many-requests-title = طلبات كثيرة جداً
error-too-many-account-mails = وصل للتو عدد كبير جداً من طلبات التسجيل أو طلبات كلمة مرور جديدة من اتصالك (أو من الجميع معاً).
error-conflict-title = غير ممكن
form-error-summary = يرجى تصحيح البيانات التالية:
choose = يرجى الاختيار
save-draft = حفظ المسودة
submit-review = إرسال للمراجعة
saved-notice = تم الحفظ. تبقى النسخة المنشورة ظاهرة حتى يوافق المحررون على تعديلك.
url-hint = تبدأ بـ https://.
date-hint = الصيغة: YYYY-MM-DD
rows-hint = لإضافة إدخال آخر املأ السطر الفارغ واحفظ؛ تُتجاهل الأسطر الفارغة.
password-hint = 12 حرفًا على الأقل، وليست عنوان بريدك الإلكتروني.
login-heading = تسجيل الدخول
login-button = تسجيل الدخول
login-error-bad = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
login-error-unverified = يرجى تأكيد عنوان بريدك الإلكتروني أولًا (راجع رسالتنا). فقدت الرابط أو انتهت صلاحيته؟ اطلب رابطاً جديداً عبر „نسيت كلمة المرور“ – فهو يؤكد العنوان أيضاً.
register-link = إنشاء حساب جديد
forgot-link = نسيت كلمة المرور؟
register-heading = إنشاء حساب
register-intro = تنشئ الجهات والمشاريع حسابًا هنا لتُدخل عروضها بنفسها.
register-button = إنشاء الحساب
register-sent = اقتربت من النهاية: أرسلنا إليك رسالة فيها رابط للتأكيد.
verify-heading = تم تأكيد البريد الإلكتروني
verify-done = شكرًا! تم تأكيد عنوانك. يمكنك الآن تسجيل الدخول.
verify-confirm-heading = تأكيد عنوان البريد الإلكتروني
verify-confirm-button = تأكيد العنوان
forgot-heading = نسيت كلمة المرور
forgot-intro = أدخل عنوان بريدك الإلكتروني. إذا كان له حساب نرسل رابطًا لتعيين كلمة مرور جديدة.
forgot-button = طلب الرابط
forgot-sent = إذا كان لهذا العنوان حساب فالرسالة في الطريق. الرابط صالح لساعة واحدة ولمرة واحدة فقط.
reset-heading = كلمة مرور جديدة
reset-button = حفظ كلمة المرور
reset-done = تم حفظ كلمة المرور الجديدة. يرجى تسجيل الدخول.
label-email = عنوان البريد الإلكتروني
label-password = كلمة المرور
label-new-password = كلمة المرور الجديدة
label-current-password = كلمة المرور الحالية
password-change-heading = تغيير كلمة المرور
password-change-done = تم تغيير كلمة المرور. أُنهيت الجلسات الأخرى.
password-change-button = تغيير كلمة المرور
label-display-name = اسمك
label-name = الاسم
label-alternate-name = اسم آخر
label-description = الوصف
label-website = الموقع الإلكتروني
label-home-region = البلدية أو المقاطعة التي تعمل فيها
label-phones = أرقام الهاتف
label-phone-number = رقم الهاتف
label-phone-description = ملاحظة عن الرقم
label-contacts = جهات الاتصال
contacts-hint = من يجيب عن الأسئلة؟ الاسم والمهمة والقسم والبريد الإلكتروني ورقم الهاتف؛ تُتجاهل الصفوف الفارغة.
label-contact-name = الاسم
label-contact-title = المهمة أو المنصب
label-contact-department = القسم
label-street = الشارع ورقم المبنى
label-address-2 = إضافة إلى العنوان
label-postcode = الرمز البريدي
label-city = المدينة
label-transportation = الوصول بالمواصلات العامة
label-latitude = خط العرض
label-longitude = خط الطول
label-step-free = وصول بدون درج
label-status = الحالة
label-application-process = طريقة التسجيل
label-eligibility = الشروط
label-minimum-age = الحد الأدنى للعمر
label-maximum-age = الحد الأقصى للعمر
label-interpretation = الترجمة الشفهية
label-valid-from = صالح من
label-valid-to = صالح حتى
label-fields-of-action = المواضيع
label-target-groups = الفئات المستهدفة
label-locations = المواقع
label-service-areas = مناطق الخدمة
label-ags = المفتاح الإقليمي (AGS)
label-schedules = الأوقات
label-days = أيام الأسبوع
label-opens = البداية
label-closes = النهاية
label-languages = اللغات
label-language-code = رمز اللغة (مثل de أو ar)
label-note = ملاحظة
label-costs = التكاليف
label-free = مجاني
label-cost-option = الخدمة
label-amount = المبلغ
label-currency = العملة
label-fees = معلومات أخرى عن التكاليف
label-documents = المستندات المطلوبة
label-document = المستند
label-document-link = رابط المستند
label-translations = ترجمات الاسم والوصف
service-area-hint = المفتاح المكوّن من ثمانية أرقام للبلدية أو من خمسة أرقام للمقاطعة، مثل 06611000 لكاسل.
language-hint = بأي لغات يُقدَّم العرض؟
cost-hint = ضع علامة على „مجاني“ أو اذكر المبالغ.
translation-hint = اختياري. بدون ترجمة نعرض النص الألماني.
row-phone = هاتف { $n }
row-contact = جهة الاتصال { $n }
row-area = منطقة { $n }
row-schedule = وقت { $n }
row-language = لغة { $n }
row-cost = تكلفة { $n }
row-document = مستند { $n }
service-status-active = جارٍ
service-status-inactive = متوقف مؤقتًا
service-status-temporarily-closed = مغلق مؤقتًا
service-status-defunct = انتهى
offer-section-basics = البيانات الأساسية
offer-section-access = الوصول والمدة
offer-form-heading = تعديل العرض
offer-new = عرض جديد
offer-confirm = ما زال محدّثًا
offer-has-draft = توجد مسودة لهذا العرض:
offer-no-locations = لا توجد مواقع لمنظمتك بعد. أضف موقعًا أولًا أو اذكر منطقة خدمة.
org-new = إضافة منظمة جديدة
org-edit = تعديل الملف التعريفي
location-new = موقع جديد
location-heading = الموقع
claim-heading = طلب الوصول إلى منظمة
claim-intro = يتحقق المحررون مما إذا كان يحق لك التحدث باسم هذه المنظمة ثم يمنحونك الوصول.
claim-note = ما دورك في المنظمة؟
claim-note-hint = مثلًا وظيفتك وكيف يمكننا التحقق من ذلك.
claim-button = إرسال الطلب
claim-hint = هل مؤسستك موجودة في الأطلس؟ ابحث عنها هنا واطلب الوصول؛ يؤكده فريق التحرير.
claim-search-heading = ابحث عن مؤسسة في الأطلس
claim-search-label = اسم المؤسسة
claim-search-hint = مثلاً „Caritas Hanau“ أو „Volkshochschule“.
claim-search-button = بحث
claim-search-found = المؤسسات التي وُجدت: { $count }
claim-search-none = لم يُعثر على مؤسسة مطابقة. إن لم تكن في الأطلس بعد، أضفها:
claim-search-claim = طلب الوصول إلى „{ $name }“
claim-pending = مطلوب
claim-rejected = مرفوض
claim-active = مؤكد
claim-approve = تأكيد الوصول
claim-reject = رفض
dashboard-heading = عروضك
dashboard-empty = لا تنتمي إلى أي منظمة بعد. أضف منظمتك أو اطلب الوصول إلى منظمة موجودة.
dashboard-offers = العروض
dashboard-no-offers = لا توجد عروض بعد.
dashboard-locations = المواقع
dashboard-no-locations = لا توجد مواقع بعد.
dashboard-drafts = تعديلات مفتوحة
dashboard-claims = طلباتك
dashboard-status = الحالة
dashboard-confirmed = آخر تأكيد
dashboard-actions = الإجراءات
dashboard-draft = مسودة
dashboard-stale = يرجى المراجعة
state-draft = مسودة
state-in-review = قيد المراجعة
state-published = منشور
state-rejected = مرفوض
state-archived = مؤرشف
state-approved = موافق عليه
kind-organization = منظمة
kind-location = موقع
kind-service = عرض
kind-network = شبكة
account-role-provider = مقدم خدمة
account-role-moderator = محرر
account-role-admin = مسؤول
draft-heading = تعديل: { $name }
draft-kind = النوع
draft-organization = المنظمة
draft-updated = آخر تعديل
draft-reason = السبب
draft-edit = متابعة التعديل
draft-discard = تجاهل
draft-content = المحتوى
networks-heading = الشبكات
networks-intro = اطلب انضمام منظمتك إلى شبكة أو خروجها منها. يراجع المحررون الطلب.
networks-org = المنظمة
networks-network = الشبكة
networks-join = انضمام
networks-leave = خروج
networks-sent = طلبك لدى المحررين.
tokens-heading = مفاتيح API
tokens-intro = تكتب البرامج باسمك باستخدام مفتاح API. لا تعطه لأحد.
tokens-name = لأي غرض المفتاح؟
tokens-create = إنشاء مفتاح
tokens-once = انسخ المفتاح الآن: يُعرض هذه المرة فقط.
tokens-created = أُنشئ
tokens-used = آخر استخدام
tokens-revoke = إلغاء
tokens-revoked = أُلغي في
queue-heading = المراجعة
queue-changes = التعديلات
queue-claims = طلبات الوصول
queue-reports = الأخطاء المبلّغ عنها
queue-empty = لا شيء للقيام به.
queue-new = جديد
queue-submitted = أُرسل
report-done = تمت المعالجة
report-withdraw = إيقاف نشر العرض …
report-withdraw-reason = السبب (يصل إلى مقدم الخدمة بالبريد الإلكتروني)
report-withdraw-button = إيقاف النشر
review-heading = مراجعة: { $name }
review-regions = المناطق
review-changes = التعديلات
review-changes-caption = المنشور حتى الآن والجديد، حقلًا بحقل
review-field = الحقل
review-value = القيمة
review-old = السابق
review-new = الجديد
review-approve = الموافقة والنشر
review-reason = السبب
review-reason-hint = مطلوب عند الرفض؛ يراه مقدم الخدمة.
review-reject = رفض
review-changed = حُفظ هذا التغيير من جديد أثناء مراجعتك له. النسخة الجديدة أدناه؛ يرجى مراجعتها مرة أخرى.
review-author = كتبه
review-location = موقع متغيّر: { $name }
history-heading = السجل
history-link = عرض السجل
history-empty = لا توجد إدخالات بعد.
history-detail = ملاحظة
history-system = النظام
history-removed = أُزيل
history-n-changes = الحقول المتغيّرة: { $count }
accounts-heading = الحسابات
accounts-verified = مؤكد
accounts-role = الدور
accounts-regions = المناطق (للمحررين فقط)
accounts-regions-hint = مفاتيح إقليمية مفصولة بفواصل، مثل 06611000، 06414000
accounts-save = حفظ
outbox-heading = البريد الصادر
outbox-intro = كل رسائل الأطلس. لا يُرسل شيء دون أن يظهر هنا.
outbox-empty = لا توجد رسائل.
outbox-to = إلى
outbox-created = أُنشئت
outbox-sent = أُرسلت
outbox-not-sent = لم تُرسل بعد
outbox-failed = رسائل تم التخلي عنها (فشل التسليم مراراً): { $count }. تحقق من الخطأ وأعد إرسالها.
outbox-given-up = تم التخلي عنها بعد { $count } محاولات
outbox-retry = إعادة الإرسال
stale-heading = عروض غير محدّثة
stale-intro = عروض لم تُؤكَّد منذ أكثر من 12 شهرًا، حسب مقدم الخدمة.
stale-empty = كل العروض محدّثة.
stale-expired = أُزيل من البحث
stale-by-region = حسب المنطقة
stale-by-provider = حسب مقدم الخدمة
stale-list = كل العروض
stale-filtered = فقط:
stale-all = عرض الكل
field-error-required = يرجى ملء هذا الحقل.
field-error-too-long = هذا النص طويل جدًا.
field-error-invalid-email = يرجى إدخال عنوان بريد إلكتروني صالح، مثل name@example.org.
field-error-invalid-url = يجب أن يبدأ العنوان بـ https:// أو http://.
field-error-ends-before-start = النهاية قبل البداية.
field-error-max-below-min = الحد الأقصى للعمر أقل من الحد الأدنى.
field-error-out-of-range = هذه القيمة خارج النطاق المسموح.
field-error-closes-before-opens = يجب أن تكون النهاية بعد البداية.
field-error-foreign-location = هذا الموقع لا ينتمي إلى منظمتك.
field-error-unknown-region = لا يعرف الأطلس هذه المنطقة.
field-error-invalid-record = البيانات غير متوافقة.
field-error-password-too-short = كلمة المرور قصيرة جدًا (12 حرفًا على الأقل).
field-error-password-too-long = كلمة المرور طويلة جدًا.
field-error-password-contains-email = يجب ألا تحتوي كلمة المرور على عنوان بريدك الإلكتروني.
field-error-password-too-simple = كلمة المرور هذه سهلة التخمين.
field-error-wrong-password = هذه ليست كلمة مرورك الحالية.
field-error-regions-only-for-moderators = المناطق للمحررين فقط.
field-error-invalid-choice = يرجى اختيار إحدى القيم المعروضة.
field-error-invalid-date = يرجى إدخال تاريخ مثل 2026-03-31.
field-error-invalid-number = يرجى إدخال رقم.
field-error-invalid-time = يرجى إدخال وقت مثل 09:30.
field-error-invalid-ags = يرجى إدخال مفتاح إقليمي من 5 أرقام (مقاطعة) أو 8 أرقام (بلدية).
field-error-invalid-language = يرجى إدخال رمز لغة مثل de أو en أو ar.
field-error-invalid-postcode = يرجى إدخال رمز بريدي من خمسة أرقام.
field-error-invalid-phone = يرجى استخدام الأرقام والمسافات و + - / ( ) فقط.
field-error-contact-empty = يرجى إدخال اسم أو بريد إلكتروني أو رقم هاتف.
conflict-already-claimed = أنت عضو في هذه المنظمة أو طلبت الوصول إليها من قبل.
conflict-membership-unchanged = هذا لا يغيّر العضوية.
conflict-coordinator-cannot-leave = لا يمكن للمنظمة المنسّقة مغادرة شبكتها.
conflict-network-change-pending = هناك تغيير آخر على هذه الشبكة بانتظار المراجعة. حاول مرة أخرى بعد البت فيه.
conflict-not-a-draft = هذا التعديل أُرسل أو بُتّ فيه من قبل.
conflict-already-approved = لا يمكن تجاهل تعديل تمت الموافقة عليه.
conflict-not-published = لا يمكن تأكيد إلا عرض منشور.
conflict-not-in-review = هذا التعديل لا ينتظر المراجعة (بعد الآن).
conflict-organization-not-published = وافق على المنظمة أولًا: لا يمكن نشر عروضها قبلها.
networks-none = ليست في أي شبكة بعد.
action-create = أُنشئ
action-save-draft = حُفظت المسودة
action-submit = أُرسل للمراجعة
action-approve = تمت الموافقة
action-reject = رُفض
action-discard = تم التجاهل
action-confirm-current = أُكّد أنه محدّث
action-claim = طُلب الوصول
action-confirm-claim = أُكّد الوصول
action-reject-claim = رُفض الوصول
action-request-join = طُلب الانضمام
action-request-leave = طُلب الخروج
action-close-report = أُغلق البلاغ
action-archive = أُرشف
action-remind = أُرسل تذكير
action-withdraw = أُوقف نشره
action-import-insert = مستورد (جديد)
action-import-update = مستورد (معدّل)
