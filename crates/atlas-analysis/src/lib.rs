//! German-aware text analysis for the search index: folding, repaired Snowball stemming,
//! decompounding, stop words and synonyms as plain functions, and thin tantivy tokenizers over
//! them (plus lower-casing, stemming or script-normalising tokenizers for other languages).
//!
//! ```
//! use atlas_analysis::{GermanAnalysis, fold, stem_de};
//!
//! assert_eq!(fold("Koeln"), fold("Köln"));
//! assert_eq!(stem_de("Deutschkurs"), stem_de("Deutschkurse"));
//! let analysis = GermanAnalysis::embedded();
//! assert_eq!(analysis.split_compound("Deutschkurs"), Some(vec!["deutsch".into(), "kurs".into()]));
//! ```
//!
//! The data (compound parts, stop words, synonyms) is compiled in from `data/analysis/`; see
//! `data/analysis/SOURCE.md` for sources and licences.

mod analysis;
mod cache;
mod compound;
mod error;
mod fold;
mod hyphenation;
mod lexicon;
mod other_languages;
mod query;
mod stem;
mod tokenizers;
mod words;

pub use analysis::{AnalysisData, GermanAnalysis, Term};
pub use error::AnalysisError;
pub use fold::{base_fold, fold};
pub use other_languages::{OtherLanguage, normalize_arabic_script};
pub use query::QueryWord;
pub use stem::{snowball_de, stem_de};
pub use tokenizers::{
    ARABIC, ENGLISH, EXACT, FARSI, GERMAN, GermanTokenizer, OtherLanguageTokenizer, RUSSIAN,
    TURKISH, TermStream, UKRAINIAN, register_tokenizers,
};
pub use words::{MAX_WORD_CHARS, words};
