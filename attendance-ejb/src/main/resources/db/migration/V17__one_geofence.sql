-- Issue 17: one geofence implementation. Whether a position is inside an office location is decided by the Java
-- rule (GeofenceDecision over each location's fence) at check-in; the PostGIS containment query that did the same
-- in SQL is gone, and with it the only use of these spatial indexes. The geography columns stay: they are how
-- locations and positions are kept, shown on the maps and checked in tests.
DROP INDEX IF EXISTS office_location_centre_gix;
DROP INDEX IF EXISTS office_location_area_gix;
