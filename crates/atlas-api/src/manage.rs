//! The management API under `/api/v1/manage/` for integrations: the same operations as the
//! portal (drafts, submission, review, claims, confirmation, history, freshness, outbox), under
//! the same rules, which the facade decides. Every request carries a per-account API token as
//! `Authorization: Bearer …` (created in the portal or with `atlas token create`). Bearer tokens
//! are never sent by a browser on its own, so these routes need no CSRF token, and no CORS
//! preflight lets another site call them.

use atlas_app::{Actor, AppError, Atlas, FieldError, RecordKind};
use atlas_model::{Ags, Id, Location, Organization, Service};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::json;

use crate::{ApiError, ApiState, parse_id};

/// Largest accepted request body.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

pub(crate) fn routes() -> Router<ApiState> {
    Router::new()
        .route("/api/v1/manage/me", get(me))
        .route("/api/v1/manage/workspace", get(workspace))
        .route("/api/v1/manage/organizations", post(create_organization))
        .route("/api/v1/manage/organizations/{id}/claim", post(claim))
        .route("/api/v1/manage/offers/{id}/confirm", post(confirm))
        .route(
            "/api/v1/manage/networks/{id}/membership",
            post(network_membership),
        )
        .route("/api/v1/manage/drafts/{id}", get(draft).delete(discard))
        .route("/api/v1/manage/drafts/{id}/submit", post(submit))
        .route("/api/v1/manage/review", get(queue))
        .route("/api/v1/manage/review/{id}", get(review))
        .route("/api/v1/manage/review/{id}/approve", post(approve))
        .route("/api/v1/manage/review/{id}/reject", post(reject))
        .route("/api/v1/manage/claims/{account}/{org}", post(decide_claim))
        .route("/api/v1/manage/reports/{id}/close", post(close_report))
        .route(
            "/api/v1/manage/reports/{id}/withdraw",
            post(withdraw_reported),
        )
        .route("/api/v1/manage/outbox/{id}/retry", post(retry_mail))
        .route("/api/v1/manage/history/{kind}/{id}", get(history))
        .route("/api/v1/manage/stale", get(stale))
        .route("/api/v1/manage/outbox", get(outbox))
        .route("/api/v1/manage/{kind}/{id}", get(record).put(save))
}

/// The bearer token of a request.
fn bearer(headers: &HeaderMap) -> Result<String, ApiError> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_owned())
        .ok_or(ApiError::App(AppError::Unauthorized))
}

/// Runs `f` on a blocking thread as the token's account.
async fn as_actor<T: Send + 'static>(
    state: &ApiState,
    headers: &HeaderMap,
    f: impl FnOnce(&Atlas, &Actor) -> Result<T, AppError> + Send + 'static,
) -> Result<T, ApiError> {
    let token = bearer(headers)?;
    crate::blocking(state, move |atlas| {
        let actor = atlas.api_actor(&token)?;
        f(atlas, &actor)
    })
    .await
}

fn ok<T: serde::Serialize>(body: &T) -> Response {
    ([(header::CACHE_CONTROL, "no-store")], Json(body)).into_response()
}

/// Runs `f` as the token's account with the request's JSON body: the token is checked first
/// (401 before any word about the body), then the body is parsed, on the same blocking thread.
async fn as_actor_with<B: DeserializeOwned + Send + 'static, T: Send + 'static>(
    state: &ApiState,
    headers: &HeaderMap,
    bytes: Bytes,
    f: impl FnOnce(&Atlas, &Actor, B) -> Result<T, AppError> + Send + 'static,
) -> Result<T, ApiError> {
    as_actor(state, headers, move |atlas, actor| {
        f(atlas, actor, body(&bytes)?)
    })
    .await
}

/// Parses a JSON body, naming the path of the first problem.
fn body<T: DeserializeOwned>(bytes: &Bytes) -> Result<T, AppError> {
    if bytes.len() > MAX_BODY_BYTES {
        return Err(AppError::InvalidParameter {
            parameter: "body".into(),
            message: format!("larger than {MAX_BODY_BYTES} bytes"),
        });
    }
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        AppError::Invalid(vec![FieldError::new(
            if path == "." { "body".to_owned() } else { path },
            "invalid_json",
            e.inner().to_string(),
        )])
    })
}

fn kind_of(raw: &str) -> Result<RecordKind, ApiError> {
    match raw {
        "organizations" => Ok(RecordKind::Organization),
        "locations" => Ok(RecordKind::Location),
        "offers" => Ok(RecordKind::Service),
        "networks" => Ok(RecordKind::Network),
        other => Err(ApiError::App(AppError::NotFound {
            entity: "record kind",
            id: other.chars().take(40).collect(),
        })),
    }
}

async fn me(State(state): State<ApiState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let actor = as_actor(&state, &headers, |_, actor| Ok(actor.clone())).await?;
    Ok(ok(&json!({
        "id": actor.id,
        "email": actor.email,
        "display_name": actor.display_name,
        "role": actor.role.code(),
        "organizations": actor.organizations,
        "regions": actor.regions,
    })))
}

async fn workspace(
    State(state): State<ApiState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    Ok(ok(&as_actor(&state, &headers, |a, actor| {
        a.workspace(actor)
    })
    .await?))
}

/// A record to edit: the open draft if there is one, else the stored record.
async fn record(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path((kind, id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let kind = kind_of(&kind)?;
    let id = parse_id(&id)?;
    let (record, draft) = as_actor(&state, &headers, move |a, actor| {
        a.record_for_edit(actor, kind, id)
    })
    .await?;
    Ok(ok(&json!({ "record": record, "draft": draft })))
}

#[derive(Debug, Deserialize)]
struct SaveQuery {
    #[serde(default)]
    submit: bool,
}

/// Saves a new version of a record as its draft (`?submit=true`: into review at once).
async fn save(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path((kind, id)): Path<(String, String)>,
    Query(q): Query<SaveQuery>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    let kind = kind_of(&kind)?;
    let id = parse_id(&id)?;
    let mismatch = move |body_id: Id| {
        if body_id == id {
            Ok(())
        } else {
            Err(AppError::Invalid(vec![FieldError::new(
                "id",
                "id_mismatch",
                "the record's id differs from the one in the path",
            )]))
        }
    };
    let submit = q.submit;
    let draft = match kind {
        RecordKind::Service => {
            as_actor_with(&state, &headers, bytes, move |a, actor, s: Service| {
                mismatch(s.id)?;
                a.save_offer(actor, &s, submit)
            })
            .await?
        }
        RecordKind::Location => {
            as_actor_with(&state, &headers, bytes, move |a, actor, l: Location| {
                mismatch(l.id)?;
                a.save_location(actor, &l, submit)
            })
            .await?
        }
        RecordKind::Organization => {
            as_actor_with(&state, &headers, bytes, move |a, actor, o: Organization| {
                mismatch(o.id)?;
                a.save_organization(actor, &o, submit)
            })
            .await?
        }
        RecordKind::Network => {
            return Err(ApiError::App(AppError::Forbidden {
                what: "edit a network directly; ask to join or leave it with POST …/membership",
            }));
        }
    };
    Ok(ok(
        &json!({ "draft": draft, "status": if submit { "in_review" } else { "draft" } }),
    ))
}

#[derive(Debug, Deserialize)]
struct NewOrganization {
    organization: Organization,
    /// The AGS of the organisation's home Gemeinde or Kreis (whose moderators review it).
    home_region: String,
}

async fn create_organization(
    State(state): State<ApiState>,
    headers: HeaderMap,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    let id = as_actor_with(&state, &headers, bytes, |a, actor, new: NewOrganization| {
        let home = Ags::parse(&new.home_region).map_err(|e| {
            AppError::Invalid(vec![FieldError::new(
                "home_region",
                "unknown_region",
                e.to_string(),
            )])
        })?;
        a.create_organization(actor, new.organization, &home)
    })
    .await?;
    Ok((
        StatusCode::CREATED,
        ok(&json!({ "id": id, "status": "in_review" })),
    )
        .into_response())
}

#[derive(Debug, Deserialize)]
struct Note {
    note: String,
}

async fn claim(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    as_actor_with(&state, &headers, bytes, move |a, actor, n: Note| {
        a.claim_organization(actor, id, &n.note)
    })
    .await?;
    Ok(ok(&json!({ "status": "pending" })))
}

async fn confirm(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    as_actor(&state, &headers, move |a, actor| {
        a.confirm_current(actor, id)
    })
    .await?;
    Ok(ok(&json!({ "status": "confirmed" })))
}

#[derive(Debug, Deserialize)]
struct Membership {
    organization_id: Id,
    join: bool,
}

async fn network_membership(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    let draft = as_actor_with(&state, &headers, bytes, move |a, actor, m: Membership| {
        a.set_network_membership(actor, id, m.organization_id, m.join)
    })
    .await?;
    Ok(ok(&json!({ "draft": draft, "status": "in_review" })))
}

async fn draft(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    Ok(ok(&as_actor(&state, &headers, move |a, actor| {
        a.draft(actor, id)
    })
    .await?))
}

async fn discard(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    as_actor(&state, &headers, move |a, actor| a.discard_draft(actor, id)).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn submit(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    as_actor(&state, &headers, move |a, actor| a.submit_draft(actor, id)).await?;
    Ok(ok(&json!({ "status": "in_review" })))
}

async fn queue(State(state): State<ApiState>, headers: HeaderMap) -> Result<Response, ApiError> {
    Ok(ok(&as_actor(&state, &headers, |a, actor| {
        a.review_queue(actor)
    })
    .await?))
}

async fn review(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    Ok(ok(&as_actor(&state, &headers, move |a, actor| {
        a.review(actor, id)
    })
    .await?))
}

/// The version of a change a moderator decides: its `updated_at` from the review.
#[derive(Debug, Deserialize)]
struct Seen {
    version: String,
}

async fn approve(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    as_actor_with(&state, &headers, bytes, move |a, actor, seen: Seen| {
        a.approve(actor, id, &seen.version)
    })
    .await?;
    Ok(ok(&json!({ "status": "approved" })))
}

#[derive(Debug, Deserialize)]
struct Reason {
    reason: String,
    version: String,
}

async fn reject(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    as_actor_with(&state, &headers, bytes, move |a, actor, r: Reason| {
        a.reject(actor, id, &r.version, &r.reason)
    })
    .await?;
    Ok(ok(&json!({ "status": "rejected" })))
}

#[derive(Debug, Deserialize)]
struct Decision {
    approve: bool,
    #[serde(default)]
    reason: String,
}

async fn decide_claim(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path((account, org)): Path<(String, String)>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    let account = parse_id(&account)?;
    let org = parse_id(&org)?;
    let approved = as_actor_with(&state, &headers, bytes, move |a, actor, d: Decision| {
        a.decide_claim(actor, account, org, d.approve, &d.reason)?;
        Ok(d.approve)
    })
    .await?;
    Ok(ok(
        &json!({ "status": if approved { "active" } else { "rejected" } }),
    ))
}

async fn close_report(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    as_actor(&state, &headers, move |a, actor| a.close_report(actor, id)).await?;
    Ok(ok(&json!({ "status": "done" })))
}

#[derive(Debug, Deserialize)]
struct WithdrawReason {
    reason: String,
}

async fn withdraw_reported(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    as_actor_with(
        &state,
        &headers,
        bytes,
        move |a, actor, r: WithdrawReason| a.withdraw_reported(actor, id, &r.reason),
    )
    .await?;
    Ok(ok(&json!({ "status": "withdrawn" })))
}

async fn retry_mail(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    as_actor(&state, &headers, move |a, actor| a.retry_mail(actor, id)).await?;
    Ok(ok(&json!({ "status": "queued" })))
}

async fn history(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path((kind, id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let kind = kind_of(&kind)?;
    let id = parse_id(&id)?;
    let entries = as_actor(&state, &headers, move |a, actor| a.history(actor, kind, id)).await?;
    Ok(ok(&json!({ "entries": entries })))
}

async fn stale(State(state): State<ApiState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let offers = as_actor(&state, &headers, |a, actor| a.stale_offers(actor)).await?;
    Ok(ok(&json!({ "offers": offers })))
}

async fn outbox(State(state): State<ApiState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let mails = as_actor(&state, &headers, |a, actor| a.outbox(actor, 500)).await?;
    let mails: Vec<_> = mails
        .into_iter()
        .map(|m| {
            json!({"id": m.id, "recipient": m.recipient, "subject": m.subject, "body": m.body,
                   "created_at": m.created_at, "sent_at": m.sent_at, "attempts": m.attempts,
                   "last_error": m.last_error})
        })
        .collect();
    Ok(ok(&json!({ "mails": mails })))
}
