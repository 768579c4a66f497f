import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import type { Ctx } from '../../context/context';
import type { Indicator } from '../declaration';
import { unitTicketFigures } from './trips/ticket-figures';
import { voucherIndicatorList, voucherIndicators } from './vouchers/voucher-indicators';
import { homeIndicatorList, homeIndicatorsSql } from './homes/home-indicators';

export const welfareIndicatorList: readonly Indicator[] = [
  { key: 'welfare.beneficiaries', vi: 'Lượt người được hỗ trợ, chăm lo', en: 'People supported', unit: 'count' },
  { key: 'welfare.handed_out_vnd', vi: 'Số tiền hỗ trợ, chăm lo đã trao', en: 'VND handed out', unit: 'vnd' },
  { key: 'welfare.approved', vi: 'Đề nghị hỗ trợ được duyệt', en: 'Nominations approved', unit: 'count' },
  {
    key: 'welfare.tickets_allocated',
    vi: 'Vé về quê đón Tết được phân bổ',
    en: 'Tickets home allocated',
    unit: 'count',
  },
  {
    key: 'welfare.tickets_registered',
    vi: 'Vé về quê đón Tết đã đăng ký',
    en: 'Tickets home registered',
    unit: 'count',
  },
  {
    key: 'welfare.tickets_used',
    vi: 'Vé về quê đón Tết đã sử dụng (lên xe)',
    en: 'Tickets home used (boarded)',
    unit: 'count',
  },
  {
    key: 'welfare.applications',
    vi: 'Lượt đoàn viên tự đăng ký nhận hỗ trợ',
    en: "Members' own applications",
    unit: 'count',
  },
  ...voucherIndicatorList,
  ...homeIndicatorList,
];

/**
 * The welfare figures of a unit's subtree for a period (hand-out dates), the one place the periodic reports
 * read them. Counted where the nominating unit sits today.
 */
export async function welfareIndicators(
  ctx: Pick<Ctx, 'pool' | 'actor'>,
  unitId: number,
  period: { from: string; to: string },
): Promise<Record<string, number>> {
  // An official reads the figures of units in scope only; the system actor (jobs, reports) reads all.
  if (ctx.actor && ctx.actor.userId > 0) {
    const { rows } = await ctx.pool.query('SELECT 1 FROM org_units WHERE id = $1 AND path <@ $2::ltree[]', [
      unitId,
      scopeFor(ctx.actor, Permission.WelfareRead),
    ]);
    if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id: unitId });
  }
  type Homes = { homes_started: number; homes_completed: number; homes_handed_over: number; homes_cost_vnd: number };
  const { rows } = await ctx.pool.query<
    { people: number; vnd: number; approved: number; applications: number } & Homes
  >(
    `WITH sub AS (SELECT u.id FROM org_units u, org_units top WHERE top.id = $1 AND u.path <@ top.path)
     SELECT (SELECT count(*) FROM welfare_handouts h JOIN welfare_nominations n ON n.id = h.nomination_id
              WHERE n.unit_id IN (SELECT id FROM sub) AND h.handed_on BETWEEN $2 AND $3)::int AS people,
            (SELECT coalesce(sum(h.amount_vnd), 0)::bigint FROM welfare_handouts h JOIN welfare_nominations n ON n.id = h.nomination_id
              WHERE n.unit_id IN (SELECT id FROM sub) AND h.handed_on BETWEEN $2 AND $3) AS vnd,
            (SELECT count(*) FROM welfare_nominations n JOIN welfare_nomination_reviews r ON r.nomination_id = n.id
              JOIN welfare_programmes p ON p.id = n.programme_id
              WHERE n.unit_id IN (SELECT id FROM sub) AND r.decision = 'approved' AND r.level_unit_id = p.unit_id
                AND (r.decided_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2 AND $3)::int AS approved,
            (SELECT count(*) FROM welfare_nominations n
              WHERE n.unit_id IN (SELECT id FROM sub) AND n.source = 'application'
                AND (n.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2 AND $3)::int AS applications,
            ${homeIndicatorsSql}`,
    [unitId, period.from, period.to],
  );
  const r = rows[0]!;
  const tickets = await unitTicketFigures(ctx.pool, unitId, period);
  return {
    'welfare.beneficiaries': r.people,
    'welfare.handed_out_vnd': r.vnd,
    'welfare.approved': r.approved,
    'welfare.tickets_allocated': tickets.allocated,
    'welfare.tickets_registered': tickets.registered,
    'welfare.tickets_used': tickets.used,
    ...(await voucherIndicators(ctx.pool, unitId, period)),
    'welfare.applications': r.applications,
    'welfare.homes_started': r.homes_started,
    'welfare.homes_completed': r.homes_completed,
    'welfare.homes_handed_over': r.homes_handed_over,
    'welfare.homes_cost_vnd': r.homes_cost_vnd,
  };
}
