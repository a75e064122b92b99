-- The deduction rules BKPSDMD sets: a version per date it takes effect, a percentage per code and a monthly cap.
-- A month's deductions are worked out with the version in force on its first day and name it. Versions are never
-- changed once made (a correction is a new version), so a month's figures can always be explained.
CREATE SEQUENCE deduction_rules_seq INCREMENT BY 50;
CREATE TABLE deduction_rules (
    id          bigint PRIMARY KEY,
    version     varchar(60)  NOT NULL UNIQUE,
    valid_from  date         NOT NULL UNIQUE,
    tl1         numeric(5, 2) NOT NULL CHECK (tl1 BETWEEN 0 AND 100),
    tl2         numeric(5, 2) NOT NULL CHECK (tl2 BETWEEN 0 AND 100),
    tl3         numeric(5, 2) NOT NULL CHECK (tl3 BETWEEN 0 AND 100),
    tl4         numeric(5, 2) NOT NULL CHECK (tl4 BETWEEN 0 AND 100),
    psw1        numeric(5, 2) NOT NULL CHECK (psw1 BETWEEN 0 AND 100),
    psw2        numeric(5, 2) NOT NULL CHECK (psw2 BETWEEN 0 AND 100),
    psw3        numeric(5, 2) NOT NULL CHECK (psw3 BETWEEN 0 AND 100),
    psw4        numeric(5, 2) NOT NULL CHECK (psw4 BETWEEN 0 AND 100),
    tk          numeric(5, 2) NOT NULL CHECK (tk BETWEEN 0 AND 100),
    monthly_cap numeric(5, 2) NOT NULL CHECK (monthly_cap BETWEEN 0 AND 100),
    created_by  varchar(100) NOT NULL,
    created_at  timestamptz  NOT NULL
);
