-- Issue 21: SAPO on several servers. Each server keeps what a day holds (day plans, who is on approved leave, the
-- rule sets) until a change; the version below is moved on in the transaction of every change (DaysChanged), so a
-- server that reads a higher version than it kept its values at drops them (JpaDaysVersion, KeptUntilChange).
CREATE TABLE days_version (
    id      smallint PRIMARY KEY CHECK (id = 1),
    version bigint   NOT NULL CHECK (version > 0)
);
INSERT INTO days_version (id, version) VALUES (1, 1);
