-- Issue 17: late and early minutes count working time only (the break is not working time; seconds dropped both
-- ways), and each kept day says what it adds to the discipline ladder: its late (after make-up) and early minutes,
-- and for a missing CHECK_IN or CHECK_OUT the working time it left uncovered, at most one day (450 minutes).
ALTER TABLE daily_code ADD COLUMN ladder_minutes integer NOT NULL DEFAULT 0 CHECK (ladder_minutes >= 0);

-- A locked month keeps what it was locked with: its days count on the ladder what they counted then.
UPDATE daily_code d SET ladder_minutes = d.effective_late_minutes + d.early_leave_minutes
 WHERE EXISTS (SELECT 1 FROM month_lock l WHERE l.month = date_trunc('month', d.work_date));

-- Every other kept day is worked out again, by the new rules, the next time its month is read (the kept codes are
-- derived from the events, which are never touched).
DELETE FROM daily_code d
 WHERE NOT EXISTS (SELECT 1 FROM month_lock l WHERE l.month = date_trunc('month', d.work_date));
