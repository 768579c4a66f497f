import { z } from 'zod';
import { Permission, reportQuery, todayVN } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../../context/context';
import { auditEvent } from '../../../db/tx';
import { unitPathIn } from '../petitions.queries';
import { petitionReport } from './petition-report';
import { reportRows } from './report-rows';
import { reportDocx } from './report-docx';
import { reportXlsx } from './report-xlsx';
import { reportPdf } from './report-pdf';

export const reportDownloadQuery = reportQuery.extend({ unitId: z.coerce.number().int().positive() });

const contentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** "Liên đoàn Lao động tỉnh Quảng Trị" → "Quảng Trị": the place printed before the date. */
const placeOf = (name: string) => /(?:tỉnh|thành phố|xã|phường)\s+(.+)$/i.exec(name)?.[1] ?? name;

/**
 * The petition summary of a unit as .xlsx, as a .docx in the Nghị định 30 layout, or as a PDF of that document;
 * the export is audited.
 */
export async function exportPetitionReport(
  ctx: Ctx,
  kind: 'xlsx' | 'docx' | 'pdf',
  q: z.infer<typeof reportDownloadQuery>,
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const unit = await unitPathIn(ctx, requireActor(ctx), q.unitId, Permission.PetitionRead);
  const [report, rows] = await Promise.all([petitionReport(ctx, q), reportRows(ctx, q)]);
  const { rows: parent } = await ctx.pool.query<{ name: string }>('SELECT name FROM org_units WHERE id = $1', [
    unit.parentId ?? 0,
  ]);
  const document = {
    unitName: unit.name,
    parentName: parent[0]?.name ?? null,
    place: q.place ?? placeOf(unit.name),
    date: q.date ?? todayVN(ctx.now()),
    report,
    rows,
  };
  const body =
    kind === 'xlsx'
      ? await reportXlsx(report, rows)
      : kind === 'pdf'
        ? await reportPdf(document)
        : await reportDocx(document);
  await ctx.tx('petition.report.export', (tx) =>
    auditEvent(tx, {
      action: 'petition.report.export',
      entityType: 'org_units',
      entityId: q.unitId,
      data: { kind, rows: rows.length },
    }),
  );
  return { fileName: `bao-cao-kien-nghi.${kind}`, contentType: contentTypes[kind], body };
}
