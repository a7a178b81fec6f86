-- Each region's database numbers its rows from a base of its own (kept in
-- the directory), so that a tenant's surveys, questions and answers keep
-- their ids when the tenant moves to another region: ids from two region
-- databases never collide. Region `n` numbers from n * 2^40.
CREATE TABLE region_id_spaces (
    region   TEXT   NOT NULL PRIMARY KEY,
    id_base  BIGINT NOT NULL UNIQUE
);
