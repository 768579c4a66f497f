import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { formatDateTimeVN, type PetitionCall } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { fetchChildren, orgKeys } from '../org-units/org-units.api';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { createCall, fetchCalls, petitionKeys } from './petitions.api';
import { PetitionNav } from './PetitionNav';

type Values = { unitId: number; title: string; description?: string; deadline: Dayjs; targetUnitIds: number[] };

function NewCallModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form);
  const children = useQuery({
    queryKey: orgKeys.children(unitId ?? 0),
    queryFn: () => fetchChildren(Number(unitId)),
    enabled: !!unitId,
  });
  const save = useMutation({
    mutationFn: (v: Values) =>
      createCall({
        unitId: v.unitId,
        title: v.title,
        description: v.description?.trim() || null,
        deadline: v.deadline.toISOString(),
        targetUnitIds: v.targetUnitIds,
      }),
    onSuccess: ({ id }) => {
      void queryClient.invalidateQueries({ queryKey: petitionKeys.calls });
      onClose();
      void navigate(`/petition-calls/${id}`);
    },
  });
  const required = [{ required: true, message: t('petitions.required') }];
  return (
    <Modal
      open={open}
      title={t('petitions.calls.new')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'call-save' }}
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="unitId" label={t('petitions.calls.unit')} rules={required}>
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item name="title" label={t('petitions.fields.title')} rules={required}>
          <Input data-testid="call-title" />
        </Form.Item>
        <Form.Item name="deadline" label={t('petitions.fields.deadline')} rules={required}>
          <DatePicker showTime format="DD/MM/YYYY HH:mm" data-testid="call-deadline" />
        </Form.Item>
        <Form.Item name="targetUnitIds" label={t('petitions.calls.targets')} rules={required}>
          <Select
            mode="multiple"
            placeholder={t('petitions.calls.targetsHint')}
            aria-label={t('petitions.calls.targetsHint')}
            loading={children.isFetching}
            data-testid="call-targets"
            options={(children.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('petitions.calls.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CallsPage() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const calls = useQuery({ queryKey: petitionKeys.calls, queryFn: fetchCalls });
  return (
    <Card>
      <PetitionNav />
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('petitions.calls.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="call-new">
          {t('petitions.calls.new')}
        </Button>
      </Flex>
      {calls.isError && <Alert type="error" showIcon title={errorText(calls.error)} />}
      <Table<PetitionCall>
        rowKey="id"
        loading={calls.isFetching}
        dataSource={calls.data ?? []}
        pagination={false}
        columns={[
          {
            title: t('petitions.fields.title'),
            key: 'title',
            render: (_, c) => (
              <Link to={`/petition-calls/${c.id}`} data-testid={`call-link-${c.id}`}>
                {c.title}
              </Link>
            ),
          },
          { title: t('petitions.calls.unit'), dataIndex: 'unitName' },
          { title: t('petitions.fields.deadline'), dataIndex: 'deadline', render: (v: string) => formatDateTimeVN(v) },
          {
            title: t('petitions.fields.status'),
            key: 'state',
            render: (_, c) => (
              <Flex gap={4} wrap>
                <Tag color={c.open ? 'green' : 'default'}>
                  {t(c.open ? 'petitions.calls.open' : 'petitions.calls.closed')}
                </Tag>
                <Tag>{t('petitions.calls.progress', { submitted: c.submittedCount, total: c.targetCount })}</Tag>
                {c.lateCount > 0 && <Tag color="red">{t('petitions.calls.late', { count: c.lateCount })}</Tag>}
              </Flex>
            ),
          },
        ]}
      />
      <NewCallModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
