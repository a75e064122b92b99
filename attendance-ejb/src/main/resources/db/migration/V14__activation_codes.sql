-- Registration needs a one-time activation code that the admin OPD hands out or prints per ASN: the NIP and birth
-- date are printed on letters and decrees, so they prove nothing. Only the code's SHA-256 is kept.
CREATE SEQUENCE activation_code_seq INCREMENT BY 50;
CREATE TABLE activation_code (
    id          bigint PRIMARY KEY,
    employee_id bigint      NOT NULL REFERENCES employee (id),
    code_hash   varchar(64) NOT NULL,
    issued_by   varchar(100) NOT NULL,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    wrong_tries integer     NOT NULL DEFAULT 0,
    ended_at    timestamptz
);
-- one live code per ASN: a newer one ends the older
CREATE UNIQUE INDEX activation_code_one_live ON activation_code (employee_id) WHERE ended_at IS NULL;
