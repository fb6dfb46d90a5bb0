-- Prioritisation rounds (programme module): the LOTI team opens a round for a financial year; Core councils
-- propose exemplar projects; the team shortlists; each Core council casts one ballot; the round closes and the
-- top places become exemplar projects. A second round in the same year has the slug '2019-20-2'.
CREATE TABLE programme_round (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug               TEXT NOT NULL UNIQUE,
    start_year         INT  NOT NULL CHECK (start_year BETWEEN 1900 AND 2999),
    sequence           INT  NOT NULL CHECK (sequence >= 1),
    method             TEXT NOT NULL CHECK (method IN ('RANKED_CHOICE', 'POINTS')),
    points_per_ballot  INT CHECK (points_per_ballot BETWEEN 10 AND 1000),
    places             INT  NOT NULL CHECK (places BETWEEN 2 AND 10),
    proposals_close_on DATE NOT NULL,
    voting_opens_on    DATE NOT NULL,
    voting_closes_on   DATE NOT NULL,
    status             TEXT NOT NULL DEFAULT 'PROPOSALS' CHECK (status IN ('PROPOSALS', 'VOTING', 'CLOSED')),
    opened_by_name     TEXT NOT NULL,
    opened_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    voting_opened_at   TIMESTAMPTZ,
    closed_at          TIMESTAMPTZ,
    closed_by_name     TEXT,
    UNIQUE (start_year, sequence),
    CHECK ((method = 'POINTS') = (points_per_ballot IS NOT NULL)),
    CHECK (voting_opens_on >= proposals_close_on AND voting_closes_on >= voting_opens_on)
);

CREATE TABLE programme_proposal (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id             BIGINT NOT NULL REFERENCES programme_round (id) ON DELETE CASCADE,
    slug                 TEXT   NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    organisation_id      BIGINT NOT NULL REFERENCES organisation (id),
    title                TEXT   NOT NULL CHECK (length(title) BETWEEN 1 AND 150),
    problem              TEXT   NOT NULL,
    business_case        TEXT   NOT NULL CHECK (business_case IN ('CASHABLE', 'PRODUCTIVITY', 'DEVELOPMENTAL')),
    business_case_detail TEXT   NOT NULL,
    estimated_saving     BIGINT CHECK (estimated_saving > 0),
    estimated_cost       BIGINT NOT NULL CHECK (estimated_cost > 0),
    timescale_months     INT    NOT NULL CHECK (timescale_months BETWEEN 1 AND 60),
    workstream_number    INT    NOT NULL REFERENCES workstream (number),
    shortlisted          BOOLEAN NOT NULL DEFAULT false,
    submitted_by_name    TEXT   NOT NULL,
    submitted_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((business_case = 'CASHABLE') = (estimated_saving IS NOT NULL))
);
CREATE INDEX programme_proposal_by_round ON programme_proposal (round_id, id);
CREATE INDEX programme_proposal_by_workstream ON programme_proposal (workstream_number);
CREATE INDEX programme_proposal_by_organisation ON programme_proposal (organisation_id);

-- The councils a proposal affects, and the Local Digital Declaration principles it serves.
CREATE TABLE proposal_council (
    proposal_id     BIGINT NOT NULL REFERENCES programme_proposal (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (proposal_id, organisation_id)
);
CREATE TABLE proposal_principle (
    proposal_id      BIGINT NOT NULL REFERENCES programme_proposal (id) ON DELETE CASCADE,
    principle_number INT    NOT NULL REFERENCES declaration_principle (number),
    PRIMARY KEY (proposal_id, principle_number)
);

-- One ballot per Core council per round (the unique key), changed in place until the round closes.
CREATE TABLE programme_ballot (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id           BIGINT NOT NULL REFERENCES programme_round (id) ON DELETE CASCADE,
    organisation_id    BIGINT NOT NULL REFERENCES organisation (id),
    version            INT    NOT NULL DEFAULT 1,
    cast_by_account_id BIGINT,
    cast_by_name       TEXT   NOT NULL,
    cast_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (round_id, organisation_id)
);
CREATE TABLE ballot_choice (
    ballot_id   BIGINT NOT NULL REFERENCES programme_ballot (id) ON DELETE CASCADE,
    proposal_id BIGINT NOT NULL REFERENCES programme_proposal (id) ON DELETE CASCADE,
    preference  INT CHECK (preference >= 1),
    points      INT CHECK (points >= 0),
    PRIMARY KEY (ballot_id, proposal_id),
    CHECK ((preference IS NULL) <> (points IS NULL))
);
