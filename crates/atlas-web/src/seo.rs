//! `robots.txt` and the sitemaps, with absolute URLs on the configured public URL (else the
//! request's host): `sitemap.xml` is a sitemap
//! index naming numbered sitemaps `sitemaps/{n}.xml` that together list every public offer,
//! provider and network page (and the home page) once, in every language with hreflang
//! alternates.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};

use crate::i18n::Lang;
use crate::{ErrorPage, WebError, WebState};

/// The origin of absolute URLs: the configured public URL, else `http(s)://host` of the
/// request (only host characters are accepted).
pub(crate) fn origin(state: &WebState, headers: &HeaderMap) -> String {
    if let Some(url) = &state.public_url {
        return url.as_str().to_owned();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| valid_host(h))
        .unwrap_or("localhost");
    let scheme = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .filter(|p| *p == "https")
        .unwrap_or("http");
    format!("{scheme}://{host}")
}

fn valid_host(h: &str) -> bool {
    !h.is_empty()
        && h.len() <= 255
        && h.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
}

/// The public origin of the site, e.g. `https://integrationsatlas.example.org`: scheme and host
/// (and port), nothing else. Absolute URLs (sitemaps, robots.txt) use it instead of the
/// request's Host header, which a client chooses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl(String);

impl PublicUrl {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let trimmed = raw.trim().trim_end_matches('/');
        let (scheme, host) = trimmed
            .split_once("://")
            .ok_or_else(|| format!("public URL {raw:?}: expected http://HOST or https://HOST"))?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(format!(
                "public URL {raw:?}: the scheme must be http or https"
            ));
        }
        if !valid_host(host) {
            return Err(format!(
                "public URL {raw:?}: expected only a host (and port) after the scheme, no path"
            ));
        }
        Ok(Self(format!("{scheme}://{}", host.to_ascii_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

pub(crate) async fn robots(State(state): State<WebState>, headers: HeaderMap) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!(
            "User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /*/suche\n\nSitemap: {}/sitemap.xml\n",
            origin(&state, &headers)
        ),
    )
        .into_response()
}

/// Text escaped for XML (maud's HTML escaping: `&`, `<`, `>`, `"`).
fn xml_escape(s: &str) -> String {
    maud::html! { (s) }.into_string()
}

/// Record paths (after `/{lang}/`) per numbered sitemap by default: each path is listed in
/// all seven languages, each with seven hreflang alternates, so a sitemap holds 17,500 URLs
/// and stays far below the protocol's 50,000 URLs and 50 MB (uncompressed) per file even with
/// a 255-character host name.
pub const SITEMAP_CHUNK: usize = 2_500;

/// Every public record page path, in a stable order (the home page `""` comes before them).
async fn all_paths(state: &WebState) -> Result<std::sync::Arc<Vec<String>>, ErrorPage> {
    let atlas = state.atlas.clone();
    let paths = tokio::task::spawn_blocking(move || atlas.public_page_paths())
        .await
        .map_err(|e| {
            WebError::App(atlas_app::AppError::Internal(format!(
                "sitemap worker: {e}"
            )))
            .page(state, Lang::De)
        })?
        .map_err(|e| WebError::App(e).page(state, Lang::De))?;
    Ok(paths)
}

fn xml(body: String) -> Response {
    (
        [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
        body,
    )
        .into_response()
}

/// `/sitemap.xml`: a sitemap index naming `/sitemaps/1.xml` … `/sitemaps/{n}.xml`.
pub(crate) async fn sitemap_index(
    State(state): State<WebState>,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    let base = origin(&state, &headers);
    let chunks = (all_paths(&state).await?.len() + 1).div_ceil(state.sitemap_chunk.max(1));
    let mut xml_body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for n in 1..=chunks {
        xml_body.push_str("<sitemap><loc>");
        xml_body.push_str(&xml_escape(&format!("{base}/sitemaps/{n}.xml")));
        xml_body.push_str("</loc></sitemap>\n");
    }
    xml_body.push_str("</sitemapindex>\n");
    Ok(xml(xml_body))
}

/// `/sitemaps/{n}.xml` (n from 1): the n-th slice of the record pages, every page in every
/// language with its hreflang alternates. An unknown or non-canonical number is a 404.
pub(crate) async fn sitemap_chunk(
    State(state): State<WebState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    let not_found = |state: &WebState| {
        WebError::App(atlas_app::AppError::NotFound {
            entity: "sitemap",
            id: file.chars().take(20).collect(),
        })
        .page(state, Lang::De)
    };
    let n = file
        .strip_suffix(".xml")
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|n| *n >= 1 && file == format!("{n}.xml"))
        .ok_or_else(|| not_found(&state))?;
    let base = origin(&state, &headers);
    let paths = all_paths(&state).await?;
    let size = state.sitemap_chunk.max(1);
    // The list is the home page and then every record page.
    let skip = (n - 1).saturating_mul(size);
    if skip > paths.len() {
        return Err(not_found(&state));
    }
    let chunk = std::iter::once("")
        .chain(paths.iter().map(String::as_str))
        .skip(skip)
        .take(size);
    let mut xml_body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for path in chunk {
        for lang in Lang::ALL {
            xml_body.push_str("<url><loc>");
            xml_body.push_str(&xml_escape(&format!("{base}/{}/{path}", lang.code())));
            xml_body.push_str("</loc>");
            for alt in Lang::ALL {
                xml_body.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    alt.code(),
                    xml_escape(&format!("{base}/{}/{path}", alt.code()))
                ));
            }
            xml_body.push_str("</url>\n");
        }
    }
    xml_body.push_str("</urlset>\n");
    Ok(xml(xml_body))
}
