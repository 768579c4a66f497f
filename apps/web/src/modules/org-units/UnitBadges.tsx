import { Tag } from 'antd';
import type { OrgUnit } from '@congdoan/domain';
import { formatDateVN, formatNumberVN } from '@congdoan/domain';
import { useTranslation } from 'react-i18next';
import { heldMembers } from './held-members';

const kindColor: Record<string, string> = {
  confederation: 'red',
  provincial_federation: 'volcano',
  central_industry_union: 'orange',
  corporation_union: 'gold',
  upper_union: 'blue',
  grassroots_union: 'green',
  union_group: 'default',
};

const small = { fontSize: 11, lineHeight: '16px', marginInlineEnd: 4 };

/**
 * Kind (or subkind), members and a closed mark, small enough for tree rows. Members: an upper unit's
 * whole subtree (when the list gives it), else a grassroots union's own members; an upper unit's own
 * count (always 0) is never shown.
 */
export function UnitBadges({
  unit,
}: {
  unit: Pick<OrgUnit, 'kind' | 'subkind' | 'memberCount' | 'subtreeMemberCount' | 'closedOn'>;
}) {
  const { t } = useTranslation();
  const held = heldMembers(unit);
  const subtree = held === null ? (unit.subtreeMemberCount ?? null) : null;
  const label = unit.subkind ? t(`orgTree.subkinds.${unit.subkind}`) : t(`unitKinds.${unit.kind}`);
  return (
    <span style={{ marginLeft: 6 }}>
      <Tag color={kindColor[unit.kind]} style={{ fontSize: 11, lineHeight: '16px', marginInlineEnd: 4 }}>
        {label}
      </Tag>
      {held !== null && (
        <Tag style={small} data-testid="held-members">
          {t('orgTree.members', { n: formatNumberVN(held) })}
        </Tag>
      )}
      {subtree !== null && (
        <Tag
          style={small}
          color="geekblue"
          title={t('orgTree.subtreeMembersTitle', { n: formatNumberVN(subtree) })}
          data-testid="subtree-members"
        >
          {t('orgTree.members', { n: formatNumberVN(subtree) })}
        </Tag>
      )}
      {unit.closedOn && (
        <Tag color="default" style={{ fontSize: 11, lineHeight: '16px' }} data-testid="closed-badge">
          {t('orgTree.closed', { date: formatDateVN(unit.closedOn) })}
        </Tag>
      )}
    </span>
  );
}
