-- People who take part: each belongs to one organisation (members module).
CREATE TABLE person (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    full_name       TEXT NOT NULL,
    job_title       TEXT NOT NULL DEFAULT '',
    email           TEXT,
    role_family     TEXT REFERENCES role_family (code),
    account_id      BIGINT UNIQUE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX person_organisation_name ON person (organisation_id, full_name);

-- Sign-in accounts (accounts module). E-mail addresses are kept in lower case.
CREATE TABLE user_account (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE CHECK (email = lower(email)),
    display_name    TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    role            TEXT NOT NULL CHECK (role IN ('MEMBER', 'EDITOR', 'CORE_REPRESENTATIVE', 'PARTNER', 'ADMIN')),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX user_account_organisation ON user_account (organisation_id);

-- Failed sign-ins, by account and by address, for throttling across every node.
CREATE TABLE sign_in_failure (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key       TEXT NOT NULL,
    failed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failure_key_time ON sign_in_failure (key, failed_at);

CREATE TABLE invitation (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           TEXT NOT NULL CHECK (email = lower(email)),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    role            TEXT NOT NULL CHECK (role IN ('MEMBER', 'EDITOR', 'CORE_REPRESENTATIVE', 'PARTNER', 'ADMIN')),
    token_hash      TEXT NOT NULL UNIQUE,
    invited_by      BIGINT REFERENCES user_account (id),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at      TIMESTAMPTZ NOT NULL,
    accepted_at     TIMESTAMPTZ,
    account_id      BIGINT REFERENCES user_account (id)
);
CREATE INDEX invitation_created ON invitation (created_at DESC);

-- API tokens of an organisation: only a SHA-256 hash is kept; the token is shown once.
CREATE TABLE api_token (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    name            TEXT NOT NULL,
    token_hash      TEXT NOT NULL UNIQUE,
    token_prefix    TEXT NOT NULL,
    created_by      BIGINT REFERENCES user_account (id),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_used_at    TIMESTAMPTZ,
    revoked_at      TIMESTAMPTZ
);
CREATE INDEX api_token_organisation ON api_token (organisation_id, created_at DESC);

-- Demo mode only: the sign-in details shown on the sign-in page.
CREATE TABLE demo_sign_in (
    email       TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    password    TEXT NOT NULL,
    position    INT NOT NULL
);
CREATE TABLE demo_load (
    name      TEXT PRIMARY KEY,
    loaded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
