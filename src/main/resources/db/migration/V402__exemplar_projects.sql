-- Exemplar projects: the proposals a closed round selected, and their delivery (programme module).
CREATE TABLE exemplar_project (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id      BIGINT NOT NULL UNIQUE REFERENCES programme_proposal (id) ON DELETE CASCADE,
    slug             TEXT   NOT NULL UNIQUE,
    start_year       INT    NOT NULL,
    selected_place   INT    NOT NULL,
    phase            TEXT   NOT NULL DEFAULT 'DISCOVERY' CHECK (phase IN ('DISCOVERY', 'ALPHA', 'BETA', 'LIVE')),
    rag              TEXT   NOT NULL DEFAULT 'GREEN' CHECK (rag IN ('RED', 'AMBER', 'GREEN')),
    rag_reason       TEXT   NOT NULL,
    last_update_on   DATE   NOT NULL,
    stale_flagged_on DATE,
    selected_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX exemplar_project_by_year ON exemplar_project (start_year, selected_place);
CREATE INDEX exemplar_project_waiting_for_update ON exemplar_project (last_update_on) WHERE stale_flagged_on IS NULL;

CREATE TABLE project_milestone (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id      BIGINT NOT NULL REFERENCES exemplar_project (id) ON DELETE CASCADE,
    title           TEXT   NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    due_on          DATE   NOT NULL,
    done_on         DATE,
    created_by_name TEXT   NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX project_milestone_by_project ON project_milestone (project_id, due_on, id);

-- The councils taking part and the officer time each gives, in days.
CREATE TABLE project_participant (
    project_id      BIGINT NOT NULL REFERENCES exemplar_project (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    officer_days    INT    NOT NULL CHECK (officer_days BETWEEN 0 AND 10000),
    PRIMARY KEY (project_id, organisation_id)
);

-- Dated updates; each sets the project's phase and RAG status.
CREATE TABLE project_update (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id     BIGINT NOT NULL REFERENCES exemplar_project (id) ON DELETE CASCADE,
    posted_on      DATE   NOT NULL,
    phase          TEXT   NOT NULL CHECK (phase IN ('DISCOVERY', 'ALPHA', 'BETA', 'LIVE')),
    rag            TEXT   NOT NULL CHECK (rag IN ('RED', 'AMBER', 'GREEN')),
    rag_reason     TEXT   NOT NULL,
    body           TEXT   NOT NULL,
    posted_by_name TEXT   NOT NULL,
    posted_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX project_update_by_project ON project_update (project_id, posted_on DESC, id DESC);
