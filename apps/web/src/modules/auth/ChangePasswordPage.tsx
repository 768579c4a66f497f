import { App, Card } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { meKey } from './auth.api';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  return (
    <Card title={t('auth.password.title')} style={{ maxWidth: 480 }}>
      <ChangePasswordForm
        onChanged={() => {
          void message.success(t('auth.password.changed'));
          void queryClient.invalidateQueries({ queryKey: meKey });
          void navigate('/');
        }}
      />
    </Card>
  );
}
