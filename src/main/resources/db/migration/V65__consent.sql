-- Consent (issue 24): the clinic's consent documents, one row per published version and language,
-- and what each client signed. A new version never replaces an old one: the signatures made against
-- the old text keep pointing at it. A withdrawal is dated on the signature, never a deletion.

-- explicit ids below 1000 for the starting documents (V66)
CREATE SEQUENCE consent_document_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE consent_document (
    id            BIGINT PRIMARY KEY,
    -- CARE, TELEHEALTH, PHOTOGRAPHS or PHYSICIAN_SHARING (consent/ConsentKind)
    kind          VARCHAR(40)  NOT NULL,
    -- the language of this text (en, es): each language has its own versions
    language      VARCHAR(5)   NOT NULL,
    doc_version   INTEGER      NOT NULL,
    title         VARCHAR(200) NOT NULL,
    body          TEXT         NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  BIGINT REFERENCES account (id),
    CONSTRAINT uq_consent_document_version UNIQUE (kind, language, doc_version)
);

CREATE SEQUENCE consent_signature_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE consent_signature (
    id                BIGINT PRIMARY KEY,
    client_id         BIGINT       NOT NULL REFERENCES client (id),
    document_id       BIGINT       NOT NULL REFERENCES consent_document (id),
    kind              VARCHAR(40)  NOT NULL,
    -- the language version she read, and its number (copied from the document for reading at a glance)
    language          VARCHAR(5)   NOT NULL,
    doc_version       INTEGER      NOT NULL,
    -- PORTAL (she signed on line) or PAPER (a consultant recorded a signed paper form)
    method            VARCHAR(10)  NOT NULL,
    -- the full name she typed, or the name on the paper form
    signer_name       VARCHAR(200) NOT NULL,
    -- SHA-256 (hex) of the exact text shown to her (the document's body, UTF-8)
    text_sha256       VARCHAR(64)  NOT NULL,
    signed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by       BIGINT       NOT NULL REFERENCES account (id),
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- where the paper form's scan is kept (document system reference), PAPER only
    scan_reference    VARCHAR(200),
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    withdrawn_by      BIGINT REFERENCES account (id),
    withdrawal_note   VARCHAR(500),
    version           BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX ix_consent_signature_client ON consent_signature (client_id, kind);
CREATE INDEX ix_consent_signature_document ON consent_signature (document_id);

-- The physician report's "sent" state: when and by whom it was marked sent, and the signature of
-- the sharing consent in force then (a report cannot be marked sent without one).
CREATE SEQUENCE report_dispatch_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE report_dispatch (
    id                   BIGINT PRIMARY KEY,
    consultation_id      BIGINT       NOT NULL REFERENCES consultation (id),
    client_id            BIGINT       NOT NULL REFERENCES client (id),
    consent_signature_id BIGINT       NOT NULL REFERENCES consent_signature (id),
    sent_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_by              BIGINT       NOT NULL REFERENCES account (id),
    -- to whom, as typed (the baby's doctor, a practice)
    sent_to              VARCHAR(200) NOT NULL
);
CREATE INDEX ix_report_dispatch_consultation ON report_dispatch (consultation_id);
