//! Terms for offers written in the other languages of the atlas: English, Turkish, Russian and
//! Arabic (lower case + that language's Snowball stemmer), Ukrainian and Farsi (lower case +
//! script normalisation; `rust-stemmers` has no stemmer for them).

use rust_stemmers::{Algorithm, Stemmer};

use crate::analysis::Term;
use crate::words::{MAX_WORD_CHARS, plain_words};

/// A language other than German with its own analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OtherLanguage {
    /// Lower case, English Snowball stemmer ("courses" → "cours").
    English,
    /// Turkish lower case (`I` → `ı`, `İ` → `i`), suffixes after an apostrophe cut
    /// ("İstanbul'da" → "istanbul"), Turkish Snowball stemmer.
    Turkish,
    /// Lower case, `ё` → `е`, Russian Snowball stemmer.
    Russian,
    /// [`normalize_arabic_script`], Arabic Snowball stemmer.
    Arabic,
    /// Lower case; apostrophes inside words dropped ("сім’я" = "сім'я" = "сімя"); `ґ` and `г`
    /// stay apart. No stemmer.
    Ukrainian,
    /// [`normalize_arabic_script`] plus the Persian folds of Lucene's Persian analyzer (alef
    /// variants → `ا`, `ة`/`ۀ`/`ہ` → `ه`). No stemmer.
    Farsi,
}

impl OtherLanguage {
    /// All of them.
    pub const ALL: [OtherLanguage; 6] = [
        OtherLanguage::English,
        OtherLanguage::Turkish,
        OtherLanguage::Russian,
        OtherLanguage::Arabic,
        OtherLanguage::Ukrainian,
        OtherLanguage::Farsi,
    ];

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            OtherLanguage::English => "en",
            OtherLanguage::Turkish => "tr",
            OtherLanguage::Russian => "ru",
            OtherLanguage::Arabic => "ar",
            OtherLanguage::Ukrainian => "uk",
            OtherLanguage::Farsi => "fa",
        }
    }

    /// The term of one word.
    pub fn term(self, word: &str) -> String {
        let normalized = self.normalize(word);
        match self.stemmer() {
            Some(algorithm) => Stemmer::create(algorithm).stem(&normalized).into_owned(),
            None => normalized,
        }
    }

    /// The terms of a text, one position per word.
    pub fn terms(self, text: &str) -> Vec<Term> {
        let apostrophes = !matches!(self, OtherLanguage::Arabic | OtherLanguage::Farsi);
        let mut terms = Vec::new();
        for (range, position) in plain_words(text, apostrophes).into_iter().zip(0u32..) {
            let word = &text[range.clone()];
            if word.chars().count() > MAX_WORD_CHARS {
                continue;
            }
            let term = self.term(word);
            if !term.is_empty() {
                terms.push(Term {
                    text: term,
                    position,
                    range,
                });
            }
        }
        terms
    }

    fn stemmer(self) -> Option<Algorithm> {
        match self {
            OtherLanguage::English => Some(Algorithm::English),
            OtherLanguage::Turkish => Some(Algorithm::Turkish),
            OtherLanguage::Russian => Some(Algorithm::Russian),
            OtherLanguage::Arabic => Some(Algorithm::Arabic),
            OtherLanguage::Ukrainian | OtherLanguage::Farsi => None,
        }
    }

    /// Lower case and script normalisation, before stemming.
    fn normalize(self, word: &str) -> String {
        match self {
            OtherLanguage::English => word
                .chars()
                .flat_map(char::to_lowercase)
                .map(|c| if is_apostrophe(c) { '\'' } else { c })
                .collect(),
            OtherLanguage::Turkish => {
                // Suffixes of proper nouns follow an apostrophe: "İstanbul'da".
                let stem_part = word.split(is_apostrophe).next().unwrap_or(word);
                let mut lower = String::with_capacity(stem_part.len());
                for c in stem_part.chars() {
                    match c {
                        'I' => lower.push('ı'),
                        'İ' => lower.push('i'),
                        _ => lower.extend(c.to_lowercase()),
                    }
                }
                lower
            }
            OtherLanguage::Russian => word
                .chars()
                .flat_map(char::to_lowercase)
                .map(|c| if c == 'ё' { 'е' } else { c })
                .collect(),
            OtherLanguage::Ukrainian => word
                .chars()
                .filter(|c| !is_apostrophe(*c))
                .flat_map(char::to_lowercase)
                .collect(),
            OtherLanguage::Arabic => normalize_arabic_script(word),
            OtherLanguage::Farsi => normalize_arabic_script(word)
                .chars()
                .map(|c| match c {
                    'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
                    'ة' | 'ۀ' | 'ہ' | 'ە' => 'ه',
                    _ => c,
                })
                .collect(),
        }
    }
}

/// Apostrophes written inside words: ASCII `'`, `’`, `ʼ` (modifier letter), `` ` ``.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '`')
}

/// Normalises Arabic-script text (Arabic and Persian) and lower-cases the rest: Persian `ی` and
/// Arabic `ى` → `ي`, Persian `ک` → `ك`, tatweel and diacritics (harakat, Quranic marks)
/// removed, zero-width non-joiner removed (so "می‌خواهم" = "میخواهم"), Arabic-Indic and Persian
/// digits → ASCII digits.
pub fn normalize_arabic_script(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{0640}' | '\u{200C}' | '\u{200D}' => {}
            '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0610}'..='\u{061A}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E4}'
            | '\u{06E7}'
            | '\u{06E8}'
            | '\u{06EA}'..='\u{06ED}' => {}
            'ی' | 'ى' => out.push('ي'),
            'ک' => out.push('ك'),
            '\u{0660}'..='\u{0669}' => out.push(shift_digit(c, '\u{0660}')),
            '\u{06F0}'..='\u{06F9}' => out.push(shift_digit(c, '\u{06F0}')),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn shift_digit(c: char, zero: char) -> char {
    char::from_digit(u32::from(c) - u32::from(zero), 10).unwrap_or(c)
}
