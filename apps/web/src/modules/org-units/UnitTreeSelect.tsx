import { useMemo, useState, type ReactNode } from 'react';
import { App, TreeSelect, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { OrgUnit, UnitSearchHit } from '@congdoan/domain';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { useDebounced } from '../../ui/use-debounced';
import { fetchUnit, orgKeys, searchUnits } from './org-units.api';
import { useLazyUnits } from './use-lazy-units';

interface SimpleNode {
  id: number;
  pId: number | null;
  value: number;
  title: ReactNode;
  /** Plain name shown in the box once chosen. */
  label: string;
  isLeaf: boolean;
}

function flatten(roots: OrgUnit[], children: Record<number, OrgUnit[]>, includeClosed: boolean): SimpleNode[] {
  const nodes: SimpleNode[] = [];
  const visit = (units: OrgUnit[], parent: number | null) => {
    for (const unit of units) {
      if (unit.closedOn && !includeClosed) continue;
      nodes.push({
        id: unit.id,
        pId: parent,
        value: unit.id,
        title: unit.name,
        label: unit.name,
        isLeaf: unit.childCount === 0,
      });
      const loaded = children[unit.id];
      if (loaded) visit(loaded, unit.id);
    }
  };
  visit(roots, null);
  return nodes;
}

/** A search hit as a flat option: its name, then code and path (province › commune union › …). */
function hitNode(hit: UnitSearchHit): SimpleNode {
  return {
    id: hit.id,
    pId: null,
    value: hit.id,
    label: hit.name,
    isLeaf: true,
    title: (
      <div data-testid="unit-picker-option">
        <div>{hit.name}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
          {[hit.code, hit.ancestors.join(' › ')].filter(Boolean).join(' · ')}
        </Typography.Text>
      </div>
    ),
  };
}

interface Props {
  value?: number;
  onChange?: (value: number) => void;
  id?: string;
  /** Offer closed units too (history, reports); forms that create or move something leave them out. */
  includeClosed?: boolean;
  /** A name for a picker whose form field has no visible label. */
  'aria-label'?: string;
  /** An optional field: a clear button that calls this (the value becomes "no unit"). */
  onClear?: () => void;
}

/**
 * The one unit picker of every form: type part of a name (without diacritics) or a code to search the
 * whole scope, each hit shown with its path; or open the tree level by level. Works inside Form.Item.
 */
export function UnitTreeSelect({
  value,
  onChange,
  id,
  includeClosed = false,
  'aria-label': ariaLabel,
  onClear,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { roots, children, loadChildren } = useLazyUnits();
  const [typed, setTyped] = useState('');
  const term = useDebounced(typed.trim());
  const searching = term.length >= 2;
  const hits = useQuery({
    queryKey: orgKeys.search(term, !includeClosed),
    queryFn: () => searchUnits(term, !includeClosed),
    enabled: searching,
    staleTime: 30_000,
  });
  // Names of units chosen from a search, which the lazy tree may not hold.
  const [picked, setPicked] = useState<Record<number, string>>({});
  const tree = useMemo(() => flatten(roots.data ?? [], children, includeClosed), [roots.data, children, includeClosed]);
  const treeData = searching ? (hits.data ?? []).map(hitNode) : tree;
  const known = value === undefined ? undefined : (picked[value] ?? tree.find((n) => n.id === value)?.label);
  // a value set from outside (URL, saved record) that is not in the opened tree: ask for its name
  const unit = useQuery({
    queryKey: orgKeys.unit(value ?? 0),
    queryFn: () => fetchUnit(value!),
    enabled: value !== undefined && known === undefined,
    staleTime: 5 * 60_000,
  });
  const label = known ?? unit.data?.name ?? '…';

  return (
    <TreeSelect<{ value: number; label: ReactNode }>
      id={id}
      labelInValue
      value={value === undefined || value === null ? undefined : { value, label }}
      allowClear={!!onClear}
      onChange={(next) => {
        if (!next) return onClear?.();
        const hit = hits.data?.find((h) => h.id === next.value);
        if (hit) setPicked((p) => ({ ...p, [hit.id]: hit.name }));
        setTyped('');
        onChange?.(next.value);
      }}
      treeDataSimpleMode
      treeData={treeData}
      treeNodeLabelProp="label"
      loading={roots.isPending || hits.isFetching}
      placeholder={t('orgUnits.pickUnit')}
      // Inside a form the field's own label (`id` from Form.Item) names it; alone it needs a name of its own.
      aria-label={ariaLabel ?? (id ? undefined : t('orgUnits.pickUnit'))}
      showSearch={{ searchValue: typed, onSearch: setTyped, filterTreeNode: false, autoClearSearchValue: true }}
      notFoundContent={searching && !hits.isFetching ? t('orgTree.search.empty') : null}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      data-testid="unit-picker"
      loadData={async (node) => {
        if (searching) return;
        try {
          await loadChildren(Number(node.value));
        } catch (error) {
          void message.error(errorText(error));
        }
      }}
    />
  );
}
