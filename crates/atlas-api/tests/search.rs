//! Search through the real router over a real store and index in a temp dir: the German
//! examples of the search issue (singular/plural, compounds both ways, umlaut spellings,
//! typos, synonyms, prefixes, phrases, exclusions, other languages), filters and facets,
//! the radius boundary, hidden records, and bad parameters.

use std::sync::Arc;

use atlas_app::Atlas;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

struct TestApp {
    dir: tempfile::TempDir,
    atlas: Arc<Atlas>,
}

impl TestApp {
    fn new() -> Self {
        Self::with(
            "search.hsds.json",
            include_str!("fixtures/search.hsds.json"),
        )
    }

    /// A data directory with the HSDS document `json` (named `file`) imported and indexed.
    fn with(file: &str, json: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let atlas = Atlas::open(dir.path())
            .unwrap()
            .with_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
        atlas.import(file, json, &mut |_, _| {}).unwrap();
        atlas.start_search().unwrap();
        Self {
            dir,
            atlas: Arc::new(atlas),
        }
    }

    async fn get(&self, uri: &str) -> (StatusCode, Value) {
        let response = atlas_api::router(self.atlas.clone())
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let body = serde_json::from_slice(&bytes)
            .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into()));
        (status, body)
    }

    async fn search(&self, params: &str) -> Value {
        let (status, body) = self.get(&format!("/api/v1/search?{params}")).await;
        assert_eq!(status, StatusCode::OK, "{params}: {body}");
        body
    }

    async fn names(&self, params: &str) -> Vec<String> {
        let body = self.search(&format!("{params}&per_page=100")).await;
        body["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["name"].as_str().unwrap().to_owned())
            .collect()
    }
}

fn q(text: &str) -> String {
    format!("q={}", urlencode(text))
}

fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// (query, names that must be found, names that must not be)
const GERMAN: &[(&str, &[&str], &[&str])] = &[
    // Singular and plural meet (Snowball alone: deutschkur vs deutschkurs).
    (
        "Deutschkurs",
        &["Deutschkurse für Anfänger", "Deutschkurs am Abend"],
        &[],
    ),
    (
        "Deutschkurse",
        &["Deutschkurse für Anfänger", "Deutschkurs am Abend"],
        &[],
    ),
    (
        "integrationskurs",
        &["Integrationskurse mit Kinderbetreuung"],
        &[],
    ),
    // Compounds both ways.
    (
        "Kurs",
        &[
            "Deutschkurs am Abend",
            "Deutschkurse für Anfänger",
            "Integrationskurse mit Kinderbetreuung",
        ],
        &[],
    ),
    ("Deutschkurs", &["Lernangebot Sprache"], &[]),
    ("Beratung", &["Migrationsberatung für Erwachsene"], &[]),
    ("Hausaufgaben", &["Hausaufgabenhilfe im Stadtteil"], &[]),
    ("Café", &["Sprachcafé Miteinander"], &[]),
    ("Sprachcafe", &["Sprachcafé Miteinander"], &[]),
    ("Lotse", &["Elternlotsen"], &[]),
    ("Anerkennung", &["Berufsanerkennung"], &[]),
    // Umlaut spellings meet.
    ("Königstein", &["Begegnungsort Königstein"], &[]),
    ("Koenigstein", &["Begegnungsort Königstein"], &[]),
    ("Konigstein", &["Begegnungsort Königstein"], &[]),
    // Typos: one edit from 5 letters, two from 9.
    (
        "Migratonsberatung",
        &["Migrationsberatung für Erwachsene"],
        &[],
    ),
    (
        "Integratoinskurse",
        &["Integrationskurse mit Kinderbetreuung"],
        &[],
    ),
    ("Hausaufgabnhilfe", &["Hausaufgabenhilfe im Stadtteil"], &[]),
    ("Ellternlotsen", &["Elternlotsen"], &[]),
    // Synonyms.
    ("Kita", &["Kindertagesstätte Sonnenschein"], &[]),
    ("Nachhilfe", &["Hausaufgabenhilfe im Stadtteil"], &[]),
    ("Flüchtlinge", &["Treffpunkt für Geflüchtete"], &[]),
    ("Dolmetscher", &["Sprachmittler-Pool"], &[]),
    (
        "Sprachkurs",
        &[
            "Deutschkurs am Abend",
            "Integrationskurse mit Kinderbetreuung",
        ],
        &[],
    ),
    // Questions: stop and question words do not get in the way.
    (
        "Wo gibt es einen Deutschkurs für Anfänger?",
        &["Deutschkurse für Anfänger"],
        &[],
    ),
    // Phrases and exclusions.
    (
        "\"Deutschkurs am Abend\"",
        &["Deutschkurs am Abend"],
        &["Deutschkurse für Anfänger"],
    ),
    (
        "Deutschkurs -Abend",
        &["Deutschkurse für Anfänger"],
        &["Deutschkurs am Abend"],
    ),
    // Places in the text.
    (
        "Hausaufgabenhilfe Offenbach",
        &["Hausaufgabenhilfe im Stadtteil"],
        &[],
    ),
    // Other languages, from translations.
    ("courses", &["Welcome course"], &[]),
    ("kursları", &["Welcome course"], &[]),
    ("курсы", &["Welcome course"], &[]),
    ("курси", &["Welcome course"], &[]),
    ("الألمانية", &["Welcome course"], &[]),
    ("آلماني", &["Welcome course"], &[]),
    // Ended and not yet started offers are never found.
    ("Modellprojekt", &[], &["Modellprojekt Deutschkurs 2011"]),
    ("Deutschkurs 2030", &[], &["Deutschkurs ab 2030"]),
];

#[tokio::test]
async fn german_examples() {
    let app = TestApp::new();
    let mut failures = Vec::new();
    for (text, must, must_not) in GERMAN {
        let names = app.names(&q(text)).await;
        for m in *must {
            if !names.iter().any(|n| n == m) {
                failures.push(format!("{text:?} does not find {m:?} (found {names:?})"));
            }
        }
        for m in *must_not {
            if names.iter().any(|n| n == m) {
                failures.push(format!("{text:?} finds {m:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// What is found does not depend on the order: ranked by relevance every clause is read and
/// scored; sorted by name or date the search reads a word's postings in `all` alone and skips
/// the fields `all` covers (implied clauses), so a wrongly implied clause shows up here as a
/// different total, other hits or other facet counts.
#[tokio::test]
async fn the_sort_order_never_changes_what_is_found() {
    let app = TestApp::new();
    let texts = GERMAN.iter().map(|(text, _, _)| *text).chain([
        "Hafen",
        "Sprachkurs Frauen",
        "Beratung Hanau",
        "Kinder",
        "Eltern",
    ]);
    let mut checked = 0;
    for text in texts {
        let mut seen: Option<(Value, Vec<String>, Value)> = None;
        for sort in ["relevance", "name", "updated"] {
            let body = app
                .search(&format!("{}&sort={sort}&per_page=100", q(text)))
                .await;
            let mut ids: Vec<String> = body["hits"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| h["id"].as_str().unwrap().to_owned())
                .collect();
            ids.sort();
            let found = (body["total"].clone(), ids, body["facets"].clone());
            match &seen {
                None => seen = Some(found),
                Some(first) => assert_eq!(&found, first, "{text:?} sorted by {sort}"),
            }
        }
        checked += usize::from(seen.is_some_and(|s| s.0.as_u64().unwrap() > 0));
    }
    assert!(checked >= 30, "only {checked} texts found anything");
}

#[tokio::test]
async fn exact_matches_rank_above_fuzzy_ones_and_names_above_descriptions() {
    let app = TestApp::new();
    let names = app.names(&q("Hafen")).await;
    assert_eq!(
        names.first().map(String::as_str),
        Some("Treffpunkt am Hafen"),
        "{names:?}"
    );
    let names = app.names(&q("Deutschkurs")).await;
    let pos = |n: &str| names.iter().position(|x| x == n).unwrap();
    assert!(
        pos("Deutschkurs am Abend") < pos("Lernangebot Sprache"),
        "{names:?}"
    );
}

/// The field boosts: a word in the name ranks above the same word among the keywords (an
/// alternate name), which ranks above it in the description, which ranks above it in the
/// provider's name. Four of the five offers hold the word, each in one of those fields; they
/// are alike otherwise (texts of the same lengths).
#[tokio::test]
async fn names_rank_above_keywords_above_descriptions_above_providers() {
    let fixture: Value = serde_json::from_str(include_str!("fixtures/search.hsds.json")).unwrap();
    let template = fixture["contents"][2].clone();
    let offer = |i: usize, name: &str, alternate: &str, description: &str, provider: &str| {
        let mut s = template.clone();
        s["id"] = format!("00000000-0000-4000-8000-{i:012}").into();
        s["name"] = name.into();
        s["alternate_name"] = alternate.into();
        s["description"] = description.into();
        s["organization"]["id"] = format!("00000000-0000-4000-9000-{i:012}").into();
        s["organization"]["name"] = provider.into();
        s["service_at_locations"] = Value::Array(Vec::new());
        s
    };
    let plain = "Wir treffen uns jede Woche zum Gespräch und lernen gemeinsam.";
    let contents = vec![
        offer(
            1,
            "Treff Mittwoch",
            "Gesprächskreis",
            plain,
            "Nachbarn Verein",
        ),
        offer(2, "Treff Freitag", "Gesprächskreis", plain, "Tandem Verein"),
        offer(
            3,
            "Treff Donnerstag",
            "Gesprächskreis",
            "Wir treffen uns jede Woche zum Tandem und lernen gemeinsam.",
            "Nachbarn Verein",
        ),
        offer(4, "Treff Dienstag", "Tandem", plain, "Nachbarn Verein"),
        offer(
            5,
            "Tandem Montag",
            "Gesprächskreis",
            plain,
            "Nachbarn Verein",
        ),
    ];
    let json = serde_json::json!({ "contents": contents }).to_string();
    let app = TestApp::with("boosts.hsds.json", &json);
    for text in ["Tandem", "tandem", "Tandems"] {
        let names = app.names(&format!("{}&type=offer", q(text))).await;
        assert_eq!(
            names,
            [
                "Tandem Montag",
                "Treff Dienstag",
                "Treff Donnerstag",
                "Treff Freitag"
            ],
            "{text}"
        );
    }
}

#[tokio::test]
async fn suggestions_complete_the_last_word() {
    let app = TestApp::new();
    let (status, body) = app.get("/api/v1/suggest?q=Hausauf").await;
    assert_eq!(status, StatusCode::OK);
    let texts: Vec<&str> = body["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts.first(),
        Some(&"Hausaufgabenhilfe im Stadtteil"),
        "{body}"
    );
    let (_, body) = app.get("/api/v1/suggest?q=Sprachm").await;
    assert_eq!(body["suggestions"][0]["text"], "Sprachmittler-Pool");
    let (_, body) = app.get("/api/v1/suggest?q=").await;
    assert_eq!(body["suggestions"], serde_json::json!([]));
}

fn facet(body: &Value, name: &str, value: &str) -> u64 {
    body["facets"][name]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["value"] == value)
        .map_or(0, |f| f["count"].as_u64().unwrap())
}

#[tokio::test]
async fn filters_and_facets() {
    let app = TestApp::new();
    // Empty q with filters lists by name.
    let body = app.search("type=offer&field=bildung&per_page=100").await;
    let names: Vec<&str> = body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Elternlotsen",
            "Hausaufgabenhilfe im Stadtteil",
            "Kindertagesstätte Sonnenschein"
        ]
    );
    assert_eq!(body["total"], 3);

    // Each facet is counted on the result of all other filters: selecting a field of action
    // does not shrink the field facet, but it does shrink the others.
    let all = app.search("type=offer").await;
    let picked = app.search("type=offer&field=bildung").await;
    assert_eq!(
        facet(&picked, "field", "arbeit"),
        facet(&all, "field", "arbeit")
    );
    assert_eq!(facet(&picked, "field", "arbeit"), 2);
    assert_eq!(facet(&picked, "group", "kinder"), 2);
    assert_eq!(facet(&picked, "group", "fachkraefte"), 0);
    assert_eq!(facet(&all, "type", "offer"), 17, "{all}");
    assert_eq!(facet(&all, "type", "provider"), 3);
    assert_eq!(facet(&all, "type", "network"), 1);

    // Several values of one filter: OR. Different filters: AND.
    assert_eq!(
        app.search("type=offer&field=bildung,arbeit").await["total"],
        5
    );
    assert_eq!(
        app.search("type=offer&field=bildung&field=arbeit").await["total"],
        5
    );
    assert_eq!(
        app.search("type=offer&field=bildung,arbeit&group=kinder")
            .await["total"],
        2
    );
    assert_eq!(app.search("type=offer&lang=tr").await["total"], 2);
    assert_eq!(app.names("type=offer&lang=uk").await, ["Elternlotsen"]);
    assert_eq!(
        app.search("type=offer&free=true&field=sprachfoerderung")
            .await["total"],
        3
    );
    assert_eq!(
        app.names("type=offer&accessible=true").await,
        ["Deutschkurse für Anfänger"]
    );
    assert_eq!(
        app.names("type=offer&open=sa").await,
        ["Lernangebot Sprache"]
    );
    let mut evening = app.names("type=offer&open=evening&q=deutsch").await;
    evening.sort();
    assert_eq!(evening, ["Deutschkurs am Abend", "Sprachcafé Miteinander"]);
    assert_eq!(
        app.names("type=offer&open=weekend").await,
        ["Lernangebot Sprache"]
    );

    // Regions: a Gemeinde, its Kreis, and offers that serve the whole Kreis.
    let hanau = app.names("type=offer&region=06435014").await;
    assert!(
        hanau.contains(&"Telefonberatung für den Main-Kinzig-Kreis".to_owned()),
        "{hanau:?}"
    );
    assert!(hanau.contains(&"Migrationsberatung für Erwachsene".to_owned()));
    assert!(
        !hanau.contains(&"Sprachcafé Miteinander".to_owned()),
        "Gelnhausen is not Hanau"
    );
    let mkk = app.names("type=offer&region=06435").await;
    assert!(mkk.contains(&"Sprachcafé Miteinander".to_owned()));
    let kassel = app.search("type=offer&region=06611").await;
    assert_eq!(kassel["total"], 3);
    assert_eq!(
        facet(&kassel, "region", "06435"),
        8,
        "{}",
        kassel["facets"]["region"]
    );
    let region_facet = kassel["facets"]["region"].as_array().unwrap();
    assert!(
        region_facet
            .iter()
            .any(|r| r["value"] == "06611" && r["label"] == "Kassel"),
        "{region_facet:?}"
    );
}

#[tokio::test]
async fn the_radius_boundary_is_exact() {
    let app = TestApp::new();
    // Hanau (50.1316, 8.9208) to Gelnhausen (50.2013, 9.1877): haversine 20.53 km.
    let d = atlas_geo::haversine_km((50.1316, 8.9208), (50.2013, 9.1877));
    let near = "near=50.1316,8.9208&type=offer&sort=distance";
    let inside = app.names(&format!("{near}&radius_km={}", d + 0.05)).await;
    let outside = app.names(&format!("{near}&radius_km={}", d - 0.05)).await;
    assert!(
        inside.contains(&"Sprachcafé Miteinander".to_owned()),
        "{inside:?}"
    );
    assert!(
        !outside.contains(&"Sprachcafé Miteinander".to_owned()),
        "{outside:?}"
    );
    // The same boundary with a text query (its matches are checked against the radius).
    let text = format!("{near}&q=Sprachcaf%C3%A9");
    let inside = app.search(&format!("{text}&radius_km={}", d + 0.05)).await;
    let outside = app.search(&format!("{text}&radius_km={}", d - 0.05)).await;
    assert_eq!(inside["total"], 1, "{inside}");
    assert_eq!(inside["hits"][0]["name"], "Sprachcafé Miteinander");
    // Shown rounded to 10 m.
    assert_eq!(
        inside["hits"][0]["distance_km"].as_f64(),
        Some((d * 100.0).round() / 100.0)
    );
    // (Nothing else has the word; the relaxed query may bring offers with a part of it.)
    assert!(
        outside["hits"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["name"] != "Sprachcafé Miteinander"),
        "{outside}"
    );
    // Sorted by distance, with the distance in the hit.
    let body = app.search(&format!("{near}&radius_km=25")).await;
    let distances: Vec<f64> = body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["distance_km"].as_f64().unwrap())
        .collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
    assert_eq!(distances[0], 0.0);
    // A postcode works as a place.
    let by_postcode = app.names("near=63450&radius_km=5&type=offer").await;
    assert!(
        by_postcode.contains(&"Migrationsberatung für Erwachsene".to_owned()),
        "{by_postcode:?}"
    );
}

#[tokio::test]
async fn answers_have_the_documented_shape() {
    let app = TestApp::new();
    let body = app.search(&format!("{}&per_page=2", q("Beratung"))).await;
    for key in [
        "total", "page", "per_page", "hits", "facets", "took_ms", "demo",
    ] {
        assert!(body.get(key).is_some(), "missing {key}: {body}");
    }
    let hit = &body["hits"][0];
    for key in [
        "type",
        "id",
        "name",
        "snippet",
        "provider",
        "distance_km",
        "url",
    ] {
        assert!(hit.get(key).is_some(), "hit misses {key}: {hit}");
    }
    assert!(hit["url"].as_str().unwrap().starts_with("/de/"));
    assert!(body["hits"].as_array().unwrap().len() <= 2);
    for f in [
        "type",
        "field",
        "group",
        "lang",
        "region",
        "free",
        "open",
        "accessible",
    ] {
        assert!(body["facets"][f].is_array(), "facet {f}");
    }
}

#[tokio::test]
async fn snippets_are_escaped_and_highlighted() {
    let app = TestApp::new();
    let body = app.search(&q("Kaffee <script>")).await;
    let snippet = body["hits"][0]["snippet"].as_str().unwrap();
    assert!(snippet.contains("<b>Kaffee</b>"), "{snippet}");
    assert!(!snippet.contains("<script"), "{snippet}");
}

#[tokio::test]
async fn snippets_highlight_synonyms_and_compound_parts() {
    let app = TestApp::new();
    let snippet_of = |body: &Value, name: &str| {
        body["hits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["name"] == name)
            .unwrap_or_else(|| panic!("no hit {name}: {body}"))["snippet"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    // "Dolmetscher" ~ "Sprachmittler".
    let body = app.search(&q("Dolmetscher")).await;
    let snippet = snippet_of(&body, "Sprachmittler-Pool");
    assert!(snippet.contains("<b>Sprachmittler</b>"), "{snippet}");
    // "Deutschkurs" found as its parts, "Kurs" and "Deutsch".
    let body = app.search(&q("Deutschkurs")).await;
    let snippet = snippet_of(&body, "Lernangebot Sprache");
    assert!(snippet.contains("<b>Kurs</b>"), "{snippet}");
    assert!(snippet.contains("<b>Deutsch</b>"), "{snippet}");
}

#[tokio::test]
async fn bad_parameters_are_400_naming_them() {
    let app = TestApp::new();
    for (params, parameter) in [
        ("field=sprachkurs", "field"),
        ("group=kids", "group"),
        ("type=angebot", "type"),
        ("lang=deutsch", "lang"),
        ("region=0643", "region"),
        ("region=06999", "region"),
        ("near=abc", "near"),
        ("near=99999", "near"),
        ("near=95,8", "near"),
        ("radius_km=5", "radius_km"),
        ("near=63450&radius_km=-1", "radius_km"),
        ("open=someday", "open"),
        ("sort=best", "sort"),
        ("sort=distance", "sort"),
        ("page=0", "page"),
        ("per_page=101", "per_page"),
        ("per_page=0", "per_page"),
        ("page=1000&per_page=100", "page"),
        ("free=maybe", "free"),
        ("feild=bildung", "feild"),
        ("q=a&q=b", "q"),
    ] {
        let (status, body) = app.get(&format!("/api/v1/search?{params}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{params}: {body}");
        assert_eq!(body["error"]["code"], "invalid_parameter", "{params}");
        let message = body["error"]["message"].as_str().unwrap();
        assert!(
            message.starts_with(&format!("{parameter}: ")),
            "{params}: {message}"
        );
    }
    let long = "a".repeat(501);
    let (status, _) = app.get(&format!("/api/v1/search?q={long}")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn any_query_text_is_accepted() {
    let app = TestApp::new();
    for text in [
        "\"unbalanced",
        "a\"b\"c\"",
        "field:bildung",
        "AND OR NOT",
        "(((",
        ")",
        "+-",
        "-",
        "--x",
        "*",
        "?",
        "~2",
        "name:\"x\"",
        "\\",
        "\u{0}",
        "🙂",
        "ﷺ",
        " ",
        "[a TO z]",
        "deutsch^3",
        "a".repeat(500).as_str(),
    ] {
        let (status, body) = app.get(&format!("/api/v1/search?{}", q(text))).await;
        assert_eq!(status, StatusCode::OK, "{text:?}: {body}");
        let (status, _) = app.get(&format!("/api/v1/suggest?{}", q(text))).await;
        assert_eq!(status, StatusCode::OK, "{text:?}");
    }
}

#[tokio::test]
async fn changes_reach_the_index_when_synced() {
    let app = TestApp::new();
    assert!(app.names(&q("Schachclub")).await.is_empty());
    // Another process writes to the same store.
    let other = Atlas::open(app.dir.path()).unwrap();
    let page = serde_json::json!({"contents": [{
        "id": "2b6f0d0e-7a57-4c59-9d7e-3b0b2a1c9f01", "name": "Schachclub für alle", "status": "active",
        "organization_id": "00000000-0000-4000-8000-000000000000"
    }]});
    // The organization does not exist: rejected, nothing written.
    assert!(
        other
            .import("x.json", &page.to_string(), &mut |_, _| {})
            .is_err()
    );
    let page = serde_json::json!({"contents": [{
        "id": "2b6f0d0e-7a57-4c59-9d7e-3b0b2a1c9f01", "name": "Schachclub für alle", "status": "active",
        "organization": {"id": "2b6f0d0e-7a57-4c59-9d7e-3b0b2a1c9f02", "name": "Schachverein", "description": "x"}
    }]});
    other
        .import("x.json", &page.to_string(), &mut |_, _| {})
        .unwrap();
    app.atlas.sync().unwrap();
    let names = app.names(&q("Schachclub")).await;
    assert!(
        names.contains(&"Schachclub für alle".to_owned()),
        "{names:?}"
    );
}

#[tokio::test]
async fn facets_respect_the_radius() {
    let app = TestApp::new();
    // Around Kassel within 5 km only the three Kassel offers; the field facet of a search
    // filtered to another field still counts only offers inside the radius.
    let near = "near=51.3155,9.4924&radius_km=5&type=offer";
    assert_eq!(app.search(near).await["total"], 3);
    let body = app.search(&format!("{near}&field=sport")).await;
    assert_eq!(body["total"], 0);
    assert_eq!(
        facet(&body, "field", "arbeit"),
        1,
        "{}",
        body["facets"]["field"]
    );
    assert_eq!(facet(&body, "field", "bildung"), 1);
    assert_eq!(facet(&body, "field", "sprachfoerderung"), 1);
    // With text: "Deutsch" is in offers in Hanau, Gelnhausen and Kassel; only the Kassel one
    // is inside the radius, so it alone counts, as a hit and in the facets.
    let text = format!("{near}&q=deutsch");
    let body = app.search(&text).await;
    assert_eq!(body["total"], 1, "{body}");
    assert_eq!(body["hits"][0]["name"], "Lernangebot Sprache");
    let body = app.search(&format!("{text}&field=arbeit")).await;
    assert_eq!(body["total"], 0);
    assert_eq!(
        facet(&body, "field", "sprachfoerderung"),
        1,
        "{}",
        body["facets"]["field"]
    );
    assert_eq!(facet(&body, "field", "arbeit"), 0);
}

/// Offers at scattered places (one to three locations each), from the fixture's Kassel offer.
/// Words close together rank above the same words far apart: 300 offers with the same words
/// (the same scores without the proximity bonus), one of them with the two searched words
/// side by side — late in the index, beyond the first matches the bonus is computed for, so
/// that only the rule "every match as good as the window's last gets the bonus" finds it.
#[tokio::test]
async fn words_close_together_rank_first() {
    let fixture: Value = serde_json::from_str(include_str!("fixtures/search.hsds.json")).unwrap();
    let template = fixture["contents"][2].clone();
    let close = 250;
    let contents: Vec<Value> = (0..300)
        .map(|i| {
            let mut s = template.clone();
            s["id"] = format!("00000000-0000-4000-8000-{i:012}").into();
            s["name"] = format!("Nachmittag {i}").into();
            s["description"] = if i == close {
                "Kaffee und Nähen lernen wir mit Freude zusammen"
            } else {
                "Nähen lernen wir mit Freude zusammen und Kaffee"
            }
            .into();
            s["service_at_locations"] = Value::Array(Vec::new());
            s
        })
        .collect();
    let json = serde_json::json!({ "contents": contents }).to_string();
    let app = TestApp::with("close.hsds.json", &json);
    for text in ["Kaffee Nähen", "kaffee naehen"] {
        let body = app.search(&format!("{}&per_page=5", q(text))).await;
        assert_eq!(body["total"], 300, "{text}");
        assert_eq!(
            body["hits"][0]["name"],
            format!("Nachmittag {close}"),
            "{text}: {}",
            body["hits"]
        );
    }
}

fn scattered_offers(n: usize) -> (String, Vec<Vec<(f64, f64)>>) {
    let fixture: Value = serde_json::from_str(include_str!("fixtures/search.hsds.json")).unwrap();
    let template = fixture["contents"][2].clone();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut contents = Vec::new();
    let mut places = Vec::new();
    for i in 0..n {
        let mut s = template.clone();
        s["id"] = format!("00000000-0000-4000-8000-{i:012}").into();
        s["name"] = format!("Streuangebot {i}").into();
        let at = s["service_at_locations"][0].clone();
        let mut here = Vec::new();
        let mut locations = Vec::new();
        for j in 0..1 + i % 3 {
            // Across Hessen, crowded around Frankfurt for every second location.
            let (lat, lon) = if (i + j) % 2 == 0 {
                (50.0 + next() * 0.3, 8.5 + next() * 0.4)
            } else {
                (49.4 + next() * 2.2, 7.8 + next() * 2.4)
            };
            let mut l = at.clone();
            l["id"] = format!("00000000-0000-4000-9000-{i:08}{j:04}").into();
            l["location"]["id"] = format!("00000000-0000-4000-a000-{i:08}{j:04}").into();
            l["location"]["latitude"] = lat.into();
            l["location"]["longitude"] = lon.into();
            l["location"]["addresses"][0]["id"] =
                format!("00000000-0000-4000-b000-{i:08}{j:04}").into();
            locations.push(l);
            here.push((lat, lon));
        }
        s["service_at_locations"] = locations.into();
        contents.push(s);
        places.push(here);
    }
    let doc = serde_json::json!({ "contents": contents });
    (doc.to_string(), places)
}

#[tokio::test]
async fn radius_searches_agree_with_the_haversine_over_scattered_offers() {
    let (json, places) = scattered_offers(300);
    let app = TestApp::with("scattered.hsds.json", &json);
    for (lat, lon) in [(50.1109, 8.6821), (51.3155, 9.4924), (50.55, 9.68)] {
        for radius in [2.5, 11.0, 25.0, 60.0] {
            // Every offer's nearest location, by brute force.
            let mut expected: Vec<f64> = places
                .iter()
                .map(|p| {
                    p.iter()
                        .map(|&c| atlas_geo::haversine_km((lat, lon), c))
                        .fold(f64::INFINITY, f64::min)
                })
                .filter(|&d| d <= radius)
                .collect();
            expected.sort_by(f64::total_cmp);
            let params = format!(
                "near={lat},{lon}&radius_km={radius}&q=Streuangebot&type=offer&sort=distance"
            );
            // With a text query (checked per matching offer) and without (from the grid).
            for params in [params.clone(), params.replace("&q=Streuangebot", "")] {
                let body = app.search(&format!("{params}&per_page=100")).await;
                assert_eq!(
                    body["total"].as_u64(),
                    Some(expected.len() as u64),
                    "{params}"
                );
                let shown: Vec<f64> = body["hits"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|h| h["distance_km"].as_f64().unwrap())
                    .collect();
                // Shown rounded to 10 m (a distance at a half may round either way).
                assert_eq!(shown.len(), expected.len().min(100), "{params}");
                for (got, want) in shown.iter().zip(&expected) {
                    assert!((got - want).abs() <= 0.0051, "{params}: {got} vs {want}");
                }
            }
            // Short pages (a small window leaves most matches unranked, settled by bounds of
            // their distance) are pieces of the long one, by distance and by relevance.
            for params in [params.clone(), params.replace("&sort=distance", "")] {
                let long = app.search(&format!("{params}&per_page=100")).await;
                for page in 1..=3 {
                    let short = app
                        .search(&format!("{params}&per_page=5&page={page}"))
                        .await;
                    assert_eq!(short["total"], long["total"], "{params}");
                    let from = ((page - 1) * 5).min(long["hits"].as_array().unwrap().len());
                    let to = (page * 5).min(long["hits"].as_array().unwrap().len());
                    assert_eq!(
                        short["hits"].as_array().unwrap()[..],
                        long["hits"].as_array().unwrap()[from..to],
                        "{params}, page {page}"
                    );
                }
            }
        }
    }
}

/// Ranked by relevance near a place without a radius, a match whose score cannot reach the
/// window is not given a distance; the window's size must not change the order: a page of 5
/// is always the same as the same 5 of a page of 100.
#[tokio::test]
async fn near_without_radius_pages_agree_with_a_long_page() {
    let (json, _) = scattered_offers(300);
    // Scores that differ: descriptions of 1 to 7 words drawn from four.
    let mut doc: Value = serde_json::from_str(&json).unwrap();
    for (i, s) in doc["contents"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
    {
        let words = ["Beratung", "Streuangebot", "Kurs", "Treffpunkt"];
        let text: Vec<&str> = (0..1 + i % 7).map(|k| words[(i * 7 + k * 3) % 4]).collect();
        s["description"] = format!("Ein Angebot: {}.", text.join(" ")).into();
    }
    let app = TestApp::with("scattered.hsds.json", &doc.to_string());
    let ids = |body: &Value| -> Vec<(String, Value)> {
        body["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                (
                    h["id"].as_str().unwrap().to_owned(),
                    h["distance_km"].clone(),
                )
            })
            .collect()
    };
    let mut compared = 0;
    for near in ["50.1109,8.6821", "51.3155,9.4924", "63450"] {
        for text in ["Streuangebot", "Beratung Kurs", "Treffpunkt", "Kurs"] {
            let params = format!("near={near}&{}&type=offer", q(text));
            let long = app.search(&format!("{params}&per_page=100")).await;
            let all = ids(&long);
            assert!(all.len() >= 20, "{params}: {} hits", all.len());
            for page in 1..=4 {
                let short = app
                    .search(&format!("{params}&per_page=5&page={page}"))
                    .await;
                assert_eq!(short["total"], long["total"], "{params}");
                assert_eq!(
                    ids(&short),
                    all[(page - 1) * 5..page * 5].to_vec(),
                    "{params}, page {page}"
                );
                compared += 1;
            }
        }
    }
    assert_eq!(compared, 48);
}
