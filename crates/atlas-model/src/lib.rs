//! Domain types of the Integrationsatlas, shaped after Open Referral HSDS 3.0 and extended
//! where our domain needs more (networks, fields of action, target groups, validity periods,
//! moderation, regions).
//!
//! Architecture invariant: this crate does no IO and knows nothing of SQLite, tantivy, HTTP or
//! HTML. Values that have rules (ids, postcodes, AGS keys, e-mail addresses, language codes,
//! taxonomy codes, clock times) are newtypes with private fields that can only be built by
//! parsing, so an invalid value cannot exist past the edge of the system.

mod account;
mod entities;
mod error;
mod moderation;
mod numbers;
mod region;
mod taxonomy;
mod values;

pub use account::{ChangeStatus, Role};
pub use entities::{
    Accessibility, Address, Contact, CostOption, Language, Location, MemberRole, Network,
    NetworkMember, Organization, Phone, RequiredDocument, Schedule, ScheduleFreq, Service,
    ServiceArea, ServiceAtLocation, ServiceStatus, Translation, Weekday,
};
pub use error::ValueError;
pub use moderation::ModerationStatus;
pub use region::{Region, RegionLevel};
pub use taxonomy::{FieldOfAction, TargetGroup, Taxonomy};
pub use values::{Ags, ClockTime, Email, Id, LanguageCode, Postcode};

/// Extra HSDS fields we do not interpret but keep, so that import → export loses nothing.
pub type Extra = serde_json::Map<String, serde_json::Value>;
