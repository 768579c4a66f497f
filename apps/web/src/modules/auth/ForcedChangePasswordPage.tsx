import { Alert, App, Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meKey } from './auth.api';
import { AuthScreen } from './AuthScreen';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useLogout } from './use-logout';

/** Shown instead of everything else while the account still has a temporary password. */
export function ForcedChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const logout = useLogout();

  return (
    <AuthScreen title={t('auth.password.title')}>
      <Alert type="warning" showIcon title={t('auth.password.forced')} style={{ marginBottom: 16 }} />
      <ChangePasswordForm
        onChanged={() => {
          void message.success(t('auth.password.changed'));
          void queryClient.invalidateQueries({ queryKey: meKey });
        }}
      />
      <Button type="link" block style={{ marginTop: 8 }} onClick={() => logout.mutate()} data-testid="logout">
        {t('auth.logout')}
      </Button>
    </AuthScreen>
  );
}
