-- Full-text search over published articles (see org.dateline.search).
-- search_document holds each published article's text as readers see it: the body as plain text, the names of its
-- tags and authors. The application writes it in the same transaction that publishes, changes or unpublishes the
-- article. An FTS5 index over it (external content: the text is stored once) is kept in step by the triggers below,
-- so whatever writes search_document, the index follows in the same transaction.
-- Porter stemming on top of unicode61 (diacritics folded): "elections" finds "election", "Sao Paulo" finds "São Paulo".

-- What the filters and the ranking need of each indexed article, in a narrow table of its own: a search reads it for
-- thousands of matches, and narrow rows keep that to a few pages instead of one per article.
CREATE TABLE search_entry (
    article_id   INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    section_id   INTEGER NOT NULL,
    published_at INTEGER NOT NULL,
    embargo_at   INTEGER
);

CREATE TABLE search_document (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    headline   TEXT NOT NULL,
    dek        TEXT NOT NULL,
    body       TEXT NOT NULL,
    tags       TEXT NOT NULL,
    authors    TEXT NOT NULL
);

CREATE VIRTUAL TABLE search_index USING fts5(
    headline, dek, body, tags, authors,
    content = 'search_document', content_rowid = 'article_id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_document_inserted AFTER INSERT ON search_document BEGIN
    INSERT INTO search_index (rowid, headline, dek, body, tags, authors)
    VALUES (new.article_id, new.headline, new.dek, new.body, new.tags, new.authors);
END;

CREATE TRIGGER search_document_deleted AFTER DELETE ON search_document BEGIN
    INSERT INTO search_index (search_index, rowid, headline, dek, body, tags, authors)
    VALUES ('delete', old.article_id, old.headline, old.dek, old.body, old.tags, old.authors);
END;

CREATE TRIGGER search_document_updated AFTER UPDATE ON search_document BEGIN
    INSERT INTO search_index (search_index, rowid, headline, dek, body, tags, authors)
    VALUES ('delete', old.article_id, old.headline, old.dek, old.body, old.tags, old.authors);
    INSERT INTO search_index (rowid, headline, dek, body, tags, authors)
    VALUES (new.article_id, new.headline, new.dek, new.body, new.tags, new.authors);
END;
