-- The six workstreams (reference tables of V3) as the programme runs them: lead councils, activities, and one
-- simple outcome measure each with its values over time (programme module).
CREATE TABLE workstream_lead (
    workstream_number INT    NOT NULL REFERENCES workstream (number),
    organisation_id   BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (workstream_number, organisation_id)
);

-- What a workstream has done: an event, a guide, a project or something else, with a link to it where there is one
-- (the events, guides and projects modules link their records here as they arrive).
CREATE TABLE workstream_activity (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workstream_number INT  NOT NULL REFERENCES workstream (number),
    kind              TEXT NOT NULL CHECK (kind IN ('EVENT', 'GUIDE', 'PROJECT', 'OTHER')),
    title             TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    happened_on       DATE NOT NULL,
    link              TEXT CHECK (link ~ '^(https?://|/)'),
    summary           TEXT NOT NULL DEFAULT '',
    created_by_name   TEXT NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX workstream_activity_by_workstream ON workstream_activity (workstream_number, happened_on DESC, id DESC);

-- One outcome measure per workstream, counted to date at each measurement.
CREATE TABLE workstream_measure (
    workstream_number INT PRIMARY KEY REFERENCES workstream (number),
    name              TEXT NOT NULL,
    unit              TEXT NOT NULL,
    description       TEXT NOT NULL
);
INSERT INTO workstream_measure (workstream_number, name, unit, description) VALUES
    (1, 'Senior and middle managers trained', 'people', 'Officers and members who have completed a LOTI digital leadership course, to date.'),
    (2, 'Guides and case studies published', 'documents', 'Guides, toolkits and case studies with impact recorded, published to date.'),
    (3, 'Projects shared for reuse', 'projects', 'Digital projects and products councils have shared for others to reuse, to date.'),
    (4, 'Collaborations with partners', 'collaborations', 'Joint work with universities, civic tech and GovTech started, to date.'),
    (5, 'Councils assessing services against the standard', 'councils', 'Councils that have assessed at least one service against the Local Government Digital Service Standard.'),
    (6, 'Data analytics projects coordinated', 'projects', 'Collaborative data analytics projects given project management support, to date.');

CREATE TABLE workstream_measure_value (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workstream_number INT    NOT NULL REFERENCES workstream_measure (workstream_number),
    measured_on       DATE   NOT NULL,
    value             BIGINT NOT NULL CHECK (value >= 0),
    note              TEXT NOT NULL DEFAULT '',
    recorded_by_name  TEXT NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (workstream_number, measured_on)
);
