import { Alert, Empty } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { FullPageSpinner } from '../../ui/FullPageSpinner';
import { fetchRoots, orgKeys } from './org-units.api';

/** "/" opens the first unit the person works on. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const roots = useQuery({ queryKey: orgKeys.roots, queryFn: fetchRoots, staleTime: 5 * 60_000 });
  if (roots.isPending) return <FullPageSpinner />;
  if (roots.isError) return <Alert type="error" showIcon title={errorText(roots.error)} />;
  const first = roots.data[0];
  if (!first) return <Empty description={t('orgUnits.noRoots')} />;
  return <Navigate to={`/units/${first.id}`} replace />;
}
