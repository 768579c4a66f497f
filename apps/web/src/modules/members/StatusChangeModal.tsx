import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import { type Dayjs } from 'dayjs';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { endMembership, recordPartyIntroduction, reinstateMember } from './members.api';
import { todayDay } from '../../ui/today';

export type StatusAction = 'leave' | 'remove' | 'deceased' | 'reinstate' | 'partyIntroduction';

interface Props {
  member: MemberDetail;
  action: StatusAction | null;
  onClose: () => void;
  onDone: () => void;
}

/** Leave, remove, deceased (date + reason required); reinstate or Party introduction (date, optional note). */
export function StatusChangeModal({ member, action, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ on: Dayjs; reason?: string }>();
  const mutation = useMutation({
    mutationFn: async (v: { on: Dayjs; reason?: string }) => {
      const on = v.on.format('YYYY-MM-DD');
      if (action === 'reinstate') return reinstateMember(member.id, { on, reason: v.reason?.trim() || null });
      if (action === 'partyIntroduction')
        return recordPartyIntroduction(member.id, { on, note: v.reason?.trim() || null });
      return endMembership(member.id, action!, { on, reason: v.reason?.trim() ?? '' });
    },
    onSuccess: onDone,
  });
  return (
    <Modal
      open={action !== null}
      title={action ? `${t(`members.actions.${action}`)}: ${member.fullName}` : ''}
      okText={t('members.actions.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => mutation.reset()}
      destroyOnHidden
    >
      {mutation.isError && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ on: todayDay() }}
        onFinish={(v) => mutation.mutate(v)}
        preserve={false}
      >
        <Form.Item name="on" label={t('members.actions.date')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('members.actions.reason')}
          rules={[
            {
              required: action === 'leave' || action === 'remove' || action === 'deceased',
              whitespace: true,
              message: t('members.actions.reasonRequired'),
            },
          ]}
        >
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
