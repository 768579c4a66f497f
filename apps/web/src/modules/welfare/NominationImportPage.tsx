import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Result, Steps, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoneyVN, type MemberImport } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { ImportPreview } from '../../kit/import-preview/ImportPreview';
import { issuesColumn } from '../../kit/import-preview/Issues';
import { jobFileUrl } from '../jobs/jobs.api';
import { useJob } from '../jobs/use-job';
import { Running } from '../member-import/ImportPage';
import { EncodingSelect } from '../member-import/EncodingSelect';
import { MappingStep } from '../member-import/MappingStep';
import { UploadStep } from '../member-import/UploadStep';
import { fetchImport, fetchImportRows, importKeys } from '../member-import/member-import.api';
import {
  checkNominationList,
  commitNominationList,
  fetchProgramme,
  uploadNominationList,
  welfareKeys,
} from './welfare.api';

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
  const checkJob = useJob(imp.previewJobId);
  const commitJob = useJob(imp.commitJobId).data;
  const commit = useMutation({
    mutationFn: () => commitNominationList(imp.id),
    onSuccess: (next) => client.setQueryData(importKeys.one(imp.id), next),
  });
  const stats = imp.stats!;
  return (
    <ImportPreview
      before={
        <>
          {commitJob?.status === 'failed' && (
            <Alert type="error" showIcon title={commitJob.error?.message} data-testid="nominations-commit-failed" />
          )}
          <EncodingSelect imp={imp} />
        </>
      }
      figures={[
        { title: t('memberImport.stats.total'), value: stats.total },
        { title: t('welfare.bulk.valid'), value: stats.valid },
        { title: t('memberImport.stats.withErrors'), value: stats.withErrors, danger: true },
        { title: t('memberImport.stats.withWarnings'), value: stats.withWarnings },
        { title: t('welfare.bulk.matched'), value: stats.matched },
      ]}
      filterLabel={(f) => t(f === 'matched' ? 'welfare.bulk.matched' : `memberImport.filter.${f}`)}
      fetchRows={(params) => fetchImportRows(imp.id, params)}
      rowsKey={(params) => importKeys.rows(imp.id, params)}
      errorFileUrl={checkJob.data?.hasFile ? jobFileUrl(checkJob.data.id) : null}
      onRemap={onRemap}
      columns={[
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
        issuesColumn(t('memberImport.issues')),
      ]}
    >
      {stats.withErrors > 0 && <Alert type="warning" showIcon title={t('welfare.bulk.fixFirst')} />}
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
    </ImportPreview>
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
  const committed = data?.status === 'committed';
  const client = useQueryClient();
  // The new nominations change the programme's list, counts and quotas: read them again once written.
  useEffect(() => {
    if (committed) void client.invalidateQueries({ queryKey: welfareKeys.all });
  }, [committed, client]);
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
