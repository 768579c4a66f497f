import { useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Form, Input, Modal, Space, Typography } from 'antd';
import { DownloadOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateVN, type BriefingDetail } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { DateInput } from '../../ui/DateInputs';
import { showApiErrorOnFields } from '../../ui/form-errors';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { briefingKeys, createTask, fetchBriefing, updateBriefing, type TaskForm } from './briefings.api';
import { TaskList } from './TaskList';

/** A briefing or working session: the record, its tasks, the open tasks it carries forward, the documents. */
export function BriefingPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const q = useQuery({ queryKey: briefingKeys.one(id), queryFn: () => fetchBriefing(id) });
  const [editing, setEditing] = useState(false);
  const [tasking, setTasking] = useState(false);
  const b = q.data;
  if (!b) return <Card loading={q.isLoading}>{q.isError && errorText(q.error)}</Card>;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card>
        <Flex justify="space-between" wrap gap={8}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {b.title}
          </Typography.Title>
          <Space wrap>
            {b.canEdit && (
              <Button onClick={() => setEditing(true)} data-testid="briefing-edit">
                {t('briefings.edit')}
              </Button>
            )}
            {(['minutes', 'notice'] as const).map((k) => (
              <Button
                key={k}
                icon={<DownloadOutlined />}
                href={`/api/briefings/${id}/${k}.docx`}
                data-testid={`briefing-${k}`}
              >
                {t(`briefings.download.${k}`)}
              </Button>
            ))}
          </Space>
        </Flex>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('briefings.host')}>{b.unitName}</Descriptions.Item>
          {b.subjectUnitName && (
            <Descriptions.Item label={t('briefings.subject')}>{b.subjectUnitName}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('briefings.heldOn')}>{formatDateVN(b.heldOn)}</Descriptions.Item>
          <Descriptions.Item label={t('briefings.chair')}>{b.chair}</Descriptions.Item>
          {b.place && <Descriptions.Item label={t('briefings.place')}>{b.place}</Descriptions.Item>}
          {b.participants && (
            <Descriptions.Item label={t('briefings.participants')}>{b.participants}</Descriptions.Item>
          )}
        </Descriptions>
        {b.opinions.length > 0 && (
          <>
            <Typography.Title level={5}>{t('briefings.opinions')}</Typography.Title>
            {b.opinions.map((o, i) => (
              <Typography.Paragraph key={i}>
                <strong>{o.unitName}:</strong> {o.text}
              </Typography.Paragraph>
            ))}
          </>
        )}
        <Typography.Title level={5}>{t('briefings.conclusions')}</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="briefing-conclusions">
          {b.conclusions || '—'}
        </Typography.Paragraph>
        <Typography.Title level={5}>{t('briefings.directives')}</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{b.directives || '—'}</Typography.Paragraph>
      </Card>
      <Card
        title={t('briefings.tasks')}
        extra={
          b.canEdit && (
            <Button icon={<PlusOutlined />} onClick={() => setTasking(true)} data-testid="task-new">
              {t('briefings.newTask')}
            </Button>
          )
        }
      >
        <TaskList tasks={b.tasks} testId="briefing-tasks" />
      </Card>
      <Card title={t('briefings.carried', { count: b.carriedForward.length })}>
        <TaskList tasks={b.carriedForward} testId="briefing-carried" />
      </Card>
      {editing && <EditModal b={b} onClose={() => setEditing(false)} />}
      {tasking && <TaskModal briefingId={id} onClose={() => setTasking(false)} />}
    </Space>
  );
}

function EditModal({ b, onClose }: { b: BriefingDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Record<string, unknown>>();
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      updateBriefing(b.id, {
        unitId: b.unitId,
        kind: b.kind,
        subjectUnitId: b.subjectUnitId,
        reportAssignmentIds: b.reports.map((r) => r.id),
        ...(v as object),
      } as Parameters<typeof updateBriefing>[1]),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: briefingKeys.all });
      onClose();
    },
    onError: (e) => {
      if (!showApiErrorOnFields(form, e)) void message.error(errorText(e));
    },
  });
  const required = [{ required: true, message: t('briefings.required') }];
  return (
    <Modal
      open
      width={720}
      title={t('briefings.edit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'briefing-edit-save' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: b.title,
          heldOn: b.heldOn,
          chair: b.chair,
          place: b.place,
          participants: b.participants,
          opinions: b.opinions,
          conclusions: b.conclusions,
          directives: b.directives,
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="title" label={t('briefings.titleLabel')} rules={required}>
          <Input />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item name="heldOn" label={t('briefings.heldOn')} rules={required}>
            <DateInput />
          </Form.Item>
          <Form.Item name="chair" label={t('briefings.chair')} rules={required} style={{ flex: 1, minWidth: 200 }}>
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item name="place" label={t('briefings.place')}>
          <Input />
        </Form.Item>
        <Form.Item name="participants" label={t('briefings.participants')}>
          <Input.TextArea autoSize />
        </Form.Item>
        <Typography.Text strong>{t('briefings.opinions')}</Typography.Text>
        <Form.List name="opinions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} wrap align="start">
                  <Form.Item name={[f.name, 'unitName']} rules={required} style={{ minWidth: 180, flex: 1 }}>
                    <Input placeholder={t('briefings.opinionUnit')} aria-label={t('briefings.opinionUnit')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'text']} rules={required} style={{ minWidth: 220, flex: 2 }}>
                    <Input.TextArea
                      autoSize
                      placeholder={t('briefings.opinionText')}
                      aria-label={t('briefings.opinionText')}
                    />
                  </Form.Item>
                  <Button
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={t('briefings.remove')}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ unitName: '', text: '' })}
                style={{ marginBottom: 12 }}
              >
                {t('briefings.addOpinion')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="conclusions" label={t('briefings.conclusions')}>
          <Input.TextArea autoSize={{ minRows: 3 }} data-testid="briefing-conclusions-input" />
        </Form.Item>
        <Form.Item name="directives" label={t('briefings.directives')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function TaskModal({ briefingId, onClose }: { briefingId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<TaskForm>();
  const save = useMutation({
    mutationFn: (v: TaskForm) => createTask({ ...v, briefingId }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: briefingKeys.all });
      onClose();
    },
    onError: (e) => {
      if (!showApiErrorOnFields(form, e)) void message.error(errorText(e));
    },
  });
  const required = [{ required: true, message: t('briefings.required') }];
  return (
    <Modal
      open
      title={t('briefings.newTask')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'task-save' }}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="title" label={t('briefings.taskTitle')} rules={required}>
          <Input.TextArea autoSize data-testid="task-title" />
        </Form.Item>
        <Form.Item name="unitId" label={t('briefings.owner')} rules={required}>
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item name="deadline" label={t('briefings.deadline')} rules={required}>
          <DateInput data-testid="task-deadline" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
