-- The live board counts late check-ins by tier for thousands of ASN in one query, so an accepted CHECK_IN keeps
-- the minutes it was late by the schedule of its day; the tier is drawn from the minutes by the domain rule.
ALTER TABLE attendance_event ADD COLUMN late_minutes integer;
ALTER TABLE attendance_event ADD CONSTRAINT attendance_event_late_minutes
    CHECK (late_minutes IS NULL OR (late_minutes >= 0 AND event_type = 'CHECK_IN' AND decision = 'ACCEPTED'));

-- one pass over a day's events for the board: what, how it went, and whose
CREATE INDEX attendance_event_board_idx
    ON attendance_event (work_date, event_type, decision) INCLUDE (employee_id, late_minutes, server_time);

CREATE INDEX leave_request_state_dates_idx ON leave_request (state, start_date, end_date);
