-- Issue 17 item 8: Tết Market e-vouchers. One code per approved beneficiary of a tet_market_voucher programme,
-- tied to a phone number, with a value and a validity; shops redeem a code once (one UPDATE … WHERE redeemed_at IS
-- NULL). Shops are not union officials: each gets a revocable token for one programme (only its SHA-256 is kept).
CREATE TABLE welfare_voucher_merchants (
  id bigserial PRIMARY KEY,
  programme_id bigint NOT NULL REFERENCES welfare_programmes(id),
  -- the unit whose officials registered the shop (they see and revoke it)
  unit_id bigint NOT NULL REFERENCES org_units(id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  revoked_by bigint REFERENCES app_users(id)
);
--> statement-breakpoint
CREATE INDEX welfare_voucher_merchants_programme ON welfare_voucher_merchants (programme_id);
--> statement-breakpoint
CREATE TABLE welfare_vouchers (
  id bigserial PRIMARY KEY,
  programme_id bigint NOT NULL REFERENCES welfare_programmes(id),
  nomination_id bigint NOT NULL UNIQUE REFERENCES welfare_nominations(id),
  -- the nominating unit (scope, exports per province, the audit row's unit)
  unit_id bigint NOT NULL REFERENCES org_units(id),
  -- 12 characters of an alphabet without 0/O, 1/I/L and U (domain voucher-code.ts), the last a check character
  code text NOT NULL UNIQUE CHECK (code ~ '^[0-9A-Z]{12}$'),
  phone text NOT NULL CHECK (phone ~ '^0[0-9]{9}$'),
  value_vnd bigint NOT NULL CHECK (value_vnd > 0),
  valid_from date NOT NULL,
  valid_to date NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  issued_by bigint REFERENCES app_users(id),
  redeemed_at timestamptz,
  redeemed_by_merchant_id bigint REFERENCES welfare_voucher_merchants(id),
  CHECK (valid_to >= valid_from),
  CHECK ((redeemed_at IS NULL) = (redeemed_by_merchant_id IS NULL))
);
--> statement-breakpoint
CREATE INDEX welfare_vouchers_programme_unit ON welfare_vouchers (programme_id, unit_id);
--> statement-breakpoint
CREATE INDEX welfare_vouchers_redeemed ON welfare_vouchers (redeemed_at) WHERE redeemed_at IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER welfare_voucher_merchants_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_voucher_merchants FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER welfare_vouchers_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_vouchers FOR EACH ROW EXECUTE FUNCTION audit_row();
