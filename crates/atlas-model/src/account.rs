//! Who works on the atlas: the roles of accounts, and the states of a proposed change.

use serde::{Deserialize, Serialize};

use crate::ValueError;

/// What an account may do. Providers edit their own organisations' records (as drafts);
/// moderators review changes in their regions; administrators do everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Provider,
    Moderator,
    Admin,
}

impl Role {
    pub const ALL: [Self; 3] = [Self::Provider, Self::Moderator, Self::Admin];

    pub fn code(self) -> &'static str {
        match self {
            Self::Provider => "provider",
            Self::Moderator => "moderator",
            Self::Admin => "admin",
        }
    }

    pub fn parse(code: &str) -> Result<Self, ValueError> {
        Self::ALL
            .into_iter()
            .find(|r| r.code() == code)
            .ok_or_else(|| ValueError::new("role", code, "expected provider, moderator or admin"))
    }
}

/// Where a provider's proposed change (a draft) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeStatus {
    /// Being written by the provider; nobody else sees it.
    Draft,
    /// Submitted; waits in the moderators' queue.
    InReview,
    /// A moderator refused it, with a reason; the provider may edit and submit again.
    Rejected,
    /// A moderator accepted it; its content is now the published record.
    Approved,
}

impl ChangeStatus {
    pub const ALL: [Self; 4] = [Self::Draft, Self::InReview, Self::Rejected, Self::Approved];

    pub fn code(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::InReview => "in_review",
            Self::Rejected => "rejected",
            Self::Approved => "approved",
        }
    }

    pub fn parse(code: &str) -> Result<Self, ValueError> {
        Self::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .ok_or_else(|| ValueError::new("change status", code, "unknown status"))
    }

    /// Whether the provider may still change it (a rejected change can be reworked).
    pub fn is_open(self) -> bool {
        matches!(self, Self::Draft | Self::InReview | Self::Rejected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.code()).unwrap(), r);
        }
        for s in ChangeStatus::ALL {
            assert_eq!(ChangeStatus::parse(s.code()).unwrap(), s);
        }
        assert!(Role::parse("root").is_err());
    }
}
