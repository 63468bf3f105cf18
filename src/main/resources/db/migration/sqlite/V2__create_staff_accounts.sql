-- Newsroom accounts: who can sign in at /newsroom and with which desk role.
-- A null password_hash means the account was created without one and waits for its set-password link.

CREATE TABLE staff_user (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    email                TEXT    NOT NULL UNIQUE,
    name                 TEXT    NOT NULL,
    role                 TEXT    NOT NULL CHECK (role IN ('ADMIN', 'EDITOR', 'AUTHOR', 'CONTRIBUTOR')),
    password_hash        TEXT,
    enabled              INTEGER NOT NULL DEFAULT 1,
    failed_sign_ins      INTEGER NOT NULL DEFAULT 0,
    locked_until         INTEGER,
    sessions_valid_after INTEGER NOT NULL DEFAULT 0,
    created_at           INTEGER NOT NULL
);
