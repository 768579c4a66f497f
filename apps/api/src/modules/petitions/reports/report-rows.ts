import type { Ctx } from '../../../context/context';
import { petitionFrom } from '../petitions.queries';
import { reportWhere, type ReportFilter } from './petition-report';

export type ReportRow = {
  id: number;
  topic: string;
  topicSort: number;
  title: string;
  content: string;
  status: string;
  unitName: string;
  originUnitName: string;
  addresseeName: string;
  affectedWorkers: number;
  unitCount: number;
  answerText: string | null;
  answeredBy: string | null;
  responsibleAgency: string | null;
  commitment: string | null;
  /** yyyy-mm-dd */
  commitmentDeadline: string | null;
  overdue: boolean;
  escalated: boolean;
};

/** Every petition of the report with its answer, ordered by topic — the rows of the .xlsx and .docx. */
export async function reportRows(ctx: Ctx, f: ReportFilter): Promise<ReportRow[]> {
  const { where, params } = await reportWhere(ctx, f);
  const { rows } = await ctx.pool.query<ReportRow>(
    `SELECT p.id, t.name AS topic, t.sort AS "topicSort", p.title, p.content, p.status, hu.name AS "unitName",
            ou.name AS "originUnitName", p.addressee_name AS "addresseeName", p.affected_workers AS "affectedWorkers",
            CASE WHEN p.is_consolidated THEN (SELECT count(DISTINCT c.origin_unit_id) FROM petitions c
                                              WHERE c.consolidated_into_id = p.id) ELSE 1 END::int AS "unitCount",
            p.answer_text AS "answerText", p.answered_by AS "answeredBy", p.responsible_agency AS "responsibleAgency",
            p.commitment, p.commitment_deadline::text AS "commitmentDeadline",
            (p.status NOT IN ('resolved', 'rejected') AND p.commitment_deadline < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
              IS TRUE AS overdue,
            p.escalation_level > 0 AS escalated
       FROM ${petitionFrom} WHERE ${where} ORDER BY t.sort, t.id, p.id`,
    params,
  );
  return rows;
}
