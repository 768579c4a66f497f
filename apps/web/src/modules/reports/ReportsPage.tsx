import { useState } from 'react';
import { App, Button, Card, Flex, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateVN, Permission } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { DateInput } from '../../ui/DateInputs';
import { showApiErrorOnFields } from '../../ui/form-errors';
import { useCurrentUser } from '../auth/current-user';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { assign, fetchAssignments, fetchForms, reportKeys } from './reports.api';
import { ReportStatusTag } from './ReportStatusTag';

type AssignValues = {
  formId: number;
  unitId: number;
  periodLabel: string;
  periodFrom: string;
  periodTo: string;
  deadline: string;
};

/** The report rounds an official meets: their own units' reports to fill in, and those waiting for review. */
export function ReportsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const list = useQuery({ queryKey: reportKeys.assignments, queryFn: fetchAssignments });
  const [assigning, setAssigning] = useState(false);
  return (
    <Card>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('reports.title')}
        </Typography.Title>
        {me.permissions.includes(Permission.ReportWrite) && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAssigning(true)}
            data-testid="reports-assign"
          >
            {t('reports.assign')}
          </Button>
        )}
      </Flex>
      <List
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('reports.empty') }}
        renderItem={(a) => (
          <List.Item key={a.id} data-testid={`reports-assignment-${a.id}`}>
            <List.Item.Meta
              title={
                <Space wrap>
                  <span>
                    {a.formName} — {a.periodLabel}
                  </span>
                  {a.toReview > 0 && <Tag color="gold">{t('reports.toReview', { count: a.toReview })}</Tag>}
                </Space>
              }
              description={
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <span>
                    {t('reports.assignedBy')}: {a.unitName} · {t('reports.deadline')}: {formatDateVN(a.deadline)}
                  </span>
                  {a.mine.map((m) => (
                    <Space key={m.unitId} wrap>
                      <Link to={`/reports/${a.id}/units/${m.unitId}`} data-testid={`reports-open-${a.id}-${m.unitId}`}>
                        {m.unitName}
                      </Link>
                      <ReportStatusTag status={m.status} />
                    </Space>
                  ))}
                  <Link to={`/reports/${a.id}/completeness`} data-testid={`reports-completeness-${a.id}`}>
                    {t('reports.completenessLink')}
                  </Link>
                </Space>
              }
            />
          </List.Item>
        )}
      />
      {assigning && <AssignModal onClose={() => setAssigning(false)} />}
    </Card>
  );
}

function AssignModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignValues>();
  const client = useQueryClient();
  const forms = useQuery({ queryKey: reportKeys.forms, queryFn: fetchForms });
  const save = useMutation({
    mutationFn: assign,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: reportKeys.all });
      void message.success(t('reports.assigned'));
      onClose();
    },
    onError: (e) => {
      if (!showApiErrorOnFields(form, e)) void message.error(errorText(e));
    },
  });
  return (
    <Modal
      open
      title={t('reports.assign')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('reports.assignOk')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'reports-assign-ok' }}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="formId" label={t('reports.form')} rules={[{ required: true, message: t('reports.required') }]}>
          <Select
            data-testid="reports-assign-form"
            options={(forms.data?.items ?? []).map((f) => ({ value: f.id, label: `${f.name} (v${f.version})` }))}
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('reports.unit')} rules={[{ required: true, message: t('reports.required') }]}>
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item
          name="periodLabel"
          label={t('reports.periodLabel')}
          rules={[{ required: true, message: t('reports.required') }]}
        >
          <Input placeholder="Quý IV năm 2026" data-testid="reports-assign-label" />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item
            name="periodFrom"
            label={t('reports.periodFrom')}
            rules={[{ required: true, message: t('reports.required') }]}
          >
            <DateInput data-testid="reports-assign-from" />
          </Form.Item>
          <Form.Item
            name="periodTo"
            label={t('reports.periodTo')}
            rules={[{ required: true, message: t('reports.required') }]}
          >
            <DateInput data-testid="reports-assign-to" />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={t('reports.deadline')}
            rules={[{ required: true, message: t('reports.required') }]}
          >
            <DateInput data-testid="reports-assign-deadline" />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
