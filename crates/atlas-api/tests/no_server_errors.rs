//! Property test: no query text and no combination of parameters, however odd, makes the
//! search or suggest routes answer with a 5xx or panic.

use std::sync::{Arc, OnceLock};

use atlas_app::Atlas;
use axum::body::Body;
use axum::http::Request;
use proptest::prelude::*;
use tower::ServiceExt;

fn atlas() -> Arc<Atlas> {
    static APP: OnceLock<(tempfile::TempDir, Arc<Atlas>)> = OnceLock::new();
    APP.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let atlas = Atlas::open(dir.path()).unwrap();
        atlas
            .import(
                "search.hsds.json",
                include_str!("fixtures/search.hsds.json"),
                &mut |_, _| {},
            )
            .unwrap();
        atlas.start_search().unwrap();
        (dir, Arc::new(atlas))
    })
    .1
    .clone()
}

fn status_of(uri: &str) -> u16 {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        atlas_api::router(atlas())
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap()
            .status()
            .as_u16()
    })
}

fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Every search parameter, plus one only `suggest` knows and one nobody knows.
fn keys() -> Vec<&'static str> {
    let mut keys = atlas_api::SEARCH_PARAMETERS.to_vec();
    keys.extend(["limit", "x"]);
    keys
}

const VALUES: &[&str] = &[
    "",
    "0",
    "1",
    "-1",
    "true",
    "false",
    "offer",
    "provider",
    "network",
    "sprachfoerderung",
    "frauen",
    "de",
    "tr",
    "06435",
    "06435014",
    "06",
    "63450",
    "50.13,8.92",
    "91,181",
    "nan",
    "inf",
    "1e309",
    "mo",
    "evening",
    "weekend",
    "relevance",
    "distance",
    "name",
    "updated",
    "100",
    "101",
    "99999999999999999999",
    "\"",
    "-",
    ",",
    ",,",
    "🙂",
    "%",
    "a,b,c",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_answered_without_a_server_error(text in any::<String>()) {
        let s = status_of(&format!("/api/v1/search?q={}", enc(&text)));
        prop_assert!(s < 500, "search {text:?} → {s}");
        let s = status_of(&format!("/api/v1/suggest?q={}", enc(&text)));
        prop_assert!(s < 500, "suggest {text:?} → {s}");
    }

    #[test]
    fn any_parameters_are_answered_without_a_server_error(
        params in proptest::collection::vec((0..16usize, 0..VALUES.len(), any::<String>(), any::<bool>()), 0..6)
    ) {
        let keys = keys();
        let query: Vec<String> = params
            .iter()
            .map(|(k, v, free, use_free)| {
                let value = if *use_free { free.as_str() } else { VALUES[*v] };
                format!("{}={}", keys[*k % keys.len()], enc(value))
            })
            .collect();
        let query = query.join("&");
        for route in ["/api/v1/search", "/api/v1/suggest"] {
            let s = status_of(&format!("{route}?{query}"));
            prop_assert!(s < 500, "{route}?{query} → {s}");
        }
    }

    #[test]
    fn any_raw_query_string_is_answered_without_a_server_error(raw in "[ -~]{0,80}") {
        // Characters a client must escape are escaped; `&`, `=`, `%` and `+` stay raw, so
        // broken escapes ("%zz", "%") and empty keys reach the parser.
        let raw: String = raw
            .chars()
            .filter(|c| *c != '#')
            .map(|c| if " \"<>\\^`{|}".contains(c) { format!("%{:02X}", c as u32) } else { c.to_string() })
            .collect();
        let s = status_of(&format!("/api/v1/search?{raw}"));
        prop_assert!(s < 500, "?{raw} → {s}");
    }
}
