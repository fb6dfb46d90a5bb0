-- Who changed what, when, with the values before and after (audit module).
CREATE TABLE audit_event (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor_id          BIGINT,
    actor_name        TEXT NOT NULL,
    organisation_id   BIGINT,
    organisation_name TEXT,
    kind              TEXT NOT NULL,
    record_id         TEXT NOT NULL,
    action            TEXT NOT NULL,
    summary           TEXT NOT NULL,
    before_value      JSONB,
    after_value       JSONB
);
CREATE INDEX audit_event_time ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_actor_time ON audit_event (actor_id, occurred_at DESC);
CREATE INDEX audit_event_organisation_time ON audit_event (organisation_id, occurred_at DESC);
CREATE INDEX audit_event_kind_time ON audit_event (kind, occurred_at DESC);

-- Messages LOTI Hub sends. With no mail server configured they stay here, for admins to read (notify module).
CREATE TABLE outbox_message (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    recipient  TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    channel    TEXT NOT NULL CHECK (channel IN ('OUTBOX', 'SMTP')),
    sent_at    TIMESTAMPTZ
);
CREATE INDEX outbox_message_time ON outbox_message (created_at DESC, id DESC);
