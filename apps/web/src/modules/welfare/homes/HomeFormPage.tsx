import { useState } from 'react';
import { Button, Card, Form, Select, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CreateHomeBody } from '@congdoan/domain';
import { errorText } from '../../../api/client';
import { todayIso } from '../../../ui/today';
import { fetchNominations, fetchProgrammes } from '../welfare.api';
import { ApplicationFields } from './ApplicationFields';
import { applicationErrorFields, showHomeError } from './home-errors';
import { createHome, fetchHomes } from './homes.api';

/** Opens a house record for an approved beneficiary of a Union Home programme (the application stage). */
export function HomeFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<CreateHomeBody>();
  const [general, setGeneral] = useState<string | null>(null);
  const programmeId = Form.useWatch('programmeId', form) as number | undefined;
  const programmes = useQuery({ queryKey: ['welfare', 'list'], queryFn: fetchProgrammes });
  const nominations = useQuery({
    queryKey: ['welfare', programmeId, 'nominations'],
    queryFn: () => fetchNominations(programmeId!),
    enabled: !!programmeId,
  });
  const homes = useQuery({ queryKey: ['welfare', 'homes', programmeId], queryFn: () => fetchHomes(programmeId) });
  const housed = new Set((homes.data?.items ?? []).map((h) => h.nominationId));
  const save = useMutation({
    mutationFn: createHome,
    onSuccess: (r) => void navigate(`/welfare/homes/${r.id}`),
    onError: (e) => setGeneral(showHomeError(form, e, applicationErrorFields) ? null : errorText(e)),
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
        <ApplicationFields form={form} />
        {general && (
          <Typography.Paragraph type="danger" role="alert" data-testid="home-error">
            {general}
          </Typography.Paragraph>
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="home-submit">
          {t('homes.create')}
        </Button>
      </Form>
    </Card>
  );
}
