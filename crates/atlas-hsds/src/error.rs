//! What can be wrong with an HSDS file, said so that its author can find and fix it.

/// An HSDS input that cannot be imported. Every variant names the file; record errors also
/// name the record (position and id), the field path and the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HsdsError {
    #[error("{file}: line {line}, column {column}: invalid JSON: {reason}")]
    Json {
        file: String,
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("{file}: {reason}")]
    Shape { file: String, reason: String },
    #[error("{file}: {record}{}: field `{field}`: {reason}", id.as_deref().map(|i| format!(" (id {i})")).unwrap_or_default())]
    Record {
        file: String,
        /// Where the record is: `contents[3]`, `x_networks[0]`, `line 7`.
        record: String,
        id: Option<String>,
        /// Path of the field inside the record, e.g. `service_at_locations[0].location.latitude`.
        field: String,
        reason: String,
    },
}

impl HsdsError {
    /// The field path, for record errors.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Record { field, .. } => Some(field),
            _ => None,
        }
    }
}
