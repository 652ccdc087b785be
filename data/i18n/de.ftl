# Integrationsatlas – Oberfläche, Deutsch (Referenz: jede Nachricht hier ist Pflicht).
# Nachrichten-IDs sind stabil; Übersetzer ändern nur die Texte rechts vom "=".

## Rahmen
site-name = Integrationsatlas
site-tagline = Angebote für Zugewanderte in Ihrer Nähe
skip-to-content = Zum Inhalt springen
nav-main = Hauptnavigation
nav-home = Startseite
nav-search = Suche
language-switch = Sprache
demo-notice = Diese Seite läuft mit Demo-Daten: Alle Adressen, Telefonnummern und Zeiten sind erfunden.
footer-about = Der Integrationsatlas ist ein Verzeichnis von Integrationsangeboten. Er lädt nichts von anderen Servern und setzt nur ein technisch nötiges Cookie beim Melden eines Fehlers.
footer-data = Offene Daten (HSDS)
footer-api = Programmierschnittstelle
untranslated-note = Dieser Text liegt nur auf Deutsch vor.

## Startseite
home-title = Integrationsatlas – Angebote finden
home-heading = Was suchen Sie?
search-label = Suchbegriff
search-placeholder = z. B. Deutschkurs, Beratung, Hausaufgabenhilfe
search-button = Suchen
fields-heading = Themen
field-offers = { $count ->
    [one] 1 Angebot
   *[other] { $count } Angebote
}
near-heading = In meiner Nähe
near-label = Postleitzahl
near-radius = Umkreis
near-button = In der Nähe suchen
km = { $km } km
about-heading = Was ist der Integrationsatlas?
about-text = Der Integrationsatlas zeigt an einem Ort, welche Angebote es in Ihrem Kreis und Ihrer Stadt für Zugewanderte gibt: Beratung, Sprach- und Integrationskurse, Hausaufgabenhilfe, Elterncafés, Sportvereine, Anerkennung ausländischer Abschlüsse und vieles mehr.
about-text-2 = Träger, Projekte und Netzwerke tragen ihre Angebote selbst ein; eine Redaktion prüft sie. So finden Einwohnerinnen und Einwohner, Beratungsstellen und Verwaltung schnell das passende Angebot.

## Suche
search-title = Suche
results-heading = Suchergebnisse
results-for = Ergebnisse für „{ $q }“
results-count = { $count ->
    [0] Keine Treffer
    [one] 1 Treffer
   *[other] { $count } Treffer
}
filters-heading = Filter
filters-apply = Filter anwenden
filters-reset = Alle Filter entfernen
filter-remove = Filter entfernen: { $name }
facet-type = Art
facet-field = Thema
facet-group = Zielgruppe
facet-lang = Sprache
facet-free = Kosten
facet-region = Region
facet-distance = Entfernung
facet-open = Geöffnet
facet-accessible = Zugang
type-offer = Angebot
type-provider = Träger
type-network = Netzwerk
free-badge = kostenlos
accessible-label = stufenlos erreichbar
sort-label = Sortieren
sort-relevance = nach Relevanz
sort-distance = nach Entfernung
sort-name = nach Name
sort-updated = nach Aktualität
sort-button = Sortieren
distance-km = { $km } km entfernt
provider-label = Träger
place-label = Ort
languages-label = Sprachen
groups-label = Für
pagination = Seiten
page-previous = Vorherige Seite
page-next = Nächste Seite
page-of = Seite { $page } von { $pages }
no-results-heading = Nichts gefunden
no-results-spelling = Meinten Sie:
no-results-drop = Mit weniger Filtern finden Sie mehr:
no-results-drop-one = ohne „{ $name }“: { $count } Treffer
no-results-nearby = In anderen Regionen:
no-results-tip = Versuchen Sie ein anderes oder kürzeres Wort.

## Angebot
offer-what = Was?
offer-for-whom = Für wen?
offer-age = Alter: { $from } bis { $to } Jahre
offer-age-from = Alter: ab { $from } Jahren
offer-age-to = Alter: bis { $to } Jahre
offer-cost = Kosten
offer-free = Kostenlos.
offer-languages = Sprachen
offer-interpretation = Dolmetschen
offer-where = Wo?
offer-step-free = Stufenlos erreichbar
offer-not-step-free = Nicht stufenlos erreichbar (oder unbekannt)
offer-transport = Anfahrt
offer-area = Für Menschen aus
offer-when = Wann?
offer-open-now = Jetzt geöffnet
offer-closed-now = Jetzt geschlossen
offer-how-to-apply = So melden Sie sich an
offer-documents = Mitzubringen
offer-contact = Kontakt
offer-phone = Telefon
offer-email = E-Mail
offer-website = Internetseite
offer-provider = Träger
offer-networks = Netzwerke
offer-validity = Laufzeit
offer-valid-from-to = vom { $from } bis { $to }
offer-valid-from = ab { $from }
offer-valid-to = bis { $to }
offer-ended = Dieses Angebot ist beendet.
offer-last-checked = Zuletzt geprüft am { $date }
offer-print = Seite drucken
offer-report = Einen Fehler melden
offer-fields = Themen

## Öffnungszeiten
day-mo = Montag
day-tu = Dienstag
day-we = Mittwoch
day-th = Donnerstag
day-fr = Freitag
day-sa = Samstag
day-su = Sonntag
open-evening = abends
open-weekend = am Wochenende
hours-range = { $from } bis { $to } Uhr

## Träger, Netzwerk, Region
provider-profile = Über den Träger
provider-parent = Gehört zu
provider-offers = Angebote
provider-networks = Mitglied in Netzwerken
provider-no-offers = Zurzeit keine Angebote.
network-goals = Ziele
network-coordinator = Koordination
network-members = Mitglieder
network-rhythm = Treffen
network-region = Region
role-coordinator = Koordination
role-member = Mitglied
role-partner = Partner
region-offers = Angebote nach Thema
region-part-of = Gehört zu
region-places = Gemeinden
region-no-offers = Hier sind noch keine Angebote eingetragen.
region-search = Alle Angebote hier durchsuchen
level-kreis = Kreis / kreisfreie Stadt
level-gemeinde = Gemeinde

## Fehler melden
report-heading = Einen Fehler melden
report-intro = Stimmt etwas an diesem Angebot nicht? Schreiben Sie uns, was falsch ist. Die Redaktion prüft Ihre Meldung.
report-what = Was ist falsch?
report-what-hint = Höchstens { $max } Zeichen.
report-email = Ihre E-Mail-Adresse (freiwillig, für Rückfragen)
report-send = Meldung senden
report-thanks = Danke! Ihre Meldung ist eingegangen.
report-back = Zurück zum Angebot
report-error-empty = Bitte beschreiben Sie den Fehler.
report-error-long = Bitte fassen Sie sich kürzer (höchstens { $max } Zeichen).
report-error-email = Diese E-Mail-Adresse ist ungültig.
report-error-summary = Bitte korrigieren Sie die markierten Felder.

## Fehlerseiten
error-not-found-title = Seite nicht gefunden
error-not-found = Diese Seite gibt es nicht (mehr).
error-bad-request-title = Ungültige Anfrage
error-bad-parameter = Der Parameter „{ $parameter }“ ist ungültig: { $message }
error-forbidden-title = Nicht erlaubt
error-forbidden = Das Formular ist abgelaufen oder wurde nicht von dieser Seite gesendet. Bitte laden Sie die Seite neu und senden Sie es noch einmal.
error-internal-title = Fehler
error-internal = Etwas ist schiefgegangen. Bitte versuchen Sie es später noch einmal.
error-too-many-title = Zu viele Meldungen
error-too-many-client = Von Ihrem Anschluss kamen in den letzten { $minutes } Minuten schon { $count } Meldungen.
error-too-many-everyone = Gerade kommen sehr viele Meldungen an.
error-retry-after = Bitte versuchen Sie es in { $minutes ->
    [one] einer Minute
   *[other] { $minutes } Minuten
} noch einmal.
error-back-home = Zur Startseite

## Themen (Handlungsfelder)
field-interkulturelle-oeffnung = Interkulturelle Öffnung
field-sprachfoerderung = Sprachförderung
field-bildung = Bildung
field-arbeit = Arbeit und Ausbildung
field-wohnen = Wohnen und Stadtteil
field-jugend-soziales = Jugend und Soziales
field-gesundheit = Gesundheit
field-sport = Sport
field-kultur-religion = Kultur und Religion
field-teilhabe = Teilhabe und Beteiligung
field-ehrenamt = Ehrenamt
field-antidiskriminierung = Antidiskriminierung

## Zielgruppen
group-kinder = Kinder
group-jugendliche = Jugendliche
group-eltern = Eltern
group-frauen = Frauen
group-maenner = Männer
group-senioren = Seniorinnen und Senioren
group-gefluechtete = Geflüchtete
group-neuzugewanderte = Neuzugewanderte
group-fachkraefte = Fachkräfte
group-alle = Alle

## Sprachen (Namen)
lang-de = Deutsch
lang-en = Englisch
lang-tr = Türkisch
lang-ar = Arabisch
lang-ru = Russisch
lang-uk = Ukrainisch
lang-fa = Persisch (Farsi)
lang-pl = Polnisch
lang-ro = Rumänisch
lang-bg = Bulgarisch
lang-it = Italienisch
lang-el = Griechisch
lang-hr = Kroatisch
lang-sr = Serbisch
lang-bs = Bosnisch
lang-sq = Albanisch
lang-ku = Kurdisch
lang-ps = Paschtu
lang-ti = Tigrinya
lang-so = Somali
lang-fr = Französisch
lang-es = Spanisch
lang-pt = Portugiesisch
lang-vi = Vietnamesisch
lang-zh = Chinesisch
lang-ur = Urdu
