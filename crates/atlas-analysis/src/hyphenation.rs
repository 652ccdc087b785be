//! German hyphenation points (Liang's algorithm over the TeX patterns of `de_DR.xml`), used by
//! the decompounder to prefer part boundaries where a hyphen may stand: "Orts-teil", not
//! "Ort-steil"; "Kin-der-wa-gen", not "Kind-erwagen".

use std::collections::HashMap;

use crate::compound::Fnv;
use crate::fold::base_fold;

/// Hyphenation patterns, with letters [`base_fold`]ed.
#[derive(Debug, Clone, Default)]
pub(crate) struct Hyphenator {
    /// Letters of a pattern (with `.` for a word edge) → the digit before each letter and
    /// after the last.
    patterns: HashMap<Box<str>, Box<[u8]>, Fnv>,
    max_len: usize,
}

/// A hyphen needs at least this many letters on either side.
const MIN_SIDE: usize = 2;

impl Hyphenator {
    /// Reads the `<patterns>` of an FOP hyphenation file (ISO-8859-1, as `de_DR.xml` is).
    pub fn from_fop_xml(latin1: &[u8]) -> Self {
        let text: String = latin1.iter().map(|&b| char::from(b)).collect();
        let body = text
            .split_once("<patterns>")
            .and_then(|(_, rest)| rest.split_once("</patterns>"))
            .map_or("", |(body, _)| body);
        let mut patterns: HashMap<Box<str>, Box<[u8]>, Fnv> = HashMap::default();
        for pattern in without_comments(body).split_whitespace() {
            let (letters, digits) = parse_pattern(pattern);
            if letters.is_empty() {
                continue;
            }
            match patterns.get_mut(letters.as_str()) {
                // Folding can make two patterns meet ("ä1x", "a2x"): keep the larger digits.
                Some(existing) if existing.len() == digits.len() => {
                    for (e, d) in existing.iter_mut().zip(&digits) {
                        *e = (*e).max(*d);
                    }
                }
                _ => {
                    patterns.insert(letters.into(), digits.into());
                }
            }
        }
        let max_len = patterns.keys().map(|k| k.len()).max().unwrap_or(0);
        Hyphenator { patterns, max_len }
    }

    /// For a [`base_fold`]ed word of ASCII letters: `points[k]` says whether a hyphen may stand
    /// before byte `k` (length `word.len() + 1`).
    pub fn points(&self, word: &str) -> Vec<bool> {
        let n = word.len();
        let mut points = vec![false; n + 1];
        if self.patterns.is_empty() || n < 2 * MIN_SIDE || !word.is_ascii() {
            return points;
        }
        let dotted = format!(".{word}.");
        let mut values = vec![0u8; dotted.len() + 1];
        for start in 0..dotted.len() {
            let longest = (start + self.max_len).min(dotted.len());
            for end in start + 1..=longest {
                if let Some(digits) = self.patterns.get(&dotted[start..end]) {
                    for (offset, &d) in digits.iter().enumerate() {
                        let v = &mut values[start + offset];
                        *v = (*v).max(d);
                    }
                }
            }
        }
        // values[m + 1] is the gap before word byte m (the leading '.' shifts by one).
        for (k, point) in points
            .iter_mut()
            .enumerate()
            .take(n - MIN_SIDE + 1)
            .skip(MIN_SIDE)
        {
            *point = values[k + 1] % 2 == 1;
        }
        points
    }
}

/// The text with `<!-- … -->` comments removed.
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, after)) = rest.split_once("<!--") {
        out.push_str(before);
        out.push(' ');
        rest = after.split_once("-->").map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

/// "ab3a4s" → ("abas", [0, 0, 3, 4, 0]); letters base-folded ("ß" → "ss", a 0 between).
fn parse_pattern(pattern: &str) -> (String, Vec<u8>) {
    let mut letters = String::new();
    let mut digits = vec![0u8];
    for c in pattern.chars() {
        if let Some(d) = c.to_digit(10) {
            if let Some(last) = digits.last_mut() {
                *last = u8::try_from(d).unwrap_or(0);
            }
        } else if c == '.' {
            letters.push('.');
            digits.push(0);
        } else if c.is_alphabetic() {
            let folded = base_fold(&c.to_string());
            for (i, f) in folded.chars().enumerate() {
                if i > 0 {
                    digits.push(0);
                }
                letters.push(f);
            }
            digits.push(0);
        } else {
            // Not a pattern (a stray word of a comment).
            return (String::new(), Vec::new());
        }
    }
    (letters, digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn liang_on_a_tiny_pattern_set() {
        let xml = b"<patterns> 1ba <!-- x y --> a1b .ab4a </patterns>";
        let h = Hyphenator::from_fop_xml(xml);
        assert_eq!(
            parse_pattern("ab3a4s"),
            ("abas".into(), vec![0, 0, 3, 4, 0])
        );
        assert_eq!(parse_pattern("ß1t"), ("sst".into(), vec![0, 0, 1, 0]));
        // "ababab": a1b and 1ba allow a hyphen before each b, .ab4a forbids the one before
        // byte 2, and two letters must stay on either side.
        let p = h.points("ababab");
        assert_eq!(p, [false, false, false, true, false, false, false]);
    }
}
