//! A cache of what the analysis makes of one word (folded form, stem, compound stems). Texts
//! repeat their vocabulary, so indexing and snippets analyse each distinct word once instead
//! of once per occurrence. Sharded to keep threads from queueing on one lock; each shard is
//! emptied when it grows past its bound, so memory stays bounded.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
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

/// One shard: words as written → what the analysis makes of them.
type Words = HashMap<String, Arc<WordInfo>, BuildHasherDefault<WordHasher>>;

#[derive(Debug)]
pub(crate) struct WordCache {
    shards: Vec<RwLock<Words>>,
}

impl Default for WordCache {
    fn default() -> Self {
        Self {
            shards: (0..SHARDS).map(|_| RwLock::default()).collect(),
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

/// A fast hash of text keys (FxHash's multiply-rotate over 8-byte words): SipHash over a
/// whole description would cost a good part of what the cache saves.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0xf135_7aea_2e62_a9c5;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}
