import { z } from 'zod';
import { Permission, reportQuery, todayVN } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../../context/context';
import { auditEvent } from '../../../db/tx';
import { documentIssuer } from '../../../kit/documents';
import { unitPathIn } from '../petitions.queries';
import { petitionReport } from './petition-report';
import { reportRows } from './report-rows';
import { REPORT_TITLE, reportDocx } from './report-docx';
import { mediaType } from '../../../kit/media-types';
import { reportXlsx } from './report-xlsx';
import { reportPdf } from './report-pdf';

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
    const { issuer, signature, date } = await issuedBy(ctx, q);
    body =
      kind === 'pdf'
        ? await reportPdf({
            unitName: issuer.name,
            parentName: issuer.parentName,
            place: issuer.place,
            date,
            report,
            rows,
          })
        : await reportDocx({ issuer, signature, date, report, rows });
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
