//! A set of records read from or written to HSDS: the unit of an import or export.

use atlas_model::{Location, Network, Organization, Service};

/// Records in dependency order: organizations before the locations and services that point at
/// them, services before the networks that name their organizations.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dataset {
    pub organizations: Vec<Organization>,
    pub locations: Vec<Location>,
    pub services: Vec<Service>,
    pub networks: Vec<Network>,
    /// Where each service came from in the input (`contents[3]`, `line 7`), same order as
    /// `services`; empty for datasets not read from a file.
    pub service_origins: Vec<String>,
    /// Where each network came from, same order as `networks`.
    pub network_origins: Vec<String>,
}

impl Dataset {
    pub fn record_count(&self) -> usize {
        self.organizations.len() + self.locations.len() + self.services.len() + self.networks.len()
    }
}
