-- Problem reports (lapor kendala): an ASN's report to the admin OPD, optionally about one of their refused
-- attendance attempts, and the admins' replies, which the ASN reads in the app.

CREATE SEQUENCE problem_report_seq INCREMENT BY 50;
CREATE TABLE problem_report (
    id          bigint PRIMARY KEY,
    version     bigint        NOT NULL DEFAULT 0,
    employee_id bigint        NOT NULL REFERENCES employee (id),
    category    varchar(20)   NOT NULL CHECK (category IN ('LOKASI_GPS', 'APLIKASI', 'PERANGKAT', 'JADWAL', 'LAINNYA')),
    message     varchar(2000) NOT NULL,
    attempt_id  bigint REFERENCES attendance_event (id),
    status      varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED')),
    created_at  timestamptz   NOT NULL
);
-- the ASN's own list, newest first
CREATE INDEX problem_report_employee_idx ON problem_report (employee_id, created_at DESC);
-- the admin's queue of open reports, oldest first
CREATE INDEX problem_report_status_idx ON problem_report (status, created_at);
-- from a refused attempt under review to the reports about it
CREATE INDEX problem_report_attempt_idx ON problem_report (attempt_id) WHERE attempt_id IS NOT NULL;

CREATE SEQUENCE problem_reply_seq INCREMENT BY 50;
CREATE TABLE problem_reply (
    id         bigint PRIMARY KEY,
    report_id  bigint        NOT NULL REFERENCES problem_report (id),
    author     varchar(100)  NOT NULL,
    message    varchar(2000) NOT NULL,
    created_at timestamptz   NOT NULL
);
CREATE INDEX problem_reply_report_idx ON problem_reply (report_id, created_at);
