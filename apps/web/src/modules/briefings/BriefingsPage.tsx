import { useState } from 'react';
import { App, Button, Card, Flex, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateVN, Permission } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { DateInput } from '../../ui/DateInputs';
import { showApiErrorOnFields } from '../../ui/form-errors';
import { useCurrentUser } from '../auth/current-user';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { briefingKeys, createBriefing, fetchBriefings, type BriefingForm } from './briefings.api';

/** Briefings and working sessions, newest first, and the form to record one. */
export function BriefingsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const list = useQuery({ queryKey: briefingKeys.list, queryFn: fetchBriefings });
  const [adding, setAdding] = useState(false);
  return (
    <Card>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('briefings.title')}
        </Typography.Title>
        {me.permissions.includes(Permission.ReportWrite) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="briefing-new">
            {t('briefings.new')}
          </Button>
        )}
      </Flex>
      <List
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('briefings.empty') }}
        renderItem={(b) => (
          <List.Item key={b.id}>
            <Space direction="vertical" size={2}>
              <Space wrap>
                <Link to={`/briefings/${b.id}`} data-testid={`briefing-${b.id}`}>
                  {b.title}
                </Link>
                <Tag>{t(`briefings.kind.${b.kind}`)}</Tag>
                {b.openTasks > 0 && <Tag color="gold">{t('briefings.openTasks', { count: b.openTasks })}</Tag>}
              </Space>
              <Typography.Text type="secondary">
                {b.unitName}
                {b.subjectUnitName ? ` — ${b.subjectUnitName}` : ''} · {formatDateVN(b.heldOn)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {adding && <BriefingModal onClose={() => setAdding(false)} />}
    </Card>
  );
}

type Values = Omit<BriefingForm, 'opinions' | 'reportAssignmentIds'>;

function BriefingModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const save = useMutation({
    mutationFn: (v: Values) => createBriefing({ ...v, opinions: [], reportAssignmentIds: [] }),
    onSuccess: async (r) => {
      await client.invalidateQueries({ queryKey: briefingKeys.all });
      onClose();
      void navigate(`/briefings/${r.id}`);
    },
    onError: (e) => {
      if (!showApiErrorOnFields(form, e)) void message.error(errorText(e));
    },
  });
  const required = [{ required: true, message: t('briefings.required') }];
  return (
    <Modal
      open
      title={t('briefings.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'briefing-save' }}
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'briefing' }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="kind" label={t('briefings.kindLabel')}>
          <Select
            options={(['briefing', 'working_session'] as const).map((k) => ({
              value: k,
              label: t(`briefings.kind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('briefings.host')} rules={required}>
          <UnitTreeSelect />
        </Form.Item>
        {kind === 'working_session' && (
          <Form.Item name="subjectUnitId" label={t('briefings.subject')} rules={required}>
            <UnitTreeSelect />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('briefings.titleLabel')} rules={required}>
          <Input data-testid="briefing-title" />
        </Form.Item>
        <Form.Item name="heldOn" label={t('briefings.heldOn')} rules={required}>
          <DateInput data-testid="briefing-date" />
        </Form.Item>
        <Form.Item name="chair" label={t('briefings.chair')} rules={required}>
          <Input data-testid="briefing-chair" />
        </Form.Item>
        <Form.Item name="place" label={t('briefings.place')}>
          <Input />
        </Form.Item>
        <Form.Item name="participants" label={t('briefings.participants')}>
          <Input.TextArea autoSize />
        </Form.Item>
      </Form>
    </Modal>
  );
}
