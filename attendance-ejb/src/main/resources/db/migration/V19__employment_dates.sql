-- Issue 17: an ASN works for the regency from an appointment date (TMT) to an end date (retirement, death,
-- dismissal, a move out). Days outside it are not working days: never TK, never in the recap.
ALTER TABLE employee ADD COLUMN appointment_date date;
ALTER TABLE employee ADD COLUMN end_date date;
ALTER TABLE employee ADD COLUMN end_reason varchar(20)
    CHECK (end_reason IN ('PENSIUN', 'MENINGGAL', 'DIBERHENTIKAN', 'PINDAH_KELUAR'));

-- Until told otherwise, an ASN works from the first day of the appointment month their NIP carries (digits 9-14,
-- yyyyMM), as Employee does for a new record; a row written without it (a script, an import tool) gets the same.
UPDATE employee SET appointment_date = to_date(substr(nip, 9, 6) || '01', 'YYYYMMDD');
ALTER TABLE employee ALTER COLUMN appointment_date SET NOT NULL;

CREATE FUNCTION employee_appointment_from_nip() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.appointment_date IS NULL THEN
        NEW.appointment_date := to_date(substr(NEW.nip, 9, 6) || '01', 'YYYYMMDD');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER employee_appointment_from_nip BEFORE INSERT ON employee
    FOR EACH ROW EXECUTE FUNCTION employee_appointment_from_nip();

ALTER TABLE employee ADD CONSTRAINT employee_employment
    CHECK ((end_date IS NULL) = (end_reason IS NULL) AND (end_date IS NULL OR end_date >= appointment_date));
CREATE INDEX employee_employment_idx ON employee (opd_id, appointment_date, end_date);
