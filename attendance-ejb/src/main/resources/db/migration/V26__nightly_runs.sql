-- Issue 21: SAPO on several servers. Each nightly job (the recap, the photo retention) runs once a night for the
-- whole cluster: the server whose timer fires first claims the night with a row here; a second claim of the same
-- night (another server's timer, a run caught up after a restart) finds the row and does nothing.
CREATE TABLE nightly_run (
    job         varchar(40)  NOT NULL,
    night       date         NOT NULL,
    server      varchar(100) NOT NULL,
    started_at  timestamptz  NOT NULL,
    finished_at timestamptz,
    PRIMARY KEY (job, night)
);
