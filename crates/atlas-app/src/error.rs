//! Errors of the application, split into the user's mistakes (each with a stable code, shown
//! to the user) and internal failures (logged once, shown without details).

use atlas_hsds::HsdsError;
use atlas_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// An import file is not valid; the message names file, record, field and reason.
    #[error(transparent)]
    Import(#[from] HsdsError),
    #[error("{entity} {id} not found")]
    NotFound { entity: &'static str, id: String },
    /// A parameter is malformed; `parameter` names it.
    #[error("{parameter}: {message}")]
    InvalidParameter { parameter: String, message: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Geo(#[from] atlas_geo::GeoError),
    #[error("{0}")]
    Internal(String),
}

impl AppError {
    /// A stable, machine-readable code for the API.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Import(_) => "invalid_import",
            Self::NotFound { .. } => "not_found",
            Self::InvalidParameter { .. } => "invalid_parameter",
            Self::Store(StoreError::Conflict(_)) => "conflict",
            Self::Store(_) | Self::Geo(_) | Self::Internal(_) => "internal",
        }
    }

    /// Whether the error is the caller's (4xx) rather than ours (5xx).
    pub fn is_user_error(&self) -> bool {
        self.code() != "internal"
    }
}
