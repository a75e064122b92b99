-- Issue 17: part-day permits. Izin datang terlambat excuses arriving until its time, izin pulang cepat leaving from
-- its time on; each covers one day and needs its time, and no request for whole days has one.
ALTER TABLE leave_request DROP CONSTRAINT leave_request_leave_type_check;
ALTER TABLE leave_request ADD CONSTRAINT leave_request_leave_type_check CHECK (leave_type IN ('IZIN', 'SAKIT',
    'CUTI_TAHUNAN', 'CUTI_BESAR', 'CUTI_SAKIT', 'CUTI_MELAHIRKAN', 'CUTI_ALASAN_PENTING',
    'CUTI_DILUAR_TANGGUNGAN_NEGARA', 'DINAS_LUAR', 'TUGAS_KEDINASAN', 'DIKLAT', 'TUGAS_BELAJAR', 'WFA',
    'IZIN_DATANG_TERLAMBAT', 'IZIN_PULANG_CEPAT'));
ALTER TABLE leave_request ADD COLUMN permit_time time;
ALTER TABLE leave_request ADD CONSTRAINT leave_request_permit CHECK (
    CASE WHEN leave_type IN ('IZIN_DATANG_TERLAMBAT', 'IZIN_PULANG_CEPAT')
         THEN permit_time IS NOT NULL AND start_date = end_date
         ELSE permit_time IS NULL END);
