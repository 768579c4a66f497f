import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { FullPageSpinner } from '../../ui/FullPageSpinner';
import { login, meKey } from './auth.api';
import { AuthScreen } from './AuthScreen';
import { formatWait, retryAfterOf, useCountdown } from './retry-after';
import { useMe } from './use-me';

interface LoginForm {
  login: string;
  password: string;
}

/**
 * Where a sign-in leads: the page that was asked for (same-app paths only, never another site), else the
 * official's home page, what waits for them.
 */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/home';
}

export function LoginPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const me = useMe();
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      queryClient.setQueryData(meKey, user);
      void navigate(next, { replace: true });
    },
  });

  // After many failed sign-ins the server names a wait; count it down so people know when to try again.
  const wait = useCountdown(retryAfterOf(mutation.error), mutation.submittedAt);

  if (me.isPending) return <FullPageSpinner />;
  if (me.data && !mutation.isPending) return <Navigate to={next} replace />;

  return (
    <AuthScreen title={t('auth.login.title')}>
      {mutation.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(mutation.error)}
          description={
            retryAfterOf(mutation.error) === null ? undefined : (
              <span data-testid="login-wait">
                {wait > 0 ? t('auth.login.waitLeft', { time: formatWait(wait) }) : t('auth.login.waitOver')}
              </span>
            )
          }
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      )}
      <Form<LoginForm>
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => mutation.mutate({ login: values.login.trim(), password: values.password })}
      >
        <Form.Item
          name="login"
          label={t('auth.login.login')}
          rules={[{ required: true, whitespace: true, message: t('auth.login.loginRequired') }]}
        >
          <Input
            prefix={<UserOutlined />}
            autoComplete="username"
            autoFocus
            size="large"
            maxLength={200}
            data-testid="login-username"
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.login.password')}
          rules={[{ required: true, message: t('auth.login.passwordRequired') }]}
        >
          <Input.Password
            prefix={<LockOutlined />}
            autoComplete="current-password"
            size="large"
            maxLength={200}
            data-testid="login-password"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={mutation.isPending}
          data-testid="login-submit"
        >
          {t('auth.login.submit')}
        </Button>
      </Form>
    </AuthScreen>
  );
}
