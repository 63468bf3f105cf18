-- Comments the checks rejected (obvious bots: the honeypot, a forged form, the block list, floods, duplicates), kept
-- for moderators to see why, and to catch a rule that turns away people. No email address: a rejected comment is
-- not a commenter's record. Written in batches a second apart and kept 30 days (comment.RejectionLog).
CREATE TABLE comment_rejection (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id  INTEGER NOT NULL,
    check_name  TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    checks      TEXT    NOT NULL DEFAULT '',
    author_name TEXT    NOT NULL DEFAULT '',
    ip          TEXT    NOT NULL DEFAULT '',
    excerpt     TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);

CREATE INDEX comment_rejection_by_time ON comment_rejection (created_at);
