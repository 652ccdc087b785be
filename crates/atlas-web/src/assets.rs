//! Static assets from `web/`, compiled in: served with their content type and cached for a day.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// Name, content type and bytes of every asset.
const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "style.css",
        "text/css; charset=utf-8",
        include_bytes!("../../../web/style.css"),
    ),
    (
        "print.css",
        "text/css; charset=utf-8",
        include_bytes!("../../../web/print.css"),
    ),
    (
        "enhance.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../../web/enhance.js"),
    ),
    (
        "icon.svg",
        "image/svg+xml",
        include_bytes!("../../../web/icon.svg"),
    ),
];

fn serve(name: &str) -> Response {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, content_type, bytes)) => (
            [
                (header::CONTENT_TYPE, *content_type),
                (header::CACHE_CONTROL, "public, max-age=86400"),
            ],
            *bytes,
        )
            .into_response(),
        None => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "no such file",
        )
            .into_response(),
    }
}

pub(crate) async fn asset(Path(file): Path<String>) -> Response {
    serve(&file)
}

pub(crate) async fn favicon() -> Response {
    serve("icon.svg")
}
