-- Issue 17: every number the recap works with is in one versioned rule set, not only the deduction percentages:
-- the tier bands, make-up, the discipline ladder's steps and minutes, what a missing event counts, what each leave
-- type costs, and the integrity thresholds. The versions stored so far get the defaults they were worked out with.
ALTER TABLE deduction_rules RENAME TO rule_set;
ALTER SEQUENCE deduction_rules_seq RENAME TO rule_set_seq;

ALTER TABLE rule_set
    ADD COLUMN tier1_max              integer NOT NULL DEFAULT 30,
    ADD COLUMN tier2_max              integer NOT NULL DEFAULT 60,
    ADD COLUMN tier3_max              integer NOT NULL DEFAULT 90,
    ADD COLUMN make_up_enabled        boolean NOT NULL DEFAULT true,
    ADD COLUMN make_up_limit_minutes  integer NOT NULL DEFAULT 30,
    ADD COLUMN ladder_minutes_per_day integer NOT NULL DEFAULT 450,
    ADD COLUMN missing_event_minutes  integer,
    ADD COLUMN dismissal_run_days     integer NOT NULL DEFAULT 10,
    ADD COLUMN max_clock_skew_minutes integer NOT NULL DEFAULT 5,
    ADD COLUMN max_travel_kmh         integer NOT NULL DEFAULT 150,
    ADD CONSTRAINT rule_set_bands CHECK (tier1_max >= 1 AND tier2_max > tier1_max AND tier3_max > tier2_max),
    ADD CONSTRAINT rule_set_make_up CHECK (make_up_limit_minutes >= 0),
    ADD CONSTRAINT rule_set_ladder CHECK (ladder_minutes_per_day >= 1 AND dismissal_run_days >= 1
        AND (missing_event_minutes IS NULL OR missing_event_minutes BETWEEN 0 AND ladder_minutes_per_day)),
    ADD CONSTRAINT rule_set_integrity CHECK (max_clock_skew_minutes BETWEEN 1 AND 1440
        AND max_travel_kmh BETWEEN 1 AND 2000);
ALTER TABLE rule_set
    ALTER COLUMN tier1_max DROP DEFAULT, ALTER COLUMN tier2_max DROP DEFAULT, ALTER COLUMN tier3_max DROP DEFAULT,
    ALTER COLUMN make_up_enabled DROP DEFAULT, ALTER COLUMN make_up_limit_minutes DROP DEFAULT,
    ALTER COLUMN ladder_minutes_per_day DROP DEFAULT, ALTER COLUMN dismissal_run_days DROP DEFAULT,
    ALTER COLUMN max_clock_skew_minutes DROP DEFAULT, ALTER COLUMN max_travel_kmh DROP DEFAULT;

-- the ladder's steps: from so many days in a calendar year, this sanction
CREATE TABLE rule_set_ladder_step (
    rule_set_id bigint      NOT NULL REFERENCES rule_set (id),
    days        integer     NOT NULL CHECK (days >= 1),
    sanction    varchar(40) NOT NULL,
    PRIMARY KEY (rule_set_id, days),
    UNIQUE (rule_set_id, sanction)
);
INSERT INTO rule_set_ladder_step (rule_set_id, days, sanction)
SELECT r.id, s.days, s.sanction
FROM rule_set r CROSS JOIN (VALUES (3, 'TEGURAN_LISAN'), (4, 'TEGURAN_TERTULIS'), (7, 'PERNYATAAN_TIDAK_PUAS'),
    (11, 'POTONGAN_TUNJANGAN_6_BULAN'), (14, 'POTONGAN_TUNJANGAN_9_BULAN'), (17, 'POTONGAN_TUNJANGAN_12_BULAN'),
    (21, 'PENURUNAN_JABATAN'), (25, 'PEMBEBASAN_JABATAN'), (28, 'PDHTAPS')) AS s (days, sanction);

-- what a working day of approved leave of a type costs, as a share of that day's worth (a type not here: nothing)
CREATE TABLE rule_set_leave_cost (
    rule_set_id bigint        NOT NULL REFERENCES rule_set (id),
    leave_type  varchar(40)   NOT NULL,
    percent     numeric(5, 2) NOT NULL CHECK (percent > 0 AND percent <= 100),
    PRIMARY KEY (rule_set_id, leave_type)
);
INSERT INTO rule_set_leave_cost (rule_set_id, leave_type, percent)
SELECT id, 'CUTI_DILUAR_TANGGUNGAN_NEGARA', 100 FROM rule_set;

-- the kept day names the version it was worked out with; what is kept of months not locked is worked out again
-- (by the next read or the nightly run) under the rules now in force
ALTER TABLE daily_code ADD COLUMN rules_version varchar(60);
DELETE FROM daily_code d
WHERE NOT EXISTS (SELECT 1 FROM month_lock l WHERE l.month = date_trunc('month', d.work_date));
UPDATE daily_code d SET rules_version = l.rules_version
FROM month_lock l WHERE l.month = date_trunc('month', d.work_date);
ALTER TABLE daily_code ALTER COLUMN rules_version SET NOT NULL;
