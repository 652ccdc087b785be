//! Property test: the analysis never panics, whatever the text.

use atlas_analysis::{GermanAnalysis, OtherLanguage, stem_de};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn any_unicode_text(text in any::<String>()) {
        let a = GermanAnalysis::embedded();
        let terms = a.index_terms(&text);
        prop_assert!(terms.windows(2).all(|w| w[0].position <= w[1].position));
        for t in terms.iter().chain(a.exact_terms(&text).iter()) {
            prop_assert!(!t.text.is_empty());
            prop_assert!(text.get(t.range.clone()).is_some());
        }
        let _ = a.query(&text);
        let _ = a.split_compound(&text);
        let _ = stem_de(&text);
        for language in OtherLanguage::ALL {
            let _ = language.terms(&text);
        }
    }

    #[test]
    fn long_texts_of_any_characters(chars in proptest::collection::vec(any::<char>(), 0..3_000)) {
        let text: String = chars.into_iter().collect();
        let a = GermanAnalysis::embedded();
        let _ = a.index_terms(&text);
        let _ = a.exact_terms(&text);
        let _ = a.query(&text);
    }

    #[test]
    fn german_looking_text(text in "[A-Za-zÄÖÜäöüßé \\-\"*:/]{0,80}") {
        let a = GermanAnalysis::embedded();
        let _ = a.index_terms(&text);
        let _ = a.exact_terms(&text);
        let _ = a.query(&text);
    }
}
