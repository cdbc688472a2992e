-- The clinic's growth thresholds and whether clients see their baby's weights in the portal:
-- one row, changed by admins at /admin/growth. The defaults and their sources: docs/growth.md.
CREATE TABLE growth_settings (
    id                          BIGINT PRIMARY KEY,
    loss_review_percent         INTEGER DEFAULT 7 NOT NULL,
    loss_urgent_percent         INTEGER DEFAULT 10 NOT NULL,
    regained_by_day             INTEGER DEFAULT 14 NOT NULL,
    min_gain_grams_per_day      INTEGER DEFAULT 20 NOT NULL,
    gain_from_day               INTEGER DEFAULT 5 NOT NULL,
    gain_until_day              INTEGER DEFAULT 91 NOT NULL,
    centile_lines_fall          INTEGER DEFAULT 2 NOT NULL,
    show_weights_to_client      BOOLEAN DEFAULT TRUE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE,
    version                     BIGINT DEFAULT 0 NOT NULL
);
INSERT INTO growth_settings (id) VALUES (1);
