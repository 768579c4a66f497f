import { todayVN } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import type { HomeEntry } from '../declaration';

/** Home page: the official's tasks overdue, and due within a week. */
export async function briefingsHome(ctx: Ctx): Promise<HomeEntry[]> {
  const actor = requireActor(ctx);
  const { rows } = await ctx.pool.query<{ overdue: number; soon: number }>(
    `SELECT count(*) FILTER (WHERE deadline < $1::date)::int AS overdue,
            count(*) FILTER (WHERE deadline >= $1::date AND deadline <= $1::date + 7)::int AS soon
       FROM tasks WHERE status <> 'done' AND (owner_user_id = $2 OR unit_id = ANY($3::bigint[]))`,
    [todayVN(ctx.now()), actor.userId, [...new Set(actor.grants.map((g) => g.unitId))]],
  );
  return [
    { key: 'briefings.home.overdue', count: rows[0]!.overdue, link: '/tasks', tone: 'urgent' },
    { key: 'briefings.home.soon', count: rows[0]!.soon, link: '/tasks', tone: 'todo' },
  ];
}
