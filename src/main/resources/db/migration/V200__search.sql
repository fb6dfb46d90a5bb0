-- One search over everything a reader may see (search module). Each module puts a document here for each of its
-- records, in the same transaction as the record; the weighted vectors are kept in the row (title A, summary B,
-- body C), in English with accents folded, so that a saved record is found by the next search.
CREATE TEXT SEARCH CONFIGURATION loti_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION loti_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TABLE search_document (
    kind              TEXT NOT NULL CHECK (kind ~ '^[a-z][a-z0-9-]*$'),
    record_id         TEXT NOT NULL,
    organisation_id   BIGINT,
    organisation_name TEXT,
    visibility        TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'MEMBERS', 'ORGANISATION')),
    title             TEXT NOT NULL,
    summary           TEXT NOT NULL DEFAULT '',
    body              TEXT NOT NULL DEFAULT '',
    url               TEXT NOT NULL,
    phase             TEXT,
    tags              TEXT[] NOT NULL DEFAULT '{}',
    indexed_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    title_vector      TSVECTOR GENERATED ALWAYS AS (to_tsvector('loti_english', title)) STORED,
    search_vector     TSVECTOR GENERATED ALWAYS AS (
                          setweight(to_tsvector('loti_english', title), 'A')
                          || setweight(to_tsvector('loti_english', summary), 'B')
                          || setweight(to_tsvector('loti_english', body), 'C')) STORED,
    -- record_id first: the planner must not scan a whole kind through this index and AND it with a text match.
    PRIMARY KEY (record_id, kind),
    CHECK (visibility <> 'ORGANISATION' OR organisation_id IS NOT NULL)
);
-- Matching: the whole text, and titles alone (title matches are always among the ranked candidates).
CREATE INDEX search_document_search ON search_document USING gin (search_vector);
CREATE INDEX search_document_title ON search_document USING gin (title_vector);
-- Filters, applied within the text matches. Kind and phase have a handful of values each, so an index on them
-- would only tempt the planner into reading a whole kind; organisation and tag are selective.
CREATE INDEX search_document_organisation ON search_document (organisation_id);
CREATE INDEX search_document_tags ON search_document USING gin (tags);

-- The vocabulary: every distinct word of the indexed public and members-only documents, to correct misspelt
-- query words by trigram similarity against single words rather than whole titles. Level 0: the word occurs in a
-- public document; 1: only in documents for members. Words of organisation-only documents are never here, so a
-- correction cannot reveal them.
CREATE TABLE search_word (
    word  TEXT PRIMARY KEY,
    level SMALLINT NOT NULL CHECK (level IN (0, 1))
);
CREATE INDEX search_word_trigram ON search_word USING gin (word gin_trgm_ops);

-- What the start-up indexer last did for each kind of record.
CREATE TABLE search_source_state (
    kind       TEXT PRIMARY KEY,
    version    INT NOT NULL,
    indexed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
