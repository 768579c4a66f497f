import { Navigate, Outlet, useLocation } from 'react-router';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { FullPageSpinner } from '../../ui/FullPageSpinner';
import { CurrentUserContext } from './current-user';
import { ForcedChangePasswordPage } from './ForcedChangePasswordPage';
import { useMe } from './use-me';

export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <FullPageSpinner />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('errors.loadFailed')}
        subTitle={errorText(me.error)}
        extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me.data) {
    const next = location.pathname + location.search;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return (
    <CurrentUserContext value={me.data}>
      {me.data.mustChangePassword ? <ForcedChangePasswordPage /> : <Outlet />}
    </CurrentUserContext>
  );
}
