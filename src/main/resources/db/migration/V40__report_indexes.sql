-- Indexes for the admin reports (report/): plans and their strategies are reported by the day
-- the plan was created.
CREATE INDEX ix_care_plan_created ON care_plan (created_at);
