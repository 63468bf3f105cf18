-- One-time links for newsroom accounts (set a first password, reset a forgotten one). Only a hash of the token is
-- kept, so a copy of the database cannot be used to take over an account.
CREATE TABLE staff_token (
    token_hash    TEXT PRIMARY KEY,
    staff_user_id BIGINT  NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    purpose       TEXT    NOT NULL CHECK (purpose IN ('SET_PASSWORD', 'RESET_PASSWORD')),
    created_at    BIGINT  NOT NULL,
    expires_at    BIGINT  NOT NULL,
    used_at       BIGINT
);
