-- Issue 12: every member page lists the person's transfers (WHERE person_id = $1). Without this index that was a
-- parallel sequential scan of all transfers (607,649 rows at 12 M members: 178 ms and two workers per page view).
CREATE INDEX IF NOT EXISTS member_transfers_person ON member_transfers (person_id);
