-- Work-permit records as the authority holds them (seeded with --demo), the accounts and
-- cards registered against them, sessions, SMS codes, face-check outcomes, payment records
-- and stored responses for idempotent requests.

CREATE TABLE work_permits (
    id                     INTEGER PRIMARY KEY,
    surname                TEXT NOT NULL,      -- normalised MRZ-style form, e.g. MUELLER
    given_names            TEXT NOT NULL,      -- normalised, single spaces, may be empty
    nationality            TEXT NOT NULL,
    birth_date             TEXT NOT NULL,      -- YYYY-MM-DD
    work_permit_number     TEXT NOT NULL UNIQUE,
    social_security_number TEXT NOT NULL UNIQUE,
    category               TEXT NOT NULL CHECK (category IN ('a', 'b', 'c')),
    employer               TEXT NOT NULL,
    workplace              TEXT NOT NULL,
    position               TEXT NOT NULL,
    work_address           TEXT NOT NULL,
    valid_from             TEXT NOT NULL,
    valid_until            TEXT NOT NULL
) STRICT;

CREATE TABLE accounts (
    id             INTEGER PRIMARY KEY,
    permit_id      INTEGER NOT NULL UNIQUE REFERENCES work_permits (id),
    password_hash  TEXT NOT NULL,              -- argon2id PHC string
    phone          TEXT,                       -- 11 digits
    phone_verified INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL
) STRICT;

CREATE TABLE cards (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL UNIQUE REFERENCES accounts (id),
    card_number TEXT NOT NULL UNIQUE,
    status      TEXT NOT NULL CHECK (status IN ('sealed', 'active')),
    issued_on   TEXT
) STRICT;

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,               -- SHA-256 of the cookie value; the value is never stored
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    created_at INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE sms_codes (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id),
    phone      TEXT NOT NULL,
    code_hash  TEXT NOT NULL,
    sent_at    INTEGER NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Messages that would go to an SMS gateway. Readable through /api/dev/outbox with --demo only.
CREATE TABLE outbox (
    id      INTEGER PRIMARY KEY,
    phone   TEXT NOT NULL,
    code    TEXT NOT NULL,
    sent_at INTEGER NOT NULL
) STRICT;

-- Outcomes and metrics only: frames are never stored.
CREATE TABLE face_checks (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    outcome    TEXT NOT NULL,
    failures   TEXT NOT NULL,                  -- JSON array of codes
    brightness INTEGER,
    sharpness  INTEGER,
    motion     INTEGER,
    checked_at INTEGER NOT NULL
) STRICT;

CREATE TABLE payments (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts (id),
    period       TEXT NOT NULL,                -- YYYY-MM
    employer     TEXT NOT NULL,
    insurance    TEXT NOT NULL,
    base_fen     INTEGER NOT NULL,
    employer_fen INTEGER NOT NULL,
    employee_fen INTEGER NOT NULL,
    status       TEXT NOT NULL
) STRICT;
CREATE INDEX payments_account_period ON payments (account_id, period);

CREATE TABLE idempotency (
    scope           TEXT NOT NULL,             -- route and caller
    key             TEXT NOT NULL,
    request_hash    TEXT NOT NULL,
    response_status INTEGER,                   -- NULL while the first request is running
    response_body   TEXT,
    session_account INTEGER,                   -- replay opens a fresh session for this account
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
) STRICT;
