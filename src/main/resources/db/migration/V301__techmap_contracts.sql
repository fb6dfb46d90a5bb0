-- The London technology map (techmap module): products, suppliers, and each council's systems and contracts.
-- Money is in pence. A contract's values have their own visibility, members only by default.
-- tech_contract has no foreign keys, on purpose: imports merge a million rows at a time, and PostgreSQL checks a
-- foreign key row by row with a trigger (four of them took longer than the insert). Its ids come from joins in
-- the same statement that writes them (ImportPipeline), councils are checked before, and the application deletes
-- no organisation, product or supplier. See docs/adr/0004-register-imports.md.
CREATE TABLE tech_product (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    vendor   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tech_product_name ON tech_product (name);

CREATE TABLE tech_supplier (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                   TEXT NOT NULL,
    name_key               TEXT NOT NULL UNIQUE,
    companies_house_number TEXT CHECK (companies_house_number ~ '^([0-9]{8}|[A-Z]{2}[0-9]{6})$'),
    charity_number         TEXT CHECK (charity_number ~ '^[0-9]{6,8}(-[0-9]{1,2})?$'),
    sme                    BOOLEAN,
    voluntary              BOOLEAN
);
CREATE INDEX tech_supplier_name ON tech_supplier (name);

CREATE TABLE tech_contract (
    id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id         BIGINT NOT NULL,
    reference               TEXT NOT NULL CHECK (length(reference) BETWEEN 1 AND 100),
    title                   TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    description             TEXT NOT NULL DEFAULT '',
    department              TEXT NOT NULL DEFAULT '',
    service_area            TEXT NOT NULL CHECK (service_area IN ('REVENUES_AND_BENEFITS', 'ADULT_SOCIAL_CARE',
                                'CHILDRENS_SERVICES', 'EDUCATION', 'HOUSING', 'PLANNING', 'WASTE', 'PARKING', 'HIGHWAYS',
                                'LIBRARIES', 'ENVIRONMENTAL_HEALTH', 'CUSTOMER_SERVICES', 'ELECTORAL', 'HR_AND_PAYROLL',
                                'FINANCE', 'IT_INFRASTRUCTURE', 'OTHER')),
    category                TEXT NOT NULL CHECK (category IN ('FRONTLINE', 'CORPORATE')),
    hosting                 TEXT CHECK (hosting IN ('ON_PREMISES', 'CLOUD', 'SAAS')),
    product_id              BIGINT,
    supplier_id             BIGINT,
    start_date              DATE,
    end_date                DATE,
    review_date             DATE,
    total_value_pence       BIGINT CHECK (total_value_pence >= 0),
    annual_value_pence      BIGINT CHECK (annual_value_pence >= 0),
    unrecoverable_vat_pence BIGINT CHECK (unrecoverable_vat_pence >= 0),
    -- What the council said it spends a year, or the total spread over the contract's years.
    annual_estimate_pence   BIGINT GENERATED ALWAYS AS (COALESCE(annual_value_pence,
                                CASE WHEN start_date IS NOT NULL AND end_date IS NOT NULL
                                     THEN total_value_pence * 365 / GREATEST(365, end_date - start_date + 1)
                                     ELSE total_value_pence END)) STORED,
    procurement_route       TEXT CHECK (procurement_route IN ('FRAMEWORK', 'OPEN_TENDER', 'INVITATION_TO_QUOTE',
                                'DIRECT_AWARD', 'OTHER')),
    framework               TEXT NOT NULL DEFAULT '',
    satisfaction            SMALLINT CHECK (satisfaction BETWEEN 1 AND 5),
    notes                   TEXT NOT NULL DEFAULT '',
    visibility              TEXT NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC', 'MEMBERS', 'ORGANISATION')),
    value_visibility        TEXT NOT NULL DEFAULT 'MEMBERS' CHECK (value_visibility IN ('PUBLIC', 'MEMBERS', 'ORGANISATION')),
    source                  TEXT NOT NULL CHECK (source IN ('FORM', 'CSV', 'XLSX', 'OCDS', 'API', 'DEMO')),
    created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT tech_contract_reference UNIQUE (organisation_id, reference),
    CONSTRAINT tech_contract_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX tech_contract_product ON tech_contract (product_id, end_date);
CREATE INDEX tech_contract_supplier ON tech_contract (supplier_id, end_date);
CREATE INDEX tech_contract_end ON tech_contract (end_date, service_area);
