-- A phone is bound to one ASN's account at most, so that one phone cannot check in for two people. Where a device id
-- is bound to several accounts already (possible before this rule), the earliest binding keeps it and the later ones
-- are released: those ASN log in again and their phone is refused with DEVICE_IN_USE until the admin OPD sorts it out.
UPDATE device d SET released_at = now()
 WHERE d.released_at IS NULL
   AND EXISTS (SELECT 1 FROM device o
                WHERE o.device_id = d.device_id AND o.released_at IS NULL
                  AND (o.bound_at, o.id) < (d.bound_at, d.id));
CREATE UNIQUE INDEX device_bound_to_one_account ON device (device_id) WHERE released_at IS NULL;
