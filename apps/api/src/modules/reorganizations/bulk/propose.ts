import { Permission } from '@congdoan/domain';
import type { Ctx } from '../../../context/context';
import { getUnit } from '../../org-units';

// Quote when needed; a leading = + - @ gets an apostrophe so a spreadsheet never runs it as a formula.
const csvCell = (raw: string) => {
  const v = /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

/**
 * A mapping file proposed from the old→new administrative mapping: each grassroots union located in a
 * pre-2025 commune goes to the commune union of the new commune that absorbed it ("full" match first);
 * missing commune unions are proposed as new units under `unitId`. The person reviews and uploads it.
 */
export async function proposeFromAdminMapping(ctx: Ctx, unitId: number): Promise<string> {
  const unit = await getUnit(ctx, unitId, Permission.OrgWrite);
  const { rows } = await ctx.pool.query<{
    code: string;
    new_code: string;
    new_name: string;
    target: string | null;
    parent: string;
  }>(
    `SELECT g.code, m.new_code, m.new_name,
            (SELECT t.code FROM org_units t WHERE t.subkind = 'commune_union' AND t.commune_code = m.new_code
                AND t.admin_version IN ('2025-07-01', '2026-04-30') AND t.closed_on IS NULL AND t.path <@ $1::ltree LIMIT 1) AS target,
            p.code AS parent
       FROM org_units g
       JOIN org_units p ON p.id = g.parent_id
       JOIN LATERAL (SELECT new_code, new_name FROM admin_commune_mapping
                      WHERE old_code = g.commune_code ORDER BY kind = 'full' DESC, new_code LIMIT 1) m ON true
      WHERE g.path <@ $1::ltree AND g.kind = 'grassroots_union' AND g.admin_version = 'pre-2025' AND g.closed_on IS NULL
      ORDER BY m.new_code, g.code`,
    [unit.path],
  );
  const lines = ['ma_don_vi,ma_cap_tren_moi,ten_moi,loai_moi'];
  const created = new Set<string>();
  for (const r of rows) {
    const target = r.target ?? `CDX-${r.new_code}`;
    if (!r.target && !created.has(target)) {
      created.add(target);
      const name = `Công đoàn ${r.new_name.replace(/^Xã/, 'xã').replace(/^Phường/, 'phường')}`;
      lines.push([target, unit.code, name, 'commune_union'].map(csvCell).join(','));
    }
    if (r.parent !== target) lines.push([r.code, target, '', ''].map(csvCell).join(','));
  }
  return '\uFEFF' + lines.join('\n') + '\n';
}
