import { App, Flex, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RoleGrant, UserSummary } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { grantableRoles } from './grantable-roles';
import { revokeRole, userKeys } from './users.api';

const roleColors: Record<string, string> = {
  system_admin: 'red',
  federation_admin: 'volcano',
  officer: 'blue',
  viewer: 'default',
  auditor: 'purple',
};

/** A user's role grants; each closable tag revokes its grant after a confirmation. */
export function UserRoleTags({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const grantable = grantableRoles(me);
  const mutation = useMutation({
    mutationFn: (grant: RoleGrant) => revokeRole(user.id, grant.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      void message.success(t('users.revoke.done'));
    },
    onError: (error) => void message.error(errorText(error)),
  });

  const confirmRevoke = (grant: RoleGrant) => {
    void modal.confirm({
      title: t('users.revoke.confirmTitle'),
      content: t('users.revoke.confirmText', {
        role: t(`roles.${grant.role}`),
        unit: grant.unitName,
        name: user.displayName,
      }),
      okText: t('users.revoke.submit'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        mutation.mutateAsync(grant).then(
          () => undefined,
          () => undefined,
        ),
    });
  };

  if (user.roles.length === 0) return <Typography.Text type="secondary">{t('users.noRoles')}</Typography.Text>;
  return (
    <Flex vertical gap={4} align="flex-start">
      {user.roles.map((grant) => (
        <Tag
          key={grant.id}
          color={roleColors[grant.role]}
          closable={grantable.includes(grant.role) && user.id !== me.id}
          onClose={(event) => {
            event.preventDefault();
            confirmRevoke(grant);
          }}
          title={`${grant.unitCode} — ${grant.unitName}`}
          style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}
        >
          {t(`roles.${grant.role}`)} · {grant.unitName}
        </Tag>
      ))}
    </Flex>
  );
}
