import { useState } from 'react';
import { Alert, Button, Card, Flex, Tag, Typography } from 'antd';
import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, formatDateVN, formatNumberVN } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { campaignKeys, fetchCampaigns } from './campaigns.api';
import { CreateCampaignModal } from './CreateCampaignModal';
import { groupCopies, type CampaignRow } from './group-copies';
import { ResponsiveTable } from '../../ui/ResponsiveTable';

/** Campaign plans of the units in the person's scope, newest first; issued copies nest under their plan. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canWrite = me.permissions.includes(Permission.CampaignWrite);
  const list = useQuery({ queryKey: campaignKeys.list({}), queryFn: () => fetchCampaigns({}) });
  const [creating, setCreating] = useState(false);
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('campaigns.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Link to="/events">
            <Button icon={<CalendarOutlined />}>{t('events.title')}</Button>
          </Link>
          {canWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="campaign-create"
            >
              {t('campaigns.create.button')}
            </Button>
          )}
        </Flex>
      </Flex>
      {list.isError && <Alert type="error" title={errorText(list.error)} />}
      <ResponsiveTable<CampaignRow>
        rowKey="id"
        loading={list.isPending}
        dataSource={groupCopies(list.data?.items ?? [])}
        data-testid="campaign-list"
        pagination={{ pageSize: 20 }}
        columns={[
          {
            title: t('campaigns.fields.title'),
            render: (_, c) => (
              <Link to={`/campaigns/${c.id}`} data-testid={`campaign-link-${c.id}`}>
                {c.title}
              </Link>
            ),
          },
          { title: t('campaigns.fields.unit'), dataIndex: 'unitName' },
          { title: t('campaigns.fields.kind'), render: (_, c) => t(`campaigns.kinds.${c.kind}`) },
          {
            title: t('campaigns.fields.period'),
            render: (_, c) => `${formatDateVN(c.startsOn)} – ${formatDateVN(c.endsOn)}`,
          },
          {
            title: t('campaigns.fields.issuedBy'),
            render: (_, c) =>
              c.issuedByName ? <Tag>{c.issuedByName}</Tag> : <Tag color="blue">{t('campaigns.own')}</Tag>,
          },
          {
            title: t('campaigns.fields.copies'),
            render: (_, c) => t('campaigns.copiesCount', { count: c.copies, n: formatNumberVN(c.copies) }),
          },
        ]}
      />
      <CreateCampaignModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
