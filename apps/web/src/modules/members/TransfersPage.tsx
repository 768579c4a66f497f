import { App, Button, Card, Flex, Popconfirm, Segmented, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, type TransferSummary } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { showDate } from './dates';
import { decideTransfer, fetchTransfers, memberKeys } from './members.api';
import { TransferRequestsCard } from './TransferRequestsCard';

/** Chuyển sinh hoạt: incoming transfers to confirm or refuse, and outgoing ones to follow. */
export function TransfersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [sp, setSp] = useSearchParams();
  const direction = sp.get('direction') === 'outgoing' ? 'outgoing' : 'incoming';
  const status = sp.get('status') ?? 'pending';
  const list = useQuery({
    queryKey: memberKeys.transfers(direction, status),
    queryFn: () => fetchTransfers(direction, status),
  });
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: number; decision: 'confirm' | 'refuse' }) => decideTransfer(id, decision),
    onSuccess: (tr) => {
      void message.success(t(`members.transfers.${tr.status}`));
      void queryClient.invalidateQueries({ queryKey: memberKeys.all });
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const canDecide = direction === 'incoming' && status === 'pending' && me.permissions.includes(Permission.MemberWrite);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(sp);
    next.set(k, v);
    setSp(next, { replace: true });
  };

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('members.transfers.title')}
          </Typography.Title>
          <Flex gap={8} wrap>
            <Segmented
              value={direction}
              onChange={(v) => set('direction', v)}
              options={['incoming', 'outgoing'].map((d) => ({ value: d, label: t(`members.transfers.${d}`) }))}
            />
            <Segmented
              value={status}
              onChange={(v) => set('status', v)}
              options={['pending', 'confirmed', 'refused'].map((s) => ({
                value: s,
                label: t(`members.transferStatus.${s}`),
              }))}
            />
          </Flex>
        </Flex>
        <Table<TransferSummary>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          data-testid="transfers-table"
          locale={{ emptyText: list.isError ? errorText(list.error) : t('members.transfers.empty') }}
          columns={[
            {
              key: 'name',
              title: t('members.fields.fullName'),
              render: (_, tr) => <Link to={`/members/${tr.personId}`}>{tr.fullName}</Link>,
            },
            { key: 'from', title: t('members.transfers.from'), render: (_, tr) => tr.fromUnit.name },
            { key: 'to', title: t('members.transfers.to'), render: (_, tr) => tr.toUnit.name },
            {
              key: 'on',
              title: t('members.transfers.requestedOn'),
              width: 130,
              render: (_, tr) => showDate(tr.requestedOn),
            },
            { key: 'reason', title: t('members.actions.reason'), render: (_, tr) => tr.reason ?? '—' },
            ...(canDecide
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    width: 200,
                    render: (_: unknown, tr: TransferSummary) => (
                      <Flex gap={8}>
                        <Button
                          type="primary"
                          size="small"
                          loading={decide.isPending}
                          onClick={() => decide.mutate({ id: tr.id, decision: 'confirm' })}
                          data-testid={`transfer-confirm-${tr.personId}`}
                        >
                          {t('members.transfers.confirm')}
                        </Button>
                        <Popconfirm
                          title={t('members.transfers.refuseConfirm')}
                          onConfirm={() => decide.mutate({ id: tr.id, decision: 'refuse' })}
                          okText={t('members.actions.ok')}
                          cancelText={t('common.cancel')}
                        >
                          <Button danger size="small">
                            {t('members.transfers.refuse')}
                          </Button>
                        </Popconfirm>
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <TransferRequestsCard />
    </Flex>
  );
}
