// Test fixtures for the Tết Market vouchers: rows written with SQL, a fresh programme on each call.
import { randomBytes } from 'node:crypto';
import type { TestApp } from '../../../testing/test-app';
import { newVoucherCode, shopTokenHash } from './vouchers.queries';

/**
 * A national Tết Market programme of the confederation (500,000 VND a voucher, codes valid from yesterday for 30
 * days) with quotas for LĐLĐ Quảng Trị and LĐLĐ Nghệ An, and `perProvince` approved beneficiaries in each: active
 * members with a mobile number, nominated by their grassroots union. Returns the programme id.
 */
export async function voucherProgramme(t: TestApp, perProvince = 5): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO welfare_programmes (unit_id, kind, name, year, nomination_from, nomination_to, handout_from, handout_to,
       benefit_form, benefit_vnd)
     SELECT id, 'tet_market_voucher', 'Chợ Tết Công đoàn 2026', extract(year FROM now())::int,
            (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 30, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 30,
            (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 1, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 30,
            'voucher', 500000
       FROM org_units WHERE code = 'TLD' RETURNING id`,
  );
  const id = rows[0]!.id;
  await t.db.pool.query(
    `WITH root AS (INSERT INTO welfare_quotas (programme_id, unit_id, count, budget_vnd)
                   SELECT $1, unit_id, 1000, 500000000 FROM welfare_programmes WHERE id = $1 RETURNING id)
     INSERT INTO welfare_quotas (programme_id, unit_id, parent_quota_id, count, budget_vnd)
     SELECT $1, u.id, root.id, 100, 50000000 FROM org_units u, root WHERE u.code IN ('LDLD-44', 'LDLD-40')`,
    [id],
  );
  await addBeneficiaries(t, id, perProvince);
  return id;
}

/** `n` more approved beneficiaries per province (members not yet nominated in the programme). */
export async function addBeneficiaries(t: TestApp, programmeId: number, n: number): Promise<void> {
  await t.db.pool.query(
    `INSERT INTO welfare_nominations (programme_id, unit_id, person_id, full_name, cccd, phone, reason, amount_vnd,
       status)
     SELECT $1, x.unit_id, x.id, x.full_name, x.cccd, x.phone, 'Công nhân xa quê', 500000, 'approved'
       FROM org_units top CROSS JOIN LATERAL (
              SELECT pe.id, pe.unit_id, pe.full_name, pe.cccd, pe.phone FROM persons pe JOIN org_units u ON u.id = pe.unit_id
               WHERE u.path <@ top.path AND pe.member_status = 'active' AND pe.merged_into_id IS NULL
                 AND pe.phone ~ '^0[0-9]{9}$'
                 AND NOT EXISTS (SELECT 1 FROM welfare_nominations o WHERE o.programme_id = $1 AND o.person_id = pe.id)
               ORDER BY pe.id LIMIT $2) x
      WHERE top.code IN ('LDLD-44', 'LDLD-40')`,
    [programmeId, n],
  );
}

/** A voucher of the programme in a province (by the province's code), with its beneficiary's phone. */
export async function voucherOf(
  t: TestApp,
  programmeId: number,
  province = 'LDLD-44',
): Promise<{ id: number; code: string; phone: string }> {
  const { rows } = await t.db.pool.query<{ id: number; code: string; phone: string }>(
    `SELECT v.id, v.code, v.phone FROM welfare_vouchers v JOIN org_units u ON u.id = v.unit_id, org_units top
      WHERE v.programme_id = $1 AND top.code = $2 AND u.path <@ top.path AND v.redeemed_at IS NULL
      ORDER BY v.id LIMIT 1`,
    [programmeId, province],
  );
  if (!rows[0]) throw new Error('no voucher: issue them first');
  return rows[0];
}

/** Codes for every beneficiary still without one, written directly (what the issue job does, without the job). */
export async function issueDirectly(t: TestApp, programmeId: number): Promise<void> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `SELECT n.id FROM welfare_nominations n WHERE n.programme_id = $1
        AND NOT EXISTS (SELECT 1 FROM welfare_vouchers v WHERE v.nomination_id = n.id)`,
    [programmeId],
  );
  await t.db.pool.query(
    `INSERT INTO welfare_vouchers (programme_id, nomination_id, unit_id, code, phone, value_vnd, valid_from, valid_to)
     SELECT n.programme_id, n.id, n.unit_id, x.code, n.phone, n.amount_vnd, p.handout_from, p.handout_to
       FROM unnest($1::bigint[], $2::text[]) AS x(id, code) JOIN welfare_nominations n ON n.id = x.id
       JOIN welfare_programmes p ON p.id = n.programme_id`,
    [rows.map((r) => r.id), rows.map(() => newVoucherCode())],
  );
}

/** A live shop link of the programme registered by a unit (by code; TLD: the owner). */
export async function shopFor(
  t: TestApp,
  programmeId: number,
  unitCode = 'TLD',
  name = 'Siêu thị Co.opmart Đông Hà',
): Promise<{ id: number; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO welfare_voucher_merchants (programme_id, unit_id, name, token_hash)
     SELECT $1, id, $2, $3 FROM org_units WHERE code = $4 RETURNING id`,
    [programmeId, name, shopTokenHash(token), unitCode],
  );
  return { id: rows[0]!.id, token };
}
