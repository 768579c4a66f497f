-- Issue 14 item 1: how a member list's text is read (TCVN3, VNI or Unicode), found per sheet and column or
-- chosen by the user: {found, forced, columns}. NULL on imports received before: read as detected then.
ALTER TABLE member_imports ADD COLUMN encoding jsonb;
