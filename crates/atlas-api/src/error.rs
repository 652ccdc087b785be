//! The one place where errors become HTTP responses: user errors get a 4xx with a stable code
//! and a message; internal errors are logged once here and answered with a bare 500.

use atlas_app::{AppError, ErrorClass};
use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

#[derive(Debug)]
pub enum ApiError {
    App(AppError),
    /// No such route under `/api/`.
    NoRoute(String),
    /// The search queue is full: try again in a moment (503 with `Retry-After`).
    Busy,
}

/// Seconds a client is asked to wait when the search queue is full.
const BUSY_RETRY_SECS: u64 = 1;

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        Self::App(e)
    }
}

impl ApiError {
    /// Back to a facade error (for code that runs inside a blocking facade call).
    pub fn into_app(self) -> AppError {
        match self {
            Self::App(e) => e,
            Self::NoRoute(path) => AppError::NotFound {
                entity: "route",
                id: path,
            },
            Self::Busy => AppError::Throttled {
                retry_after_secs: BUSY_RETRY_SECS,
            },
        }
    }

    fn parts(&self) -> (StatusCode, &'static str, String) {
        match self {
            Self::NoRoute(path) => (
                StatusCode::NOT_FOUND,
                "no_route",
                format!("no API route {path}"),
            ),
            Self::Busy => (
                StatusCode::SERVICE_UNAVAILABLE,
                "busy",
                "too many searches at once; try again in a second".to_owned(),
            ),
            Self::App(e) => {
                let status = match e.class() {
                    ErrorClass::NotFound => StatusCode::NOT_FOUND,
                    ErrorClass::BadRequest => StatusCode::BAD_REQUEST,
                    ErrorClass::Unauthorized => StatusCode::UNAUTHORIZED,
                    ErrorClass::Forbidden => StatusCode::FORBIDDEN,
                    ErrorClass::Conflict => StatusCode::CONFLICT,
                    ErrorClass::TooMany => StatusCode::TOO_MANY_REQUESTS,
                    ErrorClass::Internal => StatusCode::INTERNAL_SERVER_ERROR,
                };
                if e.is_user_error() {
                    (status, e.code(), e.to_string())
                } else {
                    (
                        status,
                        "internal",
                        "internal error; it has been logged".to_owned(),
                    )
                }
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, message) = self.parts();
        if status.is_server_error()
            && let Self::App(e) = &self
        {
            tracing::error!(error = %e, "request failed");
        }
        let mut error = json!({ "code": code, "message": message });
        if let Self::App(AppError::Invalid(fields)) = &self {
            error["fields"] = json!(fields);
        }
        let mut response = (status, Json(json!({ "error": error }))).into_response();
        let h = response.headers_mut();
        match &self {
            Self::App(AppError::Throttled { retry_after_secs }) => {
                h.insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
            }
            Self::Busy => {
                h.insert(header::RETRY_AFTER, HeaderValue::from(BUSY_RETRY_SECS));
            }
            Self::App(AppError::Unauthorized) => {
                h.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            _ => {}
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_full_search_queue_is_a_503_with_retry_after() {
        let response = ApiError::Busy.into_response();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(response.headers()[header::RETRY_AFTER], "1");
        let body = axum::body::to_bytes(response.into_body(), 1 << 16)
            .await
            .unwrap();
        let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body["error"]["code"], "busy");
    }
}
