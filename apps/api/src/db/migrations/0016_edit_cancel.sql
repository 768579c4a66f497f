-- Issue 15 item 5: events and campaigns can be cancelled (kept, marked, with a reason), not deleted.
ALTER TABLE events ADD COLUMN cancelled_at timestamptz, ADD COLUMN cancel_reason text;
--> statement-breakpoint
ALTER TABLE campaigns ADD COLUMN cancelled_at timestamptz, ADD COLUMN cancel_reason text;
