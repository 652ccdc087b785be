//! The resident web front end: server-rendered pages (maud) in seven languages under
//! `/{lang}/…`, static assets from `web/` under `/static/`, `sitemap.xml` (a sitemap index over
//! `sitemaps/{n}.xml`) and `robots.txt`.
//! Every page works without JavaScript; the one small script only adds suggestions.
//!
//! Architecture invariant: this crate knows no SQL and no tantivy; it speaks to `atlas-app`
//! (and reuses `atlas-api`'s search parameter parsing, so the results page takes exactly the
//! API's parameters). `ErrorPage::into_response` is the one place where errors become pages.

mod assets;
mod csrf;
mod error;
pub mod i18n;
mod layout;
mod pages;
mod portal;
mod report;
mod seo;

use std::net::IpAddr;
use std::sync::Arc;

use atlas_app::Atlas;
use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use tower_http::compression::CompressionLayer;

pub use error::{ErrorPage, WebError};
pub use i18n::{I18n, I18nError, Lang};
pub use report::{
    CLIENT_REPORTS, CLIENT_WINDOW, ClientKey, GLOBAL_REPORTS, GLOBAL_WINDOW, Limits, Refusal,
    ReportLimiter,
};
pub use seo::PublicUrl;
pub use seo::SITEMAP_CHUNK;

use crate::i18n::Tr;

/// The Content-Security-Policy of every page: nothing from other hosts, no inline script or
/// style, no framing.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
     connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; \
     base-uri 'none'";

/// Shared state of the pages.
#[derive(Debug, Clone)]
pub struct WebState {
    pub atlas: Arc<Atlas>,
    pub i18n: Arc<I18n>,
    pub reports: Arc<report::ReportLimiter>,
    /// Limits registrations and password-reset requests (each hashes a password or sends a
    /// mail) per client and from everyone.
    pub account_mails: Arc<report::ReportLimiter>,
    /// Record paths per numbered sitemap (each in seven languages); see [`SITEMAP_CHUNK`].
    pub sitemap_chunk: usize,
    /// Reverse proxies whose `X-Forwarded-For` names the client of the report form; empty:
    /// the header is ignored and the connection's peer is the client.
    pub trusted_proxies: Arc<[IpAddr]>,
    /// Origin of absolute URLs in robots.txt, the sitemaps and the links in mails; `None`: the
    /// request's host.
    pub public_url: Option<PublicUrl>,
    /// Session cookies carry `Secure`: set when the public URL is https (behind TLS).
    pub secure_cookies: bool,
    /// Origin of links in mails when no public URL is set (`atlas serve` gives its own
    /// address). Never the request's Host header: a forged Host would put a reset link to a
    /// stranger's site into a real user's mail.
    pub mail_origin: Arc<str>,
}

impl WebState {
    pub fn new(atlas: Arc<Atlas>) -> Result<Self, I18nError> {
        Ok(Self {
            atlas,
            i18n: Arc::new(I18n::load()?),
            reports: Arc::new(report::ReportLimiter::default()),
            account_mails: Arc::new(report::ReportLimiter::new(report::Limits::ACCOUNT_MAILS)),
            sitemap_chunk: SITEMAP_CHUNK,
            trusted_proxies: Arc::new([]),
            public_url: None,
            secure_cookies: false,
            mail_origin: Arc::from("http://localhost:8080"),
        })
    }

    /// The same state trusting `X-Forwarded-For` from these proxies' addresses.
    pub fn with_trusted_proxies(mut self, proxies: &[IpAddr]) -> Self {
        self.trusted_proxies = proxies.into();
        self
    }

    /// The same state with absolute URLs on this origin instead of the request's host.
    /// Session cookies are `Secure` when it is https.
    /// The same state with links in mails on `origin` when no public URL is set.
    pub fn with_mail_origin(mut self, origin: &str) -> Self {
        self.mail_origin = Arc::from(origin);
        self
    }

    /// The origin of links in mails: the public URL, else [`WebState::mail_origin`].
    pub(crate) fn link_origin(&self) -> String {
        self.public_url
            .as_ref()
            .map_or_else(|| self.mail_origin.to_string(), |u| u.as_str().to_owned())
    }

    pub fn with_public_url(mut self, url: Option<PublicUrl>) -> Self {
        self.secure_cookies = url
            .as_ref()
            .is_some_and(|u| u.as_str().starts_with("https://"));
        self.public_url = url;
        self
    }

    /// The same state with `paths` record paths per numbered sitemap (at least 1).
    pub fn with_sitemap_chunk(mut self, paths: usize) -> Self {
        self.sitemap_chunk = paths.max(1);
        self
    }
}

/// The pages, assets, sitemap and robots.txt, with security headers and compression. Merge
/// it beside `atlas_api::router`, and serve it with
/// `into_make_service_with_connect_info::<SocketAddr>()` so that the report form can
/// limit reports per client.
pub fn router(state: WebState) -> Router {
    Router::new()
        .route("/", get(pages::root))
        .route("/robots.txt", get(seo::robots))
        .route("/sitemap.xml", get(seo::sitemap_index))
        .route("/sitemaps/{file}", get(seo::sitemap_chunk))
        .route("/static/{file}", get(assets::asset))
        .route("/favicon.ico", get(assets::favicon))
        .route("/{lang}", get(pages::lang_root))
        .route("/{lang}/", get(pages::home::home))
        .route("/{lang}/suche", get(pages::search::search))
        .route("/{lang}/angebote/{id}", get(pages::offer::offer))
        .route(
            "/{lang}/angebote/{id}/fehler-melden",
            get(report::form).post(report::submit),
        )
        .route("/{lang}/traeger/{id}", get(pages::provider::provider))
        .route("/{lang}/netzwerke/{id}", get(pages::network::network))
        .route("/{lang}/regionen/{ags}", get(pages::region::region))
        .merge(portal::routes())
        .fallback(pages::not_found)
        .with_state(state)
        .layer(middleware::from_fn(security_headers))
        .layer(CompressionLayer::new())
}

/// Security headers on every answer of the front end.
async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("geolocation=(), camera=(), microphone=(), interest-cohort=()"),
    );
    response
}

/// What a page renderer gets: the facade, the interface text and whether this is demo data.
#[derive(Debug)]
pub(crate) struct Ctx<'a> {
    pub atlas: &'a Atlas,
    pub tr: Tr<'a>,
    pub demo: bool,
    /// Cookies carry `Secure` (the site is served over https).
    pub secure_cookies: bool,
}

/// Runs a page renderer on a blocking thread (SQLite is synchronous); its errors become
/// pages in the reader's language.
pub(crate) async fn render(
    state: &WebState,
    lang: Lang,
    f: impl FnOnce(&Ctx<'_>) -> Result<Response, WebError> + Send + 'static,
) -> Result<Response, ErrorPage> {
    let s = state.clone();
    let out = tokio::task::spawn_blocking(move || {
        let demo = s.atlas.is_demo()?;
        let ctx = Ctx {
            atlas: &s.atlas,
            tr: Tr::new(lang, &s.i18n),
            demo,
            secure_cookies: s.secure_cookies,
        };
        f(&ctx)
    })
    .await
    .unwrap_or_else(|e| {
        Err(WebError::App(atlas_app::AppError::Internal(format!(
            "page worker failed: {e}"
        ))))
    });
    out.map_err(|e| e.page(state, lang))
}

/// The language of a path segment; an unknown one is a 404 page.
pub(crate) fn lang_of(state: &WebState, code: &str) -> Result<Lang, ErrorPage> {
    Lang::parse(code).ok_or_else(|| {
        WebError::App(atlas_app::AppError::NotFound {
            entity: "language",
            id: code.chars().take(20).collect(),
        })
        .page(state, Lang::De)
    })
}
