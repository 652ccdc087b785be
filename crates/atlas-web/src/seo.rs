//! `robots.txt` and the sitemaps, built from the request's host: `sitemap.xml` is a sitemap
//! index naming numbered sitemaps `sitemaps/{n}.xml` that together list every public offer,
//! provider and network page (and the home page) once, in every language with hreflang
//! alternates.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};

use crate::i18n::Lang;
use crate::{ErrorPage, WebError, WebState};

/// `http(s)://host` of the request; only host characters are accepted.
fn origin(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.len() <= 255
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
        })
        .unwrap_or("localhost");
    let scheme = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .filter(|p| *p == "https")
        .unwrap_or("http");
    format!("{scheme}://{host}")
}

pub(crate) async fn robots(headers: HeaderMap) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!(
            "User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /*/suche\n\nSitemap: {}/sitemap.xml\n",
            origin(&headers)
        ),
    )
        .into_response()
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Record paths (after `/{lang}/`) per numbered sitemap by default: each path is listed in
/// all seven languages, each with seven hreflang alternates, so a sitemap holds 17,500 URLs
/// and stays far below the protocol's 50,000 URLs and 50 MB (uncompressed) per file even with
/// a 255-character host name.
pub const SITEMAP_CHUNK: usize = 2_500;

/// Every public page path, the home page first (`""`), in a stable order.
async fn all_paths(state: &WebState) -> Result<Vec<String>, ErrorPage> {
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
    let mut all = Vec::with_capacity(paths.len() + 1);
    all.push(String::new());
    all.extend(paths);
    Ok(all)
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
    let base = origin(&headers);
    let chunks = all_paths(&state)
        .await?
        .len()
        .div_ceil(state.sitemap_chunk.max(1));
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
    let base = origin(&headers);
    let all = all_paths(&state).await?;
    let chunk = all
        .chunks(state.sitemap_chunk.max(1))
        .nth(n - 1)
        .ok_or_else(|| not_found(&state))?;
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
