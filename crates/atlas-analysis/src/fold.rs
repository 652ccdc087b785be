//! Case and accent folding for German text, so that "Köln", "Koeln" and "Koln" meet.
//!
//! Two folds exist. [`fold`] is the one every term goes through: lower case, umlauts and accents
//! to their base letter, `ß` to `ss`, and the umlaut digraphs `ae`/`oe`/`ue` to `a`/`o`/`u` by the
//! rule of Lucene's `GermanNormalizationFilter` ("ue" stays after a vowel or `q`, so "Feuer",
//! "Mauer" and "Quelle" keep it). [`base_fold`] does the same without the digraph rule; the
//! decompounder splits that form, because the digraph rule would eat the seam of "Auto|ersatz".

/// Lower-cases and folds a word: `ä`→`a`, `ö`→`o`, `ü`→`u`, `ß`→`ss`, accents removed
/// (`é`→`e`), and the umlaut digraphs `ae`/`oe`/`ue` → `a`/`o`/`u` where they can stand for an
/// umlaut. Characters of other scripts are only lower-cased; combining marks are dropped.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut state = Digraph::Consonant;
    for upper in word.chars() {
        for c in upper.to_lowercase() {
            match c {
                'a' | 'o' => {
                    out.push(c);
                    state = Digraph::Umlaut;
                }
                'u' => {
                    out.push(c);
                    state = if state == Digraph::Consonant {
                        Digraph::Umlaut
                    } else {
                        Digraph::Vowel
                    };
                }
                'e' => {
                    if state != Digraph::Umlaut {
                        out.push(c);
                    }
                    state = Digraph::Vowel;
                }
                'i' | 'q' | 'y' => {
                    out.push(c);
                    state = Digraph::Vowel;
                }
                _ if c.is_ascii() => {
                    out.push(c);
                    state = Digraph::Consonant;
                }
                _ => {
                    let folded = fold_char(c);
                    folded.push_to(&mut out);
                    state = match folded {
                        Folded::Dropped => state,
                        // A folded vowel (ä → a, é → e) never starts or ends a digraph.
                        Folded::One(v) if "aeiouy".contains(v) => Digraph::Vowel,
                        _ => Digraph::Consonant,
                    };
                }
            }
        }
    }
    out
}

/// Like [`fold`] but without the digraph rule: lower case, umlauts and accents to their base
/// letter, `ß` to `ss`, combining marks dropped. "Bueroeinrichtung" stays "bueroeinrichtung".
pub fn base_fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for upper in word.chars() {
        for c in upper.to_lowercase() {
            if c.is_ascii() {
                out.push(c);
            } else {
                fold_char(c).push_to(&mut out);
            }
        }
    }
    out
}

/// Where the digraph rule stands after the last letter.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Digraph {
    /// After a consonant, a digit or at the start: a following `u` may open a digraph.
    Consonant,
    /// After `a`, `o`, or a `u` that followed a consonant: a following `e` is dropped.
    Umlaut,
    /// After any other vowel: nothing is dropped.
    Vowel,
}

/// The fold of one lower-case non-ASCII character.
#[derive(Clone, Copy)]
enum Folded {
    /// Not a letter we fold: kept as it is.
    Keep(char),
    /// Folded to one base letter.
    One(char),
    /// Folded to two letters (`ß` → `ss`).
    Two(&'static str),
    /// A combining mark: dropped.
    Dropped,
}

impl Folded {
    fn push_to(self, out: &mut String) {
        match self {
            Folded::Keep(c) | Folded::One(c) => out.push(c),
            Folded::Two(s) => out.push_str(s),
            Folded::Dropped => {}
        }
    }
}

/// Folds one lower-case non-ASCII character (Latin-1 and Latin Extended-A, plus combining marks).
fn fold_char(c: char) -> Folded {
    use Folded::{Dropped, Keep, One, Two};
    match c {
        'ß' => Two("ss"),
        'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => One('a'),
        'æ' => Two("ae"),
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => One('c'),
        'ď' | 'đ' | 'ð' => One('d'),
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => One('e'),
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => One('g'),
        'ĥ' | 'ħ' => One('h'),
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => One('i'),
        'ĵ' => One('j'),
        'ķ' => One('k'),
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => One('l'),
        'ñ' | 'ń' | 'ņ' | 'ň' => One('n'),
        'ö' | 'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'ō' | 'ŏ' | 'ő' => One('o'),
        'œ' => Two("oe"),
        'ŕ' | 'ŗ' | 'ř' => One('r'),
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => One('s'),
        'ţ' | 'ť' | 'ŧ' | 'ț' => One('t'),
        'þ' => Two("th"),
        'ü' | 'ù' | 'ú' | 'û' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => One('u'),
        'ŵ' => One('w'),
        'ý' | 'ÿ' | 'ŷ' => One('y'),
        'ź' | 'ż' | 'ž' => One('z'),
        _ if is_combining_mark(c) => Dropped,
        _ => Keep(c),
    }
}

/// Combining marks of the scripts we meet (Latin, Cyrillic, Hebrew, Arabic, general blocks).
/// They belong to the word they sit on; folding drops the Latin ones.
pub(crate) fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{05BF}' | '\u{05C1}' | '\u{05C2}' | '\u{05C4}' | '\u{05C5}' | '\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}' | '\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}
