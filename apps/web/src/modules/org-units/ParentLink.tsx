import { Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchRoots, fetchUnit, orgKeys } from './org-units.api';

/**
 * The parent's name as a link; a parent outside the person's scope is named but not opened. A unit
 * at the top of the person's tree (one of their roots) has its parent outside scope: it is not
 * asked for, so signing in below national level makes no request that must fail.
 */
export function ParentLink({ unitId, parentId }: { unitId: number; parentId: number }) {
  const { t } = useTranslation();
  const roots = useQuery({ queryKey: orgKeys.roots, queryFn: fetchRoots, staleTime: 5 * 60_000 });
  const outside = roots.data?.some((r) => r.id === unitId) ?? false;
  const parent = useQuery({
    queryKey: orgKeys.unit(parentId),
    queryFn: () => fetchUnit(parentId),
    retry: false,
    enabled: roots.isSuccess && !outside,
  });
  if (outside || parent.isError)
    return <Typography.Text type="secondary">{t('orgUnits.parentOutsideScope')}</Typography.Text>;
  if (!parent.data) return <Typography.Text type="secondary">…</Typography.Text>;
  return <Link to={`/units/${parent.data.id}`}>{parent.data.name}</Link>;
}
