import { Button, Card, Flex, List, Progress, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateVN, formatMoneyVN, formatNumberVN, Permission } from '@congdoan/domain';
import { useCurrentUser } from '../auth/current-user';
import { fetchProgrammes, welfareKeys } from './welfare.api';

/** The programmes the official's units own or received a quota from. */
export function WelfarePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const list = useQuery({ queryKey: welfareKeys.list, queryFn: fetchProgrammes });
  return (
    <Card>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('welfare.title')}
        </Typography.Title>
        {me.permissions.includes(Permission.WelfareWrite) && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/welfare/new')}
            data-testid="welfare-new"
          >
            {t('welfare.new')}
          </Button>
        )}
      </Flex>
      <List
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Typography.Text>{t('welfare.empty')}</Typography.Text> }}
        renderItem={(p) => (
          <List.Item key={p.id}>
            <List.Item.Meta
              title={
                <Space wrap>
                  <Link to={`/welfare/${p.id}`} data-testid={`welfare-programme-${p.id}`}>
                    {p.name}
                  </Link>
                  <Tag>{t(`welfare.kind.${p.kind}`)}</Tag>
                </Space>
              }
              description={
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <span>
                    {p.unitName} · {formatDateVN(p.nominationFrom)}–{formatDateVN(p.nominationTo)}
                  </span>
                  <span>
                    {formatNumberVN(p.totalCount)} × {formatMoneyVN(p.benefitVnd)} · {formatMoneyVN(p.totalBudgetVnd)}
                  </span>
                  <span>
                    {t('welfare.nominated')}: {formatNumberVN(p.nominated)} · {t('welfare.approved')}:{' '}
                    {formatNumberVN(p.approved)}
                  </span>
                  <Progress
                    percent={p.totalCount ? Math.round((p.nominated / p.totalCount) * 100) : 0}
                    aria-label={`${t('welfare.nominated')}: ${formatNumberVN(p.nominated)}/${formatNumberVN(p.totalCount)}`}
                    size="small"
                    style={{ maxWidth: 320 }}
                  />
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
