import { useMemo } from 'react';
import { App, TreeSelect } from 'antd';
import type { OrgUnit } from '@congdoan/domain';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { useLazyUnits } from './use-lazy-units';

interface SimpleNode {
  id: number;
  pId: number | null;
  value: number;
  title: string;
  isLeaf: boolean;
}

function flatten(roots: OrgUnit[], children: Record<number, OrgUnit[]>): SimpleNode[] {
  const nodes: SimpleNode[] = [];
  const visit = (units: OrgUnit[], parent: number | null) => {
    for (const unit of units) {
      nodes.push({ id: unit.id, pId: parent, value: unit.id, title: unit.name, isLeaf: unit.childCount === 0 });
      const loaded = children[unit.id];
      if (loaded) visit(loaded, unit.id);
    }
  };
  visit(roots, null);
  return nodes;
}

interface Props {
  value?: number;
  onChange?: (value: number) => void;
  id?: string;
}

/** Pick a unit from the person's own tree, loading each level when it is opened. Works inside Form.Item. */
export function UnitTreeSelect({ value, onChange, id }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { roots, children, loadChildren } = useLazyUnits();
  const treeData = useMemo(() => flatten(roots.data ?? [], children), [roots.data, children]);

  return (
    <TreeSelect<number>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      treeDataSimpleMode
      treeData={treeData}
      loading={roots.isPending}
      placeholder={t('orgUnits.pickUnit')}
      aria-label={t('orgUnits.pickUnit')}
      showSearch={{ treeNodeFilterProp: 'title' }}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      loadData={async (node) => {
        try {
          await loadChildren(Number(node.value));
        } catch (error) {
          void message.error(errorText(error));
        }
      }}
    />
  );
}
