//! The moderation status of a record: where it stands between a provider's draft and the public.

use serde::{Deserialize, Serialize};

use crate::ValueError;

/// Only `Published` records are visible to the public.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModerationStatus {
    Draft,
    InReview,
    Published,
    Rejected,
    Archived,
}

impl ModerationStatus {
    pub const ALL: [Self; 5] = [
        Self::Draft,
        Self::InReview,
        Self::Published,
        Self::Rejected,
        Self::Archived,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::InReview => "in_review",
            Self::Published => "published",
            Self::Rejected => "rejected",
            Self::Archived => "archived",
        }
    }

    pub fn parse(code: &str) -> Result<Self, ValueError> {
        Self::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .ok_or_else(|| ValueError::new("moderation status", code, "unknown status"))
    }

    pub fn is_public(self) -> bool {
        self == Self::Published
    }
}
