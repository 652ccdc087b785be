//! Shared test support: one atlas over the demo data in a temp dir (built once per test
//! binary), requests through the real router without sockets, and HTML helpers.

#![allow(dead_code)]

use std::sync::{Arc, OnceLock};

use atlas_app::Atlas;
use atlas_web::WebState;
use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use scraper::{Html, Selector};
use tower::ServiceExt;

pub const OFFER: &str = "0a48a28e-e500-540f-bbe5-c43876ed3450";
pub const OFFER_NAME: &str = "Migrationsberatung für erwachsene Zuwanderer (MBE)";
pub const PROVIDER: &str = "92a33fbd-c70b-5d42-8668-25841aeaf5d5";
pub const NETWORK: &str = "ce33880f-1b70-5034-b156-ae91e2097366";
pub const KREIS: &str = "06611";
pub const GEMEINDE: &str = "06611000";

#[derive(Debug)]
pub struct TestApp {
    _dir: tempfile::TempDir,
    pub atlas: Arc<Atlas>,
    pub state: WebState,
}

pub fn app() -> &'static TestApp {
    static APP: OnceLock<TestApp> = OnceLock::new();
    APP.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let atlas = Atlas::open(dir.path())
            .expect("open")
            .with_today(chrono::NaiveDate::from_ymd_opt(2026, 12, 2).expect("date"));
        atlas.load_demo_if_empty().expect("demo data");
        atlas.start_search().expect("search");
        let atlas = Arc::new(atlas);
        let state = WebState::new(atlas.clone()).expect("interface texts");
        TestApp {
            _dir: dir,
            atlas,
            state,
        }
    })
}

pub fn router() -> Router {
    router_with(app().state.clone())
}

/// The API and the pages over the shared atlas, with a changed page state.
pub fn router_with(state: WebState) -> Router {
    atlas_api::router(app().atlas.clone()).merge(atlas_web::router(state))
}

#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }
}

pub async fn send(request: Request<Body>) -> Answer {
    send_to(router(), request).await
}

pub async fn send_to(router: Router, request: Request<Body>) -> Answer {
    let response = router.oneshot(request).await.expect("router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

pub async fn get(uri: &str) -> Answer {
    send(Request::get(uri).body(Body::empty()).expect("request")).await
}

pub fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

/// The text of every element matching `selector`.
pub fn texts(doc: &Html, selector: &str) -> Vec<String> {
    doc.select(&sel(selector))
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

pub fn attrs(doc: &Html, selector: &str, attr: &str) -> Vec<String> {
    doc.select(&sel(selector))
        .filter_map(|e| e.value().attr(attr).map(str::to_owned))
        .collect()
}

/// A URL for every page type, in German.
pub fn page_urls() -> Vec<String> {
    vec![
        "/de/".into(),
        "/de/suche?q=beratung".into(),
        format!("/de/angebote/{OFFER}"),
        format!("/de/angebote/{OFFER}/fehler-melden"),
        format!("/de/traeger/{PROVIDER}"),
        format!("/de/netzwerke/{NETWORK}"),
        format!("/de/regionen/{KREIS}"),
        format!("/de/regionen/{GEMEINDE}"),
        "/de/suche?q=zzzzqqq".into(),
        format!("/de/angebote/{}", "00000000-0000-4000-8000-000000000000"),
    ]
}
