# Integrationsatlas – interface (uk). Message ids as in de.ftl.
# Untranslated messages fall back to English, one message at a time.

search-button = Шукати
lang-uk = Українська
