import { z } from 'zod';
import { Permission, reportQuery, todayVN } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../../context/context';
import { auditEvent } from '../../../db/tx';
import { documentIssuer } from '../../../kit/documents';
import { unitPathIn } from '../petitions.queries';
import { petitionReport } from './petition-report';
import { reportRows } from './report-rows';
import { reportDocx } from './report-docx';
import { reportXlsx } from './report-xlsx';

export const reportDownloadQuery = reportQuery.extend({ unitId: z.coerce.number().int().positive() });

const contentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

async function docx(
  ctx: Ctx,
  q: z.infer<typeof reportDownloadQuery>,
  report: Awaited<ReturnType<typeof petitionReport>>,
  rows: Awaited<ReturnType<typeof reportRows>>,
): Promise<Buffer> {
  const date = q.date ?? todayVN(ctx.now());
  const { issuer, signature } = await documentIssuer(ctx, q.unitId, date);
  return reportDocx({ issuer: q.place ? { ...issuer, place: q.place } : issuer, signature, date, report, rows });
}

/** The petition summary of a unit as .xlsx or as a .docx in the Nghị định 30 layout; the export is audited. */
export async function exportPetitionReport(
  ctx: Ctx,
  kind: 'xlsx' | 'docx',
  q: z.infer<typeof reportDownloadQuery>,
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  await unitPathIn(ctx, requireActor(ctx), q.unitId, Permission.PetitionRead);
  const [report, rows] = await Promise.all([petitionReport(ctx, q), reportRows(ctx, q)]);
  const body = kind === 'xlsx' ? await reportXlsx(report, rows) : await docx(ctx, q, report, rows);
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
