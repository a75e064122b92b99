-- One accepted CHECK_IN as the server writes it: its selfie (about 30 KB, taken from bench_baseline.selfie) and the
-- event row, in one transaction. :n, :employee0, :device0 and :location come from pgbench -D; each row's ASN and
-- work date follow from its id, so that the unique index of one accepted event per ASN, day and type holds as it
-- does in SAPO.
SELECT nextval('bench_baseline.id_seq') AS id \gset
\set employee :employee0 + :id % :n
\set device :device0 + :id % :n
\set day :id / :n
BEGIN;
INSERT INTO bench_baseline.stored_file (id, owner_employee_id, purpose, content_type, sha256, size_bytes, content,
    created_at)
VALUES (:id::bigint, :employee::bigint, 'ATTENDANCE_PHOTO', 'image/jpeg', md5(:id::text) || md5(:employee::text), 30720,
    (SELECT content FROM bench_baseline.selfie), now());
INSERT INTO bench_baseline.attendance_event (id, employee_id, event_type, decision, server_time, work_date,
    client_time, position, accuracy_m, distance_m, location_id, device_id, photo_id, idempotency_key, late_minutes)
VALUES (:id::bigint, :employee::bigint, 'CHECK_IN', 'ACCEPTED', now(), date '2026-04-06' + :day::integer, now(),
    st_setsrid(st_makepoint(102.2867, -2.0834), 4326)::geography, 8, 21.5, :location::bigint, :device::bigint, :id::bigint,
    md5(:id::text), 0);
COMMIT;
