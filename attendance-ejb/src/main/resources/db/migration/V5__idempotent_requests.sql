-- Leave requests and problem reports are writes a phone may retry: a retry with the same Idempotency-Key finds
-- the first one instead of making a second.
ALTER TABLE leave_request ADD COLUMN idempotency_key varchar(100);
CREATE UNIQUE INDEX leave_request_idempotency
    ON leave_request (employee_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
ALTER TABLE problem_report ADD COLUMN idempotency_key varchar(100);
CREATE UNIQUE INDEX problem_report_idempotency
    ON problem_report (employee_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
