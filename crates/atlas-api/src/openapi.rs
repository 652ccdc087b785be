//! The OpenAPI 3.1 document of the API, generated from the handlers and response types
//! (utoipa), served at `/api/openapi.json`, and a plain documentation page at `/api/docs`
//! rendered from it on the server (no scripts, nothing from other hosts).

use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

/// An error answer: a stable code and a message for people.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable code: `invalid_parameter`, `not_found`, `no_route`, `conflict`, `internal`.
    code: String,
    message: String,
}

#[derive(Debug, OpenApi)]
#[openapi(
    info(
        title = "Integrationsatlas API",
        description = "Search and read the integration offers, providers (Träger) and networks of the atlas. Read-only, public, CORS open for GET. Every answer carries `demo` (true while the atlas runs on demo data).",
        license(name = "EUPL-1.2")
    ),
    paths(
        crate::search::search,
        crate::search::suggest,
        crate::stats,
        crate::offer,
        crate::provider,
        crate::network,
        crate::healthz,
    ),
    components(schemas(ErrorBody, ErrorDetail)),
    tags(
        (name = "search", description = "Full-text search with filters and facets"),
        (name = "records", description = "Single offers, providers and networks"),
        (name = "service", description = "Health and statistics"),
    )
)]
pub struct ApiDoc;

pub(crate) async fn openapi_json() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        ApiDoc::openapi().to_pretty_json().unwrap_or_default(),
    )
        .into_response()
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub(crate) async fn docs_page() -> Html<String> {
    let doc = ApiDoc::openapi();
    let mut body = String::new();
    body.push_str(&format!(
        "<h1>{}</h1><p>{}</p><p>Machine-readable: <a href=\"/api/openapi.json\">/api/openapi.json</a> (OpenAPI {}).</p>",
        esc(&doc.info.title),
        esc(doc.info.description.as_deref().unwrap_or("")),
        esc(&serde_json::to_value(&doc.openapi).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()),
    ));
    for (path, item) in &doc.paths.paths {
        let Some(op) = &item.get else { continue };
        body.push_str(&format!("<section><h2><code>GET {}</code></h2>", esc(path)));
        if let Some(summary) = &op.summary {
            body.push_str(&format!("<p><strong>{}</strong></p>", esc(summary)));
        }
        if let Some(d) = &op.description {
            body.push_str(&format!("<p>{}</p>", esc(d)));
        }
        if let Some(params) = &op.parameters {
            body.push_str("<table><thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">Description</th></tr></thead><tbody>");
            for p in params {
                body.push_str(&format!(
                    "<tr><td><code>{}</code></td><td>{}</td></tr>",
                    esc(&p.name),
                    esc(p.description.as_deref().unwrap_or(""))
                ));
            }
            body.push_str("</tbody></table>");
        }
        body.push_str("<ul>");
        for (status, resp) in &op.responses.responses {
            let text = match resp {
                utoipa::openapi::RefOr::T(r) => r.description.clone(),
                utoipa::openapi::RefOr::Ref(r) => r.ref_location.clone(),
            };
            body.push_str(&format!(
                "<li><code>{}</code> {}</li>",
                esc(status),
                esc(&text)
            ));
        }
        body.push_str("</ul></section>");
    }
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Integrationsatlas API</title><style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}}code{{background:#f2f2f2;padding:0 .2em}}table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:.3em .5em;text-align:left}}</style></head><body><main>{body}</main></body></html>"
    ))
}
