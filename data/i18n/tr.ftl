# Integrationsatlas – arayüz, Türkçe (tr). Message ids as in de.ftl (reference).
# Translated from de.ftl, with en.ftl to disambiguate. Only the text right of "=" is translated.

## Çerçeve (Frame)
site-name = Integrationsatlas
site-tagline = Yakınınızdaki göçmenlere yönelik hizmetler
skip-to-content = İçeriğe geç
nav-main = Ana menü
nav-home = Ana sayfa
nav-search = Arama
language-switch = Dil
demo-notice = Bu site deneme verileriyle çalışıyor: Tüm adresler, telefon numaraları ve saatler gerçek değildir.
footer-about = Integrationsatlas, uyum hizmetlerini gösteren bir rehberdir. Başka sunuculardan hiçbir şey yüklemez. Yalnızca bir hata bildirdiğinizde teknik olarak gerekli tek bir çerez kullanır.
footer-data = Açık veri (HSDS)
footer-api = Programlama arayüzü
untranslated-note = Bu metin yalnızca Almanca olarak mevcuttur.

## Ana sayfa (Home)
home-title = Integrationsatlas – Hizmet bulun
home-heading = Ne arıyorsunuz?
search-label = Arama kelimesi
search-placeholder = örn. Almanca kursu, danışmanlık, ödev yardımı
search-button = Ara
fields-heading = Konular
field-offers = { $count ->
   *[other] { $count } hizmet
}
near-heading = Yakınımda
near-label = Posta kodu
near-radius = Mesafe
near-button = Yakınımda ara
km = { $km } km
about-heading = Integrationsatlas nedir?
about-text = Integrationsatlas, ilçenizde ve şehrinizde göçmenler için hangi hizmetlerin olduğunu tek bir yerde gösterir: danışmanlık, dil ve uyum kursları (Integrationskurs), ödev yardımı, veli kafeleri, spor kulüpleri, yabancı diplomaların denkliği ve çok daha fazlası.
about-text-2 = Kurumlar (Träger), projeler ve ağlar hizmetlerini kendileri girer; editör ekibimiz bunları kontrol eder. Böylece bölge sakinleri, danışma merkezleri ve resmi daireler doğru hizmeti hızla bulur.

## Arama (Search)
search-title = Arama
results-heading = Arama sonuçları
results-for = “{ $q }” için sonuçlar
results-count = { $count ->
    [0] Sonuç yok
   *[other] { $count } sonuç
}
filters-heading = Filtreler
filters-apply = Filtreleri uygula
filters-reset = Tüm filtreleri kaldır
filter-remove = Filtreyi kaldır: { $name }
facet-type = Tür
facet-field = Konu
facet-group = Hedef grup
facet-lang = Dil
facet-free = Ücret
facet-region = Bölge
facet-distance = Uzaklık
facet-open = Açık
facet-accessible = Erişim
type-offer = Hizmet
type-provider = Kurum
type-network = Ağ
free-badge = ücretsiz
accessible-label = basamaksız erişim
sort-label = Sırala
sort-relevance = uygunluğa göre
sort-distance = uzaklığa göre
sort-name = ada göre
sort-updated = güncelliğe göre
sort-button = Sırala
distance-km = { $km } km uzakta
provider-label = Kurum
place-label = Yer
languages-label = Diller
groups-label = Kimler için
pagination = Sayfalar
page-previous = Önceki sayfa
page-next = Sonraki sayfa
page-of = Sayfa { $page } / { $pages }
no-results-heading = Hiçbir şey bulunamadı
no-results-spelling = Bunu mu demek istediniz:
no-results-drop = Daha az filtreyle daha çok sonuç bulursunuz:
no-results-drop-one = “{ $name }” olmadan: { $count } sonuç
no-results-nearby = Diğer bölgelerde:
no-results-tip = Başka bir kelime veya daha kısa bir kelime deneyin.

## Hizmet (Offer)
offer-what = Ne?
offer-for-whom = Kimler için?
offer-age = Yaş: { $from } – { $to }
offer-age-from = Yaş: { $from } ve üzeri
offer-age-to = Yaş: en fazla { $to }
offer-cost = Ücret
offer-free = Ücretsiz.
offer-languages = Diller
offer-interpretation = Sözlü tercüme
offer-where = Nerede?
offer-step-free = Basamaksız erişim
offer-not-step-free = Basamaksız erişim yok (veya bilinmiyor)
offer-transport = Ulaşım
offer-area = Şu yerlerde yaşayanlar için
offer-when = Ne zaman?
offer-open-now = Şu anda açık
offer-closed-now = Şu anda kapalı
offer-how-to-apply = Nasıl kayıt olabilirsiniz
offer-documents = Yanınızda getirmeniz gerekenler
offer-contact = İletişim
offer-phone = Telefon
offer-email = E-posta
offer-website = İnternet sitesi
offer-provider = Kurum
offer-networks = Ağlar
offer-validity = Geçerlilik süresi
offer-valid-from-to = { $from } – { $to }
offer-valid-from = { $from } tarihinden itibaren
offer-valid-to = { $to } tarihine kadar
offer-ended = Bu hizmet sona erdi.
offer-last-checked = Son kontrol: { $date }
offer-print = Sayfayı yazdır
offer-report = Bir hata bildirin
offer-fields = Konular

## Açılış saatleri (Opening hours)
day-mo = Pazartesi
day-tu = Salı
day-we = Çarşamba
day-th = Perşembe
day-fr = Cuma
day-sa = Cumartesi
day-su = Pazar
open-evening = akşamları
open-weekend = hafta sonu
hours-range = Saat { $from } – { $to }

## Kurum, ağ, bölge (Provider, network, region)
provider-profile = Kurum hakkında
provider-parent = Bağlı olduğu kurum
provider-offers = Hizmetler
provider-networks = Üyesi olduğu ağlar
provider-no-offers = Şu anda hizmet yok.
network-goals = Hedefler
network-coordinator = Koordinasyon
network-members = Üyeler
network-rhythm = Toplantılar
network-region = Bölge
role-coordinator = Koordinasyon
role-member = Üye
role-partner = Ortak
region-offers = Konulara göre hizmetler
region-part-of = Bağlı olduğu yer:
region-places = Belediyeler
region-no-offers = Burada henüz hizmet kaydı yok.
region-search = Buradaki tüm hizmetlerde ara
level-kreis = İlçe (Kreis) / ilçeye bağlı olmayan şehir
level-gemeinde = Belediye (Gemeinde)

## Hata bildirin (Report a mistake)
report-heading = Bir hata bildirin
report-intro = Bu hizmetle ilgili yanlış bir şey mi var? Neyin yanlış olduğunu bize yazın. Editör ekibimiz bildiriminizi kontrol eder.
report-what = Yanlış olan ne?
report-what-hint = En fazla { $max } karakter.
report-email = E-posta adresiniz (isteğe bağlı, sorularımız için)
report-send = Bildirimi gönder
report-thanks = Teşekkürler! Bildiriminiz bize ulaştı.
report-back = Hizmete geri dön
report-error-empty = Lütfen hatayı açıklayın.
report-error-long = Lütfen daha kısa yazın (en fazla { $max } karakter).
report-error-email = Bu e-posta adresi geçerli değil.
report-error-summary = Lütfen işaretli alanları düzeltin.

## Hata sayfaları (Error pages)
error-not-found-title = Sayfa bulunamadı
error-not-found = Bu sayfa yok (veya artık yok).
error-bad-request-title = Geçersiz istek
error-bad-parameter = “{ $parameter }” parametresi geçersiz: { $message }
error-forbidden-title = İzin verilmiyor
error-forbidden = Formun süresi doldu veya form bu siteden gönderilmedi. Lütfen sayfayı yeniden yükleyin ve formu tekrar gönderin.
error-internal-title = Hata
error-internal = Bir sorun oluştu. Lütfen daha sonra tekrar deneyin.
error-too-many-title = Çok fazla bildirim
error-too-many-client = Son { $minutes } dakikada bağlantınızdan zaten { $count } bildirim geldi.
error-too-many-everyone = Şu anda çok sayıda bildirim geliyor.
error-retry-after = Lütfen { $minutes ->
    [one] bir dakika
   *[other] { $minutes } dakika
} sonra tekrar deneyin.
error-back-home = Ana sayfaya dön

## Konular (Handlungsfelder / fields of action)
field-interkulturelle-oeffnung = Kültürlerarası açılım
field-sprachfoerderung = Dil desteği
field-bildung = Eğitim
field-arbeit = İş ve meslek eğitimi
field-wohnen = Konut ve mahalle
field-jugend-soziales = Gençlik ve sosyal konular
field-gesundheit = Sağlık
field-sport = Spor
field-kultur-religion = Kültür ve din
field-teilhabe = Toplumsal katılım
field-ehrenamt = Gönüllülük
field-antidiskriminierung = Ayrımcılıkla mücadele

## Hedef gruplar (Target groups)
group-kinder = Çocuklar
group-jugendliche = Gençler
group-eltern = Anne ve babalar
group-frauen = Kadınlar
group-maenner = Erkekler
group-senioren = Yaşlılar
group-gefluechtete = Mülteciler
group-neuzugewanderte = Yeni gelen göçmenler
group-fachkraefte = Nitelikli çalışanlar
group-alle = Herkes

## Diller (adlar) (Languages, names)
lang-de = Almanca
lang-en = İngilizce
lang-tr = Türkçe
lang-ar = Arapça
lang-ru = Rusça
lang-uk = Ukraynaca
lang-fa = Farsça
lang-pl = Lehçe
lang-ro = Rumence
lang-bg = Bulgarca
lang-it = İtalyanca
lang-el = Yunanca
lang-hr = Hırvatça
lang-sr = Sırpça
lang-bs = Boşnakça
lang-sq = Arnavutça
lang-ku = Kürtçe
lang-ps = Peştuca
lang-ti = Tigrinyaca
lang-so = Somalice
lang-fr = Fransızca
lang-es = İspanyolca
lang-pt = Portekizce
lang-vi = Vietnamca
lang-zh = Çince
lang-ur = Urduca
