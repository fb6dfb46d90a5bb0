-- Organisations that take part in LOTI. The 33 London local authorities, the GLA and London Councils are
-- reference data (source: ONS GSS codes; sub-regional partnerships; inner London by the London Government Act
-- 1963 and by the ONS statistical definition). Partners are added by the LOTI team.
CREATE TABLE organisation (
    id                        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                      TEXT NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                      TEXT NOT NULL,
    kind                      TEXT NOT NULL CHECK (kind IN ('LONDON_AUTHORITY', 'GLA', 'LONDON_COUNCILS', 'PUBLIC_BODY',
                                  'UNIVERSITY', 'GOVTECH', 'TECH_FOR_GOOD', 'ACCELERATOR', 'FUNDER')),
    gss_code                  TEXT UNIQUE CHECK (gss_code ~ '^E[0-9]{8}$'),
    sub_regional_partnership  TEXT CHECK (sub_regional_partnership IN ('Central London Forward', 'Local London',
                                  'South London Partnership', 'West London Alliance')),
    inner_london_statutory    BOOLEAN,
    inner_london_ons          BOOLEAN,
    website                   TEXT,
    summary                   TEXT NOT NULL DEFAULT '',
    created_at                TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX organisation_kind_name ON organisation (kind, name);
CREATE INDEX organisation_partnership_name ON organisation (sub_regional_partnership, name);
CREATE INDEX organisation_name ON organisation (name);

INSERT INTO organisation (slug, name, kind, gss_code, sub_regional_partnership, inner_london_statutory, inner_london_ons, summary) VALUES
    ('city-of-london', 'City of London', 'LONDON_AUTHORITY', 'E09000001', 'Central London Forward', true, true, ''),
    ('barking-and-dagenham', 'Barking and Dagenham', 'LONDON_AUTHORITY', 'E09000002', 'Local London', false, false, ''),
    ('barnet', 'Barnet', 'LONDON_AUTHORITY', 'E09000003', 'West London Alliance', false, false, ''),
    ('bexley', 'Bexley', 'LONDON_AUTHORITY', 'E09000004', 'Local London', false, false, ''),
    ('brent', 'Brent', 'LONDON_AUTHORITY', 'E09000005', 'West London Alliance', false, false, ''),
    ('bromley', 'Bromley', 'LONDON_AUTHORITY', 'E09000006', NULL, false, false, ''),
    ('camden', 'Camden', 'LONDON_AUTHORITY', 'E09000007', 'Central London Forward', true, true, ''),
    ('croydon', 'Croydon', 'LONDON_AUTHORITY', 'E09000008', 'South London Partnership', false, false, ''),
    ('ealing', 'Ealing', 'LONDON_AUTHORITY', 'E09000009', 'West London Alliance', false, false, ''),
    ('enfield', 'Enfield', 'LONDON_AUTHORITY', 'E09000010', 'Local London', false, false, ''),
    ('greenwich', 'Greenwich', 'LONDON_AUTHORITY', 'E09000011', 'Local London', true, false, ''),
    ('hackney', 'Hackney', 'LONDON_AUTHORITY', 'E09000012', 'Central London Forward', true, true, ''),
    ('hammersmith-and-fulham', 'Hammersmith and Fulham', 'LONDON_AUTHORITY', 'E09000013', 'West London Alliance', true, true, ''),
    ('haringey', 'Haringey', 'LONDON_AUTHORITY', 'E09000014', 'Central London Forward', false, true, ''),
    ('harrow', 'Harrow', 'LONDON_AUTHORITY', 'E09000015', 'West London Alliance', false, false, ''),
    ('havering', 'Havering', 'LONDON_AUTHORITY', 'E09000016', 'Local London', false, false, ''),
    ('hillingdon', 'Hillingdon', 'LONDON_AUTHORITY', 'E09000017', 'West London Alliance', false, false, ''),
    ('hounslow', 'Hounslow', 'LONDON_AUTHORITY', 'E09000018', 'West London Alliance', false, false, ''),
    ('islington', 'Islington', 'LONDON_AUTHORITY', 'E09000019', 'Central London Forward', true, true, ''),
    ('kensington-and-chelsea', 'Kensington and Chelsea', 'LONDON_AUTHORITY', 'E09000020', 'Central London Forward', true, true, ''),
    ('kingston-upon-thames', 'Kingston upon Thames', 'LONDON_AUTHORITY', 'E09000021', 'South London Partnership', false, false, ''),
    ('lambeth', 'Lambeth', 'LONDON_AUTHORITY', 'E09000022', 'Central London Forward', true, true, ''),
    ('lewisham', 'Lewisham', 'LONDON_AUTHORITY', 'E09000023', 'Central London Forward', true, true, ''),
    ('merton', 'Merton', 'LONDON_AUTHORITY', 'E09000024', 'South London Partnership', false, false, ''),
    ('newham', 'Newham', 'LONDON_AUTHORITY', 'E09000025', 'Local London', false, true, ''),
    ('redbridge', 'Redbridge', 'LONDON_AUTHORITY', 'E09000026', 'Local London', false, false, ''),
    ('richmond-upon-thames', 'Richmond upon Thames', 'LONDON_AUTHORITY', 'E09000027', 'South London Partnership', false, false, ''),
    ('southwark', 'Southwark', 'LONDON_AUTHORITY', 'E09000028', 'Central London Forward', true, true, ''),
    ('sutton', 'Sutton', 'LONDON_AUTHORITY', 'E09000029', 'South London Partnership', false, false, ''),
    ('tower-hamlets', 'Tower Hamlets', 'LONDON_AUTHORITY', 'E09000030', 'Central London Forward', true, true, ''),
    ('waltham-forest', 'Waltham Forest', 'LONDON_AUTHORITY', 'E09000031', 'Local London', false, false, ''),
    ('wandsworth', 'Wandsworth', 'LONDON_AUTHORITY', 'E09000032', 'Central London Forward', true, true, ''),
    ('westminster', 'Westminster', 'LONDON_AUTHORITY', 'E09000033', 'Central London Forward', true, true, ''),
    ('greater-london-authority', 'Greater London Authority', 'GLA', 'E12000007', NULL, NULL, NULL, 'The Mayor of London and the London Assembly. Co-funds LOTI and leads the Smarter London Together roadmap.'),
    ('london-councils', 'London Councils', 'LONDON_COUNCILS', NULL, NULL, NULL, NULL, 'The collective of London local government. Hosts LOTI and co-funds it.');
