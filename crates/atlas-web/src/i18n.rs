//! Interface languages and their text: Fluent files from `data/i18n/`, one per language,
//! compiled in. Every file holds every message of `de.ftl` (`tests/i18n.rs` fails otherwise), so
//! pages never show interface text in another language; should a message still be missing at
//! run time, it falls back to English, then German, one message at a time.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The seven languages of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    De,
    En,
    Tr,
    Ar,
    Ru,
    Uk,
    Fa,
}

impl Lang {
    pub const ALL: [Lang; 7] = [
        Lang::De,
        Lang::En,
        Lang::Tr,
        Lang::Ar,
        Lang::Ru,
        Lang::Uk,
        Lang::Fa,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Tr => "tr",
            Lang::Ar => "ar",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
            Lang::Fa => "fa",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Writing direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar | Lang::Fa => "rtl",
            _ => "ltr",
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
            Lang::Tr => "Türkçe",
            Lang::Ar => "العربية",
            Lang::Ru => "Русский",
            Lang::Uk => "Українська",
            Lang::Fa => "فارسی",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::De => include_str!("../../../data/i18n/de.ftl"),
            Lang::En => include_str!("../../../data/i18n/en.ftl"),
            Lang::Tr => include_str!("../../../data/i18n/tr.ftl"),
            Lang::Ar => include_str!("../../../data/i18n/ar.ftl"),
            Lang::Ru => include_str!("../../../data/i18n/ru.ftl"),
            Lang::Uk => include_str!("../../../data/i18n/uk.ftl"),
            Lang::Fa => include_str!("../../../data/i18n/fa.ftl"),
        }
    }

    /// The best language for an `Accept-Language` header (German when nothing fits).
    pub fn negotiate(header: &str) -> Lang {
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',') {
            let mut bits = part.trim().split(';');
            let tag = bits.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q=").map(str::to_owned))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            if let Some(lang) = Lang::parse(primary)
                && q > 0.0
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, lang));
            }
        }
        best.map_or(Lang::De, |(_, l)| l)
    }
}

/// All bundles, loaded once at start.
pub struct I18n {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("I18n")
    }
}

/// A Fluent file that does not parse (a broken translation); names language and problem.
#[derive(Debug)]
pub struct I18nError(pub String);

impl std::fmt::Display for I18nError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl I18n {
    /// Parses the compiled-in Fluent files.
    pub fn load() -> Result<Self, I18nError> {
        let mut bundles = HashMap::new();
        for lang in Lang::ALL {
            let resource = FluentResource::try_new(lang.source().to_owned())
                .map_err(|(_, e)| I18nError(format!("data/i18n/{}.ftl: {e:?}", lang.code())))?;
            let id = lang
                .code()
                .parse()
                .map_err(|e| I18nError(format!("{}: {e}", lang.code())))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Plain text in HTML: no bidi isolation marks around arguments (`dir` does that).
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|e| I18nError(format!("data/i18n/{}.ftl: {e:?}", lang.code())))?;
            bundles.insert(lang, bundle);
        }
        Ok(Self { bundles })
    }

    /// Whether `lang`'s own file has the message (not counting fallbacks).
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundles.get(&lang).is_some_and(|b| b.has_message(id))
    }

    /// Message ids of a language's own file.
    pub fn ids(&self, lang: Lang) -> Vec<String> {
        let mut out: Vec<String> = lang
            .source()
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
            .collect();
        out.sort();
        out
    }

    /// The message in `lang`, else English, else German, else the id itself.
    pub fn message(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for l in [lang, Lang::En, Lang::De] {
            let Some(bundle) = self.bundles.get(&l) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }
}

/// The interface text of one request: a language and the bundles.
#[derive(Debug, Clone, Copy)]
pub struct Tr<'a> {
    pub lang: Lang,
    i18n: &'a I18n,
}

impl<'a> Tr<'a> {
    pub fn new(lang: Lang, i18n: &'a I18n) -> Self {
        Self { lang, i18n }
    }

    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.i18n.message(self.lang, id, None)
    }

    /// A message without arguments, if some file has it (else `None`, not the id).
    pub fn try_t(&self, id: &str) -> Option<String> {
        let text = self.i18n.message(self.lang, id, None);
        (text != id).then_some(text)
    }

    /// A message with arguments.
    pub fn ta(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        self.i18n.message(self.lang, id, Some(&a))
    }

    /// A message that takes a count (`$count`), with plural forms.
    pub fn count(&self, id: &str, count: u64) -> String {
        self.ta(id, &[("count", FluentValue::from(count))])
    }

    /// A label by a computed id (`field-…`, `group-…`, `lang-…`, `day-…`); the code itself
    /// when no file knows it.
    pub fn label(&self, prefix: &str, code: &str) -> String {
        let id = format!("{prefix}-{code}");
        let text = self.i18n.message(self.lang, &id, None);
        if text == id { code.to_owned() } else { text }
    }
}
