import { App, Button, Card, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { showDate } from './dates';
import { MemberStatusTag } from './MemberStatusTag';
import { fetchDuplicates, memberKeys, mergeMembers, type DuplicateGroup } from './members.api';

/** Hồ sơ có thể trùng, with a merge that keeps the first record (reversible by a later operation). */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const report = useQuery({ queryKey: memberKeys.duplicates, queryFn: fetchDuplicates });
  const merge = useMutation({
    mutationFn: (g: DuplicateGroup) => mergeMembers({ keepId: g.members[0]!.id, mergeId: g.members[1]!.id }),
    onSuccess: () => {
      void message.success(t('members.duplicates.merged'));
      void queryClient.invalidateQueries({ queryKey: memberKeys.all });
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const canWrite = me.permissions.includes(Permission.MemberWrite);
  return (
    <Card>
      <Typography.Title level={3}>{t('members.duplicates.title')}</Typography.Title>
      <Table<DuplicateGroup>
        rowKey={(g) => `${g.reason}-${g.members.map((m) => m.id).join('-')}`}
        loading={report.isFetching}
        dataSource={report.data?.items ?? []}
        locale={{ emptyText: report.isError ? errorText(report.error) : t('members.duplicates.empty') }}
        columns={[
          {
            key: 'reason',
            title: t('members.duplicates.reason'),
            width: 220,
            render: (_, g) => (
              <Tag>
                {t(`members.duplicates.reasons.${g.reason}`)}
                {g.similarity ? ` (${Math.round(g.similarity * 100)}%)` : ''}
              </Tag>
            ),
          },
          {
            key: 'members',
            title: t('members.title'),
            render: (_, g) => (
              <Flex vertical gap={4}>
                {g.members.map((m) => (
                  <Flex key={m.id} gap={8} wrap align="center">
                    <Link to={`/members/${m.id}`}>{m.fullName}</Link>
                    <span>{showDate(m.birthDate)}</span>
                    <span>{m.unit?.name}</span>
                    <MemberStatusTag status={m.status} />
                  </Flex>
                ))}
              </Flex>
            ),
          },
          ...(canWrite
            ? [
                {
                  key: 'merge',
                  title: t('common.actions'),
                  width: 160,
                  render: (_: unknown, g: DuplicateGroup) => (
                    <Popconfirm
                      title={t('members.duplicates.mergeConfirm', { name: g.members[0]?.fullName })}
                      onConfirm={() => merge.mutate(g)}
                      okText={t('members.actions.ok')}
                      cancelText={t('common.cancel')}
                    >
                      <Button size="small">{t('members.duplicates.merge')}</Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
