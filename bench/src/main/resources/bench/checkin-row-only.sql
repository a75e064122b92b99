-- The event row of an accepted CHECK_IN alone, without its selfie: the database's limit for the row itself.
SELECT nextval('bench_baseline.id_seq') AS id \gset
\set employee :employee0 + :id % :n
\set device :device0 + :id % :n
\set day :id / :n
INSERT INTO bench_baseline.attendance_event (id, employee_id, event_type, decision, server_time, work_date,
    client_time, position, accuracy_m, distance_m, location_id, device_id, idempotency_key, late_minutes)
VALUES (:id::bigint, :employee::bigint, 'CHECK_IN', 'ACCEPTED', now(), date '2026-04-06' + :day::integer, now(),
    st_setsrid(st_makepoint(102.2867, -2.0834), 4326)::geography, 8, 21.5, :location::bigint, :device::bigint, md5(:id::text), 0);
