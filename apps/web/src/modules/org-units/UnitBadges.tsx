import { Tag } from 'antd';
import type { OrgUnit } from '@congdoan/domain';
import { formatDateVN } from '@congdoan/domain';
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

/** Kind (or subkind), a grassroots union's member count and a closed mark, small enough for tree rows. */
export function UnitBadges({ unit }: { unit: Pick<OrgUnit, 'kind' | 'subkind' | 'memberCount' | 'closedOn'> }) {
  const { t } = useTranslation();
  const held = heldMembers(unit);
  const label = unit.subkind ? t(`orgTree.subkinds.${unit.subkind}`) : t(`unitKinds.${unit.kind}`);
  return (
    <span style={{ marginLeft: 6 }}>
      <Tag color={kindColor[unit.kind]} style={{ fontSize: 11, lineHeight: '16px', marginInlineEnd: 4 }}>
        {label}
      </Tag>
      {held !== null && (
        <Tag style={{ fontSize: 11, lineHeight: '16px', marginInlineEnd: 4 }} data-testid="held-members">
          {t('orgTree.members', { count: held })}
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
