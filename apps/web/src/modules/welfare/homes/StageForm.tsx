import { Button, Form, Input, InputNumber, Select, Space, Typography, message } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoneyVN, type HomeDetail, type HomeStage, type HomeStageBody } from '@congdoan/domain';
import { api, errorText } from '../../../api/client';
import { DateInput } from '../../../ui/DateInputs';
import { editStage, moveStage } from './homes.api';

const money = { style: { width: '100%' }, min: 0, step: 1_000_000 } as const;

/** The current values of a reached stage, to edit it. */
function initialValues(h: HomeDetail, stage: HomeStage): Record<string, unknown> {
  const pick: Record<HomeStage, Record<string, unknown>> = {
    application: {},
    survey: {
      surveyedOn: h.surveyedOn,
      surveyedBy: h.surveyedBy,
      surveyFindings: h.surveyFindings,
      estimatedCostVnd: h.estimatedCostVnd,
    },
    approval: { approvedOn: h.approvedOn, decisionNumber: h.decisionNumber, approvedCostVnd: h.approvedCostVnd },
    funding: {
      unionVnd: h.unionVnd ?? undefined,
      coFunders: h.coFunders,
      familyVnd: h.familyVnd ?? 0,
      otherVnd: h.otherVnd ?? 0,
    },
    ground_breaking: { startedOn: h.startedOn, startEventId: h.startEventId },
    completion: { completedOn: h.completedOn },
    handover: { handedOn: h.handedOn, handoverEventId: h.handoverEventId },
    final_cost: { finalCostVnd: h.finalCostVnd, note: h.note },
  };
  return pick[stage];
}

/** One stage's data: moves the house to that stage, or (mode edit) corrects it. */
export function StageForm({
  home,
  stage,
  mode,
  onDone,
}: {
  home: HomeDetail;
  stage: HomeStage;
  mode: 'move' | 'edit';
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const events = useQuery({
    queryKey: ['events', 'for-homes'],
    queryFn: () => api.get<{ items: { id: number; title: string }[] }>('/api/events'),
    enabled: stage === 'ground_breaking' || stage === 'handover',
  });
  const save = useMutation({
    mutationFn: (values: Record<string, unknown>) => {
      const body = { ...values, stage } as HomeStageBody;
      return mode === 'move' ? moveStage(home.id, body) : editStage(home.id, body);
    },
    onSuccess: () => {
      void message.success(t('homes.saved'));
      void qc.invalidateQueries({ queryKey: ['welfare'] });
      onDone();
    },
  });
  const coFunders = Form.useWatch('coFunders', form) as { amountVnd?: number }[] | undefined;
  const watched = Form.useWatch([], form) as Record<string, number | undefined> | undefined;
  const sum =
    (watched?.unionVnd ?? 0) +
    (watched?.familyVnd ?? 0) +
    (watched?.otherVnd ?? 0) +
    (coFunders ?? []).reduce((s, c) => s + (c?.amountVnd ?? 0), 0);
  const required = [{ required: true, message: t('homes.required') }];
  const eventOptions = (events.data?.items ?? []).map((e) => ({ value: e.id, label: e.title }));
  const date = (name: string) => (
    <Form.Item name={name} label={t(`homes.field.${name}`)} rules={required}>
      <DateInput data-testid={`stage-${name}`} style={{ width: '100%' }} />
    </Form.Item>
  );
  const vnd = (name: string, opt = false) => (
    <Form.Item name={name} label={t(`homes.field.${name}`)} rules={opt ? [] : required}>
      <InputNumber {...money} data-testid={`stage-${name}`} />
    </Form.Item>
  );
  const text = (name: string, area = false) => (
    <Form.Item name={name} label={t(`homes.field.${name}`)} rules={required}>
      {area ? <Input.TextArea rows={3} data-testid={`stage-${name}`} /> : <Input data-testid={`stage-${name}`} />}
    </Form.Item>
  );
  const event = (name: string) => (
    <Form.Item name={name} label={t(`homes.field.${name}`)}>
      <Select allowClear showSearch optionFilterProp="label" options={eventOptions} data-testid={`stage-${name}`} />
    </Form.Item>
  );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={mode === 'edit' ? initialValues(home, stage) : { coFunders: [], familyVnd: 0, otherVnd: 0 }}
      onFinish={(v: Record<string, unknown>) => save.mutate(v)}
    >
      {stage === 'survey' && (
        <>
          {date('surveyedOn')}
          {text('surveyedBy')}
          {text('surveyFindings', true)}
          {vnd('estimatedCostVnd')}
        </>
      )}
      {stage === 'approval' && (
        <>
          {date('approvedOn')}
          {text('decisionNumber')}
          {vnd('approvedCostVnd')}
        </>
      )}
      {stage === 'funding' && (
        <>
          {vnd('unionVnd')}
          <Form.List name="coFunders">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'name']} rules={required} label={t('homes.field.coFunderName')}>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[f.name, 'amountVnd']} rules={required} label={t('homes.field.amountVnd')}>
                      <InputNumber {...money} />
                    </Form.Item>
                    <MinusCircleOutlined aria-label={t('homes.remove')} onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ amountVnd: 0 })} style={{ marginBottom: 12 }}>
                  {t('homes.addCoFunder')}
                </Button>
              </>
            )}
          </Form.List>
          {vnd('familyVnd')}
          {vnd('otherVnd')}
          <Typography.Paragraph data-testid="funding-sum">
            {t('homes.fundingSum', {
              sum: formatMoneyVN(sum),
              approved: formatMoneyVN(home.approvedCostVnd ?? 0),
            })}
          </Typography.Paragraph>
        </>
      )}
      {stage === 'ground_breaking' && (
        <>
          {date('startedOn')}
          {event('startEventId')}
        </>
      )}
      {stage === 'completion' && date('completedOn')}
      {stage === 'handover' && (
        <>
          {date('handedOn')}
          {event('handoverEventId')}
        </>
      )}
      {stage === 'final_cost' && (
        <>
          {vnd('finalCostVnd')}
          <Form.Item name="note" label={t('homes.field.note')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
      {save.error && (
        <Typography.Paragraph type="danger" role="alert" data-testid="stage-error">
          {errorText(save.error)}
        </Typography.Paragraph>
      )}
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="stage-submit">
        {mode === 'move' ? t('homes.moveTo', { stage: t(`homes.stage.${stage}`) }) : t('homes.save')}
      </Button>
    </Form>
  );
}
