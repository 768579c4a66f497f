import { Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { DateInput } from '../../../ui/DateInputs';
import { fetchCommunes } from './homes.api';

/** The application's own fields (kind, family situation, date, location): the same when opening and correcting it. */
export function ApplicationFields({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const provinceCode = Form.useWatch('provinceCode', form) as string | undefined;
  const provinces = useQuery({
    queryKey: ['admin-units', 'provinces'],
    queryFn: () => api.get<{ items: { code: string; name: string }[] }>('/api/admin-units?version=2025-07-01'),
  });
  const communes = useQuery({
    queryKey: ['admin-units', provinceCode],
    queryFn: () => fetchCommunes(provinceCode!),
    enabled: !!provinceCode,
  });
  const required = [{ required: true, message: t('homes.required') }];
  return (
    <>
      <Form.Item name="kind" label={t('homes.field.kind')} rules={required}>
        <Select
          options={['build', 'repair'].map((k) => ({ value: k, label: t(`homes.kind.${k}`) }))}
          data-testid="home-kind"
        />
      </Form.Item>
      <Form.Item name="familySituation" label={t('homes.field.familySituation')} rules={required}>
        <Input.TextArea rows={3} data-testid="home-situation" />
      </Form.Item>
      <Form.Item name="appliedOn" label={t('homes.field.appliedOn')} rules={required}>
        <DateInput data-testid="home-appliedOn" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="provinceCode" label={t('homes.field.province')} rules={required}>
        <Select
          showSearch
          optionFilterProp="label"
          data-testid="home-province"
          options={(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: p.name }))}
          onChange={() => form.setFieldValue('communeCode', undefined)}
        />
      </Form.Item>
      <Form.Item name="communeCode" label={t('homes.field.commune')} rules={required}>
        <Select
          data-testid="home-commune"
          showSearch
          optionFilterProp="label"
          options={(communes.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))}
        />
      </Form.Item>
      <Form.Item name="address" label={t('homes.field.address')} rules={required}>
        <Input data-testid="home-address" />
      </Form.Item>
      <Form.Item name="latitude" label={t('homes.field.latitude')} rules={required}>
        <InputNumber min={8} max={23.5} step={0.0001} style={{ width: '100%' }} data-testid="home-latitude" />
      </Form.Item>
      <Form.Item name="longitude" label={t('homes.field.longitude')} rules={required}>
        <InputNumber min={102} max={117.5} step={0.0001} style={{ width: '100%' }} data-testid="home-longitude" />
      </Form.Item>
    </>
  );
}
