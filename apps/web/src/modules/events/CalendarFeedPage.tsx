import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { CalendarOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVN } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { calendarFeedKey, fetchCalendarFeed, issueCalendarFeed, revokeCalendarFeed } from './events.api';

/**
 * The user's private calendar subscription: a URL to paste into Google Calendar, Outlook or the phone's
 * calendar, which then shows the events this user may see. The URL is shown once, when made.
 */
export function CalendarFeedPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: calendarFeedKey, queryFn: fetchCalendarFeed });
  const [url, setUrl] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: calendarFeedKey });
  const onError = (e: unknown) => void message.error(errorText(e));
  const issue = useMutation({
    mutationFn: issueCalendarFeed,
    onSuccess: (r) => {
      setUrl(r.url);
      refresh();
    },
    onError,
  });
  const revoke = useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () => {
      setUrl(null);
      void message.success(t('events.feed.revoked'));
      refresh();
    },
    onError,
  });
  const s = status.data;
  return (
    <Card title={t('events.feed.title')} style={{ maxWidth: 720 }} loading={status.isLoading}>
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('events.feed.help')}</Typography.Paragraph>
        {status.isError && <Alert type="error" title={errorText(status.error)} />}
        {s && (
          <Typography.Text type="secondary" data-testid="feed-status">
            {s.active
              ? t('events.feed.activeSince', {
                  at: formatDateTimeVN(s.createdAt!),
                  used: s.lastUsedAt ? formatDateTimeVN(s.lastUsedAt) : t('events.feed.neverUsed'),
                })
              : t('events.feed.none')}
          </Typography.Text>
        )}
        {url && (
          <Alert
            type="success"
            title={t('events.feed.copyNow')}
            description={
              <Flex vertical gap={8}>
                <Typography.Text copyable code style={{ wordBreak: 'break-all' }} data-testid="feed-url">
                  {url}
                </Typography.Text>
                <a href={url.replace(/^https?:/, 'webcal:')}>{t('events.feed.openInApp')}</a>
              </Flex>
            }
          />
        )}
        <Flex wrap gap={8}>
          {s && !s.active && (
            <Button
              type="primary"
              icon={<CalendarOutlined />}
              loading={issue.isPending}
              onClick={() => issue.mutate()}
              data-testid="feed-create"
            >
              {t('events.feed.create')}
            </Button>
          )}
          {s?.active && (
            <>
              <Popconfirm title={t('events.feed.rotateConfirm')} onConfirm={() => issue.mutate()}>
                <Button icon={<ReloadOutlined />} loading={issue.isPending} data-testid="feed-rotate">
                  {t('events.feed.rotate')}
                </Button>
              </Popconfirm>
              <Popconfirm title={t('events.feed.revokeConfirm')} onConfirm={() => revoke.mutate()}>
                <Button danger icon={<StopOutlined />} loading={revoke.isPending} data-testid="feed-revoke">
                  {t('events.feed.revoke')}
                </Button>
              </Popconfirm>
            </>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
