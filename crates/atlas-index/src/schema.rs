//! The index schema: text fields per role and language, stored fields for hits, and the
//! numeric fast fields that filters, facets, sorting and distance read.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

/// Languages with a text field of their own (from translations); German is the main text.
pub(crate) const OTHER_LANGUAGES: [&str; 6] = ["en", "tr", "ru", "ar", "uk", "fa"];

#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    /// `kind:id`, unique; used to delete and replace a document.
    pub key: Field,
    pub id: Field,
    pub kind: Field,
    pub name: Field,
    pub name_exact: Field,
    /// Stored for snippets; indexed without frequencies, only to tell which hits hold a term.
    pub description: Field,
    /// The provider's name (for offers), the coordinator's (for networks).
    pub provider: Field,
    /// The record's German texts (name, keywords, places, description), each counted with its
    /// field's weight (see `doc.rs`): where a word is searched.
    pub all: Field,
    /// The same and the provider's name, not stemmed: the exact word's bonus, and the words
    /// that complete a prefix.
    pub all_exact: Field,
    pub provider_id: Field,
    /// Translations: `OTHER_LANGUAGES[i]` ↔ `other[i]`.
    pub other: [Field; 6],
    // Fast fields (see attrs.rs).
    pub f_kind: Field,
    pub f_fields: Field,
    pub f_groups: Field,
    pub f_flags: Field,
    pub f_valid_from: Field,
    pub f_valid_to: Field,
    pub f_name_key: Field,
    pub f_updated: Field,
    pub f_langs: Field,
    pub f_regions: Field,
    pub f_areas: Field,
    pub f_coords: Field,
}

/// What a text field's postings keep. Only the fields that phrase and proximity queries read
/// need positions (`all` and `name`); the scored others need frequencies; the description's
/// postings only say which documents hold a term. Positions are most of what indexing and
/// merging write.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Postings {
    Positions,
    Frequencies,
    Documents,
}

fn text(tokenizer: &str, stored: bool, postings: Postings) -> TextOptions {
    let record = match postings {
        Postings::Positions => IndexRecordOption::WithFreqsAndPositions,
        Postings::Frequencies => IndexRecordOption::WithFreqs,
        Postings::Documents => IndexRecordOption::Basic,
    };
    let opts = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(record),
    );
    if stored { opts.set_stored() } else { opts }
}

pub(crate) fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let key = b.add_text_field("key", STRING);
    let id = b.add_text_field("id", STRING | STORED);
    let kind = b.add_text_field("kind", STRING | STORED);
    let name = b.add_text_field("name", text("atlas_de", true, Postings::Positions));
    let name_exact = b.add_text_field(
        "name_exact",
        text("atlas_exact", false, Postings::Frequencies),
    );
    let description = b.add_text_field("description", text("atlas_de", true, Postings::Documents));
    let provider = b.add_text_field("provider", text("atlas_de", true, Postings::Frequencies));
    let all = b.add_text_field("all", text("atlas_de", false, Postings::Positions));
    let all_exact = b.add_text_field(
        "all_exact",
        text("atlas_exact", false, Postings::Frequencies),
    );
    let provider_id = b.add_text_field("provider_id", STRING | STORED);
    let other = OTHER_LANGUAGES.map(|lang| {
        b.add_text_field(
            &format!("text_{lang}"),
            text(&format!("atlas_{lang}"), false, Postings::Frequencies),
        )
    });
    let fast = FAST | INDEXED;
    let f_kind = b.add_u64_field("f_kind", FAST);
    let f_fields = b.add_u64_field("f_fields", FAST);
    let f_groups = b.add_u64_field("f_groups", FAST);
    let f_flags = b.add_u64_field("f_flags", FAST);
    let f_valid_from = b.add_i64_field("f_valid_from", FAST);
    let f_valid_to = b.add_i64_field("f_valid_to", FAST);
    let f_name_key = b.add_u64_field("f_name_key", FAST);
    let f_updated = b.add_i64_field("f_updated", FAST);
    let f_langs = b.add_u64_field("f_langs", fast.clone());
    let f_regions = b.add_u64_field("f_regions", fast.clone());
    let f_areas = b.add_u64_field("f_areas", fast);
    let f_coords = b.add_u64_field("f_coords", FAST);
    let fields = Fields {
        key,
        id,
        kind,
        name,
        name_exact,
        description,
        provider,
        all,
        all_exact,
        provider_id,
        other,
        f_kind,
        f_fields,
        f_groups,
        f_flags,
        f_valid_from,
        f_valid_to,
        f_name_key,
        f_updated,
        f_langs,
        f_regions,
        f_areas,
        f_coords,
    };
    (b.build(), fields)
}
