-- Issue 18: the periodic reports' figures of a quarter read that quarter's rows by date instead of every row of
-- five years (the statements compare the column itself to the period's bounds, row-indicator.ts vnDayInPeriod).
-- Petitions received, welfare applications, approvals and vouchers issued; events already have events_start.
CREATE INDEX IF NOT EXISTS petitions_created ON petitions (created_at);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS welfare_nominations_created ON welfare_nominations (created_at);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS welfare_nomination_reviews_decided ON welfare_nomination_reviews (decided_at);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS welfare_vouchers_issued ON welfare_vouchers (issued_at);
