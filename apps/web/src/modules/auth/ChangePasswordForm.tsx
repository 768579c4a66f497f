import { Alert, Button, Form, Input } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { changePassword } from './auth.api';
import { useCurrentUser } from './current-user';
import { passwordProblem } from './password-rules';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [form] = Form.useForm<PasswordForm>();
  const mutation = useMutation({ mutationFn: changePassword, onSuccess: onChanged });

  return (
    <Form<PasswordForm>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) =>
        mutation.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword })
      }
    >
      <Alert
        type="info"
        showIcon
        title={t('auth.password.policy', { min: PASSWORD_MIN_LENGTH })}
        style={{ marginBottom: 16 }}
      />
      {mutation.isError && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        name="currentPassword"
        label={t('auth.password.current')}
        rules={[{ required: true, message: t('auth.password.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" maxLength={200} data-testid="password-current" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.password.new')}
        dependencies={['currentPassword']}
        rules={[
          { required: true, message: t('auth.password.newRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (!value) return;
              const problem = passwordProblem(value, me.username);
              if (problem) throw new Error(t(`auth.password.problems.${problem}`, { min: PASSWORD_MIN_LENGTH }));
              if (value === getFieldValue('currentPassword')) throw new Error(t('auth.password.sameAsCurrent'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} data-testid="password-new" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('auth.password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('auth.password.mismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} data-testid="password-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={mutation.isPending} data-testid="password-submit">
        {t('auth.password.submit')}
      </Button>
    </Form>
  );
}
