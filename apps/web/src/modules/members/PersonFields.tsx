import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalisePhone } from '@congdoan/domain';
import { PartialDateInput } from '../../ui/DateInputs';
import { birthRule, oldIdRule } from './person-rules';

// The person's fields as the admission and the record edit ask for them, in one place. The CCCD sits between
// the two groups in each form, because each checks it differently (admission: format; edit: confirm a mismatch).

/** Name, gender and (possibly partial) birth date. `testPrefix`: "admit" or "edit", for the browser tests. */
export function PersonNameFields({ testPrefix }: { testPrefix: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="fullName"
        label={t('members.fields.fullName')}
        rules={[{ required: true, whitespace: true, message: t('members.admit.nameRequired') }]}
      >
        <Input maxLength={200} data-testid={`${testPrefix}-name`} />
      </Form.Item>
      <Form.Item name="gender" label={t('members.fields.gender')} rules={[{ required: true }]}>
        <Radio.Group options={['female', 'male'].map((g) => ({ value: g, label: t(`members.gender.${g}`) }))} />
      </Form.Item>
      <Form.Item
        name="birthDate"
        label={t('members.fields.birthDate')}
        extra={t('members.admit.birthHint')}
        rules={[birthRule(t)]}
      >
        <PartialDateInput placeholder="15/03/1990 · 03/1990 · 1990" data-testid={`${testPrefix}-birth`} />
      </Form.Item>
    </>
  );
}

/** Old ID number, phone, email, ethnicity, occupation and employer. */
export function PersonContactFields({ testPrefix }: { testPrefix: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="oldIdNumber" label={t('members.fields.oldIdNumber')} rules={[oldIdRule(t)]}>
        <Input maxLength={20} inputMode="numeric" data-testid={`${testPrefix}-old-id`} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('members.fields.phone')}
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              if (value?.trim() && !normalisePhone(value, { typed: true }))
                throw new Error(t('members.admit.phoneInvalid'));
            },
          },
        ]}
      >
        <Input maxLength={20} inputMode="tel" data-testid={`${testPrefix}-phone`} />
      </Form.Item>
      <Form.Item name="email" label={t('members.fields.email')} rules={[{ type: 'email' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="ethnicity" label={t('members.fields.ethnicity')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="occupation" label={t('members.fields.occupation')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="employer" label={t('members.fields.employer')}>
        <Input maxLength={300} />
      </Form.Item>
    </>
  );
}
