//! Errors of the index. All are internal (the user cannot cause them); a bad query is not an
//! error: any text is a valid query.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("search index: {0}")]
    Tantivy(String),
    #[error("search index in {0} has another schema version; it must be rebuilt")]
    Incompatible(PathBuf),
    #[error("search index directory {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl From<tantivy::TantivyError> for IndexError {
    fn from(e: tantivy::TantivyError) -> Self {
        Self::Tantivy(e.to_string())
    }
}
