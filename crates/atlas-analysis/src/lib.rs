//! German-aware text analysis for the search index (work in progress).
