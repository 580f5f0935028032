-- Only for tests: a later schema version, so that opening a V1 library has a migration pending.
CREATE TABLE test_later_schema (id INT PRIMARY KEY);
