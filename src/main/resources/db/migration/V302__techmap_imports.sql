-- Contracts register imports (techmap module). The uploaded file is kept as a PostgreSQL large object from the
-- check to the commit (nothing on a node's disk), and unlinked once committed or abandoned.
CREATE TABLE contract_import (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    file_name       TEXT NOT NULL,
    format          TEXT NOT NULL CHECK (format IN ('CSV', 'XLSX', 'OCDS')),
    file_oid        OID,
    file_size       BIGINT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('CHECKED', 'COMMITTED', 'DISCARDED')),
    headers         JSONB NOT NULL DEFAULT '[]',
    mapping         JSONB NOT NULL DEFAULT '{}',
    preview         JSONB NOT NULL DEFAULT '[]',
    errors          JSONB NOT NULL DEFAULT '[]',
    error_count     INT NOT NULL DEFAULT 0,
    file_problem    TEXT,
    rows_total      INT NOT NULL DEFAULT 0,
    created_count   INT,
    updated_count   INT,
    unchanged_count INT,
    created_by      BIGINT REFERENCES user_account (id),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    committed_at    TIMESTAMPTZ
);
CREATE INDEX contract_import_organisation ON contract_import (organisation_id, created_at DESC);
CREATE INDEX contract_import_status ON contract_import (status, created_at);

-- The column mapping a council last used, suggested again for its next file.
CREATE TABLE contract_import_mapping (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisation (id),
    mapping         JSONB NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
