//! Sign-in, sign-out, registration, e-mail verification and password reset. The forms before
//! sign-in carry the double-submit CSRF token of `csrf.rs`; sign-in passes the old session
//! cookie to the facade so that a session id from before sign-in is worthless after it.

use atlas_app::{AppError, LinkBase};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use super::form::{Errors, Form, TEXT, input, summary};
use super::{
    MAX_FORM_BYTES, clear_session_cookie, frame, konto, session_cookie, session_token,
    signed_in_post,
};
use crate::csrf;
use crate::error::is_local_path;
use crate::i18n::Lang;
use crate::report::{Peer, client_of};
use crate::{Ctx, ErrorPage, WebError, WebState, lang_of, render};

type Params = Query<std::collections::HashMap<String, String>>;

/// A page before sign-in, with the double-submit cookie set.
fn prelogin_page(secure: bool, status: StatusCode, token: &str, markup: Markup) -> Response {
    (
        status,
        [(header::SET_COOKIE, csrf::set_cookie(token, secure))],
        markup,
    )
        .into_response()
}

/// The double-submit token of a form before sign-in, if the request is genuine.
fn check_prelogin(
    state: &WebState,
    lang: Lang,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<(String, Form), ErrorPage> {
    let form = Form::parse(body);
    let cookie = csrf::cookie_token(headers);
    if body.len() > MAX_FORM_BYTES
        || !csrf::same_origin(headers, state.public_url.as_ref())
        || !csrf::matches(cookie.as_deref(), form.opt("csrf"))
    {
        return Err(WebError::Forbidden.page(state, lang));
    }
    Ok((cookie.unwrap_or_default(), form))
}

/// Registrations and reset requests hash a password or send a mail: bounded per client and
/// from everyone ([`crate::Limits::ACCOUNT_MAILS`]), else a 429 page with `Retry-After`.
fn limit_account_mails(
    state: &WebState,
    lang: Lang,
    peer: Option<std::net::SocketAddr>,
    headers: &HeaderMap,
) -> Result<(), ErrorPage> {
    let client = client_of(peer, headers, &state.trusted_proxies);
    state
        .account_mails
        .check(client, std::time::Instant::now())
        .map_err(|refusal| {
            let retry = match refusal {
                crate::Refusal::Client { retry_after }
                | crate::Refusal::Everyone { retry_after } => retry_after,
            };
            WebError::TooManyAccountMails(retry).page(state, lang)
        })
}

fn links(state: &WebState, lang: Lang) -> LinkBase {
    LinkBase {
        origin: state.link_origin(),
        lang: lang.code().to_owned(),
    }
}

fn notice_page(ctx: &Ctx<'_>, title: &str, text: &str, path: &str) -> Markup {
    let tr = &ctx.tr;
    frame(
        ctx,
        None,
        title,
        path,
        html! {
            h1 { (title) }
            p role="status" { (text) }
            p { a href=(konto(tr.lang, "anmelden")) { (tr.t("login-heading")) } }
        },
    )
}

// --- sign-in ---

fn login_page(
    ctx: &Ctx<'_>,
    token: &str,
    form: &Form,
    next: &str,
    problem: Option<String>,
) -> Markup {
    let tr = &ctx.tr;
    let lang = tr.lang;
    let title = tr.t("login-heading");
    let errors = Errors::default();
    frame(
        ctx,
        None,
        &title,
        "anmelden",
        html! {
            h1 { (title) }
            @if let Some(p) = &problem {
                div.error-summary role="alert" { p { (p) } }
            }
            form method="post" action=(konto(lang, "anmelden")) {
                input type="hidden" name="csrf" value=(token);
                input type="hidden" name="next" value=(next);
                (input(&errors, "email", &tr.t("label-email"), form.get("email"), TEXT.kind("email").auto("email").required().max(254), None))
                (input(&errors, "password", &tr.t("label-password"), "", TEXT.kind("password").auto("current-password").required(), None))
                p { button type="submit" { (tr.t("login-button")) } }
            }
            ul {
                li { a href=(konto(lang, "registrieren")) { (tr.t("register-link")) } }
                li { a href=(konto(lang, "passwort-vergessen")) { (tr.t("forgot-link")) } }
            }
        },
    )
}

pub(crate) async fn login_form(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    Query(q): Params,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    let token = csrf::cookie_token(&headers).unwrap_or_else(csrf::new_token);
    let next = q
        .get("next")
        .filter(|n| is_local_path(n))
        .cloned()
        .unwrap_or_default();
    render(&state, lang, move |ctx| {
        Ok(prelogin_page(
            ctx.secure_cookies,
            StatusCode::OK,
            &token,
            login_page(ctx, &token, &Form::default(), &next, None),
        ))
    })
    .await
}

pub(crate) async fn login(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    Peer(peer): Peer,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    let (token, form) = check_prelogin(&state, lang, &headers, &body)?;
    let client = client_of(peer, &headers, &state.trusted_proxies).label();
    let previous = session_token(&headers);
    let st = state.clone();
    render(&state, lang, move |ctx| {
        let tr = &ctx.tr;
        let next = form
            .opt("next")
            .filter(|n| is_local_path(n))
            .unwrap_or_default()
            .to_owned();
        let problem = |status, text: String| {
            Ok(prelogin_page(
                ctx.secure_cookies,
                status,
                &token,
                login_page(ctx, &token, &form, &next, Some(text)),
            ))
        };
        match ctx.atlas.login(
            form.get("email").trim(),
            form.get("password"),
            &client,
            previous.as_deref(),
        ) {
            Ok(session) => {
                let to = if next.is_empty() {
                    konto(lang, "")
                } else {
                    next.clone()
                };
                Ok((
                    StatusCode::SEE_OTHER,
                    [
                        (header::LOCATION, to),
                        (
                            header::SET_COOKIE,
                            session_cookie(&st, session.token.as_str()),
                        ),
                    ],
                )
                    .into_response())
            }
            Err(AppError::BadCredentials) => {
                problem(StatusCode::UNAUTHORIZED, tr.t("login-error-bad"))
            }
            Err(AppError::EmailNotVerified) => {
                problem(StatusCode::FORBIDDEN, tr.t("login-error-unverified"))
            }
            Err(e) => Err(e.into()),
        }
    })
    .await
}

pub(crate) async fn logout(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    let token = session_token(&headers).unwrap_or_default();
    let st = state.clone();
    signed_in_post(&state, &lang, &uri, &headers, body, move |ctx, _s, _f| {
        ctx.atlas.logout(&token)?;
        Ok((
            StatusCode::SEE_OTHER,
            [
                (header::LOCATION, format!("/{}/", ctx.tr.lang.code())),
                (header::SET_COOKIE, clear_session_cookie(&st)),
            ],
        )
            .into_response())
    })
    .await
}

// --- registration and verification ---

fn register_page(ctx: &Ctx<'_>, token: &str, form: &Form, errors: &Errors) -> Markup {
    let tr = &ctx.tr;
    let title = tr.t("register-heading");
    frame(
        ctx,
        None,
        &title,
        "registrieren",
        html! {
            h1 { (title) }
            p { (tr.t("register-intro")) }
            (summary(tr, errors))
            form method="post" action=(konto(tr.lang, "registrieren")) novalidate {
                input type="hidden" name="csrf" value=(token);
                (input(errors, "display_name", &tr.t("label-display-name"), form.get("display_name"), TEXT.auto("name").required().max(200), None))
                (input(errors, "email", &tr.t("label-email"), form.get("email"), TEXT.kind("email").auto("email").required().max(254), None))
                (input(errors, "password", &tr.t("label-new-password"), "", TEXT.kind("password").auto("new-password").required(), Some(&tr.t("password-hint"))))
                p { button type="submit" { (tr.t("register-button")) } }
            }
        },
    )
}

pub(crate) async fn register_form(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    let token = csrf::cookie_token(&headers).unwrap_or_else(csrf::new_token);
    render(&state, lang, move |ctx| {
        Ok(prelogin_page(
            ctx.secure_cookies,
            StatusCode::OK,
            &token,
            register_page(ctx, &token, &Form::default(), &Errors::default()),
        ))
    })
    .await
}

pub(crate) async fn register(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    Peer(peer): Peer,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    let (token, form) = check_prelogin(&state, lang, &headers, &body)?;
    limit_account_mails(&state, lang, peer, &headers)?;
    let links = links(&state, lang);
    render(&state, lang, move |ctx| {
        let tr = &ctx.tr;
        match ctx.atlas.register(
            form.get("email").trim(),
            form.get("display_name"),
            form.get("password"),
            &links,
        ) {
            Ok(()) => Ok(prelogin_page(
                ctx.secure_cookies,
                StatusCode::OK,
                &token,
                notice_page(
                    ctx,
                    &tr.t("register-heading"),
                    &tr.t("register-sent"),
                    "registrieren",
                ),
            )),
            Err(AppError::Invalid(errs)) => Ok(prelogin_page(
                ctx.secure_cookies,
                StatusCode::BAD_REQUEST,
                &token,
                register_page(ctx, &token, &form, &Errors::of(tr, &errs)),
            )),
            Err(e) => Err(e.into()),
        }
    })
    .await
}

/// The verification link's page: a button that confirms the address (a GET changes nothing,
/// so a mail scanner opening the link does not use it up).
pub(crate) async fn verify_form(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    Query(q): Params,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    let link = q.get("token").cloned().unwrap_or_default();
    let token = csrf::cookie_token(&headers).unwrap_or_else(csrf::new_token);
    render(&state, lang, move |ctx| {
        if !ctx.atlas.verify_token_valid(&link)? {
            return Err(AppError::InvalidToken.into());
        }
        let tr = &ctx.tr;
        let title = tr.t("verify-confirm-heading");
        let body = html! {
            h1 { (title) }
            form method="post" action=(konto(tr.lang, "bestaetigen")) {
                input type="hidden" name="csrf" value=(token);
                input type="hidden" name="token" value=(link);
                p { button type="submit" { (tr.t("verify-confirm-button")) } }
            }
        };
        Ok(prelogin_page(
            ctx.secure_cookies,
            StatusCode::OK,
            &token,
            frame(ctx, None, &title, "bestaetigen", body),
        ))
    })
    .await
}

pub(crate) async fn verify(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    let (_, form) = check_prelogin(&state, lang, &headers, &body)?;
    let token = form.get("token").to_owned();
    render(&state, lang, move |ctx| {
        ctx.atlas.verify_email(&token)?;
        let tr = &ctx.tr;
        Ok(notice_page(
            ctx,
            &tr.t("verify-heading"),
            &tr.t("verify-done"),
            "bestaetigen",
        )
        .into_response())
    })
    .await
}

// --- password reset ---

fn forgot_page(ctx: &Ctx<'_>, token: &str, form: &Form, errors: &Errors) -> Markup {
    let tr = &ctx.tr;
    let title = tr.t("forgot-heading");
    frame(
        ctx,
        None,
        &title,
        "passwort-vergessen",
        html! {
            h1 { (title) }
            p { (tr.t("forgot-intro")) }
            (summary(tr, errors))
            form method="post" action=(konto(tr.lang, "passwort-vergessen")) novalidate {
                input type="hidden" name="csrf" value=(token);
                (input(errors, "email", &tr.t("label-email"), form.get("email"), TEXT.kind("email").auto("email").required().max(254), None))
                p { button type="submit" { (tr.t("forgot-button")) } }
            }
        },
    )
}

pub(crate) async fn forgot_form(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    let token = csrf::cookie_token(&headers).unwrap_or_else(csrf::new_token);
    render(&state, lang, move |ctx| {
        Ok(prelogin_page(
            ctx.secure_cookies,
            StatusCode::OK,
            &token,
            forgot_page(ctx, &token, &Form::default(), &Errors::default()),
        ))
    })
    .await
}

pub(crate) async fn forgot(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    Peer(peer): Peer,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    let (token, form) = check_prelogin(&state, lang, &headers, &body)?;
    limit_account_mails(&state, lang, peer, &headers)?;
    let links = links(&state, lang);
    render(&state, lang, move |ctx| {
        let tr = &ctx.tr;
        match ctx
            .atlas
            .request_password_reset(form.get("email").trim(), &links)
        {
            Ok(()) => Ok(prelogin_page(
                ctx.secure_cookies,
                StatusCode::OK,
                &token,
                notice_page(
                    ctx,
                    &tr.t("forgot-heading"),
                    &tr.t("forgot-sent"),
                    "passwort-vergessen",
                ),
            )),
            Err(AppError::Invalid(errs)) => Ok(prelogin_page(
                ctx.secure_cookies,
                StatusCode::BAD_REQUEST,
                &token,
                forgot_page(ctx, &token, &form, &Errors::of(tr, &errs)),
            )),
            Err(e) => Err(e.into()),
        }
    })
    .await
}

fn reset_page(ctx: &Ctx<'_>, token: &str, reset: &str, errors: &Errors) -> Markup {
    let tr = &ctx.tr;
    let title = tr.t("reset-heading");
    frame(
        ctx,
        None,
        &title,
        "passwort-neu",
        html! {
            h1 { (title) }
            (summary(tr, errors))
            form method="post" action=(konto(tr.lang, "passwort-neu")) novalidate {
                input type="hidden" name="csrf" value=(token);
                input type="hidden" name="token" value=(reset);
                (input(errors, "password", &tr.t("label-new-password"), "", TEXT.kind("password").auto("new-password").required(), Some(&tr.t("password-hint"))))
                p { button type="submit" { (tr.t("reset-button")) } }
            }
        },
    )
}

pub(crate) async fn reset_form(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    Query(q): Params,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    let token = csrf::cookie_token(&headers).unwrap_or_else(csrf::new_token);
    let reset = q.get("token").cloned().unwrap_or_default();
    render(&state, lang, move |ctx| {
        if !ctx.atlas.reset_token_valid(&reset)? {
            return Err(AppError::InvalidToken.into());
        }
        Ok(prelogin_page(
            ctx.secure_cookies,
            StatusCode::OK,
            &token,
            reset_page(ctx, &token, &reset, &Errors::default()),
        ))
    })
    .await
}

pub(crate) async fn reset(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    let (token, form) = check_prelogin(&state, lang, &headers, &body)?;
    render(&state, lang, move |ctx| {
        let tr = &ctx.tr;
        let reset = form.get("token");
        match ctx.atlas.reset_password(reset, form.get("password")) {
            Ok(()) => Ok(prelogin_page(
                ctx.secure_cookies,
                StatusCode::OK,
                &token,
                notice_page(
                    ctx,
                    &tr.t("reset-heading"),
                    &tr.t("reset-done"),
                    "passwort-neu",
                ),
            )),
            Err(AppError::Invalid(errs)) => Ok(prelogin_page(
                ctx.secure_cookies,
                StatusCode::BAD_REQUEST,
                &token,
                reset_page(ctx, &token, reset, &Errors::of(tr, &errs)),
            )),
            Err(e) => Err(e.into()),
        }
    })
    .await
}

// --- password change (signed in) ---

fn password_page(ctx: &Ctx<'_>, s: &atlas_app::Session, done: bool, errors: &Errors) -> Markup {
    let tr = &ctx.tr;
    let title = tr.t("password-change-heading");
    frame(
        ctx,
        Some(s),
        &title,
        "passwort",
        html! {
            h1 { (title) }
            @if done { p role="status" { (tr.t("password-change-done")) } }
            (summary(tr, errors))
            form method="post" action=(konto(tr.lang, "passwort")) novalidate {
                input type="hidden" name="csrf" value=(s.csrf);
                (input(errors, "current_password", &tr.t("label-current-password"), "", TEXT.kind("password").auto("current-password").required(), None))
                (input(errors, "password", &tr.t("label-new-password"), "", TEXT.kind("password").auto("new-password").required(), Some(&tr.t("password-hint"))))
                p { button type="submit" { (tr.t("password-change-button")) } }
            }
        },
    )
}

pub(crate) async fn password_form(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    let done = uri.query() == Some("geaendert");
    super::signed_in(&state, &lang, &uri, &headers, move |ctx, s| {
        Ok(password_page(ctx, s, done, &Errors::default()).into_response())
    })
    .await
}

/// Changes the password; the other sessions end, this one stays.
pub(crate) async fn password_change(
    State(state): State<WebState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ErrorPage> {
    let session = session_token(&headers).unwrap_or_default();
    super::signed_in_post(
        &state,
        &lang,
        &uri,
        &headers,
        body,
        move |ctx, s, f| match ctx.atlas.change_password(
            &s.actor,
            &session,
            f.get("current_password"),
            f.get("password"),
        ) {
            Ok(()) => Ok(super::see_other(&konto(ctx.tr.lang, "passwort?geaendert"))),
            Err(AppError::Invalid(errs)) => Ok(super::respond(
                StatusCode::BAD_REQUEST,
                password_page(ctx, s, false, &Errors::of(&ctx.tr, &errs)),
            )),
            Err(e) => Err(e.into()),
        },
    )
    .await
}
