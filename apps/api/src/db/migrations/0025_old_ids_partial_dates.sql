-- Issue 14: old 9-digit ID numbers (CMND) beside the CCCD, and birth dates kept as precise as given.
--
-- old_id_number is indexed but NOT unique: CMND numbers were issued by each province's police with
-- their own ranges and duplicates between provinces (and re-issued numbers) are documented; the CCCD
-- is the person's unique key. Two persons sharing a CMND surface as a possible duplicate instead of
-- refusing the second person's record.
--
-- birth_date holds the first day of the period; birth_date_precision says whether the day, the month
-- or only the year is known. Every reader renders the pair as "1992" / "1990-03" / "1990-03-15".
ALTER TABLE persons
  ADD COLUMN old_id_number text CHECK (old_id_number ~ '^[0-9]{9}$'),
  ADD COLUMN birth_date_precision text NOT NULL DEFAULT 'day'
    CHECK (birth_date_precision IN ('day', 'month', 'year')),
  ADD CONSTRAINT persons_birth_date_first_day CHECK (
    birth_date_precision = 'day' OR birth_date IS NULL
    OR (extract(day FROM birth_date) = 1 AND (birth_date_precision = 'month' OR extract(month FROM birth_date) = 1)));
--> statement-breakpoint
CREATE INDEX persons_old_id ON persons (old_id_number) WHERE old_id_number IS NOT NULL;
--> statement-breakpoint
ALTER TABLE member_import_rows
  ADD COLUMN old_id_number text,
  ADD COLUMN birth_date_precision text; -- null when the row has no birth date
