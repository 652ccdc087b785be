//! "Report a mistake" on an offer: a plain POST form protected by a double-submit CSRF token
//! (a random token in a `SameSite=Strict` cookie that the form must repeat), validated with
//! messages next to the fields, bounded in size and rate, stored through the facade.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use atlas_app::{AppError, MAX_REPORT_CHARS, OfferView};
use atlas_model::Email;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use fluent_bundle::FluentValue;
use maud::{Markup, html};

use crate::i18n::Lang;
use crate::layout::{Page, page};
use crate::pages::{offer_url, parse_id};
use crate::{Ctx, ErrorPage, WebError, WebState, lang_of, render};

/// The CSRF cookie's name.
pub const CSRF_COOKIE: &str = "atlas_csrf";
/// Largest accepted form body, in bytes.
pub const MAX_BODY_BYTES: usize = 16 * 1024;
/// Reports accepted per minute from everyone together.
const REPORTS_PER_MINUTE: usize = 30;

/// Bounds how many reports are accepted per minute.
#[derive(Debug, Default)]
pub struct ReportLimiter {
    recent: Mutex<VecDeque<Instant>>,
}

impl ReportLimiter {
    fn allow(&self) -> bool {
        let Ok(mut recent) = self.recent.lock() else {
            return false;
        };
        let now = Instant::now();
        while recent
            .front()
            .is_some_and(|t| now.duration_since(*t) > Duration::from_secs(60))
        {
            recent.pop_front();
        }
        if recent.len() >= REPORTS_PER_MINUTE {
            return false;
        }
        recent.push_back(now);
        true
    }
}

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == CSRF_COOKIE)
        .map(|(_, v)| v.to_owned())
        .filter(|v| v.len() == 32 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn new_token() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// What the reader entered and what is wrong with it.
#[derive(Debug, Default)]
struct Entered {
    message: String,
    email: String,
    message_error: Option<String>,
    email_error: Option<String>,
}

fn form_page(
    ctx: &Ctx<'_>,
    offer: &OfferView,
    token: &str,
    entered: &Entered,
    sent: bool,
) -> Markup {
    let tr = &ctx.tr;
    let lang = tr.lang;
    let title = tr.t("report-heading");
    let max = FluentValue::from(MAX_REPORT_CHARS);
    let has_errors = entered.message_error.is_some() || entered.email_error.is_some();
    let body = html! {
        h1 { (title) }
        p { a href=(offer_url(lang, &offer.id)) lang=[(lang != Lang::De).then_some("de")] { (offer.name) } }
        @if sent {
            p.thanks role="status" { (tr.t("report-thanks")) }
            p { a href=(offer_url(lang, &offer.id)) { (tr.t("report-back")) } }
        } @else {
            p { (tr.t("report-intro")) }
            @if has_errors {
                div.error-summary role="alert" {
                    p { strong { (tr.t("report-error-summary")) } }
                    ul {
                        @if let Some(e) = &entered.message_error { li { a href="#message" { (e) } } }
                        @if let Some(e) = &entered.email_error { li { a href="#email" { (e) } } }
                    }
                }
            }
            form method="post" action={ "/" (lang.code()) "/angebote/" (offer.id) "/fehler-melden" } novalidate {
                input type="hidden" name="csrf" value=(token);
                div {
                    label for="message" { (tr.t("report-what")) }
                    p.hint #message-hint { (tr.ta("report-what-hint", &[("max", max.clone())])) }
                    @if let Some(e) = &entered.message_error {
                        p.field-error #message-error { (e) }
                        textarea #message name="message" maxlength=(MAX_REPORT_CHARS) required
                            aria-invalid="true" aria-describedby="message-hint message-error" { (entered.message) }
                    } @else {
                        textarea #message name="message" maxlength=(MAX_REPORT_CHARS) required
                            aria-describedby="message-hint" { (entered.message) }
                    }
                }
                div {
                    label for="email" { (tr.t("report-email")) }
                    @if let Some(e) = &entered.email_error {
                        p.field-error #email-error { (e) }
                        input #email type="email" name="email" autocomplete="email" maxlength="254"
                            value=(entered.email) aria-invalid="true" aria-describedby="email-error";
                    } @else {
                        input #email type="email" name="email" autocomplete="email" maxlength="254" value=(entered.email);
                    }
                }
                p { button type="submit" { (tr.t("report-send")) } }
            }
        }
    };
    page(
        tr,
        &Page {
            title: &title,
            path: &format!("angebote/{}/fehler-melden", offer.id),
            query: "",
            demo: ctx.demo,
            noindex: true,
            json_ld: None,
        },
        body,
    )
}

fn with_cookie(status: StatusCode, token: &str, markup: Markup) -> Response {
    (
        status,
        [
            (
                header::SET_COOKIE,
                format!("{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=7200"),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        markup,
    )
        .into_response()
}

pub(crate) async fn form(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    let token = cookie_token(&headers).unwrap_or_else(new_token);
    let sent = raw.as_deref() == Some("gesendet");
    render(&state, lang, move |ctx| {
        let offer = ctx.atlas.offer(parse_id(&id)?)?;
        Ok(with_cookie(
            StatusCode::OK,
            &token,
            form_page(ctx, &offer, &token, &Entered::default(), sent),
        ))
    })
    .await
}

/// Whether an `Origin` header, when sent, names this host.
fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
    !host.is_empty() && origin_host == host
}

pub(crate) async fn submit(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    let mut csrf = None;
    let mut entered = Entered::default();
    for (k, v) in form_urlencoded::parse(&body) {
        match k.as_ref() {
            "csrf" => csrf = Some(v.into_owned()),
            "message" => entered.message = v.into_owned(),
            "email" => entered.email = v.trim().to_owned(),
            _ => {}
        }
    }
    let cookie = cookie_token(&headers);
    let valid = body.len() <= MAX_BODY_BYTES
        && same_origin(&headers)
        && cookie.is_some()
        && csrf.is_some()
        && cookie == csrf;
    if !valid {
        return Err(WebError::Forbidden.page(&state, lang));
    }
    let token = cookie.unwrap_or_default();
    let limiter = state.reports.clone();
    render(&state, lang, move |ctx| {
        let offer_id = parse_id(&id)?;
        let offer = ctx.atlas.offer(offer_id)?;
        let tr = &ctx.tr;
        let max = FluentValue::from(MAX_REPORT_CHARS);
        let n = entered.message.trim().chars().count();
        if n == 0 {
            entered.message_error = Some(tr.t("report-error-empty"));
        } else if n > MAX_REPORT_CHARS {
            entered.message_error = Some(tr.ta("report-error-long", &[("max", max)]));
        }
        let email = if entered.email.is_empty() {
            None
        } else {
            match Email::parse(&entered.email) {
                Ok(e) => Some(e),
                Err(_) => {
                    entered.email_error = Some(tr.t("report-error-email"));
                    None
                }
            }
        };
        if entered.message_error.is_some() || entered.email_error.is_some() {
            return Ok(with_cookie(
                StatusCode::BAD_REQUEST,
                &token,
                form_page(ctx, &offer, &token, &entered, false),
            ));
        }
        if !limiter.allow() {
            return Err(WebError::TooMany);
        }
        match ctx
            .atlas
            .report_mistake(offer_id, &entered.message, email.as_ref())
        {
            Ok(_) => {}
            Err(AppError::InvalidParameter { .. }) => {
                entered.message_error = Some(tr.ta(
                    "report-error-long",
                    &[("max", FluentValue::from(MAX_REPORT_CHARS))],
                ));
                return Ok(with_cookie(
                    StatusCode::BAD_REQUEST,
                    &token,
                    form_page(ctx, &offer, &token, &entered, false),
                ));
            }
            Err(e) => return Err(e.into()),
        }
        Ok((
            StatusCode::SEE_OTHER,
            [(
                header::LOCATION,
                format!(
                    "/{}/angebote/{}/fehler-melden?gesendet",
                    lang.code(),
                    offer_id
                ),
            )],
        )
            .into_response())
    })
    .await
}
