import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Form, Table, Tag, Typography, Upload } from 'antd';
import { VnStatistic } from '../../ui/VnStatistic';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BulkConflict, BulkPreview, ReorgChange } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/use-job';
import { applyBulk, fetchBulk, orgKeys, proposalUrl, uploadBulk } from './org-units.api';
import { UnitTreeSelect } from './UnitTreeSelect';
import { todayDay } from '../../ui/today';

/** Upload a mapping file → preview table with conflicts → apply as a job with progress → result. */
export function BulkRestructurePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const bulkId = params.get('id') ? Number(params.get('id')) : null;
  const [unitId, setUnitId] = useState<number | undefined>();
  const [effectiveOn, setEffectiveOn] = useState<Dayjs | null>(todayDay());
  const bulk = useQuery({
    queryKey: orgKeys.bulk(bulkId ?? 0),
    queryFn: () => fetchBulk(bulkId!),
    enabled: bulkId !== null,
  });
  const job = useJob(bulk.data?.jobId ?? null);
  const upload = useMutation({
    mutationFn: (file: File) => uploadBulk(unitId!, effectiveOn!.format('YYYY-MM-DD'), file),
    onSuccess: (preview) => {
      queryClient.setQueryData(orgKeys.bulk(preview.id), preview);
      setParams({ id: String(preview.id) });
    },
  });
  const apply = useMutation({
    mutationFn: () => applyBulk(bulkId!),
    onSuccess: (preview) => queryClient.setQueryData(orgKeys.bulk(preview.id), preview),
  });
  const finished = job.data?.status === 'succeeded';
  if (finished && bulk.data?.status !== 'applied') {
    void queryClient.invalidateQueries({ queryKey: orgKeys.bulk(bulkId!) });
    void queryClient.invalidateQueries({ queryKey: orgKeys.all });
  }

  return (
    <Flex vertical gap={16} data-testid="bulk-page">
      <Card title={t('orgTree.bulk.title')}>
        <Typography.Paragraph type="secondary">{t('orgTree.bulk.intro')}</Typography.Paragraph>
        {!bulkId && (
          <Form layout="vertical" style={{ maxWidth: 560 }}>
            <Form.Item label={t('orgTree.bulk.unit')} required>
              <div data-testid="bulk-unit">
                <UnitTreeSelect value={unitId} onChange={setUnitId} />
              </div>
            </Form.Item>
            <Form.Item label={t('orgTree.bulk.effectiveOn')} required>
              <DatePicker value={effectiveOn} onChange={setEffectiveOn} format="DD/MM/YYYY" data-testid="bulk-date" />
            </Form.Item>
            <Flex gap={8} wrap>
              <Upload
                accept=".xlsx,.csv"
                showUploadList={false}
                disabled={!unitId || !effectiveOn}
                beforeUpload={(file) => {
                  upload.mutate(file);
                  return false;
                }}
              >
                <Button
                  type="primary"
                  icon={<UploadOutlined />}
                  loading={upload.isPending}
                  disabled={!unitId || !effectiveOn}
                  data-testid="bulk-upload"
                >
                  {t('orgTree.bulk.upload')}
                </Button>
              </Upload>
              {unitId && (
                <Button icon={<DownloadOutlined />} href={proposalUrl(unitId)}>
                  {t('orgTree.bulk.proposal')}
                </Button>
              )}
            </Flex>
            {(!unitId || !effectiveOn) && (
              <Typography.Text type="secondary">{t('orgTree.bulk.needUnitAndDate')}</Typography.Text>
            )}
            {upload.isError && (
              <Alert
                type="error"
                showIcon
                title={errorText(upload.error)}
                style={{ marginTop: 12 }}
                data-testid="bulk-error"
              />
            )}
          </Form>
        )}
      </Card>
      {bulkId && bulk.isError && <Alert type="error" showIcon title={errorText(bulk.error)} />}
      {bulk.data && (
        <BulkResult
          preview={bulk.data}
          applying={apply.isPending}
          applyError={apply.isError ? errorText(apply.error) : null}
          onApply={() => apply.mutate()}
          onNew={() => {
            upload.reset();
            apply.reset();
            setParams({});
          }}
          progress={job.data ? <JobProgress job={job.data} /> : null}
        />
      )}
    </Flex>
  );
}

function BulkResult(props: {
  preview: BulkPreview;
  applying: boolean;
  applyError: string | null;
  onApply: () => void;
  onNew: () => void;
  progress: React.ReactNode;
}) {
  const { t } = useTranslation();
  const { preview } = props;
  const conflicts = preview.conflicts.length;
  return (
    <Card
      title={t('orgTree.bulk.previewTitle', { file: preview.fileName })}
      data-testid="bulk-preview"
      data-status={preview.status}
    >
      <Flex gap={32} style={{ marginBottom: 16 }}>
        <VnStatistic title={t('orgTree.bulk.rows')} value={preview.rows} />
        <VnStatistic title={t('orgTree.bulk.changes')} value={preview.changes.length} />
        <VnStatistic
          title={t('orgTree.bulk.conflicts')}
          value={conflicts}
          valueStyle={conflicts ? { color: '#cf1322' } : undefined}
        />
        <VnStatistic title={t('orgTree.bulk.membersMoved')} value={preview.membersMoved} />
      </Flex>
      {conflicts > 0 ? (
        <>
          <Alert
            type="error"
            showIcon
            title={t('orgTree.bulk.hasConflicts', { count: conflicts })}
            style={{ marginBottom: 12 }}
          />
          <Table<BulkConflict>
            size="small"
            rowKey={(c, i) => `${c.row}-${c.code}-${i}`}
            dataSource={preview.conflicts}
            data-testid="bulk-conflicts"
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              { key: 'row', title: t('orgTree.bulk.row'), dataIndex: 'row', width: 80 },
              { key: 'field', title: t('orgTree.bulk.field'), dataIndex: 'field', width: 160 },
              {
                key: 'code',
                title: t('orgTree.bulk.code'),
                render: (_, c) => <Tag color="red">{c.code}</Tag>,
                width: 200,
              },
              { key: 'message', title: t('orgTree.bulk.message'), dataIndex: 'message' },
            ]}
          />
        </>
      ) : (
        preview.status === 'previewed' && (
          <Alert type="success" showIcon title={t('orgTree.bulk.noConflicts')} style={{ marginBottom: 12 }} />
        )
      )}
      <Table<ReorgChange & { row: number }>
        size="small"
        rowKey={(c, i) => `${c.row}-${c.type}-${c.unitId}-${i}`}
        dataSource={preview.changes}
        data-testid="bulk-changes"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { key: 'row', title: t('orgTree.bulk.row'), dataIndex: 'row', width: 80 },
          {
            key: 'type',
            title: t('orgTree.bulk.type'),
            render: (_, c) => <Tag>{t(`orgTree.changeTypes.${c.type}`)}</Tag>,
            width: 100,
          },
          {
            key: 'desc',
            title: t('orgTree.bulk.description'),
            render: (_, c) =>
              t(`orgTree.change.${c.type}`, {
                code: c.code,
                name: c.name,
                from: c.fromParentName ?? '',
                to: c.toParentName ?? '—',
              }),
          },
          { key: 'members', title: t('orgTree.bulk.membersMoved'), dataIndex: 'members', width: 140, align: 'right' },
        ]}
      />
      <Flex vertical gap={12} style={{ marginTop: 16 }}>
        {props.applyError && <Alert type="error" showIcon title={props.applyError} />}
        {props.progress}
        {preview.status === 'applied' && preview.reorganizationId && (
          <Alert
            type="success"
            showIcon
            title={t('orgTree.bulk.applied', { id: preview.reorganizationId })}
            data-testid="bulk-applied"
          />
        )}
        <Flex gap={8}>
          {(preview.status === 'previewed' || preview.status === 'failed') && conflicts === 0 && (
            <Button type="primary" onClick={props.onApply} loading={props.applying} data-testid="bulk-apply">
              {t('orgTree.bulk.apply')}
            </Button>
          )}
          <Button onClick={props.onNew} data-testid="bulk-new">
            {t('orgTree.bulk.newUpload')}
          </Button>
          <Link to="/">{t('menu.orgUnits')}</Link>
        </Flex>
      </Flex>
    </Card>
  );
}
