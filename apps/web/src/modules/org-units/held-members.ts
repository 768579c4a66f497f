import type { OrgUnit } from '@congdoan/domain';

/**
 * The members a unit holds itself, for the tree and the children table; null for a unit above the
 * grassroots. Only grassroots unions hold memberships, so an upper unit's own count is always 0 and
 * read beside its subtree figure (932 in the "Số liệu" card) it said the province had no members.
 */
export const heldMembers = (unit: Pick<OrgUnit, 'kind' | 'memberCount'>): number | null =>
  unit.kind === 'grassroots_union' ? unit.memberCount : null;
