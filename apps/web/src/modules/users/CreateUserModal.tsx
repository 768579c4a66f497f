import { Alert, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Role, UserSummary } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { usernamePattern } from '@congdoan/domain/username';
import { grantableRoles } from './grantable-roles';
import { createUser, userKeys } from './users.api';

interface Values {
  username: string;
  displayName: string;
  email?: string;
  phone?: string;
  homeUnitId: number;
  role?: Role;
}

interface Props {
  open: boolean;
  defaultUnitId?: number;
  onClose: () => void;
  onCreated: (user: UserSummary, temporaryPassword: string) => void;
}

export function CreateUserModal({ open, defaultUnitId, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const mutation = useMutation({
    mutationFn: createUser,
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      onCreated(result.user, result.temporaryPassword);
    },
  });

  const submit = (values: Values) =>
    mutation.mutate({
      username: values.username.trim().toLowerCase(),
      displayName: values.displayName.trim(),
      email: values.email?.trim() || null,
      phone: values.phone?.trim() || null,
      homeUnitId: values.homeUnitId,
      ...(values.role ? { role: values.role } : {}),
    });

  return (
    <Modal
      open={open}
      title={t('users.create.title')}
      okText={t('users.create.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => mutation.reset()}
      destroyOnHidden
    >
      {mutation.isError && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ homeUnitId: defaultUnitId }}
        onFinish={submit}
        preserve={false}
      >
        <Form.Item
          name="username"
          label={t('users.fields.username')}
          extra={t('users.create.usernameHint')}
          rules={[
            { required: true, message: t('users.create.usernameRequired') },
            {
              validator: async (_, value: string | undefined) => {
                if (value && !usernamePattern.test(value.trim().toLowerCase()))
                  throw new Error(t('users.create.usernameInvalid'));
              },
            },
          ]}
        >
          <Input autoComplete="off" maxLength={64} data-testid="user-username" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.fields.displayName')}
          rules={[{ required: true, whitespace: true, message: t('users.create.displayNameRequired') }]}
        >
          <Input maxLength={200} data-testid="user-display-name" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('users.fields.email')}
          rules={[{ type: 'email', message: t('users.create.emailInvalid') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('users.fields.phone')}
          rules={[{ pattern: /^0\d{9}$/, message: t('users.create.phoneInvalid') }]}
        >
          <Input maxLength={10} inputMode="tel" />
        </Form.Item>
        <Form.Item
          name="homeUnitId"
          label={t('users.fields.homeUnit')}
          rules={[{ required: true, message: t('users.create.homeUnitRequired') }]}
        >
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item name="role" label={t('users.create.initialRole')} extra={t('users.create.initialRoleHint')}>
          <Select
            allowClear
            placeholder={t('users.create.noRole')}
            aria-label={t('users.create.noRole')}
            options={grantableRoles(me).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
