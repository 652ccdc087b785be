//! Decompounding measured against the 7,014 Wikidata compounds in
//! `../shared/lang/compounds/wikidata_grouped_de.tsv` (all rows, no filtering): the share split
//! into exactly the listed parts, and the share whose every listed part is among the index
//! terms. Parts are compared as folded stems, order-insensitively. Thresholds are the measured
//! figures.

use std::collections::BTreeSet;

use atlas_analysis::{GermanAnalysis, fold, stem_de};
use atlas_tests::read_shared;

#[test]
fn wikidata_compounds() {
    let analysis = GermanAnalysis::embedded();
    let tsv = read_shared("lang/compounds/wikidata_grouped_de.tsv");
    let (mut rows, mut split, mut exact, mut covered) = (0, 0, 0, 0);
    // Rows whose every listed part could be an index term at all: no bound morpheme such as
    // "in", "er", "s" (stems shorter than three letters) and no stop word ("aus", "ein").
    let (mut free_rows, mut free_covered) = (0, 0);
    for line in tsv.lines().filter(|l| !l.trim().is_empty()) {
        let mut fields = line.split('\t');
        let Some(compound) = fields.next() else {
            continue;
        };
        let listed_words: Vec<&str> = fields.collect();
        let listed: BTreeSet<String> = listed_words
            .iter()
            .map(|p| stem_de(p))
            .filter(|s| !s.is_empty())
            .collect();
        rows += 1;
        let ours: Option<BTreeSet<String>> = analysis
            .split_compound(compound)
            .map(|parts| parts.iter().map(|p| stem_de(p)).collect());
        split += usize::from(ours.is_some());
        exact += usize::from(ours.as_ref() == Some(&listed));
        let terms: BTreeSet<String> = analysis
            .index_terms(compound)
            .into_iter()
            .map(|t| t.text)
            .collect();
        let all_covered = listed.iter().all(|p| terms.contains(p));
        covered += usize::from(all_covered);
        let free = listed_words
            .iter()
            .all(|p| stem_de(p).chars().count() >= 3 && !analysis.is_stop_word(&fold(p)));
        if free {
            free_rows += 1;
            free_covered += usize::from(all_covered);
        }
    }
    let share = |n: usize, of: usize| 100.0 * n as f64 / of as f64;
    println!(
        "{rows} compounds: split {split} ({:.1}%), exactly the listed parts {exact} ({:.1}%), \
         every listed part among the index terms {covered} ({:.1}%); of the {free_rows} rows \
         whose parts can all be terms, covered {free_covered} ({:.1}%)",
        share(split, rows),
        share(exact, rows),
        share(covered, rows),
        share(free_covered, free_rows),
    );
    assert_eq!(rows, 7_014);
    // Measured: split 71.4%, exact 48.9%, covered 65.6%; covered 83.7% of the 5,457 free rows.
    assert!(
        share(split, rows) >= 71.3,
        "split {:.1}%",
        share(split, rows)
    );
    assert!(
        share(exact, rows) >= 48.8,
        "exact {:.1}%",
        share(exact, rows)
    );
    assert!(
        share(covered, rows) >= 65.5,
        "covered {:.1}%",
        share(covered, rows)
    );
    assert!(
        share(free_covered, free_rows) >= 83.6,
        "covered of free rows {:.1}%",
        share(free_covered, free_rows)
    );
}
