import type { ReactNode } from 'react';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHasPermission } from './current-user';

export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { t } = useTranslation();
  const allowed = useHasPermission(permission);
  if (!allowed) return <Result status="403" title="403" subTitle={t('errors.forbiddenPage')} />;
  return children;
}
