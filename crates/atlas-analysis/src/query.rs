//! Query analysis: each word of a user's query with its stem, compound parts, synonyms, and
//! whether it is a stop word, negated (`-word`) or inside a quoted phrase.

use std::ops::Range;

use crate::analysis::GermanAnalysis;
use crate::fold::fold;
use crate::stem::stem_folded;
use crate::words::{Group, MAX_WORD_CHARS, groups};

/// One word of a query, with what the query builder needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryWord {
    /// Folded, unstemmed ("Sprach-Café" → "sprachcafe").
    pub surface: String,
    /// Stem, as in the index terms.
    pub stem: String,
    /// Stems of the compound parts (for a hyphenated word: of its members), without the word's
    /// own stem; empty if it is no compound.
    pub parts: Vec<String>,
    /// Synonyms, each a sequence of stems (stop words left out).
    pub synonyms: Vec<Vec<String>>,
    /// A stop word or question word ("wie", "wo", "kann", "ich", "gibt" …): give it little or
    /// no weight. Stop words have no index terms.
    pub stop: bool,
    /// Written as `-word`: documents containing it should be excluded.
    pub negated: bool,
    /// Index of the quoted phrase (`"…"`, `„…“`, `«…»`) it belongs to, counted over the phrases
    /// that hold words; an unclosed quote runs to the end of the query.
    pub phrase: Option<usize>,
    /// Its position, as in [`GermanAnalysis::index_terms`]: a hyphenated word takes as many
    /// positions as it has members, so phrase queries can use these offsets.
    pub position: u32,
    /// The word as typed (unfolded): for analysers of other languages, and because German
    /// capitalises nouns, which carry the topic of a question.
    pub original: String,
}

impl QueryWord {
    /// Written with a capital first letter (in German: a noun or a name).
    pub fn capitalised(&self) -> bool {
        self.original.chars().next().is_some_and(char::is_uppercase)
    }
}

impl GermanAnalysis {
    /// Analyses a user's query word by word. A hyphenated word ("Sprach-Café") is one query
    /// word whose stem is that of the whole and whose parts are its members' stems.
    pub fn query(&self, q: &str) -> Vec<QueryWord> {
        let phrases = phrase_spans(q);
        let mut phrase_numbers: Vec<Option<usize>> = vec![None; phrases.len()];
        let mut next_phrase = 0;
        let mut out = Vec::new();
        let all_groups = groups(q);
        for (index, group) in all_groups.iter().enumerate() {
            let range = group.range();
            // "Integrations- und Sprachkurse": the first word means "Integrationskurse".
            let completed = self.suspended_compound(q, &all_groups, index);
            let surface = match (&completed, group.joined()) {
                (Some(whole), _) => fold(whole),
                (None, Some(joined)) => fold(&joined),
                (None, None) => group
                    .members
                    .first()
                    .map(|w| fold(&w.text))
                    .unwrap_or_default(),
            };
            if surface.is_empty() || surface.chars().count() > MAX_WORD_CHARS {
                continue;
            }
            let stop = completed.is_none()
                && group
                    .members
                    .iter()
                    .all(|w| self.is_stop_word(&fold(&w.text)));
            let phrase = phrases
                .iter()
                .position(|p| p.start <= range.start && range.end <= p.end)
                .map(|index| {
                    *phrase_numbers[index].get_or_insert_with(|| {
                        next_phrase += 1;
                        next_phrase - 1
                    })
                });
            let stem = stem_folded(&surface);
            let (parts, synonyms) = if stop {
                (Vec::new(), Vec::new())
            } else {
                let mut parts = match &completed {
                    Some(whole) => self.part_stems(whole),
                    None => self.query_parts(group, &stem),
                };
                parts.retain(|p| *p != stem);
                (parts, self.synonyms_of(&stem).to_vec())
            };
            let original = q[range.clone()].to_owned();
            out.push(QueryWord {
                original,
                surface,
                stem,
                parts,
                synonyms,
                stop,
                negated: is_negated(q, range.start),
                phrase,
                position: group.position,
            });
        }
        out
    }

    /// A word written with a suspended hyphen before a conjunction ("Integrations- und
    /// Sprachkurse", "Schengen- oder Nationalvisum") completed with the compound that follows
    /// less its first part ("Integrationskurse"); `None` for any other word.
    fn suspended_compound(&self, q: &str, groups: &[Group<'_>], index: usize) -> Option<String> {
        let group = &groups[index];
        let [word] = group.members.as_slice() else {
            return None;
        };
        let mut after = q[group.range().end..].chars();
        if !after
            .next()
            .is_some_and(|c| matches!(c, '-' | '\u{2010}' | '\u{2011}'))
        {
            return None;
        }
        if !after.next().is_some_and(|c| c.is_whitespace() || c == ',') {
            return None;
        }
        let mut conjunction = false;
        // The compound comes after the conjunction and maybe an adjective or another
        // suspended word: "Integrations- und normale Sprachkurse".
        for next in groups.iter().skip(index + 1).take(4) {
            let last = next.members.last()?;
            let folded = fold(&last.text);
            if next.members.len() == 1
                && matches!(folded.as_str(), "und" | "oder" | "bzw" | "sowie")
            {
                conjunction = true;
                continue;
            }
            if !conjunction {
                // Only another suspended word may come first: "Integrations-, Sprach- und
                // Deutschkurse".
                if q[next.range().end..].starts_with(['-', '\u{2010}', '\u{2011}']) {
                    continue;
                }
                return None;
            }
            // What the words share is the compound without its first part: "Kinder- und
            // Jugendkulturwerkstatt" is "Kinderkulturwerkstatt".
            let head = if next.members.len() > 1 {
                Some(next.members[1..].iter().map(|w| w.text.as_ref()).collect())
            } else {
                self.split_ranges(&last.text)
                    .and_then(|(base, ranges)| Some(base[ranges.get(1)?.start..].to_string()))
            };
            match head {
                Some(head) => return Some(format!("{}{head}", word.text)),
                // Lower case: an adjective before the compound.
                None if last.text.chars().next().is_some_and(char::is_lowercase) => continue,
                None => return None,
            }
        }
        None
    }

    /// Part stems of a query word: its compound parts, or for a hyphenated word its members'
    /// stems (stop words left out, the word's own stem left out).
    fn query_parts(&self, group: &Group<'_>, stem: &str) -> Vec<String> {
        let mut parts: Vec<String> = Vec::new();
        if group.members.len() > 1 {
            for member in &group.members {
                let folded = fold(&member.text);
                if !self.is_stop_word(&folded) && !folded.is_empty() {
                    let s = stem_folded(&folded);
                    if !parts.contains(&s) {
                        parts.push(s);
                    }
                }
            }
        } else if let Some(word) = group.members.first() {
            parts = self.part_stems(&word.text);
        }
        parts.retain(|p| p != stem);
        parts
    }
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '„' | '“' | '”' | '«' | '»' | '‟' | '″')
}

/// Byte ranges inside quotes; an unclosed quote runs to the end.
fn phrase_spans(q: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in q.char_indices() {
        if is_quote(c) {
            match open.take() {
                None => open = Some(i + c.len_utf8()),
                Some(start) => spans.push(start..i),
            }
        }
    }
    if let Some(start) = open {
        spans.push(start..q.len());
    }
    spans
}

/// Whether the word starting at byte `start` is written `-word`: a minus sign directly before
/// it, and before that the start, a space, a quote or an opening bracket.
fn is_negated(q: &str, start: usize) -> bool {
    let mut before = q[..start].chars().rev();
    before.next().is_some_and(|c| c == '-' || c == '\u{2212}')
        && before
            .next()
            .is_none_or(|c| c.is_whitespace() || is_quote(c) || c == '(' || c == '[')
}
