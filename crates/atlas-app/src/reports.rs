//! Residents' reports of mistakes in a published offer, stored for moderators.

use atlas_model::{Email, Id};

use crate::{AppError, Atlas};

/// Longest report text accepted, in characters.
pub const MAX_REPORT_CHARS: usize = 2000;

pub use atlas_store::Report;

impl Atlas {
    /// Stores a report on a published offer (404 for any other). The text must be 1 to
    /// `MAX_REPORT_CHARS` characters; callers validate first to show messages by the field.
    pub fn report_mistake(
        &self,
        offer: Id,
        message: &str,
        email: Option<&Email>,
    ) -> Result<Id, AppError> {
        let message = message.trim();
        let n = message.chars().count();
        if n == 0 || n > MAX_REPORT_CHARS {
            return Err(AppError::InvalidParameter {
                parameter: "message".into(),
                message: format!("must be 1 to {MAX_REPORT_CHARS} characters"),
            });
        }
        let mut store = self.store()?;
        let public = store.read(|tx| {
            Ok::<_, AppError>(tx.service(offer)?.is_some_and(|s| s.moderation.is_public()))
        })?;
        if !public {
            return Err(AppError::NotFound {
                entity: "offer",
                id: offer.to_string(),
            });
        }
        let id = store.write(|tx| tx.insert_report(offer, message, email.map(Email::as_str)))?;
        tracing::info!(report.id = %id, offer.id = %offer, "mistake reported");
        Ok(id)
    }

    /// The newest reports, for moderators.
    pub fn reports(&self, limit: usize) -> Result<Vec<Report>, AppError> {
        Ok(self.store()?.read(|tx| tx.reports(limit))?)
    }
}
