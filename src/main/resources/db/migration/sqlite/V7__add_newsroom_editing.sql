-- The newsroom's editing: who created and last saved an article, its embargo, every saved revision, preview links
-- for drafts, and old slugs of sections and tags (their URLs redirect for ever, like articles').

ALTER TABLE article ADD COLUMN embargo_at INTEGER;
ALTER TABLE article ADD COLUMN created_by INTEGER REFERENCES staff_user (id);
ALTER TABLE article ADD COLUMN updated_by INTEGER REFERENCES staff_user (id);

ALTER TABLE author ADD COLUMN staff_user_id INTEGER REFERENCES staff_user (id);

CREATE INDEX article_by_modified ON article (modified_at DESC);
CREATE INDEX article_by_creator ON article (created_by, modified_at DESC);

CREATE TABLE article_revision (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id    INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,
    headline      TEXT    NOT NULL,
    dek           TEXT    NOT NULL,
    slug          TEXT    NOT NULL,
    section_id    INTEGER NOT NULL,
    dateline      TEXT    NOT NULL,
    body_markdown TEXT    NOT NULL,
    hero_photo_id INTEGER,
    tags          TEXT    NOT NULL DEFAULT '',
    author_ids    TEXT    NOT NULL DEFAULT '',
    saved_by      INTEGER REFERENCES staff_user (id),
    saved_at      INTEGER NOT NULL,
    note          TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX article_revision_by_article ON article_revision (article_id, id DESC);

CREATE TABLE article_preview (
    token_hash TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    created_by INTEGER REFERENCES staff_user (id),
    expires_at INTEGER NOT NULL
);

CREATE TABLE section_slug_history (
    slug       TEXT PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES section (id) ON DELETE CASCADE
);

CREATE TABLE tag_slug_history (
    slug   TEXT PRIMARY KEY,
    tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE
);
