//! [`GermanAnalysis`]: the German index and exact terms of a text, compound splitting, stop
//! words and synonyms, built once from the data in `data/analysis/`.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ops::Range;
use std::sync::{Arc, LazyLock};

use crate::cache::{WordCache, WordInfo};
use crate::compound::Decompounder;
use crate::error::AnalysisError;
use crate::fold::{base_fold, fold};
use crate::hyphenation::Hyphenator;
use crate::lexicon;
use crate::stem::{stem_folded, strip_feminine};
use crate::words::{Group, MAX_WORD_CHARS, groups};

/// One term of an analysed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The term (folded; stemmed for index terms).
    pub text: String,
    /// Position in words: one per word written; compound parts share their word's position,
    /// the whole of a hyphenated word takes the position of its first member.
    pub position: u32,
    /// Byte range in the analysed text of the word the term comes from.
    pub range: Range<usize>,
}

/// The texts an analysis is built from.
#[derive(Debug, Clone, Copy)]
pub struct AnalysisData<'a> {
    /// Compound-part dictionaries: one part a line, `#` starts a comment line.
    pub compound_parts: &'a [&'a str],
    /// Stop-word lists: whitespace-separated words, `#` or `|` starts a comment.
    pub stop_words: &'a [&'a str],
    /// Synonym groups: one group a line, members separated by commas, `#` starts a comment.
    pub synonyms: &'a str,
    /// Hyphenation patterns in FOP's XML format, ISO-8859-1 (`de_DR.xml`); may be empty.
    pub hyphenation: &'a [u8],
}

impl AnalysisData<'static> {
    /// The data shipped in `data/analysis/` (compiled in).
    pub const EMBEDDED: AnalysisData<'static> = AnalysisData {
        compound_parts: &[
            include_str!("../../../data/analysis/dictionary-de.txt"),
            include_str!("../../../data/analysis/compound-parts-extra-de.txt"),
        ],
        stop_words: &[
            include_str!("../../../data/analysis/stopwords-de-snowball.txt"),
            include_str!("../../../data/analysis/stopwords-de-questions.txt"),
        ],
        synonyms: include_str!("../../../data/analysis/synonyms-de.txt"),
        // ISO-8859-1, kept byte for byte as published (LPPL), hence bytes.
        hyphenation: include_bytes!("../../../data/analysis/de_DR.xml"),
    };
}

/// German analysis: owns the compound dictionary, the stop words and the synonyms. Cheap to
/// clone (one `Arc`); `Send + Sync`.
#[derive(Clone)]
pub struct GermanAnalysis {
    inner: Arc<Inner>,
}

struct Inner {
    decompounder: Decompounder,
    stop_words: HashSet<String>,
    synonyms: HashMap<String, Vec<Vec<String>>>,
    words: WordCache,
}

impl fmt::Debug for GermanAnalysis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GermanAnalysis")
            .field("compound_parts", &self.inner.decompounder.len())
            .field("stop_words", &self.inner.stop_words.len())
            .field("synonym_keys", &self.inner.synonyms.len())
            .finish()
    }
}

static EMBEDDED: LazyLock<GermanAnalysis> = LazyLock::new(|| {
    GermanAnalysis::from_data(AnalysisData::EMBEDDED)
        .unwrap_or_else(|e| panic!("data/analysis is invalid (the crate's tests catch this): {e}"))
});

impl GermanAnalysis {
    /// The analysis over the data compiled in from `data/analysis/`. Built on first use, then
    /// shared.
    pub fn embedded() -> Self {
        EMBEDDED.clone()
    }

    /// Whether two handles share one analysis.
    pub(crate) fn same(&self, other: &GermanAnalysis) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }

    /// Builds an analysis from data texts.
    pub fn from_data(data: AnalysisData<'_>) -> Result<Self, AnalysisError> {
        let stop_words = lexicon::stop_words(data.stop_words.iter().copied());
        let decompounder = Decompounder::new(
            lexicon::dictionary_entries(data.compound_parts),
            stop_words.iter().map(String::as_str),
            Hyphenator::from_fop_xml(data.hyphenation),
        );
        let synonyms =
            lexicon::synonyms(data.synonyms, |member| phrase_stems(&stop_words, member))?;
        Ok(GermanAnalysis {
            inner: Arc::new(Inner {
                decompounder,
                stop_words,
                synonyms,
                words: WordCache::default(),
            }),
        })
    }

    /// Index terms of a German text: per word its stem, plus the stems of its compound parts at
    /// the same position; for a hyphenated word also the stem of the whole at its first
    /// member's position. Stop words are dropped; positions still advance over them.
    pub fn index_terms(&self, text: &str) -> Vec<Term> {
        let mut terms = Vec::new();
        for group in groups(text) {
            for (word, position) in group.members.iter().zip(group.position..) {
                let info = self.word(&word.text);
                if !info.indexable {
                    continue;
                }
                terms.push(term(info.stem.clone(), position, &word.range));
                for part in &info.compound {
                    terms.push(term(part.clone(), position, &word.range));
                }
            }
            if let Some(folded) = joined_folded(&group).filter(|f| self.is_indexable(f)) {
                terms.push(term(stem_folded(&folded), group.position, &group.range()));
            }
        }
        finish(terms)
    }

    /// The terms of [`index_terms`](Self::index_terms) with the byte ranges of their words,
    /// handed to `visit` word by word without building them (what a snippet looks for: each
    /// word's stem and compound parts, then a hyphenated word's whole). A term repeated within
    /// one word is handed over once.
    pub fn for_each_index_term(&self, text: &str, mut visit: impl FnMut(&str, &Range<usize>)) {
        for group in groups(text) {
            for word in &group.members {
                let info = self.word(&word.text);
                if !info.indexable {
                    continue;
                }
                visit(&info.stem, &word.range);
                for (i, part) in info.compound.iter().enumerate() {
                    if *part != info.stem && !info.compound[..i].contains(part) {
                        visit(part, &word.range);
                    }
                }
            }
            if let Some(folded) = joined_folded(&group).filter(|f| self.is_indexable(f)) {
                visit(&stem_folded(&folded), &group.range());
            }
        }
    }

    /// Exact terms: folded surface words (no stemming, no compound parts), stop words left out,
    /// positions as in [`index_terms`](Self::index_terms). For ranking exact matches first and
    /// for prefix search as you type.
    pub fn exact_terms(&self, text: &str) -> Vec<Term> {
        let mut terms = Vec::new();
        for group in groups(text) {
            for (word, position) in group.members.iter().zip(group.position..) {
                let info = self.word(&word.text);
                if info.indexable {
                    terms.push(term(info.folded.clone(), position, &word.range));
                }
            }
            if let Some(folded) = joined_folded(&group).filter(|f| self.is_indexable(f)) {
                terms.push(term(folded, group.position, &group.range()));
            }
        }
        finish(terms)
    }

    /// Both [`index_terms`](Self::index_terms) and [`exact_terms`](Self::exact_terms) of a
    /// text in one pass over its words (the index gets both for every German text).
    pub fn index_and_exact_terms(&self, text: &str) -> (Vec<Term>, Vec<Term>) {
        let mut index = Vec::new();
        let mut exact = Vec::new();
        for group in groups(text) {
            for (word, position) in group.members.iter().zip(group.position..) {
                let info = self.word(&word.text);
                if !info.indexable {
                    continue;
                }
                index.push(term(info.stem.clone(), position, &word.range));
                for part in &info.compound {
                    index.push(term(part.clone(), position, &word.range));
                }
                exact.push(term(info.folded.clone(), position, &word.range));
            }
            if let Some(folded) = joined_folded(&group).filter(|f| self.is_indexable(f)) {
                index.push(term(stem_folded(&folded), group.position, &group.range()));
                exact.push(term(folded, group.position, &group.range()));
            }
        }
        (finish(index), finish(exact))
    }

    /// What the analysis makes of one word as written (cached).
    fn word(&self, text: &str) -> Arc<WordInfo> {
        self.inner.words.get_or_insert(text, || {
            let folded = fold(text);
            let indexable = self.is_indexable(&folded);
            let (stem, compound) = if indexable {
                (stem_folded(&folded), self.compound_stems(text))
            } else {
                (String::new(), Vec::new())
            };
            WordInfo {
                folded,
                indexable,
                stem,
                compound,
            }
        })
    }

    /// Splits a compound into its parts (folded surface form, without linking morphemes; the
    /// last part keeps its inflection): "Deutschkurs" → `["deutsch", "kurs"]`,
    /// "Integrationskurse" → `["integration", "kurse"]`. `None` if it is no compound.
    pub fn split_compound(&self, word: &str) -> Option<Vec<String>> {
        let (base, ranges) = self.split_ranges(word)?;
        Some(ranges.into_iter().map(|r| fold(&base[r])).collect())
    }

    /// Stems of the compound parts of a word; empty if it is no compound. (Only the last part can
    /// be a stop word: "Arbeits|weg".)
    pub fn part_stems(&self, word: &str) -> Vec<String> {
        let Some((base, ranges)) = self.split_ranges(word) else {
            return Vec::new();
        };
        let mut stems: Vec<String> = Vec::new();
        for range in ranges {
            push_new(&mut stems, stem_folded(&fold(&base[range])));
        }
        stems
    }

    /// The stems a compound adds to the index: its parts, and the runs of two or more adjacent
    /// parts short of the whole ("Arbeitsmarktpolitik" → arbeit, markt, polit, arbeitsmarkt,
    /// marktpolit), so that a query for a shorter compound finds the longer one.
    fn compound_stems(&self, word: &str) -> Vec<String> {
        let Some((base, ranges)) = self.split_ranges(word) else {
            return Vec::new();
        };
        let mut stems: Vec<String> = Vec::new();
        let n = ranges.len();
        for range in &ranges {
            push_new(&mut stems, stem_folded(&fold(&base[range.clone()])));
        }
        for first in 0..n {
            for last in first + 1..n {
                if first == 0 && last == n - 1 {
                    continue;
                }
                let run = &base[ranges[first].start..ranges[last].end];
                push_new(&mut stems, stem_folded(&fold(run)));
            }
        }
        stems
    }

    /// The form of the word the decompounder splits, and its parts' byte ranges in it.
    pub(crate) fn split_ranges(&self, word: &str) -> Option<(String, Vec<Range<usize>>)> {
        if word.chars().count() > MAX_WORD_CHARS {
            return None;
        }
        let base = compound_base(word);
        let ranges = self.inner.decompounder.split(&base)?;
        Some((base, ranges))
    }

    /// Synonyms of a stem (as [`stem_de`](crate::stem_de) gives it), each a sequence of stems
    /// (stop words left out, so "Agentur für Arbeit" is `["agentur", "arbeit"]`). Empty if it
    /// has none. Only single-word members of a group are looked up; multi-word members are
    /// only ever expansions.
    pub fn synonyms_of(&self, stem: &str) -> &[Vec<String>] {
        self.inner.synonyms.get(stem).map_or(&[], Vec::as_slice)
    }

    /// Whether a [`fold`]ed word is a stop word (Snowball's German list plus question words).
    pub fn is_stop_word(&self, folded: &str) -> bool {
        self.inner.stop_words.contains(folded)
    }

    fn is_indexable(&self, folded: &str) -> bool {
        is_indexable(&self.inner.stop_words, folded)
    }
}

/// Whether a folded word gets terms: not empty, no stop word, not too long.
fn is_indexable(stop_words: &HashSet<String>, folded: &str) -> bool {
    !folded.is_empty() && !stop_words.contains(folded) && folded.chars().count() <= MAX_WORD_CHARS
}

/// The stems of a short phrase, stop words left out; a hyphenated word gives the stem of its
/// whole ("EDV-Kurs" → `["edvkur"]`, as a query word would). Used for synonym members.
fn phrase_stems(stop_words: &HashSet<String>, phrase: &str) -> Vec<String> {
    groups(phrase)
        .iter()
        .filter_map(|group| {
            let folded = match joined_folded(group) {
                Some(joined) => joined,
                None => fold(&group.members.first()?.text),
            };
            is_indexable(stop_words, &folded).then(|| stem_folded(&folded))
        })
        .collect()
}

/// The form of a word the decompounder splits: [`base_fold`]ed, a feminine ending cut
/// ("Asylbewerberinnen" is split as "asylbewerber", so "Schülerinnen" is not "Schule|rinnen").
fn compound_base(word: &str) -> String {
    let base = base_fold(word);
    match strip_feminine(&base) {
        stripped if stripped.len() < base.len() => stripped.to_string(),
        _ => base,
    }
}

/// The folded whole of a hyphenated word, `None` for a single word.
fn joined_folded(group: &Group<'_>) -> Option<String> {
    group.joined().map(|j| fold(&j))
}

fn push_new(stems: &mut Vec<String>, stem: String) {
    if !stems.contains(&stem) {
        stems.push(stem);
    }
}

fn term(text: String, position: u32, range: &Range<usize>) -> Term {
    Term {
        text,
        position,
        range: range.clone(),
    }
}

/// Orders terms by position (stably) and drops repeats at the same position: tantivy wants the
/// positions of one term in increasing order.
fn finish(mut terms: Vec<Term>) -> Vec<Term> {
    terms.sort_by_key(|t| t.position);
    // Kept terms move to the front, in order; repeats end up behind `kept` and are cut.
    let mut kept = 0;
    for i in 0..terms.len() {
        let t = &terms[i];
        let repeated = terms[..kept]
            .iter()
            .rev()
            .take_while(|o| o.position == t.position)
            .any(|o| o.text == t.text);
        if !repeated {
            terms.swap(kept, i);
            kept += 1;
        }
    }
    terms.truncate(kept);
    terms
}
