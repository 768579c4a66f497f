import { Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchUnit, orgKeys } from './org-units.api';

/** The parent's name as a link; a parent outside the person's scope is named but not opened. */
export function ParentLink({ parentId }: { parentId: number }) {
  const { t } = useTranslation();
  const parent = useQuery({ queryKey: orgKeys.unit(parentId), queryFn: () => fetchUnit(parentId), retry: false });
  if (parent.isPending) return <Typography.Text type="secondary">…</Typography.Text>;
  if (parent.isError) return <Typography.Text type="secondary">{t('orgUnits.parentOutsideScope')}</Typography.Text>;
  return <Link to={`/units/${parent.data.id}`}>{parent.data.name}</Link>;
}
