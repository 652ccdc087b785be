//! A cache of what the analysis makes of one word (folded form, stem, compound stems). Texts
//! repeat their vocabulary, so indexing and snippets analyse each distinct word once instead
//! of once per occurrence. Sharded to keep threads from queueing on one lock; each shard is
//! emptied when it grows past its bound, so memory stays bounded.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// What the analysis makes of one word as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WordInfo {
    pub folded: String,
    /// Not a stop word, not empty, not too long.
    pub indexable: bool,
    pub stem: String,
    /// Stems of its compound parts and their runs (empty if it is no compound).
    pub compound: Vec<String>,
}

const SHARDS: usize = 16;
const MAX_PER_SHARD: usize = 16_384;

#[derive(Debug)]
pub(crate) struct WordCache {
    shards: Vec<RwLock<HashMap<String, Arc<WordInfo>>>>,
}

impl Default for WordCache {
    fn default() -> Self {
        Self {
            shards: (0..SHARDS).map(|_| RwLock::new(HashMap::new())).collect(),
        }
    }
}

fn shard_of(word: &str) -> usize {
    // FNV-1a: cheap and good enough to spread words over shards.
    let mut h: u32 = 0x811c_9dc5;
    for b in word.bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h as usize % SHARDS
}

impl WordCache {
    pub fn get_or_insert(&self, word: &str, make: impl FnOnce() -> WordInfo) -> Arc<WordInfo> {
        let shard = &self.shards[shard_of(word)];
        if let Some(found) = shard.read().ok().and_then(|m| m.get(word).cloned()) {
            return found;
        }
        let info = Arc::new(make());
        if let Ok(mut m) = shard.write() {
            if m.len() >= MAX_PER_SHARD {
                m.clear();
            }
            m.insert(word.to_owned(), info.clone());
        }
        info
    }
}
