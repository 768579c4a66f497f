import { useState } from 'react';
import { Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * "Cancel with a reason" (campaigns, events): the reason is required, so the danger button stays off
 * until one is typed. Texts come from `<i18nPrefix>.{confirm, keep, reason}`; test ids are
 * `<testId>-ok` and `<testId>-reason`.
 */
export function CancelWithReasonModal(props: {
  open: boolean;
  title: string;
  explain: string;
  i18nPrefix: string;
  testId: string;
  pending: boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={t(`${props.i18nPrefix}.confirm`)}
      okButtonProps={{
        danger: true,
        disabled: !reason.trim(),
        loading: props.pending,
        ...{ 'data-testid': `${props.testId}-ok` },
      }}
      cancelText={t(`${props.i18nPrefix}.keep`)}
      onOk={() => props.onConfirm(reason.trim())}
      onCancel={props.onClose}
    >
      <p>{props.explain}</p>
      <Input.TextArea
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(ev) => setReason(ev.target.value)}
        placeholder={t(`${props.i18nPrefix}.reason`)}
        aria-label={t(`${props.i18nPrefix}.reason`)}
        data-testid={`${props.testId}-reason`}
      />
    </Modal>
  );
}
