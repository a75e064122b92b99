-- Issue 17: a transfer has a date. Up to until_date the ASN belonged to opd_id (its schedule, its holidays, its
-- recap); the days after the latest row belong to employee.opd_id, the current OPD. An ASN never transferred has no
-- row at all.
CREATE SEQUENCE past_posting_seq INCREMENT BY 50;
CREATE TABLE past_posting (
    id          bigint PRIMARY KEY,
    employee_id bigint       NOT NULL REFERENCES employee (id),
    opd_id      bigint       NOT NULL REFERENCES opd (id),
    until_date  date         NOT NULL,
    recorded_by varchar(100) NOT NULL,
    recorded_at timestamptz  NOT NULL,
    UNIQUE (employee_id, until_date)
);
CREATE INDEX past_posting_opd_idx ON past_posting (opd_id, until_date);
