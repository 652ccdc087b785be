//! Suggestions while typing: the names of the best matches for the words so far, the last
//! word taken as a prefix.

use atlas_model::Id;
use chrono::NaiveDate;

use crate::{Kind, Result, SearchIndex, SearchRequest};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub text: String,
    pub kind: Kind,
    pub id: Id,
}

impl SearchIndex {
    /// Up to `limit` names completing `text`.
    pub fn suggest(
        &self,
        text: &str,
        limit: usize,
        today: Option<NaiveDate>,
    ) -> Result<Vec<Suggestion>> {
        if text.trim().is_empty() {
            return Ok(Vec::new());
        }
        let result = self.search_with(
            &SearchRequest {
                text: text.to_owned(),
                limit: limit * 2,
                today,
                prefix_last: true,
                ..SearchRequest::default()
            },
            false,
        )?;
        let mut out: Vec<Suggestion> = Vec::new();
        for hit in result.hits {
            if !out.iter().any(|s| s.text == hit.name) {
                out.push(Suggestion {
                    text: hit.name,
                    kind: hit.kind,
                    id: hit.id,
                });
            }
            if out.len() == limit {
                break;
            }
        }
        Ok(out)
    }
}
