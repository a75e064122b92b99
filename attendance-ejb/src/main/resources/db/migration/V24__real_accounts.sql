-- Issue 18: accounts for a real go-live. Passwords that are changed and recovered by email, emails confirmed by a
-- code, officers' second factor (TOTP, RFC 6238) with recovery codes, and sessions that end when the password does.

ALTER TABLE account
    -- when the account's owner proved the email is theirs with a code; only then may it recover a password
    ADD COLUMN email_verified_at timestamptz,
    -- a password someone else chose (a new officer's, a reset by an admin): changed before anything else is done
    ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
    -- raised whenever the password changes or is reset: an admin session begun under an older value has ended
    ADD COLUMN session_generation integer NOT NULL DEFAULT 0,
    -- this officer logs in with a second factor whatever their role (the roles that always do are configured)
    ADD COLUMN second_factor_required boolean NOT NULL DEFAULT false,
    -- the TOTP secret (Base32) once enrolled, and the last time step used, so that no code is accepted twice
    ADD COLUMN totp_secret varchar(64),
    ADD COLUMN totp_enrolled_at timestamptz,
    ADD COLUMN totp_last_step bigint,
    ADD CONSTRAINT account_totp_enrolled CHECK ((totp_secret IS NULL) = (totp_enrolled_at IS NULL)),
    -- one login name space: an email is never a username, an officer's name never looks like a NIP
    ADD CONSTRAINT account_username_not_email CHECK (position('@' in username) = 0),
    ADD CONSTRAINT account_officer_name_not_nip CHECK (employee_id IS NOT NULL OR username !~ '^[0-9]+$');

-- A one-time code mailed to the account's owner: to reset the password, or to confirm an email address (the one it
-- was sent to). Only its SHA-256 is kept; it is used once, ends after a few wrong tries, and expires.
CREATE SEQUENCE account_code_seq INCREMENT BY 50;
CREATE TABLE account_code (
    id              bigint PRIMARY KEY,
    account_id      bigint       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose         varchar(20)  NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'EMAIL_VERIFICATION')),
    code_hash       varchar(64)  NOT NULL,
    email           varchar(254) NOT NULL,
    created_at      timestamptz  NOT NULL,
    expires_at      timestamptz  NOT NULL,
    -- used, replaced by a newer code, or spent by too many wrong tries
    ended_at        timestamptz,
    failed_attempts integer      NOT NULL DEFAULT 0,
    CONSTRAINT account_code_expires_after_creation CHECK (expires_at > created_at)
);
-- at most one live code per account and purpose
CREATE UNIQUE INDEX account_code_one_live ON account_code (account_id, purpose) WHERE ended_at IS NULL;
CREATE INDEX account_code_account_created_idx ON account_code (account_id, created_at);

-- Every request for a mailed code, known account or not: the rate limits per account and per client address.
CREATE SEQUENCE code_request_seq INCREMENT BY 50;
CREATE TABLE code_request (
    id           bigint PRIMARY KEY,
    purpose      varchar(20) NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'EMAIL_VERIFICATION')),
    client       varchar(64) NOT NULL,
    account_id   bigint REFERENCES account (id) ON DELETE CASCADE,
    requested_at timestamptz NOT NULL
);
CREATE INDEX code_request_client_idx ON code_request (client, requested_at);
CREATE INDEX code_request_account_idx ON code_request (account_id, requested_at);

-- The officer's recovery codes for a lost authenticator: shown once at enrolment, kept as SHA-256, each used once.
CREATE SEQUENCE recovery_code_seq INCREMENT BY 50;
CREATE TABLE recovery_code (
    id         bigint PRIMARY KEY,
    account_id bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash  varchar(64) NOT NULL,
    created_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX recovery_code_account_idx ON recovery_code (account_id);
