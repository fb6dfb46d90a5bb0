-- Benefits of exemplar projects, expected against measured, per financial year (programme module). Cashable
-- savings are in pence; hours saved and residents reached are counts; 'other' says what it counts in its description.
CREATE TABLE project_benefit (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id       BIGINT NOT NULL REFERENCES exemplar_project (id) ON DELETE CASCADE,
    kind             TEXT   NOT NULL CHECK (kind IN ('CASHABLE', 'HOURS_SAVED', 'RESIDENTS_REACHED', 'OTHER')),
    description      TEXT   NOT NULL CHECK (length(description) BETWEEN 1 AND 300),
    start_year       INT    NOT NULL CHECK (start_year BETWEEN 1900 AND 2999),
    expected         BIGINT NOT NULL CHECK (expected >= 0),
    measured         BIGINT CHECK (measured >= 0),
    measured_on      DATE,
    how_measured     TEXT NOT NULL DEFAULT '',
    recorded_by_name TEXT NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((measured IS NULL) = (measured_on IS NULL))
);
CREATE INDEX project_benefit_by_project ON project_benefit (project_id, start_year, kind, id);
CREATE INDEX project_benefit_by_year ON project_benefit (start_year, kind);
