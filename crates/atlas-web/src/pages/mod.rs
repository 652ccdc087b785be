//! The page handlers, one module per page type, and what they share: redirects, the 404
//! fallback, labels of codes, and links that keep the search state.

pub mod home;
pub mod network;
pub mod offer;
pub mod provider;
pub mod region;
pub mod search;

use atlas_app::AppError;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};

use crate::i18n::{Lang, Tr};
use crate::{ErrorPage, WebError, WebState, lang_of};

/// `/` → `/{lang}/` by `Accept-Language`.
pub(crate) async fn root(headers: HeaderMap) -> Response {
    let lang = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Lang::De, Lang::negotiate);
    (
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, format!("/{}/", lang.code())),
            (header::VARY, "Accept-Language".to_owned()),
        ],
    )
        .into_response()
}

/// `/{lang}` → `/{lang}/`.
pub(crate) async fn lang_root(
    State(state): State<WebState>,
    Path(lang): Path<String>,
) -> Result<Response, ErrorPage> {
    let lang = lang_of(&state, &lang)?;
    Ok(Redirect::permanent(&format!("/{}/", lang.code())).into_response())
}

/// Any other path: a 404 page, in the language of the first path segment if it names one.
pub(crate) async fn not_found(State(state): State<WebState>, uri: Uri) -> ErrorPage {
    let first = uri
        .path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("");
    let lang = Lang::parse(first).unwrap_or(Lang::De);
    WebError::App(AppError::NotFound {
        entity: "page",
        id: String::new(),
    })
    .page(&state, lang)
}

/// An id from the path; a malformed one is a 400 naming `id`.
pub(crate) fn parse_id(raw: &str) -> Result<atlas_model::Id, WebError> {
    atlas_model::Id::parse(raw).map_err(|e| {
        WebError::App(AppError::InvalidParameter {
            parameter: "id".into(),
            message: e.to_string(),
        })
    })
}

/// A page's HTML with the caching every page gets.
pub(crate) fn html_response(markup: Markup) -> Response {
    ([(header::CACHE_CONTROL, "no-cache")], markup).into_response()
}

/// The frame of a record page (offer, provider, network, region): indexable, no search
/// state, with its schema.org description.
pub(crate) fn record_page(
    ctx: &crate::Ctx<'_>,
    title: &str,
    path: &str,
    ld: &serde_json::Value,
    body: Markup,
) -> Response {
    html_response(crate::layout::page(
        &ctx.tr,
        &crate::layout::Page {
            title,
            path,
            query: "",
            demo: ctx.demo,
            noindex: false,
            json_ld: Some(crate::layout::json_ld(ld)),
        },
        body,
    ))
}

pub(crate) fn offer_url(lang: Lang, id: &impl std::fmt::Display) -> String {
    format!("/{}/angebote/{id}", lang.code())
}

pub(crate) fn provider_url(lang: Lang, id: &impl std::fmt::Display) -> String {
    format!("/{}/traeger/{id}", lang.code())
}

pub(crate) fn network_url(lang: Lang, id: &impl std::fmt::Display) -> String {
    format!("/{}/netzwerke/{id}", lang.code())
}

pub(crate) fn region_url(lang: Lang, ags: &str) -> String {
    format!("/{}/regionen/{ags}", lang.code())
}

/// The `lang` and `dir` attributes of German text on a page in `lang`: none on German pages,
/// `lang="de"` on the others, and `dir="ltr"` too on right-to-left pages (Arabic, Farsi), so
/// that screen readers pronounce it as German and the bidi algorithm keeps its order without
/// depending on the style sheet.
pub(crate) fn german_attrs(lang: Lang) -> (Option<&'static str>, Option<&'static str>) {
    (
        (lang != Lang::De).then_some("de"),
        (lang.dir() == "rtl").then_some("ltr"),
    )
}

/// A record's name (or text) in the reader's language when it has a translation, else the
/// German one marked `lang="de"` (and `dir="ltr"` on rtl pages) with a short note.
pub(crate) fn translated(tr: &Tr<'_>, german: &str, translation: Option<&str>) -> Markup {
    match translation {
        Some(t) if tr.lang != Lang::De && !t.trim().is_empty() => html! { (t) },
        _ if tr.lang == Lang::De => html! { (german) },
        _ => html! { span lang="de" dir=[german_attrs(tr.lang).1] { (german) } },
    }
}

/// The "only in German" note for content without a translation (nothing in German pages).
pub(crate) fn untranslated_note(tr: &Tr<'_>, has_translation: bool) -> Markup {
    html! {
        @if tr.lang != Lang::De && !has_translation {
            p.note { (tr.t("untranslated-note")) }
        }
    }
}

/// A date as the reader's language writes it (numeric, unambiguous).
pub(crate) fn date(tr: &Tr<'_>, d: chrono::NaiveDate) -> String {
    match tr.lang {
        Lang::En => d.format("%-d %B %Y").to_string(),
        Lang::De | Lang::Ru | Lang::Uk | Lang::Tr => d.format("%d.%m.%Y").to_string(),
        Lang::Ar | Lang::Fa => d.format("%Y-%m-%d").to_string(),
    }
}
