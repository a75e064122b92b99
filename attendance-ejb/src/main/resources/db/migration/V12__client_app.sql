-- Which program sent each attendance attempt (name/version from the X-Sapo-Client header): a web page cannot detect
-- a mock-location app, so the admin's review shows the client and an OPD can later require a stronger one.
ALTER TABLE attendance_event ADD COLUMN client_app varchar(60);
