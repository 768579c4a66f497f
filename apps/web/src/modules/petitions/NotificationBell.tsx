import { Badge, Button, Dropdown, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVN } from '@congdoan/domain';
import { fetchNotifications, markRead, petitionKeys } from './petitions.api';

/** In-app notifications (deadline reminders for calls for petitions) under a bell in the header. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: petitionKeys.notifications, queryFn: fetchNotifications, refetchInterval: 60_000 });
  const unread = list.data?.unread ?? 0;
  const read = useMutation({
    mutationFn: markRead,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: petitionKeys.notifications }),
  });
  const items = list.data?.items ?? [];
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: items.length
          ? items.map((n) => ({
              key: n.id,
              label: (
                <div style={{ maxWidth: 360, whiteSpace: 'normal', fontWeight: n.read ? 400 : 600 }}>
                  {n.title}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {formatDateTimeVN(n.createdAt)}
                  </Typography.Text>
                </div>
              ),
              onClick: () => {
                if (!n.read) read.mutate(n.id);
                if (n.link) void navigate(n.link);
              },
            }))
          : [{ key: 'empty', label: t('petitions.notifications.empty'), disabled: true }],
      }}
    >
      {/* The badge's number is visible text: the accessible name must contain it (axe label-content-name-mismatch). */}
      <Button
        type="text"
        aria-label={
          unread
            ? `${t('petitions.notifications.title')} ${unread > 99 ? '99+' : unread}`
            : t('petitions.notifications.title')
        }
        data-testid="notifications-bell"
      >
        <Badge count={unread} size="small">
          <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
        </Badge>
      </Button>
    </Dropdown>
  );
}
