-- Sign-in throttling counts attempts in one row per key ('account:' or 'address:' and a SHA-256 hash), so that one
-- INSERT … ON CONFLICT … RETURNING both counts an attempt and says whether it may go ahead, before the password is
-- checked: concurrent attempts queue on the row and cannot race past the limit. The row's window starts with its
-- first attempt; attempts that signed in are taken off again.
DROP TABLE sign_in_failure;

CREATE TABLE sign_in_failure (
    key            TEXT PRIMARY KEY,
    window_started TIMESTAMPTZ NOT NULL,
    attempts       INTEGER NOT NULL CHECK (attempts >= 0)
);
CREATE INDEX sign_in_failure_window ON sign_in_failure (window_started);
