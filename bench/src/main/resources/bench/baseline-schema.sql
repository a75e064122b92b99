-- The pgbench baseline's tables: copies of stored_file and attendance_event with every index, check and default
-- (LIKE ... INCLUDING ALL) and the same foreign keys to the real master tables, so each insert costs what the
-- server's does in the database. Dropped again after the baseline.
DROP SCHEMA IF EXISTS bench_baseline CASCADE;
CREATE SCHEMA bench_baseline;
CREATE TABLE bench_baseline.stored_file (LIKE public.stored_file INCLUDING ALL);
ALTER TABLE bench_baseline.stored_file
    ADD FOREIGN KEY (owner_employee_id) REFERENCES public.employee (id);
CREATE TABLE bench_baseline.attendance_event (LIKE public.attendance_event INCLUDING ALL);
ALTER TABLE bench_baseline.attendance_event
    ADD FOREIGN KEY (employee_id) REFERENCES public.employee (id),
    ADD FOREIGN KEY (location_id) REFERENCES public.office_location (id),
    ADD FOREIGN KEY (device_id) REFERENCES public.device (id),
    ADD FOREIGN KEY (photo_id) REFERENCES bench_baseline.stored_file (id);
CREATE SEQUENCE bench_baseline.id_seq;
-- The selfie every insert copies, kept in the database like stored_file's (not compressed): pgbench can only send
-- it as hex text, which PostgreSQL would have to parse on every insert (a fifth of the time), while SAPO's driver
-- sends the bytes as they are. The generator fills it.
CREATE TABLE bench_baseline.selfie (content bytea NOT NULL);
ALTER TABLE bench_baseline.selfie ALTER COLUMN content SET STORAGE EXTERNAL;
