-- SAPO core schema: organisation, ASN and accounts, schedules and holidays, attendance events, audit log.
-- Ids come from sequences stepping by 50 so that Hibernate's pooled optimizer can batch inserts.

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE SEQUENCE opd_seq INCREMENT BY 50;
CREATE TABLE opd (
    id              bigint PRIMARY KEY,
    version         bigint       NOT NULL DEFAULT 0,
    code            varchar(40)  NOT NULL UNIQUE,
    name            varchar(200) NOT NULL,
    parent_id       bigint REFERENCES opd (id),
    self_activation boolean      NOT NULL DEFAULT false,
    zone_id         varchar(40)  NOT NULL DEFAULT 'Asia/Jakarta',
    active          boolean      NOT NULL DEFAULT true,
    CONSTRAINT opd_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX opd_parent_idx ON opd (parent_id);

CREATE SEQUENCE office_location_seq INCREMENT BY 50;
CREATE TABLE office_location (
    id          bigint PRIMARY KEY,
    version     bigint       NOT NULL DEFAULT 0,
    opd_id      bigint       NOT NULL REFERENCES opd (id),
    name        varchar(200) NOT NULL,
    centre      geography(Point, 4326),
    radius_m    double precision,
    area        geography(Polygon, 4326),
    valid_from  date,
    valid_until date,
    active      boolean      NOT NULL DEFAULT true,
    -- exactly one shape: a circle (centre and a positive radius) or a polygon
    CONSTRAINT office_location_one_shape CHECK (
        (centre IS NOT NULL AND radius_m > 0 AND area IS NULL)
        OR (centre IS NULL AND radius_m IS NULL AND area IS NOT NULL)),
    CONSTRAINT office_location_dates CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
);
CREATE INDEX office_location_opd_idx ON office_location (opd_id);
CREATE INDEX office_location_centre_gix ON office_location USING gist (centre);
CREATE INDEX office_location_area_gix ON office_location USING gist (area);

CREATE SEQUENCE employee_seq INCREMENT BY 50;
CREATE TABLE employee (
    id         bigint PRIMARY KEY,
    version    bigint       NOT NULL DEFAULT 0,
    nip        varchar(18)  NOT NULL UNIQUE CHECK (nip ~ '^[0-9]{18}$'),
    name       varchar(200) NOT NULL,
    birth_date date         NOT NULL,
    sex        varchar(6)   NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    position   varchar(200),
    rank_name  varchar(100),
    opd_id     bigint       NOT NULL REFERENCES opd (id),
    active     boolean      NOT NULL DEFAULT true
);
CREATE INDEX employee_opd_idx ON employee (opd_id);
CREATE INDEX employee_name_idx ON employee (lower(name));

CREATE SEQUENCE account_seq INCREMENT BY 50;
CREATE TABLE account (
    id            bigint PRIMARY KEY,
    version       bigint       NOT NULL DEFAULT 0,
    username      varchar(100) NOT NULL UNIQUE,
    email         varchar(254) UNIQUE,
    display_name  varchar(200) NOT NULL,
    password_hash varchar(400) NOT NULL,
    opd_id        bigint       NOT NULL REFERENCES opd (id),
    employee_id   bigint UNIQUE REFERENCES employee (id),
    status        varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'LOCKED', 'DISABLED')),
    failed_logins integer      NOT NULL DEFAULT 0,
    locked_until  timestamptz,
    created_at    timestamptz  NOT NULL
);
CREATE UNIQUE INDEX account_email_lower_idx ON account (lower(email));
CREATE INDEX account_opd_idx ON account (opd_id);

CREATE TABLE account_role (
    account_id bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       varchar(20) NOT NULL CHECK (role IN ('ASN', 'ADMIN_OPD', 'PIMPINAN', 'BKPSDMD')),
    PRIMARY KEY (account_id, role)
);

CREATE SEQUENCE device_seq INCREMENT BY 50;
CREATE TABLE device (
    id          bigint PRIMARY KEY,
    account_id  bigint       NOT NULL REFERENCES account (id),
    device_id   varchar(200) NOT NULL,
    model       varchar(200),
    bound_at    timestamptz  NOT NULL,
    released_at timestamptz
);
-- one bound phone per account; released ones stay on record
CREATE UNIQUE INDEX device_one_bound_per_account ON device (account_id) WHERE released_at IS NULL;
CREATE INDEX device_device_id_idx ON device (device_id);

CREATE SEQUENCE work_schedule_seq INCREMENT BY 50;
CREATE TABLE work_schedule (
    id          bigint PRIMARY KEY,
    version     bigint       NOT NULL DEFAULT 0,
    name        varchar(200) NOT NULL,
    opd_id      bigint REFERENCES opd (id),
    employee_id bigint REFERENCES employee (id),
    valid_from  date         NOT NULL,
    valid_until date,
    CONSTRAINT work_schedule_one_scope CHECK (opd_id IS NULL OR employee_id IS NULL),
    CONSTRAINT work_schedule_dates CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX work_schedule_opd_idx ON work_schedule (opd_id);
CREATE INDEX work_schedule_employee_idx ON work_schedule (employee_id);

CREATE TABLE work_schedule_day (
    work_schedule_id   bigint     NOT NULL REFERENCES work_schedule (id) ON DELETE CASCADE,
    day_of_week        varchar(9) NOT NULL,
    start_time         time       NOT NULL,
    end_time           time       NOT NULL,
    break_start        time,
    break_end          time,
    break_end_required boolean    NOT NULL DEFAULT false,
    PRIMARY KEY (work_schedule_id, day_of_week),
    CONSTRAINT work_schedule_day_order CHECK (start_time < end_time)
);

CREATE SEQUENCE holiday_seq INCREMENT BY 50;
CREATE TABLE holiday (
    id           bigint PRIMARY KEY,
    holiday_date date         NOT NULL UNIQUE,
    type         varchar(20)  NOT NULL CHECK (type IN ('NATIONAL', 'CUTI_BERSAMA', 'LOCAL')),
    name         varchar(200) NOT NULL
);

CREATE SEQUENCE attendance_event_seq INCREMENT BY 50;
CREATE TABLE attendance_event (
    id                     bigint PRIMARY KEY,
    employee_id            bigint      NOT NULL REFERENCES employee (id),
    event_type             varchar(12) NOT NULL CHECK (event_type IN ('CHECK_IN', 'BREAK_START', 'BREAK_END', 'CHECK_OUT')),
    decision               varchar(8)  NOT NULL CHECK (decision IN ('ACCEPTED', 'REFUSED')),
    reason_code            varchar(40),
    server_time            timestamptz NOT NULL,
    work_date              date        NOT NULL,
    client_time            timestamptz,
    position               geography(Point, 4326),
    accuracy_m             double precision,
    distance_m             double precision,
    location_id            bigint REFERENCES office_location (id),
    device_id              bigint REFERENCES device (id),
    mocked_location        boolean     NOT NULL DEFAULT false,
    flag_time_skew         boolean     NOT NULL DEFAULT false,
    flag_impossible_travel boolean     NOT NULL DEFAULT false,
    flag_photo_reused      boolean     NOT NULL DEFAULT false,
    manual                 boolean     NOT NULL DEFAULT false,
    CONSTRAINT attendance_event_reason CHECK ((decision = 'ACCEPTED') = (reason_code IS NULL))
);
-- the one-event-per-type-per-day rule, enforced by the database itself
CREATE UNIQUE INDEX attendance_event_one_accepted_per_day
    ON attendance_event (employee_id, work_date, event_type) WHERE decision = 'ACCEPTED';
CREATE INDEX attendance_event_work_date_idx ON attendance_event (work_date, employee_id);
CREATE INDEX attendance_event_employee_time_idx ON attendance_event (employee_id, server_time DESC);

CREATE SEQUENCE audit_entry_seq INCREMENT BY 50;
CREATE TABLE audit_entry (
    id             bigint PRIMARY KEY,
    occurred_at    timestamptz   NOT NULL,
    actor          varchar(100)  NOT NULL,
    action         varchar(60)   NOT NULL,
    entity_type    varchar(60)   NOT NULL,
    entity_id      varchar(60),
    detail         varchar(2000),
    source_address varchar(64)
);
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, occurred_at DESC);

-- The audit log is append-only: no update, no delete, whoever asks.
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
