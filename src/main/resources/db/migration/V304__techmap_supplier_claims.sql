-- Suppliers are shared by every council (techmap module). A council's import or API push may create a supplier,
-- but only an admin changes an existing supplier's numbers and flags: where a council's data says otherwise, its
-- value is kept here as that council's claim, one per supplier, council and field, for an admin to accept or dismiss.
CREATE TABLE tech_supplier_claim (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    supplier_id     BIGINT NOT NULL REFERENCES tech_supplier (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    field           TEXT NOT NULL CHECK (field IN ('COMPANIES_HOUSE_NUMBER', 'CHARITY_NUMBER', 'SME', 'VOLUNTARY')),
    value           TEXT NOT NULL,
    source          TEXT NOT NULL CHECK (source IN ('FORM', 'CSV', 'XLSX', 'OCDS', 'API', 'DEMO')),
    claimed_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT tech_supplier_claim_one UNIQUE (supplier_id, organisation_id, field)
);
CREATE INDEX tech_supplier_claim_organisation ON tech_supplier_claim (organisation_id);
