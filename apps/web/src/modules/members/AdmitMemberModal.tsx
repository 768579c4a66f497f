import { useState } from 'react';
import { Alert, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { checkCccd, normaliseCccd, type Gender } from '@congdoan/domain';
import { ApiError, errorText } from '../../api/client';
import { showApiErrorOnFields } from '../../ui/form-errors';
import { todayDay } from '../../ui/today';
import { typedBirth } from './person-rules';
import { PersonContactFields, PersonNameFields } from './PersonFields';
import { AskTransferAlert } from './AskTransferAlert';
import { GrassrootsSelect } from './GrassrootsSelect';
import { admitMember, memberKeys } from './members.api';

interface Values {
  fullName: string;
  gender: Gender;
  /** As typed: "15/03/1990", "03/1990" or "1990". */
  birthDate?: string;
  cccd?: string;
  oldIdNumber?: string;
  phone?: string;
  email?: string;
  ethnicity?: string;
  occupation?: string;
  employer?: string;
  unitId: number;
  admittedOn: Dayjs;
  confirmCccd?: boolean;
}

interface Props {
  open: boolean;
  defaultUnitId?: number | undefined;
  onClose: () => void;
  onAdmitted: (personId: number) => void;
}

const iso = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** Kết nạp đoàn viên: Vietnamese validation; a CCCD that disagrees with birth year/gender must be confirmed. */
export function AdmitMemberModal({ open, defaultUnitId, onClose, onAdmitted }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [mismatch, setMismatch] = useState(false);
  const [onField, setOnField] = useState(false);
  const mutation = useMutation({
    mutationFn: admitMember,
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: memberKeys.all });
      onAdmitted(result.id);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'CCCD_MISMATCH') setMismatch(true);
      // The form flattens the API's `person.*`: an error about `person.cccd` sits under the CCCD box.
      setOnField(showApiErrorOnFields(form, error, (p) => (p[0] === 'person' ? p.slice(1) : p)));
    },
  });

  const recheck = () => {
    const v = form.getFieldsValue();
    if (!v.cccd) return setMismatch(false);
    const cccd = normaliseCccd(v.cccd).value;
    setMismatch(checkCccd(cccd, { birthDate: typedBirth(v.birthDate), gender: v.gender }).includes('century_gender'));
  };

  const submit = (v: Values) =>
    mutation.mutate({
      person: {
        fullName: v.fullName,
        gender: v.gender,
        birthDate: typedBirth(v.birthDate),
        cccd: v.cccd?.trim() || null,
        oldIdNumber: v.oldIdNumber?.trim() || null,
        phone: v.phone?.trim() || null,
        email: v.email?.trim() || null,
        ethnicity: v.ethnicity?.trim() || null,
        occupation: v.occupation?.trim() || null,
        employer: v.employer?.trim() || null,
      },
      unitId: v.unitId,
      admittedOn: iso(v.admittedOn)!,
      confirmCccdMismatch: v.confirmCccd === true,
    });

  return (
    <Modal
      open={open}
      title={t('members.admit.title')}
      okText={t('members.admit.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        mutation.reset();
        setMismatch(false);
      }}
      destroyOnHidden
      width={640}
      okButtonProps={{ 'data-testid': 'admit-submit' }}
    >
      {mutation.isError && !onField && (
        // An error about no particular field stays on top; it scrolls into view in a long form.
        <div ref={(el) => el?.scrollIntoView({ block: 'nearest' })}>
          <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
        </div>
      )}
      {mutation.error instanceof ApiError &&
        mutation.error.code === 'MEMBER_ELSEWHERE' &&
        mutation.variables?.person?.cccd && (
          <AskTransferAlert
            key={mutation.submittedAt}
            cccd={mutation.variables.person.cccd}
            toUnitId={mutation.variables.unitId}
            name={mutation.variables.person.fullName ?? ''}
          />
        )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ unitId: defaultUnitId, admittedOn: todayDay(), gender: 'female' }}
        onFinish={submit}
        scrollToFirstError={{ behavior: 'smooth', block: 'center', focus: true }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('cccd' in changed || 'birthDate' in changed || 'gender' in changed) recheck();
        }}
        preserve={false}
      >
        <PersonNameFields testPrefix="admit" />
        <Form.Item
          name="cccd"
          label={t('members.fields.cccd')}
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                if (!value?.trim()) return;
                const issues = checkCccd(normaliseCccd(value).value);
                if (issues.includes('format') || issues.includes('province'))
                  throw new Error(t('members.admit.cccdInvalid'));
              },
            },
          ]}
        >
          <Input maxLength={20} inputMode="numeric" data-testid="admit-cccd" />
        </Form.Item>
        {mismatch && (
          <>
            <Alert type="warning" showIcon title={t('members.admit.cccdMismatch')} style={{ marginBottom: 8 }} />
            <Form.Item
              name="confirmCccd"
              valuePropName="checked"
              rules={[
                {
                  validator: async (_, v: boolean) => {
                    if (!v) throw new Error(t('members.admit.confirmRequired'));
                  },
                },
              ]}
            >
              <Checkbox data-testid="admit-confirm-cccd">{t('members.admit.confirmCccd')}</Checkbox>
            </Form.Item>
          </>
        )}
        <PersonContactFields testPrefix="admit" />
        <Form.Item
          name="unitId"
          label={t('members.fields.unit')}
          extra={t('members.admit.unitHint')}
          rules={[{ required: true, message: t('members.admit.unitRequired') }]}
        >
          <GrassrootsSelect mine />
        </Form.Item>
        <Form.Item name="admittedOn" label={t('members.fields.admittedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
