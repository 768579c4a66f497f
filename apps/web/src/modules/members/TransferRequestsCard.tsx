import { useState } from 'react';
import { App, Button, Card, Flex, Input, Modal, Popconfirm, Segmented, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TransferRequest } from '@congdoan/domain';
import { errorText } from '../../api/client';
import {
  acceptTransferRequest,
  cancelTransferRequest,
  fetchTransferRequests,
  refuseTransferRequest,
  requestKeys,
} from './transfer-requests.api';

const statuses = ['pending', 'accepted', 'refused', 'cancelled'] as const;
const colors: Record<string, string> = { pending: 'gold', accepted: 'green', refused: 'red', cancelled: 'default' };

/**
 * Đề nghị chuyển sinh hoạt về: requests from other unions for members held here (accept or refuse with a
 * reason), and the requests this union sent (their status; who holds the person shows once accepted).
 */
export function TransferRequestsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [sp, setSp] = useSearchParams();
  const direction = sp.get('requests') === 'outgoing' ? 'outgoing' : 'incoming';
  const [status, setStatus] = useState<string>('pending');
  const [refusing, setRefusing] = useState<TransferRequest | null>(null);
  const [reason, setReason] = useState('');
  const list = useQuery({
    queryKey: requestKeys.list(direction, status),
    queryFn: () => fetchTransferRequests(direction, status),
  });
  const act = useMutation({
    mutationFn: ({ id, kind, why }: { id: number; kind: 'accept' | 'refuse' | 'cancel'; why?: string }) =>
      kind === 'accept'
        ? acceptTransferRequest(id)
        : kind === 'refuse'
          ? refuseTransferRequest(id, why ?? '')
          : cancelTransferRequest(id),
    onSuccess: (r) => {
      void message.success(t(`members.requests.done.${r.status}`));
      setRefusing(null);
      setReason('');
      void client.invalidateQueries({ queryKey: ['members'] });
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const setDirection = (v: string) => {
    const next = new URLSearchParams(sp);
    next.set('requests', v);
    setSp(next, { replace: true });
  };

  return (
    <Card data-testid="transfer-requests">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('members.requests.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Segmented
            value={direction}
            onChange={setDirection}
            options={['incoming', 'outgoing'].map((d) => ({ value: d, label: t(`members.requests.${d}`) }))}
          />
          <Segmented
            value={status}
            onChange={setStatus}
            options={statuses.map((s) => ({ value: s, label: t(`members.requests.status.${s}`) }))}
          />
        </Flex>
      </Flex>
      <Table<TransferRequest>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        data-testid="transfer-requests-table"
        // Secondary text, not antd's 25 % grey placeholder (too faint for WCAG AA on an empty list).
        locale={{
          emptyText: (
            <Typography.Text type="secondary">
              {list.isError ? errorText(list.error) : t('members.requests.empty')}
            </Typography.Text>
          ),
        }}
        columns={[
          {
            key: 'name',
            title: t('members.fields.fullName'),
            render: (_, r) => (r.personId ? <Link to={`/members/${r.personId}`}>{r.fullName}</Link> : r.requestedName),
          },
          {
            key: 'from',
            title: t('members.requests.from'),
            render: (_, r) =>
              r.fromUnit?.name ?? <Typography.Text type="secondary">{t('members.requests.hidden')}</Typography.Text>,
          },
          { key: 'to', title: t('members.requests.to'), render: (_, r) => r.toUnit.name },
          {
            key: 'reason',
            title: t('members.actions.reason'),
            render: (_, r) =>
              r.importId ? t('members.requests.fromImport', { row: r.importRowNo }) : (r.reason ?? '—'),
          },
          {
            key: 'status',
            title: t('members.requests.statusTitle'),
            render: (_, r) => (
              <Flex vertical gap={2}>
                <Tag color={colors[r.status]}>{t(`members.requests.status.${r.status}`)}</Tag>
                {r.decisionReason && <Typography.Text type="secondary">{r.decisionReason}</Typography.Text>}
              </Flex>
            ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, r) => (
              <Flex gap={8} wrap>
                {r.canDecide && (
                  <Popconfirm
                    title={t('members.requests.acceptConfirm')}
                    onConfirm={() => act.mutate({ id: r.id, kind: 'accept' })}
                    okText={t('members.actions.ok')}
                    cancelText={t('common.cancel')}
                  >
                    <Button type="primary" size="small" data-testid={`request-accept-${r.id}`}>
                      {t('members.requests.accept')}
                    </Button>
                  </Popconfirm>
                )}
                {r.canDecide && (
                  <Button danger size="small" onClick={() => setRefusing(r)} data-testid={`request-refuse-${r.id}`}>
                    {t('members.requests.refuse')}
                  </Button>
                )}
                {r.canCancel && !r.canDecide && (
                  <Popconfirm
                    title={t('members.requests.cancelConfirm')}
                    onConfirm={() => act.mutate({ id: r.id, kind: 'cancel' })}
                    okText={t('members.actions.ok')}
                    cancelText={t('common.cancel')}
                  >
                    <Button size="small">{t('members.requests.cancel')}</Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <Modal
        open={refusing !== null}
        title={t('members.requests.refuseTitle')}
        okText={t('members.requests.refuse')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), 'data-testid': 'request-refuse-submit' }}
        confirmLoading={act.isPending}
        onOk={() => refusing && act.mutate({ id: refusing.id, kind: 'refuse', why: reason.trim() })}
        onCancel={() => setRefusing(null)}
      >
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          rows={3}
          placeholder={t('members.requests.refuseReason')}
          aria-label={t('members.requests.refuseReason')}
          data-testid="request-refuse-reason"
        />
      </Modal>
    </Card>
  );
}
