//! The management API through the real router over a real SQLite file: bearer tokens, the
//! same rules as the portal, clear errors.

use std::sync::Arc;

use atlas_app::{Ags, Atlas, Role};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

const PASSWORD: &str = "Ein langes Passwort für Tests";

struct App {
    _dir: tempfile::TempDir,
    atlas: Arc<Atlas>,
}

impl App {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let atlas = Atlas::open(dir.path())
            .unwrap()
            .with_today(chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap());
        atlas.load_demo_if_empty().unwrap();
        Self {
            _dir: dir,
            atlas: Arc::new(atlas),
        }
    }

    /// An account with an API token.
    fn account(&self, email: &str, role: Role, regions: &[&str]) -> String {
        let regions: Vec<Ags> = regions.iter().map(|r| Ags::parse(r).unwrap()).collect();
        let id = self
            .atlas
            .create_account(email, "Test", PASSWORD, role, &regions, None)
            .unwrap();
        let actor = self.atlas.actor(id).unwrap().unwrap();
        self.atlas
            .create_api_token(&actor, "tests")
            .unwrap()
            .1
            .as_str()
            .to_owned()
    }

    async fn call(
        &self,
        method: &str,
        uri: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value, axum::http::HeaderMap) {
        let mut req = Request::builder().method(method).uri(uri);
        if let Some(t) = token {
            req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        let req = match body {
            Some(b) => req
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(b.to_string())),
            None => req.body(Body::empty()),
        }
        .unwrap();
        let response = atlas_api::router(self.atlas.clone())
            .oneshot(req)
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let value = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap()
        };
        (status, value, headers)
    }
}

fn organization() -> Value {
    json!({"id": "00000000-0000-4000-8000-000000000000", "name": "Verein Zitronenfalter",
           "description": "Nachbarschaftshilfe (Demodaten)."})
}

fn location(id: &str, org: &Value) -> Value {
    json!({"id": id, "location_type": "physical", "organization_id": org, "name": "Treffpunkt",
           "addresses": [{"id": "6b1c7c53-6a4c-4d53-9a7e-0c1f1b1e2d3f", "address_1": "Musterstraße 1",
             "city": "Wiesbaden", "state_province": "Hessen", "postal_code": "65183", "country": "DE",
             "address_type": "physical"}]})
}

#[tokio::test]
async fn without_a_valid_token_nothing_is_answered() {
    let app = App::new();
    let (status, body, headers) = app.call("GET", "/api/v1/manage/me", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"]["code"], "unauthorized");
    assert_eq!(headers[header::WWW_AUTHENTICATE], "Bearer");
    let (status, ..) = app
        .call("GET", "/api/v1/manage/me", Some(&"0".repeat(64)), None)
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, ..) = app
        .call("GET", "/api/v1/manage/me", Some("not-a-token"), None)
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_whole_flow_under_the_same_rules_as_the_portal() {
    let app = App::new();
    let provider = app.account("p@example.org", Role::Provider, &[]);
    let other = app.account("b@example.org", Role::Provider, &[]);
    let kassel = app.account("kassel@example.org", Role::Moderator, &["06611000"]);
    let wiesbaden = app.account("wiesbaden@example.org", Role::Moderator, &["06414000"]);

    let (status, body, _) = app
        .call(
            "POST",
            "/api/v1/manage/organizations",
            Some(&provider),
            Some(json!({"organization": organization(), "home_region": "06414000"})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let org = body["id"].clone();
    let (_, queue, _) = app
        .call("GET", "/api/v1/manage/review", Some(&wiesbaden), None)
        .await;
    let org_draft = queue["changes"][0]["id"].as_str().unwrap().to_owned();
    let version = queue["changes"][0]["updated_at"].clone();
    let (status, ..) = app
        .call(
            "POST",
            &format!("/api/v1/manage/review/{org_draft}/approve"),
            Some(&wiesbaden),
            Some(json!({ "version": version })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);

    let loc_id = "3d0f5d7e-8f0a-4c4e-9f57-1c2b3a4d5e6f";
    let (status, body, _) = app
        .call(
            "PUT",
            &format!("/api/v1/manage/locations/{loc_id}"),
            Some(&provider),
            Some(location(loc_id, &org)),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let offer_id = "7a3e1f52-0b6d-4c8a-8e2f-5d4c3b2a1908";
    let offer = json!({"id": offer_id, "organization_id": org, "name": "Nähcafé Zitronenfalter",
        "status": "active", "description": "<script>alert(1)</script>",
        "service_at_locations": [{"id": "9c8b7a65-4321-4fed-8cba-987654321098", "location_id": loc_id}]});
    let (status, body, _) = app
        .call(
            "PUT",
            &format!("/api/v1/manage/offers/{offer_id}?submit=true"),
            Some(&provider),
            Some(offer.clone()),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let draft = body["draft"].as_str().unwrap().to_owned();

    // Not public yet.
    let (status, ..) = app
        .call("GET", &format!("/api/v1/offers/{offer_id}"), None, None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Another provider neither reads nor writes it.
    let (status, ..) = app
        .call(
            "GET",
            &format!("/api/v1/manage/offers/{offer_id}"),
            Some(&other),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, ..) = app
        .call(
            "GET",
            &format!("/api/v1/manage/drafts/{draft}"),
            Some(&other),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, ..) = app
        .call(
            "PUT",
            &format!("/api/v1/manage/offers/{offer_id}?submit=true"),
            Some(&other),
            Some(offer.clone()),
        )
        .await;
    assert!(
        status == StatusCode::NOT_FOUND || status == StatusCode::FORBIDDEN,
        "{status}"
    );
    // Neither the provider nor a Kassel moderator may publish.
    for token in [&provider, &kassel] {
        let (status, body, _) = app
            .call(
                "POST",
                &format!("/api/v1/manage/review/{draft}/approve"),
                Some(token),
                Some(json!({ "version": "" })),
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    }
    // The Wiesbaden moderator does; the offer is public, its text unchanged (escaping is the pages' job).
    let (status, review, _) = app
        .call(
            "GET",
            &format!("/api/v1/manage/review/{draft}"),
            Some(&wiesbaden),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        review["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["path"] == "name")
    );
    // A decision names the version reviewed; an older one is refused.
    let (status, body, _) = app
        .call(
            "POST",
            &format!("/api/v1/manage/review/{draft}/approve"),
            Some(&wiesbaden),
            Some(json!({ "version": "2020-01-01T00:00:00Z" })),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["error"]["code"], "changed_since_review");
    let version = review["draft"]["updated_at"].clone();
    let (status, ..) = app
        .call(
            "POST",
            &format!("/api/v1/manage/review/{draft}/approve"),
            Some(&wiesbaden),
            Some(json!({ "version": version })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body, _) = app
        .call("GET", &format!("/api/v1/offers/{offer_id}"), None, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["name"], "Nähcafé Zitronenfalter");
    // A second approval is a conflict, not a success.
    let (status, body, _) = app
        .call(
            "POST",
            &format!("/api/v1/manage/review/{draft}/approve"),
            Some(&wiesbaden),
            Some(json!({ "version": version })),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["error"]["code"], "not_in_review");
    // The history names the moderator.
    let (_, history, _) = app
        .call(
            "GET",
            &format!("/api/v1/manage/history/offers/{offer_id}"),
            Some(&wiesbaden),
            None,
        )
        .await;
    assert!(
        history["entries"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "approve")
    );
}

#[tokio::test]
async fn bad_bodies_get_a_reason_naming_the_field() {
    let app = App::new();
    let provider = app.account("p@example.org", Role::Provider, &[]);
    let (status, body, _) = app
        .call("POST", "/api/v1/manage/organizations", Some(&provider),
              Some(json!({"organization": {"id": "x", "name": "A", "description": "B"}, "home_region": "06414000"})))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["error"]["fields"][0]["field"], "organization.id",
        "{body}"
    );
    let (status, body, _) = app
        .call(
            "POST",
            "/api/v1/manage/organizations",
            Some(&provider),
            Some(json!({"organization": organization(), "home_region": "99"})),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let id = "7a3e1f52-0b6d-4c8a-8e2f-5d4c3b2a1908";
    let (status, body, _) = app
        .call(
            "PUT",
            &format!("/api/v1/manage/organizations/{id}"),
            Some(&provider),
            Some(organization()),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["fields"][0]["code"], "id_mismatch");
    let (status, ..) = app
        .call("GET", "/api/v1/manage/offers/x", Some(&provider), None)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, ..) = app
        .call(
            "GET",
            &format!("/api/v1/manage/widgets/{id}"),
            Some(&provider),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Only administrators read the outbox and the stale list.
    let (status, ..) = app
        .call("GET", "/api/v1/manage/outbox", Some(&provider), None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let admin = app.account("admin@example.org", Role::Admin, &[]);
    let (status, body, _) = app
        .call("GET", "/api/v1/manage/stale", Some(&admin), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(body["offers"].is_array());
}
