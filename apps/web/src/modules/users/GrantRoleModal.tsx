import { Alert, App, Form, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Role, UserSummary } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { grantableRoles } from './grantable-roles';
import { grantRole, userKeys } from './users.api';

interface Values {
  role: Role;
  unitId: number;
}

export function GrantRoleModal({ user, onClose }: { user: UserSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const mutation = useMutation({
    mutationFn: (values: Values & { userId: number }) =>
      grantRole(values.userId, { role: values.role, unitId: values.unitId }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      void message.success(t('users.grant.done'));
      onClose();
    },
  });

  return (
    <Modal
      open={user !== null}
      title={t('users.grant.title', { name: user?.displayName ?? '' })}
      okText={t('users.grant.submit')}
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
        preserve={false}
        onFinish={(values) => user && mutation.mutate({ ...values, userId: user.id })}
      >
        <Form.Item
          name="role"
          label={t('users.fields.role')}
          rules={[{ required: true, message: t('users.grant.roleRequired') }]}
        >
          <Select options={grantableRoles(me).map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('users.fields.unit')}
          extra={t('users.grant.unitHint')}
          rules={[{ required: true, message: t('users.grant.unitRequired') }]}
        >
          <UnitTreeSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
