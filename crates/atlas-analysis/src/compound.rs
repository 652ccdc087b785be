//! Dictionary-based splitting of German compounds ("Integrationskurse" → "integration" +
//! "kurse"): a dynamic-programming split over a dictionary of compound parts, with German linking
//! morphemes (Fugen-s, -es-, -n-, -en-, -er-, -e-, -ens-) between parts and an inflection ending
//! on the last part. A part before the last may drop a final `e` ("Sprach|café" from
//! "Sprache"); stop words are never parts before the last ("unter|kunft" is no split), except
//! "selbst" and "weg".
//!
//! Of the splits with the fewest parts it prefers the one whose parts start where German
//! hyphenation allows a break ("Gesundheits-amt", not "Gesundheit-samt"), then the one with the
//! fewest repairs (elided `e`, ending of the last part), then the longest parts, then the most
//! links.

use std::cmp::Reverse;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::fold::base_fold;
use crate::hyphenation::Hyphenator;

/// Shortest part that counts.
const MIN_PART: usize = 3;

/// Linking morphemes that may stand between two parts ("Integration-s-kurs", "Tag-es-zeit",
/// "Straße-n-bahn", "Frau-en-haus", "Kind-er-garten", "Hund-e-hütte", "Herz-ens-wunsch").
const LINKS: [&str; 7] = ["s", "es", "n", "en", "er", "e", "ens"];

/// Endings the last part may carry: inflections ("…kurs-e", "…lotse-n", "…lehrer-innen"), the
/// `-ung` of nouns made from a verb stem in the dictionary ("…impf-ung"), and present
/// participles ("Asyl|such-ende").
const INFLECTIONS: [&str; 20] = [
    "ungen", "innen", "enden", "endes", "ender", "endem", "ende", "end", "ung", "ern", "nen",
    "sen", "en", "er", "es", "in", "se", "e", "n", "s",
];

/// Dictionary words that are, at the end of a word, almost always a suffix: "Akt|ionen",
/// "Kultur|elle". They are never a last part.
const SUFFIX_LOOKALIKES: [&str; 5] = ["ion", "ionen", "elle", "ellen", "end"];

/// Stop words that are good first parts all the same ("Selbst|hilfe", "Weg|weiser").
const CONTENT_STOP_WORDS: [&str; 2] = ["selbst", "weg"];

/// "Ende" and its forms: as a last part only after a link ("Woche-n-ende").
const PARTICIPLE_ENDINGS: [&str; 6] = ["end", "ende", "enden", "endes", "ender", "endem"];

/// Suffixes after which a final `s` in a dictionary entry is always a linking `s`
/// ("beratungs", "integrations"): such entries are replaced by their base, so the `s` is read
/// as a link and the part comes out clean.
const FUGEN_S_BASES: [&str; 9] = [
    "ung", "ion", "heit", "keit", "schaft", "tat", "tum", "ling", "itat",
];

/// A set of compound parts (in [`base_fold`]ed form) and the split over it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Decompounder {
    parts: HashSet<Box<str>, Fnv>,
    /// Stems of the verbs in the dictionary ("erzählen" → "erzahl"): bases of a last part in
    /// `-ung` or a participle ("…erzähl-ung", "…such-end"), never parts of their own.
    verb_stems: HashSet<Box<str>, Fnv>,
    /// Words that never count as a part before the last (stop words: "unter", "ein", "vor" …).
    blocked: HashSet<Box<str>, Fnv>,
    /// Where a hyphen may stand: part boundaries elsewhere are a last resort.
    hyphenator: Hyphenator,
    max_part: usize,
}

/// The best split found so far of a suffix of the word.
#[derive(Clone, Copy)]
struct Step {
    parts: u32,
    /// Parts that start where no hyphen may stand: fewer is better.
    off_hyphen: u32,
    /// Sum of squared part lengths (links not counted): larger means longer parts.
    squares: u32,
    /// Linking morphemes read: more is better ("beruf|s|…" over "berufs|…", both parts).
    links: u32,
    /// Elided `e`s and inflection endings of the last part: fewer is better.
    repairs: u32,
    /// End of this step's part (exclusive) in the word.
    part_end: usize,
    /// Start of the next step (after the link), or the word's length.
    next: usize,
}

impl Step {
    fn better_than(&self, other: &Step) -> bool {
        let key = |s: &Step| {
            (
                s.parts,
                s.off_hyphen,
                s.repairs,
                Reverse(s.squares),
                Reverse(s.links),
            )
        };
        key(self) < key(other)
    }
}

impl Decompounder {
    /// Builds the part set from dictionary entries (any case, umlauts allowed) and the words
    /// that must never be parts.
    pub fn new<'a>(
        entries: impl IntoIterator<Item = &'a str>,
        blocked: impl IntoIterator<Item = &'a str>,
        hyphenator: Hyphenator,
    ) -> Self {
        let mut parts: HashSet<Box<str>, Fnv> = HashSet::default();
        let mut verb_stems: HashSet<Box<str>, Fnv> = HashSet::default();
        for entry in entries {
            let entry = entry.trim();
            if entry.is_empty() || entry.starts_with('#') {
                continue;
            }
            let folded = base_fold(entry);
            // "Büro" is also written "Buero": both spellings are parts.
            let digraphs = umlaut_digraphs(entry);
            for form in [folded, digraphs] {
                if !form.bytes().all(|b| b.is_ascii_lowercase()) {
                    continue;
                }
                if let Some(stem) = form.strip_suffix("en").filter(|s| s.len() >= 4) {
                    verb_stems.insert(stem.into());
                }
                match form.strip_suffix('s') {
                    Some(base) if FUGEN_S_BASES.iter().any(|s| base.ends_with(s)) => {
                        parts.insert(base.into());
                    }
                    _ => {
                        parts.insert(form.into());
                    }
                }
            }
        }
        let max_part = parts.iter().map(|p| p.len()).max().unwrap_or(0);
        let blocked = blocked
            .into_iter()
            .map(base_fold)
            .filter(|w| !CONTENT_STOP_WORDS.contains(&w.as_str()))
            .map(Into::into)
            .collect();
        Decompounder {
            parts,
            verb_stems,
            blocked,
            hyphenator,
            max_part,
        }
    }

    /// Number of parts in the dictionary.
    pub fn len(&self) -> usize {
        self.parts.len()
    }

    /// Splits a [`base_fold`]ed word into at least two parts; returns the byte ranges of the
    /// parts (without links; the last part with its inflection ending), or `None` when the word
    /// is no compound we can read (or is not plain `a`–`z`).
    pub fn split(&self, word: &str) -> Option<Vec<Range<usize>>> {
        let n = word.len();
        if n < 2 * MIN_PART || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        let hyphens = self.hyphenator.points(word);
        // best[i]: the best split of word[i..] into parts; best[n] is the empty split.
        let mut best: Vec<Option<Step>> = vec![None; n + 1];
        for i in (0..n).rev() {
            let mut here: Option<Step> = None;
            let longest = (i + self.max_part + INFLECTIONS[0].len()).min(n);
            for j in (i + MIN_PART)..=longest {
                let segment = &word[i..j];
                let mut consider = |step: Step| {
                    if here.is_none_or(|h| step.better_than(&h)) {
                        here = Some(step);
                    }
                };
                if j == n {
                    // The last part; the whole word alone is not a split.
                    if i == 0 {
                        continue;
                    }
                    if let Some(repairs) = self.last_part(segment) {
                        consider(Step {
                            parts: 1,
                            off_hyphen: 0,
                            squares: square(j - i),
                            links: 0,
                            repairs,
                            part_end: j,
                            next: n,
                        });
                    }
                    continue;
                }
                if j - i > self.max_part {
                    continue;
                }
                let Some(elided) = self.inner_part(segment) else {
                    continue;
                };
                for link in std::iter::once("").chain(LINKS) {
                    if !word[j..].starts_with(link) {
                        continue;
                    }
                    let k = j + link.len();
                    if k >= n {
                        continue;
                    }
                    let Some(rest) = best[k] else {
                        continue;
                    };
                    // "Wochen|ende" is read "Woche-n-ende"; a bare "ende" after a part is the
                    // participle of a verb ("folg|ende", "studier|ende").
                    if link.is_empty()
                        && rest.part_end == n
                        && PARTICIPLE_ENDINGS.contains(&&word[k..])
                    {
                        continue;
                    }
                    consider(Step {
                        parts: rest.parts + 1,
                        off_hyphen: rest.off_hyphen + u32::from(!hyphens[k]),
                        squares: rest.squares + square(j - i),
                        links: rest.links + u32::from(!link.is_empty()),
                        repairs: rest.repairs + elided,
                        part_end: j,
                        next: k,
                    });
                }
            }
            best[i] = here;
        }
        let mut ranges = Vec::new();
        let mut i = 0;
        while i < n {
            let step = best[i]?;
            ranges.push(i..step.part_end);
            i = step.next;
        }
        (ranges.len() >= 2).then_some(ranges)
    }

    /// Whether `segment` may be a part before the last one: a dictionary part that is no stop
    /// word (0), or one whose final `e` is elided, "Pfann|kuchen" (1). `None` if it may not.
    fn inner_part(&self, segment: &str) -> Option<u32> {
        if self.blocked.contains(segment) {
            return None;
        }
        if self.parts.contains(segment) {
            return Some(0);
        }
        let mut buffer = [0u8; 64];
        let n = segment.len();
        if n < 4 || n >= buffer.len() {
            return None;
        }
        buffer[..n].copy_from_slice(segment.as_bytes());
        buffer[n] = b'e';
        let with_e = std::str::from_utf8(&buffer[..=n]).ok()?;
        self.parts.contains(with_e).then_some(1)
    }

    /// Whether `segment` may be the last part (stop words may: "Arbeits|weg"), and how many
    /// endings that took (0 or 1).
    fn last_part(&self, segment: &str) -> Option<u32> {
        if SUFFIX_LOOKALIKES.contains(&segment) {
            return None;
        }
        if self.parts.contains(segment) {
            return Some(0);
        }
        INFLECTIONS.iter().find_map(|ending| {
            let base = segment.strip_suffix(ending)?;
            // A verb stem before -ung needs four letters ("Impf-ung"; not "Verein-bar-ung").
            let shortest = if ending.starts_with("ung") {
                4
            } else {
                MIN_PART
            };
            // "-se", "-sen" only double the s of "-nis": "…kenntnis-se".
            if ending.starts_with('s') && ending.len() > 1 && !base.ends_with("nis") {
                return None;
            }
            let verbal = ending.starts_with("ung") || ending.starts_with("end");
            (base.len() >= shortest
                && (self.parts.contains(base) || verbal && self.verb_stems.contains(base)))
            .then_some(1)
        })
    }
}

fn square(len: usize) -> u32 {
    u32::try_from(len * len).unwrap_or(u32::MAX)
}

/// Lower case with umlauts written as digraphs ("Büro" → "buero"), then [`base_fold`]ed.
fn umlaut_digraphs(word: &str) -> String {
    let mut spelled = String::with_capacity(word.len() + 4);
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => spelled.push_str("ae"),
            'ö' => spelled.push_str("oe"),
            'ü' => spelled.push_str("ue"),
            _ => spelled.push(c),
        }
    }
    base_fold(&spelled)
}

/// FNV-1a: the part set is hit a few hundred times per long word, with short keys.
pub(crate) type Fnv = BuildHasherDefault<FnvHasher>;

#[derive(Debug, Clone, Copy)]
pub(crate) struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(dictionary: &[&str], word: &str, expected: Option<&[&str]>) {
        let d = Decompounder::new(dictionary.iter().copied(), ["unter"], Hyphenator::default());
        let got = d
            .split(word)
            .map(|r| r.into_iter().map(|r| &word[r]).collect::<Vec<_>>());
        assert_eq!(got.as_deref(), expected, "{word}");
    }

    #[test]
    fn splits_with_links_and_endings() {
        let dict = [
            "integrations",
            "kurs",
            "haus",
            "aufgabe",
            "hilfe",
            "büro",
            "unter",
            "kunft",
        ];
        check(&dict, "integrationskurse", Some(&["integration", "kurse"]));
        check(
            &dict,
            "hausaufgabenhilfe",
            Some(&["haus", "aufgabe", "hilfe"]),
        );
        check(&dict, "bueroaufgabe", Some(&["buero", "aufgabe"]));
        check(&dict, "buroaufgabe", Some(&["buro", "aufgabe"]));
        check(&dict, "unterkunft", None);
        check(&dict, "kurs", None);
        check(&dict, "kursxyz", None);
        check(&dict, "kurs1kurs", None);
    }
}
