-- Comment moderation: what each check said, the learned filter, reader flags, the moderation log,
-- reply notifications and the mail outbox.

ALTER TABLE comment ADD COLUMN ip TEXT NOT NULL DEFAULT '';
ALTER TABLE comment ADD COLUMN user_agent TEXT NOT NULL DEFAULT '';
ALTER TABLE comment ADD COLUMN held_for TEXT NOT NULL DEFAULT '';
ALTER TABLE comment ADD COLUMN checks TEXT NOT NULL DEFAULT '';
ALTER TABLE comment ADD COLUMN spam_score REAL;
ALTER TABLE comment ADD COLUMN spam_evidence TEXT NOT NULL DEFAULT '';
ALTER TABLE comment ADD COLUMN notify_replies INTEGER NOT NULL DEFAULT 0;
ALTER TABLE comment ADD COLUMN staff_user_id INTEGER REFERENCES staff_user (id);
ALTER TABLE comment ADD COLUMN edited_at INTEGER;
ALTER TABLE comment ADD COLUMN open_flags INTEGER NOT NULL DEFAULT 0;

CREATE INDEX comment_by_status ON comment (status, created_at);
CREATE INDEX comment_by_email ON comment (author_email, status);
CREATE INDEX comment_by_parent ON comment (parent_id);

-- A reader's report; one per reader per comment.
CREATE TABLE comment_flag (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_id INTEGER NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    reporter   TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    resolved   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (comment_id, reporter)
);

-- Every moderation action: who, when, what.
CREATE TABLE comment_moderation_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_id INTEGER NOT NULL,
    actor      TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

CREATE INDEX comment_moderation_log_by_comment ON comment_moderation_log (comment_id, created_at);

-- The learned filter: how often each token appeared in comments moderators approved (ham) or marked as spam,
-- and which comments it has learned from (so a changed decision is unlearned first).
CREATE TABLE spam_token (
    token TEXT PRIMARY KEY,
    spam  INTEGER NOT NULL DEFAULT 0,
    ham   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE spam_training (
    comment_id INTEGER PRIMARY KEY,
    verdict    TEXT    NOT NULL CHECK (verdict IN ('SPAM', 'HAM')),
    tokens     TEXT    NOT NULL
);

-- Addresses that asked for reply notifications: confirmed by a link mailed to them first, unsubscribed in one click.
CREATE TABLE comment_subscriber (
    email             TEXT PRIMARY KEY,
    token             TEXT    NOT NULL UNIQUE,
    confirmed_at      INTEGER,
    unsubscribed_at   INTEGER,
    confirmation_sent INTEGER
);

-- Mail waiting to be sent, so a slow or absent mail server never holds up a reader.
CREATE TABLE mail_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient       TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    unsubscribe_url TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    sent_at         INTEGER,
    last_error      TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);
