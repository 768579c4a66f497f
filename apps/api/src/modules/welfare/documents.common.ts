// Shared by the programme's documents (decision, signature list, summary): what they list, how files are named,
// and the audit row every export leaves.
import { foldVietnamese, formatNumberVN } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { auditEvent } from '../../db/tx';
import { beneficiaries, figureScope, programmeHeading, programmeSpending, type Beneficiary } from './programme-figures';

export const vnd = (v: number) => formatNumberVN(v);

/** Everything a document of the programme needs, read once through programme-figures.ts. */
export async function documentData(ctx: Ctx, programmeId: number, unitId?: number) {
  const { programme, scope } = await figureScope(ctx, programmeId, unitId);
  const heading = await programmeHeading(ctx.pool, programmeId);
  const list: Beneficiary[] = await beneficiaries(ctx.pool, programme, scope);
  const spending = await programmeSpending(ctx.pool, programme, scope);
  const { rows } = unitId
    ? await ctx.pool.query<{ name: string }>('SELECT name FROM org_units WHERE id = $1', [unitId])
    : { rows: [] };
  return { programme, heading, list, spending, unitName: rows[0]?.name ?? null };
}
export type DocumentData = Awaited<ReturnType<typeof documentData>>;

/** "ds-ky-nhan-12-qua-tet-binh-ngo-2026.docx": ASCII, so every mail client keeps it. */
export function fileName(prefix: string, programmeId: number, name: string, ext: string): string {
  const slug = foldVietnamese(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${prefix}-${programmeId}-${slug}.${ext}`;
}

/** One audit row per export, naming the document and the format (exports of personal lists are logged). */
export async function logExport(ctx: Ctx, programmeId: number, document: string, format: string, unitId?: number) {
  await ctx.tx('welfare_programme.export', (tx) =>
    auditEvent(tx, {
      action: 'welfare_programme.export',
      entityType: 'welfare_programmes',
      entityId: programmeId,
      data: { document, format, unitId: unitId ?? null },
    }),
  );
}
