import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Modal, Segmented, Select, Form, Typography, App } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { petitionStatuses } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { SearchBox } from '../../ui/SearchBox';
import {
  createPetition,
  fetchPetitions,
  fetchTopics,
  petitionKeys,
  type PetitionFields as Fields,
} from './petitions.api';
import { PetitionFields, petitionDefaults, toPetitionBody } from './PetitionFields';
import { PetitionNav } from './PetitionNav';
import { PetitionsTable } from './PetitionsTable';

export function PetitionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [view, setView] = useState<'top' | 'originals' | 'all'>('top');
  const [status, setStatus] = useState<string>();
  const [topicId, setTopicId] = useState<number>();
  const [overdue, setOverdue] = useState(false);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<Fields & { unitId: number }>();
  const query = { view, status, topicId, overdue: overdue ? 'true' : undefined, q, page, pageSize };
  const list = useQuery({
    queryKey: petitionKeys.list(query),
    queryFn: () => fetchPetitions(query),
    placeholderData: keepPreviousData,
  });
  const topics = useQuery({ queryKey: petitionKeys.topics, queryFn: fetchTopics, staleTime: 10 * 60_000 });
  const create = useMutation({
    mutationFn: (v: Fields & { unitId: number }) => createPetition({ ...toPetitionBody(v), unitId: v.unitId }),
    onSuccess: ({ id }) => {
      void queryClient.invalidateQueries({ queryKey: petitionKeys.all });
      void message.success(t('petitions.saved'));
      void navigate(`/petitions/${id}`);
    },
  });
  return (
    <Card>
      <PetitionNav />
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('petitions.list.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="petition-new">
          {t('petitions.list.new')}
        </Button>
      </Flex>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Segmented
          value={view}
          onChange={(v) => setView(v)}
          options={(['top', 'originals', 'all'] as const).map((v) => ({
            value: v,
            label: t(`petitions.list.view.${v}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('petitions.list.anyStatus')}
          aria-label={t('petitions.list.anyStatus')}
          value={status}
          onChange={setStatus}
          style={{ width: 200 }}
          options={petitionStatuses.map((s) => ({ value: s, label: t(`petitions.status.${s}`) }))}
        />
        <Select
          allowClear
          placeholder={t('petitions.list.anyTopic')}
          aria-label={t('petitions.list.anyTopic')}
          value={topicId}
          onChange={setTopicId}
          style={{ width: 280 }}
          options={(topics.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
        />
        <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="filter-overdue">
          {t('petitions.list.overdueOnly')}
        </Checkbox>
        <SearchBox
          value={q}
          placeholder={t('petitions.list.search')}
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
          style={{ width: 260 }}
        />
      </Flex>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />}
      <PetitionsTable
        items={list.data?.items}
        total={list.data?.total}
        loading={list.isFetching}
        page={page}
        pageSize={pageSize}
        onPage={(p, s) => {
          setPage(s === pageSize ? p : 1);
          setPageSize(s);
        }}
      />
      <Modal
        open={creating}
        title={t('petitions.list.new')}
        onOk={() => form.submit()}
        onCancel={() => setCreating(false)}
        confirmLoading={create.isPending}
        destroyOnHidden
        width={720}
      >
        {create.isError && <Alert type="error" showIcon title={errorText(create.error)} style={{ marginBottom: 16 }} />}
        <Form
          form={form}
          layout="vertical"
          initialValues={petitionDefaults}
          onFinish={(v) => create.mutate(v)}
          preserve={false}
        >
          <Form.Item
            name="unitId"
            label={t('petitions.fields.origin')}
            rules={[{ required: true, message: t('petitions.required') }]}
          >
            <UnitTreeSelect />
          </Form.Item>
          <PetitionFields />
        </Form>
      </Modal>
    </Card>
  );
}
