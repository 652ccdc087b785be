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
footer-about = يُعدّ Integrationsatlas دليلًا لخدمات الاندماج. لا يحمّل أي شيء من خوادم أخرى، ويستخدم ملف تعريف ارتباط (كوكي) واحدًا ضروريًا تقنيًا فقط عند الإبلاغ عن خطأ.
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
