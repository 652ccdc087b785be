//! The German analysis on the examples it was specified with, as `check(input, expected)`
//! tables: folding, singular/plural, compounds both ways, synonyms, stop and question words,
//! negation and quotes in queries, the tantivy tokenizers, other languages, odd input.

use atlas_analysis::{
    EXACT, GERMAN, GermanAnalysis, OtherLanguage, QueryWord, fold, register_tokenizers, stem_de,
};
use tantivy::tokenizer::{TokenStream, TokenizerManager};

fn analysis() -> GermanAnalysis {
    GermanAnalysis::embedded()
}

/// (text, position) of a list of terms.
fn pairs(terms: &[atlas_analysis::Term]) -> Vec<(&str, u32)> {
    terms
        .iter()
        .map(|t| (t.text.as_str(), t.position))
        .collect()
}

fn owned(expected: &[(&str, u32)]) -> Vec<(String, u32)> {
    expected.iter().map(|(t, p)| (t.to_string(), *p)).collect()
}

#[test]
fn analysis_is_shared_between_threads() {
    fn send_sync<T: Send + Sync + Clone>() {}
    send_sync::<GermanAnalysis>();
    let a = analysis();
    let handle = std::thread::spawn(move || a.index_terms("Deutschkurs").len());
    assert_eq!(handle.join().ok(), Some(3));
}

#[test]
fn folding() {
    fn check(input: &str, expected: &str) {
        assert_eq!(fold(input), expected, "fold({input:?})");
    }
    for (input, expected) in [
        ("Köln", "koln"),
        ("Koeln", "koln"),
        ("Koln", "koln"),
        ("KÖLN", "koln"),
        ("Straße", "strasse"),
        ("Strasse", "strasse"),
        ("Sprachcafé", "sprachcafe"),
        ("Sprachcafe", "sprachcafe"),
        ("Übung", "ubung"),
        ("Uebung", "ubung"),
        ("Müsli", "musli"),
        ("Muesli", "musli"),
        // "ue" after a vowel or q is no umlaut.
        ("Feuer", "feuer"),
        ("Mauer", "mauer"),
        ("Quelle", "quelle"),
        ("Mu\u{0308}nchen", "munchen"),
        ("Ærø", "aero"),
        ("Şişli", "sisli"),
        ("Ελλάδα", "ελλάδα"),
        ("", ""),
    ] {
        check(input, expected);
    }
}

#[test]
fn singular_and_plural_meet() {
    fn check(forms: &[&str]) {
        let stems: Vec<String> = forms.iter().map(|f| stem_de(f)).collect();
        assert!(
            stems.iter().all(|s| *s == stems[0]),
            "{forms:?} stem to {stems:?}"
        );
    }
    for forms in [
        &[
            "Deutschkurs",
            "Deutschkurse",
            "Deutschkursen",
            "Deutschkurses",
        ][..],
        &["Integrationskurs", "Integrationskurse"],
        &["Beratungsstelle", "Beratungsstellen"],
        &["Elternlotse", "Elternlotsen"],
        &["Kita", "Kitas"],
        &["Büro", "Büros", "Buero"],
        &["Regel", "Regeln"],
        &["Problem", "Probleme"],
        &["Schulsystem", "Schulsysteme"],
        &["Tandem", "Tandems"],
        &["frei", "freie", "freien"],
        &["Laie", "Laien"],
        &["Knie", "Knien"],
        &["Ehe", "Ehen"],
        &["See", "Seen"],
        &["Aue", "Auen"],
        &["Ire", "Iren"],
        &["Öde", "Öden"],
        &["Sprachtandem", "Sprachtandems"],
        &["Nachbar", "Nachbarn"],
        &["Lehrer", "Lehrerin", "Lehrerinnen"],
        &["Arzt", "Ärztin", "Ärztinnen", "Ärzte", "Aerztin"],
        &["Dolmetscher", "Dolmetscherin", "Dolmetscherinnen"],
        &["Migrant", "Migrantin", "Migrantinnen", "Migranten"],
        &["Verein", "Vereins", "Vereine"],
        &["Workshop", "Workshops"],
    ] {
        check(forms);
    }
    // Words that only look feminine keep their ending.
    for (word, stem) in [
        ("Termin", "termin"),
        ("Berlin", "berlin"),
        ("beginnen", "beginn"),
    ] {
        assert_eq!(stem_de(word), stem, "{word}");
    }
}

#[test]
fn compounds_split() {
    fn check(word: &str, expected: Option<&[&str]>) {
        let got = analysis().split_compound(word);
        let expected = expected.map(|e| e.iter().map(|p| p.to_string()).collect::<Vec<_>>());
        assert_eq!(got, expected, "split_compound({word:?})");
    }
    check("Deutschkurs", Some(&["deutsch", "kurs"]));
    check("Integrationskurse", Some(&["integration", "kurse"]));
    check("Migrationsberatung", Some(&["migration", "beratung"]));
    check("Hausaufgabenhilfe", Some(&["hausaufgabe", "hilfe"]));
    check("Sprachcafé", Some(&["sprach", "cafe"]));
    check("Elternlotsen", Some(&["eltern", "lotsen"]));
    check("Sportverein", Some(&["sport", "verein"]));
    check("Gesundheitsamt", Some(&["gesundheit", "amt"]));
    check("Ortsteil", Some(&["orts", "teil"]));
    check("Asylbewerberinnen", Some(&["asyl", "bewerber"]));
    check("Bueroeinrichtung", Some(&["buro", "einrichtung"]));
    // No compounds.
    for word in [
        "Verein",
        "Beratung",
        "Anerkennung",
        "Unterkunft",
        "Termin",
        "Schülerinnen",
        "folgende",
        "kulturelle",
        "Aktionen",
        "Kurs",
        "A1",
        "",
    ] {
        check(word, None);
    }
}

#[test]
fn compound_parts_are_stemmed() {
    fn check(word: &str, expected: &[&str]) {
        assert_eq!(
            analysis().part_stems(word),
            expected,
            "part_stems({word:?})"
        );
    }
    check("Deutschkurs", &["deutsch", "kur"]);
    check("Integrationskurse", &["integration", "kur"]);
    check("Migrationsberatung", &["migration", "berat"]);
    check("Hausaufgabenhilfe", &["hausaufgab", "hilf"]);
    check("Sprachcafé", &["sprach", "caf"]);
    check("Elternlotsen", &["elt", "lot"]);
    check("Berufsanerkennung", &["beruf", "anerkenn"]);
    check("Sportverein", &["sport", "verein"]);
}

#[test]
fn compounds_are_found_both_ways() {
    let a = analysis();
    // (query, text): every query word that is no stop word finds its stem, or all its parts,
    // among the index terms of the text.
    fn found(a: &GermanAnalysis, query: &str, text: &str) -> bool {
        let terms: Vec<String> = a.index_terms(text).into_iter().map(|t| t.text).collect();
        a.query(query).iter().filter(|w| !w.stop).all(|w| {
            terms.contains(&w.stem)
                || (!w.parts.is_empty() && w.parts.iter().all(|p| terms.contains(p)))
        })
    }
    for (query, text) in [
        ("Kurs", "Deutschkurs für Anfänger"),
        ("Kurse", "Unsere Deutschkurse"),
        ("Deutschkurs", "Ein Kurs für Deutsch am Abend"),
        ("Beratung", "Migrationsberatung für Erwachsene"),
        ("Migrationsberatung", "Beratung zu Migration und Flucht"),
        ("Verein", "Im Sportverein"),
        ("Hilfe bei Hausaufgaben", "Hausaufgabenhilfe"),
        ("Hausaufgabenhilfe", "Hilfe bei den Hausaufgaben"),
        ("Café", "Sprach-Café"),
        ("Sprachcafé", "Sprach-Café"),
        ("Lotse", "Elternlotsen"),
        ("Anerkennung", "Berufsanerkennung"),
        ("Arbeitsmarkt", "Arbeitsmarktpolitik"),
        ("Beraterinnen", "Berater*innen"),
    ] {
        assert!(found(&a, query, text), "{query:?} should find {text:?}");
    }
    assert!(!found(&a, "Kita", "Deutschkurs"));
}

#[test]
fn index_and_exact_terms() {
    fn check(text: &str, index: &[(&str, u32)], exact: &[(&str, u32)]) {
        let a = analysis();
        assert_eq!(pairs(&a.index_terms(text)), index, "index_terms({text:?})");
        assert_eq!(pairs(&a.exact_terms(text)), exact, "exact_terms({text:?})");
    }
    check(
        "Deutschkurse für Frauen",
        &[("deutschkur", 0), ("deutsch", 0), ("kur", 0), ("frau", 2)],
        &[("deutschkurse", 0), ("frauen", 2)],
    );
    check(
        "Sprach-Café",
        &[("sprach", 0), ("sprachcaf", 0), ("caf", 1)],
        &[("sprach", 0), ("sprachcafe", 0), ("cafe", 1)],
    );
    check(
        "Berater*innen im Jobcenter",
        &[("berat", 0), ("jobcent", 2), ("job", 2), ("cent", 2)],
        &[("beraterinnen", 0), ("jobcenter", 2)],
    );
    check(
        "Arbeitsmarktpolitik",
        &[
            ("arbeitsmarktpolit", 0),
            ("arbeit", 0),
            ("markt", 0),
            ("polit", 0),
            ("arbeitsmarkt", 0),
            ("marktpolit", 0),
        ],
        &[("arbeitsmarktpolitik", 0)],
    );
    check(
        "Termin am 12.03. um 10:00",
        &[("termin", 0), ("12", 2), ("03", 3), ("10", 5), ("00", 6)],
        &[("termin", 0), ("12", 2), ("03", 3), ("10", 5), ("00", 6)],
    );
    check("", &[], &[]);
    check("und die der", &[], &[]);
}

#[test]
fn synonyms() {
    fn check(word: &str, expected: &[&[&str]]) {
        let a = analysis();
        let got = a.synonyms_of(&stem_de(word));
        for synonym in expected {
            let synonym: Vec<String> = synonym.iter().map(|s| s.to_string()).collect();
            assert!(
                got.contains(&synonym),
                "{word}: {synonym:?} missing from {got:?}"
            );
        }
    }
    check(
        "Deutschkurs",
        &[&["sprachkur"], &["integrationskur"], &["deutschunterricht"]],
    );
    check("Sprachkurse", &[&["deutschkur"]]);
    check(
        "Kita",
        &[&["kindertagesstatt"], &["kindergart"], &["kinderkripp"]],
    );
    check("Kindergarten", &[&["kita"]]);
    check("Nachhilfe", &[&["hausaufgabenhilf"], &["lernhilf"]]);
    check(
        "Flüchtlinge",
        &[&["gefluchtet"], &["asylbewerb"], &["schutzsuch"]],
    );
    check("Dolmetscher", &[&["sprachmittl"], &["ubersetz"]]);
    check("Anerkennung", &[&["berufsanerkenn"], &["gleichwert"]]);
    check(
        "Migrationsberatung",
        &[&["migrationsdien"], &["berat", "zugewandert"]],
    );
    check("Job", &[&["arbeit"], &["beschaft"], &["stell"]]);
    check("Wohnung", &[&["wohnraum"], &["unterkunft"]]);
    check("Ärztin", &[&["medizin"], &["doktor"]]);
    check("Jobcenter", &[&["arbeitsamt"], &["agentur", "arbeit"]]);
    check("Elterncafe", &[&["elterntreff"]]);
    check("Ehrenamt", &[&["freiwilligenarbeit"]]);
    check("Ausbildung", &[&["lehr"]]);
    check("Jugendamt", &[&["jugendhilf"]]);
    check("Schuldnerberatung", &[&["schuld"]]);
    check("Ausländerbehörde", &[&["einwanderungsbehord"]]);
    // Members in parentheses are only expansions: "stellen" (to put) gets no job synonyms.
    assert!(analysis().synonyms_of(&stem_de("stellen")).is_empty());
    assert!(analysis().synonyms_of("xyz").is_empty());
}

#[test]
fn stop_and_question_words() {
    let a = analysis();
    for word in [
        "wie", "wo", "was", "kann", "ich", "gibt", "es", "man", "welche", "muss", "wann", "warum",
        "der", "und", "für", "uber", "dass", "nicht",
    ] {
        assert!(a.is_stop_word(&fold(word)), "{word} should be a stop word");
    }
    for word in ["deutschkurs", "kita", "sucht", "suche", "arbeit", "frauen"] {
        assert!(!a.is_stop_word(word), "{word} should not be a stop word");
    }
    let stops: Vec<(String, bool)> = a
        .query("Wo kann ich einen Deutschkurs machen?")
        .into_iter()
        .map(|w| (w.surface, w.stop))
        .collect();
    let expected = [
        ("wo", true),
        ("kann", true),
        ("ich", true),
        ("einen", true),
        ("deutschkurs", false),
        ("machen", true),
    ];
    assert_eq!(stops, expected.map(|(w, s)| (w.to_string(), s)));
}

#[test]
fn query_words() {
    fn check(q: &str, expected: &[(&str, bool, Option<usize>)]) {
        let got: Vec<(String, bool, Option<usize>)> = analysis()
            .query(q)
            .into_iter()
            .map(|w| (w.surface, w.negated, w.phrase))
            .collect();
        let expected: Vec<(String, bool, Option<usize>)> = expected
            .iter()
            .map(|(s, n, p)| (s.to_string(), *n, *p))
            .collect();
        assert_eq!(got, expected, "query({q:?})");
    }
    check(
        "deutschkurs -online",
        &[("deutschkurs", false, None), ("online", true, None)],
    );
    check(
        "\"Sprachcafé Frankfurt\" -Anmeldung",
        &[
            ("sprachcafe", false, Some(0)),
            ("frankfurt", false, Some(0)),
            ("anmeldung", true, None),
        ],
    );
    check(
        "Kita \"Offenbach\" \"\" „Hanau Süd“ -\"Wartezeit\"",
        &[
            ("kita", false, None),
            ("offenbach", false, Some(0)),
            ("hanau", false, Some(1)),
            ("sud", false, Some(1)),
            ("wartezeit", false, Some(2)),
        ],
    );
    // Unbalanced quotes run to the end.
    check(
        "hilfe \"kita offenbach",
        &[
            ("hilfe", false, None),
            ("kita", false, Some(0)),
            ("offenbach", false, Some(0)),
        ],
    );
    // A hyphen inside or after a word is no negation; a minus sign (U+2212) is.
    check(
        "Kita-Platz - jetzt −online",
        &[
            ("kitaplatz", false, None),
            ("jetzt", false, None),
            ("online", true, None),
        ],
    );
    check("(-kosten)", &[("kosten", true, None)]);
    check("", &[]);
    check("\"", &[]);
}

#[test]
fn query_word_details() {
    let words = analysis().query("Sprach-Café für Frauen in Offenbach");
    let sprachcafe = &words[0];
    assert_eq!(
        sprachcafe,
        &QueryWord {
            original: "Sprach-Café".into(),
            surface: "sprachcafe".into(),
            stem: "sprachcaf".into(),
            parts: vec!["sprach".into(), "caf".into()],
            synonyms: vec![
                vec!["sprachtreff".into()],
                vec!["sprachtandem".into()],
                vec!["konversationskur".into()]
            ],
            stop: false,
            negated: false,
            phrase: None,
            position: 0,
        }
    );
    let positions: Vec<(&str, u32)> = words
        .iter()
        .map(|w| (w.surface.as_str(), w.position))
        .collect();
    assert_eq!(
        positions,
        [
            ("sprachcafe", 0),
            ("fur", 2),
            ("frauen", 3),
            ("in", 4),
            ("offenbach", 5)
        ]
    );
    let kurse = &analysis().query("Integrationskurse")[0];
    assert_eq!(kurse.stem, stem_de("Integrationskurs"));
    assert_eq!(kurse.parts, ["integration", "kur"]);
}

/// (text, position, offsets) of the tokens a registered tokenizer gives.
fn tokens(name: &str, text: &str) -> Vec<(String, usize, usize, usize)> {
    let manager = TokenizerManager::default();
    register_tokenizers(&manager, &analysis());
    let mut analyzer = manager
        .get(name)
        .unwrap_or_else(|| panic!("{name} registered"));
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        let t = stream.token();
        out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
    }
    out
}

#[test]
fn tantivy_tokenizers() {
    fn check(name: &str, text: &str, expected: &[(&str, usize, usize, usize)]) {
        let expected: Vec<(String, usize, usize, usize)> = expected
            .iter()
            .map(|(t, p, a, b)| (t.to_string(), *p, *a, *b))
            .collect();
        assert_eq!(tokens(name, text), expected, "{name}: {text:?}");
    }
    check(
        GERMAN,
        "Deutschkurse für Frauen",
        &[
            ("deutschkur", 0, 0, 12),
            ("deutsch", 0, 0, 12),
            ("kur", 0, 0, 12),
            ("frau", 2, 18, 24),
        ],
    );
    check(
        EXACT,
        "Deutschkurse für Frauen",
        &[("deutschkurse", 0, 0, 12), ("frauen", 2, 18, 24)],
    );
    check(
        "atlas_de",
        "Sprach-Café",
        &[
            ("sprach", 0, 0, 6),
            ("sprachcaf", 0, 0, 12),
            ("caf", 1, 7, 12),
        ],
    );
    check(
        "atlas_en",
        "German courses for women",
        &[
            ("german", 0, 0, 6),
            ("cours", 1, 7, 14),
            ("for", 2, 15, 18),
            ("women", 3, 19, 24),
        ],
    );
    check(
        "atlas_tr",
        "Almanca kursları",
        &[("alma", 0, 0, 7), ("kurs", 1, 8, 17)],
    );
    check(
        "atlas_ru",
        "Курсы немецкого",
        &[("курс", 0, 0, 10), ("немецк", 1, 11, 29)],
    );
    check(
        "atlas_uk",
        "Курси для сім’ї",
        &[("курси", 0, 0, 10), ("для", 1, 11, 17), ("сімї", 2, 18, 29)],
    );
    check(
        "atlas_fa",
        "کلاس فارسی",
        &[("كلاس", 0, 0, 8), ("فارسي", 1, 9, 19)],
    );
    check(
        "atlas_ar",
        "دَوْرَة اللغة",
        &[("دور", 0, 0, 14), ("اللغ", 1, 15, 25)],
    );
    for name in [
        "atlas_de",
        "atlas_exact",
        "atlas_en",
        "atlas_tr",
        "atlas_ru",
        "atlas_ar",
        "atlas_uk",
        "atlas_fa",
    ] {
        check(name, "", &[]);
    }
}

#[test]
fn other_languages() {
    fn check(language: OtherLanguage, a: &str, b: &str) {
        let terms = |t: &str| {
            language
                .terms(t)
                .into_iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
        };
        assert_eq!(terms(a), terms(b), "{language:?}: {a:?} vs {b:?}");
        assert!(!terms(a).is_empty(), "{language:?}: {a:?}");
    }
    check(OtherLanguage::English, "courses", "course");
    check(OtherLanguage::English, "Children's", "children");
    check(OtherLanguage::Turkish, "kursları", "kurs");
    check(OtherLanguage::Turkish, "KURSLARI", "kursları");
    check(OtherLanguage::Turkish, "İstanbul'da", "istanbul");
    check(OtherLanguage::Russian, "курсы", "курс");
    check(OtherLanguage::Russian, "Ёлка", "елка");
    check(OtherLanguage::Arabic, "دَوْرَة", "دورة");
    check(OtherLanguage::Arabic, "كـــتاب", "كتاب");
    check(OtherLanguage::Arabic, "الدورات", "دورة");
    check(OtherLanguage::Farsi, "فارسی", "فارسي");
    check(OtherLanguage::Farsi, "کتاب", "كتاب");
    check(OtherLanguage::Farsi, "می‌خواهم", "میخواهم");
    check(OtherLanguage::Farsi, "۱۲۳", "123");
    check(OtherLanguage::Farsi, "آموزش", "اموزش");
    check(OtherLanguage::Ukrainian, "сім’я", "сім'я");
    check(OtherLanguage::Ukrainian, "СІМʼЯ", "сімя");
    assert_ne!(
        OtherLanguage::Ukrainian.term("ґанок"),
        OtherLanguage::Ukrainian.term("ганок")
    );
    assert_eq!(atlas_analysis::normalize_arabic_script("يـــي"), "يي");
}

#[test]
fn odd_input_gives_sensible_terms() {
    let a = analysis();
    let long = "a".repeat(10_000);
    for text in [
        "",
        " ",
        "😀😀 🇩🇪",
        "Deutsch😀kurs",
        "مرحبا بكم في دورة اللغة الألمانية",
        "١٢٣ ٤٥٦",
        long.as_str(),
        "-",
        "\"\"\"",
        "- - -x",
        "Berater*innen*",
        "*innen",
        "ß",
        "İ",
        "\u{0301}\u{0308}",
        "\u{200C}",
    ] {
        let _ = a.index_terms(text);
        let _ = a.exact_terms(text);
        let _ = a.query(text);
        let _ = a.split_compound(text);
        let _ = stem_de(text);
    }
    assert!(
        a.index_terms(&long).is_empty(),
        "a 10k-char word is no term"
    );
    assert_eq!(
        pairs(&a.index_terms("Deutsch😀kurs")),
        [("deutsch", 0), ("kur", 1)]
    );
    assert_eq!(
        owned(&pairs(&a.exact_terms("١٢٣ Kurs"))),
        owned(&[("١٢٣", 0), ("kurs", 1)])
    );
    // Misspelt words still get a stem of their own.
    assert_eq!(stem_de("Deutschkurz"), "deutschkurz");
    assert_eq!(stem_de("Intergrationskurse"), "intergrationskur");
}

#[test]
fn a_tantivy_index_finds_stems_parts_and_phrases() -> tantivy::Result<()> {
    use tantivy::collector::Count;
    use tantivy::query::{PhraseQuery, TermQuery};
    use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
    use tantivy::{Index, TantivyDocument, Term};

    let mut builder = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(GERMAN)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let body = builder.add_text_field(
        "body",
        TextOptions::default().set_indexing_options(indexing),
    );
    let index = Index::create_in_ram(builder.build());
    register_tokenizers(index.tokenizers(), &analysis());
    let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
    for text in [
        "Deutschkurse für Frauen in Offenbach",
        "Sprach-Café für Eltern",
        "Hausaufgabenhilfe im Jugendzentrum",
    ] {
        let mut doc = TantivyDocument::default();
        doc.add_text(body, text);
        writer.add_document(doc)?;
    }
    writer.commit()?;
    let searcher = index.reader()?.searcher();
    let count_term = |text: &str| {
        let query = TermQuery::new(Term::from_field_text(body, text), IndexRecordOption::Basic);
        searcher.search(&query, &Count)
    };
    assert_eq!(count_term(&stem_de("Kurs"))?, 1);
    assert_eq!(count_term(&stem_de("Deutschkurs"))?, 1);
    assert_eq!(count_term(&stem_de("Hilfe"))?, 1);
    assert_eq!(count_term(&stem_de("Sprachcafé"))?, 1);
    // Phrases over positions: "Deutschkurs (für) Frauen", "Sprach Café", "Sprachcafé für Eltern".
    for terms in [
        vec![(0, "deutschkur"), (2, "frau")],
        vec![(0, "kur"), (2, "frau")],
        vec![(0, "sprach"), (1, "caf")],
        vec![(0, "sprachcaf"), (3, "elt")],
    ] {
        let terms = terms
            .into_iter()
            .map(|(offset, t)| (offset, Term::from_field_text(body, t)))
            .collect();
        assert_eq!(
            searcher.search(&PhraseQuery::new_with_offset(terms), &Count)?,
            1
        );
    }
    Ok(())
}

#[test]
fn suspended_hyphen_completes_the_compound() {
    fn surfaces(q: &str) -> Vec<String> {
        analysis().query(q).into_iter().map(|w| w.surface).collect()
    }
    assert_eq!(
        surfaces("Integrations- und Sprachkurse"),
        ["integrationskurse", "und", "sprachkurse"]
    );
    assert_eq!(
        surfaces("Integrations-, Sprach- oder Deutschkurse"),
        ["integrationskurse", "sprachkurse", "oder", "deutschkurse"]
    );
    assert_eq!(
        surfaces("Kinder- und Jugendhilfe"),
        ["kinderhilfe", "und", "jugendhilfe"]
    );
    // The words share the compound less its first part.
    assert_eq!(
        surfaces("Kinder- und Jugendkulturwerkstatt")[0],
        "kinderkulturwerkstatt"
    );
    // An adjective may stand before the compound; a hyphenated compound gives its last member.
    assert_eq!(
        surfaces("Integrations- und normale Sprachkurse")[0],
        "integrationskurse"
    );
    assert_eq!(surfaces("Sprach- und Lern-Café")[0], "sprachcafe");
    let word = &analysis().query("Integrations- und Sprachkurse")[0];
    assert_eq!(word.stem, stem_de("Integrationskurse"));
    assert_eq!(word.parts, ["integration", "kur"]);
    assert!(!word.stop);
    // No conjunction, a hyphen between spaces, or a joined word: nothing to complete.
    assert_eq!(surfaces("Bus- Bahn")[0], "bus");
    assert_eq!(surfaces("Kurs - und Kita")[0], "kurs");
    assert_eq!(surfaces("Sprach-Café und Deutschkurse")[0], "sprachcafe");
}

/// What a snippet looks for in a text is what the index holds for it: the same terms at the
/// same words.
#[test]
fn index_terms_one_word_at_a_time() {
    let a = analysis();
    for text in [
        "Deutschkurse für Frauen im Sprach-Café, Integrationskurs und Hausaufgabenhilfe",
        "Berater*innen der Migrationsberatung: EDV-Kurs, Elternlotsen, Köln/Koeln",
        "die und der",
        "",
        "Ärztinnen-Sprechstunde 2026 — Anerkennung ausländischer Abschlüsse",
    ] {
        let mut visited: Vec<(String, std::ops::Range<usize>)> = Vec::new();
        a.for_each_index_term(text, |t, r| visited.push((t.to_owned(), r.clone())));
        let mut expected: Vec<_> = a
            .index_terms(text)
            .into_iter()
            .map(|t| (t.text, t.range))
            .collect();
        visited.sort_by(|x, y| (x.1.start, x.1.end, &x.0).cmp(&(y.1.start, y.1.end, &y.0)));
        visited.dedup();
        expected.sort_by(|x, y| (x.1.start, x.1.end, &x.0).cmp(&(y.1.start, y.1.end, &y.0)));
        expected.dedup();
        assert_eq!(visited, expected, "{text:?}");
        assert!(!text.contains("Deutsch") || visited.iter().any(|(t, _)| t == "kur"));
    }
}
