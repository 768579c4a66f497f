import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { dialogueKinds, formatDateVN, type Dialogue } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { createDialogue, fetchDialogues, petitionKeys } from './petitions.api';
import { PetitionNav } from './PetitionNav';

type Values = {
  unitId: number;
  kind: string;
  title: string;
  host: string;
  heldOn: Dayjs;
  place?: string;
  participants?: string;
  agenda?: string;
};

export function DialoguesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<Values>();
  const list = useQuery({ queryKey: petitionKeys.dialogues, queryFn: fetchDialogues });
  const save = useMutation({
    mutationFn: (v: Values) =>
      createDialogue({
        ...v,
        heldOn: v.heldOn.format('YYYY-MM-DD'),
        place: v.place?.trim() || null,
        participants: v.participants?.trim() || null,
        agenda: v.agenda?.trim() || null,
      }),
    onSuccess: (d) => {
      void queryClient.invalidateQueries({ queryKey: petitionKeys.dialogues });
      setCreating(false);
      void navigate(`/dialogues/${d.id}`);
    },
  });
  const required = [{ required: true, message: t('petitions.required') }];
  return (
    <Card>
      <PetitionNav />
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('petitions.dialogues.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="dialogue-new">
          {t('petitions.dialogues.new')}
        </Button>
      </Flex>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Table<Dialogue>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        columns={[
          {
            title: t('petitions.fields.title'),
            key: 'title',
            render: (_, d) => (
              <Link to={`/dialogues/${d.id}`} data-testid={`dialogue-link-${d.id}`}>
                {d.title}
              </Link>
            ),
          },
          {
            title: t('petitions.dialogues.kind'),
            dataIndex: 'kind',
            render: (k: string) => t(`petitions.dialogueKind.${k}`),
          },
          { title: t('petitions.dialogues.host'), dataIndex: 'host' },
          { title: t('petitions.dialogues.heldOn'), dataIndex: 'heldOn', render: (v: string) => formatDateVN(v) },
          { title: t('petitions.reports.count'), dataIndex: 'petitionCount', align: 'right' },
        ]}
      />
      <Modal
        open={creating}
        title={t('petitions.dialogues.new')}
        onOk={() => form.submit()}
        onCancel={() => setCreating(false)}
        confirmLoading={save.isPending}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'dialogue-save' }}
      >
        {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 16 }} />}
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ kind: 'government' }}
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item name="unitId" label={t('petitions.calls.unit')} rules={required}>
            <UnitTreeSelect />
          </Form.Item>
          <Form.Item name="kind" label={t('petitions.dialogues.kind')} rules={required}>
            <Select options={dialogueKinds.map((k) => ({ value: k, label: t(`petitions.dialogueKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('petitions.fields.title')} rules={required}>
            <Input data-testid="dialogue-title" />
          </Form.Item>
          <Form.Item name="host" label={t('petitions.dialogues.host')} rules={required}>
            <Input data-testid="dialogue-host" />
          </Form.Item>
          <Form.Item name="heldOn" label={t('petitions.dialogues.heldOn')} rules={required}>
            <DatePicker format="DD/MM/YYYY" data-testid="dialogue-date" />
          </Form.Item>
          <Form.Item name="place" label={t('petitions.dialogues.place')}>
            <Input />
          </Form.Item>
          <Form.Item name="participants" label={t('petitions.dialogues.participants')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="agenda" label={t('petitions.dialogues.agenda')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Typography.Text type="secondary">{t('petitions.dialogues.campaignNote')}</Typography.Text>
        </Form>
      </Modal>
    </Card>
  );
}
