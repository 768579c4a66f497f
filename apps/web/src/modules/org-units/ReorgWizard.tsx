import { useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Flex, Form, Input, List, Modal, Radio, Steps, Typography } from 'antd';
import { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrgUnitDetail, ReorganizationResult } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { ChangeList } from './ChangeList';
import { orgKeys, reorganize } from './org-units.api';
import { UnitTreeSelect } from './UnitTreeSelect';
import { todayDay } from '../../ui/today';

type Operation = 'move' | 'merge' | 'close' | 'rename' | 'split';
type Values = {
  operation: Operation;
  targetId?: number;
  effectiveOn: Dayjs;
  note?: string;
  name?: string;
  newCode?: string;
  newName?: string;
  closeSource?: boolean;
};

/** Pick an operation → details → preview (a dry run) → confirm. */
export function ReorgWizard({ unit, open, onClose }: { unit: OrgUnitDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState(0);
  const [values, setValues] = useState<Values | null>(null);
  const [result, setResult] = useState<ReorganizationResult | null>(null);
  const operation = Form.useWatch('operation', form) ?? values?.operation ?? 'move';

  const body = (v: Values): Record<string, unknown> => {
    const common = { effectiveOn: v.effectiveOn.format('YYYY-MM-DD'), ...(v.note ? { note: v.note } : {}) };
    switch (v.operation) {
      case 'move':
        return { operation: 'move', unitId: unit.id, newParentId: v.targetId!, ...common };
      case 'merge':
        return { operation: 'merge', unitIds: [unit.id], survivorId: v.targetId!, ...common };
      case 'close':
        return { operation: 'close', unitId: unit.id, targetId: v.targetId!, ...common };
      case 'rename':
        return { operation: 'rename', unitId: unit.id, name: v.name!, ...common };
      case 'split':
        return {
          operation: 'split',
          unitId: unit.id,
          closeSource: v.closeSource ?? false,
          newUnits: [{ code: v.newCode!, name: v.newName!, kind: unit.kind, subkind: unit.subkind, childIds: [] }],
          ...common,
        };
    }
  };
  const run = useMutation({
    mutationFn: ({ v, dryRun }: { v: Values; dryRun: boolean }) =>
      reorganize({ ...body(v), dryRun } as Parameters<typeof reorganize>[0]),
    onSuccess: (r) => {
      setResult(r);
      if (!r.dryRun) void queryClient.invalidateQueries({ queryKey: orgKeys.all });
    },
  });
  const close = () => {
    setStep(0);
    setValues(null);
    setResult(null);
    run.reset();
    onClose();
  };
  const needsTarget = operation === 'move' || operation === 'merge' || operation === 'close';
  const required = { required: true, message: t('orgTree.wizard.required') };

  return (
    <Modal
      open={open}
      width={760}
      title={t('orgTree.wizard.title', { name: unit.name })}
      onCancel={close}
      footer={null}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[
          { title: t('orgTree.wizard.stepOperation') },
          { title: t('orgTree.wizard.stepDetails') },
          { title: t('orgTree.wizard.stepPreview') },
        ]}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ operation: 'move', effectiveOn: todayDay() }}
        onFinish={(v) => {
          const all = { ...values, ...v };
          setValues(all);
          setStep(2);
          run.mutate({ v: all, dryRun: true });
        }}
      >
        <div style={{ display: step === 0 ? 'block' : 'none' }}>
          <Form.Item name="operation">
            <Radio.Group
              data-testid="wizard-operation"
              options={(['move', 'merge', 'split', 'close', 'rename'] as const).map((o) => ({
                value: o,
                label: t(`orgTree.operations.${o}`),
              }))}
            />
          </Form.Item>
          <Button type="primary" onClick={() => setStep(1)} data-testid="wizard-next">
            {t('orgTree.wizard.next')}
          </Button>
        </div>
        {step === 1 && (
          <>
            {needsTarget && (
              <Form.Item
                name="targetId"
                label={
                  operation === 'move'
                    ? t('orgTree.wizard.newParent')
                    : operation === 'merge'
                      ? t('orgTree.wizard.survivor')
                      : t('orgTree.wizard.target')
                }
                rules={[required]}
              >
                <UnitTreeSelect />
              </Form.Item>
            )}
            {operation === 'rename' && (
              <Form.Item name="name" label={t('orgTree.wizard.newName')} rules={[required]} initialValue={unit.name}>
                <Input />
              </Form.Item>
            )}
            {operation === 'split' && (
              <>
                <Form.Item name="newCode" label={t('orgTree.wizard.newUnitCode')} rules={[required]}>
                  <Input />
                </Form.Item>
                <Form.Item name="newName" label={t('orgTree.wizard.newUnitName')} rules={[required]}>
                  <Input />
                </Form.Item>
                <Form.Item name="closeSource" valuePropName="checked">
                  <Checkbox>{t('orgTree.wizard.closeSource')}</Checkbox>
                </Form.Item>
              </>
            )}
            <Form.Item
              name="effectiveOn"
              label={t('orgTree.wizard.effectiveOn')}
              rules={[{ required: true, message: t('orgTree.wizard.dateRequired') }]}
            >
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item name="note" label={t('orgTree.wizard.note')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Flex gap={8}>
              <Button onClick={() => setStep(0)}>{t('orgTree.wizard.back')}</Button>
              <Button type="primary" htmlType="submit" data-testid="wizard-preview">
                {t('orgTree.wizard.preview')}
              </Button>
            </Flex>
          </>
        )}
      </Form>
      {step === 2 && (
        <Flex vertical gap={12}>
          {run.isError && <Alert type="error" showIcon title={errorText(run.error)} data-testid="wizard-error" />}
          {result && (
            <>
              {!result.dryRun && (
                <Alert
                  type="success"
                  showIcon
                  title={t('orgTree.wizard.done', { status: t(`orgTree.statuses.${result.status}`) })}
                />
              )}
              <ChangeList changes={result.changes} />
              <Typography.Text>{t('orgTree.wizard.membersMoved', { count: result.membersMoved })}</Typography.Text>
            </>
          )}
          <Flex gap={8}>
            {(!result || result.dryRun) && <Button onClick={() => setStep(1)}>{t('orgTree.wizard.back')}</Button>}
            {result?.dryRun && (
              <Button
                type="primary"
                loading={run.isPending}
                onClick={() => values && run.mutate({ v: values, dryRun: false })}
                data-testid="wizard-confirm"
              >
                {t('orgTree.wizard.confirm')}
              </Button>
            )}
            {result && !result.dryRun && <Button onClick={close}>{t('orgTree.wizard.close')}</Button>}
          </Flex>
        </Flex>
      )}
      {step === 2 && run.isPending && <List loading />}
    </Modal>
  );
}
