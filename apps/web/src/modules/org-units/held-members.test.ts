import { describe, expect, it } from 'vitest';
import { heldMembers } from './held-members';

describe('heldMembers', () => {
  it("gives a grassroots union's own members, even none", () => {
    expect(heldMembers({ kind: 'grassroots_union', memberCount: 27 })).toBe(27);
    expect(heldMembers({ kind: 'grassroots_union', memberCount: 0 })).toBe(0);
  });
  it('gives no figure for a province or a commune union, whose own count (0) is not its members', () => {
    expect(heldMembers({ kind: 'provincial_federation', memberCount: 0 })).toBeNull();
    expect(heldMembers({ kind: 'upper_union', memberCount: 0 })).toBeNull();
  });
});
