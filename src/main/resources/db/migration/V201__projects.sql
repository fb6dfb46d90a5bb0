-- The pan-London register of digital projects and reusable products (projects module).
CREATE TABLE project (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id   BIGINT NOT NULL REFERENCES organisation (id),
    title             TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    summary           TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 5000),
    problem           TEXT NOT NULL DEFAULT '' CHECK (length(problem) <= 5000),
    users             TEXT NOT NULL DEFAULT '' CHECK (length(users) <= 5000),
    phase             TEXT NOT NULL REFERENCES service_phase (code),
    service_area      TEXT NOT NULL CHECK (service_area IN ('ADULT_SOCIAL_CARE', 'CHILDRENS_SERVICES', 'EDUCATION',
                          'HOUSING', 'PLANNING', 'TRANSPORT', 'WASTE', 'LIBRARIES_CULTURE', 'REVENUES_BENEFITS',
                          'PUBLIC_HEALTH', 'ENVIRONMENT', 'REGULATORY', 'COMMUNITY_SAFETY', 'CUSTOMER_SERVICES',
                          'DEMOCRACY', 'ECONOMY_SKILLS', 'CORPORATE_IT', 'DATA_INSIGHT')),
    tags              TEXT[] NOT NULL DEFAULT '{}',
    owner_person_id   BIGINT REFERENCES person (id),
    budget_band       TEXT CHECK (budget_band IN ('UNDER_50K', 'FROM_50K_TO_250K', 'FROM_250K_TO_1M', 'OVER_1M')),
    start_date        DATE,
    end_date          DATE CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    repository_url    TEXT CHECK (repository_url ~ '^https?://'),
    service_url       TEXT CHECK (service_url ~ '^https?://'),
    documentation_url TEXT CHECK (documentation_url ~ '^https?://'),
    visibility        TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'MEMBERS', 'ORGANISATION')),
    created_by        BIGINT REFERENCES user_account (id),
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    -- The last time someone changed the project or wrote a status update; 90 days after it the owner is asked
    -- to update or close it, once (nudged_at).
    last_activity_at  TIMESTAMPTZ NOT NULL,
    nudged_at         TIMESTAMPTZ
);
CREATE INDEX project_activity_order ON project (last_activity_at DESC, id DESC);
CREATE INDEX project_title_order ON project (title, id);
CREATE INDEX project_created_order ON project (created_at DESC, id DESC);
CREATE INDEX project_organisation ON project (organisation_id, last_activity_at DESC);
CREATE INDEX project_phase ON project (phase, last_activity_at DESC);
CREATE INDEX project_service_area ON project (service_area, last_activity_at DESC);
CREATE INDEX project_tags ON project USING gin (tags);
CREATE INDEX project_owner ON project (owner_person_id);

-- Organisations that collaborate on a project, besides its own.
CREATE TABLE project_collaborator (
    project_id      BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (project_id, organisation_id)
);
CREATE INDEX project_collaborator_organisation ON project_collaborator (organisation_id);

-- People who joined a project (their request was accepted).
CREATE TABLE project_member (
    project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    person_id  BIGINT NOT NULL REFERENCES person (id),
    joined_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (project_id, person_id)
);
CREATE INDEX project_member_person ON project_member (person_id);

-- What others can reuse: code, designs, data standards, contracts, guides.
CREATE TABLE project_asset (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('CODE', 'DESIGN', 'DATA_STANDARD', 'CONTRACT', 'GUIDE')),
    title      TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    url        TEXT NOT NULL CHECK (url ~ '^https?://'),
    licence    TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX project_asset_project ON project_asset (project_id);

-- What happened to a project: created, dated status updates, phase changes, joins, closing. The activity stream.
CREATE TABLE project_activity (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id  BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('CREATED', 'UPDATE', 'PHASE', 'JOINED', 'CLOSED')),
    body        TEXT NOT NULL CHECK (length(body) <= 5000),
    actor_name  TEXT NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX project_activity_project ON project_activity (project_id, occurred_at DESC, id DESC);
CREATE INDEX project_activity_time ON project_activity (occurred_at DESC, id DESC);

CREATE TABLE project_follower (
    project_id  BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    account_id  BIGINT NOT NULL REFERENCES user_account (id),
    followed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (project_id, account_id)
);
CREATE INDEX project_follower_account ON project_follower (account_id, project_id);

-- Someone asks to join a project; its owner (or an editor of its organisation) accepts or declines.
CREATE TABLE project_join_request (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id      BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    account_id      BIGINT NOT NULL REFERENCES user_account (id),
    requester_name  TEXT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    message         TEXT NOT NULL DEFAULT '' CHECK (length(message) <= 1000),
    status          TEXT NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED')),
    requested_at    TIMESTAMPTZ NOT NULL,
    decided_at      TIMESTAMPTZ,
    decided_by      TEXT
);
CREATE UNIQUE INDEX project_join_request_open ON project_join_request (project_id, account_id) WHERE status = 'REQUESTED';
CREATE INDEX project_join_request_project ON project_join_request (project_id, status);

-- Up to when each follower's weekly digest has told them.
CREATE TABLE project_digest (
    account_id BIGINT PRIMARY KEY REFERENCES user_account (id),
    sent_up_to TIMESTAMPTZ NOT NULL
);

-- An uploaded CSV of projects, kept between its preview and its import (files live in PostgreSQL, not on a node).
CREATE TABLE project_import (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    account_id      BIGINT NOT NULL REFERENCES user_account (id),
    file_name       TEXT NOT NULL,
    content         TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX project_import_created ON project_import (created_at);
