# Integrationsatlas – interface (tr). Message ids as in de.ftl.
# Untranslated messages fall back to English, one message at a time.

lang-de = Almanca
lang-tr = Türkçe
search-button = Ara
