-- Full-text search over published articles (see org.dateline.search).
-- search_document holds each published article's text as readers see it: the body as plain text, the names of its
-- tags and authors. The application writes it in the same transaction that publishes, changes or unpublishes the
-- article; the weighted tsvector is a generated column, so it can never disagree with the text, and a GIN index
-- serves the @@ match. Weights: headline A, dek, tags and authors B, body D (ts_rank's defaults 1.0, 0.4, 0.1).
-- The text search configuration "dateline" is English with accents folded (unaccent, a trusted extension the
-- database's owner may create), so "Sao Paulo" finds "São Paulo" as it does on SQLite.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION dateline (COPY = english);
ALTER TEXT SEARCH CONFIGURATION dateline
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- What the filters and the ranking need of each indexed article, in a narrow table of its own (see the SQLite
-- migration).
CREATE TABLE search_entry (
    article_id   BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    section_id   BIGINT NOT NULL,
    published_at BIGINT NOT NULL,
    embargo_at   BIGINT
);

CREATE TABLE search_document (
    article_id BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    headline   TEXT NOT NULL,
    dek        TEXT NOT NULL,
    body       TEXT NOT NULL,
    tags       TEXT NOT NULL,
    authors    TEXT NOT NULL,
    document   tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dateline'::regconfig, headline), 'A') ||
        setweight(to_tsvector('dateline'::regconfig, dek), 'B') ||
        setweight(to_tsvector('dateline'::regconfig, tags || ' ' || authors), 'B') ||
        setweight(to_tsvector('dateline'::regconfig, body), 'D')
    ) STORED
);

CREATE INDEX search_document_match ON search_document USING GIN (document);
