-- Imports: what each item of a source (a WordPress site, an agency's wire, a ninjs feed) became here, so running an
-- import again updates what it made before (when the item's content hash changed) and never makes anything twice.
-- local_id points at a row of the table `kind` names (article, photo, comment, author, section), so it has no
-- foreign key.

CREATE TABLE import_source (
    source       TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    external_id  TEXT    NOT NULL,
    local_id     INTEGER NOT NULL,
    content_hash TEXT    NOT NULL,
    imported_at  INTEGER NOT NULL,
    PRIMARY KEY (source, kind, external_id)
);

-- Addresses an imported story had on the old site (a WordPress permalink, ?p=123): they answer with a 301 to the
-- story's URL here, for ever, as an article's own old slugs do. Paths are stored as requested, query included.
CREATE TABLE import_redirect (
    path       TEXT    PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE
);

CREATE INDEX import_redirect_by_article ON import_redirect (article_id);
