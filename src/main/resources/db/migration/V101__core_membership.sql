-- Core LOTI membership (members module). A council is Core in a financial year when each of the five
-- commitments of the report's next-steps slide is recorded, with evidence, for that year. Status is computed
-- from these rows and never stored.
CREATE TABLE evidence_document (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name    TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes   INT NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
    content      BYTEA NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE core_commitment (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id   BIGINT NOT NULL REFERENCES organisation (id),
    kind              TEXT NOT NULL CHECK (kind IN ('LOCAL_DIGITAL_DECLARATION', 'LOTI_MOU', 'CONTRIBUTION_AGREED',
                          'OFFICER_TIME', 'CHIEF_EXECUTIVE_SUPPORT')),
    first_year        INT NOT NULL CHECK (first_year BETWEEN 1900 AND 2999),
    last_year         INT CHECK (last_year IS NULL OR last_year >= first_year),
    committed_on      DATE NOT NULL,
    note              TEXT NOT NULL DEFAULT '',
    document_id       BIGINT REFERENCES evidence_document (id),
    recorded_by_id    BIGINT,
    recorded_by_name  TEXT NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    withdrawn_at      TIMESTAMPTZ,
    withdrawn_by_name TEXT,
    CHECK (note <> '' OR document_id IS NOT NULL)
);
CREATE INDEX core_commitment_organisation ON core_commitment (organisation_id, kind) WHERE withdrawn_at IS NULL;
CREATE INDEX core_commitment_years ON core_commitment (first_year, last_year) WHERE withdrawn_at IS NULL;

-- Invitations to become a founding member of Core LOTI, and the councils' replies.
CREATE TABLE core_invitation (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    email           TEXT NOT NULL,
    sent_on         DATE NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('SENT', 'ACCEPTED', 'DECLINED')),
    responded_on    DATE,
    reminded_on     DATE,
    sent_by_name    TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX core_invitation_one_open ON core_invitation (organisation_id) WHERE status = 'SENT';
CREATE INDEX core_invitation_status_sent ON core_invitation (status, sent_on);
CREATE INDEX core_invitation_sent ON core_invitation (sent_on DESC, id DESC);
