import type { CampaignSummary } from '@congdoan/domain';

export type CampaignRow = CampaignSummary & { children?: CampaignRow[] };

/**
 * One row per plan: the highest copy the person sees heads its plan (a copy whose parent is not listed),
 * and every other copy of the same plan nests under it, instead of 13 identical titles side by side.
 * Keeps the list's order (newest plan first).
 */
export function groupCopies(items: CampaignSummary[]): CampaignRow[] {
  const ids = new Set(items.map((c) => c.id));
  const heads = items.filter((c) => c.parentId === null || !ids.has(c.parentId));
  const headOf = new Map<number, CampaignRow>();
  const rows: CampaignRow[] = [];
  for (const head of heads) {
    // two visible heads of one plan (copies in two separate scopes) each stay a row of their own
    const row: CampaignRow = { ...head };
    rows.push(row);
    if (!headOf.has(head.rootId)) headOf.set(head.rootId, row);
  }
  for (const c of items) {
    if (heads.includes(c)) continue;
    const head = headOf.get(c.rootId)!;
    (head.children ??= []).push(c);
  }
  return rows;
}
