//! The API through the real router over a real SQLite file in a temp dir, without sockets.

use std::sync::Arc;

use atlas_app::Atlas;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

const OFFER: &str = "12b3d3e6-48db-5acd-9c30-4e2de7624c72";
const ENDED_OFFER: &str = "ede6807d-1073-5c27-a31a-4d9a49b17439";
const PROVIDER: &str = "f0b243b4-bfe3-59da-a8d2-9720474b923b";
const NETWORK: &str = "6ca2309a-44bf-5f07-87dc-163481c22f13";

struct TestApp {
    _dir: tempfile::TempDir,
    atlas: Arc<Atlas>,
}

impl TestApp {
    fn with_fixture() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let atlas = Atlas::open(dir.path())
            .unwrap()
            .with_today(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
        let text = include_str!("fixtures/mini.hsds.json");
        atlas
            .import("mini.hsds.json", text, &mut |_, _| {})
            .unwrap();
        Self {
            _dir: dir,
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
        (status, serde_json::from_slice(&bytes).unwrap())
    }
}

#[tokio::test]
async fn health_and_stats() {
    let app = TestApp::with_fixture();
    let (status, body) = app.get("/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "ok");
    let (status, body) = app.get("/api/v1/stats").await;
    assert_eq!(status, StatusCode::OK);
    // The ended 2011 project is not counted: the public cannot see it.
    assert_eq!(
        body,
        serde_json::json!({"offers": 2, "providers": 2, "networks": 1, "demo": false})
    );
}

#[tokio::test]
async fn offer_detail() {
    let app = TestApp::with_fixture();
    let (status, body) = app.get(&format!("/api/v1/offers/{OFFER}")).await;
    assert_eq!(status, StatusCode::OK);
    insta::assert_json_snapshot!("offer_detail", body, { ".updated_at" => "[time]" });
    let (status, body) = app.get(&format!("/api/v1/offers/{ENDED_OFFER}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["current"], false);
}

#[tokio::test]
async fn provider_and_network_detail() {
    let app = TestApp::with_fixture();
    let (status, body) = app.get(&format!("/api/v1/providers/{PROVIDER}")).await;
    assert_eq!(status, StatusCode::OK);
    insta::assert_json_snapshot!("provider_detail", body, { ".updated_at" => "[time]" });
    let (status, body) = app.get(&format!("/api/v1/networks/{NETWORK}")).await;
    assert_eq!(status, StatusCode::OK);
    insta::assert_json_snapshot!("network_detail", body, { ".updated_at" => "[time]" });
}

#[tokio::test]
async fn unknown_and_malformed_ids() {
    let app = TestApp::with_fixture();
    for kind in ["offers", "providers", "networks"] {
        let (status, body) = app
            .get(&format!(
                "/api/v1/{kind}/00000000-0000-4000-8000-000000000000"
            ))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{kind}");
        assert_eq!(body["error"]["code"], "not_found");
        let (status, body) = app.get(&format!("/api/v1/{kind}/not-an-id")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{kind}");
        assert_eq!(body["error"]["code"], "invalid_parameter");
        assert_eq!(
            body["error"]["message"],
            "id: invalid id \"not-an-id\": expected a UUID like 3f2b6c1e-0a4d-4c1e-9a51-7e0d3a9b2c41"
        );
    }
    let (status, body) = app.get("/api/v1/nothing-here").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"]["code"], "no_route");
}

#[tokio::test]
async fn demo_flag_and_cors() {
    let dir = tempfile::tempdir().unwrap();
    let atlas = Atlas::open(dir.path()).unwrap();
    assert!(atlas.load_demo_if_empty().unwrap());
    assert!(
        !atlas.load_demo_if_empty().unwrap(),
        "demo data loads only into an empty store"
    );
    let router = atlas_api::router(Arc::new(atlas));
    let response = router
        .oneshot(
            Request::get("/api/v1/stats")
                .header(header::ORIGIN, "https://kreis.example.org")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
    let body: Value =
        serde_json::from_slice(&response.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert_eq!(body["demo"], true);
}

#[tokio::test]
async fn openapi_document_and_docs_page() {
    let app = TestApp::with_fixture();
    let (status, doc) = app.get("/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["openapi"], "3.1.0");
    for path in [
        "/api/v1/search",
        "/api/v1/suggest",
        "/api/v1/stats",
        "/api/v1/offers/{id}",
        "/api/v1/providers/{id}",
        "/api/v1/networks/{id}",
        "/healthz",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path} undocumented");
    }
    let params: Vec<&str> = doc["paths"]["/api/v1/search"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for p in atlas_api::SEARCH_PARAMETERS {
        assert!(params.contains(p), "parameter {p} undocumented: {params:?}");
    }
    assert!(doc["components"]["schemas"]["SearchBody"].is_object());
    let response = atlas_api::router(app.atlas.clone())
        .oneshot(Request::get("/api/docs").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let html = String::from_utf8(
        response
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec(),
    )
    .unwrap();
    assert!(html.contains("<code>GET /api/v1/search</code>"));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "the docs page loads nothing from elsewhere"
    );
}
