//! Regions: Land → Regierungsbezirk → Kreis / kreisfreie Stadt → Gemeinde (→ Stadtteil),
//! keyed by the official AGS. The parent link, not the key's prefix, is the truth: a
//! territorial change is an edit of the parent, and offers keep pointing at their Gemeinde.

use serde::{Deserialize, Serialize};

use crate::Ags;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionLevel {
    Land,
    Regierungsbezirk,
    /// A Landkreis or a kreisfreie Stadt.
    Kreis,
    Gemeinde,
    Stadtteil,
}

impl RegionLevel {
    pub fn code(self) -> &'static str {
        match self {
            Self::Land => "land",
            Self::Regierungsbezirk => "regierungsbezirk",
            Self::Kreis => "kreis",
            Self::Gemeinde => "gemeinde",
            Self::Stadtteil => "stadtteil",
        }
    }
    pub fn parse(code: &str) -> Option<Self> {
        [
            Self::Land,
            Self::Regierungsbezirk,
            Self::Kreis,
            Self::Gemeinde,
            Self::Stadtteil,
        ]
        .into_iter()
        .find(|l| l.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Region {
    pub ags: Ags,
    pub level: RegionLevel,
    /// Official name, e.g. "Hanau, Brüder-Grimm-Stadt".
    pub name: String,
    /// Official kind, e.g. "Landkreis", "Kreisfreie Stadt", "Stadt".
    pub kind: String,
    pub parent: Option<Ags>,
    pub population: Option<u64>,
    pub area_ha: Option<u64>,
}

impl Region {
    /// The everyday name: "Hanau, Brüder-Grimm-Stadt" → "Hanau".
    pub fn short_name(&self) -> &str {
        self.name.split(',').next().unwrap_or(&self.name).trim()
    }
}
