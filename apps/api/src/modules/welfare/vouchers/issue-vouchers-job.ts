import { AppError, Permission } from '@congdoan/domain';
import { actorUserId, pathInScope, scopeFor } from '../../../context/actor';
import { requireActor } from '../../../context/context';
import type { JobHandler } from '../../jobs';
import { programmeFor } from '../welfare.queries';
import { beneficiaryPhoneSql, newVoucherCode, PHONE_RE_SQL } from './vouchers.queries';

const BATCH = 10_000;

/** Approved beneficiaries of the programme without a code, with a usable phone, after `$2` (keyset). */
const missingSql = `FROM welfare_nominations n JOIN welfare_programmes p ON p.id = n.programme_id
  LEFT JOIN persons pe ON pe.id = n.person_id
  WHERE n.programme_id = $1 AND n.status IN ('approved', 'handed_out')
    AND NOT EXISTS (SELECT 1 FROM welfare_vouchers v WHERE v.nomination_id = n.id)
    AND ${beneficiaryPhoneSql} ~ ${PHONE_RE_SQL}`;

type Missing = { id: number; unitId: number; phone: string; valueVnd: number };

/**
 * Issues the missing codes in batches of 10,000, each its own audited transaction (a crash keeps what was
 * committed; the rerun finds the rest). A code that collides with an existing one (or a nomination a parallel run
 * just served) is skipped by ON CONFLICT DO NOTHING and picked up by the next pass.
 */
export const issueVouchersJob: JobHandler = async (job, io) => {
  const actor = requireActor(io.ctx);
  const programmeId = Number(job.input.programmeId);
  const { validFrom, validTo } = job.input as { validFrom: string; validTo: string };
  // Grants may have changed since the job was queued.
  const p = await programmeFor(io.ctx.pool, programmeId, scopeFor(actor, Permission.WelfareRead));
  if (!pathInScope(p.ownerPath, scopeFor(actor, Permission.WelfareWrite))) throw new AppError('VOUCHER_NOT_OWNER');
  const count = async () =>
    (await io.ctx.pool.query<{ n: number }>(`SELECT count(*)::int AS n ${missingSql}`, [programmeId])).rows[0]!.n;
  const total = await count();
  await io.progress(0, total);
  let issued = 0;
  for (let pass = 0; pass < 3; pass++) {
    let after = 0;
    for (;;) {
      const { rows } = await io.ctx.pool.query<Missing>(
        `SELECT n.id, n.unit_id AS "unitId", ${beneficiaryPhoneSql} AS phone,
                coalesce(nullif(n.amount_vnd, 0), p.benefit_vnd) AS "valueVnd"
           ${missingSql} AND n.id > $2 ORDER BY n.id LIMIT ${BATCH}`,
        [programmeId, after],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.id;
      const usable = rows.filter((r) => r.valueVnd > 0);
      const inserted = await io.ctx.tx('welfare_voucher.issue', async (tx) => {
        const res = await tx.query(
          `INSERT INTO welfare_vouchers (programme_id, nomination_id, unit_id, code, phone, value_vnd, valid_from,
             valid_to, issued_by)
           SELECT $1, x.n, x.u, x.c, x.ph, x.v, $7, $8, $9
             FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::bigint[]) AS x(n, u, c, ph, v)
           ON CONFLICT DO NOTHING`,
          [
            programmeId,
            usable.map((r) => r.id),
            usable.map((r) => r.unitId),
            usable.map(() => newVoucherCode()),
            usable.map((r) => r.phone),
            usable.map((r) => r.valueVnd),
            validFrom,
            validTo,
            actorUserId(actor),
          ],
        );
        return res.rowCount ?? 0;
      });
      issued += inserted;
      await io.progress(Math.min(issued, total), total);
    }
    if ((await count()) === 0) break;
  }
  const { rows } = await io.ctx.pool.query<{ withoutPhone: number }>(
    `SELECT count(*)::int AS "withoutPhone" FROM welfare_nominations n LEFT JOIN persons pe ON pe.id = n.person_id
      WHERE n.programme_id = $1 AND n.status IN ('approved', 'handed_out')
        AND NOT EXISTS (SELECT 1 FROM welfare_vouchers v WHERE v.nomination_id = n.id)`,
    [programmeId],
  );
  await io.progress(total, total);
  return { issued, withoutCode: rows[0]!.withoutPhone };
};
