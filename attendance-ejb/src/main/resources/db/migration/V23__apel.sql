-- Issue 17: apel and upacara. An OPD (or the regency, for every OPD) holds one on a date, in a window, at a place
-- (an office location, possibly a dated one such as the apel field's polygon). ASN attend it with an APEL event, in
-- its window and at its place; missing a compulsory one on a day neither excused nor TK is the daily code TA, priced
-- by the rule set.
CREATE SEQUENCE apel_seq INCREMENT BY 50;
CREATE TABLE apel (
    id          bigint PRIMARY KEY,
    name        varchar(200) NOT NULL,
    apel_date   date         NOT NULL,
    opens       time         NOT NULL,
    closes      time         NOT NULL,
    opd_id      bigint REFERENCES opd (id),
    location_id bigint       NOT NULL REFERENCES office_location (id),
    compulsory  boolean      NOT NULL,
    created_by  varchar(100) NOT NULL,
    created_at  timestamptz  NOT NULL,
    CONSTRAINT apel_window CHECK (opens < closes)
);
CREATE INDEX apel_date_idx ON apel (apel_date, opd_id);

ALTER TABLE attendance_event DROP CONSTRAINT attendance_event_event_type_check;
ALTER TABLE attendance_event ADD CONSTRAINT attendance_event_event_type_check
    CHECK (event_type IN ('CHECK_IN', 'BREAK_START', 'BREAK_END', 'CHECK_OUT', 'APEL'));

ALTER TABLE rule_set ADD COLUMN ta numeric(5, 2) NOT NULL DEFAULT 0.50 CHECK (ta BETWEEN 0 AND 100);
ALTER TABLE rule_set ALTER COLUMN ta DROP DEFAULT;

ALTER TABLE daily_code ADD COLUMN missed_apel boolean NOT NULL DEFAULT false;
ALTER TABLE daily_code ADD CONSTRAINT daily_code_missed_apel CHECK (NOT missed_apel OR kind NOT IN ('EXCUSED', 'TK'));
