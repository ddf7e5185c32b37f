-- Work-permit applications as the authority records them (domain.md §8, "Application stages"),
-- the stages each reached, and what followed approval for a permit's holder. Seeded with --demo.

CREATE TABLE applications (
    id                 INTEGER PRIMARY KEY,
    application_number TEXT NOT NULL UNIQUE,  -- normalised: upper case, no spaces or hyphens
    birth_date         TEXT NOT NULL,         -- the applicant's, YYYY-MM-DD (the public check's second half)
    holder_permit_id   INTEGER REFERENCES work_permits (id)  -- the applicant's permit, once they hold one
) STRICT;
CREATE INDEX applications_holder ON applications (holder_permit_id);

CREATE TABLE application_stages (
    id             INTEGER PRIMARY KEY,        -- order of the stages within an application
    application_id INTEGER NOT NULL REFERENCES applications (id),
    stage          TEXT NOT NULL CHECK (stage IN ('submitted', 'pre-review', 'accepted', 'under-review', 'more-documents', 'approved', 'refused')),
    reached_on     TEXT NOT NULL,              -- YYYY-MM-DD
    documents      TEXT NOT NULL DEFAULT '',   -- more-documents: document codes, comma-separated
    reason         TEXT                        -- refused: the reason's code
) STRICT;
CREATE INDEX application_stages_application ON application_stages (application_id, id);

-- After approval: the dates the deadlines follow from (domain.md §8, "Deadlines").
CREATE TABLE arrivals (
    permit_id             INTEGER PRIMARY KEY REFERENCES work_permits (id),
    entry                 TEXT,                -- entry on the Z visa
    medical_report_issued TEXT,                -- the China medical report on file
    residence_permit      TEXT,                -- issued on
    on_site_verified      TEXT                 -- Categories B and C
) STRICT;
