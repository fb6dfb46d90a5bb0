-- Reference data of the technology map (techmap module): the service areas councils buy technology for, how
-- they buy it, and the skills of the digital and data capability framework's role families.
CREATE TABLE service_area (
    code     TEXT PRIMARY KEY,
    position INT NOT NULL UNIQUE,
    name     TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL CHECK (category IN ('FRONTLINE', 'CORPORATE'))
);
INSERT INTO service_area (code, position, name, category) VALUES
    ('REVENUES_AND_BENEFITS', 1, 'Revenues and benefits', 'FRONTLINE'),
    ('ADULT_SOCIAL_CARE', 2, 'Adult social care', 'FRONTLINE'),
    ('CHILDRENS_SERVICES', 3, 'Children''s services', 'FRONTLINE'),
    ('EDUCATION', 4, 'Education', 'FRONTLINE'),
    ('HOUSING', 5, 'Housing', 'FRONTLINE'),
    ('PLANNING', 6, 'Planning and building control', 'FRONTLINE'),
    ('WASTE', 7, 'Waste and recycling', 'FRONTLINE'),
    ('PARKING', 8, 'Parking', 'FRONTLINE'),
    ('HIGHWAYS', 9, 'Highways and transport', 'FRONTLINE'),
    ('LIBRARIES', 10, 'Libraries', 'FRONTLINE'),
    ('ENVIRONMENTAL_HEALTH', 11, 'Environmental health and licensing', 'FRONTLINE'),
    ('CUSTOMER_SERVICES', 12, 'Customer services', 'FRONTLINE'),
    ('ELECTORAL', 13, 'Electoral services', 'CORPORATE'),
    ('HR_AND_PAYROLL', 14, 'HR and payroll', 'CORPORATE'),
    ('FINANCE', 15, 'Finance and procurement', 'CORPORATE'),
    ('IT_INFRASTRUCTURE', 16, 'IT infrastructure and productivity', 'CORPORATE'),
    ('OTHER', 17, 'Other', 'CORPORATE');

-- Skills of each role family (the role families are reference data of V3).
CREATE TABLE tech_skill (
    code        TEXT PRIMARY KEY,
    role_family TEXT NOT NULL REFERENCES role_family (code),
    position    INT NOT NULL UNIQUE,
    name        TEXT NOT NULL
);
INSERT INTO tech_skill (code, role_family, position, name) VALUES
    ('ENTERPRISE_ARCHITECTURE', 'ARCHITECTURE', 1, 'Enterprise architecture'),
    ('SOLUTION_ARCHITECTURE', 'ARCHITECTURE', 2, 'Solution architecture'),
    ('TECHNICAL_ARCHITECTURE', 'ARCHITECTURE', 3, 'Technical architecture'),
    ('DIGITAL_LEADERSHIP', 'CHIEF_DIGITAL_AND_DATA', 4, 'Digital leadership'),
    ('COMMERCIAL_AND_PROCUREMENT', 'CHIEF_DIGITAL_AND_DATA', 5, 'Commercial and procurement of technology'),
    ('DATA_ANALYSIS', 'DATA', 6, 'Data analysis'),
    ('DATA_ENGINEERING', 'DATA', 7, 'Data engineering'),
    ('DATA_GOVERNANCE', 'DATA', 8, 'Data governance'),
    ('DATA_SCIENCE', 'DATA', 9, 'Data science'),
    ('CYBER_SECURITY', 'IT_OPERATIONS', 10, 'Cyber security'),
    ('CLOUD_OPERATIONS', 'IT_OPERATIONS', 11, 'Cloud operations'),
    ('SERVICE_MANAGEMENT', 'IT_OPERATIONS', 12, 'IT service management'),
    ('PRODUCT_MANAGEMENT', 'PRODUCT_AND_DELIVERY', 13, 'Product management'),
    ('DELIVERY_MANAGEMENT', 'PRODUCT_AND_DELIVERY', 14, 'Delivery management'),
    ('BUSINESS_ANALYSIS', 'PRODUCT_AND_DELIVERY', 15, 'Business analysis'),
    ('TEST_AUTOMATION', 'QUALITY_ASSURANCE_TESTING', 16, 'Test automation'),
    ('ACCESSIBILITY_TESTING', 'QUALITY_ASSURANCE_TESTING', 17, 'Accessibility testing'),
    ('SOFTWARE_ENGINEERING', 'SOFTWARE_DEVELOPMENT', 18, 'Software engineering'),
    ('LOW_CODE_DEVELOPMENT', 'SOFTWARE_DEVELOPMENT', 19, 'Low-code development'),
    ('USER_RESEARCH', 'USER_CENTRED_DESIGN', 20, 'User research'),
    ('SERVICE_DESIGN', 'USER_CENTRED_DESIGN', 21, 'Service design'),
    ('CONTENT_DESIGN', 'USER_CENTRED_DESIGN', 22, 'Content design');
