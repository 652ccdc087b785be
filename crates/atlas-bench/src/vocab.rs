//! The German vocabulary the generator composes offers and providers from: kinds of offers
//! with their names, fields of action, target groups and description sentences; kinds of
//! providers with the offers they run; streets, languages and general sentences.

/// A kind of offer.
#[derive(Debug)]
pub struct OfferKind {
    pub names: &'static [&'static str],
    pub qualifiers: &'static [&'static str],
    /// Field-of-action codes; the first always applies, the others sometimes.
    pub fields: &'static [&'static str],
    /// Target-group codes; one or two are chosen.
    pub groups: &'static [&'static str],
    pub sentences: &'static [&'static str],
    pub english: &'static str,
    /// Probability of a fee (otherwise free or no cost given).
    pub paid: f64,
}

macro_rules! kind {
    ($names:expr, $quals:expr, $fields:expr, $groups:expr, $sent:expr, $en:expr, $paid:expr) => {
        OfferKind {
            names: &$names,
            qualifiers: &$quals,
            fields: &$fields,
            groups: &$groups,
            sentences: &$sent,
            english: $en,
            paid: $paid,
        }
    };
}

pub const DEUTSCHKURS: usize = 0;
pub const INTEGRATIONSKURS: usize = 1;
pub const BERUFSSPRACHE: usize = 2;
pub const ALPHA: usize = 3;
pub const SPRACHCAFE: usize = 4;
pub const MIGRATIONSBERATUNG: usize = 5;
pub const JMD: usize = 6;
pub const ANERKENNUNG: usize = 7;
pub const HAUSAUFGABEN: usize = 8;
pub const ELTERN: usize = 9;
pub const FRAUEN: usize = 10;
pub const SPORT: usize = 11;
pub const DOLMETSCHER: usize = 12;
pub const ARBEIT: usize = 13;
pub const WOHNEN: usize = 14;
pub const GESUNDHEIT: usize = 15;
pub const SENIOREN: usize = 16;
pub const KULTUR: usize = 17;
pub const RELIGION: usize = 18;
pub const EHRENAMT: usize = 19;
pub const ANTIDISKRIMINIERUNG: usize = 20;
pub const OEFFNUNG: usize = 21;
pub const RECHT: usize = 22;
pub const KINDER: usize = 23;
pub const DIGITAL: usize = 24;
pub const BETEILIGUNG: usize = 25;

pub const OFFER_KINDS: &[OfferKind] = &[
    kind!(
        [
            "Deutschkurs A1",
            "Deutschkurs A2",
            "Deutschkurs B1",
            "Deutschkurs für Anfängerinnen und Anfänger",
            "Deutschkurs für Fortgeschrittene",
            "Abendkurs Deutsch",
            "Deutsch als Zweitsprache"
        ],
        [
            "",
            "",
            " für Frauen",
            " mit Kinderbetreuung",
            " für Eltern",
            " am Vormittag",
            " für Geflüchtete",
            " für Seniorinnen und Senioren"
        ],
        ["sprachfoerderung", "bildung"],
        [
            "neuzugewanderte",
            "gefluechtete",
            "frauen",
            "eltern",
            "alle"
        ],
        [
            "Im Kurs lernen Sie Deutsch für den Alltag: einkaufen, zum Arzt gehen, mit der Schule sprechen.",
            "Der Kurs findet zweimal pro Woche in kleinen Gruppen statt.",
            "Eine Lehrkraft mit Erfahrung in Deutsch als Zweitsprache leitet die Gruppe.",
            "Am Ende des Kurses ist eine Prüfung nach dem Gemeinsamen Europäischen Referenzrahmen möglich.",
            "Vorkenntnisse sind nicht nötig; vor Kursbeginn gibt es einen kurzen Einstufungstest.",
            "Lernmaterial wird gestellt, ein Wörterbuch ist hilfreich."
        ],
        "German course",
        0.45
    ),
    kind!(
        [
            "Integrationskurs (allgemein)",
            "Integrationskurs mit Alphabetisierung",
            "Frauen- und Elternintegrationskurs",
            "Jugendintegrationskurs",
            "Integrationskurs mit Orientierungskurs",
            "Intensivkurs Integration"
        ],
        [
            "",
            "",
            " mit Kinderbetreuung",
            " – Vormittagskurs",
            " – Abendkurs"
        ],
        ["sprachfoerderung", "bildung", "teilhabe"],
        [
            "neuzugewanderte",
            "gefluechtete",
            "frauen",
            "eltern",
            "jugendliche"
        ],
        [
            "Der Integrationskurs besteht aus einem Sprachkurs und einem Orientierungskurs zu Rechtsordnung, Geschichte und Kultur in Deutschland.",
            "Die Kosten übernimmt bei einer Verpflichtung oder Berechtigung das Bundesamt für Migration und Flüchtlinge.",
            "Wir helfen beim Antrag auf Zulassung zum Integrationskurs.",
            "Der Kurs endet mit dem Deutsch-Test für Zuwanderer und dem Test „Leben in Deutschland“.",
            "Fahrtkosten können auf Antrag erstattet werden."
        ],
        "Integration course",
        0.3
    ),
    kind!(
        [
            "Berufssprachkurs B2",
            "Berufsbezogener Deutschkurs",
            "Deutsch für den Beruf",
            "Fachsprachkurs Pflege",
            "Deutsch für medizinische Berufe"
        ],
        ["", "", " – Teilzeit", " – Vollzeit", " mit Praktikum"],
        ["sprachfoerderung", "arbeit"],
        ["fachkraefte", "neuzugewanderte", "alle"],
        [
            "Der Kurs bereitet auf Gespräche am Arbeitsplatz, Bewerbungen und Fachtexte vor.",
            "Teilnehmen können Menschen mit Deutschkenntnissen ab Niveau B1.",
            "Die Anmeldung erfolgt über das Jobcenter oder die Agentur für Arbeit.",
            "Ein Praktikum im Betrieb kann den Kurs ergänzen."
        ],
        "German for work",
        0.3
    ),
    kind!(
        [
            "Alphabetisierungskurs",
            "Lesen und Schreiben lernen",
            "Alphakurs für Frauen",
            "Zweitschriftlernerkurs"
        ],
        ["", "", " mit Kinderbetreuung", " am Nachmittag"],
        ["sprachfoerderung", "bildung"],
        ["neuzugewanderte", "frauen", "alle"],
        [
            "Im Kurs lernen Erwachsene das lateinische Alphabet, Lesen und Schreiben.",
            "Das Lerntempo richtet sich nach der Gruppe; niemand wird überfordert.",
            "Der Kurs eignet sich auch für Menschen, die in einer anderen Schrift lesen und schreiben können.",
            "Nach dem Kurs ist der Übergang in einen Integrationskurs möglich."
        ],
        "Literacy course",
        0.2
    ),
    kind!(
        [
            "Sprachcafé",
            "Sprachtreff",
            "Deutsch-Café",
            "Gesprächsrunde Deutsch",
            "Sprachpatenschaften",
            "Begegnungscafé"
        ],
        [
            "",
            "",
            " für Frauen",
            " am Nachmittag",
            " in der Stadtbibliothek",
            " im Stadtteilzentrum"
        ],
        ["sprachfoerderung", "teilhabe", "ehrenamt"],
        ["alle", "neuzugewanderte", "gefluechtete", "frauen"],
        [
            "Im Sprachcafé üben Sie Deutsch im Gespräch mit Ehrenamtlichen – ohne Anmeldung und ohne Prüfungsdruck.",
            "Bei Kaffee und Tee sprechen wir über Alltagsthemen, Feste und Erfahrungen.",
            "Jede und jeder ist willkommen, auch mit wenigen Deutschkenntnissen.",
            "Ehrenamtliche Sprachpatinnen und Sprachpaten begleiten die Gesprächsrunden.",
            "Wer möchte, bekommt Tipps zu Sprachkursen in der Nähe."
        ],
        "Language café",
        0.0
    ),
    kind!(
        [
            "Migrationsberatung für erwachsene Zugewanderte (MBE)",
            "Migrationsberatung",
            "Migrationsberatung für Erwachsene",
            "Migrations- und Flüchtlingsberatung",
            "Beratungsstelle für Migrantinnen und Migranten"
        ],
        ["", "", " – offene Sprechstunde", " mit Terminvereinbarung"],
        ["jugend-soziales", "teilhabe"],
        ["neuzugewanderte", "gefluechtete", "alle"],
        [
            "Die Migrationsberatung hilft bei Fragen zu Aufenthalt, Sprachkursen, Arbeit, Wohnung und Gesundheit.",
            "Die Beratung ist kostenlos, vertraulich und auf Wunsch mit Dolmetscherin oder Dolmetscher.",
            "Gemeinsam erstellen wir einen persönlichen Integrationsplan.",
            "Wir begleiten Sie bei Anträgen und Behördengängen.",
            "Termine nach Vereinbarung; offene Sprechstunde einmal pro Woche."
        ],
        "Migration counselling",
        0.0
    ),
    kind!(
        [
            "Jugendmigrationsdienst",
            "Jugendmigrationsdienst (JMD)",
            "JMD – Beratung für junge Menschen",
            "Respekt Coaches im Jugendmigrationsdienst"
        ],
        ["", "", " – Sprechstunde an Schulen"],
        ["jugend-soziales", "bildung", "arbeit"],
        ["jugendliche", "neuzugewanderte", "gefluechtete"],
        [
            "Der Jugendmigrationsdienst berät junge Menschen mit Migrationsgeschichte zwischen 12 und 27 Jahren.",
            "Themen sind Schule, Ausbildung, Studium, Sprachkurse und persönliche Fragen.",
            "Wir arbeiten eng mit Schulen, Jugendhilfe und Jobcenter zusammen.",
            "Gruppenangebote wie Bewerbungstraining und Freizeitfahrten ergänzen die Einzelberatung."
        ],
        "Youth migration service",
        0.0
    ),
    kind!(
        [
            "Anerkennungsberatung",
            "Beratung zur Anerkennung ausländischer Berufsabschlüsse",
            "Anerkennungs- und Qualifizierungsberatung",
            "Beratung zu Arbeit und Anerkennung"
        ],
        [
            "",
            "",
            " – auch online",
            " für Pflegekräfte",
            " für akademische Berufe"
        ],
        ["arbeit", "bildung"],
        ["fachkraefte", "neuzugewanderte"],
        [
            "Wir beraten zur Anerkennung von Berufs- und Studienabschlüssen aus dem Ausland.",
            "Wir klären, welche Stelle zuständig ist und welche Unterlagen für den Antrag nötig sind.",
            "Bei einer teilweisen Anerkennung zeigen wir Wege zu Anpassungsqualifizierungen.",
            "Bitte bringen Sie Zeugnisse und Nachweise über Ihre Berufserfahrung mit."
        ],
        "Recognition of foreign qualifications",
        0.0
    ),
    kind!(
        [
            "Hausaufgabenhilfe",
            "Hausaufgabenbetreuung",
            "Lernhilfe und Hausaufgabenhilfe",
            "Nachhilfe für Schülerinnen und Schüler",
            "Lernwerkstatt"
        ],
        [
            "",
            "",
            " für Grundschulkinder",
            " für die Klassen 5 bis 10",
            " im Jugendzentrum",
            " mit Lesepaten"
        ],
        ["bildung", "jugend-soziales", "ehrenamt"],
        ["kinder", "jugendliche"],
        [
            "Ehrenamtliche und Studierende helfen bei den Hausaufgaben und beim Lernen für Klassenarbeiten.",
            "Die Hausaufgabenhilfe findet nach der Schule in kleinen Gruppen statt.",
            "Ein kleiner Imbiss und Getränke stehen bereit.",
            "Die Eltern werden zu einem Kennenlerngespräch eingeladen.",
            "Besonders Kinder, die zu Hause wenig Deutsch sprechen, werden beim Lesen gefördert."
        ],
        "Homework help",
        0.15
    ),
    kind!(
        [
            "Elterncafé",
            "Elterntreff",
            "Müttercafé",
            "Väterabend",
            "Elternfrühstück",
            "Elternkurs „Starke Eltern – starke Kinder“"
        ],
        [
            "",
            "",
            " an der Grundschule",
            " in der Kita",
            " im Familienzentrum",
            " mit Kinderbetreuung"
        ],
        ["bildung", "jugend-soziales", "teilhabe"],
        ["eltern", "frauen", "maenner"],
        [
            "Im Elterncafé treffen sich Mütter und Väter zum Austausch über Erziehung, Schule und Kita.",
            "Fachleute informieren zu Themen wie Sprachentwicklung, Medien und Gesundheit.",
            "Während des Treffens werden die Kinder betreut.",
            "Das Elterncafé ist offen für alle Eltern des Stadtteils, gleich welcher Sprache."
        ],
        "Parents' café",
        0.05
    ),
    kind!(
        [
            "Frauentreff",
            "Internationaler Frauentreff",
            "Frauenfrühstück",
            "Frauencafé",
            "Frauengruppe",
            "Nähcafé für Frauen"
        ],
        [
            "",
            "",
            " mit Deutsch-Gesprächsrunde",
            " mit Kinderbetreuung",
            " im Stadtteil"
        ],
        ["teilhabe", "kultur-religion", "gesundheit"],
        ["frauen"],
        [
            "Frauen aus vielen Ländern treffen sich, um Kontakte zu knüpfen und sich auszutauschen.",
            "Es gibt Ausflüge, gemeinsames Kochen und Informationsabende zu Gesundheit und Rechten.",
            "Kleinkinder können mitgebracht werden.",
            "Der Treff wird von einer Sozialarbeiterin begleitet."
        ],
        "Women's meeting",
        0.05
    ),
    kind!(
        [
            "Interkultureller Sportverein",
            "Fußball für alle",
            "Schwimmkurs",
            "Schwimmkurs für Frauen",
            "Gymnastik und Fitness für Frauen",
            "Integration durch Sport",
            "Boxtraining für Jugendliche",
            "Lauftreff",
            "Radfahrkurs für Frauen",
            "Basketball im Park"
        ],
        ["", "", " – Anfängergruppe", " für Kinder", " am Wochenende"],
        ["sport", "teilhabe"],
        ["kinder", "jugendliche", "frauen", "alle", "maenner"],
        [
            "Training unter Anleitung von lizenzierten Übungsleiterinnen und Übungsleitern.",
            "Neue Mitglieder sind jederzeit willkommen, ein Probetraining ist kostenlos.",
            "Der Verein nimmt am Programm „Integration durch Sport“ teil.",
            "Sportkleidung und Ausrüstung können ausgeliehen werden.",
            "Der Mitgliedsbeitrag kann über das Bildungs- und Teilhabepaket übernommen werden."
        ],
        "Sports",
        0.5
    ),
    kind!(
        [
            "Dolmetscherpool",
            "Ehrenamtlicher Dolmetscherdienst",
            "Sprach- und Kulturmittlung",
            "Gemeindedolmetscherdienst",
            "Kulturdolmetscherinnen und Kulturdolmetscher"
        ],
        ["", "", " für Schulen und Kitas", " im Gesundheitswesen"],
        ["interkulturelle-oeffnung", "gesundheit", "ehrenamt"],
        ["alle", "neuzugewanderte", "gefluechtete"],
        [
            "Geschulte Sprach- und Kulturmittlerinnen begleiten zu Gesprächen bei Ämtern, Schulen und Ärzten.",
            "Einsätze können von Fachkräften und Einrichtungen angefragt werden.",
            "Der Pool umfasst über zwanzig Sprachen, darunter Arabisch, Dari, Tigrinya und Ukrainisch.",
            "Alle Dolmetschenden sind zur Verschwiegenheit verpflichtet."
        ],
        "Interpreter pool",
        0.2
    ),
    kind!(
        [
            "Bewerbungstraining",
            "Jobcafé",
            "Bewerbungswerkstatt",
            "Berufsorientierung für Geflüchtete",
            "Arbeitsmarktberatung",
            "Coaching für den Berufseinstieg"
        ],
        ["", "", " für Frauen", " für junge Erwachsene"],
        ["arbeit", "bildung"],
        [
            "gefluechtete",
            "neuzugewanderte",
            "jugendliche",
            "fachkraefte",
            "frauen"
        ],
        [
            "Wir erstellen gemeinsam Lebenslauf und Anschreiben und üben Vorstellungsgespräche.",
            "Computer und Drucker stehen zur Verfügung.",
            "Wir vermitteln Kontakte zu Betrieben in der Region für Praktika und Ausbildung.",
            "Das Jobcafé ist offen, eine Anmeldung ist nicht nötig."
        ],
        "Job application training",
        0.05
    ),
    kind!(
        [
            "Wohnraumberatung",
            "Mieterberatung",
            "Beratung zur Wohnungssuche",
            "Nachbarschaftsbüro",
            "Quartiersmanagement"
        ],
        ["", "", " für Familien", " für Geflüchtete"],
        ["wohnen", "teilhabe"],
        ["alle", "gefluechtete", "eltern"],
        [
            "Wir beraten bei der Suche nach einer Wohnung, zu Mietvertrag, Nebenkosten und Wohnberechtigungsschein.",
            "Bei Konflikten in der Nachbarschaft vermitteln wir.",
            "Das Büro ist Anlaufstelle für alle Fragen rund um das Leben im Quartier.",
            "Wir informieren über Rechte und Pflichten als Mieterin und Mieter."
        ],
        "Housing advice",
        0.05
    ),
    kind!(
        [
            "Gesundheitslotsen",
            "Interkulturelle Gesundheitslotsinnen",
            "Gesundheitsabend",
            "Psychosoziale Beratung für Geflüchtete",
            "Schwangerschaftsberatung",
            "Suchtberatung"
        ],
        ["", "", " in mehreren Sprachen", " für Frauen"],
        ["gesundheit"],
        ["alle", "frauen", "gefluechtete", "senioren"],
        [
            "Geschulte Lotsinnen und Lotsen informieren in der Muttersprache über das deutsche Gesundheitssystem.",
            "Themen sind Vorsorge, Impfungen, Ernährung und psychische Gesundheit.",
            "Die Beratung ist vertraulich und kostenlos.",
            "Bei Bedarf vermitteln wir an Ärztinnen, Ärzte und Fachstellen weiter."
        ],
        "Health guides",
        0.05
    ),
    kind!(
        [
            "Interkultureller Seniorentreff",
            "Kultursensible Beratung für ältere Migrantinnen und Migranten",
            "Seniorencafé",
            "Besuchsdienst für ältere Menschen"
        ],
        ["", "", " mit Gymnastik", " mit Mittagstisch"],
        ["jugend-soziales", "gesundheit", "teilhabe"],
        ["senioren"],
        [
            "Ältere Menschen aus vielen Herkunftsländern treffen sich zu Gesprächen, Spielen und Ausflügen.",
            "Wir beraten zu Pflege, Rente und Hilfen im Alltag.",
            "Angehörige sind herzlich willkommen.",
            "Ein Fahrdienst kann organisiert werden."
        ],
        "Seniors' meeting",
        0.1
    ),
    kind!(
        [
            "Interkultureller Chor",
            "Theatergruppe",
            "Erzählcafé",
            "Kochkurs – Küchen der Welt",
            "Nähcafé",
            "Internationales Fest",
            "Museumsführung für Familien",
            "Lesung in mehreren Sprachen"
        ],
        ["", "", " für Jugendliche", " für Familien"],
        ["kultur-religion", "teilhabe"],
        ["alle", "kinder", "frauen", "senioren"],
        [
            "Menschen verschiedener Herkunft gestalten gemeinsam ein kulturelles Programm.",
            "Vorkenntnisse sind nicht erforderlich, Neugier genügt.",
            "Die Ergebnisse werden beim Stadtteilfest vorgestellt.",
            "Das Angebot fördert Begegnung und Austausch zwischen Alteingesessenen und Neuzugewanderten."
        ],
        "Culture and encounter",
        0.3
    ),
    kind!(
        [
            "Interreligiöser Dialog",
            "Tag der offenen Moschee",
            "Gesprächskreis der Religionen",
            "Interreligiöser Frauenkreis"
        ],
        ["", "", " mit Führung", " für Schulklassen"],
        ["kultur-religion", "interkulturelle-oeffnung"],
        ["alle", "jugendliche", "frauen"],
        [
            "Vertreterinnen und Vertreter der Religionsgemeinschaften laden zum Gespräch ein.",
            "Wir besuchen Kirchen, Moscheen und Synagogen der Stadt.",
            "Fragen sind ausdrücklich erwünscht.",
            "Der Dialog stärkt das friedliche Zusammenleben."
        ],
        "Interfaith dialogue",
        0.0
    ),
    kind!(
        [
            "Ehrenamtliche Patenschaften",
            "Patenschaftsprogramm",
            "Bildungsmentoring",
            "Lesepaten",
            "Schulung für Ehrenamtliche",
            "Willkommensinitiative"
        ],
        ["", "", " für Familien", " für Studierende"],
        ["ehrenamt", "teilhabe"],
        ["alle", "gefluechtete", "kinder", "jugendliche"],
        [
            "Ehrenamtliche Patinnen und Paten begleiten Neuzugewanderte im Alltag.",
            "Wir bereiten Ehrenamtliche in einer Schulung auf ihre Aufgabe vor.",
            "Regelmäßige Treffen bieten Raum für Austausch und Fragen.",
            "Wer sich engagieren möchte, meldet sich einfach bei uns."
        ],
        "Mentoring and volunteering",
        0.0
    ),
    kind!(
        [
            "Antidiskriminierungsberatung",
            "Beratung bei Rassismus und Diskriminierung",
            "Workshop gegen Vorurteile",
            "Beschwerdestelle Diskriminierung"
        ],
        ["", "", " für Schulen", " – auch anonym"],
        ["antidiskriminierung"],
        ["alle", "jugendliche"],
        [
            "Wir beraten Menschen, die wegen ihrer Herkunft, Religion oder Sprache benachteiligt werden.",
            "Die Beratung ist parteilich, vertraulich und kostenlos.",
            "Wir unterstützen bei Beschwerden gegenüber Arbeitgebern, Vermietern und Behörden.",
            "Workshops für Schulklassen und Vereine können gebucht werden."
        ],
        "Anti-discrimination counselling",
        0.0
    ),
    kind!(
        [
            "Fortbildung Interkulturelle Kompetenz",
            "Workshop kultursensible Pflege",
            "Beratung für Vereine zur interkulturellen Öffnung",
            "Qualifizierung für Migrantenorganisationen"
        ],
        ["", "", " für Verwaltungen", " für Kitas und Schulen"],
        ["interkulturelle-oeffnung", "bildung"],
        ["fachkraefte", "alle"],
        [
            "Die Fortbildung vermittelt Wissen über Migration, Kommunikation und Vielfalt.",
            "Fachkräfte aus Verwaltung, Schule und Pflege reflektieren ihre Praxis.",
            "Vereine erhalten Unterstützung bei Vereinsgründung, Förderanträgen und Öffentlichkeitsarbeit.",
            "Termine werden auch als Inhouse-Schulung angeboten."
        ],
        "Intercultural training",
        0.5
    ),
    kind!(
        [
            "Rechtsberatung zum Aufenthaltsrecht",
            "Asylverfahrensberatung",
            "Sozialberatung für Geflüchtete",
            "Beratung zu Leistungen und Anträgen"
        ],
        ["", "", " – offene Sprechstunde", " mit Dolmetscher"],
        ["jugend-soziales", "antidiskriminierung"],
        ["gefluechtete", "neuzugewanderte"],
        [
            "Wir beraten zu Asylverfahren, Aufenthaltstitel, Familiennachzug und Einbürgerung.",
            "Wir helfen beim Verstehen von Bescheiden und beim Ausfüllen von Anträgen.",
            "Die Beratung ersetzt keine anwaltliche Vertretung, vermittelt aber an Fachanwälte.",
            "Bitte bringen Sie alle Schreiben der Behörden mit."
        ],
        "Legal and social advice",
        0.0
    ),
    kind!(
        [
            "Spielgruppe für Kleinkinder",
            "Sprachförderung in der Kita",
            "Ferienspiele",
            "Mama lernt Deutsch",
            "Rucksack-Programm",
            "Vorlesestunde"
        ],
        ["", "", " in mehreren Sprachen", " im Familienzentrum"],
        ["bildung", "sprachfoerderung", "jugend-soziales"],
        ["kinder", "eltern"],
        [
            "Kinder lernen spielerisch Deutsch, während ihre Eltern Kontakte knüpfen.",
            "Das Programm stärkt die Mehrsprachigkeit in der Familie.",
            "Erzieherinnen und Elternbegleiterinnen leiten die Gruppe an.",
            "Die Teilnahme ist an feste Termine gebunden; Plätze sind begrenzt."
        ],
        "Children and families",
        0.1
    ),
    kind!(
        [
            "Computerkurs",
            "Smartphone-Sprechstunde",
            "Digitale Behördengänge",
            "Internetcafé"
        ],
        ["", "", " für Seniorinnen und Senioren", " für Frauen"],
        ["bildung", "teilhabe"],
        ["senioren", "frauen", "alle"],
        [
            "Wir zeigen, wie man E-Mails schreibt, Termine online bucht und Anträge digital stellt.",
            "Eigene Geräte können mitgebracht werden; Leihgeräte sind vorhanden.",
            "Jugendliche Ehrenamtliche erklären Schritt für Schritt.",
            "Das Angebot ist für Anfängerinnen und Anfänger gedacht."
        ],
        "Computer course",
        0.2
    ),
    kind!(
        [
            "Ausländerbeirat – Bürgersprechstunde",
            "Integrationsbeirat",
            "Stadtteilkonferenz",
            "Sprechstunde der Integrationsbeauftragten"
        ],
        ["", ""],
        ["teilhabe"],
        ["alle"],
        [
            "Der Beirat vertritt die Interessen der Menschen ohne deutschen Pass gegenüber Politik und Verwaltung.",
            "Anliegen, Ideen und Beschwerden können in der Sprechstunde vorgebracht werden.",
            "Die Sitzungen sind öffentlich.",
            "Wir laden alle Bürgerinnen und Bürger zum Mitmachen ein."
        ],
        "Participation",
        0.0
    ),
];

/// A kind of provider: how its name is formed and which offers it runs.
#[derive(Debug)]
pub struct ProviderKind {
    pub prefixes: &'static [&'static str],
    /// `{town}` is replaced.
    pub pattern: &'static str,
    pub offers: &'static [usize],
    pub description: &'static str,
    pub weight: u64,
}

pub const PROVIDER_KINDS: &[ProviderKind] = &[
    ProviderKind {
        prefixes: &[
            "Caritasverband",
            "Diakonisches Werk",
            "AWO Kreisverband",
            "DRK-Kreisverband",
            "Paritätischer Wohlfahrtsverband",
            "Internationaler Bund (IB)",
        ],
        pattern: "{prefix} {town}",
        offers: &[
            MIGRATIONSBERATUNG,
            JMD,
            ANERKENNUNG,
            DEUTSCHKURS,
            INTEGRATIONSKURS,
            HAUSAUFGABEN,
            ELTERN,
            FRAUEN,
            DOLMETSCHER,
            ARBEIT,
            WOHNEN,
            GESUNDHEIT,
            SENIOREN,
            RECHT,
            KINDER,
            ANTIDISKRIMINIERUNG,
        ],
        description: "Der Wohlfahrtsverband berät und begleitet Menschen in allen Lebenslagen und ist seit vielen Jahren in der Migrationsarbeit aktiv.",
        weight: 30,
    },
    ProviderKind {
        prefixes: &[
            "Volkshochschule",
            "Kreisvolkshochschule",
            "Sprachschule Lingua",
        ],
        pattern: "{prefix} {town}",
        offers: &[
            DEUTSCHKURS,
            INTEGRATIONSKURS,
            BERUFSSPRACHE,
            ALPHA,
            DIGITAL,
            KULTUR,
            OEFFNUNG,
        ],
        description: "Die Volkshochschule ist zugelassener Träger von Integrationskursen und bietet Sprachkurse auf allen Niveaustufen an.",
        weight: 12,
    },
    ProviderKind {
        prefixes: &["Stadt", "Kreisverwaltung", "Gemeinde"],
        pattern: "{prefix} {town} – Integrationsbüro",
        offers: &[
            MIGRATIONSBERATUNG,
            BETEILIGUNG,
            OEFFNUNG,
            DOLMETSCHER,
            WOHNEN,
            ANTIDISKRIMINIERUNG,
            EHRENAMT,
        ],
        description: "Das Integrationsbüro koordiniert die Integrationsarbeit vor Ort, berät Zugewanderte und vernetzt Verwaltung, Vereine und Initiativen.",
        weight: 8,
    },
    ProviderKind {
        prefixes: &[
            "Deutsch-Türkischer Kulturverein",
            "Afrikanischer Kulturverein",
            "Eritreische Gemeinde",
            "Ukrainischer Verein",
            "Griechische Gemeinde",
            "Deutsch-Arabischer Freundeskreis",
            "Afghanischer Kulturverein",
            "Polnische Katholische Mission",
            "Kurdisches Gemeinschaftszentrum",
        ],
        pattern: "{prefix} {town} e.V.",
        offers: &[
            KULTUR,
            ELTERN,
            FRAUEN,
            SPRACHCAFE,
            HAUSAUFGABEN,
            RELIGION,
            DOLMETSCHER,
            SENIOREN,
        ],
        description: "Der Verein wurde von Zugewanderten gegründet und ist Anlaufstelle für Familien, Jugendliche und Ältere aus der Community.",
        weight: 14,
    },
    ProviderKind {
        prefixes: &[
            "TV 1860",
            "SV Blau-Weiß",
            "TSG 1888",
            "Eintracht",
            "FC Germania",
            "TuS 1900",
        ],
        pattern: "{prefix} {town}",
        offers: &[SPORT],
        description: "Der Sportverein bietet Breitensport für alle Generationen und ist Stützpunktverein im Programm „Integration durch Sport“.",
        weight: 12,
    },
    ProviderKind {
        prefixes: &[
            "Evangelische Kirchengemeinde",
            "Katholische Pfarrei St. Martin",
            "Evangelische Familienbildung",
            "Katholische Familienbildungsstätte",
        ],
        pattern: "{prefix} {town}",
        offers: &[
            SPRACHCAFE, ELTERN, FRAUEN, EHRENAMT, SENIOREN, RELIGION, KINDER,
        ],
        description: "Die Gemeinde engagiert sich mit vielen Ehrenamtlichen für Begegnung und Nachbarschaftshilfe.",
        weight: 10,
    },
    ProviderKind {
        prefixes: &[
            "Willkommensinitiative",
            "Flüchtlingshilfe",
            "Netzwerk Asyl",
            "Bürgerstiftung",
            "Mehrgenerationenhaus",
            "Familienzentrum",
            "Stadtteilzentrum",
        ],
        pattern: "{prefix} {town}",
        offers: &[
            SPRACHCAFE,
            EHRENAMT,
            HAUSAUFGABEN,
            ELTERN,
            FRAUEN,
            KINDER,
            DIGITAL,
            ARBEIT,
            KULTUR,
        ],
        description: "Die Initiative bringt Alteingesessene und Neuzugewanderte zusammen und lebt vom Engagement vieler Freiwilliger.",
        weight: 14,
    },
];

/// Appended to some provider names so that providers of one town differ.
pub const PROVIDER_SUFFIXES: &[&str] = &[
    "",
    "",
    "",
    " – Beratungszentrum Nord",
    " – Beratungszentrum Süd",
    " – Stadtteilbüro West",
    " – Stadtteilbüro Ost",
    " – Innenstadt",
    " – Zweigstelle",
];

pub const GENERAL_SENTENCES: &[&str] = &[
    "Das Angebot richtet sich an Menschen in {town} und Umgebung.",
    "Träger ist {provider}.",
    "Bitte melden Sie sich vorher telefonisch oder per E-Mail an.",
    "Eine Anmeldung ist nicht erforderlich, kommen Sie einfach vorbei.",
    "Die Räume sind mit Bus und Bahn gut erreichbar.",
    "Das Angebot wird aus Mitteln des Landesprogramms WIR gefördert.",
    "Informationsmaterial gibt es in mehreren Sprachen.",
    "Kinder können nach Absprache mitgebracht werden.",
    "In den hessischen Schulferien findet das Angebot nicht statt.",
    "Wir arbeiten mit dem Jobcenter und der Ausländerbehörde des Kreises zusammen.",
];

pub const STREETS: &[&str] = &[
    "Bahnhofstraße",
    "Hauptstraße",
    "Schulstraße",
    "Kirchgasse",
    "Am Markt",
    "Berliner Straße",
    "Goethestraße",
    "Schillerstraße",
    "Friedrich-Ebert-Straße",
    "Lindenstraße",
    "Gartenstraße",
    "Ringstraße",
    "Wilhelmstraße",
    "Frankfurter Straße",
    "Marktplatz",
    "Rathausplatz",
    "Bismarckstraße",
    "Mühlweg",
    "Am Rathaus",
    "Kasseler Straße",
];

pub const PLACE_NAMES: &[&str] = &[
    "Beratungsstelle",
    "Gemeindezentrum",
    "Stadtteilzentrum",
    "Familienzentrum",
    "Bürgerhaus",
    "Geschäftsstelle",
    "Jugendzentrum",
    "Vereinsheim",
];

/// (code, German name) of the languages offers are given in besides German.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "Englisch"),
    ("tr", "Türkisch"),
    ("ar", "Arabisch"),
    ("ru", "Russisch"),
    ("uk", "Ukrainisch"),
    ("fa", "Persisch (Farsi)"),
    ("pl", "Polnisch"),
    ("ro", "Rumänisch"),
    ("bg", "Bulgarisch"),
    ("ti", "Tigrinya"),
    ("so", "Somali"),
    ("ku", "Kurdisch"),
    ("ps", "Paschtu"),
    ("fr", "Französisch"),
    ("it", "Italienisch"),
    ("el", "Griechisch"),
];

pub const NETWORK_KINDS: &[&str] = &[
    "Arbeitskreis Integration",
    "Runder Tisch Sprache",
    "Netzwerk Migration und Arbeit",
    "Verbund Frühe Hilfen interkulturell",
    "Runder Tisch Flüchtlingshilfe",
];

pub const CONTACT_NAMES: &[&str] = &[
    "Frau Yilmaz",
    "Herr Schneider",
    "Frau Haddad",
    "Herr Kowalski",
    "Frau Petrenko",
    "Herr Rahimi",
    "Frau Weber",
    "Herr Tesfaye",
    "Frau Nowak",
    "Herr Becker",
];
