//! "Report a mistake": CSRF double-submit, validation next to the fields, escaping, storage.

mod support;

use std::net::SocketAddr;
use std::time::Instant;

use atlas_web::{CLIENT_REPORTS, ClientKey, GLOBAL_REPORTS, WebState};
use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
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

/// A valid report of `message` from the connection `peer` (optionally through a proxy).
async fn report_from(
    router: axum::Router,
    peer: &str,
    forwarded_for: Option<&str>,
    message: &str,
) -> Answer {
    let (token, cookie) = token().await;
    let peer: SocketAddr = peer.parse().unwrap();
    let mut r = Request::post(format!("/de/angebote/{OFFER}/fehler-melden"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie);
    if let Some(f) = forwarded_for {
        r = r.header("x-forwarded-for", f);
    }
    let r = r
        .body(Body::from(format!("csrf={token}&message={message}")))
        .unwrap();
    send_to(router.layer(MockConnectInfo(peer)), r).await
}

#[tokio::test]
async fn one_client_may_send_five_reports_in_ten_minutes_then_429_with_retry_after() {
    for i in 0..CLIENT_REPORTS {
        let a = report_from(router(), "203.0.113.77:5000", None, &format!("Fehler+{i}")).await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "report {i}: {}", a.body);
    }
    // Another port of the same address is the same client; a forged X-Forwarded-For does not
    // help without a trusted proxy.
    let a = report_from(
        router(),
        "203.0.113.77:6000",
        Some("192.0.2.200"),
        "noch+einer",
    )
    .await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = a.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((540..=600).contains(&retry), "Retry-After: {retry}");
    let doc = a.html();
    assert_eq!(texts(&doc, "h1"), ["Zu viele Meldungen"]);
    assert_eq!(
        texts(&doc, ".error-text"),
        [
            "Von Ihrem Anschluss kamen in den letzten 10 Minuten schon 5 Meldungen. \
          Bitte versuchen Sie es in 10 Minuten noch einmal."
        ]
    );
    let stored = app().atlas.reports(50).unwrap();
    assert!(!stored.iter().any(|r| r.message == "noch einer"));
    // Another client still may.
    let a = report_from(router(), "[2001:db8:77::1]:5000", None, "anderer+Leser").await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
}

#[tokio::test]
async fn the_cap_for_everyone_together_still_holds_and_says_so() {
    // A fresh limiter, filled by thirty other clients.
    let state = WebState::new(app().atlas.clone()).unwrap();
    for i in 0..GLOBAL_REPORTS {
        let client = ClientKey::new(Some([198, 51, 100, i as u8].into()));
        state.reports.check(client, Instant::now()).unwrap();
    }
    let a = report_from(router_with(state.clone()), "192.0.2.55:1", None, "x").await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = a.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "Retry-After: {retry}");
    assert_eq!(
        texts(&a.html(), ".error-text"),
        [
            "Gerade kommen sehr viele Meldungen an. Bitte versuchen Sie es in einer Minute noch einmal."
        ]
    );
    // In Arabic: right to left, in Arabic, with the same header.
    let (token, cookie) = token().await;
    let peer: SocketAddr = "192.0.2.56:1".parse().unwrap();
    let a = send_to(
        router_with(state).layer(MockConnectInfo(peer)),
        Request::post(format!("/ar/angebote/{OFFER}/fehler-melden"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, cookie)
            .body(Body::from(format!("csrf={token}&message=x")))
            .unwrap(),
    )
    .await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(a.headers.contains_key(header::RETRY_AFTER));
    let doc = a.html();
    assert_eq!(attrs(&doc, "html", "dir"), ["rtl"]);
    let text = texts(&doc, ".error-text").remove(0);
    assert!(
        text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) && !text.contains("Meldung"),
        "{text}"
    );
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_forwarded_client_counts() {
    let proxy = "10.9.9.9".parse().unwrap();
    let state = WebState::new(app().atlas.clone())
        .unwrap()
        .with_trusted_proxies(&[proxy]);
    let reader = ClientKey::new(Some("198.51.100.123".parse().unwrap()));
    for _ in 0..CLIENT_REPORTS {
        state.reports.check(reader, Instant::now()).unwrap();
    }
    let a = report_from(
        router_with(state.clone()),
        "10.9.9.9:443",
        Some("198.51.100.123"),
        "x",
    )
    .await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
    // The same header from a connection that is not the proxy is ignored.
    let a = report_from(
        router_with(state),
        "10.9.9.8:443",
        Some("198.51.100.123"),
        "vom+Nachbarn",
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
}
