-- Superbills (issue 27): the clinic's billing details, its fee schedule and curated diagnosis list
-- (admins, /admin/billing, /admin/fees, /admin/diagnoses), each consultant's credentials and NPI
-- (/account/billing), and one superbill per consultation. Money is in cents. See docs/records.md.

-- one row, like growth_settings
CREATE TABLE billing_settings (
    id               BIGINT PRIMARY KEY,
    billing_name     VARCHAR(200),
    address          VARCHAR(500),
    npi              VARCHAR(10),
    tax_id           VARCHAR(10),
    updated_at       TIMESTAMP WITH TIME ZONE,
    version          BIGINT DEFAULT 0 NOT NULL
);
INSERT INTO billing_settings (id) VALUES (1);

-- code_system: CPT or HCPCS. example: a demo row the clinic must check and price before use.
CREATE SEQUENCE fee_item_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE fee_item (
    id           BIGINT PRIMARY KEY,
    code_system  VARCHAR(10)  NOT NULL,
    code         VARCHAR(10)  NOT NULL,
    description  VARCHAR(300) NOT NULL,
    fee_cents    INTEGER      NOT NULL,
    example      BOOLEAN      DEFAULT FALSE NOT NULL,
    active       BOOLEAN      DEFAULT TRUE NOT NULL,
    version      BIGINT       DEFAULT 0 NOT NULL
);
CREATE UNIQUE INDEX ux_fee_item_code ON fee_item (code_system, code);
-- Examples only (fees are placeholders): CPT 99401-99404 preventive medicine counselling, individual,
-- about 15/30/45/60 minutes; HCPCS S9443 lactation classes by a non-physician provider, per session.
INSERT INTO fee_item (id, code_system, code, description, fee_cents, example) VALUES
    (1, 'CPT', '99401', 'Preventive medicine counseling, individual, about 15 minutes', 6000, TRUE),
    (2, 'CPT', '99402', 'Preventive medicine counseling, individual, about 30 minutes', 9000, TRUE),
    (3, 'CPT', '99403', 'Preventive medicine counseling, individual, about 45 minutes', 12500, TRUE),
    (4, 'CPT', '99404', 'Preventive medicine counseling, individual, about 60 minutes', 16000, TRUE),
    (5, 'HCPCS', 'S9443', 'Lactation classes, non-physician provider, per session', 5000, TRUE);
ALTER SEQUENCE fee_item_seq RESTART WITH 51;

-- ICD-10-CM codes a clinic commonly puts on a lactation superbill (admins add, change and retire them).
CREATE SEQUENCE diagnosis_code_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE diagnosis_code (
    id           BIGINT PRIMARY KEY,
    code         VARCHAR(10)  NOT NULL,
    description  VARCHAR(300) NOT NULL,
    active       BOOLEAN      DEFAULT TRUE NOT NULL,
    version      BIGINT       DEFAULT 0 NOT NULL
);
CREATE UNIQUE INDEX ux_diagnosis_code_code ON diagnosis_code (code);
INSERT INTO diagnosis_code (id, code, description) VALUES
    (1, 'Z39.1', 'Encounter for care and examination of lactating mother'),
    (2, 'O92.03', 'Retracted nipple associated with lactation'),
    (3, 'O92.13', 'Cracked nipple associated with lactation'),
    (4, 'O92.3', 'Agalactia'),
    (5, 'O92.4', 'Hypogalactia'),
    (6, 'O92.5', 'Suppressed lactation'),
    (7, 'O92.6', 'Galactorrhea'),
    (8, 'O92.70', 'Unspecified disorders of lactation'),
    (9, 'O92.79', 'Other disorders of lactation'),
    (10, 'P92.5', 'Neonatal difficulty in feeding at breast'),
    (11, 'P92.6', 'Failure to thrive in newborn'),
    (12, 'P92.8', 'Other feeding problems of newborn'),
    (13, 'P92.9', 'Feeding problem of newborn, unspecified');
ALTER SEQUENCE diagnosis_code_seq RESTART WITH 51;

-- a consultant's billing identity, kept apart from the sign-in account
CREATE TABLE consultant_billing (
    account_id   BIGINT PRIMARY KEY REFERENCES account (id),
    credentials  VARCHAR(100),
    npi          VARCHAR(10),
    version      BIGINT DEFAULT 0 NOT NULL
);

-- place_of_service: the CMS two-digit code (11 office, 12 home, 02/10 telehealth).
-- payment_method: CASH, CARD, CHECK, HSA_FSA, OTHER (null: nothing paid yet).
CREATE SEQUENCE superbill_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE superbill (
    id                BIGINT PRIMARY KEY,
    consultation_id   BIGINT      NOT NULL REFERENCES consultation (id),
    place_of_service  VARCHAR(2)  NOT NULL,
    paid_cents        INTEGER     DEFAULT 0 NOT NULL,
    payment_method    VARCHAR(20),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT      DEFAULT 0 NOT NULL
);
CREATE UNIQUE INDEX ux_superbill_consultation ON superbill (consultation_id);

-- each line keeps the code, description and fee as billed (the schedule may change later)
CREATE SEQUENCE superbill_line_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE superbill_line (
    id            BIGINT PRIMARY KEY,
    superbill_id  BIGINT       NOT NULL REFERENCES superbill (id),
    position      INTEGER      NOT NULL,
    code_system   VARCHAR(10)  NOT NULL,
    code          VARCHAR(10)  NOT NULL,
    description   VARCHAR(300) NOT NULL,
    fee_cents     INTEGER      NOT NULL,
    units         INTEGER      NOT NULL
);
CREATE INDEX ix_superbill_line_superbill ON superbill_line (superbill_id);

CREATE SEQUENCE superbill_diagnosis_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE superbill_diagnosis (
    id            BIGINT PRIMARY KEY,
    superbill_id  BIGINT       NOT NULL REFERENCES superbill (id),
    position      INTEGER      NOT NULL,
    code          VARCHAR(10)  NOT NULL,
    description   VARCHAR(300) NOT NULL
);
CREATE INDEX ix_superbill_diagnosis_superbill ON superbill_diagnosis (superbill_id);
