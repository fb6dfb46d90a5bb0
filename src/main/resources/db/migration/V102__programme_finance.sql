-- Programme finance (funding module): the programme's financial years, funders' commitments, budget lines,
-- invoices and payments, and saved scenarios. Money is in pence.
CREATE TABLE funding_year (
    start_year           INT PRIMARY KEY CHECK (start_year BETWEEN 1900 AND 2999),
    programme_year       INT NOT NULL CHECK (programme_year >= 1),
    council_contribution BIGINT NOT NULL CHECK (council_contribution >= 0),
    review_point_after   BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE funder_commitment (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    funder_kind     TEXT NOT NULL CHECK (funder_kind IN ('GLA', 'LONDON_COUNCILS', 'PARTNER')),
    organisation_id BIGINT REFERENCES organisation (id),
    funder_name     TEXT NOT NULL,
    annual_amount   BIGINT NOT NULL CHECK (annual_amount > 0),
    starts_on       DATE NOT NULL,
    ends_on         DATE NOT NULL CHECK (ends_on >= starts_on),
    created_by_name TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX funder_commitment_period ON funder_commitment (starts_on, ends_on);

CREATE TABLE budget_line (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    start_year INT NOT NULL REFERENCES funding_year (start_year),
    position   INT NOT NULL,
    name       TEXT NOT NULL,
    staff      BOOLEAN NOT NULL,
    flexible   BOOLEAN NOT NULL,
    cut_order  INT,
    amount     BIGINT NOT NULL CHECK (amount >= 0),
    UNIQUE (start_year, name),
    CHECK (flexible = (cut_order IS NOT NULL))
);

CREATE TABLE invoice (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    start_year       INT NOT NULL CHECK (start_year BETWEEN 1900 AND 2999),
    organisation_id  BIGINT NOT NULL REFERENCES organisation (id),
    description      TEXT NOT NULL,
    amount           BIGINT NOT NULL CHECK (amount > 0),
    issued_on        DATE NOT NULL,
    due_on           DATE NOT NULL CHECK (due_on >= issued_on),
    billing_email    TEXT NOT NULL,
    last_reminded_on DATE,
    created_by_name  TEXT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX invoice_year_issued ON invoice (start_year, issued_on DESC, id DESC);
CREATE INDEX invoice_organisation_issued ON invoice (organisation_id, issued_on DESC, id DESC);
CREATE INDEX invoice_issued ON invoice (issued_on DESC, id DESC);
CREATE INDEX invoice_due ON invoice (due_on);

CREATE TABLE invoice_payment (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id       BIGINT NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
    amount           BIGINT NOT NULL CHECK (amount > 0),
    received_on      DATE NOT NULL,
    recorded_by_name TEXT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX invoice_payment_invoice ON invoice_payment (invoice_id);

-- What-ifs beside the plan. They are parameters only: evaluating one never changes the real figures.
CREATE TABLE funding_scenario (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    councils        INT NOT NULL CHECK (councils BETWEEN 0 AND 33),
    gla_notice_from INT,
    secondment_line TEXT,
    created_by_name TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX funding_scenario_created ON funding_scenario (created_at, id);
