import { useState } from 'react';
import { Alert, Checkbox, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatPartialDateVN, type Gender, type MemberDetail } from '@congdoan/domain';
import { ApiError, errorText } from '../../api/client';
import { showApiErrorOnFields } from '../../ui/form-errors';
import { memberKeys, updatePerson } from './members.api';
import { typedBirth } from './person-rules';
import { PersonContactFields, PersonNameFields } from './PersonFields';

interface Values {
  fullName: string;
  gender: Gender;
  birthDate?: string;
  cccd?: string;
  oldIdNumber?: string;
  phone?: string;
  email?: string;
  ethnicity?: string;
  occupation?: string;
  employer?: string;
  confirmCccd?: boolean;
}

const blank = (v: string | undefined) => v?.trim() || null;

/**
 * Sửa hồ sơ: the personal fields an officer admitted a member with. The API replaces every field, so the
 * fields this form does not show (addresses, education, nationality, passport) are sent back unchanged;
 * it is offered only to who sees the personal data unmasked.
 */
export function EditPersonModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [mismatch, setMismatch] = useState(false);
  const [onField, setOnField] = useState(false);
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      updatePerson(member.id, {
        person: {
          fullName: v.fullName,
          gender: v.gender,
          birthDate: typedBirth(v.birthDate),
          cccd: blank(v.cccd),
          oldIdNumber: blank(v.oldIdNumber),
          phone: blank(v.phone),
          email: blank(v.email),
          ethnicity: blank(v.ethnicity),
          occupation: blank(v.occupation),
          employer: blank(v.employer),
          permanentAddress: member.permanentAddress,
          currentAddress: member.currentAddress,
          educationLevel: member.educationLevel,
          nationality: member.nationality,
          passportNo: member.passportNo,
        },
        confirmCccdMismatch: v.confirmCccd === true,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: memberKeys.all });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'CCCD_MISMATCH') setMismatch(true);
      setOnField(showApiErrorOnFields(form, error, (p) => (p[0] === 'person' ? p.slice(1) : p)));
    },
  });

  return (
    <Modal
      open
      title={t('members.actions.edit')}
      okText={t('members.edit.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      okButtonProps={{ 'data-testid': 'edit-submit' }}
    >
      {mutation.isError && !onField && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          fullName: member.fullName,
          gender: member.gender ?? undefined,
          birthDate: member.birthDate ? formatPartialDateVN(member.birthDate) : '',
          cccd: member.cccd ?? '',
          oldIdNumber: member.oldIdNumber ?? '',
          phone: member.phone ?? '',
          email: member.email ?? '',
          ethnicity: member.ethnicity ?? '',
          occupation: member.occupation ?? '',
          employer: member.employer ?? '',
        }}
        onFinish={(v) => mutation.mutate(v)}
        scrollToFirstError={{ behavior: 'smooth', block: 'center', focus: true }}
      >
        <PersonNameFields testPrefix="edit" />
        <Form.Item name="cccd" label={t('members.fields.cccd')}>
          <Input maxLength={20} inputMode="numeric" data-testid="edit-cccd" />
        </Form.Item>
        {mismatch && (
          <Form.Item name="confirmCccd" valuePropName="checked">
            <Checkbox data-testid="edit-confirm-cccd">{t('members.admit.confirmCccd')}</Checkbox>
          </Form.Item>
        )}
        <PersonContactFields testPrefix="edit" />
      </Form>
    </Modal>
  );
}
