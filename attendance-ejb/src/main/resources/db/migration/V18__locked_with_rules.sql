-- Issue 17: a locked month keeps the prices it was locked with. The lock names the deduction rules version that
-- priced the month then; a version BKPSDMD adds later (even one taking effect earlier) never re-prices it.
ALTER TABLE month_lock ADD COLUMN rules_version varchar(60);

-- the months locked before this: the version that was in force on their first day
UPDATE month_lock l SET rules_version = coalesce((SELECT r.version FROM deduction_rules r
                                                   WHERE r.valid_from <= l.month
                                                   ORDER BY r.valid_from DESC LIMIT 1), 'DEFAULT');

ALTER TABLE month_lock ALTER COLUMN rules_version SET NOT NULL;
