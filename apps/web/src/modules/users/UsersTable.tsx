import { Button, Flex, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '@congdoan/domain';
import { ClearLoginDelayButton } from './ClearLoginDelayButton';
import { ResetPasswordButton } from './ResetPasswordButton';
import { UserRoleTags } from './UserRoleTags';

interface Props {
  data: { items: UserSummary[]; total: number } | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  onGrant: (user: UserSummary) => void;
  onReset: (user: UserSummary, temporaryPassword: string) => void;
}

export function UsersTable({ data, loading, page, pageSize, onPage, onGrant, onReset }: Props) {
  const { t } = useTranslation();
  return (
    <Table<UserSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      scroll={{ x: 980 }}
      tableLayout="fixed"
      data-testid="users-table"
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t('common.total', { total }),
        onChange: onPage,
      }}
      columns={[
        {
          key: 'user',
          title: t('users.fields.user'),
          width: 210,
          render: (_, user) => (
            <Flex vertical>
              <Typography.Text strong>{user.displayName}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[user.username, user.email, user.phone].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Flex>
          ),
        },
        { key: 'homeUnit', title: t('users.fields.homeUnit'), dataIndex: 'homeUnitName', width: 170 },
        { key: 'roles', title: t('users.fields.roles'), render: (_, user) => <UserRoleTags user={user} /> },
        {
          key: 'status',
          title: t('users.fields.status'),
          width: 170,
          render: (_, user) => (
            <Flex vertical gap={4} align="flex-start">
              {user.disabled ? (
                <Tag color="red">{t('users.status.disabled')}</Tag>
              ) : (
                <Tag color="green">{t('users.status.active')}</Tag>
              )}
              {user.mustChangePassword && <Tag color="gold">{t('users.status.mustChangePassword')}</Tag>}
            </Flex>
          ),
        },
        {
          key: 'actions',
          title: t('common.actions'),
          width: 160,
          render: (_, user) => (
            <Flex vertical gap={4} align="flex-start">
              <Button size="small" icon={<PlusOutlined />} onClick={() => onGrant(user)}>
                {t('users.grant.button')}
              </Button>
              <ResetPasswordButton user={user} onReset={onReset} />
              <ClearLoginDelayButton user={user} />
            </Flex>
          ),
        },
      ]}
    />
  );
}
