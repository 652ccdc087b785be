//! The one place where errors become HTML pages: a 400 names the parameter (or lists a form's
//! mistakes), a 404 says the page does not exist, a signed-out visitor of a portal page is sent
//! to the sign-in page (303 with `?next=`; elsewhere a 401), a 403 explains an expired form or a
//! refused action, a 409 says what contradicts the current state, a 429 says why and when to
//! try again (also as `Retry-After`); internal errors are logged once here and shown without
//! details.

use atlas_app::{AppError, FieldError};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use fluent_bundle::FluentValue;
use maud::html;

use crate::WebState;
use crate::i18n::{Lang, Tr};
use crate::layout::{Page, page};
use crate::report::{CLIENT_REPORTS, CLIENT_WINDOW, Refusal};

#[derive(Debug)]
pub enum WebError {
    App(AppError),
    /// The report form came without a matching CSRF token.
    Forbidden,
    /// Too many reports, from this client or from everyone together; the page says which and
    /// when to try again, `Retry-After` too.
    TooMany(Refusal),
    /// Too many registrations or password-reset requests; the page says when to try again.
    TooManyAccountMails(std::time::Duration),
}

impl From<AppError> for WebError {
    fn from(e: AppError) -> Self {
        Self::App(e)
    }
}

impl From<atlas_api::ApiError> for WebError {
    fn from(e: atlas_api::ApiError) -> Self {
        Self::App(e.into_app())
    }
}

/// An error with what is needed to render it in the reader's language.
#[derive(Debug)]
pub struct ErrorPage {
    pub error: Box<WebError>,
    pub lang: Lang,
    pub state: Box<WebState>,
    /// The local path (and query) a signed-out visitor wanted: an `Unauthorized` error sends
    /// them to the sign-in page, which brings them back here.
    pub next: Option<String>,
}

impl WebError {
    pub fn page(self, state: &WebState, lang: Lang) -> ErrorPage {
        ErrorPage {
            error: Box::new(self),
            lang,
            state: Box::new(state.clone()),
            next: None,
        }
    }
}

/// A form mistake in the reader's language: the Fluent message `field-error-{code}` (with `_`
/// written `-`), else the facade's English message.
pub(crate) fn field_error_text(tr: &Tr<'_>, e: &FieldError) -> String {
    tr.try_t(&format!("field-error-{}", e.code.replace('_', "-")))
        .unwrap_or_else(|| e.message.clone())
}

/// Whether `next` is a path on this site (`/…`, not `//host` or `/\host`), safe to redirect to.
pub(crate) fn is_local_path(next: &str) -> bool {
    next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(|c| c.is_control() || c == '\\')
}

impl IntoResponse for ErrorPage {
    fn into_response(self) -> Response {
        let tr = Tr::new(self.lang, &self.state.i18n);
        if let WebError::App(AppError::Unauthorized) = self.error.as_ref()
            && let Some(next) = self.next.as_deref().filter(|n| is_local_path(n))
        {
            let query: String = form_urlencoded::Serializer::new(String::new())
                .append_pair("next", next)
                .finish();
            return (
                StatusCode::SEE_OTHER,
                [
                    (
                        header::LOCATION,
                        format!("/{}/konto/anmelden?{query}", self.lang.code()),
                    ),
                    (header::CACHE_CONTROL, "no-store".to_owned()),
                ],
            )
                .into_response();
        }
        let mut retry_after = None;
        let mut details: Vec<String> = Vec::new();
        let (status, title, text) = match self.error.as_ref() {
            WebError::Forbidden => (
                StatusCode::FORBIDDEN,
                tr.t("error-forbidden-title"),
                tr.t("error-forbidden"),
            ),
            WebError::TooMany(refusal) => {
                let (why, wait) = match refusal {
                    Refusal::Client { retry_after } => (
                        tr.ta(
                            "error-too-many-client",
                            &[
                                ("count", FluentValue::from(CLIENT_REPORTS)),
                                ("minutes", FluentValue::from(CLIENT_WINDOW.as_secs() / 60)),
                            ],
                        ),
                        retry_after,
                    ),
                    Refusal::Everyone { retry_after } => {
                        (tr.t("error-too-many-everyone"), retry_after)
                    }
                };
                let secs = wait.as_secs().max(1);
                retry_after = Some(secs);
                let minutes = FluentValue::from(secs.div_ceil(60));
                (
                    StatusCode::TOO_MANY_REQUESTS,
                    tr.t("error-too-many-title"),
                    format!(
                        "{why} {}",
                        tr.ta("error-retry-after", &[("minutes", minutes)])
                    ),
                )
            }
            WebError::TooManyAccountMails(wait) => {
                let secs = wait.as_secs().max(1);
                retry_after = Some(secs);
                (
                    StatusCode::TOO_MANY_REQUESTS,
                    tr.t("error-too-many-requests-title"),
                    format!(
                        "{} {}",
                        tr.t("error-too-many-account-mails"),
                        tr.ta(
                            "error-retry-after",
                            &[("minutes", FluentValue::from(secs.div_ceil(60)))]
                        )
                    ),
                )
            }
            WebError::App(e) => match e {
                AppError::Unauthorized | AppError::BadCredentials => (
                    StatusCode::UNAUTHORIZED,
                    tr.t("error-unauthorized-title"),
                    tr.t("error-unauthorized"),
                ),
                AppError::InvalidToken => (
                    StatusCode::BAD_REQUEST,
                    tr.t("error-invalid-link-title"),
                    tr.t("error-invalid-link"),
                ),
                AppError::EmailNotVerified => (
                    StatusCode::FORBIDDEN,
                    tr.t("error-forbidden-title"),
                    tr.t("login-error-unverified"),
                ),
                AppError::Forbidden { .. } => (
                    StatusCode::FORBIDDEN,
                    tr.t("error-forbidden-title"),
                    tr.t("error-not-allowed"),
                ),
                AppError::Throttled { retry_after_secs } => {
                    let secs = (*retry_after_secs).max(1);
                    retry_after = Some(secs);
                    (
                        StatusCode::TOO_MANY_REQUESTS,
                        tr.t("error-too-many-requests-title"),
                        format!(
                            "{} {}",
                            tr.t("error-too-many-logins"),
                            tr.ta(
                                "error-retry-after",
                                &[("minutes", FluentValue::from(secs.div_ceil(60)))]
                            )
                        ),
                    )
                }
                AppError::Invalid(errors) => {
                    details = errors.iter().map(|e| field_error_text(&tr, e)).collect();
                    (
                        StatusCode::BAD_REQUEST,
                        tr.t("error-bad-request-title"),
                        tr.t("form-error-summary"),
                    )
                }
                AppError::Conflict { code, message } => (
                    StatusCode::CONFLICT,
                    tr.t("error-conflict-title"),
                    tr.try_t(&format!("conflict-{}", code.replace('_', "-")))
                        .unwrap_or_else(|| message.clone()),
                ),
                AppError::NotFound { .. } => (
                    StatusCode::NOT_FOUND,
                    tr.t("error-not-found-title"),
                    tr.t("error-not-found"),
                ),
                AppError::InvalidParameter { parameter, message } => (
                    StatusCode::BAD_REQUEST,
                    tr.t("error-bad-request-title"),
                    tr.ta(
                        "error-bad-parameter",
                        &[
                            ("parameter", FluentValue::from(parameter.as_str())),
                            ("message", FluentValue::from(message.as_str())),
                        ],
                    ),
                ),
                e if e.is_user_error() => (
                    StatusCode::BAD_REQUEST,
                    tr.t("error-bad-request-title"),
                    e.to_string(),
                ),
                e => {
                    tracing::error!(error = %e, "page failed");
                    (
                        StatusCode::INTERNAL_SERVER_ERROR,
                        tr.t("error-internal-title"),
                        tr.t("error-internal"),
                    )
                }
            },
        };
        let demo = self.state.atlas.is_demo().unwrap_or(false);
        let body = html! {
            h1 { (title) }
            p.error-text { (text) }
            @if !details.is_empty() {
                ul { @for d in &details { li { (d) } } }
            }
            p { a href={ "/" (tr.lang.code()) "/" } { (tr.t("error-back-home")) } }
        };
        let markup = page(
            &tr,
            &Page {
                title: &title,
                path: "",
                query: "",
                demo,
                noindex: true,
                json_ld: None,
            },
            body,
        );
        let mut response = (status, markup).into_response();
        if self.next.is_some() {
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
        if let Some(secs) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}
