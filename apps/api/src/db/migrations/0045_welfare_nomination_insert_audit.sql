-- Issue 17: a nomination list writes thousands of nominations in one INSERT. Audit them once per statement over
-- the transition table, as persons, memberships and member_cards are (0038): the same audit rows as audit_row's,
-- one plpgsql call instead of one per nomination. Updates and deletes keep the row trigger (they need OLD).
DROP TRIGGER welfare_nominations_audit ON welfare_nominations;
--> statement-breakpoint
CREATE TRIGGER welfare_nominations_audit AFTER UPDATE OR DELETE ON welfare_nominations
  FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER welfare_nominations_audit_insert AFTER INSERT ON welfare_nominations REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION audit_rows_inserted();
