//! The JSON API under `/api/v1/` and `/healthz`. Handlers parse parameters, call the
//! application facade on a blocking thread (SQLite is synchronous), and turn results into JSON.
//! Every answer carries `"demo"` so that a client can tell demo data from real data.
//!
//! Architecture invariant: this crate knows no SQL and no tantivy; it speaks only to
//! `atlas-app`. `ApiError::into_response` is the one place where errors become HTTP statuses.

mod error;
mod manage;
mod openapi;
mod search;
mod workers;

use std::sync::Arc;

use atlas_app::{AppError, Atlas};
use atlas_model::Id;
use axum::extract::{Path, State};
use axum::http::{Method, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use serde_json::{Value, json};
use tower_http::cors::{Any, CorsLayer};

pub use error::ApiError;
pub use openapi::ApiDoc;
pub use search::{MAX_QUERY_CHARS, ParsedSearch, SEARCH_PARAMETERS, page_url, parse_search};
pub use workers::Workers;

/// Shared state of the API.
#[derive(Debug, Clone)]
pub struct ApiState {
    pub atlas: Arc<Atlas>,
    /// The threads slow searches and suggestions run on (`None`: they could not be started,
    /// and such searches run on tokio's blocking pool).
    searches: Option<Workers>,
    /// How long searches take: quick ones run in place (see `workers`).
    timing: Arc<workers::Timing>,
}

/// The API routes. Mount the result into the application router.
pub fn router(atlas: Arc<Atlas>) -> Router {
    let cors = CorsLayer::new()
        .allow_methods([Method::GET, Method::HEAD])
        .allow_origin(Any);
    Router::new()
        .route("/healthz", get(healthz))
        .route("/api/v1/stats", get(stats))
        .route("/api/v1/search", get(search::search))
        .route("/api/v1/suggest", get(search::suggest))
        .route("/api/v1/offers/{id}", get(offer))
        .route("/api/v1/providers/{id}", get(provider))
        .route("/api/v1/networks/{id}", get(network))
        .route("/api/openapi.json", get(openapi::openapi_json))
        .route("/api/docs", get(openapi::docs_page))
        .merge(manage::routes())
        .route("/api/{*rest}", get(unknown_route))
        .layer(cors)
        .with_state(ApiState {
            atlas,
            searches: search_workers(),
            timing: Arc::default(),
        })
}

fn search_workers() -> Option<Workers> {
    Workers::per_core("search")
        .inspect_err(
            |e| tracing::warn!(error = %e, "no search threads; searching on the blocking pool"),
        )
        .ok()
}

/// Runs a blocking facade call off the async runtime.
async fn blocking<T: Send + 'static>(
    state: &ApiState,
    f: impl FnOnce(&Atlas) -> Result<T, AppError> + Send + 'static,
) -> Result<T, ApiError> {
    let atlas = state.atlas.clone();
    tokio::task::spawn_blocking(move || f(&atlas))
        .await
        .map_err(|e| ApiError::from(AppError::Internal(format!("worker failed: {e}"))))?
        .map_err(ApiError::from)
}

/// Runs a search (CPU work on the index): in place while searches are quick, otherwise on
/// the search threads (see `workers`).
async fn searching<T: Send + 'static>(
    state: &ApiState,
    f: impl FnOnce(&Atlas) -> Result<T, AppError> + Send + 'static,
) -> Result<T, ApiError> {
    let lost = || ApiError::from(AppError::Internal("search worker failed".into()));
    let timed = {
        let (atlas, timing) = (state.atlas.clone(), state.timing.clone());
        move || {
            let start = std::time::Instant::now();
            let out = f(&atlas);
            timing.record(start.elapsed());
            out
        }
    };
    if state.timing.quick() {
        return workers::run_here(timed)
            .ok_or_else(lost)?
            .map_err(ApiError::from);
    }
    let Some(workers) = &state.searches else {
        return blocking(state, move |_| timed()).await;
    };
    match workers.run(timed).await {
        Ok(result) => result.map_err(ApiError::from),
        Err(workers::Refused::Busy) => Err(ApiError::Busy),
        Err(workers::Refused::Lost) => Err(lost()),
    }
}

/// A JSON object answer with `"demo"` added.
fn answer<T: Serialize>(demo: bool, body: &T) -> Response {
    /// The body's fields, then `"demo"`: written straight into the answer's bytes.
    #[derive(Serialize)]
    struct WithDemo<'a, T> {
        #[serde(flatten)]
        body: &'a T,
        demo: bool,
    }
    if let Ok(bytes) = serde_json::to_vec(&WithDemo { body, demo }) {
        return (
            [
                (header::CACHE_CONTROL, "no-cache"),
                (header::CONTENT_TYPE, "application/json"),
            ],
            bytes,
        )
            .into_response();
    }
    // Not an object (flattening needs one): as it is.
    let mut value = serde_json::to_value(body).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut value {
        map.insert("demo".into(), Value::Bool(demo));
    }
    ([(header::CACHE_CONTROL, "no-cache")], Json(value)).into_response()
}

fn parse_id(raw: &str) -> Result<Id, ApiError> {
    Id::parse(raw).map_err(|e| {
        ApiError::from(AppError::InvalidParameter {
            parameter: "id".into(),
            message: e.to_string(),
        })
    })
}

/// Liveness: the store answers; `last_change` is the newest change-log sequence.
#[utoipa::path(get, path = "/healthz", responses((status = 200, description = "The service is up")), tag = "service")]
async fn healthz(State(state): State<ApiState>) -> Result<Response, ApiError> {
    let (demo, seq) = blocking(&state, |a| Ok((a.is_demo()?, a.last_change()?))).await?;
    Ok(answer(demo, &json!({ "status": "ok", "last_change": seq })))
}

/// How many offers, providers and networks the public can see.
#[utoipa::path(get, path = "/api/v1/stats", responses((status = 200, description = "`{offers, providers, networks, demo}`")), tag = "service")]
async fn stats(State(state): State<ApiState>) -> Result<Response, ApiError> {
    let (demo, stats) = blocking(&state, |a| Ok((a.is_demo()?, a.stats()?))).await?;
    Ok(answer(demo, &stats))
}

/// One record by id: 400 for a malformed id, 404 for none the public can see.
async fn detail<T: Serialize + Send + 'static>(
    state: &ApiState,
    raw_id: &str,
    view: fn(&Atlas, Id) -> Result<T, AppError>,
) -> Result<Response, ApiError> {
    let id = parse_id(raw_id)?;
    let (demo, body) = blocking(state, move |a| Ok((a.is_demo()?, view(a, id)?))).await?;
    Ok(answer(demo, &body))
}

/// An offer with its provider, places (with Gemeinde and Kreis), opening hours, languages, costs, contacts, networks, validity and last check; `current` is false for an offer that has ended.
#[utoipa::path(
    get,
    path = "/api/v1/offers/{id}",
    params(("id" = String, Path, description = "The record's id (UUID)")),
    responses(
        (status = 200, description = "The record"),
        (status = 400, description = "The id is not a UUID", body = openapi::ErrorBody),
        (status = 404, description = "No public record with this id", body = openapi::ErrorBody),
    ),
    tag = "records"
)]
async fn offer(
    State(state): State<ApiState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    detail(&state, &id, Atlas::offer).await
}

/// A provider with its current offers and its networks.
#[utoipa::path(
    get,
    path = "/api/v1/providers/{id}",
    params(("id" = String, Path, description = "The record's id (UUID)")),
    responses(
        (status = 200, description = "The record"),
        (status = 400, description = "The id is not a UUID", body = openapi::ErrorBody),
        (status = 404, description = "No public record with this id", body = openapi::ErrorBody),
    ),
    tag = "records"
)]
async fn provider(
    State(state): State<ApiState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    detail(&state, &id, Atlas::provider).await
}

/// A network with its goals, coordinator, members, meeting rhythm, region and fields of action.
#[utoipa::path(
    get,
    path = "/api/v1/networks/{id}",
    params(("id" = String, Path, description = "The record's id (UUID)")),
    responses(
        (status = 200, description = "The record"),
        (status = 400, description = "The id is not a UUID", body = openapi::ErrorBody),
        (status = 404, description = "No public record with this id", body = openapi::ErrorBody),
    ),
    tag = "records"
)]
async fn network(
    State(state): State<ApiState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    detail(&state, &id, Atlas::network).await
}

async fn unknown_route(Path(rest): Path<String>) -> ApiError {
    ApiError::NoRoute(format!("/api/{rest}"))
}
