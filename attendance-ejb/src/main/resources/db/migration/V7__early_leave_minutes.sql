-- The review list shows every event's tier without working out each ASN's schedule again: an accepted CHECK_OUT
-- keeps the minutes it left early by its day's schedule, as a CHECK_IN keeps its late minutes (V6).
ALTER TABLE attendance_event ADD COLUMN early_minutes integer;
ALTER TABLE attendance_event ADD CONSTRAINT attendance_event_early_minutes
    CHECK (early_minutes IS NULL OR (early_minutes >= 0 AND event_type = 'CHECK_OUT' AND decision = 'ACCEPTED'));

-- the review list pages through an OPD's days newest first
CREATE INDEX attendance_event_employee_date_idx ON attendance_event (employee_id, work_date DESC);
