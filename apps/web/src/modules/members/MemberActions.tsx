import { useState } from 'react';
import { App, Button, Dropdown, Flex, Popconfirm } from 'antd';
import { EditOutlined, IdcardOutlined, StarOutlined, SwapOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { issueCard, markOutstanding, memberKeys } from './members.api';
import { StatusChangeModal, type StatusAction } from './StatusChangeModal';
import { TransferModal } from './TransferModal';
import { EditPersonModal } from './EditPersonModal';
import { todayIso } from '../../ui/today';

/** What an officer can do with this member, depending on the membership status. */
export function MemberActions({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [transferring, setTransferring] = useState(false);
  const [statusAction, setStatusAction] = useState<StatusAction | null>(null);
  const [editing, setEditing] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: memberKeys.all });
  const card = useMutation({
    mutationFn: () => issueCard(member.id, { reason: member.cardNumber ? 'reissue' : null }),
    onSuccess: (r) => {
      void message.success(t('members.card.issued', { number: r.cardNumber }));
      refresh();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const outstanding = useMutation({
    mutationFn: () => markOutstanding(member.id, { year: Number(todayIso().slice(0, 4)) }),
    onSuccess: () => {
      void message.success(t('members.actions.done'));
      refresh();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const active = member.status === 'active';
  const ended = member.status === 'left' || member.status === 'removed';

  return (
    <Flex gap={8} wrap>
      {/* Only with the personal data unmasked: the edit sends every field back. */}
      {member.personalDataVisible && (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="member-edit">
          {t('members.actions.edit')}
        </Button>
      )}
      {editing && <EditPersonModal member={member} onClose={() => setEditing(false)} />}
      {active && (
        <Button
          type="primary"
          icon={<SwapOutlined />}
          onClick={() => setTransferring(true)}
          data-testid="member-transfer"
        >
          {t('members.actions.transfer')}
        </Button>
      )}
      {active && (
        <Popconfirm
          title={member.cardNumber ? t('members.card.reissueConfirm') : t('members.card.issueConfirm')}
          onConfirm={() => card.mutate()}
          okText={t('members.actions.ok')}
          cancelText={t('common.cancel')}
        >
          <Button icon={<IdcardOutlined />} loading={card.isPending} data-testid="member-issue-card">
            {member.cardNumber ? t('members.actions.reissueCard') : t('members.actions.issueCard')}
          </Button>
        </Popconfirm>
      )}
      {active && (
        <Button icon={<StarOutlined />} loading={outstanding.isPending} onClick={() => outstanding.mutate()}>
          {t('members.actions.outstanding')}
        </Button>
      )}
      {active && (
        <Dropdown
          menu={{
            items: (['leave', 'remove', 'deceased'] as const).map((k) => ({
              key: k,
              label: t(`members.actions.${k}`),
            })),
            onClick: ({ key }) => setStatusAction(key as StatusAction),
          }}
        >
          <Button data-testid="member-end">{t('members.actions.end')}</Button>
        </Dropdown>
      )}
      {ended && (
        <Button onClick={() => setStatusAction('reinstate')} data-testid="member-reinstate">
          {t('members.actions.reinstate')}
        </Button>
      )}
      <TransferModal member={member} open={transferring} onClose={() => setTransferring(false)} onDone={refresh} />
      <StatusChangeModal
        member={member}
        action={statusAction}
        onClose={() => setStatusAction(null)}
        onDone={() => {
          setStatusAction(null);
          refresh();
        }}
      />
    </Flex>
  );
}
