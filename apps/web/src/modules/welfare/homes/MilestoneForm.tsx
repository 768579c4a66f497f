import { useState } from 'react';
import { Button, Flex, Form, Input, InputNumber, Typography, message } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HomeDetail, MilestoneBody } from '@congdoan/domain';
import { errorText } from '../../../api/client';
import { DateInput } from '../../../ui/DateInputs';
import { milestoneErrorFields, showHomeError } from './home-errors';
import { addMilestone, editMilestone, homeKeys } from './homes.api';

type Milestone = HomeDetail['milestones'][number];

/**
 * Records a construction milestone, or (with `milestone`) corrects one. The caller keys it by the milestone so a
 * form never keeps another milestone's values.
 */
export function MilestoneForm({
  homeId,
  milestone,
  onDone,
}: {
  homeId: number;
  milestone?: Milestone;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<MilestoneBody>();
  const [general, setGeneral] = useState<string | null>(null);
  const prefix = milestone ? 'milestone-edit' : 'milestone';
  const save = useMutation({
    mutationFn: (v: MilestoneBody) => (milestone ? editMilestone(homeId, milestone.id, v) : addMilestone(homeId, v)),
    onSuccess: () => {
      if (milestone) void message.success(t('homes.saved'));
      else form.resetFields();
      void qc.invalidateQueries({ queryKey: homeKeys.one(homeId) });
      onDone?.();
    },
    onError: (e) => setGeneral(showHomeError(form, e, milestoneErrorFields) ? null : errorText(e)),
  });
  const required = [{ required: true, message: t('homes.required') }];
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={
        milestone
          ? {
              title: milestone.title,
              doneOn: milestone.doneOn,
              progressPercent: milestone.progressPercent,
              note: milestone.note,
            }
          : undefined
      }
      onFinish={(v) => {
        setGeneral(null);
        save.mutate({ ...v, note: v.note || null });
      }}
    >
      <Form.Item name="title" label={t('homes.field.milestoneTitle')} rules={required}>
        <Input data-testid={`${prefix}-title`} />
      </Form.Item>
      <Form.Item name="doneOn" label={t('homes.field.doneOn')} rules={required}>
        <DateInput data-testid={`${prefix}-doneOn`} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="progressPercent" label={t('homes.field.progressPercent')} rules={required}>
        <InputNumber min={0} max={100} data-testid={`${prefix}-progress`} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('homes.field.note')}>
        <Input.TextArea rows={2} data-testid={`${prefix}-note`} />
      </Form.Item>
      {general && (
        <Typography.Paragraph type="danger" role="alert" data-testid={`${prefix}-error`}>
          {general}
        </Typography.Paragraph>
      )}
      <Flex gap={8} wrap>
        <Button
          type={milestone ? 'primary' : 'default'}
          htmlType="submit"
          loading={save.isPending}
          data-testid={`${prefix}-submit`}
        >
          {milestone ? t('homes.save') : t('homes.addMilestone')}
        </Button>
        {milestone && <Button onClick={onDone}>{t('homes.cancel')}</Button>}
      </Flex>
    </Form>
  );
}
