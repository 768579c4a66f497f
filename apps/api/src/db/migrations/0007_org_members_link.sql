-- Connect the org tree's reorganisations to the member registry (both landed separately).
-- Member counts are members holding a membership now; a merge or closure moves only open
-- memberships (active or in transit) to the receiving union, never the historic ones, so the
-- past still reports under the union the member belonged to then.
CREATE OR REPLACE FUNCTION unit_member_count(p_unit bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT count(*) FROM memberships WHERE unit_id = p_unit AND status = 'active'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION org_transfer_members(p_from bigint, p_to bigint) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint := 0;
BEGIN
  UPDATE memberships SET unit_id = p_to, union_group_id = NULL, updated_at = now()
   WHERE unit_id = p_from AND status IN ('active', 'in_transit');
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;
