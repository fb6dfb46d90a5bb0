-- Reference data from the founding report (London Councils Executive, 13 November 2018) and the standards
-- it names. Modules read these tables; nobody edits them through the application.

-- The six workstreams of the report's table 'LOTI will build capacity through workstreams'.
CREATE TABLE workstream (
    number      INT PRIMARY KEY CHECK (number BETWEEN 1 AND 6),
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL
);
CREATE TABLE workstream_problem (
    workstream_number INT NOT NULL REFERENCES workstream (number),
    position          INT NOT NULL,
    problem           TEXT NOT NULL,
    PRIMARY KEY (workstream_number, position)
);
INSERT INTO workstream (number, slug, name, description) VALUES
    (1, 'digital-leadership-skills', 'Digital leadership skills', 'Upskilling senior and middle managers; equipping political leaders.'),
    (2, 'collective-knowledge', 'Collective knowledge', 'Documenting impact and sharing best practice, and supporting market-shaping.'),
    (3, 'sharing-and-reusing', 'Sharing and reusing', 'Better peer-to-peer digital networking and a platform for sharing (GitHub, Slack).'),
    (4, 'shared-endeavour', 'Shared endeavour', 'Better collaboration with GovTech, Tech for Good and universities.'),
    (5, 'embedding-standards', 'Embedding standards', 'Local Government Digital Service Standard, Digital Marketplace, G-Cloud.'),
    (6, 'data-analytics-coordination', 'Data analytics coordination', 'Project management for collaborative data analytics initiatives.');
INSERT INTO workstream_problem (workstream_number, position, problem) VALUES
    (1, 1, 'Capability needs to seize digital opportunities'),
    (1, 2, 'Digital skills provision uncoordinated and uneven'),
    (1, 3, 'Boroughs struggle to recruit skilled digital, data and tech specialists'),
    (2, 1, 'Baseline for digital transformation is limited'),
    (2, 2, 'Making the case for investment in digital can be challenging'),
    (2, 3, 'Information asymmetry between tech vendors and boroughs'),
    (3, 1, 'Scaling digital innovations, approaches often too inflexible or ad-hoc'),
    (3, 2, 'No pan-London repository for digital, data and tech stakeholders and projects; challenging to build coalitions for joint bids quickly'),
    (4, 1, 'Boroughs have little capacity for experimentation on common challenges'),
    (4, 2, 'Not fully taking advantage of universities, civic tech, GovTech'),
    (4, 3, 'GovTech struggles to engage effectively with boroughs'),
    (5, 1, 'Cultural change required for digital transformation'),
    (5, 2, 'Standards to support this exist, but limited support is available to help boroughs to embed them fully (for example in procurement teams)'),
    (6, 1, 'LODA lacks proper project management support and coordination'),
    (6, 2, 'Councils'' data science capabilities are limited');

-- The Local Digital Declaration (2018): five principles.
CREATE TABLE declaration_principle (
    number INT PRIMARY KEY CHECK (number BETWEEN 1 AND 5),
    text   TEXT NOT NULL
);
INSERT INTO declaration_principle (number, text) VALUES
    (1, 'Redesign services around the needs of the people using them'),
    (2, '''Fix the plumbing'': modular building blocks and open standards instead of inflexible, costly technology'),
    (3, 'Safe, secure and useful sharing of information'),
    (4, 'Digital leadership that creates the conditions for transformation'),
    (5, 'An open culture: work in the open, share plans and experience, reuse good practice');

-- The local government digital service standard (LocalGov Digital, 2016): 15 points.
CREATE TABLE service_standard_point (
    number INT PRIMARY KEY CHECK (number BETWEEN 1 AND 15),
    text   TEXT NOT NULL
);
INSERT INTO service_standard_point (number, text) VALUES
    (1, 'Understand user needs'),
    (2, 'Have a multidisciplinary team'),
    (3, 'Use agile methods'),
    (4, 'Iterate and improve frequently'),
    (5, 'Evaluate tools and systems (reuse where possible)'),
    (6, 'Evaluate user data and information (security, privacy, legal, risk)'),
    (7, 'Use open standards, and open code and data where possible'),
    (8, 'Test the end-to-end service on the browsers and devices people use'),
    (9, 'Plan for being offline, and test the plan'),
    (10, 'Make it simple enough that users succeed first time, unaided'),
    (11, 'Be consistent with government design and common platforms'),
    (12, 'Encourage maximum digital take-up, with assisted digital support'),
    (13, 'Identify performance indicators, and publish them'),
    (14, 'Keep doing user research and collecting performance data'),
    (15, 'Test the service with the responsible councillor or senior manager');

-- Service phases (GDS), with 'idea' before discovery as council project registers add it.
CREATE TABLE service_phase (
    code     TEXT PRIMARY KEY,
    position INT NOT NULL UNIQUE,
    name     TEXT NOT NULL
);
INSERT INTO service_phase (code, position, name) VALUES
    ('IDEA', 1, 'Idea'), ('DISCOVERY', 2, 'Discovery'), ('ALPHA', 3, 'Alpha'), ('BETA', 4, 'Beta'),
    ('LIVE', 5, 'Live'), ('RETIRED', 6, 'Retired');

-- The digital and data capability framework: role families and skill levels.
CREATE TABLE role_family (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
INSERT INTO role_family (code, name) VALUES
    ('ARCHITECTURE', 'Architecture'),
    ('CHIEF_DIGITAL_AND_DATA', 'Chief digital and data'),
    ('DATA', 'Data'),
    ('IT_OPERATIONS', 'IT operations'),
    ('PRODUCT_AND_DELIVERY', 'Product and delivery'),
    ('QUALITY_ASSURANCE_TESTING', 'Quality assurance testing'),
    ('SOFTWARE_DEVELOPMENT', 'Software development'),
    ('USER_CENTRED_DESIGN', 'User-centred design');
CREATE TABLE skill_level (
    code     TEXT PRIMARY KEY,
    position INT NOT NULL UNIQUE,
    name     TEXT NOT NULL
);
INSERT INTO skill_level (code, position, name) VALUES
    ('AWARENESS', 1, 'Awareness'), ('WORKING', 2, 'Working'), ('PRACTITIONER', 3, 'Practitioner'), ('EXPERT', 4, 'Expert');
