//! Errors of building an analysis from data files.

use std::fmt;

/// A data file for the analysis could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnalysisError {
    /// A line of the synonyms file is not a usable group.
    Synonyms {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
}

impl fmt::Display for AnalysisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnalysisError::Synonyms { line, reason } => {
                write!(f, "synonyms line {line}: {reason}")
            }
        }
    }
}

impl std::error::Error for AnalysisError {}
