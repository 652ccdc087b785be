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
    /// A form or record with mistakes, each naming its field and a stable code.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<FieldError>),
    /// Not signed in, or the session or token is unknown or expired.
    #[error("sign in first")]
    Unauthorized,
    /// Wrong e-mail address or password (one message for both: no account enumeration).
    #[error("e-mail address or password is wrong")]
    BadCredentials,
    /// The e-mail address of the account has not been confirmed yet.
    #[error("confirm your e-mail address first (see the mail we sent)")]
    EmailNotVerified,
    /// Signed in, but this account may not do this; `what` says what was refused.
    #[error("not allowed: {what}")]
    Forbidden { what: &'static str },
    /// Too many failed sign-ins; try again after `retry_after_secs`.
    #[error("too many failed sign-ins; try again in {retry_after_secs} s")]
    Throttled { retry_after_secs: u64 },
    /// A single-use link is unknown, used or expired.
    #[error("this link is invalid, was used already or has expired")]
    InvalidToken,
    /// The request contradicts the current state (e.g. approving an approved change).
    #[error("{message}")]
    Conflict { code: &'static str, message: String },
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
            Self::Invalid(_) => "invalid_input",
            Self::Unauthorized => "unauthorized",
            Self::BadCredentials => "bad_credentials",
            Self::EmailNotVerified => "email_not_verified",
            Self::Forbidden { .. } => "forbidden",
            Self::Throttled { .. } => "throttled",
            Self::InvalidToken => "invalid_token",
            Self::Conflict { code, .. } => code,
            Self::Store(StoreError::Conflict(_)) => "conflict",
            Self::Store(_) | Self::Geo(_) | Self::Internal(_) => "internal",
        }
    }

    /// What kind of failure this is, for the layers that turn errors into answers.
    pub fn class(&self) -> ErrorClass {
        match self {
            Self::NotFound { .. } => ErrorClass::NotFound,
            Self::Import(_) | Self::InvalidParameter { .. } | Self::Invalid(_) => {
                ErrorClass::BadRequest
            }
            Self::Unauthorized | Self::BadCredentials | Self::InvalidToken => {
                ErrorClass::Unauthorized
            }
            Self::EmailNotVerified | Self::Forbidden { .. } => ErrorClass::Forbidden,
            Self::Throttled { .. } => ErrorClass::TooMany,
            Self::Conflict { .. } | Self::Store(StoreError::Conflict(_)) => ErrorClass::Conflict,
            Self::Store(_) | Self::Geo(_) | Self::Internal(_) => ErrorClass::Internal,
        }
    }

    /// Whether the error is the caller's (4xx) rather than ours (5xx).
    pub fn is_user_error(&self) -> bool {
        self.code() != "internal"
    }
}

/// The kinds of failure (HTTP maps them to 400, 404, 401, 403, 409, 429 and 500).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    BadRequest,
    NotFound,
    Unauthorized,
    Forbidden,
    Conflict,
    TooMany,
    Internal,
}

/// One mistake in a form: the field (its form name, e.g. `name` or `schedules.0.opens_at`), a
/// stable code (the key of the translated message) and an English message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
    pub message: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code,
            message: message.into(),
        }
    }
}

/// Collects field errors; `finish` turns them into `AppError::Invalid` if there are any.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<FieldError>);

impl Problems {
    pub fn add(
        &mut self,
        field: impl Into<String>,
        code: &'static str,
        message: impl Into<String>,
    ) {
        self.0.push(FieldError::new(field, code, message));
    }

    pub fn finish(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(self.0))
        }
    }
}
