// SQL shared by the Union Home use cases.
import { AppError, type HomeStage } from '@congdoan/domain';
import type { Tx } from '../../../db/tx';

type Q = Pick<Tx, 'query'>;

/** Vietnamese names of the stages, for messages (the web app has its own labels). */
export const stageNamesVi: Record<HomeStage, string> = {
  application: 'Đề nghị hỗ trợ',
  survey: 'Khảo sát',
  approval: 'Phê duyệt',
  funding: 'Phân bổ kinh phí',
  ground_breaking: 'Khởi công',
  completion: 'Hoàn thành',
  handover: 'Bàn giao',
  final_cost: 'Quyết toán',
};

export type HomeRow = {
  id: number;
  programmeId: number;
  unitPath: string;
  stage: HomeStage;
  appliedOn: string;
  surveyedOn: string | null;
  approvedOn: string | null;
  approvedCostVnd: number | null;
  unionVnd: number | null;
  coFunders: { name: string; amountVnd: number }[];
  familyVnd: number | null;
  otherVnd: number | null;
  startedOn: string | null;
  completedOn: string | null;
  handedOn: string | null;
};

/** A house whose unit lies in `scopes` (locked for a change when asked), else WELFARE_HOME_NOT_FOUND. */
export async function homeFor(tx: Q, id: number, scopes: string[], lock = false): Promise<HomeRow> {
  const { rows } = await tx.query<HomeRow>(
    `SELECT h.id, h.programme_id AS "programmeId", u.path::text AS "unitPath", h.stage,
            h.applied_on AS "appliedOn", h.surveyed_on AS "surveyedOn", h.approved_on AS "approvedOn",
            h.approved_cost_vnd AS "approvedCostVnd", h.union_vnd AS "unionVnd", h.co_funders AS "coFunders",
            h.family_vnd AS "familyVnd", h.other_vnd AS "otherVnd", h.started_on AS "startedOn",
            h.completed_on AS "completedOn", h.handed_on AS "handedOn"
       FROM welfare_homes h JOIN org_units u ON u.id = h.unit_id
      WHERE h.id = $1 AND u.path <@ $2::ltree[] ${lock ? 'FOR UPDATE OF h' : ''}`,
    [id, scopes],
  );
  if (!rows[0]) throw new AppError('WELFARE_HOME_NOT_FOUND', { id });
  return rows[0];
}

/** The commune must belong to the province in the 2025 list; the point must lie in Vietnam's extent. */
export async function checkLocation(
  tx: Q,
  loc: { provinceCode: string; communeCode: string; latitude: number; longitude: number },
): Promise<void> {
  const { rows } = await tx.query(
    `SELECT 1 FROM admin_communes WHERE version = '2025-07-01' AND code = $1 AND province_code = $2`,
    [loc.communeCode, loc.provinceCode],
  );
  // Mainland, islands and the Hoàng Sa and Trường Sa archipelagos fit in this box.
  const inVietnam = loc.latitude >= 8 && loc.latitude <= 23.5 && loc.longitude >= 102 && loc.longitude <= 117.5;
  if (!rows[0] || !inVietnam) throw new AppError('WELFARE_HOME_LOCATION_INVALID');
}

/** An event the actor may read (ground-breaking, handover ceremony), else WELFARE_EVENT_NOT_FOUND. */
export async function checkEvent(tx: Q, eventId: number | null | undefined, scopes: string[]): Promise<void> {
  if (!eventId) return;
  const { rows } = await tx.query(
    'SELECT 1 FROM events e JOIN org_units u ON u.id = e.unit_id WHERE e.id = $1 AND u.path <@ $2::ltree[]',
    [eventId, scopes],
  );
  if (!rows[0]) throw new AppError('WELFARE_EVENT_NOT_FOUND', { id: eventId });
}
