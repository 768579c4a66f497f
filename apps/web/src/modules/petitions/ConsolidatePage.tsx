import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, Row, Select, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addresseeKinds, formatPercentVN } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { consolidate, fetchPetitions, fetchSimilar, fetchTopics, petitionKeys, type Similar } from './petitions.api';
import { PetitionNav } from './PetitionNav';

type Values = {
  unitId?: number;
  title: string;
  content: string;
  topicId: number;
  addresseeKind: string;
  addresseeName: string;
};

/** Pick a starting petition, tick similar ones suggested by text and topic, and merge them. */
export function ConsolidatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const seed = Number(params.get('seed')) || undefined;
  const [others, setOthers] = useState<number[]>([]);
  const selected = seed ? [seed, ...others] : [];
  const [form] = Form.useForm<Values>();
  // The consolidated petition belongs to the union that consolidates it (one of the officer's own, by
  // name); left empty, the server takes the officer's closest union above every original.
  // The units the officer holds a role on; the server refuses one that is not above every petition
  // (CONSOLIDATION_UNIT_NOT_ABOVE) or where the role cannot write petitions.
  const ownUnits = [
    ...new Map(useCurrentUser().roles.map((g) => [g.unitId, { value: g.unitId, label: g.unitName }])).values(),
  ];
  const open = useQuery({
    queryKey: petitionKeys.list({ view: 'originals', status: 'collected', pageSize: 200 }),
    queryFn: () => fetchPetitions({ view: 'originals', status: 'collected', pageSize: 200 }),
  });
  const topics = useQuery({ queryKey: petitionKeys.topics, queryFn: fetchTopics, staleTime: 10 * 60_000 });
  const similar = useQuery({
    queryKey: petitionKeys.similar(seed ?? 0),
    queryFn: () => fetchSimilar(seed!),
    enabled: !!seed,
  });
  const seedPetition = open.data?.items.find((p) => p.id === seed);
  useEffect(() => {
    if (!seedPetition) return;
    form.setFieldsValue({
      title: seedPetition.title,
      topicId: seedPetition.topicId,
      addresseeKind: seedPetition.addresseeKind,
      addresseeName: seedPetition.addresseeName,
    });
  }, [seedPetition, form]);
  const save = useMutation({
    mutationFn: (v: Values) => consolidate({ ...v, petitionIds: selected }),
    onSuccess: ({ id }) => {
      void queryClient.invalidateQueries({ queryKey: petitionKeys.all });
      void navigate(`/petitions/${id}`);
    },
  });
  const required = [{ required: true, message: t('petitions.required') }];
  return (
    <Card>
      <PetitionNav />
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('petitions.consolidate.title')}
      </Typography.Title>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('petitions.consolidate.seedHint')}
        aria-label={t('petitions.consolidate.seedHint')}
        style={{ width: '100%', maxWidth: 720, marginBottom: 16 }}
        value={seed}
        data-testid="consolidate-seed"
        onChange={(v: number) => {
          setOthers([]);
          setParams({ seed: String(v) });
        }}
        options={(open.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.title} — ${p.originUnitName}` }))}
      />
      {seed && (
        <Row gutter={24}>
          <Col xs={24} lg={14}>
            <Typography.Title level={5}>{t('petitions.consolidate.suggestions')}</Typography.Title>
            <Table<Similar>
              rowKey="id"
              size="small"
              pagination={false}
              loading={similar.isFetching}
              dataSource={similar.data ?? []}
              locale={{ emptyText: t('petitions.consolidate.noSuggestions') }}
              data-testid="consolidate-suggestions"
              rowSelection={{
                selectedRowKeys: others,
                onChange: (keys) => setOthers(keys.map(Number)),
                getCheckboxProps: (r) => ({ 'data-testid': `suggestion-${r.id}` }) as object,
              }}
              columns={[
                { title: t('petitions.fields.title'), dataIndex: 'title' },
                { title: t('petitions.fields.origin'), dataIndex: 'originUnitName', width: 200 },
                {
                  title: t('petitions.consolidate.score'),
                  key: 'score',
                  width: 160,
                  render: (_, r) => (
                    <>
                      {formatPercentVN(Math.round(r.score * 100) / 100)}{' '}
                      {r.sameTopic && <Tag color="blue">{t('petitions.consolidate.sameTopic')}</Tag>}
                    </>
                  ),
                },
              ]}
            />
          </Col>
          <Col xs={24} lg={10}>
            <Typography.Text strong data-testid="consolidate-count">
              {t('petitions.consolidate.selected', { count: selected.length })}
            </Typography.Text>
            {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ margin: '12px 0' }} />}
            <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} style={{ marginTop: 12 }}>
              <Form.Item
                name="unitId"
                label={t('petitions.consolidate.unit')}
                extra={t('petitions.consolidate.unitHint')}
              >
                <Select
                  allowClear
                  options={ownUnits}
                  placeholder={t('petitions.consolidate.unitAuto')}
                  data-testid="consolidate-unit"
                />
              </Form.Item>
              <Form.Item name="title" label={t('petitions.fields.title')} rules={required}>
                <Input data-testid="consolidate-title" />
              </Form.Item>
              <Form.Item name="content" label={t('petitions.fields.content')} rules={required}>
                <Input.TextArea rows={4} data-testid="consolidate-content" />
              </Form.Item>
              <Form.Item name="topicId" label={t('petitions.fields.topic')} rules={required}>
                <Select options={(topics.data ?? []).map((x) => ({ value: x.id, label: x.name }))} />
              </Form.Item>
              <Form.Item name="addresseeKind" label={t('petitions.fields.addresseeKind')} rules={required}>
                <Select options={addresseeKinds.map((k) => ({ value: k, label: t(`petitions.addressee.${k}`) }))} />
              </Form.Item>
              <Form.Item name="addresseeName" label={t('petitions.fields.addresseeName')} rules={required}>
                <Input />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                disabled={selected.length < 2}
                loading={save.isPending}
                data-testid="consolidate-submit"
              >
                {t('petitions.consolidate.submit')}
              </Button>
            </Form>
          </Col>
        </Row>
      )}
    </Card>
  );
}
