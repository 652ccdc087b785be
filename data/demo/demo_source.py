"""Source data for the Integrationsatlas demo data set (read by build_demo.py).

Everything here is hand-written. Names of providers, projects and networks marked
with ``src`` (line numbers in shared/seed/integration-wie-geht-das.txt) come from the
brochure "Integration – wie geht das?" (Hessian ministry, 2012). All addresses,
phone numbers, e-mail addresses, web sites, opening hours, fees and contact details
are INVENTED and fictitious; streets are obviously fake ("Beispielstraße 12").

Python 3.11 standard library only; this module holds data, build_demo.py the logic.
"""

# ---------------------------------------------------------------------------
# Taxonomies (codes are fixed by the product; do not rename)
# ---------------------------------------------------------------------------
HANDLUNGSFELDER = [
    ("interkulturelle-oeffnung", "Interkulturelle Öffnung"),
    ("sprachfoerderung", "Sprachförderung"),
    ("bildung", "Bildung"),
    ("arbeit", "Arbeit und Ausbildung"),
    ("wohnen", "Wohnen und Stadtteil"),
    ("jugend-soziales", "Jugend und Soziales"),
    ("gesundheit", "Gesundheit"),
    ("sport", "Sport"),
    ("kultur-religion", "Kultur und Religion"),
    ("teilhabe", "Teilhabe und Beteiligung"),
    ("ehrenamt", "Ehrenamt"),
    ("antidiskriminierung", "Antidiskriminierung"),
]
ZIELGRUPPEN = [
    ("kinder", "Kinder"),
    ("jugendliche", "Jugendliche"),
    ("eltern", "Eltern"),
    ("frauen", "Frauen"),
    ("maenner", "Männer"),
    ("senioren", "Seniorinnen und Senioren"),
    ("gefluechtete", "Geflüchtete"),
    ("neuzugewanderte", "Neuzugewanderte"),
    ("fachkraefte", "Fachkräfte"),
    ("alle", "Alle"),
]

LANGUAGE_NAMES = {
    "de": "Deutsch", "en": "Englisch", "tr": "Türkisch", "ar": "Arabisch",
    "ru": "Russisch", "uk": "Ukrainisch", "fa": "Farsi", "el": "Griechisch",
    "it": "Italienisch", "pl": "Polnisch", "ro": "Rumänisch", "bg": "Bulgarisch",
    "ti": "Tigrinya", "ku": "Kurdisch", "fr": "Französisch", "th": "Thailändisch",
}

# AGS (5-digit Kreis / kreisfreie Stadt, 8-digit Gemeinde) -> display name.
# Keys as in shared/regions/hessen_*_30112025.csv (Gebietsstand 30.11.2025).
AREAS = {
    "06611": "Kassel",
    "06413": "Offenbach am Main",
    "06414": "Wiesbaden",
    "06434": "Hochtaunuskreis",
    "06434001": "Bad Homburg v. d. Höhe",
    "06434002": "Friedrichsdorf",
    "06434007": "Neu-Anspach",
    "06434008": "Oberursel (Taunus)",
    "06434010": "Steinbach (Taunus)",
    "06435": "Main-Kinzig-Kreis",
    "06435007": "Erlensee",
    "06435010": "Gelnhausen",
    "06435014": "Hanau",
    "06435019": "Maintal",
    "06435025": "Schlüchtern",
    "06435029": "Wächtersbach",
    "06532": "Lahn-Dill-Kreis",
    "06532023": "Wetzlar",
}

# Modellregionen and the AGS prefixes that count for them (check_demo.py).
MODELLREGIONEN = {
    "Stadt Kassel": ["06611"],
    "Stadt Offenbach am Main": ["06413"],
    "Stadt Wetzlar": ["06532023"],
    "Stadt Wiesbaden": ["06414"],
    "Hochtaunuskreis": ["06434"],
    "Main-Kinzig-Kreis mit Hanau": ["06435"],
}

# ---------------------------------------------------------------------------
# Organisations: slug -> dict(name, description, domain, parent, src)
# domain: sub-domain under example.org used for invented e-mail and web site.
# ---------------------------------------------------------------------------
ORGS = {}


def O(slug, name, description, domain, parent=None, src=None):
    assert slug not in ORGS, slug
    ORGS[slug] = dict(name=name, description=description, domain=domain, parent=parent, src=src)


# --- supra-regional / parent organisations --------------------------------
O("bamf", "Bundesamt für Migration und Flüchtlinge (BAMF) – Regionalkoordination",
  "Die Regionalkoordination des Bundesamts begleitet Integrationskursträger, Migrationsberatung und kommunale Netzwerke. "
  "Sie ist Mitglied im Offenbacher Netzwerk „Migration und Integration“ und im Wetzlarer Programmbeirat.",
  "bamf-regional", src="488, 1310")
O("caritas-dioezese-fulda", "Caritasverband für die Diözese Fulda e. V.",
  "Diözesaner Dachverband der katholischen Caritas in Nord- und Osthessen. "
  "Er unterstützt die örtlichen Caritasverbände, unter anderem in Kassel und im Main-Kinzig-Kreis, bei Migrationsberatung und Flüchtlingsarbeit.",
  "caritas-dioezese-fulda")
O("caritas-dioezese-limburg", "Caritasverband für die Diözese Limburg e. V.",
  "Diözesaner Dachverband der katholischen Caritas in Mittel- und Westhessen. "
  "Zu ihm gehören die örtlichen Caritasverbände in Wiesbaden, im Hochtaunuskreis und in Wetzlar.",
  "caritas-dioezese-limburg")
O("caritas-dioezese-mainz", "Caritasverband für die Diözese Mainz e. V.",
  "Diözesaner Dachverband der katholischen Caritas in Rheinhessen und Südhessen, zu dem auch der Caritasverband Offenbach gehört.",
  "caritas-dioezese-mainz")
O("diakonie-hessen", "Diakonie Hessen – Diakonisches Werk in Hessen und Nassau und Kurhessen-Waldeck e. V.",
  "Landesverband der evangelischen Diakonie in Hessen. "
  "Die regionalen Diakonischen Werke bieten Migrationsberatung, Jugendmigrationsdienste und Flüchtlingsberatung an.",
  "diakonie-hessen")
O("ib-ev", "Internationaler Bund (IB) – Freier Träger der Jugend-, Sozial- und Bildungsarbeit e. V.",
  "Bundesweiter freier Träger der Jugend-, Sozial- und Bildungsarbeit. "
  "In der Broschüre tritt er mit der Interkulturellen Lotsenvermittlungsstelle im Hochtaunuskreis und als Mitglied des Netzwerks Migration in Hanau auf.",
  "ib", src="763, 1362")
O("lsb-hessen", "Landessportbund Hessen e. V.",
  "Dachverband der hessischen Sportvereine. "
  "Mit dem Projekt „Kassel bewegt Kulturen – Das Miteinander zählt“ hat er Migrantinnen zu Übungsleiterinnen ausgebildet und Vereine zum Thema „Sport interkulturell“ qualifiziert.",
  "landessportbund-hessen", src="773-779")
O("sportjugend-hessen", "Sportjugend Hessen – Programm „Integration durch Sport“",
  "Die Sportjugend im Landessportbund Hessen betreut das Bundesprogramm „Integration durch Sport“. "
  "Stützpunktvereine bieten offene, kultursensible Sportangebote an, in denen neue Mitglieder jeder Herkunft willkommen sind.",
  "integration-durch-sport-hessen", parent="lsb-hessen", src="775, 777")

# --- Kassel ------------------------------------------------------------------
O("ks-zukunftsbuero", "Stadt Kassel – Zukunftsbüro",
  "Das Zukunftsbüro im Geschäftsbereich des Oberbürgermeisters bündelt die Themen demografischer Wandel, bürgerschaftliches Engagement und Integration. "
  "Es moderiert den Rat der Religionen und Runde Tische zu „Sport interkulturell“ und „Kultursensible Schule“ und arbeitet eng mit dem Ausländerbeirat und Migrantenorganisationen zusammen.",
  "zukunftsbuero-kassel", src="285, 343-347, 1392-1417")
O("ks-auslaenderbeirat", "Ausländerbeirat der Stadt Kassel",
  "Gewählte Interessenvertretung der Kasseler Einwohnerinnen und Einwohner ohne deutschen Pass. "
  "Der Beirat berät Stadtverordnetenversammlung und Magistrat in allen Fragen, die Migrantinnen und Migranten betreffen, und ist Partner des Zukunftsbüros.",
  "auslaenderbeirat-kassel", src="277, 1396, 1410")
O("ks-self", "SELF Kassel e. V.",
  "Gemeinnütziger Verein, der Jugendliche mit Migrationsgeschichte und junge Geflüchtete mit hohen Bildungszielen begleitet. "
  "Ehrenamtliche Bildungsmentorinnen und -mentoren aus dem Umfeld der Universität unterstützen auf dem Weg zu Abitur, Studium oder Ausbildung.",
  "self-kassel", src="721-738")
O("ks-palais-nord", "Theaterrat Palais Nord e. V. / SPIEL-RAUM-THEATER",
  "Freies Theater in Kassel mit theaterpädagogischem Schwerpunkt. "
  "Mit „Die Kunst des Erzählens“ bringt es Erzählkunst und Sprachförderung in Kasseler Kindertagesstätten und bezieht Eltern aktiv ein.",
  "palais-nord-kassel", src="898-926")
O("ks-museumslandschaft", "Museumslandschaft Hessen Kassel",
  "Verbund der staatlichen Museen, Schlösser und Parks in Kassel. "
  "Im Modellprojekt „Abenteuer Museum – Kultur baut Brücken“ wurden neue Zugänge für Kinder mit Zuwanderungsgeschichte erprobt, die heute als Vermittlungsangebot für Familien und Schulen weiterlaufen.",
  "museumslandschaft-kassel", src="847-865")
O("ks-uni", "Universität Kassel",
  "Kooperationspartnerin von SELF Kassel e. V. bei der Gewinnung von Bildungsmentorinnen und -mentoren und Evaluatorin der theaterpädagogischen Sprachförderung in Kasseler Kitas.",
  "uni-kassel", src="738, 901-902")
O("ks-vhs", "Volkshochschule Region Kassel",
  "Kommunale Weiterbildungseinrichtung für Stadt und Landkreis Kassel. "
  "Als zugelassener Träger bietet sie Integrationskurse, Alphabetisierungskurse und berufsbezogene Deutschkurse an.",
  "vhs-region-kassel")
O("ks-caritas", "Caritasverband Nordhessen-Kassel e. V.",
  "Katholischer Wohlfahrtsverband in Kassel und Nordhessen. "
  "Der Fachdienst Migration bietet Migrationsberatung für Erwachsene, Beratung für ältere Zugewanderte und Sprachmittlung an.",
  "caritas-kassel", parent="caritas-dioezese-fulda")
O("ks-diakonie", "Diakonisches Werk Region Kassel",
  "Evangelischer Wohlfahrtsverband in Stadt und Landkreis Kassel. "
  "Er ist Träger des Jugendmigrationsdienstes und weiterer Beratungsangebote für Familien und junge Menschen.",
  "diakonie-kassel", parent="diakonie-hessen", src="738 (nur Art: Jugendmigrationsdienste)")
O("ks-jobcenter", "Jobcenter Stadt Kassel",
  "Gemeinsame Einrichtung der Stadt Kassel und der Agentur für Arbeit. "
  "Zuständig für die Grundsicherung für Arbeitsuchende, für Arbeitsvermittlung und für die Förderung der beruflichen Integration.",
  "jobcenter-kassel")
O("ks-gesundheitsamt", "Gesundheitsamt Region Kassel",
  "Gemeinsames Gesundheitsamt von Stadt und Landkreis Kassel. "
  "Es bietet unter anderem Impfberatung, Schuleingangsuntersuchungen und gesundheitliche Aufklärung in mehreren Sprachen an.",
  "gesundheitsamt-kassel")

# --- Offenbach -------------------------------------------------------------
O("of-integration", "Stadt Offenbach am Main – Amt für Arbeitsförderung, Statistik und Integration",
  "Städtisches Amt mit der Integrationsabteilung, die seit 2007 über ein eigenes Budget verfügt. "
  "Sie steuert Integration als ressortübergreifende Querschnittsaufgabe, betreut das „Kompetenzteam Zusammenleben“ und das Netzwerk „Migration und Integration“ und organisiert mit der Personalentwicklung interkulturelle Fortbildungen für die Stadtverwaltung.",
  "integration-offenbach", src="209, 636-640, 1141, 1305-1316")
O("of-quartiersmanagement", "Integration im Quartier – Stadtteilzentren Mathildenviertel, Lauterborn und Nordend",
  "Quartiersmanagement der Stadt Offenbach mit der Aufgabe „Integrationsförderung“. "
  "Die drei Stadtteilzentren sind Treffpunkt für Familien sowie Frauen-, Jugend- und Seniorenarbeit und Ausgangspunkt für Mikroprojekte mit Vereinen, Migrantenorganisationen und Unternehmen.",
  "quartiere-offenbach", parent="of-integration", src="932-936")
O("of-auslaenderbeirat", "Ausländerbeirat der Stadt Offenbach am Main",
  "Gewählte Vertretung der ausländischen Einwohnerinnen und Einwohner Offenbachs. "
  "Der Beirat hat 2007 gemeinsam mit der damaligen Bürgermeisterin das Dialogforum „Kompetenzteam Zusammenleben“ angestoßen.",
  "auslaenderbeirat-offenbach", src="638")
O("of-cgil", "CGIL-Bildungswerk e. V.",
  "Bildungswerk mit italienischen Wurzeln und langer Erfahrung in der Arbeit mit zugewanderten Eltern und mit der Institution Schule. "
  "Gemeinsam mit dem Staatlichen Schulamt hat es in Offenbach „KiESEL – Kind-Schule-Eltern“ entwickelt.",
  "cgil-bildungswerk", src="1082-1088")
O("of-schulamt", "Staatliches Schulamt für den Landkreis und die Stadt Offenbach",
  "Schulaufsicht für die Offenbacher Schulen und Kooperationspartner von KiESEL bei der interkulturellen Elternarbeit an Grundschulen.",
  "schulamt-offenbach", src="1084")
O("of-haus-stadtgeschichte", "Haus der Stadtgeschichte Offenbach",
  "Stadtmuseum und Stadtarchiv Offenbachs. "
  "Ein eigener Teil der Dauerausstellung erzählt die Geschichte der Zuwanderung seit der Anwerbung von Gastarbeitern in den Fünfzigerjahren, mit Lebensgeschichten und Erinnerungsstücken von Offenbacherinnen und Offenbachern.",
  "stadtgeschichte-offenbach", src="867-888")
O("of-griechische-gemeinde", "Griechische Gemeinde Offenbach",
  "Selbstorganisation der griechischstämmigen Offenbacherinnen und Offenbacher mit Kultur-, Bildungs- und Beratungsangeboten. "
  "Mit ihrem Gesundheitstag ist sie ein Beispiel für die Professionalisierung von Migrantenorganisationen.",
  "griechische-gemeinde-offenbach", src="1128-1133")
O("of-jobcenter", "Kommunales Jobcenter Offenbach",
  "Das kommunale Jobcenter der Stadt Offenbach ist für Grundsicherung für Arbeitsuchende, Vermittlung und Förderung zuständig. "
  "Es ist Mitglied im Netzwerk „Migration und Integration“.",
  "jobcenter-offenbach", src="1310")
O("of-jugendamt", "Jugendamt der Stadt Offenbach am Main",
  "Das Jugendamt koordiniert das Netzwerk „Elternschule“, in dem es mit Trägern aus dem Bildungsbereich Angebote zur Stärkung der Erziehungskompetenz abstimmt.",
  "jugendamt-offenbach", src="1314")
O("of-caritas", "Caritasverband Offenbach/Main e. V.",
  "Katholischer Wohlfahrtsverband in Stadt und Kreis Offenbach mit Migrationsberatung, Familien- und Schuldnerberatung.",
  "caritas-offenbach", parent="caritas-dioezese-mainz", src="1310 (nur Art: Migrationsberatungsdienste der Wohlfahrtsverbände)")
O("of-awo", "Arbeiterwohlfahrt Offenbach am Main",
  "Wohlfahrtsverband mit Beratungsstellen, Kinder- und Jugendhilfe und Seniorenarbeit in Offenbach.",
  "awo-offenbach", src="1310 (nur Art: Wohlfahrtsverbände)")
O("of-vhs", "Volkshochschule Offenbach",
  "Städtische Volkshochschule und einer der großen Träger von Integrations- und Sprachkursen in Offenbach.",
  "vhs-offenbach", src="1310 (nur Art: Träger von Sprach- und Integrationskursen)")
O("of-diakonie", "Diakonisches Werk Offenbach-Dreieich-Rodgau",
  "Evangelischer Wohlfahrtsverband in Stadt und Kreis Offenbach, Träger des Jugendmigrationsdienstes Offenbach.",
  "diakonie-offenbach", parent="diakonie-hessen", src="1310 (nur Art: Wohlfahrtsverbände)")

# --- Wetzlar -----------------------------------------------------------------
O("wz-stadt", "Stadt Wetzlar – Integration und Bildungspartnerschaften",
  "Die Stadt Wetzlar hat ihre Integrationspolitik im Rahmen der „Sozialen Stadt“ und des Landesprogramms „Modellregionen Integration“ neu aufgestellt. "
  "Sie trägt die Bildungspartnerschaften in Stadtteilen mit hohem Anteil zugewanderter Familien und lädt jährlich den Programmbeirat ein.",
  "integration-wetzlar", src="221-223, 486-490, 1366-1372")
O("wz-sportamt", "Sportamt der Stadt Wetzlar",
  "Städtisches Sportamt und Träger des Schulschwimmprojekts „Schwimmi“ für Grundschulkinder.",
  "sportamt-wetzlar", parent="wz-stadt", src="787-791")
O("wz-sportkreis", "Wetzlarer Sportkreis 13",
  "Zusammenschluss der Sportvereine im Raum Wetzlar und Träger des Bewegungsgutscheins für Erstklässlerinnen und Erstklässler.",
  "sportkreis-wetzlar", src="781-785")
O("ldk-diakonie", "Diakonie des Lahn-Dill-Kreises",
  "Evangelischer Wohlfahrtsverband im Lahn-Dill-Kreis und Träger des Peergroup-Projekts „WuSL – Wir helfen uns gegenseitig, Schüler werden zu Lehrenden“.",
  "diakonie-lahn-dill", parent="diakonie-hessen", src="808-831")
O("wz-caritas", "Caritasverband Wetzlar/Lahn-Dill-Eder e. V.",
  "Katholischer Wohlfahrtsverband in Wetzlar und im Lahn-Dill-Kreis mit Migrationsberatung, Sprachcafé und einem Pool von Sprach- und Kulturmittlerinnen.",
  "caritas-wetzlar", parent="caritas-dioezese-limburg")
O("ldk-vhs", "Volkshochschule des Lahn-Dill-Kreises",
  "Volkshochschule des Kreises mit Bildungshaus in Wetzlar; Träger von Integrationskursen und berufsbezogenen Deutschkursen.",
  "vhs-lahn-dill")
O("ldk-jobcenter", "Jobcenter Lahn-Dill",
  "Kommunales Jobcenter des Lahn-Dill-Kreises mit Standort in Wetzlar.",
  "jobcenter-lahn-dill")
O("wz-auslaenderbeirat", "Ausländerbeirat der Stadt Wetzlar",
  "Gewählte Vertretung der ausländischen Einwohnerinnen und Einwohner Wetzlars; lädt zu interkulturellen und interreligiösen Gesprächen ein.",
  "auslaenderbeirat-wetzlar")

# --- Wiesbaden ------------------------------------------------------------
O("wi-stadt", "Landeshauptstadt Wiesbaden",
  "Die Landeshauptstadt hat ihre Integrationspolitik seit 2001 neu ausgerichtet, ein Amt für Zuwanderung und Integration eingerichtet und ein gesamtstädtisches Integrationskonzept mit Integrationsmonitoring beschlossen.",
  "wiesbaden", src="187-191")
O("wi-azi", "Landeshauptstadt Wiesbaden – Amt für Zuwanderung und Integration",
  "Städtisches Amt für Integrationsplanung, Integrationsmonitoring und Beratung. "
  "Es hat die Erstberatung für qualifizierte Zuwanderer aufgebaut und koordiniert das Netzwerk „Anerkennung ausländischer Abschlüsse“.",
  "zuwanderung-wiesbaden", parent="wi-stadt", src="189, 705-713, 1348")
O("wi-asa", "Landeshauptstadt Wiesbaden – Amt für Soziale Arbeit",
  "Städtisches Amt für Kinder-, Jugend- und Familienhilfe, Kitas und soziale Dienste; Mitglied in den Netzwerken „Mehr Männer in Kitas“ und „Kommune goes International“.",
  "soziale-arbeit-wiesbaden", parent="wi-stadt", src="711, 1350, 1352")
O("wi-buergerbuero", "Landeshauptstadt Wiesbaden – Zentrales Bürgerbüro",
  "Das zentrale Bürgerbüro ist ein Beispiel für interkulturelle Öffnung: Die Beschäftigten stammen aus vielen Herkunftsländern und sprechen zusammen zahlreiche Sprachen.",
  "buergerbuero-wiesbaden", parent="wi-stadt", src="1037")
O("wi-personalamt", "Landeshauptstadt Wiesbaden – Personal- und Organisationsamt",
  "Zuständig für Ausbildung, Fortbildung und Personalauswahl der Stadtverwaltung; interkulturelle Kompetenz ist hier Standard in allen Aus- und Fortbildungsprogrammen.",
  "personal-wiesbaden", parent="wi-stadt", src="1035, 1352")
O("wi-frauenbeauftragte", "Landeshauptstadt Wiesbaden – Frauenbeauftragte",
  "Städtische Frauenbeauftragte, Mitglied im Netzwerk „Mehr Männer in Kitas“.",
  "frauenbeauftragte-wiesbaden", parent="wi-stadt", src="1350")
O("wi-gesamtpersonalrat", "Gesamtpersonalrat der Landeshauptstadt Wiesbaden",
  "Interessenvertretung der städtischen Beschäftigten, Mitglied im Netzwerk „Mehr Männer in Kitas“.",
  "gpr-wiesbaden", src="1350")
O("wi-jobcenter", "Jobcenter Wiesbaden",
  "Kommunales Jobcenter der Landeshauptstadt; brachte eine Mitarbeiterin in das Team der Erstberatung für qualifizierte Zuwanderer ein.",
  "jobcenter-wiesbaden", src="709")
O("wi-agentur", "Agentur für Arbeit Wiesbaden",
  "Agentur für Arbeit mit Berufsberatung und Arbeitgeberservice; Partnerin der Erstberatung für qualifizierte Zuwanderer.",
  "arbeitsagentur-wiesbaden", src="709, 711")
O("wi-bauhaus", "Bauhauswerkstätten Wiesbaden",
  "Freier Träger der Jugendberufshilfe mit Werkstätten für Berufsorientierung und Ausbildung; Mitglied der Projektgruppe „Kommune goes International“.",
  "bauhauswerkstaetten-wiesbaden", src="1352")
O("wi-initiative", "Initiative e. V.",
  "Freier Träger in Wiesbaden und Mitglied im Netzwerk „Mehr Männer in Kitas“.",
  "initiative-wiesbaden", src="1350")
O("wi-kiez", "Kiez e. V.",
  "Freier Träger in Wiesbaden und Mitglied im Netzwerk „Mehr Männer in Kitas“.",
  "kiez-wiesbaden", src="1350")
O("wi-arco", "Arco e. V.",
  "Freier Träger in Wiesbaden und Mitglied der Projektgruppe „Kommune goes International“.",
  "arco-wiesbaden", src="1352")
O("wi-caritas", "Caritasverband Wiesbaden-Rheingau-Taunus e. V.",
  "Katholischer Wohlfahrtsverband mit Migrationsberatung und einem ehrenamtlichen Sprachmittlerpool in Wiesbaden.",
  "caritas-wiesbaden", parent="caritas-dioezese-limburg", src="1346 (nur Art: Beratungsstellen, Wohlfahrtsverbände)")
O("wi-vhs", "Volkshochschule Wiesbaden e. V.",
  "Große Volkshochschule und Integrationskursträger in Wiesbaden.",
  "vhs-wiesbaden", src="1346 (nur Art: Integrationskursträger)")

# --- Hochtaunuskreis -------------------------------------------------------
O("htk-leitstelle", "Hochtaunuskreis – Fachbereich Leitstelle Integration",
  "Seit Juli 2011 eigener Fachbereich der Kreisverwaltung in Bad Homburg v. d. Höhe und erste Anlaufstelle für Integrationsfragen im Kreis. "
  "Die Leitstelle vernetzt freie und kommunale Träger, koordiniert die Steuerungsgruppe mit Kommunen und Ausländerbeiräten und hat das Case-Management für Familien im SGB-II-Bezug aufgebaut.",
  "integration-hochtaunus", src="229, 317-321, 502-509, 687-695")
O("htk-ib", "Internationaler Bund – Standort Hochtaunus",
  "Der IB-Standort im Hochtaunuskreis betreibt die Interkulturelle Lotsenvermittlungsstelle „Migranten helfen Migranten“ in Friedrichsdorf, Oberursel und Steinbach.",
  "ib-hochtaunus", parent="ib-ev", src="760-765")
O("htk-vhs", "Volkshochschule Hochtaunus",
  "Volkshochschule des Hochtaunuskreises mit Kurshäusern in Bad Homburg und Oberursel; Trägerin des Projekts „Interkulturelle Kompetenz als Schlüsselqualifikation für Beschäftigte“.",
  "vhs-hochtaunus", src="1072-1078")
O("htk-ab-oberursel", "Ausländerbeirat der Stadt Oberursel (Taunus)",
  "Gewählte Vertretung der ausländischen Einwohnerinnen und Einwohner Oberursels und Mitglied der Steuerungsgruppe der Modellregion.",
  "auslaenderbeirat-oberursel", src="506")
O("htk-ab-friedrichsdorf", "Ausländerbeirat der Stadt Friedrichsdorf",
  "Gewählte Vertretung der ausländischen Einwohnerinnen und Einwohner Friedrichsdorfs und Mitglied der Steuerungsgruppe der Modellregion.",
  "auslaenderbeirat-friedrichsdorf", src="506")
O("htk-ab-steinbach", "Ausländerbeirat der Stadt Steinbach (Taunus)",
  "Gewählte Vertretung der ausländischen Einwohnerinnen und Einwohner Steinbachs und Mitglied der Steuerungsgruppe der Modellregion.",
  "auslaenderbeirat-steinbach", src="506")
O("htk-jobcenter", "Jobcenter Hochtaunus",
  "Kommunales Jobcenter des Hochtaunuskreises (Fachbereich Hilfemanagement) und Partner des Case-Managements für Familien.",
  "jobcenter-hochtaunus", src="693-695, 1074")
O("htk-caritas", "Caritasverband für den Bezirk Hochtaunus e. V.",
  "Katholischer Wohlfahrtsverband im Hochtaunuskreis mit Migrationsberatung und Familientreffs.",
  "caritas-hochtaunus", parent="caritas-dioezese-limburg", src="506 (nur Art: freie Träger)")
O("htk-diakonie", "Diakonisches Werk Hochtaunus",
  "Evangelischer Wohlfahrtsverband im Hochtaunuskreis mit Flüchtlings- und Asylverfahrensberatung und psychosozialer Beratung.",
  "diakonie-hochtaunus", parent="diakonie-hessen", src="506 (nur Art: freie Träger)")
O("htk-neu-anspach", "Stadt Neu-Anspach – Kinder- und Jugendförderung",
  "Kinder- und Jugendförderung der Stadt Neu-Anspach, einer der vier Kommunen der Modellregion im Hochtaunuskreis.",
  "neu-anspach", src="504")

# --- Main-Kinzig-Kreis mit Hanau -----------------------------------------
O("mkk-kreis", "Main-Kinzig-Kreis – Kreisverwaltung",
  "Bevölkerungsstärkster hessischer Landkreis mit Sitz in Gelnhausen. "
  "Sozialamt und Ausländerbehörde tragen gemeinsam das Integrationsbüro; mit der Stadt Hanau besteht eine gemeinsame Lenkungsgruppe.",
  "mkk", src="247-253, 1126")
O("mkk-integrationsbuero", "Integrationsbüro des Main-Kinzig-Kreises",
  "Zentrale Anlaufstelle für migrationsspezifische Fragen aller Bürgerinnen und Bürger im Kreis, gegründet im Programm „Modellregionen Integration“. "
  "Schwerpunkte: Beratung, Vernetzung der Integrationsarbeit in den Kommunen, Anstoß struktureller Veränderungen und kreisweite Projekte wie der Integrationsatlas.",
  "integrationsbuero-mkk", parent="mkk-kreis", src="253, 353-370, 1338-1342, 1360-1364")
O("hu-integration", "Stadt Hanau – Abteilung Umwelt und Integration",
  "Integrationsabteilung der Stadt Hanau. "
  "Sie hat unter anderem die Stadtteilmütter in Lamboy/Tümpelgarten, die Vereinsqualifizierung und gemeinsam mit Hanau Marketing die „Straße der Kulturen“ auf den Weg gebracht.",
  "integration-hanau", src="257-271, 697-703, 746-751, 1324-1332")
O("hu-marketing", "Hanau Marketing GmbH",
  "Stadtmarketinggesellschaft der Stadt Hanau und Partnerin im Projekt zur Stärkung der lokalen Migrantenökonomie.",
  "hanau-marketing", src="699-703")
O("sl-checkin", "Jugendbüro „Check in“ Schlüchtern",
  "Jugendbüro in Schlüchtern mit Beratung im Haus, Streetwork und bedarfsorientierten Veranstaltungen für Jugendliche und lokale Migrantengruppen.",
  "checkin-schluechtern", src="802-806")
O("sl-tik", "Türkisch-Islamischer Kulturverein Schlüchtern",
  "Kultur- und Moscheeverein in Schlüchtern und Partner des Jugendbüros „Check in“, unter anderem beim Frauentreff.",
  "tik-schluechtern", src="804")
O("mt-stadt", "Stadt Maintal – Integration und Vereinsförderung",
  "Die Stadt Maintal hat mit dem Main-Kinzig-Kreis das Projekt „Neue Partnerschaften – Vereine und interkulturelle Öffnung“ durchgeführt und berät Vereine weiterhin bei der interkulturellen Öffnung.",
  "maintal", src="1090-1098")
O("mt-ak-streuobst", "Arbeitskreis Streuobst Maintal",
  "Naturschutzgruppe, die die Streuobstwiesen in Maintal pflegt. "
  "Im Projekt „Neue Partnerschaften“ entstand die Zusammenarbeit mit Bewohnerinnen und Bewohnern des Stadtteils Bischofsheim.",
  "streuobst-maintal", src="1098")
O("drk-gelnhausen", "Deutsches Rotes Kreuz – Kreisverband Gelnhausen e. V.",
  "DRK-Kreisverband mit Migrations- und Flüchtlingsberatung im östlichen Main-Kinzig-Kreis; Mitglied im Netzwerk Migration.",
  "drk-gelnhausen", src="1362")
O("caritas-mkk", "Caritasverband für den Main-Kinzig-Kreis e. V.",
  "Katholischer Wohlfahrtsverband im Main-Kinzig-Kreis mit Migrationsberatung in Hanau und Lernangeboten für Kinder; Mitglied im Netzwerk Migration.",
  "caritas-mkk", parent="caritas-dioezese-fulda", src="1362")
O("ib-hanau", "Internationaler Bund in Hanau",
  "Standort des Internationalen Bundes in Hanau mit dem Jugendmigrationsdienst; Mitglied im Netzwerk Migration.",
  "ib-hanau", parent="ib-ev", src="1362")
O("dw-hanau", "Diakonisches Werk Hanau Stadt und Land",
  "Evangelischer Wohlfahrtsverband in Hanau und im westlichen Main-Kinzig-Kreis mit Migrations- und Flüchtlingsberatung; Mitglied im Netzwerk Migration.",
  "diakonie-hanau", parent="diakonie-hessen", src="1362")
O("dw-gelnhausen", "Diakonisches Werk Gelnhausen",
  "Evangelischer Wohlfahrtsverband im Altkreis Gelnhausen und im Bergwinkel mit Migrationsberatung, auch als Außensprechstunde in Schlüchtern; Mitglied im Netzwerk Migration.",
  "diakonie-gelnhausen", parent="diakonie-hessen", src="1362")
O("hu-vhs", "Volkshochschule Hanau",
  "Städtische Volkshochschule und Integrationskursträger in Hanau.",
  "vhs-hanau")
O("mkk-kca", "Kommunales Center für Arbeit – Jobcenter Main-Kinzig",
  "Kommunales Jobcenter des Main-Kinzig-Kreises mit Standorten unter anderem in Hanau und Gelnhausen.",
  "kca-main-kinzig")
O("er-stadt", "Stadt Erlensee – Soziales und Ehrenamt",
  "Fachbereich der Stadt Erlensee für soziale Angelegenheiten und bürgerschaftliches Engagement; Erlensee ist Partnerkommune der Modellregion.",
  "erlensee", src="249 (Partnerkommune)")
O("wb-stadt", "Stadt Wächtersbach – Gemeinwesenarbeit",
  "Gemeinwesenarbeit der Stadt Wächtersbach, Partnerkommune der Modellregion im ländlich geprägten östlichen Kreisteil.",
  "waechtersbach", src="249 (Partnerkommune)")

# ---------------------------------------------------------------------------
# Locations: slug -> (name, street, postcode, city, access, description, transportation)
# access: "A" lift, "E" ground floor, "R" ramp (step-free); "S" steps, "O" upper floor
#         without lift (not step-free); None = no information.
# ---------------------------------------------------------------------------
LOCATIONS = {}


def L(slug, name, street, plz, city, access, description=None, transportation=None):
    assert slug not in LOCATIONS, slug
    LOCATIONS[slug] = dict(name=name, street=street, plz=plz, city=city, access=access,
                           description=description, transportation=transportation)


# Kassel
L("ks-zukunftsbuero", "Zukunftsbüro der Stadt Kassel", "Demoplatz 1", "34117", "Kassel", "A",
  "Beratungsräume im 2. Obergeschoss, Anmeldung am Empfang.", "Tram 1, 3 und 4, Haltestelle Musterplatz")
L("ks-auslaenderbeirat", "Geschäftsstelle des Ausländerbeirats", "Musterstraße 4", "34117", "Kassel", "A",
  None, "Tram 1, 3 und 4, Haltestelle Musterplatz")
L("ks-self", "SELF-Lernraum Nordstadt", "Beispielweg 14", "34127", "Kassel", "S",
  "Lernraum mit WLAN und Leihlaptops.", "Tram 1, Haltestelle Beispielstraße")
L("ks-sporthalle-nord", "Sporthalle Nordstadt", "Musterallee 30", "34127", "Kassel", "E",
  None, "Bus 10, Haltestelle Musterallee")
L("ks-palais-nord", "SPIEL-RAUM-THEATER im Palais Nord", "Demostraße 8", "34127", "Kassel", "R",
  "Theatersaal und Leseecke im Erdgeschoss.", "Tram 1, Haltestelle Demostraße")
L("ks-museum", "Museumspädagogik, Treffpunkt Museumsfoyer", "Am Musterpark 2", "34131", "Kassel", "A",
  None, "Tram 1, Haltestelle Musterpark")
L("ks-vhs", "VHS-Bildungszentrum Kassel", "Beispielallee 20", "34117", "Kassel", "A",
  "Kursbüro im Erdgeschoss, Kinderbetreuungsraum im 1. Obergeschoss.", "Tram 4 und 8, Haltestelle Beispielallee")
L("ks-caritas", "Caritas-Haus, Fachdienst Migration", "Musterweg 3", "34119", "Kassel", "A",
  None, "Tram 3 und 6, Haltestelle Musterweg")
L("ks-jmd", "Jugendmigrationsdienst Kassel", "Beispielgasse 6", "34123", "Kassel", "O",
  "Beratungsräume im 1. Obergeschoss.", "Tram 4, Haltestelle Beispielgasse")
L("ks-jobcenter", "Jobcenter Stadt Kassel, Standort Mitte", "Demoallee 11", "34121", "Kassel", "A",
  None, "Bus 12 und 16, Haltestelle Demoallee")
L("ks-gesundheitsamt", "Gesundheitsamt, Servicebereich", "Musterring 5", "34125", "Kassel", "A",
  None, "Tram 7, Haltestelle Musterring")

# Offenbach am Main
L("of-integration", "Amt für Arbeitsförderung, Statistik und Integration", "Musterstraße 20", "63065", "Offenbach am Main", "A",
  "Integrationsabteilung im 3. Obergeschoss, Wartebereich mit Spielecke.", "S-Bahn S1 und S2, Haltestelle Musterplatz; Bus 101")
L("of-auslaenderbeirat", "Geschäftsstelle des Ausländerbeirats", "Demoplatz 1", "63065", "Offenbach am Main", "A",
  None, "S-Bahn S1 und S2, Haltestelle Musterplatz")
L("of-stz-mathildenviertel", "Stadtteilzentrum Mathildenviertel", "Beispielstraße 12", "63065", "Offenbach am Main", "E",
  "Offener Treff, Lernraum und Büro des Quartiersmanagements.", "Bus 103, Haltestelle Beispielplatz")
L("of-gs-mathildenviertel", "Grundschule im Mathildenviertel, Elterncafé-Raum", "Beispielstraße 30", "63065", "Offenbach am Main", "S",
  "Eingang über den Schulhof, Raum neben der Schulbibliothek.", "Bus 103, Haltestelle Beispielplatz")
L("of-stz-lauterborn", "Stadtteilzentrum Lauterborn", "Musterweg 3", "63069", "Offenbach am Main", "E",
  None, "Bus 105, Haltestelle Musterweg")
L("of-stz-nordend", "Stadtteilzentrum Nordend", "Demoplatz 5", "63067", "Offenbach am Main", "O",
  "Treffraum im 1. Obergeschoss, Kinderbetreuung im Nebenraum.", "Bus 101, Haltestelle Demoplatz")
L("of-cgil", "CGIL-Bildungswerk, Büro Offenbach", "Beispielgasse 5", "63065", "Offenbach am Main", "S",
  None, "S-Bahn S1 und S2, Haltestelle Musterplatz")
L("of-haus-stadtgeschichte", "Haus der Stadtgeschichte", "Demostraße 2", "63067", "Offenbach am Main", "A",
  "Ausstellungshalle mit Veranstaltungsplattform im Erdgeschoss.", "Bus 102, Haltestelle Demostraße")
L("of-griechische-gemeinde", "Gemeindezentrum der Griechischen Gemeinde", "Beispielweg 9", "63071", "Offenbach am Main", "S",
  None, "Bus 104, Haltestelle Beispielweg")
L("of-jobcenter", "Kommunales Jobcenter, Kundenzentrum", "Musterallee 40", "63065", "Offenbach am Main", "A",
  None, "S-Bahn S1 und S2, Haltestelle Musterallee")
L("of-jugendamt", "Familienbildungsraum im Jugendamt", "Beispielplatz 3", "63069", "Offenbach am Main", "A",
  None, "Bus 105, Haltestelle Beispielplatz")
L("of-caritas", "Caritas-Zentrum Offenbach", "Musterring 14", "63067", "Offenbach am Main", "A",
  None, "Bus 101, Haltestelle Musterring")
L("of-awo", "AWO-Beratungszentrum", "Demoweg 7", "63071", "Offenbach am Main", "R",
  None, "Bus 104, Haltestelle Demoweg")
L("of-vhs", "VHS Offenbach, Kursgebäude", "Beispielallee 1", "63065", "Offenbach am Main", "A",
  None, "S-Bahn S1 und S2, Haltestelle Beispielallee")
L("of-jmd", "Jugendmigrationsdienst Offenbach", "Musterstraße 33", "63075", "Offenbach am Main", "O",
  "Beratungsräume im 2. Obergeschoss.", "Bus 107, Haltestelle Musterstraße")

# Wetzlar
L("wz-stadthaus", "Stadthaus, Integration und Bildungspartnerschaften", "Musterplatz 1", "35578", "Wetzlar", "A",
  None, "Bus 11 und 12, Haltestelle Beispielplatz")
L("wz-gs-niedergirmes", "Grundschule in Niedergirmes, Elterncafé", "Beispielstraße 40", "35576", "Wetzlar", "E",
  "Elterncafé im Pavillon neben dem Haupteingang.", "Bus 13, Haltestelle Beispielstraße")
L("wz-stadtteilbuero-dalheim", "Stadtteilbüro Dalheim", "Demoweg 12", "35578", "Wetzlar", "S",
  "Lernwerkstatt im Hochparterre, fünf Stufen am Eingang.", "Bus 15, Haltestelle Demoweg")
L("wz-hallenbad", "Hallenbad, Lehrschwimmbecken", "Musterweg 8", "35578", "Wetzlar", "R",
  None, "Bus 11, Haltestelle Musterweg")
L("wz-sportkreis", "Geschäftsstelle Sportkreis", "Beispielgasse 3", "35579", "Wetzlar", "S",
  None, "Bus 14, Haltestelle Beispielgasse")
L("ldk-diakonie-wz", "Diakoniezentrum Wetzlar", "Demostraße 21", "35578", "Wetzlar", "A",
  None, "Bus 12, Haltestelle Demostraße")
L("wz-caritas", "Caritashaus Wetzlar", "Musterallee 6", "35576", "Wetzlar", "A",
  None, "Bus 13, Haltestelle Musterallee")
L("ldk-vhs-wz", "VHS-Bildungshaus Wetzlar", "Beispielallee 15", "35578", "Wetzlar", "A",
  None, "Bus 11 und 12, Haltestelle Beispielallee")
L("ldk-jobcenter-wz", "Jobcenter Lahn-Dill, Standort Wetzlar", "Musterring 2", "35576", "Wetzlar", "A",
  None, "Bus 13, Haltestelle Musterring")
L("wz-auslaenderbeirat", "Sitzungsraum des Ausländerbeirats im Stadthaus", "Musterplatz 1", "35578", "Wetzlar", "A",
  "Eingang über den Seiteneingang, Raum im Erdgeschoss.", "Bus 11 und 12, Haltestelle Beispielplatz")

# Wiesbaden
L("wi-azi", "Amt für Zuwanderung und Integration, Beratungszentrum", "Musterstraße 10", "65183", "Wiesbaden", "A",
  None, "Bus 4 und 14, Haltestelle Demoplatz")
L("wi-asa", "Amt für Soziale Arbeit, Servicebereich", "Beispielstraße 22", "65185", "Wiesbaden", "A",
  None, "Bus 1 und 8, Haltestelle Beispielstraße")
L("wi-buergerbuero", "Zentrales Bürgerbüro", "Demoplatz 1", "65183", "Wiesbaden", "A",
  "Wartemarkenautomat mit Anzeige in mehreren Sprachen.", "Bus 4 und 14, Haltestelle Demoplatz")
L("wi-fortbildung", "Städtisches Fortbildungszentrum", "Musterweg 14", "65189", "Wiesbaden", "A",
  None, "Bus 16, Haltestelle Musterweg")
L("wi-familienzentrum", "Familienzentrum Westend", "Demostraße 18", "65195", "Wiesbaden", "E",
  None, "Bus 6, Haltestelle Demostraße")
L("wi-jobcenter", "Jobcenter Wiesbaden, Standort Mitte", "Beispielallee 30", "65185", "Wiesbaden", "A",
  None, "Bus 1 und 8, Haltestelle Beispielallee")
L("wi-agentur", "Agentur für Arbeit, Berufsinformationszentrum", "Musterring 3", "65197", "Wiesbaden", "A",
  None, "Bus 5, Haltestelle Musterring")
L("wi-bauhaus", "Werkstattgebäude Biebrich", "Demoweg 9", "65203", "Wiesbaden", "S",
  "Werkstätten im Hinterhof, zwei Stufen am Eingang.", "Bus 3 und 38, Haltestelle Demoweg")
L("wi-caritas", "Caritas-Beratungszentrum Wiesbaden", "Beispielgasse 7", "65183", "Wiesbaden", "O",
  "Beratungsräume im 1. Obergeschoss.", "Bus 4 und 14, Haltestelle Beispielgasse")
L("wi-vhs", "vhs-Haus Wiesbaden", "Musterallee 2", "65185", "Wiesbaden", "A",
  None, "Bus 1 und 8, Haltestelle Musterallee")

# Hochtaunuskreis
L("htk-landratsamt", "Landratsamt, Leitstelle Integration", "Musterstraße 1", "61352", "Bad Homburg vor der Höhe", "A",
  "Leitstelle im Haus B, 1. Obergeschoss.", "Bus 1 und 11, Haltestelle Beispielplatz")
L("htk-ib-oberursel", "IB-Treffpunkt Oberursel", "Beispielweg 5", "61440", "Oberursel", "S",
  None, "U-Bahn U3, Haltestelle Beispielweg")
L("htk-ib-friedrichsdorf", "Lotsenbüro Friedrichsdorf", "Demoplatz 2", "61381", "Friedrichsdorf", "E",
  None, "S-Bahn S5, Bahnhof Friedrichsdorf, dann 5 Minuten Fußweg")
L("htk-ib-steinbach", "Lotsenbüro Steinbach", "Musterweg 11", "61449", "Steinbach (Taunus)", "E",
  None, "Bus 251, Haltestelle Musterweg")
L("htk-vhs-badhomburg", "VHS Hochtaunus, Kurshaus Bad Homburg", "Beispielallee 4", "61348", "Bad Homburg vor der Höhe", "A",
  "Kinderbetreuungsraum im Erdgeschoss.", "Bus 1, Haltestelle Beispielallee")
L("htk-vhs-oberursel", "VHS Hochtaunus, Kursräume Oberursel", "Musterallee 19", "61440", "Oberursel", "A",
  None, "U-Bahn U3, Haltestelle Musterallee")
L("htk-ab-oberursel", "Rathaus Oberursel, Beiratszimmer", "Demostraße 3", "61440", "Oberursel", "A",
  None, "U-Bahn U3, Haltestelle Demostraße")
L("htk-ab-friedrichsdorf", "Bürgerhaus Friedrichsdorf, Beiratsbüro", "Beispielstraße 7", "61381", "Friedrichsdorf", "R",
  None, "Bus 54, Haltestelle Beispielstraße")
L("htk-jobcenter", "Jobcenter Hochtaunus, Standort Bad Homburg", "Musterring 12", "61350", "Bad Homburg vor der Höhe", "A",
  None, "Bus 2, Haltestelle Musterring")
L("htk-caritas-badhomburg", "Caritas-Beratungsstelle Bad Homburg", "Beispielgasse 2", "61348", "Bad Homburg vor der Höhe", "O",
  "Beratungsräume im 1. Obergeschoss; Termine im Erdgeschoss nach Absprache möglich.", "Bus 1, Haltestelle Beispielgasse")
L("htk-familientreff-neu-anspach", "Familientreff Neu-Anspach", "Demoweg 6", "61267", "Neu-Anspach", "E",
  None, "Bus 57, Haltestelle Demoweg")
L("htk-diakonie", "Diakonie-Beratungszentrum Hochtaunus", "Musterplatz 9", "61352", "Bad Homburg vor der Höhe", "A",
  None, "Bus 11, Haltestelle Musterplatz")
L("htk-sportgelaende-steinbach", "Sportgelände Steinbach", "Am Musterpark 1", "61449", "Steinbach (Taunus)", "E",
  "Kunstrasenplatz mit Umkleiden im Vereinsheim.", "Bus 251, Haltestelle Am Musterpark")
L("htk-jugendhaus-neu-anspach", "Jugendhaus Neu-Anspach", "Beispielring 8", "61267", "Neu-Anspach", "S",
  None, "Bus 57, Haltestelle Beispielring")

# Main-Kinzig-Kreis mit Hanau
L("mkk-integrationsbuero", "Integrationsbüro im Kreishaus Gelnhausen", "Musterstraße 8", "63571", "Gelnhausen", "A",
  "Integrationsbüro im Erdgeschoss, Wartebereich mit Infotheke.", "Bahnhof Gelnhausen, dann Bus 20, Haltestelle Beispielplatz")
L("hu-stadtladen", "Stadtladen Integration Hanau", "Demoplatz 3", "63450", "Hanau", "E",
  None, "Bus 1, 2 und 5, Haltestelle Demoplatz")
L("hu-nachbarschaftshaus", "Nachbarschaftshaus Lamboy/Tümpelgarten", "Beispielstraße 5", "63452", "Hanau", "R",
  "Offener Treff und Beratungsraum im Erdgeschoss.", "Bus 7, Haltestelle Beispielstraße")
L("hu-marketing", "Hanau Marketing, Büro Innenstadt", "Musterweg 2", "63450", "Hanau", "S",
  None, "Bus 1, 2 und 5, Haltestelle Musterweg")
L("sl-checkin", "Jugendbüro „Check in“", "Beispielweg 3", "36381", "Schlüchtern", "S",
  "Offener Bereich im Souterrain, drei Stufen am Eingang.", "Bahnhof Schlüchtern, 8 Minuten Fußweg")
L("sl-sporthalle", "Sporthalle Schlüchtern", "Musterallee 10", "36381", "Schlüchtern", "E",
  None, "Bus 60, Haltestelle Musterallee")
L("sl-tik", "Gemeinde- und Kulturzentrum des Türkisch-Islamischen Kulturvereins", "Demostraße 4", "36381", "Schlüchtern", "S",
  "Frauenraum im Erdgeschoss, Gebetsraum im 1. Obergeschoss.", "Bahnhof Schlüchtern, 10 Minuten Fußweg")
L("mt-vereinsbuero", "Rathaus Maintal, Vereinsbüro", "Musterplatz 1", "63477", "Maintal", "A",
  None, "Bus MKK-31, Haltestelle Musterplatz")
L("mt-streuobstwiese", "Streuobstwiese Bischofsheim, Treffpunkt Gerätehütte", "Musterfeldweg 1", "63477", "Maintal", "S",
  "Treffpunkt an der Gerätehütte; unbefestigter Wiesenweg, festes Schuhwerk empfohlen.", "Bus MKK-31, Haltestelle Musterfeldweg, dann 5 Minuten Fußweg")
L("drk-gelnhausen", "DRK-Beratungszentrum Gelnhausen", "Beispielallee 12", "63571", "Gelnhausen", "A",
  None, "Bahnhof Gelnhausen, 6 Minuten Fußweg")
L("drk-waechtersbach", "DRK-Treff Wächtersbach", "Demoweg 2", "63607", "Wächtersbach", "E",
  None, "Bahnhof Wächtersbach, 5 Minuten Fußweg")
L("caritas-hanau", "Caritas-Zentrum Hanau", "Musterring 9", "63450", "Hanau", "A",
  None, "Bus 1 und 10, Haltestelle Musterring")
L("caritas-erlensee", "Caritas-Lerntreff Erlensee", "Beispielgasse 11", "63526", "Erlensee", "S",
  None, "Bus MKK-22, Haltestelle Beispielgasse")
L("ib-hanau", "IB Jugendmigrationsdienst Hanau", "Demoallee 5", "63454", "Hanau", "A",
  None, "Bus 4, Haltestelle Demoallee")
L("dw-hanau", "Diakonie-Beratungshaus Hanau", "Musterstraße 27", "63456", "Hanau", "A",
  None, "Bus 8, Haltestelle Musterstraße")
L("dw-gelnhausen", "Diakonie Gelnhausen, Beratungsstelle", "Beispielplatz 4", "63571", "Gelnhausen", "O",
  "Beratungsräume im 1. Obergeschoss.", "Bahnhof Gelnhausen, 4 Minuten Fußweg")
L("dw-schluechtern", "Familienzentrum Schlüchtern, Außensprechstunde", "Musterweg 15", "36381", "Schlüchtern", "E",
  None, "Bus 60, Haltestelle Musterweg")
L("hu-vhs", "VHS Hanau, Kurszentrum", "Beispielring 1", "63450", "Hanau", "A",
  "Kinderbetreuungsraum im Erdgeschoss.", "Bus 1, 2 und 5, Haltestelle Beispielring")
L("kca-hanau", "Kommunales Center für Arbeit, Standort Hanau", "Musterallee 44", "63450", "Hanau", "A",
  None, "Bus 1 und 10, Haltestelle Musterallee")
L("er-buergerhaus", "Bürgerhaus Erlensee", "Demoplatz 6", "63526", "Erlensee", "A",
  None, "Bus MKK-22, Haltestelle Demoplatz")
L("wb-garten", "Interkultureller Garten Wächtersbach", "Beispielpfad 1", "63607", "Wächtersbach", "S",
  "Gartengelände mit Schotterwegen und Hochbeeten; Toilette im benachbarten Vereinsheim.", "Bahnhof Wächtersbach, 12 Minuten Fußweg")

# ---------------------------------------------------------------------------
# Services (offers). One S(...) call per offer; the order here is the output order.
# sched: (byday, opens_at, closes_at[, description]), all WEEKLY
# cost:  (option, amount[, amount_description]) in EUR; default: free participation
# tr:    x_translations {lang: (name, description)}
# src:   brochure line numbers the offer is derived from (None = typical everyday offer)
# ---------------------------------------------------------------------------
SERVICES = []


def S(slug, org, name, desc, **kw):
    assert all(s["slug"] != slug for s in SERVICES), slug
    SERVICES.append(dict(slug=slug, org=org, name=name, desc=desc, **kw))


IK_COST = [("Kostenbeitrag je Unterrichtseinheit (ohne Kostenbefreiung)", 2.20, "je Unterrichtseinheit à 45 Minuten"),
           ("Teilnahme mit Kostenbefreiung", 0)]
IK_FEES = ("Zugelassene Teilnehmende ohne Kostenbefreiung zahlen 2,20 Euro je Unterrichtseinheit. "
           "Wer Grundsicherung, Sozialhilfe oder Leistungen nach dem Asylbewerberleistungsgesetz bezieht, kann sich befreien lassen; "
           "bei erfolgreichem Abschluss innerhalb von zwei Jahren kann die Hälfte des Beitrags erstattet werden.")
IK_DOCS = ["Berechtigungsschein oder Verpflichtung zur Teilnahme", "Aufenthaltstitel oder Aufenthaltsgestattung", "Reisepass oder Personalausweis"]
MBE_ELIG = "Zugewanderte ab 27 Jahren, vor allem in den ersten drei Jahren nach der Einreise; bei Bedarf auch länger."

# =============================== Kassel ====================================
S("kassel-beratung-migrantenorganisationen", "ks-zukunftsbuero",
  "Beratung für Migrantenorganisationen und Initiativen",
  "Das Zukunftsbüro berät Migrantenorganisationen, Religionsgemeinschaften und Initiativen, die sich in Kassel für Integration und Zusammenhalt engagieren. "
  "Themen sind zum Beispiel Vereinsgründung, Fördermöglichkeiten, Räume für Veranstaltungen und die Vernetzung mit Stadtteilarbeit und Ämtern. "
  "Neue Initiativen können sich im Arbeitskreis Integration vorstellen und so Partner für ihre Vorhaben finden.",
  locs=["ks-zukunftsbuero"], areas=["06611"], langs=["de", "en", "tr"], hf=["teilhabe", "ehrenamt"], zg=["alle"],
  sched=[("TU,TH", "10:00", "15:00")],
  app="Termin telefonisch oder per E-Mail vereinbaren; Beratung auch vor Ort im Verein möglich.",
  mail="zukunftsbuero", contact="Zukunftsbüro", src="345, 1396-1400", assured="2026-09-14")
S("kassel-rat-der-religionen-dialogabende", "ks-zukunftsbuero",
  "Offene Dialogabende des Rats der Religionen",
  "Der Rat der Religionen, moderiert vom Zukunftsbüro, lädt etwa alle sechs Wochen zu einem offenen Gesprächsabend ein – abwechselnd in einer Kirchengemeinde, einer Moschee, der Synagoge oder einem anderen Gotteshaus. "
  "Vertreterinnen und Vertreter der Religionsgemeinschaften stellen ihren Glauben und ihre Feste vor und beantworten Fragen. "
  "Die Abende sind offen für alle Interessierten, auch für Schulklassen und Konfirmandengruppen; die Termine stehen auf der Website.",
  locs=["ks-zukunftsbuero"], areas=["06611"], langs=["de"], hf=["kultur-religion", "teilhabe"], zg=["alle"],
  app="Ohne Anmeldung; Gruppen ab zehn Personen melden sich bitte vorher per E-Mail an.",
  mail="rat-der-religionen", contact="Geschäftsstelle Rat der Religionen", src="345, 1412")
S("kassel-kultursensible-schule-fortbildung", "ks-zukunftsbuero",
  "Fortbildungsreihe „Kultursensible Schule“",
  "Aus der Projektgruppe „Kultursensible Schule“ heraus bietet das Zukunftsbüro gemeinsam mit Schulen eine Fortbildungsreihe für Lehrkräfte, Schulsozialarbeit und Elternbeiräte an. "
  "Themen sind die Zusammenarbeit mit zugewanderten Eltern, religiöse Feiertage im Schulalltag, Mehrsprachigkeit im Unterricht und das Erkennen von Diskriminierung. "
  "Die Nachmittagsmodule sind einzeln buchbar und werden als Lehrkräftefortbildung anerkannt.",
  locs=["ks-zukunftsbuero"], areas=["06611"], langs=["de"], hf=["interkulturelle-oeffnung", "bildung"], zg=["fachkraefte"],
  sched=[("WE", "15:00", "18:00", "Termine während der Schulzeit, je Halbjahr vier Module")],
  app="Anmeldung über das Fortbildungsportal der Schule oder per E-Mail an das Zukunftsbüro.",
  mail="kultursensible-schule", contact="Projektgruppe Kultursensible Schule", src="345, 1414", assured="2026-02-03")
S("kassel-sprechstunde-auslaenderbeirat", "ks-auslaenderbeirat",
  "Bürgersprechstunde des Ausländerbeirats",
  "Mitglieder des Ausländerbeirats nehmen Anliegen, Beschwerden und Anregungen von Kasseler Einwohnerinnen und Einwohnern mit Migrationsgeschichte auf – etwa bei Problemen mit Behörden, nach Erfahrungen mit Diskriminierung oder mit Ideen für den Stadtteil. "
  "Der Beirat leitet Anliegen an die zuständigen Stellen weiter und bringt sie in die Stadtpolitik ein. "
  "Die Sprechstunde ist offen und kostenlos.",
  locs=["ks-auslaenderbeirat"], areas=["06611"], langs=["de", "tr", "ar", "ru"], hf=["teilhabe", "antidiskriminierung"], zg=["alle", "neuzugewanderte"],
  sched=[("WE", "17:00", "19:00")],
  interp="Beiratsmitglieder sprechen Türkisch, Arabisch und Russisch; für weitere Sprachen bitte vorher Bescheid geben.",
  app="Ohne Anmeldung zur Sprechstunde kommen oder ein Anliegen per E-Mail schicken.",
  mail="sprechstunde", contact="Geschäftsstelle Ausländerbeirat", src="277, 1396, 1410")
S("kassel-bildungsmentoring-oberstufe", "ks-self",
  "Bildungsmentoring für Oberstufenschülerinnen und -schüler",
  "Jugendliche mit Migrationsgeschichte und junge Geflüchtete in der gymnasialen Oberstufe oder Fachoberschule bekommen eine persönliche Mentorin oder einen Mentor, meist Studierende der Universität Kassel. "
  "Gemeinsam wird gelernt, es gibt Nachhilfe in einzelnen Fächern, und der Weg zu Abitur, Studium oder qualifizierter Ausbildung wird Schritt für Schritt geplant. "
  "Dazu vermittelt der Verein Praktika und Workcamps in den Ferien. "
  "Nach einem kurzen Anmeldebogen folgt ein Kennenlerngespräch.",
  alt="Fuß fassen durch Bildungserfolg",
  locs=["ks-self"], areas=["06611"], langs=["de", "en", "ar", "fa"], hf=["bildung"], zg=["jugendliche", "gefluechtete"],
  sched=[("MO,WE", "15:00", "18:00", "Lernraum geöffnet; Einzeltreffen nach Absprache")],
  min_age=15, max_age=21, elig="Schülerinnen und Schüler ab Klasse 10 mit Migrations- oder Fluchtgeschichte, die Abitur oder Fachabitur anstreben.",
  app="Anmeldebogen auf der Website ausfüllen oder im Lernraum vorbeikommen; danach Kennenlerngespräch.",
  mail="mentoring", contact="Mentoring-Team", vfrom="2014-01-01", src="721-738")
S("kassel-bildungsmentorin-werden", "ks-self",
  "Ehrenamtlich Bildungsmentorin oder -mentor werden",
  "SELF Kassel e. V. sucht Studierende und Berufstätige, die eine Jugendliche oder einen Jugendlichen mit Migrationsgeschichte ein bis zwei Stunden pro Woche beim Lernen und bei der Studien- und Berufswahl begleiten. "
  "Eine Einführungsschulung zu Lernbegleitung, interkultureller Kommunikation und dem Umgang mit Fluchterfahrungen ist Voraussetzung und kostenlos. "
  "Mentorinnen und Mentoren treffen sich monatlich zum Austausch und erhalten eine Bescheinigung über ihr Engagement.",
  locs=["ks-self"], areas=["06611"], langs=["de", "en"], hf=["ehrenamt", "bildung"], zg=["alle"],
  sched=[("TH", "18:00", "20:00", "Infoabend und Einführungsschulung")],
  app="Zum Infoabend kommen oder per E-Mail melden; vor dem ersten Einsatz ist ein erweitertes Führungszeugnis nötig.",
  docs=["Erweitertes Führungszeugnis"], mail="mitmachen", contact="Mentoring-Team", src="726-728")
S("kassel-integration-durch-sport-frauen", "sportjugend-hessen",
  "Integration durch Sport: Gymnastik und Fitness für Frauen",
  "In der Sporthalle Nordstadt leiten Übungsleiterinnen, die selbst eine Migrationsgeschichte haben und im Programm „Integration durch Sport“ ausgebildet wurden, ein offenes Gymnastik- und Fitnessangebot nur für Frauen. "
  "Die Halle ist während der Stunde blickgeschützt, Sportkleidung nach eigener Wahl ist willkommen. "
  "Neue Teilnehmerinnen können viermal kostenlos schnuppern; danach ist eine Mitgliedschaft im Stützpunktverein nötig.",
  locs=["ks-sporthalle-nord"], areas=["06611"], langs=["de", "tr", "ar", "ru"], hf=["sport", "gesundheit"], zg=["frauen"],
  sched=[("FR", "18:00", "19:30")],
  cost=[("Schnuppertraining (viermal)", 0), ("Vereinsbeitrag", 15, "pro Monat; ermäßigter Beitrag auf Antrag")],
  fees="Die ersten vier Termine sind kostenlos, danach beträgt der Vereinsbeitrag 15 Euro im Monat. Mit Kassel-Pass oder Bildungs- und Teilhabepaket kann der Beitrag übernommen werden.",
  min_age=16, app="Einfach mit Sportkleidung und Getränk vorbeikommen.", mail="kassel", contact="Stützpunktkoordination",
  src="775-779")
S("kassel-fortbildung-sport-interkulturell", "lsb-hessen",
  "Fortbildung „Sport interkulturell“ für Vereine",
  "Der Landessportbund Hessen qualifiziert Vereinsvorstände, Übungsleitende und ehrenamtliche Helferinnen und Helfer zum Thema „Sport interkulturell“. "
  "In zwei Abendmodulen und einem Praxistag geht es um Vielfalt im Verein, die Ansprache neuer Mitglieder, den Umgang mit Konflikten und kultursensible Angebote, etwa für Mädchen und Frauen. "
  "Die Fortbildung wird zur Verlängerung der Übungsleiterlizenz anerkannt.",
  locs=["ks-sporthalle-nord"], areas=["06611"], langs=["de"], hf=["interkulturelle-oeffnung", "sport"], zg=["fachkraefte"],
  sched=[("TU", "18:30", "21:00", "Abendmodule; Praxistag an einem Samstag")],
  cost=[("Teilnahme für Mitgliedsvereine", 0), ("Teilnahme für Nichtmitglieder", 30, "je Person für die gesamte Fortbildung")],
  app="Anmeldung über das Bildungsportal des Landessportbunds bis zwei Wochen vor Beginn.",
  mail="bildung", contact="Bildungsreferat", src="775, 1413")
S("kassel-kunst-des-erzaehlens-kita", "ks-palais-nord",
  "Die Kunst des Erzählens – Theaterpädagogische Sprachförderung in Kitas",
  "Theaterpädagoginnen und -pädagogen des SPIEL-RAUM-THEATERS kommen in Kasseler Kindertagesstätten und spielen mit Kleingruppen Geschichten, Märchen und Reime, die die Kinder nacherzählen und als kleine Stücke aufführen. "
  "So wächst der Wortschatz spielerisch, gerade auch bei Kindern, die zu Hause eine andere Sprache sprechen. "
  "Erzieherinnen und Erzieher werden in Erzähltechniken geschult und erhalten einen Erzählleitfaden; Kitas können sich jeweils für das kommende Kindergartenjahr bewerben.",
  locs=["ks-palais-nord"], areas=["06611"], langs=["de"], hf=["sprachfoerderung", "bildung"], zg=["kinder", "fachkraefte"],
  min_age=3, max_age=6,
  app="Kitas bewerben sich bis zum 31. Mai per E-Mail für das folgende Kindergartenjahr.",
  mail="erzaehlen", contact="Theaterpädagogik", vfrom="2010-09-01", src="898-926")
S("kassel-erzaehlabende-familien", "ks-palais-nord",
  "Erzählabende und Bücherausleihe für Familien",
  "Jeden Donnerstag öffnet das Theater am späten Nachmittag seine Leseecke für Familien: Eltern und Kinder hören Geschichten, erzählen selbst – gern auch in ihrer Familiensprache – und leihen kostenlos Bilderbücher aus, darunter viele zweisprachige. "
  "Einmal im Monat besuchen die Familien gemeinsam eine Kindervorstellung. "
  "So finden Bücher und Geschichten den Weg in die Familien.",
  locs=["ks-palais-nord"], areas=["06611"], langs=["de", "tr", "ar", "ru"], hf=["sprachfoerderung", "kultur-religion"], zg=["eltern", "kinder"],
  sched=[("TH", "16:30", "18:00")], min_age=3, max_age=10,
  app="Ohne Anmeldung; für die Theaterbesuche bitte einen Platz reservieren.", mail="familien", contact="Theaterpädagogik",
  src="912-916")
S("kassel-abenteuer-museum-familiensonntag", "ks-museumslandschaft",
  "Abenteuer Museum – Familiensonntag",
  "Jeden Sonntagnachmittag laden Kultur-Scouts Familien zu einem Entdeckungsrundgang mit anschließender Kreativwerkstatt ein. "
  "Die Themen knüpfen an die Lebenserfahrungen der Kinder an, etwa Stoffe und Muster aus aller Welt oder die Märchen der Brüder Grimm und ihre Verwandten in anderen Kulturen. "
  "Kinder haben freien Eintritt, Erwachsene zahlen den ermäßigten Familieneintritt.",
  locs=["ks-museum"], areas=["06611"], langs=["de", "en", "tr"], hf=["kultur-religion", "bildung"], zg=["kinder", "eltern"],
  sched=[("SU", "14:00", "16:00")],
  cost=[("Eintritt Kinder und Jugendliche bis 18 Jahre", 0), ("Familieneintritt Erwachsene", 4, "je erwachsene Person")],
  min_age=5, max_age=12, app="Ohne Anmeldung; Treffpunkt im Museumsfoyer.", mail="vermittlung", contact="Museumspädagogik",
  src="847-865")
S("kassel-abenteuer-museum-grundschulen", "ks-museumslandschaft",
  "Abenteuer Museum für Grundschulklassen",
  "Grundschulen, Horte und schulnahe Gruppen können gemeinsam mit Museum und Kultur-Scouts ein eigenes Kreativprojekt entwickeln – von der Museumsrallye bis zur kleinen Ausstellung der Kinder. "
  "Die Projekte setzen an den interkulturellen Lebenserfahrungen der Kinder an und laufen meist über drei bis fünf Vormittage. "
  "Für Kasseler Grundschulen ist das Angebot kostenlos.",
  locs=["ks-museum"], areas=["06611"], langs=["de"], hf=["bildung", "kultur-religion"], zg=["kinder"],
  sched=[("TU,WE,TH", "09:00", "12:00")], min_age=6, max_age=10,
  app="Lehrkräfte melden ihre Klasse per E-Mail an; ein Vorgespräch klärt Thema und Termine.",
  mail="schulen", contact="Museumspädagogik", vfrom="2014-01-01", src="849-865")
S("kassel-integrationskurs-allgemein", "ks-vhs",
  "Integrationskurs (allgemein) mit Orientierungskurs",
  "Der Integrationskurs besteht aus einem Sprachkurs mit 600 Unterrichtseinheiten bis zum Niveau B1 und einem Orientierungskurs mit 100 Unterrichtseinheiten über Geschichte, Rechtsordnung und Zusammenleben in Deutschland. "
  "Vormittags- und Abendkurse beginnen laufend; vorher macht die VHS einen kostenlosen Einstufungstest. "
  "Den Abschluss bilden der „Deutsch-Test für Zuwanderer“ und der Test „Leben in Deutschland“.",
  alt="Deutschkurs (Integrationskurs)",
  locs=["ks-vhs"], areas=["06611"], langs=["de", "en", "ar", "uk"], hf=["sprachfoerderung"], zg=["neuzugewanderte", "gefluechtete"],
  sched=[("MO,TU,WE,TH,FR", "08:30", "12:45", "Vormittagskurs"), ("MO,TU,WE,TH", "18:00", "21:15", "Abendkurs")],
  cost=IK_COST, fees=IK_FEES, docs=IK_DOCS, min_age=16,
  interp="Unterricht auf Deutsch; Beratung zur Anmeldung auch auf Englisch, Arabisch und Ukrainisch.",
  app="Termin für den kostenlosen Einstufungstest im Kursbüro vereinbaren und die Teilnahmeberechtigung mitbringen. Wer keine hat, kann sie mit Hilfe der VHS beim BAMF beantragen.",
  mail="integrationskurse", contact="Kursbüro Integration",
  tr={"en": ("Integration course (general) with orientation course",
             "The integration course consists of a language course of 600 lessons up to level B1 and an orientation course of 100 lessons on history, the legal system and living together in Germany. "
             "Morning and evening courses start on a rolling basis; beforehand the adult education centre carries out a free placement test. "
             "The course ends with the “German Test for Immigrants” and the “Life in Germany” test."),
      "uk": ("Інтеграційний курс (загальний) з орієнтаційним курсом",
             "Інтеграційний курс складається з мовного курсу обсягом 600 навчальних годин до рівня B1 та орієнтаційного курсу обсягом 100 навчальних годин про історію, правову систему та спільне життя в Німеччині. "
             "Ранкові та вечірні курси починаються регулярно; перед початком народна вища школа (VHS) безкоштовно проводить тест на визначення рівня. "
             "Курс завершується тестом «Deutsch-Test für Zuwanderer» та тестом «Leben in Deutschland».")})
S("kassel-frauenintegrationskurs-kinderbetreuung", "ks-vhs",
  "Frauen- und Elternintegrationskurs mit Kinderbetreuung",
  "Dieser Integrationskurs richtet sich an Mütter und Frauen, die wegen der Familie bisher keinen Deutschkurs besuchen konnten. "
  "Gelernt wird in einer kleineren Gruppe mit Alltagsthemen wie Kita, Schule, Arztbesuch und Behörden; der Kurs umfasst 1.000 Unterrichtseinheiten und findet nur vormittags statt. "
  "Während des Unterrichts werden Kinder unter drei Jahren im Haus kostenlos betreut.",
  alt="Deutschkurs für Frauen mit Kinderbetreuung",
  locs=["ks-vhs"], areas=["06611"], langs=["de", "ar", "tr", "fa"], hf=["sprachfoerderung"], zg=["frauen", "eltern"],
  sched=[("MO,TU,WE,TH", "09:00", "12:00")], cost=IK_COST, fees=IK_FEES, docs=IK_DOCS,
  interp="Unterricht auf Deutsch; bei der Anmeldung helfen Kolleginnen auf Arabisch, Türkisch und Farsi.",
  app="Persönlich im Kursbüro anmelden; Plätze in der Kinderbetreuung bitte gleich mit reservieren.",
  mail="integrationskurse", contact="Kursbüro Integration")
S("kassel-migrationsberatung-erwachsene", "ks-caritas",
  "Migrationsberatung für erwachsene Zuwanderer (MBE)",
  "Die Migrationsberatung unterstützt Zugewanderte ab 27 Jahren in den ersten Jahren in Kassel bei Fragen zu Aufenthalt, Integrationskurs, Arbeit, Wohnung, Gesundheit und Familie. "
  "Gemeinsam mit der Beraterin oder dem Berater wird ein persönlicher Plan erstellt; Anträge und Behördenschreiben werden erklärt. "
  "Die Beratung ist kostenlos und vertraulich – dienstags offene Sprechstunde, sonst nach Terminvereinbarung.",
  alt="Migrationsberatung",
  locs=["ks-caritas"], areas=["06611"], langs=["de", "tr", "ar", "ru", "uk"], hf=["jugend-soziales", "arbeit"], zg=["neuzugewanderte", "alle"],
  sched=[("TU", "09:00", "12:00", "Offene Sprechstunde"), ("TH", "13:00", "16:00", "Nach Terminvereinbarung")],
  min_age=27, elig=MBE_ELIG, docs=["Aufenthaltstitel oder Ankunftsnachweis", "Aktuelle Schreiben von Behörden"],
  app="Dienstags ohne Termin vorbeikommen, sonst telefonisch oder per E-Mail einen Termin vereinbaren.",
  mail="migrationsberatung", contact="Fachdienst Migration",
  tr={"en": ("Migration counselling for adult immigrants (MBE)",
             "Migration counselling supports immigrants aged 27 and over during their first years in Kassel with questions about residence, integration courses, work, housing, health and family. "
             "Together with your counsellor you draw up a personal plan; applications and letters from authorities are explained. "
             "Counselling is free and confidential – open consultation hours on Tuesdays, otherwise by appointment."),
      "ar": ("استشارة الهجرة للمهاجرين البالغين (MBE)",
             "تدعم استشارة الهجرة المهاجرين الذين تبلغ أعمارهم 27 عامًا فأكثر خلال سنواتهم الأولى في كاسل في المسائل المتعلقة بالإقامة ودورة الاندماج والعمل والسكن والصحة والأسرة. "
             "يتم وضع خطة شخصية بالتعاون مع المستشارة أو المستشار، كما يتم شرح الطلبات ورسائل الدوائر الرسمية. "
             "الاستشارة مجانية وسرية – ساعات استقبال مفتوحة أيام الثلاثاء، وفي الأوقات الأخرى بموعد مسبق.")})
S("kassel-kultursensible-seniorenberatung", "ks-caritas",
  "Kultursensible Beratung für ältere Migrantinnen und Migranten",
  "Viele Menschen, die einst als Gastarbeiterinnen und Gastarbeiter oder als Spätaussiedler nach Kassel kamen, sind heute im Rentenalter. "
  "Die Beratung informiert in vertrauter Sprache über Pflegegrad, Pflegedienste, Tagespflege, Rente und Schwerbehindertenausweis und begleitet auf Wunsch zu Terminen. "
  "Angehörige sind ausdrücklich eingeladen; Hausbesuche sind nach Absprache möglich.",
  locs=["ks-caritas"], areas=["06611"], langs=["de", "tr", "ru", "it"], hf=["gesundheit", "jugend-soziales"], zg=["senioren"],
  sched=[("TH", "09:00", "12:00")], min_age=60,
  app="Termin telefonisch vereinbaren; Hausbesuche auf Anfrage.", mail="senioren", contact="Fachdienst Migration",
  assured="2025-03-18")
S("kassel-jugendmigrationsdienst", "ks-diakonie",
  "Jugendmigrationsdienst (JMD) Kassel",
  "Der Jugendmigrationsdienst begleitet junge Menschen mit Migrationsgeschichte zwischen 12 und 27 Jahren beim Ankommen in Kassel. "
  "Die Beraterinnen und Berater helfen bei Schule, Ausbildung und Studium, bei der Anerkennung von Zeugnissen, bei Bewerbungen und bei persönlichen Sorgen. "
  "Dazu kommen Gruppenangebote wie Bewerbungstrainings und gemeinsame Ausflüge. "
  "Beratung nach Terminvereinbarung, auf Wunsch auch per Videogespräch.",
  locs=["ks-jmd"], areas=["06611"], langs=["de", "en", "ar", "fa", "uk"], hf=["jugend-soziales", "bildung", "arbeit"], zg=["jugendliche", "neuzugewanderte"],
  sched=[("MO,TU,WE,TH", "10:00", "16:00"), ("FR", "10:00", "13:00")], min_age=12, max_age=27,
  app="Termin per Telefon, E-Mail oder Messenger vereinbaren.", mail="jmd", contact="Team Jugendmigrationsdienst",
  src="738 (nur Art: Jugendmigrationsdienste)",
  tr={"en": ("Youth Migration Service (JMD) Kassel",
             "The Youth Migration Service supports young people with a migration background aged 12 to 27 as they settle in Kassel. "
             "Counsellors help with school, vocational training and university, with the recognition of school certificates, with job applications and with personal worries. "
             "There are also group activities such as application training and joint outings. "
             "Counselling by appointment, also by video call on request."),
      "fa": ("خدمات مهاجرتی جوانان (JMD) کاسل",
             "خدمات مهاجرتی جوانان، جوانان ۱۲ تا ۲۷ سالهٔ دارای پیشینهٔ مهاجرت را در مسیر جا افتادن در کاسل همراهی می‌کند. "
             "مشاوران در امور مدرسه، کارآموزی و تحصیل دانشگاهی، به رسمیت شناختن مدارک تحصیلی، نوشتن درخواست کار و نگرانی‌های شخصی کمک می‌کنند. "
             "علاوه بر این، برنامه‌های گروهی مانند آموزش درخواست کار و گردش‌های مشترک برگزار می‌شود. "
             "مشاوره با تعیین وقت قبلی انجام می‌شود و در صورت تمایل به‌صورت تماس تصویری نیز ممکن است.")})
S("kassel-arbeitsmarktberatung-gefluechtete", "ks-jobcenter",
  "Arbeitsmarktberatung für Geflüchtete und Neuzugewanderte",
  "Ein spezialisiertes Team im Jobcenter berät Leistungsberechtigte mit Fluchtgeschichte zu Sprachkursen, zur Anerkennung mitgebrachter Abschlüsse, zu Praktika, Ausbildung und Arbeitsaufnahme. "
  "Gemeinsam wird festgelegt, welche Schritte als Nächstes sinnvoll sind, zum Beispiel ein Berufssprachkurs oder eine Probebeschäftigung. "
  "Bei Bedarf organisiert das Jobcenter eine Sprachmittlung.",
  locs=["ks-jobcenter"], areas=["06611"], langs=["de", "ar", "fa", "uk", "en"], hf=["arbeit"], zg=["gefluechtete", "neuzugewanderte"],
  sched=[("MO,TU,TH", "08:00", "12:00"), ("TH", "14:00", "17:30")],
  elig="Personen, die Leistungen nach dem SGB II vom Jobcenter Stadt Kassel erhalten.",
  interp="Sprachmittlung auf Arabisch, Farsi/Dari und Ukrainisch wird bei Bedarf organisiert.",
  docs=["Aufenthaltstitel", "Aktueller Leistungsbescheid", "Zeugnisse und Nachweise über Berufserfahrung"],
  app="Termin über die persönliche Ansprechperson im Jobcenter oder am Empfang vereinbaren.",
  mail="integration", contact="Team Arbeitsmarktintegration")
S("kassel-gesundheitslotsen", "ks-gesundheitsamt",
  "Interkulturelle Gesundheitslotsinnen und -lotsen",
  "Geschulte Gesundheitslotsinnen und -lotsen mit eigener Migrationsgeschichte informieren in Vereinen, Moscheegemeinden, Sprachkursen und Elterncafés über das deutsche Gesundheitssystem. "
  "Themen sind Vorsorgeuntersuchungen für Kinder, Impfungen, der Umgang mit der Krankenkasse und der ärztliche Bereitschaftsdienst. "
  "Gruppen können kostenlos eine Informationsveranstaltung in ihrer Sprache anfragen; wer selbst Lotsin oder Lotse werden möchte, wird geschult.",
  locs=["ks-gesundheitsamt"], areas=["06611"], langs=["de", "tr", "ar", "ru", "fa", "uk"], hf=["gesundheit", "ehrenamt"], zg=["alle", "eltern"],
  sched=[("WE", "10:00", "12:00", "Telefonische Sprechzeit für Anfragen")],
  app="Veranstaltungen per E-Mail oder in der telefonischen Sprechzeit anfragen.",
  mail="gesundheitslotsen", contact="Koordination Gesundheitslotsen", vfrom="2024-01-01", vto="2027-12-31")

# =============================== Offenbach ==================================
S("offenbach-welcome-sprechstunde", "of-integration",
  "Welcome-Sprechstunde für Neuzugewanderte",
  "Wer neu in Offenbach ist, bekommt in der Welcome-Sprechstunde einen ersten Überblick: Wo melde ich mich an, wo finde ich einen Deutschkurs, einen Kita- oder Schulplatz, eine Migrationsberatung oder einen Sportverein? "
  "Das Team der Integrationsabteilung erklärt die nächsten Schritte, gibt mehrsprachige Infomaterialien mit und vermittelt an die passenden Stellen. "
  "Kommen Sie einfach ohne Termin vorbei – die Beratung ist kostenlos.",
  locs=["of-integration"], areas=["06413"], langs=["de", "en", "tr", "ar", "ro", "bg"], hf=["teilhabe", "jugend-soziales"], zg=["neuzugewanderte"],
  sched=[("MO,WE", "09:00", "12:00"), ("TH", "15:00", "18:00")],
  app="Ohne Termin während der Sprechzeiten kommen.", mail="welcome", contact="Integrationsabteilung", src="209 (Integrationsabteilung)",
  tr={"en": ("Welcome consultation for newcomers",
             "If you are new to Offenbach, the welcome consultation gives you a first overview: where do I register, where can I find a German course, a place in a daycare centre or school, migration counselling or a sports club? "
             "The team of the integration department explains the next steps, hands out multilingual information material and refers you to the right services. "
             "Just drop in without an appointment – the consultation is free of charge."),
      "tr": ("Yeni gelenler için hoş geldin danışma saati",
             "Offenbach'a yeni gelenler, hoş geldin danışma saatinde ilk genel bilgileri alır: Nereye kayıt yaptırırım, Almanca kursu, kreş veya okul yeri, göç danışmanlığı ya da spor kulübü nerede bulurum? "
             "Entegrasyon biriminin ekibi sonraki adımları açıklar, çok dilli bilgi materyalleri verir ve sizi doğru yerlere yönlendirir. "
             "Randevu almadan gelebilirsiniz – danışmanlık ücretsizdir.")})
S("offenbach-fortbildung-interkulturelle-kompetenz", "of-integration",
  "Fortbildung Interkulturelle Kompetenz für Beschäftigte der Stadtverwaltung",
  "Die jährliche Fortbildungsreihe richtet sich an Beschäftigte der Stadtverwaltung und der städtischen Gesellschaften, vor allem in publikumsintensiven Bereichen wie Bürgerbüro, Ausländerbehörde oder Jugendamt. "
  "In praxisnahen Modulen geht es um Kommunikation in kulturellen Überschneidungssituationen, den Abbau von Zugangsbarrieren und den Umgang mit Sprachbarrieren im Kundenkontakt. "
  "Die Reihe wird gemeinsam mit der Personal- und Organisationsentwicklung angeboten.",
  locs=["of-integration"], areas=["06413"], langs=["de"], hf=["interkulturelle-oeffnung"], zg=["fachkraefte"],
  sched=[("TU", "09:00", "16:00", "Ganztägige Module, vier Termine im Jahr")],
  elig="Beschäftigte der Stadt Offenbach und der städtischen Gesellschaften.",
  app="Anmeldung über das interne Fortbildungsprogramm der Personal- und Organisationsentwicklung.",
  mail="fortbildung", contact="Integrationsabteilung", src="1139-1147")
S("offenbach-qualifizierung-migrantenvereine", "of-integration",
  "Qualifizierung und Kompetenzentwicklung für Migrantenvereine",
  "Vereine und Gemeinden, die im „Kompetenzteam Zusammenleben“ mitarbeiten, können an einer Workshopreihe zu Vereinsrecht, Finanzen und Fördermitteln, Öffentlichkeitsarbeit und Projektmanagement teilnehmen. "
  "Nach einer städtischen Richtlinie gibt es außerdem Zuschüsse für gemeinsame Projekte zu integrationsrelevanten Themen. "
  "Die Workshops finden samstags statt, damit auch Ehrenamtliche mit Vollzeitjob teilnehmen können.",
  locs=["of-integration"], areas=["06413"], langs=["de", "tr", "ar"], hf=["ehrenamt", "teilhabe"], zg=["alle"],
  sched=[("SA", "10:00", "14:00", "Workshopreihe, etwa einmal im Monat")],
  elig="Migrantenorganisationen, Moschee- und Kirchengemeinden sowie Kulturvereine mit Sitz in Offenbach.",
  app="Interessierte Vereine melden sich per E-Mail; Förderanträge bis 31. März und 30. September.",
  mail="kompetenzteam", contact="Geschäftsstelle Kompetenzteam Zusammenleben", vto="2026-12-31", src="636-640")
S("offenbach-sprechstunde-auslaenderbeirat", "of-auslaenderbeirat",
  "Sprechstunde des Ausländerbeirats",
  "In der Sprechstunde hören Mitglieder des Ausländerbeirats zu, wenn es um Probleme mit Behörden, um Ungleichbehandlung oder um Anliegen aus dem Stadtteil geht. "
  "Der Beirat gibt Anliegen an Stadtverordnete, Magistrat und Fachämter weiter und erklärt, wie man sich selbst politisch einbringen kann, etwa bei der Ausländerbeiratswahl. "
  "Die Sprechstunde ist offen für alle Offenbacherinnen und Offenbacher.",
  locs=["of-auslaenderbeirat"], areas=["06413"], langs=["de", "tr", "el", "it", "ar"], hf=["teilhabe", "antidiskriminierung"], zg=["alle"],
  sched=[("MO", "17:00", "19:00")],
  app="Ohne Anmeldung vorbeikommen oder vorab eine E-Mail schreiben.", mail="sprechstunde", contact="Geschäftsstelle Ausländerbeirat",
  src="638")
S("offenbach-hausaufgabenhilfe-mathildenviertel", "of-quartiersmanagement",
  "Hausaufgabenhilfe im Stadtteilzentrum Mathildenviertel",
  "Grundschulkinder und Kinder der Klassen 5 und 6 bekommen montags bis donnerstags nach der Schule Unterstützung bei den Hausaufgaben. "
  "Ehrenamtliche Lernpatinnen und -paten sowie Honorarkräfte üben in kleinen Gruppen Lesen, Rechnen und Deutsch; zwischendurch gibt es einen Obstsnack. "
  "Die Teilnahme ist kostenlos, die Eltern melden ihr Kind im Stadtteilzentrum an und können jederzeit zu einem Gespräch vorbeikommen.",
  alt="Nachhilfe und Lernhilfe für Kinder",
  locs=["of-stz-mathildenviertel"], areas=["06413"], langs=["de", "tr", "ar"], hf=["bildung", "sprachfoerderung"], zg=["kinder"],
  sched=[("MO,TU,WE,TH", "14:00", "16:30")], min_age=6, max_age=12,
  interp="Die Betreuung ist auf Deutsch; für Elterngespräche helfen Ehrenamtliche auf Türkisch und Arabisch.",
  app="Anmeldung durch die Eltern im Stadtteilzentrum; bitte das letzte Zeugnis mitbringen.",
  mail="mathildenviertel", contact="Quartiersmanagement Mathildenviertel", src="936")
S("offenbach-elterncafe-mathildenschule", "of-quartiersmanagement",
  "Elterncafé im Mathildenviertel",
  "Jeden Mittwochmorgen treffen sich Mütter und Väter nach dem Bringen der Kinder im Elterncafé der Grundschule zu Kaffee, Tee und Austausch. "
  "Regelmäßig kommen Gäste, etwa von der Erziehungsberatung, der Schulsozialarbeit oder der Stadtbibliothek, und sprechen über Schulanmeldung, Zeugnisse, Medienerziehung oder den Übergang in die weiterführende Schule. "
  "Kleine Geschwisterkinder dürfen mitgebracht werden, und Eltern übersetzen füreinander.",
  locs=["of-gs-mathildenviertel"], areas=["06413"], langs=["de", "tr", "ar", "bg", "ro"], hf=["bildung", "teilhabe"], zg=["eltern"],
  sched=[("WE", "08:15", "10:00")],
  app="Ohne Anmeldung; einfach vorbeikommen.", mail="mathildenviertel", contact="Quartiersmanagement Mathildenviertel",
  src="936")
S("offenbach-quartiersfamilien", "of-quartiersmanagement",
  "Quartiersfamilien – ehrenamtlich aktiv im Stadtteil",
  "Als Quartiersfamilie übernehmen Nachbarinnen und Nachbarn jeder Herkunft kleine Aufgaben für ein gutes Zusammenleben: Sie begrüßen neu Zugezogene, organisieren Hoffeste, Lesungen und Sportnachmittage oder begleiten Familien zu Angeboten im Quartier. "
  "Das Quartiersmanagement unterstützt mit Ideen, Material und kleinen Budgets. "
  "Wer mitmachen möchte, kommt zum offenen Treffen am Dienstagabend.",
  locs=["of-stz-mathildenviertel", "of-stz-lauterborn", "of-stz-nordend"], areas=["06413"], langs=["de", "tr", "ar"], hf=["ehrenamt", "wohnen"], zg=["alle"],
  sched=[("TU", "18:00", "20:00", "Offenes Treffen, reihum in den drei Stadtteilzentren")],
  app="Zum offenen Treffen kommen oder im Stadtteilzentrum melden.", mail="quartiersfamilien", contact="Quartiersmanagement",
  src="936")
S("offenbach-seniorentreff-lauterborn", "of-quartiersmanagement",
  "Interkultureller Seniorentreff Lauterborn",
  "Ältere Menschen aus dem Quartier treffen sich jeden Donnerstagnachmittag im Stadtteilzentrum zu Gymnastik im Sitzen, Gedächtnistraining, Spielen und Gesprächen. "
  "Einmal im Monat gibt es einen Infovortrag, etwa zu Pflege, Rente oder Sicherheit im Alltag, und ab und zu einen gemeinsamen Ausflug. "
  "Ehrenamtliche übersetzen bei Bedarf ins Türkische, Griechische und Russische.",
  locs=["of-stz-lauterborn"], areas=["06413"], langs=["de", "tr", "el", "ru"], hf=["wohnen", "gesundheit"], zg=["senioren"],
  sched=[("TH", "14:00", "17:00")], min_age=60,
  cost=[("Teilnahme", 0), ("Kaffee und Kuchen", 1.5, "freiwilliger Beitrag")],
  app="Ohne Anmeldung; für Ausflüge bitte im Stadtteilzentrum eintragen.", mail="lauterborn", contact="Quartiersmanagement Lauterborn",
  src="936", assured="2025-02-11")
S("offenbach-frauentreff-nordend", "of-quartiersmanagement",
  "Frauentreff Nordend mit Deutsch-Gesprächsrunde",
  "Im Frauentreff kommen Frauen jeden Alters und jeder Herkunft zusammen, um in entspannter Runde Deutsch zu sprechen, zu nähen, zu kochen und sich über den Alltag auszutauschen. "
  "Eine Sozialpädagogin ist dabei und hilft bei Briefen und Fragen oder vermittelt an Beratungsstellen. "
  "Kinder werden im Nebenraum betreut.",
  locs=["of-stz-nordend"], areas=["06413"], langs=["de", "ar", "tr", "fa"], hf=["sprachfoerderung", "teilhabe"], zg=["frauen"],
  sched=[("FR", "09:30", "12:00")],
  app="Ohne Anmeldung vorbeikommen.", mail="nordend", contact="Quartiersmanagement Nordend", src="936")
S("offenbach-kiesel-elternarbeit", "of-cgil",
  "KiESEL – Kind-Schule-Eltern: Interkulturelle Elternarbeit an Grundschulen",
  "An beteiligten Offenbacher Grundschulen gibt es Elternbeauftragte, die in „interkultureller Elternarbeit“ geschult sind und Brücken zwischen Eltern und Lehrkräften bauen. "
  "Sie organisieren Informationsabende zum Schulsystem, erstellen Infobriefe in den meistgesprochenen Sprachen und begleiten Eltern bei Gesprächen mit der Schule. "
  "Lehrkräfte erhalten Leitfäden und Workshops zur Zusammenarbeit mit zugewanderten Familien.",
  locs=["of-cgil"], areas=["06413"], langs=["de", "it", "tr", "ar", "el"], hf=["bildung", "interkulturelle-oeffnung"], zg=["eltern", "fachkraefte"],
  sched=[("TU,TH", "08:00", "10:00", "Sprechzeit im Büro; an den Schulen nach Aushang")],
  app="Eltern wenden sich an die Elternbeauftragte ihrer Schule oder direkt an das Büro des Bildungswerks.",
  mail="kiesel", contact="Projektteam KiESEL", vfrom="2011-08-01", src="1082-1088")
S("offenbach-ausstellung-zuwanderung", "of-haus-stadtgeschichte",
  "Ausstellung „Geschichte und Gegenwart der Zuwanderung nach Offenbach am Main“",
  "Ein eigener Teil der Dauerausstellung zeigt, wie Zuwanderung die Stadt seit der Anwerbung der ersten Gastarbeiter geprägt hat – mit Fotos, Interviews, Koffern, Arbeitskleidung und anderen Erinnerungsstücken, die Offenbacherinnen und Offenbacher beigesteuert haben. "
  "Die Ausstellungshalle dient zugleich als Plattform für Lesungen, Konzerte und Gespräche. "
  "Führungen für Schulklassen, Sprach- und Integrationskurse sind kostenlos buchbar; der Eintritt ist frei.",
  locs=["of-haus-stadtgeschichte"], areas=["06413"], langs=["de", "en", "tr", "it", "el"], hf=["kultur-religion", "teilhabe"], zg=["alle"],
  sched=[("TU,WE,TH,FR", "10:00", "17:00"), ("SU", "11:00", "17:00")],
  app="Einzelbesuch ohne Anmeldung; Gruppenführungen mindestens zwei Wochen vorher per E-Mail buchen.",
  mail="fuehrungen", contact="Museumsteam", vfrom="2012-11-01", src="867-888")
S("offenbach-erzaehlcafe-angekommen", "of-haus-stadtgeschichte",
  "Erzählcafé „Angekommen in Offenbach“",
  "Im Erzählcafé berichten Zeitzeuginnen und Zeitzeugen, wie sie nach Offenbach gekommen sind und wie sich die Stadt seitdem verändert hat – bei Kaffee und Gebäck in der Ausstellungshalle. "
  "Besucherinnen und Besucher sind eingeladen, eigene Geschichten und Erinnerungsstücke mitzubringen; ausgewählte Beiträge werden in die Ausstellung aufgenommen. "
  "Die Termine erscheinen im Veranstaltungsprogramm des Hauses.",
  locs=["of-haus-stadtgeschichte"], areas=["06413"], langs=["de", "tr", "it", "el"], hf=["kultur-religion", "teilhabe"], zg=["senioren", "alle"],
  app="Ohne Anmeldung; wer selbst erzählen möchte, meldet sich vorher beim Museumsteam.",
  mail="erzaehlcafe", contact="Museumsteam", src="876-885", assured="2025-04-22")
S("offenbach-gesundheitsabende-griechische-gemeinde", "of-griechische-gemeinde",
  "Gesundheitsabende und Gesundheitstag der Griechischen Gemeinde",
  "Die Griechische Gemeinde lädt regelmäßig Ärztinnen, Apotheker und Pflegeberaterinnen zu Informationsabenden auf Griechisch und Deutsch ein, etwa zu Diabetes, Herzgesundheit, Vorsorge und Pflegeversicherung. "
  "Einmal im Jahr findet ein großer Gesundheitstag mit kostenlosen Blutdruck- und Blutzuckermessungen statt. "
  "Die Abende sind offen für alle, eine Mitgliedschaft ist nicht nötig.",
  locs=["of-griechische-gemeinde"], areas=["06413"], langs=["de", "el"], hf=["gesundheit", "teilhabe"], zg=["senioren", "alle"],
  sched=[("WE", "18:30", "20:30", "Informationsabende nach Programm")],
  app="Ohne Anmeldung.", mail="gesundheit", contact="Vorstand der Gemeinde", src="1128-1133")
S("offenbach-beratung-arbeit-anerkennung", "of-jobcenter",
  "Beratung zu Arbeit und Anerkennung ausländischer Abschlüsse",
  "Im Kundenzentrum berät ein Team Zugewanderte, die Arbeit oder eine Ausbildung suchen, und klärt, ob ein mitgebrachter Berufs- oder Studienabschluss anerkannt werden sollte. "
  "Die Beraterinnen und Berater helfen beim Antrag, übernehmen bei Leistungsbezug unter bestimmten Voraussetzungen Übersetzungs- und Anerkennungskosten und vermitteln in Berufssprachkurse oder Anpassungsqualifizierungen. "
  "Bitte vorher einen Termin vereinbaren.",
  alt="Anerkennungsberatung",
  locs=["of-jobcenter"], areas=["06413"], langs=["de", "en", "tr", "ar", "ro"], hf=["arbeit"], zg=["fachkraefte", "neuzugewanderte"],
  sched=[("MO,WE", "08:30", "12:00")],
  docs=["Zeugnisse und Diplome mit Fächer- und Notenübersicht", "Nachweise über Berufserfahrung", "Lebenslauf"],
  app="Termin telefonisch oder über die persönliche Ansprechperson vereinbaren.", mail="anerkennung", contact="Team Arbeit und Anerkennung",
  src="1310 (kommunales Jobcenter), 685")
S("offenbach-elternschule-kurse", "of-jugendamt",
  "Elternschule Offenbach – Elternkurse und Väterabende",
  "Im Netzwerk „Elternschule“ bieten das Jugendamt und Bildungsträger kostenlose Kurse für Eltern an: zu Erziehung ohne Gewalt, Sprache und Mehrsprachigkeit, Medien, Pubertät und Schule. "
  "Mehrere Kurse finden auf Türkisch und Arabisch statt, außerdem gibt es regelmäßige Väterabende, an denen Männer sich über ihre Rolle in der Familie austauschen. "
  "Während der Kurse wird eine Kinderbetreuung angeboten.",
  locs=["of-jugendamt"], areas=["06413"], langs=["de", "tr", "ar"], hf=["jugend-soziales", "bildung"], zg=["eltern", "maenner"],
  sched=[("TU", "18:00", "20:00", "Elternkurse und Väterabende nach Programm")],
  app="Anmeldung telefonisch, per E-Mail oder über die Kita oder Schule Ihres Kindes.", mail="elternschule", contact="Koordination Elternschule",
  src="1314")
S("offenbach-migrationsberatung-erwachsene", "of-caritas",
  "Migrationsberatung für Erwachsene (MBE)",
  "Die Migrationsberatung der Caritas berät Zugewanderte ab 27 Jahren zu Aufenthalt, Integrationskurs, Arbeit und Anerkennung, Wohnung, Gesundheit und Familie. "
  "Beraten wird auf Deutsch, Türkisch, Arabisch, Russisch und Ukrainisch; für weitere Sprachen wird eine Sprachmittlung organisiert. "
  "Die Beratung ist kostenlos und vertraulich, offene Sprechstunde montags und donnerstags.",
  alt="Migrationsberatung",
  locs=["of-caritas"], areas=["06413"], langs=["de", "tr", "ar", "ru", "uk"], hf=["jugend-soziales", "arbeit"], zg=["neuzugewanderte"],
  sched=[("MO,TH", "09:00", "12:30", "Offene Sprechstunde"), ("TU", "14:00", "17:00", "Nach Terminvereinbarung")],
  min_age=27, elig=MBE_ELIG, docs=["Aufenthaltstitel", "Aktuelle Schreiben von Behörden"],
  app="Zur offenen Sprechstunde kommen oder einen Termin vereinbaren.", mail="beratung", contact="Migrationsdienst",
  src="1310 (nur Art: Migrationsberatungsdienste der Wohlfahrtsverbände)",
  tr={"en": ("Migration counselling for adults (MBE)",
             "Caritas migration counselling advises immigrants aged 27 and over on residence, integration courses, work and recognition of qualifications, housing, health and family. "
             "Counselling is offered in German, Turkish, Arabic, Russian and Ukrainian; for other languages an interpreter is arranged. "
             "Counselling is free and confidential, with open consultation hours on Mondays and Thursdays."),
      "uk": ("Міграційна консультація для дорослих (MBE)",
             "Міграційна консультація Caritas консультує іммігрантів віком від 27 років щодо перебування, інтеграційного курсу, роботи та визнання кваліфікацій, житла, здоров'я та сім'ї. "
             "Консультації проводяться німецькою, турецькою, арабською, російською та українською мовами; для інших мов організовується перекладач. "
             "Консультація безкоштовна та конфіденційна, відкриті години прийому — у понеділок і четвер.")})
S("offenbach-antidiskriminierungsberatung", "of-awo",
  "Antidiskriminierungsberatung",
  "Wer wegen Herkunft, Hautfarbe, Religion, Sprache, Geschlecht, Alter oder einer Behinderung benachteiligt wurde – bei der Wohnungssuche, am Arbeitsplatz, in der Schule, im Geschäft oder bei einer Behörde –, kann sich hier vertraulich beraten lassen. "
  "Die Beraterinnen und Berater klären Ihre Rechte, zum Beispiel nach dem Allgemeinen Gleichbehandlungsgesetz, und unterstützen auf Wunsch bei Beschwerdebriefen und Gesprächen. "
  "Weil für Ansprüche oft kurze Fristen gelten, lohnt sich eine frühe Beratung.",
  locs=["of-awo"], areas=["06413"], langs=["de", "en", "tr", "ar"], hf=["antidiskriminierung"], zg=["alle"],
  sched=[("MO", "14:00", "18:00"), ("WE", "10:00", "13:00")],
  app="Termin telefonisch oder per E-Mail vereinbaren; auf Wunsch anonym.", mail="antidiskriminierung", contact="Beratungsteam",
  tr={"en": ("Anti-discrimination counselling",
             "If you have been treated unfairly because of your origin, skin colour, religion, language, gender, age or a disability – when looking for a flat, at work, at school, in a shop or at a public authority – you can get confidential advice here. "
             "The counsellors explain your rights, for example under the General Equal Treatment Act, and on request support you with letters of complaint and meetings. "
             "Because claims are often subject to short deadlines, it is worth seeking advice early."),
      "ar": ("استشارة مناهضة التمييز",
             "إذا تعرضت للتمييز بسبب أصلك أو لون بشرتك أو دينك أو لغتك أو جنسك أو عمرك أو بسبب إعاقة – أثناء البحث عن سكن أو في العمل أو في المدرسة أو في متجر أو لدى دائرة رسمية – يمكنك الحصول هنا على استشارة سرية. "
             "توضح المستشارات والمستشارون حقوقك، مثلًا وفق القانون العام للمساواة في المعاملة، ويقدمون الدعم عند الرغبة في كتابة الشكاوى وإجراء المحادثات. "
             "ولأن المطالبات تخضع غالبًا لمهل قصيرة، فمن المفيد طلب الاستشارة مبكرًا.")})
S("offenbach-sprachcafe", "of-vhs",
  "Sprachcafé – Deutsch sprechen ohne Kurs",
  "Im Sprachcafé üben Sie Deutsch ganz ohne Kurs und ohne Prüfung: an kleinen Tischen mit ehrenamtlichen Gesprächspartnerinnen und -partnern, bei Kaffee und Tee. "
  "Alle Niveaus sind willkommen, auch wer gerade erst mit dem Deutschlernen begonnen hat. "
  "Sie brauchen keine Anmeldung und die Teilnahme ist kostenlos.",
  locs=["of-vhs"], areas=["06413"], langs=["de"], hf=["sprachfoerderung", "teilhabe"], zg=["alle", "neuzugewanderte"],
  sched=[("TH", "17:30", "19:00")],
  app="Ohne Anmeldung vorbeikommen.", mail="sprachcafe", contact="Fachbereich Deutsch",
  tr={"en": ("Language café – speaking German without a course",
             "At the language café you practise German without a course and without an exam: at small tables with volunteer conversation partners, over coffee and tea. "
             "All levels are welcome, including people who have only just started learning German. "
             "No registration is needed and taking part is free."),
      "ru": ("Языковое кафе — говорим по-немецки без курса",
             "В языковом кафе вы практикуете немецкий язык без курса и без экзамена: за небольшими столиками с волонтёрами-собеседниками, за чашкой кофе или чая. "
             "Приглашаются участники любого уровня, в том числе те, кто только начал учить немецкий. "
             "Регистрация не нужна, участие бесплатное.")})
S("offenbach-integrationskurs-alphabetisierung", "of-vhs",
  "Integrationskurs mit Alphabetisierung",
  "Der Alphabetisierungskurs ist für Zugewanderte, die noch nicht oder nicht in lateinischer Schrift lesen und schreiben gelernt haben. "
  "In bis zu 1.300 Unterrichtseinheiten lernen die Teilnehmenden in kleinen Gruppen Lesen, Schreiben und Deutsch für den Alltag, mit viel Zeit zum Üben. "
  "Vor dem Kurs findet ein kostenloses Einstufungsgespräch statt.",
  alt="Alphabetisierungskurs Deutsch",
  locs=["of-vhs"], areas=["06413"], langs=["de", "ar", "ku", "fa"], hf=["sprachfoerderung"], zg=["neuzugewanderte", "gefluechtete"],
  sched=[("MO,TU,WE,TH,FR", "09:00", "12:15")], cost=IK_COST, fees=IK_FEES, docs=IK_DOCS, min_age=16,
  interp="Unterricht auf Deutsch; Einstufungsgespräch auf Wunsch mit Sprachmittlung auf Arabisch, Kurdisch oder Farsi.",
  app="Termin für das Einstufungsgespräch im Kursbüro vereinbaren.", mail="integrationskurse", contact="Kursbüro Integration",
  src="1310 (nur Art: Träger von Sprach- und Integrationskursen)")
S("offenbach-jugendmigrationsdienst", "of-diakonie",
  "Jugendmigrationsdienst Offenbach",
  "Der Jugendmigrationsdienst berät junge Zugewanderte zwischen 12 und 27 Jahren zu Schule, Sprachkurs, Ausbildung und Studium und begleitet sie, bis sie ihren Weg gefunden haben. "
  "Es gibt Hilfe bei Bewerbungen, bei der Anerkennung von Zeugnissen und in schwierigen Lebenslagen. "
  "Einmal im Monat findet ein offener Jugendtreff mit Ausflügen und Workshops statt.",
  locs=["of-jmd"], areas=["06413"], langs=["de", "en", "ar", "ro", "bg"], hf=["jugend-soziales", "arbeit"], zg=["jugendliche"],
  sched=[("MO,TU,WE,TH", "09:00", "16:00")], min_age=12, max_age=27,
  app="Termin vereinbaren; offene Sprechstunde mittwochs am Vormittag.", mail="jmd", contact="Team Jugendmigrationsdienst",
  src="1310 (nur Art: Wohlfahrtsverbände)")

# =============================== Wetzlar ====================================
WZ = ["06532023"]
S("wetzlar-elterncafe-grundschule-niedergirmes", "wz-stadt",
  "Elterncafé an der Grundschule in Niedergirmes",
  "Das Elterncafé ist aus den Bildungspartnerschaften entstanden und wird von Eltern aus dem Stadtteil mitgestaltet. "
  "Dienstags nach Schulbeginn gibt es Kaffee, Gespräche und Informationen rund um Schule, Hausaufgaben und Freizeitangebote; einmal im Monat organisieren Eltern eine Aktion für Kinder und Familien, etwa ein Spielefest oder einen Bastelnachmittag. "
  "Alle Eltern sind willkommen, auch ohne gute Deutschkenntnisse.",
  locs=["wz-gs-niedergirmes"], areas=WZ, langs=["de", "tr", "ar", "ru"], hf=["bildung", "teilhabe"], zg=["eltern", "kinder"],
  sched=[("TU", "08:00", "10:00")],
  app="Ohne Anmeldung; Ideen für Aktionen nimmt das Team gern entgegen.", mail="elterncafe", contact="Bildungspartnerschaften",
  vfrom="2013-09-01", src="1372")
S("wetzlar-sprachpaten-kita", "wz-stadt",
  "Sprachpatinnen und Sprachpaten in Kitas",
  "In den Kitas der Bildungspartnerschaften lesen ehrenamtliche Sprachpatinnen und -paten regelmäßig mit kleinen Gruppen vor, singen und spielen Sprachspiele. "
  "Die alltagsintegrierte Sprachförderung der Erzieherinnen und Erzieher wird so ergänzt; Eltern erhalten bei Elternnachmittagen Tipps, wie sie die Familiensprache und Deutsch zu Hause gut fördern können. "
  "Die Teilnahme ist für die Kinder kostenlos und läuft über die Kita.",
  locs=["wz-stadthaus"], areas=WZ, langs=["de"], hf=["sprachfoerderung", "bildung"], zg=["kinder", "eltern"],
  sched=[("MO,WE", "09:00", "11:00", "In den beteiligten Kitas")], min_age=3, max_age=6,
  app="Eltern sprechen die Kita ihres Kindes an; Kitas melden sich beim Team der Bildungspartnerschaften.",
  mail="sprachpaten", contact="Bildungspartnerschaften", src="1368")
S("wetzlar-uebergang-kita-grundschule", "wz-stadt",
  "Brückenjahr: Begleitung beim Übergang von der Kita in die Grundschule",
  "Im letzten Kitajahr besuchen die Kinder ihre künftige Grundschule an Schnuppertagen, lernen Lehrkräfte kennen und üben erste Schulrituale. "
  "Für Eltern gibt es Informationsabende mit Dolmetschenden zu Schulanmeldung, Schulranzen, Ganztag und Betreuung. "
  "Bei Fragen hilft die Elternsprechstunde im Stadthaus.",
  locs=["wz-stadthaus"], areas=WZ, langs=["de", "tr", "ar", "ru"], hf=["bildung"], zg=["kinder", "eltern"],
  sched=[("TH", "15:00", "16:30", "Elternsprechstunde")], min_age=5, max_age=7,
  app="Die Kitas informieren die Eltern; die Elternsprechstunde ist ohne Anmeldung.", mail="uebergang", contact="Bildungspartnerschaften",
  src="1368")
S("wetzlar-ehrenamt-bildungspartnerschaften", "wz-stadt",
  "Ehrenamt in den Bildungspartnerschaften: Lesepatin, Sprachpate, Hausaufgabenhelfer",
  "Wer Zeit und Lust hat, Kinder und Familien in Wetzlar zu unterstützen, kann sich in den Bildungspartnerschaften engagieren – als Lesepatin, Sprachpate, Hausaufgabenhelferin oder im Elterncafé. "
  "Nach einem Erstgespräch gibt es eine kostenlose Einführungsschulung, regelmäßige Austauschtreffen und Versicherungsschutz. "
  "Auch Menschen mit eigener Migrationsgeschichte und mehreren Sprachen sind sehr willkommen.",
  locs=["wz-stadthaus"], areas=WZ, langs=["de", "en"], hf=["ehrenamt", "bildung"], zg=["alle"],
  sched=[("MO", "16:00", "18:00", "Sprechzeit für Interessierte")],
  app="In der Sprechzeit vorbeikommen oder per E-Mail ein Erstgespräch vereinbaren.", mail="ehrenamt", contact="Bildungspartnerschaften",
  src="1368, 1372")
S("wetzlar-hausaufgabenhilfe-dalheim", "wz-stadt",
  "Hausaufgabenhilfe und Lernwerkstatt im Stadtteilbüro Dalheim",
  "Schulkinder aus dem Stadtteil erledigen nachmittags ihre Hausaufgaben mit Unterstützung von Honorarkräften und Ehrenamtlichen und üben anschließend in der Lernwerkstatt Lesen und Rechnen. "
  "Die Gruppen sind klein, damit jedes Kind Hilfe bekommt. "
  "Die Teilnahme ist kostenlos; die Eltern melden ihr Kind im Stadtteilbüro an.",
  alt="Nachhilfe für Schulkinder",
  locs=["wz-stadtteilbuero-dalheim"], areas=WZ, langs=["de"], hf=["bildung"], zg=["kinder"],
  sched=[("MO,TU,WE,TH", "14:30", "16:30")], min_age=6, max_age=12,
  app="Anmeldung durch die Eltern im Stadtteilbüro.", mail="dalheim", contact="Stadtteilbüro Dalheim", src="1368")
S("wetzlar-schwimmi-schwimmkurs", "wz-sportamt",
  "„Schwimmi“ – kostenloser Schwimmkurs für Grundschulkinder",
  "Grundschulkinder der zweiten Klasse, die noch nicht schwimmen können, lernen es im Anschluss an den Unterricht bei lizenzierten Trainerinnen und Trainern. "
  "Ein Kurs umfasst zwölf Trainingseinheiten; am Ende sollen die Kinder die Anforderungen für das Seepferdchen erfüllen. "
  "Das Angebot ist kostenlos, die Anmeldung läuft über die Schule.",
  locs=["wz-hallenbad"], areas=WZ, langs=["de"], hf=["sport", "gesundheit"], zg=["kinder"],
  sched=[("MO,WE", "14:00", "15:30")], min_age=7, max_age=9,
  elig="Kinder der zweiten Klasse an Wetzlarer Grundschulen, die noch nicht schwimmen können.",
  app="Die Klassenlehrkraft verteilt die Anmeldebögen; Plätze werden nach Eingang vergeben.", mail="schwimmi", contact="Sportamt",
  vfrom="2011-09-01", src="787-791")
S("wetzlar-bewegungsgutschein-erstklaessler", "wz-sportkreis",
  "Bewegungsgutschein für Erstklässlerinnen und Erstklässler",
  "Jedes Kind der ersten Klasse erhält über die Klassenlehrkraft einen Gutschein, mit dem es vom Schuljahresbeginn bis zum Jahresende kostenlos ein Sportangebot seiner Wahl in einem Wetzlarer Verein besuchen kann – von Turnen über Fußball bis Tanzen. "
  "Ein mehrsprachiger Elternbrief erklärt, wie der Gutschein eingelöst wird. "
  "Bei Fragen hilft die Geschäftsstelle des Sportkreises und vermittelt an passende Vereine.",
  locs=["wz-sportkreis"], areas=WZ, langs=["de", "tr", "ar", "ru"], hf=["sport"], zg=["kinder", "eltern"],
  sched=[("TU,TH", "10:00", "12:00", "Sprechzeit der Geschäftsstelle")], min_age=5, max_age=7,
  app="Gutschein beim Verein abgeben; Vereinsliste beim Elternbrief oder in der Geschäftsstelle.", mail="bewegungsgutschein", contact="Geschäftsstelle Sportkreis",
  vfrom="2011-08-01", src="781-785")
S("wetzlar-wusl-schuelerlotsen", "ldk-diakonie",
  "WuSL – Wir helfen uns gegenseitig: Schülerinnen und Schüler als Lernlotsen",
  "Ältere Schülerinnen und Schüler werden als Lernlotsen geschult und unterstützen jeweils ein bis zwei Jüngere mit Lernschwierigkeiten oder geringen Deutschkenntnissen. "
  "Sie geben gezielte Nachhilfe in einzelnen Fächern und helfen, den Schul- und Lebensalltag zu bewältigen. "
  "Für die Familien entstehen keine Kosten; angemeldet wird über die Schulsozialarbeit der beteiligten Schulen.",
  alt="Peergroup-Education Nachhilfe",
  locs=["ldk-diakonie-wz"], areas=WZ + ["06532"], langs=["de"], hf=["bildung", "ehrenamt"], zg=["jugendliche", "kinder"],
  sched=[("TU,TH", "13:30", "15:00", "In den beteiligten Schulen")], min_age=10, max_age=18,
  app="Anmeldung über die Schulsozialarbeit; Lernlotsen bewerben sich bei ihrer Klassenleitung.", mail="wusl", contact="Projektteam WuSL",
  vfrom="2011-02-01", src="808-831")
S("wetzlar-gesundheitslotsen-lahn-dill", "ldk-diakonie",
  "Gesundheitslotsinnen Lahn-Dill",
  "Mehrsprachige Gesundheitslotsinnen erklären in Sprachkursen, Frauengruppen und Elterncafés, wie das Gesundheitssystem funktioniert: Hausarzt und Facharzt, Vorsorge in der Schwangerschaft, Impfungen und der Umgang mit dem Notdienst. "
  "Frauen, die neu in Deutschland sind, können außerdem eine persönliche Begleitung zu einem ersten Arzttermin erhalten. "
  "Veranstaltungen und Begleitungen sind kostenlos.",
  locs=["ldk-diakonie-wz"], areas=WZ + ["06532"], langs=["de", "ar", "fa", "tr", "uk"], hf=["gesundheit"], zg=["frauen", "neuzugewanderte"],
  sched=[("WE", "09:00", "12:00", "Telefonische Sprechzeit")],
  app="Gruppen und Einzelpersonen melden sich in der Sprechzeit oder per E-Mail.", mail="gesundheit", contact="Koordination Gesundheitslotsinnen")
S("wetzlar-migrationsberatung-erwachsene", "wz-caritas",
  "Migrationsberatung für Erwachsene",
  "Die Migrationsberatung im Caritashaus hilft Erwachsenen ab 27 Jahren, die neu in Wetzlar und im Lahn-Dill-Kreis sind: bei Anträgen, beim Weg in den Integrationskurs, bei der Arbeitssuche und bei Fragen zu Wohnung, Gesundheit und Familie. "
  "Die Beratung ist kostenlos und vertraulich und auf Deutsch, Russisch, Türkisch, Arabisch und Ukrainisch möglich. "
  "Bitte bringen Sie wichtige Dokumente und Briefe mit.",
  alt="Migrationsberatung (MBE)",
  locs=["wz-caritas"], areas=WZ + ["06532"], langs=["de", "ru", "tr", "ar", "uk"], hf=["jugend-soziales", "arbeit"], zg=["neuzugewanderte"],
  sched=[("MO,WE", "09:00", "12:00"), ("TH", "14:00", "17:00")],
  min_age=27, elig=MBE_ELIG, docs=["Aufenthaltstitel", "Aktuelle Schreiben von Behörden"],
  app="Termin telefonisch vereinbaren; montags und mittwochs auch ohne Termin.", mail="migration", contact="Migrationsdienst",
  tr={"en": ("Migration counselling for adults",
             "The migration counselling service at the Caritas house helps adults aged 27 and over who are new to Wetzlar and the Lahn-Dill district: with applications, getting into an integration course, looking for work and with questions about housing, health and family. "
             "Counselling is free and confidential and is available in German, Russian, Turkish, Arabic and Ukrainian. "
             "Please bring important documents and letters with you."),
      "ru": ("Миграционная консультация для взрослых",
             "Миграционная консультация в доме Caritas помогает взрослым от 27 лет, недавно приехавшим в Вецлар и район Лан-Дилль: с заявлениями, записью на интеграционный курс, поиском работы, а также по вопросам жилья, здоровья и семьи. "
             "Консультация бесплатная и конфиденциальная, её можно получить на немецком, русском, турецком, арабском и украинском языках. "
             "Пожалуйста, возьмите с собой важные документы и письма.")})
S("wetzlar-sprachcafe-caritashaus", "wz-caritas",
  "Sprachcafé im Caritashaus",
  "Geflüchtete und Neuzugewanderte üben jeden Mittwochnachmittag mit Ehrenamtlichen Deutsch im Gespräch – zum Beispiel, wie man beim Arzt einen Termin macht oder sich beim Elternabend vorstellt. "
  "Nebenbei entstehen Kontakte zu Menschen aus Wetzlar, und das Caritas-Team beantwortet Alltagsfragen. "
  "Ohne Anmeldung und kostenlos.",
  locs=["wz-caritas"], areas=WZ, langs=["de"], hf=["sprachfoerderung", "ehrenamt"], zg=["gefluechtete", "neuzugewanderte"],
  sched=[("WE", "16:00", "18:00")],
  app="Einfach vorbeikommen; Ehrenamtliche melden sich beim Migrationsdienst.", mail="sprachcafe", contact="Migrationsdienst")
S("wetzlar-sprach-und-kulturmittler", "wz-caritas",
  "Sprach- und Kulturmittlerpool Lahn-Dill",
  "Schulen, Kitas, Beratungsstellen, Arztpraxen und Behörden im Lahn-Dill-Kreis können geschulte Sprach- und Kulturmittlerinnen und -mittler für Gespräche mit Familien anfragen, etwa für ein Elterngespräch oder einen Termin beim Jugendamt. "
  "Der Pool umfasst Dolmetscherinnen und Dolmetscher für mehr als 20 Sprachen, darunter Arabisch, Farsi, Tigrinya, Türkisch, Russisch und Ukrainisch. "
  "Für Familien ist der Einsatz kostenlos, Einrichtungen zahlen eine Stundenpauschale.",
  alt="Dolmetscherpool",
  locs=[], areas=["06532"] + WZ, langs=["de", "ar", "fa", "ti", "tr", "ru", "uk"], hf=["interkulturelle-oeffnung", "teilhabe"], zg=["fachkraefte", "gefluechtete"],
  sched=[("MO,TU,WE,TH,FR", "09:00", "13:00", "Vermittlungszeiten am Telefon")],
  cost=[("Einsatz für Familien und Ratsuchende", 0), ("Stundenpauschale für Einrichtungen", 30, "je angefangene Stunde zuzüglich Fahrtkosten")],
  fees="Für Familien und Ratsuchende kostenlos; anfragende Einrichtungen zahlen 30 Euro je angefangene Stunde.",
  interp="Sprachmittlung in mehr als 20 Sprachen, unter anderem Arabisch, Farsi/Dari, Tigrinya, Türkisch, Russisch und Ukrainisch.",
  app="Einsatz mindestens drei Werktage vorher per E-Mail oder Telefon anfragen.", mail="sprachmittlung", contact="Vermittlungsstelle Sprachmittlung")
S("wetzlar-integrationskurs", "ldk-vhs",
  "Integrationskurs in Wetzlar – vormittags und abends",
  "Im VHS-Bildungshaus beginnen regelmäßig Integrationskurse am Vormittag und am Abend, jeweils mit Sprachkurs bis B1 und Orientierungskurs. "
  "Vor der Anmeldung gibt es einen kostenlosen Einstufungstest, damit Sie im passenden Modul einsteigen. "
  "Im Abendkurs lernen vor allem Berufstätige; der Vormittagskurs ist schneller abgeschlossen.",
  alt="Deutschkurs",
  locs=["ldk-vhs-wz"], areas=WZ + ["06532"], langs=["de"], hf=["sprachfoerderung"], zg=["neuzugewanderte", "gefluechtete"],
  sched=[("MO,TU,WE,TH,FR", "08:30", "11:45", "Vormittagskurs"), ("MO,TU,WE,TH", "18:00", "21:15", "Abendkurs")],
  cost=IK_COST, fees=IK_FEES, docs=IK_DOCS, min_age=16,
  app="Termin für den Einstufungstest im Kursbüro vereinbaren.", mail="integrationskurse", contact="Kursbüro")
S("wetzlar-berufssprachkurs-pflege", "ldk-vhs",
  "Berufssprachkurs Deutsch B2 für Pflege- und Gesundheitsberufe",
  "Der berufsbezogene Deutschkurs bereitet Pflegekräfte, medizinische Fachangestellte und andere Gesundheitsfachkräfte mit ausländischem Abschluss auf die Sprachprüfung B2 vor, die für die Anerkennung oft verlangt wird. "
  "Geübt werden Übergaben, Pflegedokumentation, Gespräche mit Patientinnen und Angehörigen sowie Fachwortschatz. "
  "Mit Zulassung durch Jobcenter, Agentur für Arbeit oder BAMF ist der Kurs kostenfrei.",
  locs=["ldk-vhs-wz"], areas=WZ + ["06532"], langs=["de"], hf=["sprachfoerderung", "arbeit"], zg=["fachkraefte"],
  sched=[("MO,TU,WE,TH", "17:30", "20:45")],
  cost=[("Teilnahme mit Zulassung", 0)],
  fees="Mit Zulassung von Jobcenter, Agentur für Arbeit oder BAMF kostenfrei; Beschäftigte zahlen je nach Einkommen einen Eigenanteil.",
  docs=["Zulassung oder Berechtigungsschein", "Nachweis über Deutschkenntnisse mindestens B1"],
  app="Beratungstermin im Kursbüro vereinbaren; die VHS hilft bei der Beantragung der Zulassung.", mail="berufssprachkurse", contact="Kursbüro")
S("wetzlar-jobintegration-gefluechtete", "ldk-jobcenter",
  "Job-Integration für Geflüchtete – Beratung und Vermittlung",
  "Das Team Job-Integration berät Geflüchtete mit Leistungsbezug beim Jobcenter zu Sprachkursen, Praktika, Ausbildung und Arbeit und nimmt Kontakt zu Betrieben in der Region auf. "
  "Wer im Heimatland einen Beruf gelernt oder studiert hat, wird bei der Anerkennung unterstützt. "
  "Bei Bedarf sind Dolmetschende beim Gespräch dabei.",
  locs=["ldk-jobcenter-wz"], areas=["06532"] + WZ, langs=["de", "ar", "uk", "fa", "en"], hf=["arbeit"], zg=["gefluechtete"],
  sched=[("MO,TU,TH", "08:00", "12:00"), ("TH", "13:30", "17:00")],
  elig="Geflüchtete mit Leistungsbezug beim Jobcenter Lahn-Dill.",
  docs=["Aufenthaltstitel", "Aktueller Leistungsbescheid", "Zeugnisse, falls vorhanden"],
  app="Termin über die persönliche Ansprechperson vereinbaren.", mail="jobintegration", contact="Team Job-Integration")
S("wetzlar-interreligioeser-gespraechskreis", "wz-auslaenderbeirat",
  "Interkultureller und interreligiöser Gesprächskreis",
  "Auf Einladung des Ausländerbeirats treffen sich Vertreterinnen und Vertreter von Kirchengemeinden, Moscheevereinen und Kulturvereinen mit interessierten Wetzlarerinnen und Wetzlarern. "
  "Sie sprechen über religiöse Feste, Nachbarschaft, Bestattungskultur oder Erfahrungen mit Vorurteilen und planen gemeinsame Aktionen, zum Beispiel in der Interkulturellen Woche im September. "
  "Jede und jeder ist willkommen.",
  locs=["wz-auslaenderbeirat"], areas=WZ, langs=["de", "tr", "ar"], hf=["kultur-religion", "teilhabe"], zg=["alle"],
  sched=[("TH", "19:00", "21:00")],
  app="Ohne Anmeldung; Vereine, die sich vorstellen möchten, melden sich beim Ausländerbeirat.", mail="gespraechskreis", contact="Ausländerbeirat")

# =============================== Wiesbaden ==================================
WI = ["06414"]
S("wiesbaden-anerkennungsberatung", "wi-azi",
  "Erstberatung zur Anerkennung ausländischer Berufs- und Studienabschlüsse",
  "Sie haben Ihren Beruf oder Ihr Studium im Ausland abgeschlossen und möchten in Wiesbaden in diesem Bereich arbeiten? "
  "In einem persönlichen Beratungsgespräch klären wir, ob und wo Ihr Abschluss anerkannt werden muss, welche Unterlagen und Übersetzungen Sie brauchen und mit welchen Kosten Sie rechnen müssen. "
  "Wenn nur eine teilweise Anerkennung möglich ist, zeigen wir Ihnen passende Anpassungsqualifizierungen und Sprachkurse. "
  "Auch Arbeitgeber, die Fachkräfte aus dem Ausland einstellen möchten, werden beraten.",
  alt="Anerkennungsberatung",
  locs=["wi-azi"], areas=WI, langs=["de", "en", "ar", "ru", "uk", "fa"], hf=["arbeit"], zg=["fachkraefte", "neuzugewanderte"],
  sched=[("TU", "09:00", "12:00"), ("TH", "14:00", "18:00")],
  docs=["Zeugnisse und Diplome (Kopie)", "Fächer- und Notenübersicht", "Nachweise über Berufserfahrung", "Lebenslauf"],
  app="Termin telefonisch oder per E-Mail vereinbaren und Unterlagen in Kopie mitbringen.", mail="anerkennung", contact="Beratungsstelle Anerkennung",
  vfrom="2014-01-01", src="705-713, 1348",
  tr={"en": ("Recognition counselling for foreign professional and academic qualifications",
             "You completed your vocational training or degree abroad and would like to work in that field in Wiesbaden? "
             "In a personal counselling session we clarify whether and where your qualification needs to be recognised, which documents and translations you need and what costs to expect. "
             "If only partial recognition is possible, we show you suitable adaptation training and language courses. "
             "Employers who want to hire skilled workers from abroad are also advised."),
      "uk": ("Консультація щодо визнання іноземних професійних і вищих освітніх кваліфікацій",
             "Ви здобули професію або вищу освіту за кордоном і хочете працювати за фахом у Вісбадені? "
             "Під час особистої консультації ми з'ясуємо, чи потрібно визнавати ваш диплом і де саме, які документи та переклади вам знадобляться і на які витрати слід розраховувати. "
             "Якщо можливе лише часткове визнання, ми підкажемо відповідні курси адаптаційної кваліфікації та мовні курси. "
             "Також консультуємо роботодавців, які бажають прийняти на роботу фахівців з-за кордону."),
      "ru": ("Консультация по признанию иностранных профессиональных и вузовских дипломов",
             "Вы получили профессию или высшее образование за границей и хотите работать по специальности в Висбадене? "
             "На личной консультации мы выясним, нужно ли признавать ваш диплом и где именно, какие документы и переводы потребуются и на какие расходы следует рассчитывать. "
             "Если возможно лишь частичное признание, мы подскажем подходящие курсы адаптационной квалификации и языковые курсы. "
             "Мы также консультируем работодателей, которые хотят нанять специалистов из-за рубежа.")})
S("wiesbaden-willkommensberatung", "wi-azi",
  "Willkommensberatung für Neuzugewanderte",
  "Die Willkommensberatung ist die erste Anlaufstelle für Menschen, die neu nach Wiesbaden gezogen sind – aus dem Ausland oder aus einer anderen deutschen Stadt. "
  "In einem Gespräch werden die wichtigsten Schritte sortiert: Anmeldung, Deutschkurs, Kita und Schule, Arbeit, Krankenversicherung und Freizeit. "
  "Sie erhalten eine Willkommensmappe mit Adressen in mehreren Sprachen.",
  locs=["wi-azi"], areas=WI, langs=["de", "en", "ar", "bg", "ro", "uk"], hf=["teilhabe"], zg=["neuzugewanderte"],
  sched=[("MO,WE", "09:00", "12:00"), ("WE", "14:00", "16:00")],
  app="Ohne Termin in den Sprechzeiten oder nach Vereinbarung.", mail="willkommen", contact="Willkommensberatung", src="189 (Amt für Zuwanderung und Integration)")
S("wiesbaden-antidiskriminierungsstelle", "wi-azi",
  "Antidiskriminierungsstelle – Beratung bei Diskriminierung",
  "Die Antidiskriminierungsstelle berät Menschen, die in Wiesbaden wegen ihrer Herkunft, Religion, Hautfarbe, ihres Geschlechts, Alters, einer Behinderung oder ihrer sexuellen Identität benachteiligt wurden. "
  "Gemeinsam wird besprochen, was passiert ist und welche Schritte möglich sind – von einem klärenden Gespräch bis zur Beschwerde. "
  "Die Beratung ist kostenlos, vertraulich und auf Wunsch anonym.",
  locs=["wi-azi"], areas=WI, langs=["de", "en", "tr", "ar"], hf=["antidiskriminierung"], zg=["alle"],
  sched=[("MO", "10:00", "12:00"), ("WE", "15:00", "18:00")],
  app="Termin telefonisch, per E-Mail oder über das Online-Formular vereinbaren.", mail="antidiskriminierung", contact="Antidiskriminierungsstelle",
  tr={"en": ("Anti-discrimination office – counselling on discrimination",
             "The anti-discrimination office advises people in Wiesbaden who have been disadvantaged because of their origin, religion, skin colour, gender, age, a disability or their sexual identity. "
             "Together we discuss what happened and which steps are possible – from a clarifying conversation to a formal complaint. "
             "Counselling is free, confidential and anonymous on request."),
      "tr": ("Ayrımcılıkla mücadele ofisi – ayrımcılık konusunda danışmanlık",
             "Ayrımcılıkla mücadele ofisi, Wiesbaden'de kökeni, dini, ten rengi, cinsiyeti, yaşı, engelliliği veya cinsel kimliği nedeniyle dezavantajlı duruma düşürülen kişilere danışmanlık yapar. "
             "Neler yaşandığı ve hangi adımların atılabileceği birlikte konuşulur – açıklayıcı bir görüşmeden resmi şikâyete kadar. "
             "Danışmanlık ücretsiz ve gizlidir, istenirse anonim olarak da yapılabilir.")})
S("wiesbaden-interkulturelle-trainings-verwaltung", "wi-personalamt",
  "Interkulturelle Kompetenz – Trainings für städtische Beschäftigte",
  "Interkulturelle Kompetenz ist in Wiesbaden fester Bestandteil aller Aus- und Fortbildungsprogramme der Stadtverwaltung. "
  "Eigens ausgebildete städtische Trainerinnen und Trainer bieten ein Pflichtmodul für Auszubildende und Nachwuchskräfte sowie Vertiefungen für kundenintensive Bereiche wie Bürgerbüro, Jobcenter und Ausländerbehörde an. "
  "Die Trainings arbeiten mit Fällen aus dem eigenen Arbeitsalltag.",
  locs=["wi-fortbildung"], areas=WI, langs=["de"], hf=["interkulturelle-oeffnung"], zg=["fachkraefte"],
  sched=[("WE", "09:00", "16:00", "Termine nach Fortbildungsprogramm")],
  elig="Beschäftigte, Auszubildende und Nachwuchskräfte der Landeshauptstadt Wiesbaden.",
  app="Anmeldung über das städtische Fortbildungsprogramm im Intranet.", mail="fortbildung", contact="Fortbildungsteam",
  src="1029-1035")
S("wiesbaden-buergerbuero-mehrsprachig", "wi-buergerbuero",
  "Mehrsprachiger Service im Bürgerbüro",
  "Im zentralen Bürgerbüro erledigen Sie Anmeldung, Ummeldung, Ausweise, Führungszeugnis und viele weitere Anliegen. "
  "Die Mitarbeiterinnen und Mitarbeiter sprechen neben Deutsch unter anderem Türkisch, Arabisch, Russisch, Polnisch und Englisch, und wichtige Merkblätter liegen in mehreren Sprachen aus. "
  "Termine können online gebucht werden; am Donnerstagnachmittag und am Samstagvormittag gibt es zusätzliche Öffnungszeiten.",
  locs=["wi-buergerbuero"], areas=WI, langs=["de", "tr", "ar", "ru", "pl", "en"], hf=["interkulturelle-oeffnung", "teilhabe"], zg=["alle", "neuzugewanderte"],
  sched=[("MO,TU,WE,TH,FR", "07:30", "12:30"), ("TH", "14:00", "18:00"), ("SA", "09:00", "12:00")],
  cost=[("Beratung", 0), ("Gebühren je nach Leistung", 13, "z. B. Führungszeugnis; Gebühren laut Gebührenordnung")],
  fees="Die Beratung ist kostenlos; für Ausweise, Führungszeugnisse und Bescheinigungen fallen Gebühren an. Die Anmeldung einer Wohnung ist gebührenfrei.",
  docs=["Personalausweis oder Reisepass", "Wohnungsgeberbestätigung (bei Anmeldung)"],
  app="Termin online buchen; für dringende Anliegen gibt es Wartemarken.", mail="buergerbuero", contact="Bürgerbüro", src="1037")
S("wiesbaden-infoabend-maenner-in-kitas", "wi-asa",
  "Infoabend „Mehr Männer in Kitas“ – Quereinstieg in den Erzieherberuf",
  "Das Netzwerk „Mehr Männer in Kitas“ lädt Männer, die sich für die Arbeit mit Kindern interessieren, zu Informationsabenden ein – ausdrücklich auch Männer mit Migrationsgeschichte und im Ausland erworbenen pädagogischen Abschlüssen. "
  "Erzieher aus Wiesbadener Kitas erzählen aus ihrem Alltag, Fachleute erklären Ausbildung, praxisintegrierte Ausbildung, Quereinstieg und Anerkennung. "
  "Auf Wunsch werden Hospitationen in einer Kita vermittelt.",
  locs=["wi-asa"], areas=WI, langs=["de", "en", "ar"], hf=["arbeit", "bildung"], zg=["maenner", "fachkraefte"],
  sched=[("TH", "18:00", "20:00", "Infoabende viermal im Jahr")],
  app="Anmeldung per E-Mail; die Termine stehen auf der Website.", mail="maenner-in-kitas", contact="Netzwerk Mehr Männer in Kitas",
  src="1350")
S("wiesbaden-internationale-jugendbegegnungen", "wi-asa",
  "Internationale Jugendbegegnungen – Kommune goes International",
  "Jugendliche aus Wiesbaden, auch aus Familien ohne Reiseerfahrung oder mit wenig Geld, fahren zu Jugendbegegnungen und Workcamps in Partnerstädte und andere europäische Länder. "
  "In Vorbereitungstreffen lernen sie die Gruppe und das Programm kennen; Zuschüsse sorgen dafür, dass die Teilnahme nicht am Geld scheitert. "
  "Infotreffen finden regelmäßig in Jugendzentren statt.",
  locs=["wi-asa"], areas=WI, langs=["de", "en", "tr", "ar"], hf=["jugend-soziales", "bildung"], zg=["jugendliche"],
  sched=[("WE", "16:00", "18:00", "Infotreffen und Vorbereitung")], min_age=14, max_age=26,
  cost=[("Eigenanteil je Begegnung", 120, "Richtwert; Zuschüsse bis zur vollständigen Übernahme möglich")],
  fees="Der Eigenanteil liegt je nach Reise bei etwa 120 Euro; mit Zuschüssen kann er bis auf null sinken.",
  app="Zum Infotreffen kommen oder per E-Mail melden; bei Minderjährigen unterschreiben die Eltern die Anmeldung.",
  mail="international", contact="Jugendarbeit International", src="1352")
S("wiesbaden-erziehungsberatung-mehrsprachig", "wi-asa",
  "Mehrsprachige Erziehungs- und Familienberatung",
  "Eltern, Kinder und Jugendliche können sich bei Sorgen in der Familie, bei Erziehungsfragen, Konflikten in der Pubertät oder nach einer Trennung beraten lassen. "
  "Die Beraterinnen und Berater sprechen neben Deutsch auch Türkisch, Arabisch, Russisch und Farsi und berücksichtigen unterschiedliche Familienbilder. "
  "Die Beratung ist kostenlos und vertraulich.",
  alt="Erziehungsberatung",
  locs=["wi-familienzentrum"], areas=WI, langs=["de", "tr", "ar", "ru", "fa"], hf=["jugend-soziales"], zg=["eltern", "jugendliche"],
  sched=[("MO,TU,WE,TH", "09:00", "16:00"), ("TU", "16:00", "19:00", "Abendtermine für Berufstätige")],
  app="Telefonisch anmelden; Jugendliche können auch allein kommen.", mail="familienberatung", contact="Familienberatung")
S("wiesbaden-wohnungssuche-beratung", "wi-asa",
  "Beratung bei Wohnungssuche und drohendem Wohnungsverlust",
  "Die Beratungsstelle hilft bei der Suche nach einer Wohnung, beim Antrag auf einen Wohnberechtigungsschein und bei Mietschulden oder einer Kündigung. "
  "Geflüchtete, die aus einer Gemeinschaftsunterkunft ausziehen möchten, erfahren, welche Miethöhe übernommen wird und wie sie sich bei Vermietern gut vorstellen. "
  "Bei drohendem Wohnungsverlust zählt jeder Tag – bitte früh melden.",
  alt="Wohnungsberatung",
  locs=["wi-asa"], areas=WI, langs=["de", "en", "ar", "tr"], hf=["wohnen"], zg=["alle", "gefluechtete"],
  sched=[("TU,TH", "08:30", "12:00")],
  docs=["Mietvertrag und Schreiben des Vermieters", "Einkommensnachweise"],
  app="Ohne Termin in den Sprechzeiten; bei Räumungsklage sofort anrufen.", mail="wohnen", contact="Fachstelle Wohnen")
S("wiesbaden-jobcoaching-gefluechtete", "wi-jobcenter",
  "Jobcoaching für Geflüchtete und Zugewanderte",
  "Im Jobcoaching arbeiten Geflüchtete und Zugewanderte über mehrere Monate mit einem festen Coach an ihrem Weg in Arbeit oder Ausbildung. "
  "Es geht um Bewerbungsunterlagen, Vorstellungsgespräche, Praktika und die ersten Wochen im neuen Job, auf Wunsch auch um Kinderbetreuung und Arbeitswege. "
  "Die Teilnahme wird mit der Ansprechperson im Jobcenter vereinbart.",
  locs=["wi-jobcenter"], areas=WI, langs=["de", "ar", "fa", "uk", "en"], hf=["arbeit"], zg=["gefluechtete", "neuzugewanderte"],
  sched=[("MO,TU,WE,TH", "08:30", "15:30")],
  elig="Leistungsberechtigte des Jobcenters Wiesbaden.",
  app="Teilnahme über die persönliche Ansprechperson im Jobcenter vereinbaren.", mail="jobcoaching", contact="Team Jobcoaching",
  src="709")
S("wiesbaden-berufsberatung-junge-zugewanderte", "wi-agentur",
  "Berufsberatung für junge Zugewanderte",
  "Die Berufsberatung hilft jungen Menschen, die noch nicht lange in Deutschland sind, einen passenden Ausbildungsberuf oder ein Studium zu finden. "
  "Gemeinsam werden Schulabschlüsse eingeordnet, Interessen getestet und Praktika geplant; auf Wunsch sind die Eltern beim Gespräch dabei. "
  "Mittwochnachmittags gibt es eine offene Sprechstunde im Berufsinformationszentrum.",
  locs=["wi-agentur"], areas=WI, langs=["de", "en", "ar", "uk"], hf=["arbeit", "bildung"], zg=["jugendliche", "neuzugewanderte"],
  sched=[("WE", "13:00", "17:00", "Offene Sprechstunde")], min_age=15, max_age=27,
  app="Offene Sprechstunde ohne Termin oder Termin über die Servicenummer.", mail="berufsberatung", contact="Berufsberatung",
  src="709")
S("wiesbaden-werkstattjahr-junge-gefluechtete", "wi-bauhaus",
  "Werkstattjahr für junge Geflüchtete – Berufsorientierung in Holz, Metall und Farbe",
  "Junge Geflüchtete probieren in den Werkstätten verschiedene Berufe aus, lernen den Umgang mit Werkzeug und Maschinen und verbessern gleichzeitig ihr Deutsch mit Fachsprache. "
  "Sozialpädagoginnen begleiten bei Fragen zu Aufenthalt, Wohnen und Schule und helfen beim Übergang in eine Ausbildung. "
  "Der Einstieg ist laufend möglich.",
  locs=["wi-bauhaus"], areas=WI, langs=["de", "ar", "fa", "ti"], hf=["arbeit", "bildung"], zg=["jugendliche", "gefluechtete"],
  sched=[("MO,TU,WE,TH", "08:00", "15:30"), ("FR", "08:00", "12:00")], min_age=16, max_age=25,
  elig="Junge Geflüchtete ohne Ausbildungsplatz mit Wohnsitz in Wiesbaden.",
  app="Anmeldung über Jobcenter, Jugendmigrationsdienst oder direkt in der Werkstatt.", mail="werkstattjahr", contact="Werkstattleitung",
  vfrom="2024-09-01", vto="2027-08-31", src="1352")
S("wiesbaden-migrationsberatung-erwachsene", "wi-caritas",
  "Migrationsberatung für Erwachsene (MBE)",
  "Die Migrationsberatung unterstützt Zugewanderte ab 27 Jahren bei allen Fragen des Ankommens: Aufenthalt, Integrationskurs, Arbeit, Wohnung, Gesundheit, Kinder und Familie. "
  "Die Beraterinnen sprechen Arabisch, Farsi, Türkisch und Ukrainisch und begleiten über einen längeren Zeitraum. "
  "Die Beratung ist kostenlos, vertraulich und unabhängig von Religion und Herkunft.",
  alt="Migrationsberatung",
  locs=["wi-caritas"], areas=WI, langs=["de", "ar", "fa", "tr", "uk"], hf=["jugend-soziales", "arbeit"], zg=["neuzugewanderte"],
  sched=[("MO,WE", "09:00", "12:00"), ("TU", "13:30", "17:00")],
  min_age=27, elig=MBE_ELIG, docs=["Aufenthaltstitel", "Aktuelle Schreiben von Behörden"],
  app="Termin telefonisch oder per E-Mail vereinbaren.", mail="migration", contact="Migrationsdienst", src="1346 (nur Art: Beratungsstellen, Wohlfahrtsverbände)")
S("wiesbaden-sprachmittlerpool-ehrenamtlich", "wi-caritas",
  "Ehrenamtlicher Sprachmittlerpool – Dolmetschen bei Terminen",
  "Ehrenamtliche Sprachmittlerinnen und Sprachmittler begleiten Geflüchtete und Zugewanderte zu Arztterminen, Elterngesprächen in Kita und Schule oder zu Beratungsstellen und übersetzen dort. "
  "Sie werden von der Caritas geschult, zur Verschwiegenheit verpflichtet und regelmäßig begleitet. "
  "Wer selbst zwei Sprachen gut spricht, kann im Pool mitmachen.",
  alt="Dolmetscher für Termine",
  locs=["wi-caritas"], areas=WI, langs=["de", "ar", "fa", "ti", "uk", "ru", "tr"], hf=["ehrenamt", "interkulturelle-oeffnung"], zg=["gefluechtete", "alle"],
  sched=[("MO,TU,WE,TH", "10:00", "12:00", "Vermittlungszeiten am Telefon")],
  interp="Ehrenamtliche Sprachmittlerinnen und Sprachmittler für Arabisch, Farsi/Dari, Tigrinya, Ukrainisch, Russisch, Türkisch und weitere Sprachen.",
  app="Einsatz mindestens fünf Werktage vorher telefonisch oder per E-Mail anfragen.", mail="sprachmittlung", contact="Koordination Sprachmittlerpool")
S("wiesbaden-integrationskurs-intensiv", "wi-vhs",
  "Integrationskurs und Intensivkurs",
  "Die VHS bietet allgemeine Integrationskurse am Vormittag und am Abend sowie einen Intensivkurs für schnell Lernende mit 430 Unterrichtseinheiten an. "
  "Zu Beginn steht ein kostenloser Einstufungstest; danach beginnt der Kurs im passenden Modul. "
  "Zum Kurs gehören der Orientierungskurs und die Abschlussprüfungen.",
  alt="Deutschkurs (Integrationskurs)",
  locs=["wi-vhs"], areas=WI, langs=["de"], hf=["sprachfoerderung"], zg=["neuzugewanderte", "gefluechtete"],
  sched=[("MO,TU,WE,TH,FR", "08:30", "12:45", "Vormittagskurs und Intensivkurs"), ("MO,TU,WE,TH", "18:00", "21:15", "Abendkurs")],
  cost=IK_COST, fees=IK_FEES, docs=IK_DOCS, min_age=16,
  app="Termin für den Einstufungstest im Kursbüro oder online vereinbaren.", mail="integrationskurse", contact="Kursbüro Integration",
  src="1346 (nur Art: Integrationskursträger)")
S("wiesbaden-deutsch-im-alltag-abendkurs", "wi-vhs",
  "Deutsch im Alltag – Abendkurs A1/A2 für Berufstätige",
  "Der Abendkurs ist für Berufstätige, internationale Fachkräfte und ihre Partnerinnen und Partner gedacht, die neben der Arbeit Deutsch lernen möchten und keinen Integrationskurs besuchen. "
  "An zwölf Abenden geht es um Alltagssituationen wie Einkaufen, Arzttermine, Smalltalk mit Kolleginnen und Kollegen und Telefonate. "
  "Der Kurs ist kostenpflichtig; mit Wiesbadener Sozialausweis gibt es Ermäßigung.",
  alt="Sprachkurs Deutsch am Abend",
  locs=["wi-vhs"], areas=WI, langs=["de", "en"], hf=["sprachfoerderung"], zg=["fachkraefte", "neuzugewanderte"],
  sched=[("TU,TH", "18:30", "20:00")],
  cost=[("Kursgebühr (12 Abende)", 129, "ermäßigt 65 Euro")],
  fees="Kursgebühr 129 Euro für zwölf Abende, ermäßigt 65 Euro.",
  app="Online oder im Kursbüro anmelden.", mail="sprachen", contact="Fachbereich Sprachen")

# =============================== Hochtaunuskreis ============================
HTK = ["06434"]
S("hochtaunus-erstanlaufstelle-integration", "htk-leitstelle",
  "Erstanlaufstelle Integration im Landratsamt",
  "Die Leitstelle Integration beantwortet Fragen von Bürgerinnen und Bürgern, Vereinen, Kommunen und Einrichtungen rund um Migration und Integration im Hochtaunuskreis. "
  "Zum Beispiel: Welche Deutschkurse gibt es in meiner Nähe, wer berät zum Aufenthalt, und wie kann unser Verein Zugewanderte erreichen? "
  "Die Leitstelle vermittelt an die passenden Fachstellen und freien Träger; dienstags ist eine Sprechstunde ohne Termin.",
  locs=["htk-landratsamt"], areas=HTK, langs=["de", "en"], hf=["teilhabe", "interkulturelle-oeffnung"], zg=["alle", "neuzugewanderte"],
  sched=[("TU", "09:00", "12:00", "Sprechstunde ohne Termin"), ("TH", "14:00", "17:00", "Nach Vereinbarung")],
  app="Dienstags ohne Termin, sonst telefonisch oder per E-Mail.", mail="leitstelle", contact="Leitstelle Integration",
  src="317-321")
S("hochtaunus-familiencoaching", "htk-leitstelle",
  "Familiencoaching – fallorientierte und aufsuchende Familienarbeit",
  "Familien mit Migrationsgeschichte, die schon länger Grundsicherung beziehen, werden von einer festen Ansprechperson begleitet, auch bei Hausbesuchen. "
  "Gemeinsam mit allen Familienmitgliedern entsteht ein persönlicher Förderplan: Integrationskurs für die Eltern, Unterstützung bei Ausbildungs- und Arbeitssuche, Hilfe bei Schulproblemen und in Konflikten. "
  "In Fallkonferenzen arbeiten Leitstelle, Jobcenter und weitere Stellen zusammen; die Teilnahme ist freiwillig.",
  alt="Case-Management für Familien",
  locs=["htk-landratsamt"], areas=HTK, langs=["de", "tr", "ar"], hf=["arbeit", "jugend-soziales"], zg=["eltern", "jugendliche"],
  sched=[("MO,TU,WE,TH", "09:00", "16:00", "Termine und Hausbesuche nach Vereinbarung")],
  elig="Familien im Hochtaunuskreis, die seit mehreren Jahren Leistungen nach dem SGB II beziehen.",
  app="Zugang über das Jobcenter Hochtaunus oder direkt bei der Leitstelle Integration.", mail="familiencoaching", contact="Leitstelle Integration",
  vfrom="2014-01-01", vto="2027-06-30", src="321, 687-695")
S("hochtaunus-werkstattgespraeche-integrationskonzept", "htk-leitstelle",
  "Mitreden beim Integrationskonzept: Werkstattgespräche in den Kommunen",
  "Das partizipative Integrationskonzept des Hochtaunuskreises wird fortgeschrieben, und alle Einwohnerinnen und Einwohner können mitreden. "
  "In Abendwerkstätten in Friedrichsdorf und Oberursel sammeln Bürgerinnen und Bürger, Vereine, Ausländerbeiräte und Fachleute, was gut läuft und was fehlt – etwa bei Sprachkursen, Kinderbetreuung oder Wohnen. "
  "Die Ergebnisse fließen in das neue Konzept ein; Dolmetschen ist auf Anfrage möglich.",
  locs=["htk-ab-friedrichsdorf", "htk-ab-oberursel"], areas=HTK + ["06434002", "06434008"], langs=["de", "tr", "ar", "en"], hf=["teilhabe"], zg=["alle"],
  sched=[("WE", "18:30", "21:00", "Abendwerkstätten nach Terminplan")],
  app="Anmeldung per E-Mail erwünscht, aber nicht nötig; Dolmetschen bitte eine Woche vorher anfragen.", mail="integrationskonzept", contact="Leitstelle Integration",
  vfrom="2026-02-01", vto="2027-03-31", src="229, 235, 321")
S("hochtaunus-interkulturelle-lotsen-begleitung", "htk-ib",
  "Interkulturelle Lotsinnen und Lotsen – Begleitung zu Ämtern, Banken und Schulen",
  "Ehrenamtliche Lotsinnen und Lotsen, die selbst einmal neu in Deutschland waren, begleiten Zugewanderte in Friedrichsdorf, Oberursel und Steinbach zu Terminen bei Behörden, Banken, Schulen oder Arztpraxen. "
  "Sie helfen beim Ausfüllen von Formularen und erklären, wie Abläufe hier funktionieren; eine Rechtsberatung ersetzen sie nicht. "
  "Eine Begleitung fragen Sie telefonisch, per E-Mail oder in der offenen Sprechstunde der Lotsenvermittlungsstelle an.",
  alt="Migranten helfen Migranten",
  locs=["htk-ib-friedrichsdorf", "htk-ib-oberursel", "htk-ib-steinbach"], areas=["06434002", "06434008", "06434010"],
  langs=["de", "tr", "ar", "ru", "fa", "uk", "en"], hf=["teilhabe", "ehrenamt"], zg=["neuzugewanderte", "gefluechtete"],
  sched=[("TU", "16:00", "18:00", "Offene Sprechstunde in Oberursel"), ("TH", "10:00", "12:00", "Offene Sprechstunde in Friedrichsdorf und Steinbach")],
  app="Begleitung mindestens drei Tage vorher anfragen.", mail="lotsen", contact="Lotsenvermittlungsstelle",
  vfrom="2014-01-01", src="760-765",
  tr={"en": ("Intercultural guides – accompaniment to authorities, banks and schools",
             "Volunteer guides who were once newcomers to Germany themselves accompany immigrants in Friedrichsdorf, Oberursel and Steinbach to appointments at public authorities, banks, schools or doctors' practices. "
             "They help fill in forms and explain how procedures work here; they do not replace legal advice. "
             "You can request accompaniment by phone, by e-mail or during the open consultation hours of the guide placement office."),
      "fa": ("راهنمایان بین‌فرهنگی – همراهی به ادارات، بانک‌ها و مدارس",
             "راهنمایان داوطلبی که خودشان روزی تازه‌وارد آلمان بوده‌اند، مهاجران را در فریدریشزدورف، اوبراورزل و اشتاین‌باخ برای قرارهای ملاقات در ادارات، بانک‌ها، مدارس یا مطب پزشکان همراهی می‌کنند. "
             "آن‌ها در پر کردن فرم‌ها کمک می‌کنند و توضیح می‌دهند که روندها در اینجا چگونه است؛ اما جایگزین مشاورهٔ حقوقی نیستند. "
             "درخواست همراهی را می‌توانید تلفنی، از طریق ایمیل یا در ساعات مراجعهٔ آزاد دفتر معرفی راهنمایان ثبت کنید.")})
S("hochtaunus-lotsin-werden", "htk-ib",
  "Lotsin oder Lotse werden – Schulung für Freiwillige mit Migrationsgeschichte",
  "Menschen mit eigener Migrationsgeschichte, die ihren Weg in Deutschland gefunden haben, können sich zur interkulturellen Lotsin oder zum Lotsen schulen lassen. "
  "In zehn Samstagsmodulen geht es um Behörden und Sozialleistungen, Schule und Ausbildung, Gesundheitssystem, Gesprächsführung und die eigenen Grenzen im Ehrenamt. "
  "Die Schulung ist kostenlos, schließt mit einem Zertifikat ab, und für Einsätze gibt es eine Aufwandsentschädigung.",
  locs=["htk-ib-oberursel"], areas=["06434002", "06434008", "06434010"], langs=["de"], hf=["ehrenamt"], zg=["alle"],
  sched=[("SA", "10:00", "15:00", "Zehn Module, Beginn jeweils im Frühjahr und Herbst")],
  elig="Menschen mit Migrationsgeschichte ab 18 Jahren mit Deutschkenntnissen ab B1, wohnhaft in Friedrichsdorf, Oberursel oder Steinbach.",
  min_age=18, app="Bewerbung per E-Mail mit kurzer Vorstellung; danach Kennenlerngespräch.", mail="lotsen", contact="Lotsenvermittlungsstelle",
  src="763")
S("hochtaunus-interkulturelle-kompetenz-verwaltung", "htk-vhs",
  "Interkulturelle Kompetenz als Schlüsselqualifikation – Schulungen für Verwaltungen",
  "Die Volkshochschule schult Beschäftigte der Kreisverwaltung und der Städte und Gemeinden im Hochtaunuskreis in interkultureller Kompetenz, zuerst die Führungskräfte, dann Teams mit viel Publikumsverkehr wie Ausländerbehörde, Jobcenter und BürgerInfoService. "
  "Die Inhouse-Schulungen arbeiten mit Situationen aus dem eigenen Arbeitsalltag und werden auf die jeweilige Dienststelle zugeschnitten. "
  "Kommunen können Schulungen für ihre Teams anfragen.",
  locs=["htk-vhs-badhomburg"], areas=HTK, langs=["de"], hf=["interkulturelle-oeffnung"], zg=["fachkraefte"],
  sched=[("WE", "09:00", "16:00", "Schulungstage nach Vereinbarung")],
  cost=[("Schulung für Dienststellen im Hochtaunuskreis", 0)],
  app="Dienststellen fragen eine Schulung per E-Mail an; Termine nach Absprache.", mail="interkulturell", contact="Fachbereich Gesellschaft",
  vfrom="2010-10-01", src="1072-1078")
S("hochtaunus-integrationskurs-oberursel", "htk-vhs",
  "Integrationskurs in Oberursel",
  "In Oberursel beginnen mehrmals im Jahr allgemeine Integrationskurse mit Sprachkurs bis B1 und Orientierungskurs, vormittags und abends. "
  "Vor der Anmeldung gibt es einen kostenlosen Einstufungstest. "
  "Die Kursräume liegen wenige Minuten von der U-Bahn entfernt.",
  alt="Deutschkurs",
  locs=["htk-vhs-oberursel"], areas=HTK + ["06434008"], langs=["de"], hf=["sprachfoerderung"], zg=["neuzugewanderte", "gefluechtete"],
  sched=[("MO,TU,WE,TH,FR", "08:45", "12:00", "Vormittagskurs"), ("MO,WE", "18:00", "21:15", "Abendkurs")],
  cost=IK_COST, fees=IK_FEES, docs=IK_DOCS, min_age=16,
  app="Einstufungstest im Kursbüro vereinbaren.", mail="integrationskurse", contact="Kursbüro Integration")
S("hochtaunus-elternintegrationskurs-bad-homburg", "htk-vhs",
  "Elternintegrationskurs mit Kinderbetreuung in Bad Homburg",
  "Der Elternintegrationskurs richtet sich an Mütter und Väter mit kleinen Kindern und verbindet Deutschlernen mit Themen rund um Familie, Kita und Schule. "
  "Während des Unterrichts werden die Kinder im Haus betreut; Ausflüge zu Kita, Bibliothek und Kinderarzt gehören zum Kurs. "
  "Der Kurs umfasst 1.000 Unterrichtseinheiten und findet vormittags statt.",
  alt="Deutschkurs mit Kinderbetreuung",
  locs=["htk-vhs-badhomburg"], areas=HTK + ["06434001"], langs=["de"], hf=["sprachfoerderung"], zg=["eltern", "frauen"],
  sched=[("MO,TU,WE,TH", "08:45", "12:00")],
  cost=IK_COST, fees=IK_FEES, docs=IK_DOCS,
  app="Persönlich im Kursbüro anmelden und einen Platz in der Kinderbetreuung reservieren.", mail="integrationskurse", contact="Kursbüro Integration")
S("hochtaunus-sprechstunde-auslaenderbeirat-oberursel", "htk-ab-oberursel",
  "Sprechstunde des Ausländerbeirats Oberursel",
  "Mitglieder des Ausländerbeirats Oberursel hören sich Anliegen von Einwohnerinnen und Einwohnern mit Migrationsgeschichte an – von Problemen mit Behörden bis zu Erfahrungen mit Diskriminierung. "
  "Sie geben Hinweise, wer weiterhelfen kann, und bringen wiederkehrende Themen in die Stadtpolitik und die Steuerungsgruppe des Kreises ein. "
  "Die Sprechstunde ist kostenlos und ohne Anmeldung.",
  locs=["htk-ab-oberursel"], areas=["06434008"], langs=["de", "tr", "ar", "en"], hf=["teilhabe", "antidiskriminierung"], zg=["alle"],
  sched=[("MO", "18:00", "19:30")],
  app="Ohne Anmeldung vorbeikommen.", mail="sprechstunde", contact="Ausländerbeirat Oberursel", src="506 (Ausländerbeiräte der Modellkommunen)")
S("hochtaunus-interkultureller-stammtisch-friedrichsdorf", "htk-ab-friedrichsdorf",
  "Interkultureller Stammtisch und Begegnungsfest in Friedrichsdorf",
  "Der Ausländerbeirat Friedrichsdorf lädt jeden Freitagabend zum offenen Stammtisch ein, an dem Alteingesessene und Zugezogene ins Gespräch kommen. "
  "Einmal im Jahr organisiert der Beirat mit Vereinen ein internationales Begegnungsfest mit Musik, Tanz und Essen aus vielen Ländern. "
  "Vereine und Gruppen, die beim Fest mitmachen möchten, melden sich beim Stammtisch.",
  locs=["htk-ab-friedrichsdorf"], areas=["06434002"], langs=["de", "tr", "it", "ru"], hf=["kultur-religion", "teilhabe"], zg=["alle"],
  sched=[("FR", "19:00", "21:00")],
  app="Ohne Anmeldung.", mail="stammtisch", contact="Ausländerbeirat Friedrichsdorf", src="506 (Ausländerbeiräte der Modellkommunen)")
S("hochtaunus-beratung-ausbildung-arbeit", "htk-jobcenter",
  "Beratung zu Ausbildung und Arbeit für Zugewanderte",
  "Das Jobcenter berät zugewanderte und geflüchtete Leistungsberechtigte zu Deutschkursen, Anerkennung, Ausbildung und Arbeit im Hochtaunuskreis. "
  "Ein Schwerpunkt ist die Vermittlung in Betriebe der Region, auch in Teilzeit für Eltern. "
  "Für das Gespräch kann eine Sprachmittlung organisiert werden.",
  locs=["htk-jobcenter"], areas=HTK, langs=["de", "ar", "fa", "uk", "en"], hf=["arbeit"], zg=["gefluechtete", "neuzugewanderte"],
  sched=[("MO,TU,TH", "08:00", "12:00"), ("TH", "14:00", "17:00")],
  docs=["Aufenthaltstitel", "Aktueller Leistungsbescheid", "Zeugnisse und Lebenslauf"],
  app="Termin über die persönliche Ansprechperson oder die Servicenummer vereinbaren.", mail="integration", contact="Team Integration",
  src="1074 (Fachbereich Hilfemanagement)")
S("hochtaunus-migrationsberatung-erwachsene", "htk-caritas",
  "Migrationsberatung für Erwachsene (MBE) Hochtaunus",
  "Die Migrationsberatung der Caritas unterstützt Zugewanderte ab 27 Jahren im ganzen Hochtaunuskreis bei Aufenthalt, Integrationskurs, Arbeit, Wohnung, Gesundheit und Familie. "
  "Neben der Beratungsstelle in Bad Homburg gibt es jeden Mittwoch eine Außensprechstunde im Familientreff Neu-Anspach. "
  "Die Beratung ist kostenlos und vertraulich.",
  alt="Migrationsberatung",
  locs=["htk-caritas-badhomburg", "htk-familientreff-neu-anspach"], areas=HTK, langs=["de", "ar", "fa", "tr", "uk", "ru"], hf=["jugend-soziales", "arbeit"], zg=["neuzugewanderte"],
  sched=[("MO,TH", "09:00", "12:00", "Bad Homburg"), ("WE", "14:00", "17:00", "Außensprechstunde Neu-Anspach")],
  min_age=27, elig=MBE_ELIG,
  app="Termin telefonisch vereinbaren; in Neu-Anspach auch ohne Termin.", mail="migration", contact="Migrationsdienst", src="506 (nur Art: freie Träger)")
S("hochtaunus-sprachcafe-neu-anspach", "htk-caritas",
  "Sprachcafé mit Kinderbetreuung im Familientreff Neu-Anspach",
  "Im Familientreff üben Neuzugewanderte jeden Mittwochvormittag mit Ehrenamtlichen Deutsch im Gespräch, während ihre kleinen Kinder nebenan spielen und betreut werden. "
  "Es geht um Alltagsthemen wie Einkaufen, Kinderarzt und Kita. "
  "Ohne Anmeldung und kostenlos.",
  locs=["htk-familientreff-neu-anspach"], areas=["06434007"], langs=["de"], hf=["sprachfoerderung", "ehrenamt"], zg=["eltern", "neuzugewanderte"],
  sched=[("WE", "09:30", "11:30")],
  app="Einfach vorbeikommen.", mail="familientreff", contact="Familientreff Neu-Anspach")
S("hochtaunus-fluechtlingsberatung", "htk-diakonie",
  "Flüchtlings- und Asylverfahrensberatung",
  "Die Flüchtlingsberatung unterstützt Asylsuchende und Geflüchtete im Hochtaunuskreis während und nach dem Asylverfahren: bei der Vorbereitung auf die Anhörung, beim Verständnis von Bescheiden und bei Fragen zu Familiennachzug, Unterkunft und Sozialleistungen. "
  "Die Beratung ist unabhängig, kostenlos und vertraulich. "
  "Für Arabisch und Farsi/Dari sind Beraterinnen vor Ort, weitere Sprachen über Dolmetschende.",
  alt="Asylberatung",
  locs=["htk-diakonie"], areas=HTK, langs=["de", "ar", "fa", "en", "ti"], hf=["jugend-soziales", "teilhabe"], zg=["gefluechtete"],
  sched=[("MO,TU", "09:00", "12:00"), ("TH", "13:00", "17:00")],
  docs=["Aufenthaltsgestattung, Duldung oder Aufenthaltstitel", "Bescheide und Schreiben des BAMF"],
  app="Termin vereinbaren; bei Fristen bitte sofort anrufen.", mail="fluechtlingsberatung", contact="Flüchtlingsberatung",
  tr={"en": ("Refugee and asylum procedure counselling",
             "Refugee counselling supports asylum seekers and refugees in the Hochtaunus district during and after the asylum procedure: preparing for the interview, understanding official decisions, and questions about family reunification, accommodation and social benefits. "
             "Counselling is independent, free and confidential. "
             "Counsellors speaking Arabic and Farsi/Dari are on site; other languages are covered by interpreters."),
      "ar": ("استشارة اللاجئين وإجراءات اللجوء",
             "تدعم استشارة اللاجئين طالبي اللجوء واللاجئين في منطقة هوختاونوس خلال إجراءات اللجوء وبعدها: في التحضير لجلسة الاستماع، وفهم القرارات الرسمية، وفي المسائل المتعلقة بلمّ شمل الأسرة والسكن والمساعدات الاجتماعية. "
             "الاستشارة مستقلة ومجانية وسرية. "
             "تتوفر مستشارات يتحدثن العربية والفارسية/الدارية في المكان، وتُغطّى اللغات الأخرى عبر مترجمين.")})
S("hochtaunus-psychosoziale-beratung-gefluechtete", "htk-diakonie",
  "Psychosoziale Beratung für Geflüchtete",
  "Viele Geflüchtete tragen belastende Erlebnisse mit sich, die Schlaf, Konzentration und das Deutschlernen erschweren. "
  "In der psychosozialen Beratung finden sie Gespräche in ihrer Sprache, Entspannungs- und Stabilisierungsübungen und bei Bedarf die Vermittlung in eine Psychotherapie. "
  "Die Beratung ist kostenlos und vertraulich.",
  locs=["htk-diakonie"], areas=HTK, langs=["de", "ar", "fa", "uk", "en"], hf=["gesundheit"], zg=["gefluechtete"],
  sched=[("WE", "10:00", "16:00")],
  app="Anmeldung telefonisch oder über die Flüchtlingsberatung.", mail="psychosozial", contact="Psychosoziale Beratung")
S("hochtaunus-maedchenfussball-steinbach", "sportjugend-hessen",
  "Integration durch Sport: Mädchenfußball in Steinbach",
  "Mädchen zwischen 8 und 16 Jahren spielen zweimal pro Woche Fußball, egal ob sie schon Erfahrung haben oder zum ersten Mal kicken. "
  "Trainiert wird von zwei Übungsleiterinnen des Stützpunktvereins; Trikots und Schuhe können ausgeliehen werden. "
  "Die ersten vier Wochen sind kostenlos, danach ist eine Mitgliedschaft im Verein nötig.",
  locs=["htk-sportgelaende-steinbach"], areas=["06434010"], langs=["de", "ar", "tr"], hf=["sport", "jugend-soziales"], zg=["kinder", "jugendliche"],
  sched=[("TU,FR", "16:30", "18:00")], min_age=8, max_age=16,
  cost=[("Schnuppertraining (vier Wochen)", 0), ("Vereinsbeitrag Kinder und Jugendliche", 8, "pro Monat; Bildungs- und Teilhabepaket möglich")],
  fees="Vier Wochen kostenlos schnuppern, danach 8 Euro Vereinsbeitrag im Monat; der Beitrag kann über das Bildungs- und Teilhabepaket übernommen werden.",
  app="Einfach mit Sportkleidung zum Training kommen; Eltern füllen beim zweiten Training die Anmeldung aus.", mail="steinbach", contact="Stützpunktkoordination",
  src="775")
S("hochtaunus-hausaufgabenhilfe-neu-anspach", "htk-neu-anspach",
  "Hausaufgabenhilfe und Lerntreff im Jugendhaus Neu-Anspach",
  "Schülerinnen und Schüler der Klassen 5 bis 10 bekommen im Jugendhaus Unterstützung bei Hausaufgaben und der Vorbereitung auf Klassenarbeiten, vor allem in Deutsch, Mathe und Englisch. "
  "Ehrenamtliche und ältere Schülerinnen und Schüler geben Nachhilfe in kleinen Gruppen. "
  "Die Teilnahme ist kostenlos; danach ist der offene Treff geöffnet.",
  alt="Nachhilfe im Jugendhaus",
  locs=["htk-jugendhaus-neu-anspach"], areas=["06434007"], langs=["de"], hf=["bildung"], zg=["kinder", "jugendliche"],
  sched=[("MO,TU,WE,TH", "13:30", "16:00")], min_age=10, max_age=16,
  app="Einmalig im Jugendhaus anmelden.", mail="jugendhaus", contact="Team Jugendhaus", src="504 (nur Modellkommune Neu-Anspach)")

# =============================== Main-Kinzig-Kreis mit Hanau ================
MKK = ["06435"]
HU = ["06435014"]
S("mkk-erstberatung-integrationsbuero", "mkk-integrationsbuero",
  "Erstberatung zu Migration und Integration im Integrationsbüro",
  "Das Integrationsbüro in Gelnhausen ist die erste Anlaufstelle für alle Fragen rund um Migration und Integration im Main-Kinzig-Kreis – für Zugewanderte ebenso wie für Vereine, Schulen, Betriebe und Kommunen. "
  "Das Team berät persönlich, am Telefon oder per E-Mail und vermittelt an die passenden Fachstellen, etwa Migrationsberatung, Sprachkurse oder Ausländerbehörde. "
  "Die Beratung ist kostenlos.",
  locs=["mkk-integrationsbuero"], areas=MKK, langs=["de", "tr", "ru", "ar", "en"], hf=["teilhabe", "jugend-soziales"], zg=["alle", "neuzugewanderte"],
  sched=[("MO,TU,TH", "09:00", "12:00"), ("TH", "14:00", "17:30")],
  app="Ohne Termin in den Sprechzeiten oder nach Vereinbarung.", mail="integrationsbuero", contact="Integrationsbüro",
  src="253, 353-366",
  tr={"en": ("Initial counselling on migration and integration at the Integration Office",
             "The Integration Office in Gelnhausen is the first point of contact for all questions about migration and integration in the Main-Kinzig district – for immigrants as well as for associations, schools, businesses and municipalities. "
             "The team advises in person, by phone or by e-mail and refers you to the right specialist services, such as migration counselling, language courses or the immigration office. "
             "Counselling is free of charge."),
      "tr": ("Entegrasyon Bürosu'nda göç ve entegrasyon konusunda ilk danışmanlık",
             "Gelnhausen'deki Entegrasyon Bürosu, Main-Kinzig ilçesinde göç ve entegrasyonla ilgili tüm sorular için ilk başvuru noktasıdır – göçmenlerin yanı sıra dernekler, okullar, işletmeler ve belediyeler için de. "
             "Ekip yüz yüze, telefonla veya e-posta ile danışmanlık yapar ve sizi göç danışmanlığı, dil kursları ya da yabancılar dairesi gibi uygun uzman birimlere yönlendirir. "
             "Danışmanlık ücretsizdir.")})
S("mkk-migrationssprechstunde-wohlfahrtsverbaende", "mkk-integrationsbuero",
  "Gemeinsame Migrationssprechstunde der Wohlfahrtsverbände",
  "Jeden Mittwoch bieten die Beratungsstellen der Wohlfahrtsverbände aus dem Netzwerk Migration – DRK, Caritas, Internationaler Bund und die Diakonischen Werke – im Wechsel eine Sprechstunde im Integrationsbüro an. "
  "Hier gibt es Beratung zu Aufenthalt, Asylverfahren, Integrationskurs und sozialen Fragen, auch für junge Zugewanderte. "
  "Wer eine längere Begleitung braucht, wird direkt an die zuständige Beratungsstelle weitergeleitet.",
  locs=["mkk-integrationsbuero"], areas=MKK, langs=["de", "ar", "fa", "ru", "tr", "uk"], hf=["jugend-soziales"], zg=["neuzugewanderte", "gefluechtete"],
  sched=[("WE", "09:00", "12:00")],
  app="Ohne Termin.", mail="integrationsbuero", contact="Integrationsbüro", src="1362-1364")
S("mkk-integrationsatlas-online", "mkk-integrationsbuero",
  "Integrationsatlas – Online-Wegweiser für den Main-Kinzig-Kreis und Hanau",
  "Der Integrationsatlas ist der gemeinsame Online-Wegweiser des Main-Kinzig-Kreises und der Stadt Hanau. "
  "Über eine Suchmaske finden Bürgerinnen und Bürger Sprachkurse, Beratungsstellen, Elterncafés, Sportangebote und viele weitere Integrationsangebote in ihrer Nähe. "
  "Träger können ihre Angebote selbst eintragen und aktuell halten; Beschäftigte in Verwaltungen nutzen den Atlas als Arbeitshilfe.",
  locs=[], areas=MKK + HU, langs=["de", "en"], hf=["teilhabe", "interkulturelle-oeffnung"], zg=["alle", "fachkraefte"],
  interp="Die Suchoberfläche ist auf Deutsch und Englisch verfügbar; viele Einträge enthalten Angaben zu den Sprachen der Angebote.",
  app="Ohne Anmeldung online nutzbar; Träger erhalten nach einer kurzen Registrierung einen Zugang zum Eintragen.",
  mail="integrationsatlas", contact="Redaktion Integrationsatlas", src="1338-1342",
  tr={"en": ("Integrationsatlas – online guide for the Main-Kinzig district and Hanau",
             "The Integrationsatlas is the joint online guide of the Main-Kinzig district and the city of Hanau. "
             "Using a search form, residents can find language courses, counselling services, parents' cafés, sports activities and many other integration services near them. "
             "Providers can enter their own offers and keep them up to date; staff in public administrations use the atlas as a working tool."),
      "ru": ("Integrationsatlas — онлайн-путеводитель по району Майн-Кинциг и Ханау",
             "Integrationsatlas — это совместный онлайн-путеводитель района Майн-Кинциг и города Ханау. "
             "С помощью поисковой формы жители могут найти языковые курсы, консультационные службы, родительские кафе, спортивные занятия и многие другие предложения по интеграции рядом с домом. "
             "Организации могут сами вносить свои предложения и поддерживать их в актуальном состоянии; сотрудники администраций используют атлас как рабочий инструмент.")})
S("mkk-impulse-kulturelle-vielfalt-verwaltung", "mkk-integrationsbuero",
  "Impulse für kulturelle Vielfalt in der Verwaltung – Fortbildung für Beschäftigte",
  "Beschäftigte der Kreisverwaltung und der Stadtverwaltung Hanau trainieren in praxisnahen Seminaren den Umgang mit unterschiedlichen Wertvorstellungen, interkulturelles Konfliktmanagement und den Perspektivenwechsel. "
  "Die Seminare knüpfen an Situationen aus dem Arbeitsalltag mit Bürgerinnen und Bürgern an; neue Module behandeln Personalauswahl und verständliche, mehrsprachige Öffentlichkeitsarbeit. "
  "Teilnehmende werden als Ansprechpersonen für ihre Kolleginnen und Kollegen vernetzt.",
  locs=["mkk-integrationsbuero"], areas=MKK + HU, langs=["de"], hf=["interkulturelle-oeffnung"], zg=["fachkraefte"],
  sched=[("TU", "09:00", "15:30", "Seminartage nach Jahresprogramm")],
  elig="Beschäftigte des Main-Kinzig-Kreises, der Stadt Hanau und der kreisangehörigen Kommunen.",
  app="Anmeldung über das Fortbildungsprogramm von Kreis oder Stadt.", mail="fortbildung", contact="Integrationsbüro",
  vfrom="2014-01-01", vto="2027-06-30", src="1120-1126, 1179-1187")
S("mkk-beratung-bei-diskriminierung", "mkk-integrationsbuero",
  "Beratung bei Diskriminierung im Main-Kinzig-Kreis",
  "Wer im Main-Kinzig-Kreis wegen seiner Herkunft, Religion, Sprache oder Hautfarbe benachteiligt oder beleidigt wurde, findet im Integrationsbüro ein offenes Ohr. "
  "Das Team hört zu, dokumentiert den Vorfall auf Wunsch und vermittelt an spezialisierte Beratungsstellen, Opferberatung oder Rechtsberatung. "
  "Auch Schulen, Vereine und Betriebe, die Vorfälle aufarbeiten möchten, werden beraten.",
  locs=["mkk-integrationsbuero"], areas=MKK, langs=["de", "tr", "en", "ar"], hf=["antidiskriminierung"], zg=["alle"],
  sched=[("TH", "14:00", "17:00")],
  app="Termin telefonisch oder per E-Mail; auf Wunsch anonym.", mail="vielfalt", contact="Integrationsbüro")
S("hanau-stadtteilmuetter-elternlotsen", "hu-integration",
  "Stadtteilmütter und Elternlotsen in Lamboy/Tümpelgarten",
  "Stadtteilmütter und Elternlotsen sind Frauen und Männer aus Lamboy und Tümpelgarten, die Familien im Stadtteil besuchen und über Angebote informieren: Kitas, Schulen, Sprachkurse, Familienhebammen, Sportvereine und das Nachbarschaftshaus. "
  "Auf Wunsch begleiten sie Eltern zum ersten Termin und helfen, Hemmschwellen abzubauen – in der Sprache der Familie. "
  "Sie beraten nicht professionell, kennen aber die richtigen Ansprechpartner. "
  "Der Kontakt ist kostenlos und läuft über das Nachbarschaftshaus.",
  locs=["hu-nachbarschaftshaus"], areas=HU, langs=["de", "tr", "ar", "ru"], hf=["ehrenamt", "jugend-soziales"], zg=["eltern", "kinder"],
  sched=[("MO,WE", "09:00", "12:00", "Sprechzeit im Nachbarschaftshaus")],
  app="Im Nachbarschaftshaus vorbeikommen oder anrufen; eine Stadtteilmutter meldet sich zurück.", mail="stadtteilmuetter", contact="Koordination Stadtteilmütter",
  vfrom="2010-06-01", src="746-751",
  tr={"en": ("Neighbourhood mothers and parent guides in Lamboy/Tümpelgarten",
             "Neighbourhood mothers and parent guides are women and men from Lamboy and Tümpelgarten who visit families in the neighbourhood and inform them about local services: daycare centres, schools, language courses, family midwives, sports clubs and the neighbourhood centre. "
             "On request they accompany parents to their first appointment and help lower barriers – in the family's own language. "
             "They do not provide professional counselling but know the right people to contact. "
             "Contact is free of charge and is arranged through the neighbourhood centre."),
      "tr": ("Lamboy/Tümpelgarten'de mahalle anneleri ve veli rehberleri",
             "Mahalle anneleri ve veli rehberleri, Lamboy ve Tümpelgarten'de yaşayan, mahalledeki aileleri ziyaret ederek onları kreşler, okullar, dil kursları, aile ebeleri, spor kulüpleri ve mahalle evi gibi olanaklar hakkında bilgilendiren kadın ve erkeklerdir. "
             "İstenirse velilere ilk randevularında eşlik eder ve çekingenliklerin aşılmasına yardımcı olurlar – ailenin kendi dilinde. "
             "Profesyonel danışmanlık yapmazlar, ancak doğru muhatapları tanırlar. "
             "İletişim ücretsizdir ve mahalle evi üzerinden sağlanır.")})
S("hanau-stadtteilmutter-werden", "hu-integration",
  "Stadtteilmutter werden – Qualifizierung für Frauen aus dem Stadtteil",
  "Frauen aus Lamboy und Tümpelgarten, die gern mit Familien arbeiten und neben Deutsch eine weitere Sprache sprechen, können sich zur Stadtteilmutter qualifizieren lassen. "
  "In einem halbjährigen Kurs lernen sie Kitas, Schulen, Beratungsstellen und Gesundheitsangebote kennen und üben Gesprächsführung. "
  "Die Qualifizierung ist kostenlos; für die Besuche gibt es eine Aufwandsentschädigung.",
  locs=["hu-nachbarschaftshaus"], areas=HU, langs=["de"], hf=["ehrenamt", "bildung"], zg=["frauen"],
  sched=[("TH", "09:00", "12:00", "Kurstermine im Nachbarschaftshaus")], min_age=18,
  app="Im Nachbarschaftshaus melden; der nächste Kurs beginnt im Frühjahr.", mail="stadtteilmuetter", contact="Koordination Stadtteilmütter",
  src="749-751")
S("hanau-vereinsberatung-interkulturell", "hu-integration",
  "Vereinsberatung: interkulturell erfolgreich in die Zukunft",
  "Sportvereine, Kulturvereine und Migrantenorganisationen in Hanau erhalten Beratung, wie sie neue Mitglieder jeder Herkunft gewinnen, Ehrenamtliche halten und sich im Stadtteil vernetzen. "
  "Geschulte Vereinsmultiplikatorinnen und -multiplikatoren geben ihre Erfahrungen weiter, und beim Vereinsstammtisch tauschen sich Vorstände aus. "
  "Die Beratung ist kostenlos.",
  locs=["hu-stadtladen"], areas=HU, langs=["de", "tr"], hf=["interkulturelle-oeffnung", "ehrenamt"], zg=["alle"],
  sched=[("WE", "17:30", "19:30", "Beratungszeit und Vereinsstammtisch")],
  app="Termin per E-Mail oder zur Beratungszeit kommen.", mail="vereine", contact="Abteilung Umwelt und Integration",
  vfrom="2014-01-01", src="1324-1332")
S("hanau-gruendungs-und-haendlerberatung", "hu-marketing",
  "Sprechstunde für Gründerinnen, Gründer und Geschäftsleute mit Zuwanderungsgeschichte",
  "Die Sprechstunde unterstützt Menschen, die in Hanau ein Geschäft eröffnen möchten oder bereits einen Laden, ein Restaurant oder einen Handwerksbetrieb führen. "
  "Themen sind Standortsuche, Marketing, Förderprogramme und gemeinsame Aktionen mit anderen Händlerinnen und Händlern in der Innenstadt, wie sie in der „Straße der Kulturen“ entstanden sind. "
  "Die Erstberatung ist kostenlos.",
  locs=["hu-marketing"], areas=HU, langs=["de", "tr", "en", "th"], hf=["arbeit"], zg=["fachkraefte", "alle"],
  sched=[("TU", "10:00", "13:00")],
  app="Termin telefonisch oder per E-Mail vereinbaren.", mail="gruendung", contact="Innenstadtmanagement",
  src="697-703")
S("schluechtern-jugendberatung-streetwork", "sl-checkin",
  "Jugendberatung und Streetwork im Jugendbüro „Check in“",
  "Das Jugendbüro ist Anlaufstelle für Jugendliche und junge Erwachsene in Schlüchtern – mit offenem Treff, Beratung bei Stress in Schule, Familie oder mit Behörden und Streetwork an Treffpunkten in der Stadt. "
  "Die Mitarbeitenden organisieren mit den Jugendlichen Projekte und beziehen sie in Entscheidungen ein. "
  "Alles ist freiwillig, vertraulich und kostenlos.",
  locs=["sl-checkin"], areas=["06435025"], langs=["de", "tr", "ar", "ru"], hf=["jugend-soziales"], zg=["jugendliche"],
  sched=[("MO,TU,WE,TH", "14:00", "19:00"), ("FR", "14:00", "17:00")], min_age=12, max_age=27,
  app="Einfach vorbeikommen oder per Messenger melden.", mail="checkin", contact="Team Jugendbüro",
  src="802-806")
S("schluechtern-nachtsport", "sl-checkin",
  "Nachtsport für Jugendliche",
  "Samstagabends öffnet die Sporthalle für Jugendliche: Fußball, Basketball und Tischtennis, betreut von Mitarbeitenden des Jugendbüros und ehrenamtlichen Trainern. "
  "Es gibt keine Anmeldung und keine Vereinspflicht, nur Hallenschuhe sind Pflicht. "
  "Der Nachtsport ist kostenlos.",
  locs=["sl-sporthalle"], areas=["06435025"], langs=["de"], hf=["sport", "jugend-soziales"], zg=["jugendliche"],
  sched=[("SA", "20:00", "23:00")], min_age=14, max_age=25,
  app="Ohne Anmeldung; Hallenschuhe mitbringen.", mail="checkin", contact="Team Jugendbüro", src="804")
S("schluechtern-bewerbungstraining", "sl-checkin",
  "Bewerbungstraining und Ausbildungscoaching",
  "Im Jugendbüro schreiben Jugendliche mit Unterstützung Bewerbungen und Lebensläufe, üben Vorstellungsgespräche und suchen Praktikums- und Ausbildungsplätze in der Region. "
  "Wer noch Deutsch lernt, bekommt Hilfe bei Formulierungen. "
  "Laptop und Drucker stehen bereit; kostenlos.",
  locs=["sl-checkin"], areas=["06435025"], langs=["de", "ar", "tr"], hf=["arbeit"], zg=["jugendliche"],
  sched=[("WE", "16:00", "18:00")], min_age=14, max_age=25,
  app="Ohne Anmeldung; Zeugnisse mitbringen, falls vorhanden.", mail="checkin", contact="Team Jugendbüro", src="804")
S("schluechtern-frauentreff-erziehung", "sl-tik",
  "Frauentreff mit Informationsreihe zu Erziehung und Schule",
  "Im Frauentreff des Kulturvereins kommen Frauen zusammen, um sich auszutauschen und mehr über Erziehung, Schule und Gesundheit zu erfahren. "
  "Das Jugendbüro „Check in“ und Integrationslotsen laden dazu Fachleute ein, etwa von Schule, Erziehungsberatung oder Familienzentrum. "
  "Die Treffen sind offen für alle Frauen, unabhängig von Religion und Herkunft.",
  locs=["sl-tik"], areas=["06435025"], langs=["de", "tr"], hf=["jugend-soziales", "kultur-religion"], zg=["frauen", "eltern"],
  sched=[("TH", "10:00", "12:00")],
  app="Ohne Anmeldung.", mail="frauentreff", contact="Frauengruppe des Vereins", src="804")
S("schluechtern-offene-moschee", "sl-tik",
  "Offene Moschee und Führungen für Gruppen",
  "Sonntagnachmittags öffnet der Verein sein Gemeindezentrum für alle, die die Moschee kennenlernen und Fragen zum Islam und zum Gemeindeleben stellen möchten, bei Tee und Gebäck. "
  "Schulklassen, Konfirmandengruppen und Vereine können auch eine Führung zu einem anderen Termin vereinbaren. "
  "Der Besuch ist kostenlos.",
  locs=["sl-tik"], areas=["06435025"], langs=["de", "tr"], hf=["kultur-religion"], zg=["alle"],
  sched=[("SU", "14:00", "17:00")],
  app="Einzelbesuch ohne Anmeldung; Gruppen bitte per E-Mail anfragen.", mail="fuehrungen", contact="Vorstand des Vereins", src="804")
S("maintal-neue-partnerschaften-vereinsberatung", "mt-stadt",
  "Neue Partnerschaften – Beratung für Vereine zur interkulturellen Öffnung",
  "Das Vereinsbüro berät Maintaler Vereine, die neue Mitglieder jeder Herkunft gewinnen möchten, etwa bei Einladungen in mehreren Sprachen, Schnupperangeboten oder der Berufung von Integrationsbeauftragten in den Vorstand. "
  "Gleichzeitig informiert es Zugezogene darüber, welche Vereine es gibt und wie man Mitglied wird. "
  "Vereinsabende bringen Migrantenorganisationen und „alteingesessene“ Vereine zusammen.",
  locs=["mt-vereinsbuero"], areas=["06435019"], langs=["de", "tr", "en"], hf=["interkulturelle-oeffnung", "ehrenamt"], zg=["alle"],
  sched=[("TU", "16:00", "19:00")],
  app="Termin vereinbaren oder zur Sprechzeit kommen.", mail="vereine", contact="Vereinsbüro",
  vfrom="2014-01-01", src="1090-1098")
S("maintal-streuobstwiese-mitmachtage", "mt-ak-streuobst",
  "Mitmachtage auf der Streuobstwiese in Bischofsheim",
  "Der Arbeitskreis Streuobst lädt Familien, Nachbarinnen und Nachbarn jeder Herkunft ein, die Streuobstwiese in Bischofsheim mitzupflegen: Bäume schneiden, Nistkästen bauen, im Herbst Äpfel ernten und gemeinsam Saft pressen. "
  "Vorkenntnisse braucht niemand, Werkzeug ist vorhanden. "
  "Die Mitmachtage sind kostenlos; Kinder kommen in Begleitung Erwachsener.",
  locs=["mt-streuobstwiese"], areas=["06435019"], langs=["de"], hf=["wohnen", "ehrenamt"], zg=["alle", "kinder"],
  sched=[("SA", "10:00", "13:00", "Von März bis Oktober; im Winter nach Ankündigung")],
  app="Ohne Anmeldung; festes Schuhwerk mitbringen.", mail="mitmachen", contact="Arbeitskreis Streuobst", src="1098")
S("gelnhausen-migrations-und-fluechtlingsberatung", "drk-gelnhausen",
  "Migrations- und Flüchtlingsberatung Gelnhausen",
  "Die Migrations- und Flüchtlingsberatung des DRK berät Geflüchtete und Zugewanderte in Gelnhausen und im östlichen Main-Kinzig-Kreis zu Aufenthalt, Asylverfahren, Integrationskurs, Arbeit, Wohnen und Familiennachzug. "
  "Beraten wird auf Deutsch, Arabisch, Farsi, Russisch und Ukrainisch. "
  "Offene Sprechstunde montags und dienstags vormittags, donnerstags mit Termin.",
  locs=["drk-gelnhausen"], areas=MKK + ["06435010"], langs=["de", "ar", "fa", "ru", "uk"], hf=["jugend-soziales"], zg=["gefluechtete", "neuzugewanderte"],
  sched=[("MO,TU", "09:00", "12:00", "Offene Sprechstunde"), ("TH", "13:30", "16:00", "Nach Terminvereinbarung")],
  docs=["Aufenthaltstitel, Aufenthaltsgestattung oder Duldung", "Aktuelle Bescheide"],
  app="Montags und dienstags ohne Termin, donnerstags nach Vereinbarung.", mail="migration", contact="Migrationsdienst",
  src="1362",
  tr={"en": ("Migration and refugee counselling Gelnhausen",
             "The German Red Cross migration and refugee counselling service advises refugees and immigrants in Gelnhausen and the eastern Main-Kinzig district on residence, asylum procedures, integration courses, work, housing and family reunification. "
             "Counselling is available in German, Arabic, Farsi, Russian and Ukrainian. "
             "Open consultation hours on Monday and Tuesday mornings, on Thursdays by appointment."),
      "uk": ("Консультації з питань міграції та для біженців у Гельнгаузені",
             "Служба консультацій з питань міграції та для біженців Німецького Червоного Хреста консультує біженців та іммігрантів у Гельнгаузені та східній частині району Майн-Кінціг щодо перебування, процедури надання притулку, інтеграційного курсу, роботи, житла та возз'єднання сім'ї. "
             "Консультації проводяться німецькою, арабською, фарсі, російською та українською мовами. "
             "Відкриті години прийому — у понеділок і вівторок зранку, у четвер — за попереднім записом.")})
S("waechtersbach-sprachcafe", "drk-gelnhausen",
  "Sprachcafé Wächtersbach",
  "Im DRK-Treff üben Geflüchtete und andere Neuzugewanderte jeden Montagabend mit Ehrenamtlichen Deutsch im Gespräch. "
  "Nebenbei gibt es Hilfe bei Briefen und Formularen, und es entstehen Kontakte zu Menschen aus Wächtersbach. "
  "Die Teilnahme ist kostenlos und ohne Anmeldung.",
  locs=["drk-waechtersbach"], areas=["06435029"], langs=["de"], hf=["sprachfoerderung", "ehrenamt"], zg=["gefluechtete", "alle"],
  sched=[("MO", "17:00", "19:00")],
  app="Einfach vorbeikommen.", mail="sprachcafe", contact="DRK-Treff Wächtersbach", src="249 (nur Partnerkommune Wächtersbach)")
S("hanau-migrationsberatung-erwachsene", "caritas-mkk",
  "Migrationsberatung für Erwachsene in Hanau",
  "Die Migrationsberatung der Caritas in Hanau berät Zugewanderte ab 27 Jahren zu Aufenthalt, Integrationskurs, Arbeit, Anerkennung, Wohnen und Familie und begleitet bei Bedarf über längere Zeit. "
  "Die Beraterinnen und Berater sprechen Türkisch, Arabisch, Russisch und Polnisch. "
  "Die Beratung ist kostenlos und vertraulich.",
  alt="Migrationsberatung (MBE)",
  locs=["caritas-hanau"], areas=HU, langs=["de", "tr", "ar", "ru", "pl"], hf=["jugend-soziales", "arbeit"], zg=["neuzugewanderte"],
  sched=[("TU,WE", "09:00", "12:00"), ("TH", "14:00", "17:00")],
  min_age=27, elig=MBE_ELIG, docs=["Aufenthaltstitel", "Aktuelle Schreiben von Behörden"],
  app="Termin telefonisch vereinbaren.", mail="migration", contact="Migrationsdienst", src="1362")
S("erlensee-hausaufgabenhilfe-grundschulkinder", "caritas-mkk",
  "Hausaufgabenhilfe und Nachhilfe für Grundschulkinder in Erlensee",
  "Im Caritas-Lerntreff erledigen Grundschulkinder nach der Schule ihre Hausaufgaben und üben Lesen, Schreiben und Rechnen in kleinen Gruppen. "
  "Kinder, die noch nicht lange Deutsch lernen, bekommen zusätzliche Sprachförderung. "
  "Einmal im Monat lädt das Team die Eltern zu einem Gespräch über die Fortschritte ein.",
  alt="Nachhilfe für Kinder",
  locs=["caritas-erlensee"], areas=["06435007"], langs=["de"], hf=["bildung", "sprachfoerderung"], zg=["kinder"],
  sched=[("MO,TU,WE,TH", "13:00", "15:30")], min_age=6, max_age=11,
  cost=[("Materialbeitrag", 5, "pro Monat; Ermäßigung möglich")],
  fees="5 Euro Materialbeitrag im Monat; bei geringem Einkommen entfällt der Beitrag.",
  app="Anmeldung durch die Eltern im Lerntreff.", mail="lerntreff", contact="Caritas-Lerntreff", src="249 (nur Partnerkommune Erlensee)")
S("hanau-jugendmigrationsdienst", "ib-hanau",
  "Jugendmigrationsdienst Hanau",
  "Der Jugendmigrationsdienst begleitet junge Zugewanderte zwischen 12 und 27 Jahren in Hanau und im westlichen Main-Kinzig-Kreis bei Schule, Sprachkurs, Ausbildung und Studium. "
  "Mit einem individuellen Integrationsplan geht es Schritt für Schritt voran, und es gibt Gruppenangebote wie Bewerbungstraining und Lernwerkstatt. "
  "Die Beratung ist kostenlos.",
  locs=["ib-hanau"], areas=HU + MKK, langs=["de", "en", "ar", "fa", "tr", "uk"], hf=["jugend-soziales", "bildung"], zg=["jugendliche", "neuzugewanderte"],
  sched=[("MO,TU,WE,TH", "10:00", "16:00")], min_age=12, max_age=27,
  app="Termin vereinbaren; dienstags offene Sprechstunde.", mail="jmd", contact="Team Jugendmigrationsdienst", src="1362")
S("hanau-gespraechsgruppe-gefluechtete-maenner", "dw-hanau",
  "Gesprächsgruppe für geflüchtete Männer",
  "In der Gesprächsgruppe treffen sich geflüchtete Männer, um über das Ankommen, Arbeit, Familie im Umbruch, Vatersein und den Umgang mit Stress zu sprechen. "
  "Die Gruppe wird von einem arabisch- und einem farsisprachigen Berater geleitet; Vertraulichkeit ist selbstverständlich. "
  "Neue Teilnehmer sind jederzeit willkommen.",
  locs=["dw-hanau"], areas=HU, langs=["de", "ar", "fa"], hf=["gesundheit", "jugend-soziales"], zg=["maenner", "gefluechtete"],
  sched=[("TU", "18:00", "20:00")], min_age=18,
  app="Ohne Anmeldung; vorher anrufen ist willkommen.", mail="maennergruppe", contact="Migrationsdienst", src="1362")
S("schluechtern-migrationsberatung-aussensprechstunde", "dw-gelnhausen",
  "Migrationsberatung – Außensprechstunde Schlüchtern",
  "Damit niemand für eine Beratung nach Gelnhausen fahren muss, bietet die Diakonie donnerstags eine Außensprechstunde im Familienzentrum Schlüchtern an. "
  "Beraten wird zu Aufenthalt, Integrationskurs, Arbeit, Wohnen und Familie; bei Bedarf wird ein Folgetermin in Gelnhausen vereinbart. "
  "Die Beratung ist kostenlos.",
  locs=["dw-schluechtern", "dw-gelnhausen"], areas=["06435025", "06435010"], langs=["de", "ar", "ru", "tr"], hf=["jugend-soziales"], zg=["neuzugewanderte", "gefluechtete"],
  sched=[("TH", "09:00", "12:00", "Schlüchtern"), ("MO,WE", "09:00", "12:00", "Gelnhausen")],
  app="Ohne Termin zur Sprechstunde kommen.", mail="migration", contact="Migrationsdienst", src="1362")
S("hanau-frauenintegrationskurs", "hu-vhs",
  "Frauenintegrationskurs mit Kinderbetreuung",
  "Der Frauenintegrationskurs verbindet Deutschlernen mit Themen, die im Familienalltag wichtig sind: Kita und Schule, Gesundheit, Einkaufen, Arbeit und Nachbarschaft. "
  "Unterrichtet wird vormittags in einer reinen Frauengruppe, und die Kinder werden währenddessen im Haus betreut. "
  "Der Kurs umfasst 1.000 Unterrichtseinheiten mit Orientierungskurs.",
  alt="Deutschkurs für Frauen",
  locs=["hu-vhs"], areas=HU, langs=["de"], hf=["sprachfoerderung"], zg=["frauen", "eltern"],
  sched=[("MO,TU,WE,TH", "08:30", "11:45")],
  cost=IK_COST, fees=IK_FEES, docs=IK_DOCS,
  app="Persönlich im Kurszentrum anmelden.", mail="integrationskurse", contact="Kursbüro Integration")
S("hanau-integrationskurs-abend-samstag", "hu-vhs",
  "Integrationskurs am Abend und am Samstag",
  "Für Berufstätige und Menschen im Schichtdienst gibt es einen Integrationskurs an zwei Abenden pro Woche und am Samstagvormittag. "
  "Der Kurs führt bis zum Niveau B1 und schließt mit dem Orientierungskurs ab; er dauert entsprechend länger als ein Vollzeitkurs. "
  "Vor Kursbeginn findet ein kostenloser Einstufungstest statt.",
  alt="Deutschkurs am Wochenende",
  locs=["hu-vhs"], areas=HU + MKK, langs=["de"], hf=["sprachfoerderung", "arbeit"], zg=["neuzugewanderte", "fachkraefte"],
  sched=[("MO,WE", "18:00", "21:15"), ("SA", "09:00", "13:15")],
  cost=IK_COST, fees=IK_FEES, docs=IK_DOCS, min_age=16,
  app="Einstufungstest im Kurszentrum vereinbaren.", mail="integrationskurse", contact="Kursbüro Integration")
S("mkk-arbeitsmarktberatung-anerkennung", "mkk-kca",
  "Arbeitsmarktberatung und Anerkennung für Zugewanderte",
  "Das Kommunale Center für Arbeit berät Zugewanderte und Geflüchtete mit Leistungsbezug, wie sie mit ihren Kenntnissen in Arbeit kommen, und unterstützt beim Anerkennungsverfahren für ausländische Abschlüsse. "
  "Dazu gehören Berufssprachkurse, Anpassungsqualifizierungen, Praktika und die Vermittlung an Arbeitgeber im ganzen Kreis. "
  "Übersetzungskosten können unter bestimmten Voraussetzungen übernommen werden.",
  alt="Anerkennungsberatung Jobcenter",
  locs=["kca-hanau"], areas=MKK + HU, langs=["de", "ar", "uk", "fa", "tr", "en"], hf=["arbeit"], zg=["fachkraefte", "gefluechtete"],
  sched=[("MO,TU,TH", "08:00", "12:00"), ("TH", "14:00", "17:30")],
  docs=["Zeugnisse und Diplome mit Übersetzung, falls vorhanden", "Aufenthaltstitel", "Lebenslauf"],
  app="Termin über die persönliche Ansprechperson vereinbaren.", mail="anerkennung", contact="Team Arbeitsmarktintegration")
S("erlensee-willkommenstreff-ehrenamtsboerse", "er-stadt",
  "Willkommenstreff und Ehrenamtsbörse Erlensee",
  "Im Bürgerhaus treffen sich jeden Freitagnachmittag Geflüchtete, Neuzugezogene und Ehrenamtliche bei Kaffee und Kuchen. "
  "Hier werden Patenschaften vermittelt, Fahrräder repariert und Fragen zum Alltag in Erlensee beantwortet. "
  "Wer sich ehrenamtlich engagieren möchte, findet bei der Ehrenamtsbörse passende Aufgaben – von Deutschübungen bis zur Begleitung zu Terminen.",
  locs=["er-buergerhaus"], areas=["06435007"], langs=["de", "ar", "fa", "uk"], hf=["ehrenamt", "teilhabe"], zg=["gefluechtete", "alle"],
  sched=[("FR", "15:00", "17:30")],
  app="Ohne Anmeldung vorbeikommen.", mail="willkommen", contact="Fachbereich Soziales", src="249 (nur Partnerkommune Erlensee)")
S("waechtersbach-interkultureller-garten", "wb-stadt",
  "Interkultureller Gemeinschaftsgarten Wächtersbach",
  "Im Gemeinschaftsgarten bewirtschaften Familien aus vielen Ländern gemeinsam Beete, tauschen Saatgut und Rezepte und feiern im Spätsommer ein Erntefest. "
  "Wer mitmachen möchte, kann ein eigenes Hochbeet übernehmen oder einfach bei den Gartentreffs mithelfen; ältere Menschen geben gern ihr Gartenwissen weiter. "
  "Die Gartensaison läuft von April bis Oktober.",
  locs=["wb-garten"], areas=["06435029"], langs=["de", "ar", "ru", "tr"], hf=["wohnen", "ehrenamt"], zg=["alle", "senioren"],
  sched=[("WE", "16:00", "19:00", "Gartentreff von April bis Oktober")],
  cost=[("Mitmachen bei Gartentreffs", 0), ("Eigenes Hochbeet", 10, "pro Saison")],
  app="Zum Gartentreff kommen oder bei der Gemeinwesenarbeit melden.", mail="garten", contact="Gemeinwesenarbeit", src="249 (nur Partnerkommune Wächtersbach)")

# =============================== Historic brochure projects =================
# Ended projects of the programme "Modellregionen Integration" (2009-2013).
# They stay in the data set with x_valid_to in the past (for "ended" filters and history).
S("kassel-kassel-bewegt-kulturen", "lsb-hessen",
  "Kassel bewegt Kulturen – Das Miteinander zählt (Modellprojekt)",
  "Im Modellprojekt des Landessportbunds wurden Migrantinnen in Kooperation mit dem Programm „Integration durch Sport“ zu Übungsleiterinnen für Breitensport für Erwachsene und Ältere ausgebildet. "
  "Nach einem Vorbereitungslehrgang „Fit für die Ausbildung“ folgte eine Ausbildung mit 120 Lerneinheiten an zehn Wochenenden, begleitet von Vereinspatinnen. "
  "Parallel wurden Vereinsfunktionäre zum Thema „Sport interkulturell“ qualifiziert. "
  "Das Projekt ist abgeschlossen; die Übungsleiterinnen leiten heute eigene Gruppen in Kasseler Vereinen.",
  locs=["ks-sporthalle-nord"], areas=["06611"], langs=["de"], hf=["sport", "ehrenamt"], zg=["frauen"],
  app="Das Projekt ist beendet; Informationen zu aktuellen Angeboten gibt das Programm „Integration durch Sport“.",
  mail="bildung", contact="Bildungsreferat", vfrom="2011-09-01", vto="2013-12-31", src="773-779")
S("kassel-linnen-und-seide", "ks-museumslandschaft",
  "„Linnen und Seide“ – Ausstellungsprojekt Nordhessen und Bursa",
  "Aus der Zusammenarbeit eines türkischen Nähateliers mit der Museumslandschaft Hessen Kassel entstand das Modellprojekt „Linnen und Seide“. "
  "Gemeinsam wurde eine Sonderausstellung zur Textilherstellung und -verarbeitung in Nordhessen und in der hessischen Partnerregion Bursa in der Türkei entwickelt. "
  "Das Projekt ist abgeschlossen.",
  locs=["ks-museum"], areas=["06611"], langs=["de", "tr"], hf=["kultur-religion"], zg=["alle", "frauen"],
  app="Das Projekt ist beendet.", mail="vermittlung", contact="Museumspädagogik", vfrom="2012-01-01", vto="2013-12-31", src="860-863")
S("offenbach-lebensgeschichten-sammlung", "of-haus-stadtgeschichte",
  "Lebensgeschichten gesucht: Sammlung für die Ausstellung zur Zuwanderung",
  "Für die neue Abteilung der Dauerausstellung sammelte das Haus der Stadtgeschichte Lebensgeschichten und Erinnerungsstücke von Offenbacherinnen und Offenbachern mit und ohne Migrationsgeschichte. "
  "In Interviews berichteten sie, wie Zuwanderung ihr Leben und ihre Stadt verändert hat. "
  "Die Sammelphase ist abgeschlossen; die Ergebnisse sind heute in der Ausstellung zu sehen.",
  locs=["of-haus-stadtgeschichte"], areas=["06413"], langs=["de", "tr", "it", "el"], hf=["kultur-religion", "teilhabe"], zg=["alle"],
  app="Die Sammelphase ist beendet.", mail="fuehrungen", contact="Museumsteam", vfrom="2011-06-01", vto="2012-10-31", src="876-884")
S("offenbach-pilotphase-auswahlverfahren", "of-integration",
  "Pilotphase: Interkulturelle Kompetenz im Auswahlverfahren der Stadtverwaltung",
  "In einer Pilotphase erprobte die Stadtverwaltung Offenbach in drei Bereichen ein neues Auswahl- und Bewerbungsverfahren, das interkulturelle Kompetenzen von Bewerberinnen und Bewerbern erfasst. "
  "Ziel war ein eigener Kriterienkatalog für Vorstellungsgespräche, der auch außerhalb von Beruf und Schule erworbene Fähigkeiten berücksichtigt. "
  "Die Pilotphase ist abgeschlossen.",
  locs=["of-integration"], areas=["06413"], langs=["de"], hf=["interkulturelle-oeffnung", "arbeit"], zg=["fachkraefte"],
  app="Die Pilotphase ist beendet.", mail="fortbildung", contact="Integrationsabteilung", vfrom="2012-01-01", vto="2013-12-31", src="1143-1147")
S("wetzlar-bildungspartnerschaften-modellprojekt", "wz-stadt",
  "Modellprojekt: Aufbau von Bildungspartnerschaften im Elementar- und Primarbereich",
  "Im Modellprojekt baute die Stadt Wetzlar in Stadtteilen mit hohem Anteil zugewanderter Familien Bildungspartnerschaften zwischen Kitas, Schulen und freien Trägern auf. "
  "Handlungsfelder waren sprachliche und frühkindliche Bildung, Elternstärkung, die Übergänge von der Kita in die Schule und in den Beruf sowie ehrenamtliches Engagement. "
  "Das Modellprojekt ist abgeschlossen; aus ihm sind unter anderem das Elterncafé an der Grundschule und die Sprachpaten hervorgegangen.",
  locs=["wz-stadthaus"], areas=["06532023"], langs=["de"], hf=["bildung", "sprachfoerderung"], zg=["kinder", "eltern"],
  app="Das Modellprojekt ist beendet.", mail="elterncafe", contact="Bildungspartnerschaften", vfrom="2010-07-01", vto="2013-12-31", src="1366-1372")
S("wiesbaden-erstberatung-qualifizierte-zuwanderer-modell", "wi-azi",
  "Modellprojekt Erstberatung qualifizierter Zuwanderer",
  "Im Modellprojekt berieten eine Mitarbeiterin des Amtes für Zuwanderung und Integration, eine Mitarbeiterin des Jobcenters und eine Mitarbeiterin der Agentur für Arbeit gemeinsam Menschen mit ausländischen Berufs- und Studienabschlüssen. "
  "Dabei wurden Zuständigkeiten, Formalitäten und Kosten der Anerkennungsverfahren in Wiesbaden systematisch erfasst. "
  "Das Modellprojekt ist abgeschlossen; die Beratung wird heute als Regelangebot weitergeführt.",
  locs=["wi-azi"], areas=["06414"], langs=["de"], hf=["arbeit"], zg=["fachkraefte"],
  app="Das Modellprojekt ist beendet; aktuelle Beratung siehe Anerkennungsberatung.", mail="anerkennung", contact="Beratungsstelle Anerkennung",
  vfrom="2010-04-01", vto="2013-12-31", src="705-713")
S("hochtaunus-lotsenvermittlungsstelle-modellprojekt", "htk-ib",
  "Modellprojekt Interkulturelle Lotsenvermittlungsstelle – Migranten helfen Migranten",
  "Im Modellprojekt schulte der Internationale Bund in drei Gruppen insgesamt 43 Freiwillige mit eigener Migrationsgeschichte zu interkulturellen Lotsinnen und Lotsen für Friedrichsdorf, Oberursel und Steinbach. "
  "Ziel war ein besserer Zugang zu Verwaltung, Banken und anderen Institutionen und der Abbau von Hemmschwellen. "
  "Das Modellprojekt ist abgeschlossen; die Lotsenvermittlung arbeitet heute als Dauerangebot weiter.",
  locs=["htk-ib-oberursel"], areas=["06434002", "06434008", "06434010"], langs=["de"], hf=["ehrenamt", "teilhabe"], zg=["neuzugewanderte"],
  app="Das Modellprojekt ist beendet.", mail="lotsen", contact="Lotsenvermittlungsstelle", vfrom="2011-01-01", vto="2013-12-31", src="760-765")
S("hochtaunus-case-management-modellprojekt", "htk-leitstelle",
  "Modellprojekt Case-Management: fallorientierte und aufsuchende Familienarbeit",
  "Im Modellprojekt begleitete die Programmkoordinatorin 31 ausgewählte Familien mit Migrationsgeschichte, die seit mehreren Jahren SGB-II-Leistungen bezogen. "
  "Mit allen Familienmitgliedern wurden Förderkonzepte erarbeitet, von Integrationskursen bis zur Ausbildungsplatzsuche; aus anfänglichen Hausbesuchen entwickelte sich eine „Komm-Struktur“. "
  "Das Modellprojekt ist abgeschlossen und wird heute als Familiencoaching fortgeführt.",
  locs=["htk-landratsamt"], areas=["06434"], langs=["de"], hf=["arbeit", "jugend-soziales"], zg=["eltern"],
  app="Das Modellprojekt ist beendet; aktuelle Angebote siehe Familiencoaching.", mail="familiencoaching", contact="Leitstelle Integration",
  vfrom="2010-09-01", vto="2013-12-31", src="687-695")
S("hanau-migrantenoekonomie-strasse-der-kulturen", "hu-integration",
  "Stärkung der lokalen Migrantenökonomie – Modellstraße „Straße der Kulturen“",
  "Die Abteilung Umwelt und Integration und die Hanau Marketing GmbH wählten eine Innenstadtstraße mit rund 30 Geschäften von Inhaberinnen und Inhabern aus Deutschland, der Türkei, Thailand, Italien, Spanien und anderen Ländern als Modellstraße aus. "
  "Mit Moderation entwickelten die Händlerinnen und Händler ein gemeinsames Profil, gemeinsame Aktionen und den Namen „Straße der Kulturen“. "
  "Das Modellprojekt ist abgeschlossen.",
  locs=["hu-marketing"], areas=["06435014"], langs=["de", "tr"], hf=["arbeit", "wohnen"], zg=["fachkraefte"],
  app="Das Modellprojekt ist beendet.", mail="vereine", contact="Abteilung Umwelt und Integration", vfrom="2010-10-01", vto="2013-12-31", src="697-703")
S("hanau-vereine-erfolgreich-unterwegs", "hu-integration",
  "Vereine erfolgreich unterwegs in die Zukunft – Qualifizierung von Vereinen",
  "In diesem Projekt wurden Hanauer Vereine in Schulungen dabei unterstützt, sich zu interkulturell kompetenten Partnern im Gemeinwesen zu entwickeln und Menschen mit Migrationsgeschichte als aktive Mitglieder zu gewinnen. "
  "Vereinsmitglieder wurden als Multiplikatorinnen und Multiplikatoren geschult und bauten eine Vernetzungsstruktur für den Erfahrungsaustausch auf. "
  "Das Projekt ist abgeschlossen.",
  locs=["hu-stadtladen"], areas=["06435014"], langs=["de"], hf=["interkulturelle-oeffnung", "ehrenamt"], zg=["alle"],
  app="Das Projekt ist beendet; aktuelle Beratung siehe Vereinsberatung.", mail="vereine", contact="Abteilung Umwelt und Integration",
  vfrom="2011-01-01", vto="2013-12-31", src="1324-1332")
S("mkk-schulungsreihe-kulturfallen", "mkk-integrationsbuero",
  "Schulungsreihe „Fremde, Migranten, Ausländer und wir – von Missverständnissen und Kulturfallen“",
  "In der ersten Phase des Projekts „Impulse für die kulturelle Vielfalt in der Verwaltung“ nahmen Beschäftigte der Kreisverwaltung und der Stadt Hanau an Schulungen zu interkulturellem Konfliktmanagement teil, begleitet von einem Coach. "
  "Nach einer kritischen Auswertung der ersten Seminarrunde wurde das Konzept praxisnäher gestaltet. "
  "Die Schulungsreihe ist abgeschlossen und wurde durch die heutige Fortbildung abgelöst.",
  locs=["mkk-integrationsbuero"], areas=["06435", "06435014"], langs=["de"], hf=["interkulturelle-oeffnung"], zg=["fachkraefte"],
  app="Die Schulungsreihe ist beendet.", mail="fortbildung", contact="Integrationsbüro", vfrom="2010-03-01", vto="2012-12-31", src="1120-1126, 1179-1187")

# ---------------------------------------------------------------------------
# Networks
# members: (org slug, role) with role in Koordination | Mitglied | Partner
# ---------------------------------------------------------------------------
NETWORKS = []


def N(slug, name, description, goals, coordinator, members, rhythm, fields, region, mail=None, src=None):
    NETWORKS.append(dict(slug=slug, name=name, description=description, goals=goals, coordinator=coordinator,
                         members=members, rhythm=rhythm, fields=fields, region=region, mail=mail, src=src))


N("offenbach-netzwerk-migration-und-integration", "Netzwerk „Migration und Integration“ Offenbach",
  "Im Netzwerk treffen sich die Migrationsberatungsdienste der Wohlfahrtsverbände, Bildungsträger und Träger von Sprach- und Integrationskursen mit dem kommunalen Jobcenter, den Fachbereichen der Stadtverwaltung und der Regionalkoordination des BAMF. "
  "So sind Verwaltung und freie Träger gegenseitig über Aktivitäten und Entscheidungen informiert.",
  ["Gegenseitige Information über Angebote und Entscheidungen in der Integrationspolitik",
   "Abstimmung von Sprach- und Integrationskursen mit der Beratung",
   "Frühzeitiges gemeinsames Suchen nach Lösungen bei neuen Bedarfen"],
  "of-integration",
  [("of-integration", "Koordination"), ("of-caritas", "Mitglied"), ("of-awo", "Mitglied"), ("of-diakonie", "Mitglied"),
   ("of-vhs", "Mitglied"), ("of-cgil", "Mitglied"), ("of-jobcenter", "Mitglied"), ("of-jugendamt", "Mitglied"), ("bamf", "Partner")],
  "vierteljährlich, jeweils am zweiten Mittwoch des Quartals", ["sprachfoerderung", "arbeit", "jugend-soziales"], "06413",
  mail="netzwerk", src="1305-1310")
N("offenbach-kompetenzteam-zusammenleben", "Kompetenzteam Zusammenleben",
  "Dialogforum der Offenbacher Kommunalpolitik mit den Spitzen der wichtigsten Selbstorganisationen der Migrationsbevölkerung, 2007 auf Initiative der damaligen Bürgermeisterin und des Vorsitzenden des Ausländerbeirats gegründet. "
  "Über das Kompetenzteam beteiligen sich Migrantenorganisationen an Entscheidungen und entwickeln gemeinsame Projekte.",
  ["Beteiligung der Migrantenorganisationen an kommunalen Entscheidungen",
   "Qualifizierung und Kompetenzentwicklung der beteiligten Vereine und Gemeinden",
   "Gemeinsame Projekte zu integrationsrelevanten Themen"],
  "of-integration",
  [("of-integration", "Koordination"), ("of-auslaenderbeirat", "Mitglied"), ("of-griechische-gemeinde", "Mitglied"),
   ("of-cgil", "Mitglied"), ("of-haus-stadtgeschichte", "Partner")],
  "alle zwei Monate, dienstags um 18:30 Uhr", ["teilhabe", "ehrenamt", "kultur-religion"], "06413",
  mail="kompetenzteam", src="636-640, 1312")
N("offenbach-netzwerk-elternschule", "Netzwerk „Elternschule“ Offenbach",
  "Das Jugendamt hat mit Trägern aus dem Bildungsbereich vertraglich vereinbart, sich regelmäßig über Angebote zur Stärkung der Erziehungskompetenz auszutauschen. "
  "So werden Jahr für Jahr Angebotslücken erkannt und geschlossen; die Stadt stellt dem Netzwerk eigene Mittel zur Verfügung.",
  ["Abgestimmtes Angebot an Elternkursen in der ganzen Stadt",
   "Angebotslücken jährlich erkennen und schließen",
   "Eltern mit Migrationsgeschichte besser erreichen"],
  "of-jugendamt",
  [("of-jugendamt", "Koordination"), ("of-cgil", "Mitglied"), ("of-vhs", "Mitglied"), ("of-caritas", "Mitglied"),
   ("of-awo", "Mitglied"), ("of-quartiersmanagement", "Mitglied"), ("of-schulamt", "Partner")],
  "halbjährlich, im März und im September", ["bildung", "jugend-soziales"], "06413",
  mail="elternschule", src="1314")
N("kassel-arbeitskreis-integration", "Arbeitskreis Integration Kassel",
  "Eigenständiges Netzwerk für Akteure der Integrationsförderung in Kassel: Institutionen, Organisationen, Behörden, Vereine und Initiativen. "
  "Ein gewählter Sprecherkreis koordiniert den Zusammenschluss; das Zukunftsbüro der Stadt ist ständiger Ansprechpartner. "
  "Neue Initiativen und Projekte können sich hier vorstellen und vernetzen.",
  ["Doppelstrukturen vermeiden und Synergien erzeugen",
   "Neuen Initiativen und Projekten eine Plattform bieten",
   "Austausch zwischen Stadtgesellschaft und Verwaltung"],
  "ks-zukunftsbuero",
  [("ks-zukunftsbuero", "Koordination"), ("ks-auslaenderbeirat", "Mitglied"), ("ks-caritas", "Mitglied"), ("ks-diakonie", "Mitglied"),
   ("ks-self", "Mitglied"), ("ks-vhs", "Mitglied"), ("ks-jobcenter", "Partner")],
  "sechsmal im Jahr, jeweils am ersten Donnerstag des Monats", ["teilhabe", "ehrenamt", "bildung"], "06611",
  mail="arbeitskreis-integration", src="1398-1400, 1411")
N("kassel-rat-der-religionen", "Rat der Religionen Kassel",
  "Vom Zukunftsbüro koordiniertes und moderiertes Gremium für den Dialog zwischen den Religionsgemeinschaften und mit der Stadtgesellschaft. "
  "Der Rat lädt zu offenen Dialogabenden ein und bezieht in gesellschaftlichen Fragen gemeinsam Stellung.",
  ["Dialog und gegenseitiges Verständnis der Religionsgemeinschaften",
   "Gemeinsame Stellungnahmen für den Stadtfrieden",
   "Offene Begegnungsabende für alle Kasselerinnen und Kasseler"],
  "ks-zukunftsbuero",
  [("ks-zukunftsbuero", "Koordination"), ("ks-auslaenderbeirat", "Partner"), ("ks-caritas", "Partner"), ("ks-diakonie", "Partner")],
  "alle sechs Wochen, abwechselnd in den Gemeinden", ["kultur-religion", "teilhabe"], "06611",
  mail="rat-der-religionen", src="345, 1396, 1412")
N("kassel-runder-tisch-sport-interkulturell", "Runder Tisch „Sport interkulturell“",
  "Runder Tisch von Stadt, Sportorganisationen und Vereinen zur interkulturellen Öffnung des Sports in Kassel, hervorgegangen aus dem Projekt „Kassel bewegt Kulturen“. "
  "Er bringt Stützpunktvereine des Programms „Integration durch Sport“ mit weiteren Vereinen und Partnern zusammen.",
  ["Mehr Zugewanderte, besonders Mädchen und Frauen, für den Vereinssport gewinnen",
   "Qualifizierung von Übungsleitenden und Vorständen",
   "Kultursensible Sportangebote in den Stadtteilen"],
  "ks-zukunftsbuero",
  [("ks-zukunftsbuero", "Koordination"), ("lsb-hessen", "Mitglied"), ("sportjugend-hessen", "Mitglied"),
   ("ks-auslaenderbeirat", "Partner"), ("ks-gesundheitsamt", "Partner")],
  "zweimal im Jahr, im Frühjahr und im Herbst", ["sport", "interkulturelle-oeffnung"], "06611",
  mail="sport-interkulturell", src="345, 777, 1413")
N("kassel-projektgruppe-kultursensible-schule", "Projektgruppe „Kultursensible Schule“",
  "Projektgruppe von Stadt, Schulen und außerschulischen Partnern, die Schule als Ort für alle Kinder und Eltern weiterentwickelt. "
  "Aus ihr stammen die Fortbildungsreihe für Lehrkräfte und Kooperationen zwischen Schulen, Museen und Mentoring-Projekten.",
  ["Zusammenarbeit von Schulen mit zugewanderten Eltern stärken",
   "Mehrsprachigkeit als Ressource im Schulalltag nutzen",
   "Partnerschaften zwischen Schulen, Museen und Vereinen aufbauen"],
  "ks-zukunftsbuero",
  [("ks-zukunftsbuero", "Koordination"), ("ks-self", "Mitglied"), ("ks-museumslandschaft", "Mitglied"),
   ("ks-palais-nord", "Mitglied"), ("ks-diakonie", "Mitglied"), ("ks-uni", "Partner")],
  "vierteljährlich, mittwochs am Nachmittag", ["bildung", "interkulturelle-oeffnung"], "06611",
  mail="kultursensible-schule", src="345, 864-865, 1414")
N("kassel-netzwerk-stadtteilakteure", "Netzwerk der Stadtteilakteure",
  "Vernetzung zentraler Akteure der Stadtteilarbeit in Kassel, vom Zukunftsbüro angestoßen. "
  "Beratungsstellen, Bildungsträger und Gesundheitsdienste stimmen ihre Angebote in den Stadtteilen ab.",
  ["Angebote in den Stadtteilen abstimmen",
   "Bewohnerinnen und Bewohner an der Stadtteilentwicklung beteiligen"],
  "ks-zukunftsbuero",
  [("ks-zukunftsbuero", "Koordination"), ("ks-caritas", "Mitglied"), ("ks-diakonie", "Mitglied"),
   ("ks-gesundheitsamt", "Mitglied"), ("ks-vhs", "Mitglied")],
  "vierteljährlich, jeweils am ersten Dienstag des Quartals", ["wohnen", "teilhabe"], "06611",
  mail="stadtteile", src="345, 1415")
N("wiesbaden-netzwerk-anerkennung", "Netzwerk „Anerkennung ausländischer Abschlüsse“",
  "Seit 2011 bestehendes Netzwerk der Wiesbadener Beratungsstellen zur Anerkennung ausländischer Abschlüsse. "
  "Es wird vom Koordinationsbüro im Amt für Zuwanderung und Integration koordiniert und moderiert.",
  ["Die Beratenden ständig auf dem aktuellsten Stand halten",
   "Weitere Maßnahmen wie Anpassungsqualifizierungen entwickeln",
   "Doppelstrukturen vermeiden"],
  "wi-azi",
  [("wi-azi", "Koordination"), ("wi-jobcenter", "Mitglied"), ("wi-agentur", "Mitglied"), ("wi-vhs", "Mitglied"),
   ("wi-caritas", "Mitglied"), ("wi-asa", "Partner")],
  "viermal im Jahr", ["arbeit", "bildung"], "06414",
  mail="netzwerk-anerkennung", src="1348")
N("wiesbaden-netzwerk-mehr-maenner-in-kitas", "Netzwerk „Mehr Männer in Kitas“",
  "Netzwerk freier Träger, Wiesbadener Kindertagesstätten und städtischer Stellen mit dem Ziel, mehr männliche Erzieher und pädagogische Fachkräfte für die Kitas zu gewinnen.",
  ["Anteil männlicher Fachkräfte in Wiesbadener Kitas erhöhen",
   "Quereinsteiger und Männer mit ausländischen Abschlüssen ansprechen"],
  "wi-asa",
  [("wi-asa", "Koordination"), ("wi-initiative", "Mitglied"), ("wi-kiez", "Mitglied"), ("wi-azi", "Mitglied"),
   ("wi-gesamtpersonalrat", "Mitglied"), ("wi-frauenbeauftragte", "Mitglied")],
  "vierteljährlich", ["arbeit", "bildung"], "06414",
  mail="maenner-in-kitas", src="1350")
N("wiesbaden-projektgruppe-kommune-goes-international", "Projektgruppe „Kommune goes International“",
  "Projektgruppe aus Kommunalverwaltung und freien Trägern, die mehr Jugendliche mit Migrationsgeschichte und aus bildungsfernen Familien für internationale Jugendbegegnungen gewinnen will.",
  ["Mehr Jugendliche mit Migrationsgeschichte an internationalen Begegnungen beteiligen",
   "Finanzielle und organisatorische Hürden abbauen"],
  "wi-asa",
  [("wi-asa", "Koordination"), ("wi-personalamt", "Mitglied"), ("wi-azi", "Mitglied"), ("wi-bauhaus", "Mitglied"), ("wi-arco", "Mitglied")],
  "alle zwei Monate", ["jugend-soziales", "bildung"], "06414",
  mail="international", src="1352")
N("hochtaunus-steuerungsgruppe-integration", "Steuerungsgruppe Integration Hochtaunuskreis",
  "Nach dem ersten Integrationsworkshop im Dezember 2009 gegründete Steuerungsgruppe mit Vertretern der Kommunen Friedrichsdorf, Neu-Anspach, Oberursel und Steinbach, ihrer Ausländerbeiräte und freier Träger der Integrationsarbeit. "
  "Sie ist Informationsbörse und Multiplikator und fördert Transparenz und Vernetzung im Kreis.",
  ["Transparenz über geförderte Projekte herstellen",
   "Freie Träger mit der Kreisverwaltung vernetzen",
   "Das partizipative Integrationskonzept begleiten"],
  "htk-leitstelle",
  [("htk-leitstelle", "Koordination"), ("htk-ab-oberursel", "Mitglied"), ("htk-ab-friedrichsdorf", "Mitglied"),
   ("htk-ab-steinbach", "Mitglied"), ("htk-neu-anspach", "Mitglied"), ("htk-ib", "Mitglied"), ("htk-vhs", "Mitglied"),
   ("htk-caritas", "Mitglied"), ("htk-diakonie", "Mitglied"), ("htk-jobcenter", "Partner")],
  "viermal jährlich", ["teilhabe", "interkulturelle-oeffnung", "arbeit"], "06434",
  mail="steuerungsgruppe", src="502-509")
N("hochtaunus-projektkoordinationstreffen", "Treffen der Projektkoordinatorinnen und -koordinatoren",
  "Halbjährliche Zusammenkunft der Arbeitsebene aller geförderten Integrationsprojekte im Hochtaunuskreis. "
  "Sie schafft Transparenz über Sachstand und Ausrichtung der Projekte und hat bereits mehrere Kooperationen hervorgebracht.",
  ["Austausch über den Stand der Projekte",
   "Kooperationen zwischen Projekten anbahnen"],
  "htk-leitstelle",
  [("htk-leitstelle", "Koordination"), ("htk-ib", "Mitglied"), ("htk-vhs", "Mitglied"), ("htk-caritas", "Mitglied"),
   ("htk-jobcenter", "Mitglied"), ("sportjugend-hessen", "Partner")],
  "halbjährlich, im Mai und im November", ["teilhabe", "arbeit", "bildung"], "06434",
  mail="projekte", src="509")
N("mkk-netzwerk-migration", "Netzwerk Migration Main-Kinzig-Kreis",
  "Kooperation des Main-Kinzig-Kreises mit den Wohlfahrtsverbänden, die in der Migrations- und Flüchtlingsberatung und in der Beratung junger Migrantinnen und Migranten tätig sind, schriftlich in einer Kooperationsvereinbarung festgehalten. "
  "Die Beratungsstellen bieten wöchentlich eine Sprechstunde im Integrationsbüro an und reflektieren den Integrationsprozess in regelmäßigen Teamsitzungen.",
  ["Wöchentliche gemeinsame Migrationssprechstunde im Integrationsbüro",
   "Gemeinsame Initiierung, Reflexion und Evaluation des Integrationsprozesses im Kreis",
   "Verlässliche Zusammenarbeit über Projektzeiträume hinaus"],
  "mkk-integrationsbuero",
  [("mkk-integrationsbuero", "Koordination"), ("drk-gelnhausen", "Mitglied"), ("caritas-mkk", "Mitglied"), ("ib-hanau", "Mitglied"),
   ("dw-hanau", "Mitglied"), ("dw-gelnhausen", "Mitglied")],
  "monatliche Teamsitzung, jeweils am letzten Dienstag", ["jugend-soziales", "teilhabe"], "06435",
  mail="netzwerk-migration", src="1360-1364")
N("mkk-lenkungsgruppe-kreis-hanau", "Lenkungsgruppe Main-Kinzig-Kreis und Stadt Hanau",
  "Gemeinsame Lenkungsgruppe des Main-Kinzig-Kreises und der Stadt Hanau, in der die politischen Spitzen vertreten sind. "
  "Sie steuert die gemeinsamen Projekte, etwa die interkulturelle Öffnung der Verwaltungen und den Integrationsatlas.",
  ["Gemeinsame Projekte von Kreis und Stadt steuern",
   "Interkulturelle Öffnung in den Verwaltungsspitzen verankern"],
  "mkk-kreis",
  [("mkk-kreis", "Koordination"), ("hu-integration", "Mitglied"), ("mkk-integrationsbuero", "Mitglied")],
  "zweimal im Jahr", ["interkulturelle-oeffnung", "teilhabe"], "06435",
  src="1124-1126")
N("mkk-arbeitsgruppe-integrationsatlas", "Arbeitsgruppe Integrationsatlas",
  "Gemeinsame Arbeitsgruppe von Kreis und Stadt Hanau aus den Bereichen Integration, Intranet/Internet und Öffentlichkeitsarbeit, die den Online-Wegweiser Integrationsatlas aufgebaut hat und weiterentwickelt.",
  ["Integrationsangebote für alle Bürgerinnen und Bürger auffindbar machen",
   "Träger beim Eintragen und Aktualisieren ihrer Angebote unterstützen"],
  "mkk-integrationsbuero",
  [("mkk-integrationsbuero", "Koordination"), ("hu-integration", "Mitglied"), ("mkk-kreis", "Mitglied")],
  "monatlich", ["teilhabe", "interkulturelle-oeffnung"], "06435",
  mail="integrationsatlas", src="1338-1342")
N("schluechtern-runder-tisch-integration", "Runder Tisch Integration Schlüchtern",
  "Runder Tisch, den das Jugendbüro „Check in“ mit lokalen Migrantengruppen, Vereinen und Beratungsstellen ins Leben gerufen hat. "
  "Hier werden Veranstaltungen für Familien abgestimmt und neue Wege für Integrationsstrukturen im ländlichen Raum erprobt.",
  ["Migrantengruppen in Entscheidungen einbinden",
   "Angebote für Jugendliche und Familien im ländlichen Raum bündeln"],
  "sl-checkin",
  [("sl-checkin", "Koordination"), ("sl-tik", "Mitglied"), ("dw-gelnhausen", "Mitglied"), ("mkk-integrationsbuero", "Partner")],
  "vierteljährlich, donnerstags um 18 Uhr", ["jugend-soziales", "teilhabe"], "06435025",
  mail="runder-tisch", src="804-806")
N("wetzlar-programmbeirat", "Programmbeirat Integration Wetzlar",
  "Beratendes Gremium aus etwa 15 sachkundigen Personen aus Verwaltung, Wirtschaft, sozialen Verbänden, dem Bundesamt für Migration und Flüchtlinge und dem Land. "
  "Unter Leitung des Oberbürgermeisters bewertet es einmal im Jahr die eingereichten Projektanträge.",
  ["Projektanträge auf ihre Bedeutung für die Integration in Wetzlar prüfen",
   "Empfehlungen für die Förderung aussprechen"],
  "wz-stadt",
  [("wz-stadt", "Koordination"), ("bamf", "Partner"), ("ldk-diakonie", "Mitglied"), ("wz-caritas", "Mitglied"),
   ("ldk-jobcenter", "Mitglied"), ("wz-sportkreis", "Mitglied")],
  "einmal jährlich im November", ["teilhabe", "bildung", "arbeit"], "06532023",
  mail="programmbeirat", src="486-490")
N("wetzlar-bildungspartnerschaften-netzwerk", "Bildungspartnerschaften und Stadtteilkonferenzen Wetzlar",
  "Netzwerk aus Kitas, Schulen, freien Trägern und engagierten Bürgerinnen und Bürgern in Stadtteilen mit hohem Anteil zugewanderter Familien. "
  "Es knüpft an die langjährigen Stadtteilkonferenzen an und stimmt Angebote von der frühkindlichen Bildung bis zum Übergang in den Beruf ab.",
  ["Vorhandene Ressourcen im Stadtteil vernetzen",
   "Eltern stärken und Übergänge Kita–Schule–Beruf begleiten",
   "Ehrenamtliches Engagement fördern"],
  "wz-stadt",
  [("wz-stadt", "Koordination"), ("ldk-diakonie", "Mitglied"), ("wz-caritas", "Mitglied"), ("ldk-vhs", "Mitglied"),
   ("wz-sportamt", "Mitglied"), ("wz-auslaenderbeirat", "Partner")],
  "vierteljährlich im Stadtteil", ["bildung", "sprachfoerderung", "ehrenamt"], "06532023",
  mail="bildungspartnerschaften", src="1366-1372")
