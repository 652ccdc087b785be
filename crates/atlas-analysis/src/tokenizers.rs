//! Thin tantivy adapters: tokenizers that hand the terms of [`GermanAnalysis`] and
//! [`OtherLanguage`] to tantivy, and their registration under the names the schema uses.

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
        let terms = if self.exact {
            self.analysis.exact_terms(text)
        } else {
            self.analysis.index_terms(text)
        };
        TermStream::new(terms)
    }
}

/// A tantivy tokenizer for one [`OtherLanguage`].
#[derive(Debug, Clone, Copy)]
pub struct OtherLanguageTokenizer(pub OtherLanguage);

impl Tokenizer for OtherLanguageTokenizer {
    type TokenStream<'a> = TermStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> TermStream {
        TermStream::new(self.0.terms(text))
    }
}

/// The terms of a text, handed out one token at a time.
#[derive(Debug)]
pub struct TermStream {
    /// Remaining terms, last first.
    pending: Vec<Term>,
    token: Token,
}

impl TermStream {
    fn new(mut terms: Vec<Term>) -> Self {
        terms.reverse();
        TermStream {
            pending: terms,
            token: Token::default(),
        }
    }
}

impl TokenStream for TermStream {
    fn advance(&mut self) -> bool {
        match self.pending.pop() {
            Some(term) => {
                self.token = Token {
                    offset_from: term.range.start,
                    offset_to: term.range.end,
                    position: term.position as usize,
                    text: term.text,
                    position_length: 1,
                };
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}
