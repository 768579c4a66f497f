import { App, Button, Popconfirm } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { resetPassword, userKeys } from './users.api';

interface Props {
  user: UserSummary;
  onReset: (user: UserSummary, temporaryPassword: string) => void;
}

export function ResetPasswordButton({ user, onReset }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => resetPassword(user.id),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      onReset(user, result.temporaryPassword);
    },
    onError: (error) => void message.error(errorText(error)),
  });

  return (
    <Popconfirm
      title={t('users.reset.confirmTitle')}
      description={t('users.reset.confirmText', { name: user.displayName })}
      okText={t('users.reset.submit')}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        mutation.mutateAsync().then(
          () => undefined,
          () => undefined,
        )
      }
    >
      <Button size="small" icon={<KeyOutlined />} loading={mutation.isPending}>
        {t('users.reset.button')}
      </Button>
    </Popconfirm>
  );
}
