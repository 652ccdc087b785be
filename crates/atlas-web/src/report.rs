//! "Report a mistake" on an offer: a plain POST form protected by a double-submit CSRF token
//! (a random token in a `SameSite=Strict` cookie that the form must repeat), validated with
//! messages next to the fields, bounded in size and rate (per client and from everyone
//! together; a refusal is a 429 page with `Retry-After`), stored through the facade.

use std::collections::{HashMap, VecDeque};
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use atlas_app::{AppError, MAX_REPORT_CHARS, OfferView};
use atlas_model::Email;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRequestParts, Path, RawQuery, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use fluent_bundle::FluentValue;
use maud::{Markup, html};

use crate::csrf::{cookie_token, new_token, same_origin};
use crate::layout::{Page, page};
use crate::pages::{german_attrs, offer_url, parse_id};
use crate::{Ctx, ErrorPage, WebError, WebState, lang_of, render};

/// Largest accepted form body, in bytes.
pub const MAX_BODY_BYTES: usize = 16 * 1024;
/// Reports accepted from everyone together per [`GLOBAL_WINDOW`].
pub const GLOBAL_REPORTS: usize = 30;
/// The window of [`GLOBAL_REPORTS`].
pub const GLOBAL_WINDOW: Duration = Duration::from_secs(60);
/// Reports accepted from one client (an IPv4 address, an IPv6 /64) per [`CLIENT_WINDOW`].
pub const CLIENT_REPORTS: usize = 5;
/// The window of [`CLIENT_REPORTS`].
pub const CLIENT_WINDOW: Duration = Duration::from_secs(600);
/// Most clients remembered at once. Only accepted reports add entries, and the global cap lets
/// through at most 300 per client window, so this bound is a backstop: when it is reached,
/// clients whose window has passed are dropped first, then the least recently seen.
const MAX_CLIENTS: usize = 10_000;

/// Who sent a report, as far as the limiter can tell: IPv4 addresses as they are, IPv6
/// addresses by their /64 network (one home or device gets a whole /64), `None` when the
/// server was started without connection information (then all such requests are one client).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientKey(Option<IpAddr>);

impl ClientKey {
    pub fn new(ip: Option<IpAddr>) -> Self {
        Self(ip.map(|ip| match ip {
            IpAddr::V4(v4) => IpAddr::V4(v4),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let s = v6.segments();
                    IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
                }
            },
        }))
    }
}

impl ClientKey {
    /// The key as text (the throttling key of sign-ins): the address or network, or `unknown`.
    pub fn label(&self) -> String {
        self.0
            .map_or_else(|| "unknown".to_owned(), |ip| ip.to_string())
    }
}

/// Why a report was refused, and after how long to try again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// This client sent [`CLIENT_REPORTS`] reports within [`CLIENT_WINDOW`].
    Client { retry_after: Duration },
    /// Everyone together sent [`GLOBAL_REPORTS`] within [`GLOBAL_WINDOW`].
    Everyone { retry_after: Duration },
}

#[derive(Debug, Default)]
struct Recent {
    everyone: VecDeque<Instant>,
    clients: HashMap<ClientKey, VecDeque<Instant>>,
}

/// How many requests a [`ReportLimiter`] accepts: per client and window, and from everyone
/// together per window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub per_client: usize,
    pub client_window: Duration,
    pub everyone: usize,
    pub everyone_window: Duration,
}

impl Limits {
    /// Reports of mistakes: [`CLIENT_REPORTS`] per client in [`CLIENT_WINDOW`],
    /// [`GLOBAL_REPORTS`] from everyone in [`GLOBAL_WINDOW`].
    pub const REPORTS: Limits = Limits {
        per_client: CLIENT_REPORTS,
        client_window: CLIENT_WINDOW,
        everyone: GLOBAL_REPORTS,
        everyone_window: GLOBAL_WINDOW,
    };
    /// Requests that hash a password and send a mail before sign-in (registration, password
    /// reset): 10 per client in 10 minutes, 60 from everyone in a minute.
    pub const ACCOUNT_MAILS: Limits = Limits {
        per_client: 10,
        client_window: Duration::from_secs(600),
        everyone: 60,
        everyone_window: Duration::from_secs(60),
    };
}

/// Bounds how many requests of a kind are accepted: per client and from everyone together
/// (reports of mistakes; registrations and reset requests).
#[derive(Debug)]
pub struct ReportLimiter {
    limits: Limits,
    recent: Mutex<Recent>,
}

impl Default for ReportLimiter {
    fn default() -> Self {
        Self::new(Limits::REPORTS)
    }
}

fn expire(times: &mut VecDeque<Instant>, now: Instant, window: Duration) {
    while times
        .front()
        .is_some_and(|t| now.saturating_duration_since(*t) >= window)
    {
        times.pop_front();
    }
}

/// How long until the oldest of `times` leaves the window (at least a second).
fn wait(times: &VecDeque<Instant>, now: Instant, window: Duration) -> Duration {
    let oldest = times.front().copied().unwrap_or(now);
    window
        .saturating_sub(now.saturating_duration_since(oldest))
        .max(Duration::from_secs(1))
}

impl ReportLimiter {
    pub fn new(limits: Limits) -> Self {
        Self {
            limits,
            recent: Mutex::new(Recent::default()),
        }
    }

    /// Counts a request of `client` at `now` when both limits allow it.
    pub fn check(&self, client: ClientKey, now: Instant) -> Result<(), Refusal> {
        let l = self.limits;
        let Ok(mut recent) = self.recent.lock() else {
            return Err(Refusal::Everyone {
                retry_after: l.everyone_window,
            });
        };
        let recent = &mut *recent;
        expire(&mut recent.everyone, now, l.everyone_window);
        if let Some(times) = recent.clients.get_mut(&client) {
            expire(times, now, l.client_window);
            if times.len() >= l.per_client {
                return Err(Refusal::Client {
                    retry_after: wait(times, now, l.client_window),
                });
            }
        }
        if recent.everyone.len() >= l.everyone {
            return Err(Refusal::Everyone {
                retry_after: wait(&recent.everyone, now, l.everyone_window),
            });
        }
        if !recent.clients.contains_key(&client) && recent.clients.len() >= MAX_CLIENTS {
            recent.clients.retain(|_, times| {
                expire(times, now, l.client_window);
                !times.is_empty()
            });
            if recent.clients.len() >= MAX_CLIENTS
                && let Some(stalest) = recent
                    .clients
                    .iter()
                    .min_by_key(|(_, times)| times.back().copied())
                    .map(|(k, _)| *k)
            {
                recent.clients.remove(&stalest);
            }
        }
        recent.everyone.push_back(now);
        recent.clients.entry(client).or_default().push_back(now);
        Ok(())
    }

    /// How many clients are remembered.
    pub fn clients(&self) -> usize {
        self.recent.lock().map_or(0, |r| r.clients.len())
    }
}

/// The client of a request: the connection's peer address (`ConnectInfo`, set by
/// `into_make_service_with_connect_information`). `X-Forwarded-For` counts only when the peer
/// is one of the configured trusted proxies: then the client is the right-most address in it
/// that is not a trusted proxy.
pub(crate) fn client_of(
    peer: Option<SocketAddr>,
    headers: &HeaderMap,
    trusted_proxies: &[IpAddr],
) -> ClientKey {
    let Some(peer) = peer.map(|p| p.ip()) else {
        return ClientKey::new(None);
    };
    if !trusted_proxies.contains(&peer) {
        return ClientKey::new(Some(peer));
    }
    let forwarded = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect::<Vec<_>>();
    for hop in forwarded.iter().rev() {
        match hop.parse::<IpAddr>() {
            Ok(ip) if trusted_proxies.contains(&ip) => continue,
            Ok(ip) => return ClientKey::new(Some(ip)),
            Err(_) => break,
        }
    }
    ClientKey::new(Some(peer))
}

/// The connection's peer address, when the server provides it (or a test mocks it).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Peer(pub Option<SocketAddr>);

impl<S: Send + Sync> FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Ok(Peer(
            ConnectInfo::<SocketAddr>::from_request_parts(parts, state)
                .await
                .ok()
                .map(|ConnectInfo(addr)| addr),
        ))
    }
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
        p { a href=(offer_url(lang, &offer.id)) lang=[german_attrs(lang).0] dir=[german_attrs(lang).1] { (offer.name) } }
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

fn with_cookie(secure: bool, status: StatusCode, token: &str, markup: Markup) -> Response {
    (
        status,
        [
            (header::SET_COOKIE, crate::csrf::set_cookie(token, secure)),
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
            ctx.secure_cookies,
            StatusCode::OK,
            &token,
            form_page(ctx, &offer, &token, &Entered::default(), sent),
        ))
    })
    .await
}

pub(crate) async fn submit(
    State(state): State<WebState>,
    Path((lang, id)): Path<(String, String)>,
    Peer(peer): Peer,
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
        && same_origin(&headers, state.public_url.as_ref())
        && crate::csrf::matches(cookie.as_deref(), csrf.as_deref());
    if !valid {
        return Err(WebError::Forbidden.page(&state, lang));
    }
    let token = cookie.unwrap_or_default();
    let client = client_of(peer, &headers, &state.trusted_proxies);
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
                ctx.secure_cookies,
                StatusCode::BAD_REQUEST,
                &token,
                form_page(ctx, &offer, &token, &entered, false),
            ));
        }
        limiter
            .check(client, Instant::now())
            .map_err(WebError::TooMany)?;
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
                    ctx.secure_cookies,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> ClientKey {
        ClientKey::new(Some(s.parse().unwrap()))
    }

    #[test]
    fn five_per_client_in_ten_minutes_then_the_wait_until_the_oldest_expires() {
        let limiter = ReportLimiter::default();
        let t0 = Instant::now();
        for i in 0..CLIENT_REPORTS as u64 {
            assert_eq!(
                limiter.check(ip("192.0.2.1"), t0 + Duration::from_secs(i * 60)),
                Ok(())
            );
        }
        let now = t0 + Duration::from_secs(300);
        assert_eq!(
            limiter.check(ip("192.0.2.1"), now),
            Err(Refusal::Client {
                retry_after: Duration::from_secs(300)
            })
        );
        // Another client is not affected; the refusal was not counted.
        assert_eq!(limiter.check(ip("192.0.2.2"), now), Ok(()));
        // Once the first report is ten minutes old, one more is accepted.
        assert_eq!(limiter.check(ip("192.0.2.1"), t0 + CLIENT_WINDOW), Ok(()));
        assert!(limiter.check(ip("192.0.2.1"), t0 + CLIENT_WINDOW).is_err());
    }

    #[test]
    fn thirty_a_minute_from_everyone_together() {
        let limiter = ReportLimiter::default();
        let t0 = Instant::now();
        for i in 0..GLOBAL_REPORTS {
            let client = ClientKey::new(Some(IpAddr::from([198, 51, 100, i as u8])));
            assert_eq!(limiter.check(client, t0), Ok(()));
        }
        assert_eq!(
            limiter.check(ip("203.0.113.1"), t0 + Duration::from_secs(20)),
            Err(Refusal::Everyone {
                retry_after: Duration::from_secs(40)
            })
        );
        assert_eq!(limiter.check(ip("203.0.113.1"), t0 + GLOBAL_WINDOW), Ok(()));
    }

    #[test]
    fn ipv6_counts_by_slash_64_and_mapped_ipv4_as_ipv4() {
        assert_eq!(ip("2001:db8:1:2:aaaa::1"), ip("2001:db8:1:2:bbbb::2"));
        assert_ne!(ip("2001:db8:1:2::1"), ip("2001:db8:1:3::1"));
        assert_eq!(ip("::ffff:192.0.2.7"), ip("192.0.2.7"));
    }

    #[test]
    fn memory_stays_bounded_expired_clients_first() {
        let limiter = ReportLimiter::default();
        let t0 = Instant::now();
        let key = |i: usize| ClientKey::new(Some(IpAddr::from((i as u32 + 1).to_be_bytes())));
        // Fill the table (with the global cap out of the way: a minute per 30 clients).
        for i in 0..MAX_CLIENTS {
            let at = t0 + Duration::from_secs((i / GLOBAL_REPORTS) as u64 * 60);
            assert_eq!(limiter.check(key(i), at), Ok(()), "{i}");
        }
        assert_eq!(limiter.clients(), MAX_CLIENTS);
        let later = t0 + Duration::from_secs((MAX_CLIENTS / GLOBAL_REPORTS) as u64 * 60 + 60);
        assert_eq!(limiter.check(key(MAX_CLIENTS), later), Ok(()));
        assert!(limiter.clients() <= MAX_CLIENTS);
        // Only clients seen within the window are still remembered.
        assert!(limiter.clients() <= (CLIENT_WINDOW.as_secs() / 60) as usize * GLOBAL_REPORTS + 1);
    }

    #[test]
    fn forwarded_for_counts_only_from_trusted_proxies() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            "198.51.100.66, 203.0.113.5, 10.0.0.2".parse().unwrap(),
        );
        let peer: SocketAddr = "10.0.0.1:4000".parse().unwrap();
        assert_eq!(client_of(Some(peer), &headers, &[]), ip("10.0.0.1"));
        let proxies: [IpAddr; 2] = ["10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap()];
        assert_eq!(client_of(Some(peer), &headers, &proxies), ip("203.0.113.5"));
        let other: SocketAddr = "192.0.2.9:4000".parse().unwrap();
        assert_eq!(client_of(Some(other), &headers, &proxies), ip("192.0.2.9"));
        headers.insert("x-forwarded-for", "garbage".parse().unwrap());
        assert_eq!(client_of(Some(peer), &headers, &proxies), ip("10.0.0.1"));
        assert_eq!(client_of(None, &headers, &proxies), ClientKey::new(None));
    }
}
