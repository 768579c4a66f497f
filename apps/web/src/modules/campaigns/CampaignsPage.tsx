import { useState } from 'react';
import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, formatDateVN, type CampaignSummary } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { campaignKeys, fetchCampaigns } from './campaigns.api';
import { CreateCampaignModal } from './CreateCampaignModal';

/** Campaign plans of the units in the person's scope, newest first. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canWrite = me.permissions.includes(Permission.CampaignWrite);
  const list = useQuery({ queryKey: campaignKeys.list({}), queryFn: () => fetchCampaigns({}) });
  const [creating, setCreating] = useState(false);
  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('campaigns.title')}
        </Typography.Title>
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
      {list.isError && <Alert type="error" title={errorText(list.error)} />}
      <Table<CampaignSummary>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
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
          { title: t('campaigns.fields.copies'), dataIndex: 'copies' },
        ]}
      />
      <CreateCampaignModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
