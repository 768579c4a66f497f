import { useMemo } from 'react';
import { Alert, App, Empty, Skeleton, Tree, type TreeDataNode } from 'antd';
import type { OrgUnit } from '@congdoan/domain';
import { useMatch, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { useLazyUnits } from './use-lazy-units';

function toNodes(units: OrgUnit[], children: Record<number, OrgUnit[]>): TreeDataNode[] {
  return units.map((unit) => {
    const loaded = children[unit.id];
    return {
      key: String(unit.id),
      title: <span title={`${unit.code} — ${unit.name}`}>{unit.name}</span>,
      isLeaf: unit.childCount === 0,
      children: loaded ? toNodes(loaded, children) : undefined,
    };
  });
}

/** The sider's tree: roots first, children fetched when a node is opened. */
export function OrgTree() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const match = useMatch('/units/:id');
  const { roots, children, loadChildren } = useLazyUnits();
  const treeData = useMemo(() => toNodes(roots.data ?? [], children), [roots.data, children]);

  if (roots.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (roots.isError) return <Alert type="error" showIcon title={errorText(roots.error)} />;
  if (roots.data.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgUnits.noRoots')} />;

  return (
    <div data-testid="org-tree">
      <Tree
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
    </div>
  );
}
