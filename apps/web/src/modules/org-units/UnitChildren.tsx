import { Card, Table, Tag } from 'antd';
import { formatNumberVN, type OrgUnit } from '@congdoan/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { heldMembers } from './held-members';
import { fetchChildren, fetchChildrenMembers, orgKeys } from './org-units.api';

export function UnitChildren({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const children = useQuery({
    queryKey: orgKeys.children(unitId),
    queryFn: () => fetchChildren(unitId),
    staleTime: 5 * 60_000,
  });
  const members = useQuery({
    queryKey: orgKeys.childrenMembers(unitId),
    queryFn: () => fetchChildrenMembers(unitId),
    staleTime: 5 * 60_000,
  });
  return (
    <Card title={t('orgUnits.children')} size="small">
      <Table<OrgUnit>
        rowKey="id"
        size="small"
        loading={children.isPending}
        dataSource={children.data ?? []}
        locale={children.isError ? { emptyText: errorText(children.error) } : undefined}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { key: 'code', title: t('orgUnits.fields.code'), dataIndex: 'code', width: 160 },
          {
            key: 'name',
            title: t('orgUnits.fields.name'),
            render: (_, unit) => <Link to={`/units/${unit.id}`}>{unit.name}</Link>,
          },
          {
            key: 'kind',
            title: t('orgUnits.fields.kind'),
            render: (_, unit) => <Tag>{t(`unitKinds.${unit.kind}`)}</Tag>,
          },
          {
            key: 'childCount',
            title: t('orgUnits.fields.childCount'),
            align: 'right',
            width: 140,
            render: (_, unit) => formatNumberVN(unit.childCount),
          },
          // Active members of each child's whole subtree (rollups): a commune union's grassroots unions'
          // members, a grassroots union's own. Never an upper union's own count, which is always 0.
          {
            key: 'members',
            title: t('orgUnits.fields.memberCount'),
            align: 'right',
            width: 140,
            render: (_, unit) => {
              const n = members.data?.get(unit.id) ?? heldMembers(unit);
              return n === null ? '—' : <span data-testid="child-members">{formatNumberVN(n)}</span>;
            },
          },
        ]}
      />
    </Card>
  );
}
