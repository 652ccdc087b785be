//! German stemming: the Snowball stemmer of `rust-stemmers`, with repairs that make singular and
//! plural (and feminine and masculine) forms meet.
//!
//! * **Final `s`.** Snowball deletes a final `s` after `b d f g h k l m n r t` (so "Kurs" →
//!   "kur", "Vereins" → "verein"), but a plural ending protects it ("Kurse" → "kurs"). And it
//!   never deletes the `s` of plurals after a vowel ("Kitas" → "kitas", "Kita" → "kita"). The
//!   repair works on Snowball's *output*: a stem ending in a single `s` after one of those
//!   consonants (or `p v w`, for loan words: "Tipps", "Workshops") or after `a i o y` loses it,
//!   if at least three letters remain. Because it is a function of the Snowball stem, every pair
//!   Snowball unites stays united.
//! * **Plural `-n` after `-el`/`-er`.** Snowball keeps the `n` of "Regeln", "Inseln",
//!   "Nachbarn", and of short words whose ending lies outside its R1 ("Feiern", "Adern"): a
//!   stem of five letters or more ending in `eln`, `ern`, `arn` or `rrn` loses it.
//! * **`-e`/`-en` after a vowel.** Where no consonant follows the first vowel, Snowball's R1 is
//!   empty and it leaves the word whole: "freie", "freien" (as in *freie Träger*), "Laien",
//!   "Knien". A stem in which only vowels follow the first vowel loses a final `e` or `en`
//!   when at least three letters remain ("frei", "lai", "kni"; "Migrationsdienst" keeps its
//!   `en`, and "Seen" is left to the next repair).
//! * **A short word's plural `-n`.** A word whose R1 is too short to hold its `en` keeps it
//!   ("Ehen", "Seen", "Auen"): such a stem of four letters opening with a vowel, or ending in
//!   `een`, loses the `n` and meets the singular ("ehe", "see", "aue"; "Biene", "Dienst" and
//!   "Wien" keep theirs).
//! * **Nouns in `-em`.** Snowball reads the `em` of "Problem" and "System" as an adjective
//!   ending ("probl", but "Probleme" → "problem"); words ending in one of [`EM_NOUNS`] are
//!   stemmed as their plural.
//! * **Feminine `-in`/`-innen`.** "Lehrerin", "Lehrerinnen" and "Lehrer" meet, and so do
//!   "Ärztin" and "Arzt": before stemming, `in`/`innen` is cut after `er ar or t g d` when at
//!   least four letters remain ("Termin", "Berlin", "beginnen" keep theirs).

use rust_stemmers::{Algorithm, Stemmer};

use crate::fold::fold;

/// Snowball German stem (the `rust-stemmers` algorithm, Snowball ≤ 2.2) with the singular/plural
/// and feminine repairs described in this module. Input may be any case; output is folded.
pub fn stem_de(word: &str) -> String {
    stem_folded(&fold(word))
}

/// [`stem_de`] of a word that is already [`fold`]ed.
pub(crate) fn stem_folded(folded: &str) -> String {
    let base = strip_feminine(folded);
    let raw = if EM_NOUNS.iter().any(|noun| base.ends_with(noun)) {
        snowball_de(&format!("{base}e"))
    } else {
        snowball_de(base)
    };
    repair_plural_n(repair_final_s(repair_short_en(repair_vowel_ending(raw))))
}

/// Deletes the `n` of a short plural whose `en` lies outside the stem's own R1, so that
/// Snowball could never cut it: a stem of four letters opening with a vowel ("Ehen", "Auen",
/// "Iren", "Öden" → "ehe", "aue", "ire", "ode", as their singulars), or ending in `een`
/// ("Seen", "Feen" → "see", "fee"). Others keep theirs: an `en` inside R1 was left for a
/// reason ("Migrationsdienst" → "migrationsdien"), and after `i` or a consonant it belongs to
/// the word ("Biene", "Dienst", "Wien", "Szene" → "bien", "dien", "wien", "szen").
fn repair_short_en(mut stem: String) -> String {
    let len = stem.chars().count();
    let short_plural = (len == 4 && stem.starts_with(is_vowel)) || stem.ends_with("een");
    if short_plural && stem.ends_with("en") && r1_start(&stem) > len - 2 {
        stem.pop();
    }
    stem
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö' | 'ü')
}

/// Where Snowball's R1 begins, in characters: after the first non-vowel that follows a vowel,
/// and after the third letter at the earliest.
fn r1_start(word: &str) -> usize {
    let chars: Vec<char> = word.chars().collect();
    let after = (1..chars.len())
        .find(|&i| is_vowel(chars[i - 1]) && !is_vowel(chars[i]))
        .map_or(chars.len(), |i| i + 1);
    after.max(3)
}

/// Deletes the ending `e` or `en` of a stem in which only vowels follow the first vowel, as
/// Snowball leaves them, having no R1 to cut in ("freie", "freien" → "frei"; "Laien" → "lai",
/// as "Laie"), keeping at least three letters ("seen" is `repair_short_en`'s).
fn repair_vowel_ending(mut stem: String) -> String {
    for ending in ["en", "e"] {
        if let Some(rest) = stem.strip_suffix(ending)
            && rest.len() >= 3
            && rest.ends_with(is_vowel)
            && rest
                .trim_start_matches(|c| !is_vowel(c))
                .chars()
                .all(is_vowel)
        {
            stem.truncate(rest.len());
            break;
        }
    }
    stem
}

/// Nouns ending in `-em` (also as the last part of a compound: "Schulsystem"), whose `em`
/// Snowball would cut as an adjective ending.
const EM_NOUNS: [&str; 7] = [
    "problem", "system", "emblem", "theorem", "modem", "totem", "tandem",
];

/// The plain Snowball German stem (no repair), as `rust-stemmers` computes it. The input should
/// be lower case. Exposed so that tests can check the stemmer against the Snowball vocabulary.
pub fn snowball_de(lower: &str) -> String {
    Stemmer::create(Algorithm::German).stem(lower).into_owned()
}

/// Endings of the base before which `in`/`innen` marks a feminine noun.
const FEMININE_BASE_ENDINGS: [&str; 6] = ["er", "ar", "or", "t", "g", "d"];

/// Cuts the feminine suffix: "lehrerinnen" → "lehrer", "arztin" → "arzt".
pub(crate) fn strip_feminine(folded: &str) -> &str {
    let base = folded
        .strip_suffix("innen")
        .or_else(|| folded.strip_suffix("in"));
    match base {
        Some(base)
            if base.chars().count() >= 4
                && FEMININE_BASE_ENDINGS.iter().any(|e| base.ends_with(e)) =>
        {
            base
        }
        _ => folded,
    }
}

/// Deletes a final single `s` of a Snowball stem after `b d f g h k l m n r t p v w a i o y`,
/// keeping at least three letters: "kurs" → "kur", "kitas" → "kita", "prozess" stays.
fn repair_final_s(mut stem: String) -> String {
    let bytes = stem.as_bytes();
    let n = bytes.len();
    // Both bytes checked are ASCII, so `n - 1` is a char boundary.
    if n >= 4 && bytes[n - 1] == b's' && b"bdfghklmnrtpvwaioy".contains(&bytes[n - 2]) {
        stem.truncate(n - 1);
    }
    stem
}

/// Deletes the plural `n` of a stem of five letters or more ending in `eln`, `ern`, `arn` or
/// `rrn`: "regeln" → "regel", "nachbarn" → "nachbar", "feiern" → "feier".
fn repair_plural_n(mut stem: String) -> String {
    if stem.len() >= 5
        && ["eln", "ern", "arn", "rrn"]
            .iter()
            .any(|e| stem.ends_with(e))
    {
        stem.truncate(stem.len() - 1);
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feminine_suffix_is_cut_only_after_a_known_base() {
        for (input, expected) in [
            ("lehrerinnen", "lehrer"),
            ("arztin", "arzt"),
            ("kollegin", "kolleg"),
            ("termin", "termin"),
            ("beginnen", "beginnen"),
            ("berlin", "berlin"),
        ] {
            assert_eq!(strip_feminine(input), expected, "{input}");
        }
    }

    /// Both repairs of short words, in the order `stem_folded` applies them.
    #[test]
    fn vowel_ending_and_short_en_repairs() {
        for (input, expected) in [
            ("freie", "frei"),
            ("freien", "frei"),
            ("laien", "lai"),
            ("knie", "kni"),
            ("frei", "frei"),
            ("ehen", "ehe"),
            ("auen", "aue"),
            ("iren", "ire"),
            ("seen", "see"),
            ("feen", "fee"),
            ("ehe", "ehe"),
            // An `en` after `i` or a consonant, or inside R1, belongs to the word.
            ("bien", "bien"),
            ("dien", "dien"),
            ("wien", "wien"),
            ("szen", "szen"),
            ("migrationsdien", "migrationsdien"),
        ] {
            let repaired = repair_short_en(repair_vowel_ending(input.to_string()));
            assert_eq!(repaired, expected, "{input}");
        }
        // The first leaves what has fewer than three letters before its ending to the second.
        for input in ["seen", "ehen"] {
            assert_eq!(repair_vowel_ending(input.to_string()), input);
        }
    }

    #[test]
    fn final_s_repair() {
        for (input, expected) in [
            ("kurs", "kur"),
            ("kitas", "kita"),
            ("prozess", "prozess"),
            ("bus", "bus"),
            ("haus", "haus"),
            ("жs", "жs"),
        ] {
            assert_eq!(repair_final_s(input.to_string()), expected, "{input}");
        }
    }
}
