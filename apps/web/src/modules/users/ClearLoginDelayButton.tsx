import { App, Button, Popconfirm } from 'antd';
import { UnlockOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { clearLoginThrottle } from './users.api';

/** Lets an account sign in at once after failed sign-ins made it wait (the API audits it). */
export function ClearLoginDelayButton({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: () => clearLoginThrottle(user.id),
    onSuccess: () => void message.success(t('users.clearDelay.done', { name: user.displayName })),
    onError: (error) => void message.error(errorText(error)),
  });

  return (
    <Popconfirm
      title={t('users.clearDelay.confirmTitle')}
      description={t('users.clearDelay.confirmText', { name: user.displayName })}
      okText={t('users.clearDelay.submit')}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        mutation.mutateAsync().then(
          () => undefined,
          () => undefined,
        )
      }
    >
      <Button size="small" icon={<UnlockOutlined />} loading={mutation.isPending} data-testid="clear-login-delay">
        {t('users.clearDelay.button')}
      </Button>
    </Popconfirm>
  );
}
