import { describe, expect, it } from 'vitest';
import type { CampaignSummary } from '@congdoan/domain';
import { groupCopies } from './group-copies';

const copy = (id: number, parentId: number | null, rootId: number) =>
  ({ id, parentId, rootId, title: `Kế hoạch ${rootId}` }) as CampaignSummary;

describe('groupCopies', () => {
  it('nests every issued copy under its plan, one row per plan', () => {
    const items = [copy(10, null, 10), copy(11, 10, 10), copy(12, 10, 10), copy(13, 11, 10), copy(20, null, 20)];
    const rows = groupCopies(items);
    expect(rows.map((r) => r.id)).toEqual([10, 20]);
    expect(rows[0]!.children!.map((c) => c.id)).toEqual([11, 12, 13]);
    expect(rows[1]!.children).toBeUndefined();
  });

  it('heads the plan with the highest copy the person can see', () => {
    // a commune officer sees the commune copy and its grassroots copies, not the province plan
    const rows = groupCopies([copy(11, 10, 10), copy(13, 11, 10), copy(14, 11, 10)]);
    expect(rows.map((r) => r.id)).toEqual([11]);
    expect(rows[0]!.children!.map((c) => c.id)).toEqual([13, 14]);
  });
});
