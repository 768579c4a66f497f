import { Alert, Form, Input, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { GrassrootsSelect } from './GrassrootsSelect';
import { transferMember } from './members.api';

interface Props {
  member: MemberDetail;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

/** Chuyển sinh hoạt: pick the receiving grassroots union anywhere; the member is in transit until it confirms. */
export function TransferModal({ member, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ toUnitId: number; reason?: string }>();
  const mutation = useMutation({
    mutationFn: (v: { toUnitId: number; reason?: string }) =>
      transferMember(member.id, { toUnitId: v.toUnitId, reason: v.reason?.trim() || null }),
    onSuccess: () => {
      onDone();
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      title={`${t('members.actions.transfer')}: ${member.fullName}`}
      okText={t('members.transfers.send')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => mutation.reset()}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'transfer-submit' }}
    >
      <Alert type="info" showIcon title={t('members.transfers.hint')} style={{ marginBottom: 16 }} />
      {mutation.isError && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)} preserve={false}>
        <Form.Item
          name="toUnitId"
          label={t('members.transfers.to')}
          rules={[{ required: true, message: t('members.transfers.toRequired') }]}
        >
          <GrassrootsSelect exclude={member.unit?.id} data-testid="transfer-unit" />
        </Form.Item>
        <Form.Item name="reason" label={t('members.actions.reason')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
