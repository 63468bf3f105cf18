-- The content model: sections, authors, tags, photos, articles with their bylines, tags and corrections,
-- reader comments, and the site's settings.
-- Times are UTC epoch milliseconds (see org.dateline.data.Sql); booleans are 0/1.
-- AUTOINCREMENT: ids are public (permalinks, the API), so a deleted row's id is never handed out again.

CREATE TABLE site_setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE section (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    slug        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE photo (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    file_key      TEXT    NOT NULL UNIQUE,
    original_name TEXT    NOT NULL,
    media_type    TEXT    NOT NULL,
    width         INTEGER NOT NULL CHECK (width > 0),
    height        INTEGER NOT NULL CHECK (height > 0),
    byte_size     INTEGER NOT NULL,
    alt           TEXT    NOT NULL DEFAULT '',
    caption       TEXT    NOT NULL DEFAULT '',
    credit        TEXT    NOT NULL DEFAULT '',
    creator       TEXT    NOT NULL DEFAULT '',
    copyright     TEXT    NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL
);

CREATE TABLE author (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    slug     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    bio      TEXT NOT NULL DEFAULT '',
    photo_id INTEGER REFERENCES photo (id) ON DELETE SET NULL
);

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE article (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    slug          TEXT    NOT NULL UNIQUE,
    section_id    INTEGER NOT NULL REFERENCES section (id),
    headline      TEXT    NOT NULL,
    dek           TEXT    NOT NULL DEFAULT '',
    dateline      TEXT    NOT NULL DEFAULT '',
    body_markdown TEXT    NOT NULL DEFAULT '',
    body_html     TEXT    NOT NULL DEFAULT '',
    status        TEXT    NOT NULL CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED')),
    hero_photo_id INTEGER REFERENCES photo (id) ON DELETE SET NULL,
    comments_open INTEGER NOT NULL DEFAULT 1,
    published_at  INTEGER,
    updated_at    INTEGER,
    created_at    INTEGER NOT NULL,
    modified_at   INTEGER NOT NULL,
    version       INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX article_by_status_published ON article (status, published_at DESC);
CREATE INDEX article_by_section_published ON article (section_id, status, published_at DESC);

-- Slugs an article had before: their URLs answer with a 301 to the article's current URL, forever.
CREATE TABLE article_slug_history (
    slug       TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE
);

CREATE TABLE article_author (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES author (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, author_id)
);

CREATE INDEX article_author_by_author ON article_author (author_id, article_id);

CREATE TABLE article_tag (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_id)
);

CREATE INDEX article_tag_by_tag ON article_tag (tag_id, article_id);

CREATE TABLE correction (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id   INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('CORRECTION', 'UPDATE')),
    text         TEXT    NOT NULL,
    published_at INTEGER NOT NULL
);

CREATE INDEX correction_by_article ON correction (article_id, published_at);

CREATE TABLE comment (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id    INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    parent_id     INTEGER REFERENCES comment (id),
    author_name   TEXT    NOT NULL,
    author_email  TEXT    NOT NULL,
    author_url    TEXT    NOT NULL DEFAULT '',
    body          TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'SPAM', 'TRASH')),
    submission_id TEXT UNIQUE,
    created_at    INTEGER NOT NULL
);

CREATE INDEX comment_by_article ON comment (article_id, status, created_at);
