-- The intake questionnaire (issue 24): one per client, filled in sections (by her in the portal or
-- with her consultant), saved as she goes, then submitted (read-only to her, amendable by the
-- consultant with each change audited). Every answer may be empty: a section can be skipped.
CREATE SEQUENCE intake_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE intake (
    id                      BIGINT PRIMARY KEY,
    client_id               BIGINT NOT NULL REFERENCES client (id),
    -- the sections saved at least once (intake/IntakeSection names, comma-separated)
    sections_saved          VARCHAR(200) DEFAULT '' NOT NULL,
    submitted_at            TIMESTAMP WITH TIME ZONE,
    submitted_by            BIGINT REFERENCES account (id),
    -- the birth
    birth_date              DATE,
    birth_mode              VARCHAR(30),
    gestation_weeks         INTEGER,
    -- YES, NO or UNSURE: more than 500 ml (see intake/IntakeSummary for the source)
    blood_loss_over_500     VARCHAR(10),
    birth_complications     VARCHAR(2000),
    -- feeding so far: BREAST, EXPRESSED, FORMULA (comma-separated)
    feeding_methods         VARCHAR(100) DEFAULT '' NOT NULL,
    supplement_ml_per_day   INTEGER,
    nipple_shields          VARCHAR(10),
    pumping                 VARCHAR(10),
    pump_type               VARCHAR(30),
    -- breast history: REDUCTION, AUGMENTATION, BIOPSY (comma-separated)
    breast_surgery          VARCHAR(100) DEFAULT '' NOT NULL,
    breast_changes          VARCHAR(10),
    -- her health: THYROID, PCOS, DIABETES, HIGH_BLOOD_PRESSURE, RETAINED_PLACENTA (comma-separated)
    health_conditions       VARCHAR(200) DEFAULT '' NOT NULL,
    medications             VARCHAR(2000),
    alcohol_drinks_per_week INTEGER,
    smoking                 VARCHAR(10),
    -- the baby
    feeds_per_day           INTEGER,
    wet_diapers_per_day     INTEGER,
    dirty_diapers_per_day   INTEGER,
    jaundice                VARCHAR(10),
    tongue_tie              VARCHAR(20),
    weight_checks           VARCHAR(2000),
    hopes                   VARCHAR(2000),
    -- PHQ-2, each item 0-3 (Kroenke, Spitzer and Williams 2003)
    phq_interest            INTEGER,
    phq_down                INTEGER,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT uq_intake_client UNIQUE (client_id)
);
