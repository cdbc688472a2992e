-- A consultation charted from an appointment ("Chart this visit") records it; saving it completes the appointment.
ALTER TABLE consultation ADD COLUMN appointment_id BIGINT REFERENCES appointment (id);
CREATE INDEX ix_consultation_appointment ON consultation (appointment_id);
