//! Snippets: the part of a hit's description where the query's terms stand, escaped, the
//! matching words in `<b>` — the terms the query looks for in the `all` field (analysed as
//! the description is), synonyms and compounds' parts included. The description's words are
//! analysed one at a time from the analysis's word cache (`GermanAnalysis::for_each_index_term`)
//! instead of building a token per term as tantivy's `SnippetGenerator` does; the fragment is
//! chosen as tantivy chooses it.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;

use atlas_analysis::GermanAnalysis;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, DocId, DocSet, Searcher, SegmentOrdinal, Term};

use crate::plan::Node;
use crate::search::escape_html;

/// Finds and marks a query's terms in texts of one field.
pub(crate) struct Snippets<'a> {
    analysis: &'a GermanAnalysis,
    /// Per term text, its weight: rarer terms weigh more (`1 / (1 + doc_freq)`).
    terms: HashMap<String, f32>,
    /// The same terms as the index holds them, in `field`.
    held: Vec<Term>,
    field: Field,
    /// The longest fragment, in bytes.
    max_bytes: usize,
}

impl<'a> Snippets<'a> {
    /// The terms the plan looks for in `searched` (analysed as `field` is: the query looks
    /// for its words, synonyms and compounds' parts there), as far as `field` holds them.
    pub fn new(
        searcher: &Searcher,
        analysis: &'a GermanAnalysis,
        plan: &Node,
        field: Field,
        searched: Field,
        max_bytes: usize,
    ) -> tantivy::Result<Self> {
        let mut wanted: BTreeSet<Term> = BTreeSet::new();
        plan.for_each_term(&mut |t| {
            if t.field() == searched
                && let Some(text) = t.value().as_str()
            {
                wanted.insert(Term::from_field_text(field, text));
            }
        });
        let mut terms = HashMap::new();
        let mut held = Vec::new();
        for t in wanted {
            let doc_freq = searcher.doc_freq(&t)?;
            if let Some(text) = t.value().as_str().filter(|_| doc_freq > 0) {
                terms.insert(text.to_owned(), 1.0 / (1.0 + doc_freq as f32));
                held.push(t);
            }
        }
        Ok(Self {
            analysis,
            terms,
            held,
            field,
            max_bytes,
        })
    }

    /// Which of `docs` hold one of the terms in the field: cheaper from the postings than
    /// analysing a description that holds none (the field's analysis gives a document's
    /// postings exactly the terms `html` finds in its text).
    pub fn holding(
        &self,
        searcher: &Searcher,
        docs: &[DocAddress],
    ) -> tantivy::Result<HashSet<DocAddress>> {
        let mut by_segment: BTreeMap<SegmentOrdinal, Vec<DocId>> = BTreeMap::new();
        for a in docs {
            by_segment.entry(a.segment_ord).or_default().push(a.doc_id);
        }
        let mut found = HashSet::new();
        for (segment, mut ids) in by_segment {
            ids.sort_unstable();
            let inverted = searcher
                .segment_reader(segment)
                .inverted_index(self.field)?;
            for term in &self.held {
                let Some(mut postings) = inverted.read_postings(term, IndexRecordOption::Basic)?
                else {
                    continue;
                };
                for &doc in &ids {
                    if postings.doc() < doc {
                        postings.seek(doc);
                    }
                    if postings.doc() == doc {
                        found.insert(DocAddress::new(segment, doc));
                    }
                }
            }
        }
        Ok(found)
    }

    /// The snippet of `text` as HTML; `None` when none of the terms stands in it.
    pub fn html(&self, text: &str) -> Option<String> {
        let best = self.best_fragment(text)?;
        let mut marks = best.marks;
        marks.sort_by_key(|r| (r.start, r.end));
        marks.dedup();
        let mut html = String::with_capacity(best.range.len() + 16);
        let mut from = best.range.start;
        let mut open: Option<Range<usize>> = None;
        // Overlapping marks merge (a hyphenated word's whole and its members).
        for m in marks {
            match open.as_mut() {
                Some(o) if m.start < o.end => o.end = o.end.max(m.end),
                _ => {
                    if let Some(o) = open.replace(m) {
                        mark(&mut html, text, &mut from, o);
                    }
                }
            }
        }
        if let Some(o) = open {
            mark(&mut html, text, &mut from, o);
        }
        html.push_str(&escape_html(&text[from..best.range.end]));
        Some(html)
    }

    /// Windows of at most `max_bytes` from word to word; the one whose matched terms weigh
    /// most, the earliest of equals.
    fn best_fragment(&self, text: &str) -> Option<Fragment> {
        let mut best: Option<Fragment> = None;
        let mut current = Fragment::new(0);
        let mut keep = |f: Fragment| {
            if f.score > 0.0 && best.as_ref().is_none_or(|b| f.score > b.score) {
                best = Some(f);
            }
        };
        self.analysis.for_each_index_term(text, |term, range| {
            if range.end.saturating_sub(current.range.start) > self.max_bytes {
                keep(std::mem::replace(&mut current, Fragment::new(range.start)));
            }
            current.range.end = current.range.end.max(range.end);
            if let Some(w) = self.terms.get(term) {
                current.score += w;
                // A hyphenated word's whole comes after its members and may begin before
                // the fragment does: only the fragment's part of it is marked.
                current
                    .marks
                    .push(range.start.max(current.range.start)..range.end);
            }
        });
        keep(current);
        best
    }
}

/// Escaped text up to the mark, then the mark in `<b>`.
fn mark(html: &mut String, text: &str, from: &mut usize, m: Range<usize>) {
    html.push_str(&escape_html(&text[*from..m.start]));
    html.push_str("<b>");
    html.push_str(&escape_html(&text[m.clone()]));
    html.push_str("</b>");
    *from = m.end;
}

struct Fragment {
    score: f32,
    range: Range<usize>,
    marks: Vec<Range<usize>>,
}

impl Fragment {
    fn new(start: usize) -> Self {
        Self {
            score: 0.0,
            range: start..start,
            marks: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Snippets looking for the index terms of `words`, each weighing 1.
    fn snippets<'a>(analysis: &'a GermanAnalysis, words: &str, max_bytes: usize) -> Snippets<'a> {
        let mut terms = HashMap::new();
        analysis.for_each_index_term(words, |t, _| {
            terms.insert(t.to_owned(), 1.0);
        });
        Snippets {
            analysis,
            terms,
            held: Vec::new(),
            field: Field::from_field_id(0),
            max_bytes,
        }
    }

    /// The snippet's text without marks and escapes.
    fn plain(html: &str) -> String {
        html.replace("<b>", "")
            .replace("</b>", "")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    #[test]
    fn a_hyphenated_word_across_the_fragment_boundary_is_marked_within_the_fragment() {
        let analysis = GermanAnalysis::embedded();
        let snippets = snippets(&analysis, "Sprach-Café", 200);
        // The filler ends right before the hyphenated word, so that its second member opens
        // a new fragment while the whole word began in the first one.
        for filler_words in 30..45 {
            let text = format!("{} Sprach-Café am Markt", "Wort ".repeat(filler_words));
            let html = snippets.html(&text).expect("the word stands in the text");
            assert!(html.contains("<b>"), "{html}");
            assert!(text.contains(&plain(&html)), "{html} is not part of {text}");
        }
    }

    #[test]
    fn marks_are_merged_and_escaped() {
        let analysis = GermanAnalysis::embedded();
        let snippets = snippets(&analysis, "Sprach-Café", 200);
        let html = snippets
            .html("<i>Unser Sprach-Café & mehr</i>")
            .expect("the word stands in the text");
        // The fragment ends with its last word, as tantivy's did.
        assert_eq!(html, "&lt;i&gt;Unser <b>Sprach-Café</b> &amp; mehr&lt;/i");
        assert_eq!(snippets.html("Nichts davon hier"), None);
    }

    /// Random texts of German, hyphenated, other-script and punctuation words against random
    /// query words: a snippet never panics, is a piece of the text, marks at least one word
    /// and stays within the fragment length plus one word.
    #[test]
    fn snippets_of_random_texts_are_pieces_of_them() {
        const WORDS: &[&str] = &[
            "Sprach-Café",
            "Deutschkurs",
            "Deutschkurse",
            "für",
            "Frauen",
            "Eltern-Kind-Gruppe",
            "Hausaufgabenhilfe",
            "Kita",
            "Straße",
            "&",
            "<b>",
            "\"quoted\"",
            "Beratung,",
            "Integrations-",
            "-kurs",
            "---",
            "دورة",
            "Курс",
            "Türkçe",
            "🙂",
            "e.V.",
            "Main-Kinzig-Kreis",
            "Migrationsberatung",
            "a",
            "Café-Treff",
            "x-y-z",
            "Ärzte",
            "Koeln",
            "1.",
            "2026-12-03",
        ];
        let analysis = GermanAnalysis::embedded();
        let mut rng = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |n: usize| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % n as u64) as usize
        };
        for round in 0..3_000 {
            let len = next(80);
            let text: Vec<&str> = (0..len).map(|_| WORDS[next(WORDS.len())]).collect();
            let sep = [" ", "", "-", "\n"][next(4)];
            let text = text.join(sep);
            let query: Vec<&str> = (0..1 + next(3)).map(|_| WORDS[next(WORDS.len())]).collect();
            let max_bytes = [1, 20, 200][next(3)];
            let snippets = snippets(&analysis, &query.join(" "), max_bytes);
            let mut any = false;
            analysis.for_each_index_term(&text, |t, _| any |= snippets.terms.contains_key(t));
            match snippets.html(&text) {
                None => assert!(!any, "round {round}: no snippet of {text:?} for {query:?}"),
                Some(html) => {
                    assert!(any, "round {round}: a snippet without a term: {html}");
                    assert!(html.contains("<b>"), "round {round}: {html}");
                    let plain = plain(&html);
                    assert!(
                        text.contains(&plain),
                        "round {round}: {plain:?} not in {text:?}"
                    );
                }
            }
        }
    }
}
