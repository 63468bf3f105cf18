-- Author profiles edited in the newsroom: a job title beside the bio, old slugs whose /author/ URLs redirect for
-- ever (like sections' and tags'), and at most one profile per staff account (the one its owner may edit).

ALTER TABLE author ADD COLUMN job_title TEXT NOT NULL DEFAULT '';

CREATE UNIQUE INDEX author_by_staff_user ON author (staff_user_id);

CREATE TABLE author_slug_history (
    slug      TEXT PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES author (id) ON DELETE CASCADE
);
