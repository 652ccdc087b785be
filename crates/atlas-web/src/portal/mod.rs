//! The provider and moderator portal under `/{lang}/konto/`: accounts (sign-in, registration,
//! e-mail verification, password reset), the provider's workspace (organisations, locations,
//! offers, drafts, network memberships, API tokens), the moderators' review queue and the
//! administrators' pages. Who may do what is decided by the facade alone; this module only
//! calls it and shows the answer. Every portal answer is `no-store` and `noindex`; every form
//! carries a CSRF token (the session's, or before sign-in the double-submit cookie).

mod auth;
mod form;
mod moderation;
mod offer;
mod work;

use atlas_app::{AppError, SESSION_HOURS, Session};
use axum::Router;
use axum::body::Bytes;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use maud::{Markup, html};

use crate::csrf;
use crate::i18n::Lang;
use crate::layout::{Page, page};
use crate::{Ctx, ErrorPage, WebError, WebState, lang_of, render};

pub(crate) use form::Form;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "atlas_session";
/// Largest accepted portal form body, in bytes (an offer with all its translations).
pub const MAX_FORM_BYTES: usize = 256 * 1024;

pub(crate) fn routes() -> Router<WebState> {
    Router::new()
        .route("/{lang}/konto", get(work::konto_redirect))
        .route("/{lang}/konto/", get(work::dashboard))
        .route(
            "/{lang}/konto/anmelden",
            get(auth::login_form).post(auth::login),
        )
        .route("/{lang}/konto/abmelden", post(auth::logout))
        .route(
            "/{lang}/konto/registrieren",
            get(auth::register_form).post(auth::register),
        )
        .route(
            "/{lang}/konto/bestaetigen",
            get(auth::verify_form).post(auth::verify),
        )
        .route(
            "/{lang}/konto/passwort-vergessen",
            get(auth::forgot_form).post(auth::forgot),
        )
        .route(
            "/{lang}/konto/passwort-neu",
            get(auth::reset_form).post(auth::reset),
        )
        .route(
            "/{lang}/konto/organisationen/neu",
            get(work::org_new_form).post(work::org_new),
        )
        .route(
            "/{lang}/konto/organisationen/suchen",
            get(work::claim_search),
        )
        .route(
            "/{lang}/konto/organisationen/{id}",
            get(work::org_edit_form).post(work::org_edit),
        )
        .route(
            "/{lang}/konto/organisationen/{id}/beanspruchen",
            get(work::claim_form).post(work::claim),
        )
        .route(
            "/{lang}/konto/standorte/neu",
            get(work::location_new_form).post(work::location_new),
        )
        .route(
            "/{lang}/konto/standorte/{id}",
            get(work::location_edit_form).post(work::location_edit),
        )
        .route(
            "/{lang}/konto/angebote/neu",
            get(offer::new_form).post(offer::create),
        )
        .route(
            "/{lang}/konto/angebote/{id}",
            get(offer::edit_form).post(offer::save),
        )
        .route(
            "/{lang}/konto/angebote/{id}/bestaetigen",
            post(work::confirm),
        )
        .route(
            "/{lang}/konto/entwuerfe/{id}",
            get(work::draft_page).post(work::draft_action),
        )
        .route(
            "/{lang}/konto/netzwerke",
            get(work::networks_page).post(work::networks_action),
        )
        .route(
            "/{lang}/konto/passwort",
            get(auth::password_form).post(auth::password_change),
        )
        .route(
            "/{lang}/konto/tokens",
            get(work::tokens_page).post(work::tokens_action),
        )
        .route("/{lang}/konto/pruefung", get(moderation::queue))
        .route(
            "/{lang}/konto/pruefung/antraege",
            post(moderation::decide_claim),
        )
        .route(
            "/{lang}/konto/pruefung/{draft}",
            get(moderation::review_page).post(moderation::decide),
        )
        .route(
            "/{lang}/konto/meldungen/{id}/erledigt",
            post(moderation::close_report),
        )
        .route(
            "/{lang}/konto/meldungen/{id}/offline",
            post(moderation::withdraw_reported),
        )
        .route(
            "/{lang}/konto/verlauf/{kind}/{id}",
            get(moderation::history),
        )
        .route(
            "/{lang}/konto/verwaltung/konten",
            get(moderation::accounts_page).post(moderation::accounts_action),
        )
        .route(
            "/{lang}/konto/verwaltung/postausgang",
            get(moderation::outbox).post(moderation::outbox_retry),
        )
        .route("/{lang}/konto/verwaltung/veraltet", get(moderation::stale))
        .layer(middleware::from_fn(no_store))
}

/// Portal pages are personal: never stored by a cache, never indexed.
async fn no_store(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        "x-robots-tag",
        HeaderValue::from_static("noindex, nofollow"),
    );
    response
}

/// The session token of the request's cookie.
pub(crate) fn session_token(headers: &HeaderMap) -> Option<String> {
    csrf::cookie(headers, SESSION_COOKIE).filter(|t| !t.is_empty() && t.len() <= 200)
}

/// The `Set-Cookie` value of a new session.
pub(crate) fn session_cookie(state: &WebState, token: &str) -> String {
    format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        SESSION_HOURS * 3600,
        if state.secure_cookies { "; Secure" } else { "" }
    )
}

/// The `Set-Cookie` value that removes the session cookie.
pub(crate) fn clear_session_cookie(state: &WebState) -> String {
    format!(
        "{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
        if state.secure_cookies { "; Secure" } else { "" }
    )
}

/// The local path and query of a request, for `?next=`.
fn here(uri: &Uri) -> String {
    uri.path_and_query()
        .map_or_else(|| uri.path().to_owned(), |p| p.as_str().to_owned())
}

fn with_next(mut page: ErrorPage, uri: &Uri) -> ErrorPage {
    page.next = Some(here(uri));
    page
}

/// Runs a signed-in page: the session of the cookie, else `Unauthorized` (a redirect to the
/// sign-in page that comes back here).
pub(crate) async fn signed_in(
    state: &WebState,
    lang: &str,
    uri: &Uri,
    headers: &HeaderMap,
    f: impl FnOnce(&Ctx<'_>, &Session) -> Result<Response, WebError> + Send + 'static,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(state, lang)?;
    let token = session_token(headers);
    render(state, lang, move |ctx| {
        let session = match &token {
            Some(t) => ctx.atlas.session(t)?,
            None => None,
        }
        .ok_or(AppError::Unauthorized)?;
        f(ctx, &session)
    })
    .await
    .map_err(|e| with_next(e, uri))
}

/// Runs a signed-in form submission: same origin, bounded, and carrying the session's CSRF
/// token (else a 403 page and nothing changed).
pub(crate) async fn signed_in_post(
    state: &WebState,
    lang: &str,
    uri: &Uri,
    headers: &HeaderMap,
    body: Bytes,
    f: impl FnOnce(&Ctx<'_>, &Session, &Form) -> Result<Response, WebError> + Send + 'static,
) -> Result<Response, ErrorPage> {
    let lang_v = lang_of(state, lang)?;
    if body.len() > MAX_FORM_BYTES || !csrf::same_origin(headers, state.public_url.as_ref()) {
        return Err(WebError::Forbidden.page(state, lang_v));
    }
    let form = Form::parse(&body);
    if form.too_many_rows() {
        return Err(WebError::App(AppError::InvalidParameter {
            parameter: "form".into(),
            message: format!("at most {} rows per list", form::MAX_ROWS),
        })
        .page(state, lang_v));
    }
    // Signed out, the visitor comes back to the form after signing in (or, for actions
    // without a page of their own, to the overview).
    let back = if [
        "/abmelden",
        "/bestaetigen",
        "/erledigt",
        "/offline",
        "/antraege",
    ]
    .iter()
    .any(|end| uri.path().ends_with(end))
    {
        format!("/{}/konto/", lang_v.code())
            .parse()
            .unwrap_or_else(|_| uri.clone())
    } else {
        uri.clone()
    };
    let uri = &back;
    signed_in(state, lang, uri, headers, move |ctx, session| {
        if !csrf::matches(Some(&session.csrf), form.opt("csrf")) {
            return Err(WebError::Forbidden);
        }
        f(ctx, session, &form)
    })
    .await
}

/// A 303 to a page of the portal.
pub(crate) fn see_other(url: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, url.to_owned())]).into_response()
}

/// The URL of a portal page: `/{lang}/konto/{path}`.
pub(crate) fn konto(lang: Lang, path: &str) -> String {
    format!("/{}/konto/{path}", lang.code())
}

/// The frame of a portal page: `noindex`, the portal's navigation for a signed-in account.
pub(crate) fn frame(
    ctx: &Ctx<'_>,
    session: Option<&Session>,
    title: &str,
    path: &str,
    body: Markup,
) -> Markup {
    let tr = &ctx.tr;
    let lang = tr.lang;
    let nav = html! {
        @if let Some(s) = session {
            nav.portal-nav aria-label=(tr.t("portal-nav")) {
                ul {
                    li { a href=(konto(lang, "")) { (tr.t("portal-dashboard")) } }
                    li { a href=(konto(lang, "netzwerke")) { (tr.t("portal-networks")) } }
                    li { a href=(konto(lang, "tokens")) { (tr.t("portal-tokens")) } }
                    li { a href=(konto(lang, "passwort")) { (tr.t("portal-password")) } }
                    @if s.actor.is_moderator() {
                        li { a href=(konto(lang, "pruefung")) { (tr.t("portal-review")) } }
                    }
                    @if s.actor.is_admin() {
                        li { a href=(konto(lang, "verwaltung/konten")) { (tr.t("portal-accounts")) } }
                        li { a href=(konto(lang, "verwaltung/postausgang")) { (tr.t("portal-outbox")) } }
                        li { a href=(konto(lang, "verwaltung/veraltet")) { (tr.t("portal-stale")) } }
                    }
                }
                form.inline method="post" action=(konto(lang, "abmelden")) {
                    input type="hidden" name="csrf" value=(s.csrf);
                    span { (tr.ta("portal-signed-in-as", &[("name", s.actor.display_name.as_str().into())])) " " }
                    button type="submit" { (tr.t("portal-logout")) }
                }
            }
        }
        (body)
    };
    page(
        tr,
        &Page {
            title,
            path: &format!("konto/{path}"),
            query: "",
            demo: ctx.demo,
            noindex: true,
            json_ld: None,
        },
        nav,
    )
}

/// A portal page's answer with a status.
pub(crate) fn respond(status: StatusCode, markup: Markup) -> Response {
    (status, markup).into_response()
}
