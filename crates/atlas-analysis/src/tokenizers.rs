//! Thin tantivy adapters: tokenizers that hand the terms of [`GermanAnalysis`] and
//! [`OtherLanguage`] to tantivy, and their registration under the names the schema uses.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager};

use crate::analysis::{GermanAnalysis, Term};
use crate::other_languages::OtherLanguage;

/// German index terms ([`GermanAnalysis::index_terms`]).
pub const GERMAN: &str = "atlas_de";
/// German exact terms ([`GermanAnalysis::exact_terms`]).
pub const EXACT: &str = "atlas_exact";
/// English: lower case + Snowball.
pub const ENGLISH: &str = "atlas_en";
/// Turkish: Turkish lower case + Snowball.
pub const TURKISH: &str = "atlas_tr";
/// Russian: lower case + Snowball.
pub const RUSSIAN: &str = "atlas_ru";
/// Arabic: script normalisation + Snowball.
pub const ARABIC: &str = "atlas_ar";
/// Ukrainian: lower case.
pub const UKRAINIAN: &str = "atlas_uk";
/// Farsi: script normalisation.
pub const FARSI: &str = "atlas_fa";

impl OtherLanguage {
    /// The name its tokenizer is registered under.
    pub fn tokenizer_name(self) -> &'static str {
        match self {
            OtherLanguage::English => ENGLISH,
            OtherLanguage::Turkish => TURKISH,
            OtherLanguage::Russian => RUSSIAN,
            OtherLanguage::Arabic => ARABIC,
            OtherLanguage::Ukrainian => UKRAINIAN,
            OtherLanguage::Farsi => FARSI,
        }
    }
}

/// Registers all tokenizers of this crate: [`GERMAN`], [`EXACT`], and one per
/// [`OtherLanguage`] ([`ENGLISH`], [`TURKISH`], [`RUSSIAN`], [`ARABIC`], [`UKRAINIAN`],
/// [`FARSI`]).
pub fn register_tokenizers(manager: &TokenizerManager, analysis: &GermanAnalysis) {
    manager.register(
        GERMAN,
        TextAnalyzer::from(GermanTokenizer::index(analysis.clone())),
    );
    manager.register(
        EXACT,
        TextAnalyzer::from(GermanTokenizer::exact(analysis.clone())),
    );
    for language in OtherLanguage::ALL {
        manager.register(
            language.tokenizer_name(),
            TextAnalyzer::from(OtherLanguageTokenizer(language)),
        );
    }
}

/// A tantivy tokenizer giving the index or the exact terms of [`GermanAnalysis`].
#[derive(Debug, Clone)]
pub struct GermanTokenizer {
    analysis: GermanAnalysis,
    exact: bool,
}

impl GermanTokenizer {
    /// Index terms (stems and compound-part stems).
    pub fn index(analysis: GermanAnalysis) -> Self {
        GermanTokenizer {
            analysis,
            exact: false,
        }
    }

    /// Exact terms (folded surface words).
    pub fn exact(analysis: GermanAnalysis) -> Self {
        GermanTokenizer {
            analysis,
            exact: true,
        }
    }
}

impl Tokenizer for GermanTokenizer {
    type TokenStream<'a> = TermStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> TermStream {
        let (index, exact) = TEXTS.with(|cache| cache.borrow_mut().terms(&self.analysis, text));
        TermStream::shared(if self.exact { exact } else { index })
    }
}

/// Texts longer than this (in bytes) are analysed without the per-thread caches.
const CACHED_TEXT_BYTES: usize = 16 * 1024;
/// A per-thread cache is emptied when it holds more texts than this, or more bytes.
const CACHED_TEXTS: usize = 1024;
const CACHED_BYTES: usize = 1024 * 1024;

/// The terms of recently analysed texts, keyed by the text; bounded in count and bytes
/// (emptied when full: what repeats is refilled at once).
struct Recent<V> {
    texts: HashMap<Box<str>, V, BuildHasherDefault<WordHasher>>,
    bytes: usize,
}

impl<V> Default for Recent<V> {
    fn default() -> Self {
        Self {
            texts: HashMap::default(),
            bytes: 0,
        }
    }
}

impl<V: Clone> Recent<V> {
    /// The value of `text`, made by `make` unless cached; `terms` counts the terms a value
    /// holds (for the bound in bytes).
    fn get_or_make(
        &mut self,
        text: &str,
        terms: impl Fn(&V) -> usize,
        make: impl FnOnce() -> V,
    ) -> V {
        if let Some(v) = self.texts.get(text) {
            return v.clone();
        }
        let value = make();
        if text.len() <= CACHED_TEXT_BYTES {
            let size = text.len() + terms(&value) * (std::mem::size_of::<Term>() + 8);
            if self.texts.len() >= CACHED_TEXTS || self.bytes + size > CACHED_BYTES {
                self.clear();
            }
            self.bytes += size;
            self.texts.insert(text.into(), value.clone());
        }
        value
    }

    fn clear(&mut self) {
        self.texts.clear();
        self.bytes = 0;
    }
}

/// The index and exact terms of recently analysed texts, per thread. A document gives every
/// German text to several fields (its own, `all`, the exact ones), and names of providers,
/// places and keyword labels repeat across documents: each is analysed once, in one pass
/// for both kinds of terms. The analysis of a text depends on the text alone, and each
/// thread has one `GermanAnalysis` in use, so the cache is keyed by the text.
#[derive(Default)]
struct TextCache {
    texts: Recent<Analysed>,
    /// The analysis the entries came from (a thread could switch between two).
    owner: Option<GermanAnalysis>,
}

type Analysed = (Arc<Vec<Term>>, Arc<Vec<Term>>);

impl TextCache {
    fn terms(&mut self, analysis: &GermanAnalysis, text: &str) -> Analysed {
        if !self.owner.as_ref().is_some_and(|o| o.same(analysis)) {
            self.texts.clear();
            self.owner = Some(analysis.clone());
        }
        self.texts.get_or_make(
            text,
            |(index, exact)| index.len() + exact.len(),
            || {
                let (index, exact) = analysis.index_and_exact_terms(text);
                (Arc::new(index), Arc::new(exact))
            },
        )
    }
}

/// A fast hash of text keys (FxHash's multiply-rotate over 8-byte words): SipHash over a
/// whole description would cost a good part of what the cache saves.
#[derive(Default)]
struct WordHasher(u64);

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

thread_local! {
    static TEXTS: RefCell<TextCache> = RefCell::default();
    /// Per language (indexed by `OtherLanguage as usize`): the English labels of the
    /// taxonomies repeat in almost every document.
    static OTHER_TEXTS: RefCell<[Recent<Arc<Vec<Term>>>; OtherLanguage::ALL.len()]> =
        RefCell::default();
}

/// A tantivy tokenizer for one [`OtherLanguage`].
#[derive(Debug, Clone, Copy)]
pub struct OtherLanguageTokenizer(pub OtherLanguage);

impl Tokenizer for OtherLanguageTokenizer {
    type TokenStream<'a> = TermStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> TermStream {
        let language = self.0;
        TermStream::shared(OTHER_TEXTS.with(|caches| {
            caches.borrow_mut()[language as usize].get_or_make(
                text,
                |terms| terms.len(),
                || Arc::new(language.terms(text)),
            )
        }))
    }
}

/// The terms of a text, handed out one token at a time.
#[derive(Debug)]
pub struct TermStream {
    terms: Arc<Vec<Term>>,
    next: usize,
    token: Token,
}

impl TermStream {
    fn shared(terms: Arc<Vec<Term>>) -> Self {
        TermStream {
            terms,
            next: 0,
            token: Token::default(),
        }
    }
}

impl TokenStream for TermStream {
    fn advance(&mut self) -> bool {
        let Some(term) = self.terms.get(self.next) else {
            return false;
        };
        self.next += 1;
        self.token.offset_from = term.range.start;
        self.token.offset_to = term.range.end;
        self.token.position = term.position as usize;
        self.token.text.clear();
        self.token.text.push_str(&term.text);
        self.token.position_length = 1;
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}
