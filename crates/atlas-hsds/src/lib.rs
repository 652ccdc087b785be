//! Open Referral HSDS 3.0 JSON in and out.
//!
//! `parse` reads an HSDS page (`{"contents": [...]}`), a JSON array of service objects, or NDJSON
//! of them, with organizations and locations nested in the services, into a [`Dataset`] of our
//! model; `write_page` and `write_ndjson` write a dataset back. Our extensions travel in the `x_`
//! namespace: `x_networks` and `x_organizations` beside `contents`, `x_valid_from`, `x_valid_to`
//! and `x_translations` on services, `x_step_free` on accessibility, `x_ags` on service areas.
//! Fields of action and target groups are HSDS attributes whose taxonomy term has the taxonomy
//! `integrationsatlas:handlungsfeld` or `integrationsatlas:zielgruppe`.
//!
//! Architecture invariant: this crate is pure: no files, no database. Callers hand it text and
//! a name for that text (used in error messages).

mod dataset;
mod error;
mod read;
mod write;

pub use dataset::Dataset;
pub use error::HsdsError;
pub use read::parse;
pub use write::{write_ndjson, write_page};
