import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { PetitionDetail } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { answerPetition, petitionKeys } from './petitions.api';

type Values = {
  answerText: string;
  answeredBy: string;
  responsibleAgency?: string;
  commitment?: string;
  commitmentDeadline?: Dayjs;
  status: string;
};

export function AnswerModal({
  petition,
  open,
  onClose,
}: {
  petition: PetitionDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      answerPetition(petition.id, {
        answerText: v.answerText,
        answeredBy: v.answeredBy,
        responsibleAgency: v.responsibleAgency?.trim() || null,
        commitment: v.commitment?.trim() || null,
        commitmentDeadline: v.commitmentDeadline ? v.commitmentDeadline.format('YYYY-MM-DD') : null,
        status: v.status,
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(petitionKeys.one(petition.id), data);
      void queryClient.invalidateQueries({ queryKey: petitionKeys.all });
      onClose();
    },
  });
  const required = [{ required: true, message: t('petitions.required') }];
  return (
    <Modal
      open={open}
      title={t('petitions.answer.title')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'answer-save' }}
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          answerText: petition.answer.answerText ?? '',
          answeredBy: petition.answer.answeredBy ?? '',
          responsibleAgency: petition.answer.responsibleAgency ?? '',
          commitment: petition.answer.commitment ?? '',
          status: 'answered',
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="answerText" label={t('petitions.answer.text')} rules={required}>
          <Input.TextArea rows={4} data-testid="answer-text" />
        </Form.Item>
        <Form.Item name="answeredBy" label={t('petitions.answer.by')} rules={required}>
          <Input data-testid="answer-by" />
        </Form.Item>
        <Form.Item name="responsibleAgency" label={t('petitions.answer.agency')}>
          <Input />
        </Form.Item>
        <Form.Item name="commitment" label={t('petitions.answer.commitment')}>
          <Input data-testid="answer-commitment" />
        </Form.Item>
        <Form.Item name="commitmentDeadline" label={t('petitions.answer.deadline')}>
          <DatePicker format="DD/MM/YYYY" data-testid="answer-deadline" />
        </Form.Item>
        <Form.Item name="status" label={t('petitions.answer.status')}>
          <Select
            data-testid="answer-status"
            options={(['answered', 'in_progress', 'resolved', 'unresolved', 'rejected'] as const).map((s) => ({
              value: s,
              label: t(`petitions.status.${s}`),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
