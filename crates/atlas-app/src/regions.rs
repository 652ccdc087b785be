//! The region table in memory: names and parents by AGS, for region filters and facet labels
//! on every search without a trip to the store.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use atlas_model::{Ags, Region};
use atlas_store::Store;

use crate::AppError;

#[derive(Debug, Default)]
pub(crate) struct RegionCache {
    regions: RwLock<Arc<HashMap<Ags, Region>>>,
}

impl RegionCache {
    pub fn load(store: &mut Store) -> Result<Self, AppError> {
        let cache = Self::default();
        cache.reload(store)?;
        Ok(cache)
    }

    pub fn reload(&self, store: &mut Store) -> Result<(), AppError> {
        let all = store.read(|tx| tx.regions())?;
        let map: HashMap<Ags, Region> = all.into_iter().map(|r| (r.ags.clone(), r)).collect();
        if let Ok(mut slot) = self.regions.write() {
            *slot = Arc::new(map);
        }
        Ok(())
    }

    fn snapshot(&self) -> Arc<HashMap<Ags, Region>> {
        self.regions.read().map(|m| m.clone()).unwrap_or_default()
    }

    /// The region and its ancestors up to the Land; empty for an unknown key.
    pub fn path(&self, ags: &Ags) -> Vec<Ags> {
        let map = self.snapshot();
        let mut out: Vec<Ags> = Vec::new();
        let mut next = Some(ags.clone());
        while let Some(a) = next {
            let Some(r) = map.get(&a) else { break };
            if out.contains(&r.ags) {
                break;
            }
            out.push(r.ags.clone());
            next = r.parent.clone();
        }
        out
    }

    pub fn short_name(&self, ags: &Ags) -> Option<String> {
        self.snapshot().get(ags).map(|r| r.short_name().to_owned())
    }
}
