-- Each ASN's daily code of every day that is over, as the recap worked it out from the events, the schedule, the
-- holidays and the approved requests (see DayRules). Written by the nightly run, again when a request is approved,
-- a manual attendance is recorded or an event arrives for a past day; deleted (to be worked out again) when a
-- schedule or holiday changes a past day. The recap, the exports and the phone's month read it; a locked month's
-- rows are never written again.
CREATE TABLE daily_code (
    employee_id            bigint       NOT NULL REFERENCES employee (id),
    work_date              date         NOT NULL,
    kind                   varchar(10)  NOT NULL CHECK (kind IN ('PRESENT', 'TK', 'EXCUSED', 'HOLIDAY', 'OFF')),
    check_in               time,
    check_in_manual        boolean      NOT NULL DEFAULT false,
    check_out              time,
    check_out_manual       boolean      NOT NULL DEFAULT false,
    lateness_tier          varchar(4),
    late_minutes           integer      NOT NULL DEFAULT 0 CHECK (late_minutes >= 0),
    effective_late_minutes integer      NOT NULL DEFAULT 0 CHECK (effective_late_minutes BETWEEN 0 AND late_minutes),
    early_leave_tier       varchar(4),
    early_leave_minutes    integer      NOT NULL DEFAULT 0 CHECK (early_leave_minutes >= 0),
    leave_type             varchar(40),
    holiday_type           varchar(20),
    holiday_name           varchar(200),
    computed_at            timestamptz  NOT NULL,
    PRIMARY KEY (employee_id, work_date)
);
