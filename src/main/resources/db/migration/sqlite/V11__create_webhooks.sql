-- Webhooks: URLs the newsroom registered to hear about published, updated and unpublished articles, and every
-- delivery to them. Deliveries are queued in the transaction that changed the article and sent in the background,
-- retried with growing pauses, so nothing is lost to a crash or a receiver that is down.

CREATE TABLE webhook (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    url         TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    -- The key deliveries are signed with (HMAC-SHA256); shown once, when the webhook is registered.
    secret      TEXT    NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    created_by  INTEGER REFERENCES staff_user (id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE webhook_delivery (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The X-Dateline-Delivery id receivers use to recognise a retry of a delivery they already handled.
    delivery_key     TEXT    NOT NULL UNIQUE,
    webhook_id       INTEGER NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event            TEXT    NOT NULL CHECK (event IN ('article.published', 'article.updated', 'article.unpublished')),
    article_id       INTEGER NOT NULL,
    -- What the article looked like when it happened, as JSON; signed and sent inside each attempt's body.
    payload          TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    last_attempt_at  INTEGER,
    last_status_code INTEGER,
    last_error       TEXT    NOT NULL DEFAULT '',
    delivered_at     INTEGER,
    occurred_at      INTEGER NOT NULL,
    created_at       INTEGER NOT NULL
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_by_webhook ON webhook_delivery (webhook_id, id DESC);
