-- Issue 17, hand-outs and spending: each hand-out names the funding source it draws on, keeps the proof a
-- hand-out needs by its method (a photo and a signature image for gifts in kind, an e-voucher code) and
-- can be corrected. Spending is counted against the source's amount and the handing unit's quota budget.
ALTER TABLE welfare_handouts
  ADD COLUMN funding_id bigint REFERENCES welfare_funding(id),
  ADD COLUMN voucher_code text CHECK (voucher_code IS NULL OR length(voucher_code) BETWEEN 1 AND 100),
  ADD COLUMN photo_key text,
  ADD COLUMN photo_name text,
  ADD COLUMN signature_key text,
  ADD COLUMN signature_name text,
  ADD COLUMN note text,
  ADD COLUMN updated_by bigint REFERENCES app_users(id),
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
--> statement-breakpoint
CREATE INDEX welfare_handouts_funding ON welfare_handouts (funding_id) WHERE funding_id IS NOT NULL;
