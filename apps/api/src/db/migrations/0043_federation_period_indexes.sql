-- Issue 18: a province's members figures read its own memberships of a date range (admitted after the period,
-- ended in or after it), narrowed by the federation key, instead of the nation's range joined to its scope
-- afterwards. The nation keeps the date-only indexes (memberships_admitted, memberships_ended).
CREATE INDEX memberships_federation_admitted ON memberships (federation_id, admitted_on) INCLUDE (unit_id, admission_kind, status);
--> statement-breakpoint
CREATE INDEX memberships_federation_ended ON memberships (federation_id, status_on) INCLUDE (unit_id, admitted_on, status)
  WHERE status_on IS NOT NULL;
--> statement-breakpoint
-- The petitions figures: a province reads its own petitions (by where they were raised), not the nation's.
CREATE INDEX petitions_federation ON petitions (federation_id);
