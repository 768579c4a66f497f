-- Issue 18: the periodic reports' member figures over a whole subtree (the nation: 133,000 units, 13 M memberships).
-- Admissions in a period and departures in a period read a date range of these two indexes instead of every
-- membership; "active at the period's end" is today's count (unit_member_stats) corrected by the memberships
-- admitted or ended after that day, which the same two ranges give (members/indicators.ts).
CREATE INDEX IF NOT EXISTS memberships_admitted ON memberships (admitted_on) INCLUDE (unit_id, admission_kind, status);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS memberships_ended ON memberships (status_on) INCLUDE (unit_id, admitted_on, status)
  WHERE status_on IS NOT NULL;
--> statement-breakpoint
-- Event participants of a quarter: the registrations of that quarter's events, not a scan of every registration.
CREATE INDEX IF NOT EXISTS registrations_event ON registrations (event_id) INCLUDE (status);
--> statement-breakpoint
-- Whether any unit was re-parented after a period's end (reports/indicators/scope.ts): a range, not a scan.
CREATE INDEX IF NOT EXISTS org_unit_parents_from ON org_unit_parents (valid_from);
