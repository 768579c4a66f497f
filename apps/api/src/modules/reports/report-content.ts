import {
  formatMoneyVN,
  formatNumberVN,
  Permission,
  reportStatusWords,
  type ReportStatus,
  type ReportView,
} from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import type { Ctx } from '../../context/context';
import { auditEvent } from '../../db/tx';
import { computeIndicators } from './indicators/compute';
import { getReport } from './get-report';
import { assignmentFor, formById, formIndicators } from './reports.queries';

export type Figure = ReportView['sections'][number]['figures'][number];

/** A figure as the documents write it: 1.544; 25.000.000 đ; 8,3 %. The screen uses the same formatters. */
export const figureText = (unit: Figure['unit'], value: number | null | undefined): string =>
  value == null
    ? '—'
    : unit === 'vnd'
      ? formatMoneyVN(value)
      : unit === 'percent'
        ? `${formatNumberVN(value)} %`
        : formatNumberVN(value);

/** "Báo cáo kết quả hoạt động công đoàn quý" + "Quý III năm 2026" → "Kết quả hoạt động công đoàn quý III năm 2026". */
export function reportSummary(formName: string, periodLabel: string): string {
  const name = formName.replace(/^báo cáo\s+/i, '');
  const head = name.charAt(0).toUpperCase() + name.slice(1);
  const [first, ...rest] = periodLabel.split(/\s+/);
  const last = head.split(/\s+/).pop() ?? '';
  return last.toLowerCase() === (first ?? '').toLowerCase()
    ? `${head} ${rest.join(' ')}`
    : `${head} ${periodLabel.charAt(0).toLowerCase()}${periodLabel.slice(1)}`;
}

/** A report's state in words, as the screen says it (one source: the domain). */
export const statusWords = (status: string): string => reportStatusWords.vi[status as ReportStatus] ?? status;

export type ChildRow = { unitId: number; unitName: string; status: string; values: Record<string, number | null> };

/**
 * Everything a report's .docx, .xlsx and PDF show, from one place: the unit's report as the screen shows it
 * (getReport) and one row per child unit (computed figures over each child's subtree as it stood in the
 * period, entered figures from the child's own report).
 */
export async function reportContent(ctx: Ctx, assignmentId: number, unitId: number) {
  const view = await getReport(ctx, assignmentId, unitId);
  const scopes = scopeFor(ctx.actor!, Permission.ReportRead);
  const children = await ctx.tx('report.read', async (tx) => {
    const a = await assignmentFor(tx, assignmentId, scopes);
    const form = await formById(tx, a.formId);
    const indicators = [...formIndicators(form).values()];
    const computed = await computeIndicators(
      tx,
      indicators.filter((i) => i.source === 'computed'),
      { rootUnitId: unitId, from: a.periodFrom, to: a.periodTo, byChild: true },
    );
    const { rows } = await tx.query<{
      unitId: number;
      unitName: string;
      status: string | null;
      entered: Record<string, number | null> | null;
    }>(
      `SELECT s.unit_id::int AS "unitId", u.name AS "unitName", r.status, r.entered
         FROM org_subtree_as_of($1, $2) s JOIN org_units u ON u.id = s.unit_id
         LEFT JOIN report_submissions r ON r.assignment_id = $3 AND r.unit_id = s.unit_id
        WHERE s.depth = 1 AND u.kind <> 'union_group' ORDER BY u.name, u.id`,
      [unitId, a.periodTo, a.id],
    );
    return rows.map((c): ChildRow => ({
      unitId: c.unitId,
      unitName: c.unitName,
      status: c.status ?? 'not_started',
      values: Object.fromEntries(
        indicators.map((i) => [
          i.key,
          i.source === 'computed' ? (computed.byGroup.get(c.unitId)?.[i.key] ?? 0) : (c.entered?.[i.key] ?? null),
        ]),
      ),
    }));
  });
  return { view, children, summary: reportSummary(view.form.name, view.periodLabel) };
}

export const fileBase = (view: ReportView) =>
  `bao-cao-${view.form.code}-${view.periodFrom}-${view.unit.id}`.replace(/[^a-z0-9-]/gi, '-');

/** Every download of a report is an export of the unit's figures: logged. */
export async function logReportExport(ctx: Ctx, view: ReportView, format: string) {
  await ctx.tx('report.export', (tx) =>
    auditEvent(tx, {
      action: 'report.export',
      entityType: 'report_assignments',
      entityId: view.assignmentId,
      data: { unitId: view.unit.id, format },
    }),
  );
}
