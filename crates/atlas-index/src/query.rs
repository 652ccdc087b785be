//! From the words of a user's query to a tantivy query. Each content word may match as its
//! stem in the name (strongest), anywhere in the record (the `all` field, whose texts count
//! with their fields' weights, see `doc.rs`) or in the provider's name; as the exact word (a
//! bonus over stem-only matches); in a translation; as its compound parts; as a
//! synonym; with typos (one edit from 5 letters, two from 9; weaker than exact); and, for the
//! last word while typing, as a prefix. Adjacent words get a proximity bonus; quoted phrases
//! must match as phrases; `-word` excludes. In a question, a compound's parts may match one by
//! one (strongly: a question's compound is often answered by a text that names its parts
//! apart), and a word that most documents contain weighs less.

use atlas_analysis::QueryWord;
use tantivy::Term;
use tantivy::query::{FuzzyTermQuery, Occur, PhraseQuery};
use tantivy::schema::Field;

use crate::SearchIndex;
use crate::plan::{Node, implied};
use crate::schema::OTHER_LANGUAGES;

/// How the content words combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Combine {
    /// Every content word must match (short queries).
    All,
    /// Any content word may match; more matches score higher (questions, and the fallback
    /// when `All` finds nothing).
    Any,
}

/// Weights of the ways a word can match. The defaults are what the relevance evaluation
/// (`atlas eval`) chose; `atlas eval --tuning FILE` tries others without rebuilding.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Tuning {
    pub name: f32,
    pub name_exact: f32,
    pub all_exact: f32,
    /// The stem anywhere in the record (name, keywords, places, description) as one field.
    pub all: f32,
    /// The stem in the provider's name.
    pub provider: f32,
    pub other_language: f32,
    pub parts: f32,
    pub synonym_name: f32,
    pub synonym_all: f32,
    pub fuzzy: f32,
    /// Typo tolerance applies to words found in fewer documents than this.
    pub fuzzy_below_doc_freq: u64,
    pub prefix: f32,
    pub proximity_all: f32,
    pub proximity_name: f32,
    /// Queries of up to this many content words require all of them at first.
    pub all_words_up_to: usize,
    /// A query of this many words (stop words included), or ending in "?", is a question.
    pub question_words: usize,
    /// Weight of lower-case words in a query that also has capitalised ones.
    pub lowercase_in_mixed: f32,
    /// A word found in more than this share of all documents is common: in a question it
    /// says little about the topic ("Deutschland", "Informationen").
    pub common_share: f32,
    /// Weight of a common word in a question.
    pub common: f32,
    /// Bonus when every content word of a question (two or more) is in the name.
    pub name_all: f32,
}

impl Default for Tuning {
    fn default() -> Self {
        Self {
            name: 1.0,
            name_exact: 0.3,
            all_exact: 0.6,
            all: 0.75,
            provider: 0.3,
            other_language: 1.0,
            parts: 2.0,
            synonym_name: 0.5,
            synonym_all: 0.2,
            fuzzy: 0.3,
            fuzzy_below_doc_freq: 3,
            prefix: 0.6,
            proximity_all: 1.5,
            proximity_name: 1.0,
            all_words_up_to: 3,
            question_words: 5,
            lowercase_in_mixed: 0.4,
            common_share: 0.2,
            common: 0.3,
            name_all: 0.0,
        }
    }
}

pub(crate) struct Built {
    /// The same query as a tree the search runs itself.
    pub plan: Node,
    /// Whether the text had anything to match (false: list everything by the sort order).
    pub has_text: bool,
    pub combine: Combine,
    /// Quoted phrases that had to match.
    pub phrases: usize,
    /// The proximity bonus of adjacent words: it only adds to the scores of documents the
    /// plan matches, so the search adds it for the best of them only (see `search.rs`).
    pub bonus: Vec<Node>,
}

fn term(field: Field, text: &str, boost: f32) -> Node {
    Node::term(Term::from_field_text(field, text), boost)
}

fn phrase(field: Field, words: &[String], slop: u32, boost: f32) -> Option<Node> {
    match words {
        [] => None,
        [one] => Some(term(field, one, boost)),
        many => {
            let terms = many
                .iter()
                .enumerate()
                .map(|(i, w)| (i, Term::from_field_text(field, w)))
                .collect();
            Some(Node::other(
                Box::new(PhraseQuery::new_with_offset_and_slop(terms, slop)),
                boost,
            ))
        }
    }
}

impl SearchIndex {
    /// The weights in use.
    pub fn tuning(&self) -> Tuning {
        self.inner
            .tuning
            .read()
            .map(|t| t.clone())
            .unwrap_or_default()
    }

    /// Replaces the weights (for relevance experiments).
    pub fn set_tuning(&self, tuning: Tuning) {
        if let Ok(mut t) = self.inner.tuning.write() {
            *t = tuning;
        }
    }

    pub(crate) fn build_query(&self, text: &str, prefix_last: bool, relaxed: bool) -> Built {
        let t = self.tuning();
        let f = &self.inner.fields;
        let words = self.inner.analysis.query(text);
        // Relaxed (after a strict query found nothing): quotes count as emphasis only.
        let in_phrase = |w: &QueryWord| w.phrase.is_some() && !relaxed;
        let mut content: Vec<&QueryWord> = words
            .iter()
            .filter(|w| !w.stop && !w.negated && !in_phrase(w) && !w.stem.is_empty())
            .collect();
        let has_phrase = words.iter().any(|w| in_phrase(w) && !w.negated);
        if content.is_empty() && !has_phrase {
            // Only stop words ("was ist das"): search them rather than nothing.
            content = words
                .iter()
                .filter(|w| !w.negated && !in_phrase(w) && !w.stem.is_empty())
                .collect();
        }
        let negated: Vec<&QueryWord> = words.iter().filter(|w| w.negated).collect();
        if content.is_empty() && !has_phrase {
            let plan = if negated.is_empty() {
                Node::All
            } else {
                let mut clauses: Vec<(Occur, Node)> = vec![(Occur::Must, Node::All)];
                for w in &negated {
                    clauses.push((
                        Occur::MustNot,
                        self.word_query(&t, w, false, false, self.doc_freq(f.all, &w.stem)),
                    ));
                }
                Node::Bool(clauses, 1.0)
            };
            return Built {
                plan,
                has_text: false,
                combine: Combine::Any,
                phrases: 0,
                bonus: Vec::new(),
            };
        }
        // A question (or a long text) is answered by what matches most of it; a few keywords
        // must all match.
        let question = text.trim_end().ends_with('?') || words.len() >= t.question_words;
        let combine = if !relaxed && !question && content.len() <= t.all_words_up_to {
            Combine::All
        } else {
            Combine::Any
        };
        let occur = match combine {
            Combine::All => Occur::Must,
            Combine::Any => Occur::Should,
        };
        let mut clauses: Vec<(Occur, Node)> = Vec::new();
        let last = content.len().saturating_sub(1);
        // German capitalises nouns: where a question mixes cases, its nouns carry the topic.
        let mixed =
            content.iter().any(|w| w.capitalised()) && content.iter().any(|w| !w.capitalised());
        let docs = self.inner.reader.searcher().num_docs().max(1);
        for (i, w) in content.iter().enumerate() {
            // In a question (any word may match), compound parts may match one by one too.
            let loose = relaxed || combine == Combine::Any;
            let df = self.doc_freq(f.all, &w.stem);
            let q = self.word_query(&t, w, prefix_last && i == last, loose, df);
            let mut weight = 1.0;
            if mixed && !w.capitalised() {
                weight *= t.lowercase_in_mixed;
            }
            // A word most documents contain barely tells a question's topic.
            if combine == Combine::Any && df as f32 > t.common_share * docs as f32 {
                weight *= t.common;
            }
            let q = if weight == 1.0 { q } else { q.boosted(weight) };
            clauses.push((occur, q));
        }
        // A question whose words all stand in a name is most likely about that record.
        if combine == Combine::Any && content.len() >= 2 && t.name_all > 0.0 {
            let all_in_name: Vec<(Occur, Node)> = content
                .iter()
                .map(|w| (Occur::Must, term(f.name, &w.stem, 1.0)))
                .collect();
            clauses.push((Occur::Should, Node::Bool(all_in_name, t.name_all)));
        }
        // Proximity: adjacent content words close together score higher. Both words match
        // wherever the phrase does: it only adds to scores.
        let mut bonus = Vec::new();
        for pair in content.windows(2) {
            let stems = [pair[0].stem.clone(), pair[1].stem.clone()];
            if let Some(q) = phrase(f.all, &stems, 3, t.proximity_all) {
                bonus.push(implied(q));
            }
            if let Some(q) = phrase(f.name, &stems, 1, t.proximity_name) {
                bonus.push(implied(q));
            }
        }
        // Quoted phrases must match as phrases.
        let mut phrase_count = 0;
        let mut phrase_ids: Vec<usize> = if relaxed {
            Vec::new()
        } else {
            words.iter().filter_map(|w| w.phrase).collect()
        };
        phrase_ids.dedup();
        for id in phrase_ids {
            let members: Vec<&QueryWord> = words
                .iter()
                .filter(|w| w.phrase == Some(id) && !w.stop && !w.stem.is_empty())
                .collect();
            let Some(first) = members.first().map(|w| w.position) else {
                continue;
            };
            let q = if members.len() == 1 {
                term(f.all, &members[0].stem, 2.0)
            } else {
                // Offsets as in the text, so that stop words inside the phrase keep their place.
                let terms = members
                    .iter()
                    .map(|w| {
                        (
                            (w.position - first) as usize,
                            Term::from_field_text(f.all, &w.stem),
                        )
                    })
                    .collect();
                Node::other(Box::new(PhraseQuery::new_with_offset(terms)), 2.0)
            };
            clauses.push((Occur::Must, q));
            phrase_count += 1;
        }
        for w in &negated {
            clauses.push((
                Occur::MustNot,
                self.word_query(&t, w, false, false, self.doc_freq(f.all, &w.stem)),
            ));
        }
        let plan = Node::Bool(clauses, 1.0);
        Built {
            plan,
            has_text: true,
            combine,
            phrases: phrase_count,
            bonus,
        }
    }

    /// All the ways one word may match, as a disjunction.
    /// `relaxed`: compound parts may match one by one (not only all together). `df`: in how
    /// many documents the stem occurs (typo tolerance only for rare words).
    fn word_query(&self, t: &Tuning, w: &QueryWord, prefix: bool, relaxed: bool, df: u64) -> Node {
        let f = &self.inner.fields;
        let mut alts: Vec<(Occur, Node)> = Vec::new();
        // `all` holds the name through the same analysis (`all_exact` likewise for
        // `name_exact`): where it is searched too, a match in the name only adds to the score
        // (`implied`), and a search without scores reads `all` alone.
        let stem_everywhere = t.all > 0.0;
        let surface_everywhere = t.all_exact > 0.0;
        for (field, text, boost, implied_by_all) in [
            (f.name, &w.stem, t.name, stem_everywhere),
            (f.name_exact, &w.surface, t.name_exact, surface_everywhere),
            (f.all_exact, &w.surface, t.all_exact, false),
            (f.provider, &w.stem, t.provider, false),
            (f.all, &w.stem, t.all, false),
        ] {
            if boost > 0.0 {
                let q = term(field, text, boost);
                alts.push((Occur::Should, if implied_by_all { implied(q) } else { q }));
            }
        }
        // The same word in the other languages' fields, analysed the way they index.
        for (i, lang) in OTHER_LANGUAGES.iter().enumerate() {
            for x in self.analyze(&format!("atlas_{lang}"), &w.original) {
                alts.push((Occur::Should, term(f.other[i], &x, t.other_language)));
            }
        }
        if w.parts.len() > 1 {
            let each = if relaxed { Occur::Should } else { Occur::Must };
            let parts: Vec<(Occur, Node)> = w
                .parts
                .iter()
                .map(|p| (each, term(f.all, p, 1.0)))
                .collect();
            let parts = Node::Bool(parts, t.parts);
            // All parts together: scored by tantivy's intersection, which skips through the
            // parts' long postings (the tree would read each in full).
            let parts = if relaxed {
                parts
            } else {
                Node::scored_by_tantivy(parts)
            };
            alts.push((Occur::Should, parts));
        }
        for syn in &w.synonyms {
            match syn.as_slice() {
                [one] => {
                    // In the name: implied by the synonym anywhere.
                    let in_name = term(f.name, one, t.synonym_name);
                    alts.push((Occur::Should, implied(in_name)));
                    alts.push((Occur::Should, term(f.all, one, t.synonym_all)));
                }
                [] => {}
                many => {
                    // Read once per segment (see `Node::Phrase`).
                    let terms = many
                        .iter()
                        .enumerate()
                        .map(|(i, w)| (i, Term::from_field_text(f.all, w)))
                        .collect();
                    alts.push((
                        Occur::Should,
                        Node::Phrase {
                            terms,
                            boost: t.synonym_all,
                            cache: self.inner.phrases.clone(),
                        },
                    ));
                }
            }
        }
        // Typos: only for a word the index hardly knows. A word found in many documents is
        // spelt right; its fuzzy expansion would cost time and add noise.
        let letters = w.stem.chars().count();
        if letters >= 5 && t.fuzzy > 0.0 && df < t.fuzzy_below_doc_freq {
            let distance = if letters >= 9 { 2 } else { 1 };
            let fuzzy = FuzzyTermQuery::new(Term::from_field_text(f.all, &w.stem), distance, true);
            alts.push((Occur::Should, Node::other(Box::new(fuzzy), t.fuzzy)));
        }
        if prefix {
            for x in self.prefix_terms(f.all_exact, &w.surface, 16) {
                if x != w.surface {
                    alts.push((Occur::Should, term(f.all_exact, &x, t.prefix)));
                }
            }
        }
        if alts.is_empty() {
            return Node::Empty;
        }
        Node::Bool(alts, 1.0)
    }

    /// In how many documents a term of `field` occurs.
    fn doc_freq(&self, field: Field, text: &str) -> u64 {
        self.inner
            .reader
            .searcher()
            .doc_freq(&Term::from_field_text(field, text))
            .unwrap_or(0)
    }

    /// The terms a tokenizer makes of a text.
    pub(crate) fn analyze(&self, tokenizer: &str, text: &str) -> Vec<String> {
        let Some(mut analyzer) = self.inner.index.tokenizers().get(tokenizer) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while stream.advance() {
            let t = &stream.token().text;
            if !t.is_empty() && !out.contains(t) {
                out.push(t.clone());
            }
        }
        out
    }

    /// Up to `limit` indexed terms of `field` that start with `prefix` (shortest first).
    pub(crate) fn prefix_terms(&self, field: Field, prefix: &str, limit: usize) -> Vec<String> {
        if prefix.chars().count() < 2 {
            return Vec::new();
        }
        let searcher = self.inner.reader.searcher();
        let mut found: Vec<String> = Vec::new();
        let mut upper = prefix.as_bytes().to_vec();
        upper.push(0xff);
        for segment in searcher.segment_readers() {
            let Ok(inverted) = segment.inverted_index(field) else {
                continue;
            };
            let Ok(mut stream) = inverted
                .terms()
                .range()
                .ge(prefix.as_bytes())
                .lt(&upper)
                .into_stream()
            else {
                continue;
            };
            let mut n = 0;
            while stream.advance() && n < 256 {
                if let Ok(s) = std::str::from_utf8(stream.key())
                    && !found.iter().any(|f| f == s)
                {
                    found.push(s.to_owned());
                }
                n += 1;
            }
        }
        found.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        found.truncate(limit);
        found
    }
}
