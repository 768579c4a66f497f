-- Member search at national scale (issue 7). Names are searched over persons_sort (sort_key holds
-- the whole name; see members/search-terms.ts); this index gives the matching set of whole words
-- when a word is too rare in the actor's scope to be found by walking persons_sort in order. Not
-- partial: the planner uses an expression index's statistics (word frequencies) only then, and the
-- search picks its query shape from that estimate.
CREATE INDEX IF NOT EXISTS persons_name_words ON persons
  USING gin (string_to_array(immutable_unaccent(lower(full_name)), ' '));
--> statement-breakpoint
-- The ids of a subtree as one btree range ("1.53." ≤ path < "1.53/"): the list's scope is resolved
-- with every search, and the gist index answers `path <@` for a 3,800-unit province in ~5-15 ms.
CREATE INDEX IF NOT EXISTS org_units_path_text ON org_units ((ltree2text(path)) COLLATE "C");
