import { Button, Card, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CreateHomeBody } from '@congdoan/domain';
import { api, errorText } from '../../../api/client';
import { DateInput } from '../../../ui/DateInputs';
import { todayIso } from '../../../ui/today';
import { fetchNominations, fetchProgrammes } from '../welfare.api';
import { createHome, fetchCommunes, fetchHomes } from './homes.api';

/** Opens a house record for an approved beneficiary of a Union Home programme (the application stage). */
export function HomeFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<CreateHomeBody>();
  const programmeId = Form.useWatch('programmeId', form) as number | undefined;
  const provinceCode = Form.useWatch('provinceCode', form) as string | undefined;
  const programmes = useQuery({ queryKey: ['welfare', 'list'], queryFn: fetchProgrammes });
  const nominations = useQuery({
    queryKey: ['welfare', programmeId, 'nominations'],
    queryFn: () => fetchNominations(programmeId!),
    enabled: !!programmeId,
  });
  const homes = useQuery({ queryKey: ['welfare', 'homes', programmeId], queryFn: () => fetchHomes(programmeId) });
  const provinces = useQuery({
    queryKey: ['admin-units', 'provinces'],
    queryFn: () => api.get<{ items: { code: string; name: string }[] }>('/api/admin-units?version=2025-07-01'),
  });
  const communes = useQuery({
    queryKey: ['admin-units', provinceCode],
    queryFn: () => fetchCommunes(provinceCode!),
    enabled: !!provinceCode,
  });
  const housed = new Set((homes.data?.items ?? []).map((h) => h.nominationId));
  const save = useMutation({
    mutationFn: createHome,
    onSuccess: (r) => void navigate(`/welfare/homes/${r.id}`),
  });
  const required = [{ required: true, message: t('homes.required') }];
  return (
    <Card>
      <Typography.Title level={3}>{t('homes.new')}</Typography.Title>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          programmeId: Number(params.get('programmeId')) || undefined,
          kind: 'build',
          appliedOn: todayIso(),
          provinceCode: '44',
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="programmeId" label={t('homes.field.programme')} rules={required}>
          <Select
            data-testid="home-programme"
            options={(programmes.data?.items ?? [])
              .filter((p) => p.kind === 'union_home')
              .map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item name="nominationId" label={t('homes.field.beneficiary')} rules={required}>
          <Select
            data-testid="home-nomination"
            showSearch
            optionFilterProp="label"
            options={(nominations.data?.items ?? [])
              .filter((n) => ['approved', 'handed_out'].includes(n.status) && !housed.has(n.id))
              .map((n) => ({ value: n.id, label: `${n.fullName} — ${n.unitName}` }))}
          />
        </Form.Item>
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
        {save.error && (
          <Typography.Paragraph type="danger" role="alert" data-testid="home-error">
            {errorText(save.error)}
          </Typography.Paragraph>
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="home-submit">
          {t('homes.create')}
        </Button>
      </Form>
    </Card>
  );
}
