import { AppError, Permission } from '@congdoan/domain';
import { actorUserId, pathInScope, scopeFor } from '../../../context/actor';
import { requireActor } from '../../../context/context';
import type { JobHandler } from '../../jobs';
import { programmeFor } from '../welfare.queries';
import { beneficiaryPhoneSql, newVoucherCode, PHONE_RE_SQL } from './vouchers.queries';

const BATCH = 10_000;

/** Approved beneficiaries of the programme without a code, with a usable phone. */
const missingSql = `FROM welfare_nominations n JOIN welfare_programmes p ON p.id = n.programme_id
  LEFT JOIN persons pe ON pe.id = n.person_id
  WHERE n.programme_id = $1 AND n.status IN ('approved', 'handed_out')
    AND NOT EXISTS (SELECT 1 FROM welfare_vouchers v WHERE v.nomination_id = n.id)
    AND ${beneficiaryPhoneSql} ~ ${PHONE_RE_SQL}`;

type Missing = { id: number; unitId: number; phone: string; valueVnd: number };

/**
 * Issues the missing codes in batches of 10,000, each its own audited transaction (a crash keeps what was
 * committed; the rerun finds the rest), two at a time on the job pool's connections. The beneficiaries still
 * missing a code are read once per pass, in one query (a keyset walk repeated per batch re-read the whole
 * programme each time when the planner misjudged the fresh rows: 130 s instead of 30). A code that collides with an
 * existing one, or a nomination a parallel run just served, is skipped by ON CONFLICT DO NOTHING and picked up by
 * the next pass.
 */
export const issueVouchersJob: JobHandler = async (job, io) => {
  const actor = requireActor(io.ctx);
  const programmeId = Number(job.input.programmeId);
  const { validFrom, validTo } = job.input as { validFrom: string; validTo: string };
  // Grants may have changed since the job was queued.
  const p = await programmeFor(io.ctx.pool, programmeId, scopeFor(actor, Permission.WelfareRead));
  if (!pathInScope(p.ownerPath, scopeFor(actor, Permission.WelfareWrite))) throw new AppError('VOUCHER_NOT_OWNER');
  const insert = (rows: Missing[]) =>
    io.ctx.tx('welfare_voucher.issue', async (tx) => {
      const res = await tx.query(
        `INSERT INTO welfare_vouchers (programme_id, nomination_id, unit_id, code, phone, value_vnd, valid_from,
           valid_to, issued_by)
         SELECT $1, x.n, x.u, x.c, x.ph, x.v, $7, $8, $9
           FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::bigint[]) AS x(n, u, c, ph, v)
         ON CONFLICT DO NOTHING`,
        [
          programmeId,
          rows.map((r) => r.id),
          rows.map((r) => r.unitId),
          rows.map(() => newVoucherCode()),
          rows.map((r) => r.phone),
          rows.map((r) => r.valueVnd),
          validFrom,
          validTo,
          actorUserId(actor),
        ],
      );
      return res.rowCount ?? 0;
    });
  let issued = 0;
  let total: number | null = null;
  for (let pass = 0; pass < 3; pass++) {
    const { rows } = await io.ctx.pool.query<Missing>(
      `SELECT n.id, n.unit_id AS "unitId", ${beneficiaryPhoneSql} AS phone,
              coalesce(nullif(n.amount_vnd, 0), p.benefit_vnd) AS "valueVnd"
         ${missingSql} ORDER BY n.id`,
      [programmeId],
    );
    total ??= rows.length;
    await io.progress(issued, total);
    const usable = rows.filter((r) => r.valueVnd > 0);
    if (usable.length === 0) break;
    let next = 0;
    const worker = async () => {
      while (next < usable.length) {
        const batch = usable.slice(next, (next += BATCH));
        const inserted = await insert(batch); // not `issued += await …`: that reads `issued` before the wait
        issued += inserted;
        await io.progress(Math.min(issued, total!), total!);
      }
    };
    await Promise.all([worker(), worker()]);
  }
  const { rows } = await io.ctx.pool.query<{ withoutCode: number }>(
    `SELECT count(*)::int AS "withoutCode" FROM welfare_nominations n
      WHERE n.programme_id = $1 AND n.status IN ('approved', 'handed_out')
        AND NOT EXISTS (SELECT 1 FROM welfare_vouchers v WHERE v.nomination_id = n.id)`,
    [programmeId],
  );
  await io.progress(total ?? 0, total ?? 0);
  return { issued, withoutCode: rows[0]!.withoutCode };
};
