import { useEffect } from 'react';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { benefitForms, fundingSources, welfareKinds, type ProgrammeBody } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { createProgramme, fetchProgramme, updateProgramme, welfareKeys } from './welfare.api';

type Values = Omit<ProgrammeBody, 'nominationFrom' | 'nominationTo' | 'handoutFrom' | 'handoutTo'> & {
  nomination: [Dayjs, Dayjs];
  handout?: [Dayjs, Dayjs] | null;
};

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Whose members may benefit: a unit of the owner's subtree, or empty for the owner's whole subtree. */
function EligibleUnit({
  value,
  onChange,
  id,
}: {
  value?: number | null;
  onChange?: (v: number | null) => void;
  id?: string;
}) {
  return <UnitTreeSelect id={id} value={value ?? undefined} onChange={onChange} onClear={() => onChange?.(null)} />;
}

/** Create or edit a programme: kind, period, benefit, total quota, eligibility, cap and funding sources. */
export function ProgrammeFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const id = Number(useParams().id) || null;
  const [form] = Form.useForm<Values>();
  const existing = useQuery({ queryKey: welfareKeys.one(id ?? 0), queryFn: () => fetchProgramme(id!), enabled: !!id });
  useEffect(() => {
    const p = existing.data;
    if (!p) return;
    form.setFieldsValue({
      ...p,
      benefitDescription: p.benefitDescription ?? '',
      eligibleStatuses: p.eligibleStatuses as ProgrammeBody['eligibleStatuses'],
      nomination: [dayjs(p.nominationFrom), dayjs(p.nominationTo)],
      handout: p.handoutFrom && p.handoutTo ? [dayjs(p.handoutFrom), dayjs(p.handoutTo)] : null,
    });
  }, [existing.data, form]);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const { nomination, handout, ...rest } = v;
      const body: ProgrammeBody = {
        ...rest,
        nominationFrom: day(nomination[0]),
        nominationTo: day(nomination[1]),
        handoutFrom: handout ? day(handout[0]) : null,
        handoutTo: handout ? day(handout[1]) : null,
      };
      return id ? updateProgramme(id, body) : createProgramme(body);
    },
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: welfareKeys.all });
      void message.success(t('welfare.saved'));
      void navigate(`/welfare/${r.id}`);
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const required = [{ required: true, message: t('welfare.required') }];
  const vnd = { min: 0, step: 100000, style: { width: '100%' } };
  return (
    <Card style={{ maxWidth: 760 }}>
      <Typography.Title level={3}>{id ? t('welfare.edit') : t('welfare.new')}</Typography.Title>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{
          kind: 'tet_gift',
          year: new Date().getFullYear(),
          benefitForm: 'cash',
          hardshipCategories: [],
          nonMembersAllowed: false,
          yearlyCapMode: 'block',
          eligibleStatuses: ['active'],
          funding: [],
        }}
      >
        {/* Kept as loaded on edit (not on this form yet), so saving does not clear it. */}
        <Form.Item name="campaignId" hidden>
          <InputNumber />
        </Form.Item>
        <Form.Item name="unitId" label={t('welfare.unit')} rules={required}>
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item name="name" label={t('welfare.name')} rules={required}>
          <Input maxLength={300} data-testid="welfare-name" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="kind" label={t('welfare.kindLabel')} rules={required}>
            <Select
              style={{ minWidth: 240 }}
              options={welfareKinds.map((k) => ({ value: k, label: t(`welfare.kind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="year" label={t('welfare.year')} rules={required}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
        </Space>
        <Form.Item name="nomination" label={t('welfare.nominationPeriod')} rules={required}>
          <DatePicker.RangePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="handout" label={t('welfare.handoutPeriod')}>
          <DatePicker.RangePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="benefitForm" label={t('welfare.benefitFormLabel')} rules={required}>
          <Select options={benefitForms.map((f) => ({ value: f, label: t(`welfare.form.${f}`) }))} />
        </Form.Item>
        <Form.Item name="benefitVnd" label={t('welfare.benefitVnd')} rules={required}>
          <InputNumber {...vnd} data-testid="welfare-benefit" />
        </Form.Item>
        <Form.Item name="benefitDescription" label={t('welfare.benefitDescription')}>
          <Input maxLength={500} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="totalCount" label={t('welfare.totalCount')} rules={required}>
            <InputNumber min={0} data-testid="welfare-total" />
          </Form.Item>
          <Form.Item name="totalBudgetVnd" label={t('welfare.totalBudget')} rules={required}>
            <InputNumber {...vnd} style={{ width: 220 }} data-testid="welfare-budget" />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>{t('welfare.eligibility.title')}</Typography.Title>
        <Form.Item name="eligibleStatuses" label={t('welfare.eligibility.statuses')} rules={required}>
          <Select
            mode="multiple"
            options={(['active', 'in_transit'] as const).map((s) => ({
              value: s,
              label: t(`welfare.eligibility.status.${s}`),
            }))}
            data-testid="welfare-eligible-statuses"
          />
        </Form.Item>
        <Form.Item
          name="eligibleUnitId"
          label={t('welfare.eligibility.unit')}
          extra={t('welfare.eligibility.unitHelp')}
        >
          <EligibleUnit />
        </Form.Item>
        <Form.Item name="hardshipCategories" label={t('welfare.categories')}>
          <Select mode="tags" tokenSeparators={[',']} />
        </Form.Item>
        <Form.Item name="nonMembersAllowed" label={t('welfare.nonMembers')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Space wrap>
          <Form.Item name="yearlyCapVnd" label={t('welfare.cap')}>
            <InputNumber {...vnd} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="yearlyCapMode" label={t('welfare.capMode')}>
            <Select
              style={{ minWidth: 180 }}
              options={[
                { value: 'block', label: t('welfare.capBlock') },
                { value: 'warn', label: t('welfare.capWarn') },
              ]}
            />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>{t('welfare.funding')}</Typography.Title>
        <Form.List name="funding">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} wrap align="baseline">
                  {/* a kept source keeps its row: hand-outs point at it */}
                  <Form.Item name={[f.name, 'id']} hidden>
                    <InputNumber />
                  </Form.Item>
                  <Form.Item name={[f.name, 'sourceKind']} rules={required}>
                    <Select
                      style={{ minWidth: 180 }}
                      options={fundingSources.map((s) => ({ value: s, label: t(`welfare.source.${s}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'sponsorName']}>
                    <Input placeholder={t('welfare.sponsorName')} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'amountVnd']} rules={required}>
                    <InputNumber min={0} step={1000000} placeholder={t('welfare.amount')} style={{ width: 180 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="remove" />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ sourceKind: 'social_fund' })}>
                {t('welfare.addFunding')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="welfare-save">
            {t('welfare.save')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
