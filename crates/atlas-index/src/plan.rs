//! The text query as a tree the search can run itself: per segment, the documents it matches
//! as a bit set (postings read one term at a time into bits: no union heap) and, when the
//! ranking needs them, their scores summed term by term into an array by document. The scores
//! are tantivy's: each term clause is scored by tantivy's own BM25 term scorer with the boosts
//! of the tree multiplied down, phrases, typo-tolerant words and a compound's parts taken
//! together (an intersection that skips) by tantivy's scorers (multi-word synonyms from
//! phrase postings read once per segment, scored alike), and a boolean node scores the
//! sum of its matching clauses — exactly what the equivalent `BooleanQuery` scores
//! (`Node::to_query`), up to the order of the floating-point additions. The search runs every
//! text query with it: without scores when results are sorted by distance, name or date, with
//! scores when they are ranked by relevance (measured faster than tantivy's union of scorers,
//! for one word as for several, once postings are read a block of 128 documents at a time;
//! the same totals, hits and relevance figures, checked with `atlas eval` and the benchmark's
//! totals) — and when filters leave few documents to rank, `Prepared::score_docs` scores those
//! alone, seeking them.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tantivy::fieldnorm::FieldNormReader;
use tantivy::index::SegmentId;
use tantivy::postings::Postings;
use tantivy::query::{
    AllQuery, Bm25Weight, BooleanQuery, BoostQuery, EmptyQuery, EnableScoring, Occur, PhraseQuery,
    Query, TermQuery, Weight,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, SeekDangerResult, SegmentReader, TERMINATED, Term};

use crate::attrs::Bits;

/// A query tree (what `query.rs` builds).
#[derive(Debug)]
pub(crate) enum Node {
    /// A term, scored by BM25 times the boost. `implied`: a sibling matches every document
    /// it matches (the word in the name, where the word anywhere is a sibling), so it only
    /// adds to scores and a search without scores skips it.
    Term {
        term: Term,
        boost: f32,
        implied: bool,
    },
    /// A query run through tantivy's scorer (phrases, typo tolerance). `implied`: every
    /// document it matches is matched by its siblings anyway (a proximity bonus), so it never
    /// changes which documents match, only their scores. `sets`: the same documents as a tree,
    /// which a search without scores runs instead (a compound's parts: tantivy's intersection
    /// skips through long postings, measured faster with scores; without, intersecting bit
    /// sets of the postings read block by block is faster).
    Other {
        query: Box<dyn Query>,
        boost: f32,
        implied: bool,
        sets: Option<Box<Node>>,
    },
    /// An exact phrase of a fixed list (a multi-word synonym such as "Deutsch lernen"):
    /// its documents and how often it stands in each are read from the words' positions once
    /// per segment (`PhraseCache`), then scored as tantivy's `PhraseScorer` scores them.
    /// Words like "deutsch" and "lernen" share thousands of documents, each a position
    /// check, on every search that expands to the synonym.
    Phrase {
        /// Each word with its offset in the phrase.
        terms: Vec<(usize, Term)>,
        boost: f32,
        cache: Arc<PhraseCache>,
    },
    /// Clauses: with any `Must`, the `Must`s decide (and `Should`s only add to the score);
    /// without, at least one `Should` must match. `MustNot` excludes. The boost multiplies.
    Bool(Vec<(Occur, Node)>, f32),
    All,
    Empty,
}

impl Node {
    pub fn term(term: Term, boost: f32) -> Self {
        Node::Term {
            term,
            boost,
            implied: false,
        }
    }

    pub fn other(query: Box<dyn Query>, boost: f32) -> Self {
        Node::Other {
            query,
            boost,
            implied: false,
            sets: None,
        }
    }

    /// `node` scored by tantivy's scorer of it, run as a tree without scores.
    pub fn scored_by_tantivy(node: Node) -> Self {
        Node::Other {
            query: node.to_query(),
            boost: 1.0,
            implied: false,
            sets: Some(Box::new(node)),
        }
    }

    /// This node scaled by `boost`.
    pub fn boosted(self, boost: f32) -> Self {
        match self {
            Node::Bool(c, 1.0) => Node::Bool(c, boost),
            n => Node::Bool(vec![(Occur::Should, n)], boost),
        }
    }

    pub fn is_all(&self) -> bool {
        matches!(self, Node::All)
    }

    /// Calls `f` with every term the tree looks for, excluded ones too (as tantivy's
    /// `Query::query_terms`).
    pub fn for_each_term(&self, f: &mut dyn FnMut(&Term)) {
        match self {
            Node::Term { term, .. } => f(term),
            Node::Other { query, .. } => query.query_terms(&mut |t, _| f(t)),
            Node::Phrase { terms, .. } => terms.iter().for_each(|(_, t)| f(t)),
            Node::Bool(clauses, _) => clauses.iter().for_each(|(_, n)| n.for_each_term(f)),
            Node::All | Node::Empty => {}
        }
    }

    /// The same query for tantivy (for a clause tantivy scores; the tests' reference).
    pub fn to_query(&self) -> Box<dyn Query> {
        match self {
            Node::Term {
                term: t, boost: b, ..
            } => Box::new(BoostQuery::new(
                Box::new(TermQuery::new(t.clone(), IndexRecordOption::WithFreqs)),
                *b,
            )),
            Node::Other { query, boost, .. } => {
                Box::new(BoostQuery::new(query.box_clone(), *boost))
            }
            Node::Phrase { terms, boost, .. } => Box::new(BoostQuery::new(
                Box::new(PhraseQuery::new_with_offset(terms.clone())),
                *boost,
            )),
            Node::Bool(clauses, b) => {
                let q = Box::new(BooleanQuery::new(
                    clauses.iter().map(|(o, n)| (*o, n.to_query())).collect(),
                ));
                if *b == 1.0 {
                    q
                } else {
                    Box::new(BoostQuery::new(q, *b))
                }
            }
            Node::All => Box::new(AllQuery),
            Node::Empty => Box::new(EmptyQuery),
        }
    }

    /// The tree with tantivy's weights (BM25 statistics over the whole index) in its leaves.
    pub fn prepare(
        &self,
        searcher: &tantivy::Searcher,
        scoring: EnableScoring<'_>,
    ) -> tantivy::Result<Prepared> {
        Ok(match self {
            // As tantivy's `TermWeight` computes it.
            Node::Term {
                term: t,
                boost: b,
                implied,
            } => Prepared::Term {
                term: t.clone(),
                bm25: if scoring.is_scoring_enabled() {
                    Some(Bm25Weight::for_terms(searcher, std::slice::from_ref(t))?)
                } else {
                    None
                },
                boost: *b,
                implied: *implied,
            },
            Node::Other {
                query,
                boost,
                implied,
                sets,
            } => Prepared::Leaf {
                weight: query.weight(scoring)?,
                boost: *boost,
                implied: *implied,
                sets: match sets {
                    Some(n) => Some(Box::new(
                        n.prepare(searcher, EnableScoring::disabled_from_searcher(searcher))?,
                    )),
                    None => None,
                },
            },
            // As tantivy's `PhraseQuery` weighs it: BM25 over the words' statistics.
            Node::Phrase {
                terms,
                boost,
                cache,
            } => Prepared::Phrase(PreparedPhrase {
                bm25: if scoring.is_scoring_enabled() {
                    let words: Vec<Term> = terms.iter().map(|(_, t)| t.clone()).collect();
                    Some(Bm25Weight::for_terms(searcher, &words)?)
                } else {
                    None
                },
                terms: terms.clone(),
                boost: *boost,
                cache: cache.clone(),
            }),
            Node::Bool(clauses, b) => {
                let mut must = Vec::new();
                let mut should = Vec::new();
                let mut not = Vec::new();
                for (o, n) in clauses {
                    let p = n.prepare(searcher, scoring)?;
                    match o {
                        Occur::Must => must.push(p),
                        Occur::Should => should.push(p),
                        Occur::MustNot => not.push(p),
                    }
                }
                Prepared::Bool {
                    must,
                    should,
                    not,
                    boost: *b,
                    scored: scoring.is_scoring_enabled(),
                }
            }
            Node::All => Prepared::All,
            Node::Empty => Prepared::Empty,
        })
    }
}

/// A `Node` with weights.
pub(crate) enum Prepared {
    Term {
        term: Term,
        /// Without: scoring is off.
        bm25: Option<Bm25Weight>,
        boost: f32,
        implied: bool,
    },
    Leaf {
        weight: Box<dyn Weight>,
        boost: f32,
        implied: bool,
        /// Run instead without scores (`Node::Other`).
        sets: Option<Box<Prepared>>,
    },
    Phrase(PreparedPhrase),
    Bool {
        must: Vec<Prepared>,
        should: Vec<Prepared>,
        not: Vec<Prepared>,
        boost: f32,
        /// Whether scores are wanted (without, implied clauses are skipped).
        scored: bool,
    },
    All,
    Empty,
}

impl Prepared {
    /// The documents of the segment the node matches; with `acc`, adds each matched
    /// document's score (times `mult`) to `acc[doc]`. `clean`: add nothing for documents the
    /// node does not match (otherwise such entries may hold partial sums — fine where the
    /// caller reads only documents the node matches, as for the root). `restrict`: add
    /// scores only for these (every match is still reported).
    pub fn eval(
        &self,
        reader: &SegmentReader,
        mult: f32,
        acc: Option<&mut [f32]>,
        clean: bool,
        restrict: Option<&Bits>,
    ) -> tantivy::Result<Bits> {
        let mut bits = Bits::empty(reader.max_doc());
        self.eval_into(reader, mult, acc, clean, restrict, &mut bits)?;
        Ok(bits)
    }

    /// As `eval`, adding the matched documents to `into` (no set of its own per clause).
    fn eval_into(
        &self,
        reader: &SegmentReader,
        mult: f32,
        mut acc: Option<&mut [f32]>,
        clean: bool,
        restrict: Option<&Bits>,
        into: &mut Bits,
    ) -> tantivy::Result<()> {
        let max = reader.max_doc();
        match self {
            Prepared::Empty => {}
            Prepared::All => {
                if let Some(acc) = acc {
                    for (d, a) in acc.iter_mut().enumerate().take(max as usize) {
                        if restrict.is_none_or(|r| r.contains(d as DocId)) {
                            *a += mult;
                        }
                    }
                }
                into.or(&Bits::full(max));
            }
            Prepared::Term {
                term, bm25, boost, ..
            } => {
                let inverted = reader.inverted_index(term.field())?;
                // Block by block (128 documents and their frequencies decoded at once): no
                // cursor to move per document.
                match (acc, bm25) {
                    (Some(acc), Some(bm25)) => {
                        let Some(mut block) =
                            inverted.read_block_postings(term, IndexRecordOption::WithFreqs)?
                        else {
                            return Ok(());
                        };
                        // What tantivy's `TermScorer` scores.
                        let bm25 = bm25.boost_by(mult * boost);
                        let norms = reader.get_fieldnorms_reader(term.field())?;
                        while !block.docs().is_empty() {
                            for (&doc, &tf) in block.docs().iter().zip(block.freqs()) {
                                into.insert(doc);
                                if restrict.is_none_or(|r| r.contains(doc)) {
                                    acc[doc as usize] += bm25.score(norms.fieldnorm_id(doc), tf);
                                }
                            }
                            block.advance();
                        }
                    }
                    _ => {
                        let Some(mut block) =
                            inverted.read_block_postings(term, IndexRecordOption::Basic)?
                        else {
                            return Ok(());
                        };
                        while !block.docs().is_empty() {
                            for &doc in block.docs() {
                                into.insert(doc);
                            }
                            block.advance();
                        }
                    }
                }
            }
            Prepared::Phrase(phrase) => {
                let Some((found, weight)) = phrase.read(reader, mult, acc.is_some())? else {
                    return Ok(());
                };
                match (acc, weight) {
                    // What tantivy's `PhraseScorer` scores.
                    (Some(acc), Some((bm25, norms))) => {
                        for (&doc, &n) in found.docs.iter().zip(&found.counts) {
                            into.insert(doc);
                            if restrict.is_none_or(|r| r.contains(doc)) {
                                acc[doc as usize] += bm25.score(norms.fieldnorm_id(doc), n);
                            }
                        }
                    }
                    _ => {
                        for &doc in &found.docs {
                            into.insert(doc);
                        }
                    }
                }
            }
            Prepared::Leaf {
                sets: Some(sets), ..
            } if acc.is_none() => {
                sets.eval_into(reader, mult, None, clean, restrict, into)?;
            }
            Prepared::Leaf { weight, boost, .. } => {
                let mut scorer = weight.scorer(reader, mult * boost)?;
                let mut doc = scorer.doc();
                match acc {
                    Some(acc) => {
                        while doc != TERMINATED {
                            into.insert(doc);
                            if restrict.is_none_or(|r| r.contains(doc)) {
                                acc[doc as usize] += scorer.score();
                            }
                            doc = scorer.advance();
                        }
                    }
                    None => {
                        while doc != TERMINATED {
                            into.insert(doc);
                            doc = scorer.advance();
                        }
                    }
                }
            }
            Prepared::Bool {
                must,
                should,
                not,
                boost,
                ..
            } => {
                let mult = mult * boost;
                if must.is_empty() && not.is_empty() {
                    // At least one `Should` must match: the union; each adds where it
                    // matches (clean, whatever the caller reads).
                    for s in should {
                        if acc.is_none() && s.implied() {
                            continue;
                        }
                        s.eval_into(reader, mult, acc.as_deref_mut(), true, restrict, into)?;
                    }
                    return Ok(());
                }
                let mut bits = Bits::empty(max);
                if must.is_empty() && clean && acc.is_some() {
                    // `Should`s and `MustNot`s: which documents match first, then the scores
                    // only where they do (no partial sums for excluded documents).
                    for s in should.iter().filter(|s| !s.implied()) {
                        s.eval_into(reader, mult, None, false, None, &mut bits)?;
                    }
                    for n in not {
                        bits.and_not(&n.eval(reader, 1.0, None, false, None)?);
                    }
                    // Every match counts; only the scores are restricted.
                    into.or(&bits);
                    if let Some(r) = restrict {
                        bits.and(r);
                    }
                    for s in should {
                        s.eval(reader, mult, acc.as_deref_mut(), true, Some(&bits))?;
                    }
                    return Ok(());
                } else if must.is_empty() {
                    for s in should {
                        if acc.is_none() && s.implied() {
                            continue;
                        }
                        s.eval_into(reader, mult, acc.as_deref_mut(), true, restrict, &mut bits)?;
                    }
                } else if clean && acc.is_some() {
                    // The `Must`s decide first; then every clause adds only where all of them
                    // (and none of the `MustNot`s) match.
                    for (i, m) in must.iter().enumerate() {
                        if i == 0 {
                            m.eval_into(reader, mult, None, false, None, &mut bits)?;
                        } else {
                            bits.and(&m.eval(reader, mult, None, false, None)?);
                        }
                    }
                    for n in not {
                        bits.and_not(&n.eval(reader, 1.0, None, false, None)?);
                    }
                    // Every match counts; only the scores are restricted.
                    into.or(&bits);
                    if let Some(r) = restrict {
                        bits.and(r);
                    }
                    for c in must.iter().chain(should) {
                        c.eval(reader, mult, acc.as_deref_mut(), true, Some(&bits))?;
                    }
                    return Ok(());
                } else {
                    // Entries of documents this node does not match are not read: the
                    // `Must`s add freely; the `Should`s add where they match.
                    for (i, m) in must.iter().enumerate() {
                        if i == 0 {
                            m.eval_into(
                                reader,
                                mult,
                                acc.as_deref_mut(),
                                false,
                                restrict,
                                &mut bits,
                            )?;
                        } else {
                            bits.and(&m.eval(reader, mult, acc.as_deref_mut(), false, restrict)?);
                        }
                    }
                    if acc.is_some() {
                        let mut ignored = Bits::empty(max);
                        for s in should {
                            s.eval_into(
                                reader,
                                mult,
                                acc.as_deref_mut(),
                                true,
                                restrict,
                                &mut ignored,
                            )?;
                        }
                    }
                }
                for n in not {
                    bits.and_not(&n.eval(reader, 1.0, None, false, None)?);
                }
                into.or(&bits);
            }
        }
        Ok(())
    }

    /// For each of `docs` (strictly ascending), whether the node matches it and with which score
    /// (times `mult`; 0 without scoring): the postings and scorers seek the documents
    /// instead of being read through, so this costs little when `docs` are few.
    pub fn score_docs(
        &self,
        reader: &SegmentReader,
        mult: f32,
        docs: &[DocId],
    ) -> tantivy::Result<Vec<Option<f32>>> {
        let mut out = vec![None; docs.len()];
        match self {
            Prepared::Empty => {}
            Prepared::All => out.fill(Some(mult)),
            Prepared::Term {
                term, bm25, boost, ..
            } => {
                let option = if bm25.is_some() {
                    IndexRecordOption::WithFreqs
                } else {
                    IndexRecordOption::Basic
                };
                let inverted = reader.inverted_index(term.field())?;
                let Some(mut postings) = inverted.read_postings(term, option)? else {
                    return Ok(out);
                };
                let bm25 = weighted(bm25, mult * boost, reader, term.field())?;
                for (o, &doc) in out.iter_mut().zip(docs) {
                    if seek(&mut postings, doc) == TERMINATED {
                        break;
                    }
                    if postings.doc() == doc {
                        *o = Some(bm25.as_ref().map_or(0.0, |(w, n)| {
                            w.score(n.fieldnorm_id(doc), postings.term_freq())
                        }));
                    }
                }
            }
            Prepared::Phrase(phrase) => {
                let Some((found, bm25)) = phrase.read(reader, mult, true)? else {
                    return Ok(out);
                };
                let mut from = 0;
                for (o, &doc) in out.iter_mut().zip(docs) {
                    from += found.docs[from..].partition_point(|&d| d < doc);
                    if found.docs.get(from) == Some(&doc) {
                        let n = found.counts[from];
                        *o = Some(
                            bm25.as_ref()
                                .map_or(0.0, |(w, norms)| w.score(norms.fieldnorm_id(doc), n)),
                        );
                    }
                }
            }
            Prepared::Leaf { weight, boost, .. } => {
                // Each document is checked where it is, with tantivy's `seek_danger`: a
                // phrase scorer's `seek` (and its constructor) would read on through the
                // words' common documents to the next one where they stand together.
                let Some(&first) = docs.first() else {
                    return Ok(out);
                };
                let (mut at, mut scorer) = weight.scorer_danger(reader, first, mult * boost)?;
                // Documents before this one are not matches (a lower bound of the next).
                let mut next = first;
                for (o, &doc) in out.iter_mut().zip(docs) {
                    if doc < next {
                        continue;
                    }
                    if doc > first {
                        at = scorer.seek_danger(doc);
                    }
                    match at {
                        SeekDangerResult::Found => {
                            *o = Some(scorer.score());
                            next = doc + 1;
                        }
                        SeekDangerResult::SeekLowerBound(TERMINATED) => break,
                        SeekDangerResult::SeekLowerBound(bound) => next = bound,
                    }
                }
            }
            Prepared::Bool {
                must,
                should,
                not,
                boost,
                scored,
            } => {
                let mult = mult * boost;
                // Which clauses match each document, and the sum of their scores.
                let mut sum = vec![0.0f32; docs.len()];
                let mut ok = vec![true; docs.len()];
                let mut any_should = vec![false; docs.len()];
                for m in must {
                    for (i, r) in m.score_docs(reader, mult, docs)?.into_iter().enumerate() {
                        match r {
                            Some(x) => sum[i] += x,
                            None => ok[i] = false,
                        }
                    }
                }
                // An implied clause matches nothing its siblings do not: without scores, it
                // has nothing to add.
                for sh in should.iter().filter(|s| *scored || !s.implied()) {
                    for (i, r) in sh.score_docs(reader, mult, docs)?.into_iter().enumerate() {
                        if let Some(x) = r {
                            sum[i] += x;
                            any_should[i] = true;
                        }
                    }
                }
                for n in not {
                    for (i, r) in n.score_docs(reader, 1.0, docs)?.into_iter().enumerate() {
                        if r.is_some() {
                            ok[i] = false;
                        }
                    }
                }
                for (i, o) in out.iter_mut().enumerate() {
                    // Without `Must`s, at least one `Should` must match.
                    if ok[i] && (!must.is_empty() || any_should[i]) {
                        *o = Some(sum[i]);
                    }
                }
            }
        }
        Ok(out)
    }

    fn implied(&self) -> bool {
        matches!(
            self,
            Prepared::Leaf { implied: true, .. } | Prepared::Term { implied: true, .. }
        )
    }
}

/// An exact phrase ready to run: its words, their BM25 weight and the segments' postings.
pub(crate) struct PreparedPhrase {
    terms: Vec<(usize, Term)>,
    /// Without: scoring is off.
    bm25: Option<Bm25Weight>,
    boost: f32,
    cache: Arc<PhraseCache>,
}

impl PreparedPhrase {
    /// The cached phrase's documents in the segment and, when `scored` (and scoring is on),
    /// its weight times `mult` with its field's norms; `None` for a phrase without words.
    fn read(
        &self,
        reader: &SegmentReader,
        mult: f32,
        scored: bool,
    ) -> tantivy::Result<Option<(Arc<PhrasePostings>, Weighted)>> {
        let Some((_, first)) = self.terms.first() else {
            return Ok(None);
        };
        let found = self.cache.get(reader, &self.terms)?;
        let weight = if scored {
            weighted(&self.bm25, mult * self.boost, reader, first.field())?
        } else {
            None
        };
        Ok(Some((found, weight)))
    }
}

/// The documents of an exact phrase in one segment, ascending, with how often it stands in
/// each.
#[derive(Debug, Default)]
pub(crate) struct PhrasePostings {
    docs: Vec<DocId>,
    counts: Vec<u32>,
}

impl PhrasePostings {
    /// Reads the phrase from the words' postings and positions (what tantivy's
    /// `PhraseScorer` matches and counts, without slop).
    fn read(reader: &SegmentReader, terms: &[(usize, Term)]) -> tantivy::Result<Self> {
        let mut out = Self::default();
        let last = terms.iter().map(|(o, _)| *o).max().unwrap_or(0);
        let mut words = Vec::with_capacity(terms.len());
        for (offset, term) in terms {
            let inverted = reader.inverted_index(term.field())?;
            match inverted.read_postings(term, IndexRecordOption::WithFreqsAndPositions)? {
                // A word's positions shifted so that the phrase's words meet at one number.
                Some(p) => words.push(((last - offset) as u32, p)),
                None => return Ok(out),
            }
        }
        // The rarest word leads.
        words.sort_by_key(|(_, p)| p.doc_freq());
        let Some(((lead_shift, lead), rest)) = words.split_first_mut() else {
            return Ok(out);
        };
        let (mut common, mut other) = (Vec::new(), Vec::new());
        let mut doc = lead.doc();
        'docs: while doc != TERMINATED {
            for (_, p) in rest.iter_mut() {
                let at = seek(p, doc);
                if at != doc {
                    if at == TERMINATED {
                        break 'docs;
                    }
                    doc = seek(lead, at);
                    continue 'docs;
                }
            }
            lead.positions_with_offset(*lead_shift, &mut common);
            for (shift, p) in rest.iter_mut() {
                p.positions_with_offset(*shift, &mut other);
                common.retain(|x| other.binary_search(x).is_ok());
            }
            if !common.is_empty() {
                out.docs.push(doc);
                out.counts.push(common.len() as u32);
            }
            doc = lead.advance();
        }
        Ok(out)
    }

    fn bytes(&self) -> usize {
        (self.docs.len() + self.counts.len()) * 4
    }
}

/// Memory for cached phrases (all segments); when full, they are dropped and read again as
/// needed. The phrases come from the synonym list, not from what users type.
const PHRASE_CACHE_BYTES: usize = 16 << 20;

/// Phrases read so far, by segment (a segment never changes, so an entry never goes stale;
/// entries of segments that left the index are dropped).
#[derive(Debug, Default)]
pub(crate) struct PhraseCache {
    entries: Mutex<PhraseEntries>,
}

/// A phrase in a segment: the segment, then each word with its offset.
type PhraseKey = (SegmentId, Vec<(usize, Term)>);

#[derive(Debug, Default)]
struct PhraseEntries {
    map: HashMap<PhraseKey, Arc<PhrasePostings>>,
    bytes: usize,
}

impl PhraseCache {
    fn get(
        &self,
        reader: &SegmentReader,
        terms: &[(usize, Term)],
    ) -> tantivy::Result<Arc<PhrasePostings>> {
        let key = (reader.segment_id(), terms.to_vec());
        if let Some(p) = self
            .entries
            .lock()
            .ok()
            .and_then(|e| e.map.get(&key).cloned())
        {
            return Ok(p);
        }
        let found = Arc::new(PhrasePostings::read(reader, terms)?);
        if let Ok(mut e) = self.entries.lock() {
            if e.bytes + found.bytes() > PHRASE_CACHE_BYTES {
                e.map.clear();
                e.bytes = 0;
            }
            e.bytes += found.bytes();
            if let Some(old) = e.map.insert(key, found.clone()) {
                e.bytes -= old.bytes();
            }
        }
        Ok(found)
    }

    /// Forgets segments not in `live`.
    pub fn retain(&self, live: &[SegmentId]) {
        if let Ok(mut e) = self.entries.lock()
            && e.map.keys().any(|(id, _)| !live.contains(id))
        {
            e.map.retain(|(id, _), _| live.contains(id));
            e.bytes = e.map.values().map(|p| p.bytes()).sum();
        }
    }
}

/// A clause's BM25 weight with the norms of its field; none when scoring is off.
type Weighted = Option<(Bm25Weight, FieldNormReader)>;

/// A clause's BM25 weight times `boost`, with the norms of `field` (none when scoring is off).
fn weighted(
    bm25: &Option<Bm25Weight>,
    boost: f32,
    reader: &SegmentReader,
    field: tantivy::schema::Field,
) -> tantivy::Result<Weighted> {
    match bm25 {
        Some(w) => Ok(Some((
            w.boost_by(boost),
            reader.get_fieldnorms_reader(field)?,
        ))),
        None => Ok(None),
    }
}

/// Moves `docs` to the first document at or after `target` (where it is already: stays).
fn seek<D: DocSet + ?Sized>(docs: &mut D, target: DocId) -> DocId {
    let at = docs.doc();
    if at < target { docs.seek(target) } else { at }
}

/// Marks a clause that matches only documents its siblings match (a proximity bonus; a word
/// in one field where a sibling looks for it in every field).
pub(crate) fn implied(node: Node) -> Node {
    match node {
        Node::Other {
            query, boost, sets, ..
        } => Node::Other {
            query,
            boost,
            implied: true,
            sets,
        },
        Node::Term { term, boost, .. } => Node::Term {
            term,
            boost,
            implied: true,
        },
        n => n,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use tantivy::schema::{Schema, TEXT};
    use tantivy::{Index, doc};

    use super::*;

    /// The tree's documents and scores are tantivy's for the same query, for every shape the
    /// tree takes: nested unions, required words, a compound's parts as a tantivy leaf, and
    /// exclusions below a union (where partial sums must not leak).
    #[test]
    fn the_tree_scores_what_tantivy_scores() -> tantivy::Result<()> {
        tree_agrees_with_tantivy(&[
            "deutsch kurs frauen",
            "deutsch kurs",
            "kurs frauen abend",
            "frauen treff",
            "deutsch beratung",
            "beratung kurs kurs",
            "abend",
        ])
    }

    /// The same over postings of many blocks (128 documents each, then a shorter last one).
    #[test]
    fn the_tree_scores_what_tantivy_scores_over_long_postings() -> tantivy::Result<()> {
        let words = ["deutsch", "kurs", "frauen", "abend", "beratung", "treff"];
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let texts: Vec<String> = (0..1_000)
            .map(|_| {
                let n = 1 + rng % 5;
                (0..n)
                    .map(|_| {
                        rng ^= rng << 13;
                        rng ^= rng >> 7;
                        rng ^= rng << 17;
                        words[(rng % 6) as usize]
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        tree_agrees_with_tantivy(&texts)
    }

    fn tree_agrees_with_tantivy(texts: &[&str]) -> tantivy::Result<()> {
        let mut schema = Schema::builder();
        let body = schema.add_text_field("body", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        for text in texts {
            writer.add_document(doc!(body => *text))?;
        }
        writer.commit()?;
        let searcher = index.reader()?.searcher();
        let t = |w: &str, boost: f32| Node::term(Term::from_field_text(body, w), boost);
        let parts = Node::Bool(
            vec![
                (Occur::Must, t("deutsch", 1.0)),
                (Occur::Must, t("kurs", 1.0)),
            ],
            2.0,
        );
        // Two words standing close together (a proximity bonus), and the same next to a word.
        let near = |slop: u32| {
            let terms = vec![
                (0, Term::from_field_text(body, "deutsch")),
                (1, Term::from_field_text(body, "kurs")),
            ];
            Node::other(
                Box::new(tantivy::query::PhraseQuery::new_with_offset_and_slop(
                    terms, slop,
                )),
                1.5,
            )
        };
        // The same phrases read once per segment (a multi-word synonym), one with a gap.
        let cache = Arc::new(PhraseCache::default());
        let cached = |words: &[(usize, &str)], boost: f32| Node::Phrase {
            terms: words
                .iter()
                .map(|(i, w)| (*i, Term::from_field_text(body, w)))
                .collect(),
            boost,
            cache: cache.clone(),
        };
        let shapes = vec![
            near(0),
            cached(&[(0, "deutsch"), (1, "kurs")], 1.5),
            Node::Bool(
                vec![
                    (Occur::Should, cached(&[(0, "kurs"), (2, "frauen")], 0.7)),
                    (Occur::Should, t("abend", 0.5)),
                    (Occur::Should, cached(&[(0, "frauen"), (1, "frauen")], 1.0)),
                ],
                1.0,
            ),
            Node::Bool(
                vec![(Occur::Should, near(2)), (Occur::Should, t("frauen", 0.5))],
                1.0,
            ),
            Node::Bool(
                vec![
                    (Occur::Should, t("kurs", 1.0)),
                    (Occur::Should, t("frauen", 0.5)),
                ],
                1.0,
            ),
            Node::Bool(
                vec![
                    (
                        Occur::Must,
                        Node::Bool(
                            vec![
                                (Occur::Should, t("kurs", 1.0)),
                                (Occur::Should, t("beratung", 0.3)),
                            ],
                            1.0,
                        ),
                    ),
                    (Occur::Must, t("deutsch", 0.7)),
                    (Occur::Should, t("frauen", 0.2)),
                ],
                1.0,
            ),
            Node::Bool(
                vec![
                    (Occur::Should, Node::other(parts.to_query(), 1.0)),
                    (Occur::Should, t("frauen", 1.0)),
                ],
                1.0,
            ),
            Node::Bool(
                vec![
                    (Occur::Should, Node::scored_by_tantivy(parts)),
                    (Occur::Should, t("abend", 0.5)),
                ],
                1.0,
            ),
            Node::Bool(
                vec![
                    (
                        Occur::Should,
                        Node::Bool(
                            vec![
                                (Occur::Should, t("kurs", 1.0)),
                                (Occur::MustNot, t("frauen", 1.0)),
                            ],
                            1.5,
                        ),
                    ),
                    (Occur::Should, t("abend", 1.0)),
                ],
                1.0,
            ),
        ];
        for node in shapes {
            let scoring = EnableScoring::enabled_from_searcher(&searcher);
            let mut expected = BTreeMap::new();
            let reader = searcher.segment_reader(0);
            node.to_query()
                .weight(scoring)?
                .for_each(reader, &mut |doc, score| {
                    expected.insert(doc, score);
                })?;
            let mut scores = vec![0.0f32; reader.max_doc() as usize];
            let found = node.prepare(&searcher, scoring)?.eval(
                reader,
                1.0,
                Some(&mut scores),
                false,
                None,
            )?;
            let got: BTreeMap<DocId, f32> = found.iter().map(|d| (d, scores[d as usize])).collect();
            assert_eq!(
                got.keys().collect::<Vec<_>>(),
                expected.keys().collect::<Vec<_>>(),
                "{node:?}"
            );
            for (doc, score) in &expected {
                assert!(
                    (got[doc] - score).abs() < 1e-5,
                    "{node:?}: doc {doc}: {} vs {score}",
                    got[doc]
                );
            }
            let prepared = node.prepare(&searcher, scoring)?;
            // Scores restricted to every second document: still every match, and the same
            // scores there.
            let mut half = Bits::empty(reader.max_doc());
            for doc in (0..reader.max_doc()).step_by(2) {
                half.insert(doc);
            }
            let mut scores = vec![0.0f32; reader.max_doc() as usize];
            let found = prepared.eval(reader, 1.0, Some(&mut scores), false, Some(&half))?;
            assert_eq!(
                found.iter().collect::<Vec<_>>(),
                expected.keys().copied().collect::<Vec<_>>(),
                "{node:?}, restricted"
            );
            for (doc, score) in expected.iter().filter(|(d, _)| half.contains(**d)) {
                let got = scores[*doc as usize];
                assert!(
                    (got - score).abs() < 1e-5,
                    "{node:?}: doc {doc}: {got} vs {score}"
                );
            }
            // Without scores: the same matches.
            let unscored = node
                .prepare(&searcher, EnableScoring::disabled_from_searcher(&searcher))?
                .eval(reader, 1.0, None, false, None)?;
            assert_eq!(
                unscored.iter().collect::<Vec<_>>(),
                expected.keys().copied().collect::<Vec<_>>(),
                "{node:?}, unscored"
            );
            // Seeking documents: every one, every second one and every seventh from the
            // fifth (skipping), gives the same matches and scores.
            for (from, step) in [(0, 1), (0, 2), (5, 7)] {
                let docs: Vec<DocId> = (from..reader.max_doc()).step_by(step).collect();
                let seeked = prepared.score_docs(reader, 1.0, &docs)?;
                for (doc, score) in docs.iter().zip(seeked) {
                    match (score, expected.get(doc)) {
                        (None, None) => {}
                        (Some(s), Some(e)) => {
                            assert!((s - e).abs() < 1e-5, "{node:?}: doc {doc}: {s} vs {e}")
                        }
                        (s, e) => panic!("{node:?}: doc {doc}: seeked {s:?}, tantivy {e:?}"),
                    }
                }
            }
        }
        Ok(())
    }
}
