import { Button, Result, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isChunkLoadError, reloadOnceForNewVersion } from './chunk-reload';

/**
 * Shown instead of a page that failed: in Vietnamese, with a way back, never a developer page.
 * A page whose code can no longer be fetched (the app was updated while this tab was open) gets
 * one automatic reload; if that does not help, a clear message with a reload button.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const chunk = isChunkLoadError(error);
  const reloading = chunk && reloadOnceForNewVersion();
  useEffect(() => {
    if (!chunk) console.error(error);
  }, [chunk, error]);
  if (reloading) return null;
  return (
    <Result
      status={chunk ? 'info' : 'error'}
      title={t(chunk ? 'errors.newVersionTitle' : 'errors.pageFailedTitle')}
      subTitle={
        <Typography.Text type="secondary" data-testid="route-error">
          {t(chunk ? 'errors.newVersion' : 'errors.pageFailed')}
        </Typography.Text>
      }
      extra={[
        <Button key="reload" type="primary" data-testid="route-error-reload" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>,
        <Link key="home" to="/">
          <Button>{t('common.home')}</Button>
        </Link>,
      ]}
    />
  );
}
