import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Permission, petitionReport as reportSchema, reportQuery } from '@congdoan/domain';
import { ctxOf } from '../../../http/request-ctx';
import { requireActor, type Ctx } from '../../../context/context';
import { auditEvent } from '../../../db/tx';
import { unitPathIn } from '../petitions.queries';
import { petitionReport } from './petition-report';
import { reportRows } from './report-rows';
import { reportDocx } from './report-docx';
import { reportXlsx } from './report-xlsx';

const downloadQuery = reportQuery.extend({ unitId: z.coerce.number().int().positive() });

/** Today in Vietnam as yyyy-mm-dd. */
const todayVN = () => new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);

/** "Liên đoàn Lao động tỉnh Quảng Trị" → "Quảng Trị": the place printed before the date. */
const placeOf = (name: string) => /(?:tỉnh|thành phố|xã|phường)\s+(.+)$/i.exec(name)?.[1] ?? name;

async function send(ctx: Ctx, reply: FastifyReply, kind: 'xlsx' | 'docx', q: z.infer<typeof downloadQuery>) {
  const unit = await unitPathIn(ctx, requireActor(ctx), q.unitId, Permission.PetitionRead);
  const [report, rows] = await Promise.all([petitionReport(ctx, q), reportRows(ctx, q)]);
  const { rows: parent } = await ctx.pool.query<{ name: string }>('SELECT name FROM org_units WHERE id = $1', [
    unit.parentId ?? 0,
  ]);
  const file =
    kind === 'xlsx'
      ? await reportXlsx(report, rows)
      : await reportDocx({
          unitName: unit.name,
          parentName: parent[0]?.name ?? null,
          place: q.place ?? placeOf(unit.name),
          date: q.date ?? todayVN(),
          report,
          rows,
        });
  await ctx.tx('petition.report.export', (tx) =>
    auditEvent(tx, {
      action: 'petition.report.export',
      entityType: 'org_units',
      entityId: q.unitId,
      data: { kind, rows: rows.length },
    }),
  );
  const name = `bao-cao-kien-nghi.${kind}`;
  return reply
    .header('Content-Disposition', `attachment; filename="${name}"`)
    .type(
      kind === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    .send(file);
}

export async function petitionReportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: Permission.PetitionRead };
  const tags = ['petition-reports'];
  r.get(
    '/api/petition-reports/summary',
    {
      config: read,
      schema: { tags, summary: 'Thống kê kiến nghị', querystring: reportQuery, response: { 200: reportSchema } },
    },
    async (request) => petitionReport(ctxOf(request), request.query),
  );
  r.get(
    '/api/petition-reports/summary.xlsx',
    { config: read, schema: { tags, summary: 'Xuất Excel', querystring: downloadQuery } },
    async (request, reply) => send(ctxOf(request), reply, 'xlsx', request.query),
  );
  r.get(
    '/api/petition-reports/summary.docx',
    {
      config: read,
      schema: { tags, summary: 'Báo cáo tổng hợp kiến nghị (.docx, Nghị định 30)', querystring: downloadQuery },
    },
    async (request, reply) => send(ctxOf(request), reply, 'docx', request.query),
  );
}
