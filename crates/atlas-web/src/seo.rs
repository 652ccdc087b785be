//! `robots.txt` and `sitemap.xml` (every public offer, provider and network page in every
//! language, with hreflang alternates), built from the request's host.

use axum::extract::State;
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

pub(crate) async fn sitemap(
    State(state): State<WebState>,
    headers: HeaderMap,
) -> Result<Response, ErrorPage> {
    let base = origin(&headers);
    let atlas = state.atlas.clone();
    let paths = tokio::task::spawn_blocking(move || atlas.public_page_paths())
        .await
        .map_err(|e| {
            WebError::App(atlas_app::AppError::Internal(format!(
                "sitemap worker: {e}"
            )))
            .page(&state, Lang::De)
        })?
        .map_err(|e| WebError::App(e).page(&state, Lang::De))?;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut all = vec![String::new()];
    all.extend(paths);
    for path in &all {
        for lang in Lang::ALL {
            xml.push_str("<url><loc>");
            xml.push_str(&xml_escape(&format!("{base}/{}/{path}", lang.code())));
            xml.push_str("</loc>");
            for alt in Lang::ALL {
                xml.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    alt.code(),
                    xml_escape(&format!("{base}/{}/{path}", alt.code()))
                ));
            }
            xml.push_str("</url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    Ok((
        [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
        xml,
    )
        .into_response())
}
