import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, List, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { formatDateVN, type DraftLawDetail } from '@congdoan/domain';
import { api, errorText, withQuery } from '../../api/client';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { PetitionNav } from './PetitionNav';

type Law = Omit<DraftLawDetail, 'articles'>;
const keys = { list: ['draft-laws'] as const, one: (id: number) => ['draft-laws', id] as const };

function LawDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const law = useQuery({ queryKey: keys.one(id), queryFn: () => api.get<DraftLawDetail>(`/api/draft-laws/${id}`) });
  const [unitId, setUnitId] = useState<number>();
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const send = useMutation({
    mutationFn: (articleId: number) =>
      api.post<DraftLawDetail>(`/api/draft-laws/${id}/opinions`, {
        articleId,
        unitId,
        content: drafts[articleId] ?? '',
      }),
    onSuccess: (data, articleId) => {
      queryClient.setQueryData(keys.one(id), data);
      setDrafts((d) => ({ ...d, [articleId]: '' }));
    },
    onError: (e) => void message.error(errorText(e)),
  });
  if (!law.data) return null;
  return (
    <Card size="small" style={{ marginTop: 16 }} title={law.data.title}>
      <Flex gap={8} style={{ marginBottom: 12 }} align="center" wrap>
        <Typography.Text>{t('draftLaws.opinionUnit')}</Typography.Text>
        <div style={{ width: 320 }}>
          <UnitTreeSelect value={unitId} onChange={setUnitId} />
        </div>
        <Button icon={<DownloadOutlined />} href={`/api/draft-laws/${id}/summary.docx`}>
          {t('draftLaws.summary')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          href={`/api/draft-laws/${id}/summary.pdf`}
          data-testid="draft-law-summary-pdf"
        >
          {t('draftLaws.summaryPdf')}
        </Button>
      </Flex>
      <List
        dataSource={law.data.articles}
        renderItem={(a) => (
          <List.Item key={a.id}>
            <div style={{ width: '100%' }}>
              {a.chapter && <Typography.Text type="secondary">{a.chapter}</Typography.Text>}
              <Typography.Paragraph strong style={{ margin: 0 }}>
                {t('draftLaws.article', { n: a.number })}. {a.title}
              </Typography.Paragraph>
              <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{a.body}</Typography.Paragraph>
              {a.opinions.map((o) => (
                <div key={o.id}>
                  <Tag>{o.unitName}</Tag> {o.content}
                </div>
              ))}
              {law.data.open && (
                <Flex gap={8} style={{ marginTop: 8 }}>
                  <Input
                    value={drafts[a.id] ?? ''}
                    onChange={(e) => setDrafts((d) => ({ ...d, [a.id]: e.target.value }))}
                    placeholder={t('draftLaws.opinion')}
                  />
                  <Button disabled={!unitId || !drafts[a.id]?.trim()} onClick={() => send.mutate(a.id)}>
                    {t('draftLaws.send')}
                  </Button>
                </Flex>
              )}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

type ImportValues = { unitId: number; title: string; period: [Dayjs, Dayjs] };

export function DraftLawsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<number>();
  const [file, setFile] = useState<File | null>(null);
  const list = useQuery({
    queryKey: keys.list,
    queryFn: async () => (await api.get<{ items: Law[] }>('/api/draft-laws')).items,
  });
  const importDocx = useMutation({
    mutationFn: (v: ImportValues) =>
      api.upload<DraftLawDetail>(
        withQuery('/api/draft-laws/import', {
          unitId: v.unitId,
          title: v.title,
          opensOn: v.period[0].format('YYYY-MM-DD'),
          closesOn: v.period[1].format('YYYY-MM-DD'),
        }),
        file!,
      ),
    onSuccess: (law) => {
      void queryClient.invalidateQueries({ queryKey: keys.list });
      setSelected(law.id);
    },
  });
  const required = [{ required: true, message: t('petitions.required') }];
  return (
    <Card>
      <PetitionNav />
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('draftLaws.title')}
      </Typography.Title>
      <Table<Law>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={list.data ?? []}
        onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('petitions.fields.title'), dataIndex: 'title' },
          { title: t('petitions.calls.unit'), dataIndex: 'unitName' },
          {
            title: t('draftLaws.period'),
            key: 'p',
            render: (_, r) => `${formatDateVN(r.opensOn)} – ${formatDateVN(r.closesOn)}`,
          },
          { title: t('draftLaws.articles'), dataIndex: 'articleCount', align: 'right' },
          { title: t('draftLaws.opinions'), dataIndex: 'opinionCount', align: 'right' },
        ]}
      />
      {selected && <LawDetail id={selected} />}
      <Card size="small" title={t('draftLaws.import')} style={{ marginTop: 16 }}>
        {importDocx.isError && (
          <Alert type="error" showIcon title={errorText(importDocx.error)} style={{ marginBottom: 12 }} />
        )}
        <Form<ImportValues> layout="inline" onFinish={(v) => importDocx.mutate(v)}>
          <Form.Item name="unitId" rules={required} style={{ width: 280 }}>
            <UnitTreeSelect aria-label={t('orgUnits.pickUnit')} />
          </Form.Item>
          <Form.Item name="title" rules={required}>
            <Input placeholder={t('petitions.fields.title')} />
          </Form.Item>
          <Form.Item name="period" rules={required}>
            <DatePicker.RangePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Upload
            accept=".docx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button icon={<UploadOutlined />}>.docx</Button>
          </Upload>
          <Button
            type="primary"
            htmlType="submit"
            disabled={!file}
            loading={importDocx.isPending}
            style={{ marginLeft: 8 }}
          >
            {t('draftLaws.importButton')}
          </Button>
        </Form>
      </Card>
    </Card>
  );
}
