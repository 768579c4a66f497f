import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { actionLabel } from './audit-labels';

export function AuditActionTag({ action }: { action: string }) {
  const { t } = useTranslation();
  const color = action.startsWith('auth.login_failed') ? 'red' : action.startsWith('auth.') ? 'default' : 'blue';
  return (
    <Tag color={color} title={action}>
      {actionLabel(t, action)}
    </Tag>
  );
}
