import { Card, Table, Tag } from 'antd';
import type { OrgUnit } from '@congdoan/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { heldMembers } from './held-members';
import { fetchChildren, orgKeys } from './org-units.api';

export function UnitChildren({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const children = useQuery({
    queryKey: orgKeys.children(unitId),
    queryFn: () => fetchChildren(unitId),
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
            dataIndex: 'childCount',
            align: 'right',
            width: 140,
          },
          // Active members of the child itself (rollup), shown where children hold members (grassroots
          // unions); an upper union's own count is not its members, so it shows none.
          ...((children.data ?? []).some((c) => heldMembers(c) !== null)
            ? [
                {
                  key: 'memberCount',
                  title: t('orgUnits.fields.memberCount'),
                  align: 'right' as const,
                  width: 140,
                  render: (_: unknown, unit: OrgUnit) => heldMembers(unit) ?? '—',
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
