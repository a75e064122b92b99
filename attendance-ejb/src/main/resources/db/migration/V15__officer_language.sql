-- The language each officer chose for the admin screens (a switch in the menu): Indonesian until they choose.
ALTER TABLE account ADD COLUMN language varchar(2) NOT NULL DEFAULT 'ID' CHECK (language IN ('ID', 'EN'));
