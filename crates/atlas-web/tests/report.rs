//! "Report a mistake": CSRF double-submit, validation next to the fields, escaping, storage.

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use support::*;

fn post(path: &str, body: &str, cookie: Option<&str>) -> Request<Body> {
    let mut r =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        r = r.header(header::COOKIE, c);
    }
    r.body(Body::from(body.to_owned())).unwrap()
}

/// The form's token and the cookie that carries it.
async fn token() -> (String, String) {
    let a = get(&format!("/de/angebote/{OFFER}/fehler-melden")).await;
    assert_eq!(a.status, StatusCode::OK);
    let cookie = a.headers[header::SET_COOKIE].to_str().unwrap().to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let pair = cookie.split(';').next().unwrap().to_owned();
    let token = attrs(&a.html(), "input[name=csrf]", "value").remove(0);
    assert_eq!(pair, format!("atlas_csrf={token}"));
    (token, pair)
}

#[tokio::test]
async fn a_post_without_a_matching_token_is_refused() {
    let path = format!("/de/angebote/{OFFER}/fehler-melden");
    let a = send(post(&path, "message=falsch", None)).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    assert_eq!(texts(&a.html(), "h1"), ["Nicht erlaubt"]);
    let (token, cookie) = token().await;
    let a = send(post(
        &path,
        "message=falsch&csrf=0123456789abcdef0123456789abcdef",
        Some(&cookie),
    ))
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    let a = send(post(&path, &format!("message=falsch&csrf={token}"), None)).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    // A cross-site Origin is refused even with both tokens.
    let a = send(
        Request::post(&path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, &cookie)
            .header(header::ORIGIN, "https://evil.example")
            .header(header::HOST, "atlas.example")
            .body(Body::from(format!("message=falsch&csrf={token}")))
            .unwrap(),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn invalid_input_is_shown_next_to_the_field_escaped() {
    let (token, cookie) = token().await;
    let path = format!("/de/angebote/{OFFER}/fehler-melden");
    let a = send(post(
        &path,
        &format!("csrf={token}&message=%3Cscript%3Ealert(1)%3C%2Fscript%3E&email=%3Cb%3Enope"),
        Some(&cookie),
    ))
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    assert!(!a.body.contains("<script>alert"));
    let doc = a.html();
    assert_eq!(
        texts(&doc, "textarea#message"),
        ["<script>alert(1)</script>"]
    );
    assert_eq!(attrs(&doc, "input#email", "aria-invalid"), ["true"]);
    assert_eq!(
        texts(&doc, "#email-error"),
        ["Diese E-Mail-Adresse ist ungültig."]
    );
    assert!(
        doc.select(&sel(".error-summary a[href='#email']"))
            .next()
            .is_some()
    );

    let a = send(post(
        &path,
        &format!("csrf={token}&message=+++"),
        Some(&cookie),
    ))
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        texts(&a.html(), "#message-error"),
        ["Bitte beschreiben Sie den Fehler."]
    );

    let long = "x".repeat(2001);
    let a = send(post(
        &path,
        &format!("csrf={token}&message={long}"),
        Some(&cookie),
    ))
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    assert!(texts(&a.html(), "#message-error")[0].contains("2000"));
}

#[tokio::test]
async fn a_valid_report_is_stored_for_moderators() {
    let (token, cookie) = token().await;
    let path = format!("/de/angebote/{OFFER}/fehler-melden");
    let a = send(post(
        &path,
        &format!("csrf={token}&message=Die+Telefonnummer+stimmt+nicht.&email=leser%40example.org"),
        Some(&cookie),
    ))
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let to = a.headers[header::LOCATION].to_str().unwrap().to_owned();
    assert_eq!(to, format!("{path}?gesendet"));
    let thanks = get(&to).await;
    assert!(texts(&thanks.html(), ".thanks")[0].starts_with("Danke"));
    let reports = app().atlas.reports(50).unwrap();
    let r = reports
        .iter()
        .find(|r| r.message == "Die Telefonnummer stimmt nicht.")
        .expect("stored");
    assert_eq!(r.service_id.to_string(), OFFER);
    assert_eq!(r.email.as_deref(), Some("leser@example.org"));
    assert_eq!(r.status, "open");
    // A report on an unknown offer is a 404, and nothing is stored.
    let a = send(post(
        "/de/angebote/00000000-0000-4000-8000-000000000000/fehler-melden",
        &format!("csrf={token}&message=x"),
        Some(&cookie),
    ))
    .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
}
