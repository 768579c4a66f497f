import { useMemo, useState } from 'react';
import { Alert, App, DatePicker, Empty, Flex, Skeleton, Tree, Typography, type TreeDataNode } from 'antd';
import type { OrgUnit } from '@congdoan/domain';
import type { Dayjs } from 'dayjs';
import { useMatch, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { UnitBadges } from './UnitBadges';
import { UnitSearch } from './UnitSearch';
import { useLazyUnits } from './use-lazy-units';

function toNodes(units: OrgUnit[], children: Record<number, OrgUnit[]>): TreeDataNode[] {
  return units.map((unit) => {
    const loaded = children[unit.id];
    return {
      key: String(unit.id),
      title: (
        <span
          title={`${unit.code} — ${unit.name}`}
          style={unit.closedOn ? { color: '#595959', fontStyle: 'italic' } : undefined}
        >
          <span>{unit.name}</span>
          <UnitBadges unit={unit} />
        </span>
      ),
      isLeaf: unit.childCount === 0 && (loaded === undefined || loaded.length === 0),
      children: loaded ? toNodes(loaded, children) : undefined,
    };
  });
}

/** The sider's tree: search, an optional "as of" date, roots first, children fetched when opened. */
export function OrgTree() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const match = useMatch('/units/:id');
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const asOfIso = asOf?.format('YYYY-MM-DD');
  const { roots, children, loadChildren } = useLazyUnits(asOfIso);
  const treeData = useMemo(() => toNodes(roots.data ?? [], children), [roots.data, children]);

  if (roots.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (roots.isError) return <Alert type="error" showIcon title={errorText(roots.error)} />;
  if (roots.data.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgUnits.noRoots')} />;

  return (
    <Flex vertical gap={8} data-testid="org-tree">
      <UnitSearch />
      <DatePicker
        value={asOf}
        onChange={setAsOf}
        format="DD/MM/YYYY"
        placeholder={t('orgTree.asOf.label')}
        aria-label={t('orgTree.asOf.label')}
        style={{ width: '100%' }}
        data-testid="tree-as-of"
      />
      {asOf && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('orgTree.asOf.viewing', { date: asOf.format('DD/MM/YYYY') })}
        </Typography.Text>
      )}
      <Tree
        key={asOfIso ?? 'today'}
        blockNode
        showLine
        treeData={treeData}
        defaultExpandedKeys={roots.data.map((unit) => String(unit.id))}
        selectedKeys={match?.params.id ? [match.params.id] : []}
        loadData={async (node) => {
          try {
            await loadChildren(Number(node.key));
          } catch (error) {
            void message.error(errorText(error));
          }
        }}
        onSelect={(_, info) => void navigate(`/units/${String(info.node.key)}`)}
      />
    </Flex>
  );
}
