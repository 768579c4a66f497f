import { z } from 'zod';
import { Permission, reportQuery, todayVN } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../../context/context';
import { auditEvent } from '../../../db/tx';
import { documentIssuer, nd30Docx } from '../../../kit/documents';
import { nd30Pdf } from '../../../kit/pdf';
import { unitPathIn } from '../petitions.queries';
import { petitionReport } from './petition-report';
import { reportRows } from './report-rows';
import { REPORT_TITLE, reportContent } from './report-document';
import { mediaType } from '../../../kit/media-types';
import { reportXlsx } from './report-xlsx';

export const reportDownloadQuery = reportQuery.extend({ unitId: z.coerce.number().int().positive() });

/** The issuer, its signature and the place from the document kit: the .docx and the PDF say the same. */
async function issuedBy(ctx: Ctx, q: z.infer<typeof reportDownloadQuery>) {
  const date = q.date ?? todayVN(ctx.now());
  const { issuer, signature } = await documentIssuer(ctx, q.unitId, date);
  return { issuer: q.place ? { ...issuer, place: q.place } : issuer, signature, date };
}

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
  let body: Buffer;
  if (kind === 'xlsx')
    body = await reportXlsx(report, rows, { unit: unit.name, title: REPORT_TITLE.toUpperCase(), date: ctx.now() });
  else {
    const content = reportContent({ ...(await issuedBy(ctx, q)), report, rows });
    body = kind === 'pdf' ? await nd30Pdf(content) : await nd30Docx(content);
  }
  await ctx.tx('petition.report.export', (tx) =>
    auditEvent(tx, {
      action: 'petition.report.export',
      entityType: 'org_units',
      entityId: q.unitId,
      data: { kind, rows: rows.length },
    }),
  );
  return { fileName: `bao-cao-kien-nghi.${kind}`, contentType: mediaType[kind], body };
}
