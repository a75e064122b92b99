-- The month close: each admin OPD verifies its OPD's recap of a month, then BKPSDMD locks the month for the whole
-- regency. A locked month never changes; unlocking (BKPSDMD's alone) deletes its row, and both are audited.
CREATE TABLE month_verification (
    opd_id      bigint       NOT NULL REFERENCES opd (id),
    month       date         NOT NULL CHECK (extract(day from month) = 1),
    verified_by varchar(100) NOT NULL,
    verified_at timestamptz  NOT NULL,
    PRIMARY KEY (opd_id, month)
);

CREATE TABLE month_lock (
    month     date         PRIMARY KEY CHECK (extract(day from month) = 1),
    locked_by varchar(100) NOT NULL,
    locked_at timestamptz  NOT NULL
);
