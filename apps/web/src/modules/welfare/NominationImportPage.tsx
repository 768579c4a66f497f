import { useState } from 'react';
import { Alert, Button, Card, Flex, Result, Segmented, Statistic, Steps, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoneyVN, type ImportRow, type MemberImport } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { jobFileUrl } from '../jobs/jobs.api';
import { useJob } from '../jobs/use-job';
import { Running } from '../member-import/ImportPage';
import { EncodingSelect } from '../member-import/EncodingSelect';
import { MappingStep } from '../member-import/MappingStep';
import { Issues } from '../member-import/PreviewStep';
import { UploadStep } from '../member-import/UploadStep';
import { fetchImport, fetchImportRows, importKeys } from '../member-import/member-import.api';
import {
  checkNominationList,
  commitNominationList,
  fetchProgramme,
  uploadNominationList,
  welfareKeys,
} from './welfare.api';

const PAGE_SIZE = 50;

const stepOf: Record<MemberImport['status'], number> = {
  uploaded: 1,
  failed: 1,
  checking: 2,
  checked: 2,
  committing: 3,
  committed: 3,
};

/** Step 3 of a nomination list: every row with its findings and who it matched; all or nothing. */
function NominationPreview({ imp, onRemap }: { imp: MemberImport; onRemap: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [filter, setFilter] = useState('all');
  const [page, setPage] = useState(1);
  const params = { filter, page, pageSize: PAGE_SIZE };
  const rows = useQuery({
    queryKey: importKeys.rows(imp.id, params),
    queryFn: () => fetchImportRows(imp.id, params),
    placeholderData: keepPreviousData,
  });
  const checkJob = useJob(imp.previewJobId);
  const commitJob = useJob(imp.commitJobId).data;
  const commit = useMutation({
    mutationFn: () => commitNominationList(imp.id),
    onSuccess: (next) => client.setQueryData(importKeys.one(imp.id), next),
  });
  const stats = imp.stats!;
  return (
    <Flex vertical gap={16}>
      {commitJob?.status === 'failed' && (
        <Alert type="error" showIcon title={commitJob.error?.message} data-testid="nominations-commit-failed" />
      )}
      <EncodingSelect imp={imp} />
      <Flex gap={32} wrap data-testid="import-stats">
        <Statistic title={t('memberImport.stats.total')} value={stats.total} />
        <Statistic title={t('welfare.bulk.valid')} value={stats.valid} />
        <Statistic
          title={t('memberImport.stats.withErrors')}
          value={stats.withErrors}
          valueStyle={{ color: '#cf1322' }}
        />
        <Statistic title={t('memberImport.stats.withWarnings')} value={stats.withWarnings} />
        <Statistic title={t('welfare.bulk.matched')} value={stats.matched} />
      </Flex>
      {stats.withErrors > 0 && <Alert type="warning" showIcon title={t('welfare.bulk.fixFirst')} />}
      <Flex gap={12} wrap>
        <Segmented
          value={filter}
          onChange={(v) => {
            setFilter(v);
            setPage(1);
          }}
          options={['all', 'errors', 'warnings', 'matched'].map((f) => ({
            value: f,
            label: t(f === 'matched' ? 'welfare.bulk.matched' : `memberImport.filter.${f}`),
          }))}
          data-testid="import-filter"
        />
        <Button onClick={onRemap} data-testid="import-remap">
          {t('memberImport.remap')}
        </Button>
        {checkJob.data?.hasFile && (
          <Button icon={<DownloadOutlined />} href={jobFileUrl(checkJob.data.id)} data-testid="import-error-file">
            {t('memberImport.errorFile')}
          </Button>
        )}
      </Flex>
      <Table<ImportRow>
        size="small"
        rowKey="rowNo"
        loading={rows.isFetching}
        dataSource={rows.data?.items}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: rows.data?.total,
          onChange: setPage,
          showSizeChanger: false,
        }}
        data-testid="import-rows"
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('memberImport.row'), dataIndex: 'rowNo', width: 70 },
          { title: t('welfare.bulk.person'), dataIndex: 'fullName' },
          { title: 'CCCD', dataIndex: 'cccd' },
          {
            title: t('welfare.bulk.match'),
            render: (_, row) =>
              row.match ? (
                <Tag color="blue">
                  {row.match.name} · {t(`welfare.bulk.matchKind.${row.match.kind}`)}
                </Tag>
              ) : (
                !row.errors.length && <Tag>{t('welfare.bulk.nonMember')}</Tag>
              ),
          },
          { title: t('welfare.nomination.reason'), dataIndex: 'reason', width: 240 },
          { title: t('welfare.nomination.category'), dataIndex: 'hardshipCategory' },
          {
            title: t('welfare.nomination.amount'),
            dataIndex: 'amountVnd',
            render: (v: number | null) => (v === null ? t('welfare.bulk.programmeAmount') : formatMoneyVN(v)),
          },
          {
            title: t('memberImport.issues'),
            render: (_, row) => (
              <>
                <Issues items={row.errors} color="red" />
                <Issues items={row.warnings} color="orange" />
              </>
            ),
          },
        ]}
      />
      {commit.error && <Alert type="error" showIcon title={errorText(commit.error)} data-testid="nominations-error" />}
      <Button
        type="primary"
        onClick={() => commit.mutate()}
        loading={commit.isPending}
        style={{ width: 'fit-content' }}
        data-testid="nominations-commit"
      >
        {t('welfare.bulk.commit', { count: stats.valid })}
      </Button>
    </Flex>
  );
}

/**
 * A programme's nominations from a spreadsheet (/welfare/:id/import/:importId): the member import's upload,
 * column mapping and job progress, then the nomination preview and an all-or-nothing commit.
 */
export function NominationImportPage() {
  const { t } = useTranslation();
  const programmeId = Number(useParams().id);
  const importId = Number(useParams().importId) || null;
  const [remapAt, setRemapAt] = useState<string | null>(null);
  const programme = useQuery({ queryKey: welfareKeys.one(programmeId), queryFn: () => fetchProgramme(programmeId) });
  const imp = useQuery({
    queryKey: importKeys.one(importId ?? 0),
    queryFn: () => fetchImport(importId!),
    enabled: importId !== null,
  });
  const data = imp.data;
  const remapKey = data ? `${data.status}-${data.previewJobId}` : null;
  const remap = remapAt !== null && remapAt === remapKey;
  const current = data ? (remap ? 1 : stepOf[data.status]) : 0;
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('welfare.bulk.title')}
        {programme.data && <Typography.Text type="secondary"> — {programme.data.name}</Typography.Text>}
      </Typography.Title>
      <Steps
        current={current}
        style={{ marginBottom: 24 }}
        items={['upload', 'mapping', 'preview', 'commit'].map((s) => ({ title: t(`welfare.bulk.steps.${s}`) }))}
      />
      {!importId && (
        <UploadStep
          variant={{
            upload: (unitId, file) => uploadNominationList(programmeId, unitId, file),
            pathOf: (id) => `/welfare/${programmeId}/import/${id}`,
            help: t('welfare.bulk.help'),
            unitLabel: t('welfare.bulk.unit'),
          }}
        />
      )}
      {imp.error && <Alert type="error" showIcon title={errorText(imp.error)} />}
      {data && (remap || data.status === 'uploaded' || data.status === 'failed') && (
        <Flex vertical gap={12}>
          {data.status === 'failed' && <Running imp={data} jobId={data.previewJobId} />}
          <MappingStep key={`${data.sheetIndex}-${data.status}`} imp={data} check={checkNominationList} />
        </Flex>
      )}
      {data && data.status === 'checking' && <Running imp={data} jobId={data.previewJobId} />}
      {data && data.status === 'checked' && !remap && (
        <NominationPreview imp={data} onRemap={() => setRemapAt(remapKey)} />
      )}
      {data && data.status === 'committing' && <Running imp={data} jobId={data.commitJobId} />}
      {data && data.status === 'committed' && (
        <Result
          status="success"
          title={t('welfare.bulk.done', { count: data.stats?.created ?? 0 })}
          subTitle={t('welfare.bulk.doneDetail')}
          data-testid="nominations-done"
          extra={
            <Flex gap={8} justify="center" wrap>
              <Link to={`/welfare/${programmeId}?tab=nominations`}>
                <Button type="primary" data-testid="nominations-to-list">
                  {t('welfare.bulk.toList')}
                </Button>
              </Link>
              {data.commitJobId && <Button href={jobFileUrl(data.commitJobId)}>{t('memberImport.resultFile')}</Button>}
            </Flex>
          }
        />
      )}
    </Card>
  );
}
