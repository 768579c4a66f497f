import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Result, Steps, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MemberImport } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { JobProgress } from '../jobs/JobProgress';
import { jobFileUrl } from '../jobs/jobs.api';
import { useJob } from '../jobs/use-job';
import { fetchImport, importKeys } from './member-import.api';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { UploadStep } from './UploadStep';

const stepOf: Record<MemberImport['status'], number> = {
  uploaded: 1,
  failed: 1,
  checking: 2,
  checked: 2,
  committing: 3,
  committed: 3,
};

/** Follows a running job; when it ends, reload the import (its status moved on). Nomination lists use it too. */
export function Running({ imp, jobId }: { imp: MemberImport; jobId: number | null }) {
  const client = useQueryClient();
  const job = useJob(jobId);
  const finished = job.data?.status === 'succeeded' || job.data?.status === 'failed';
  useEffect(() => {
    if (finished) void client.invalidateQueries({ queryKey: importKeys.one(imp.id) });
  }, [finished, client, imp.id]);
  return job.data ? <JobProgress job={job.data} /> : null;
}

function Committed({ imp }: { imp: MemberImport }) {
  const { t } = useTranslation();
  const s = imp.stats!;
  return (
    <Result
      status="success"
      title={t('memberImport.done')}
      subTitle={t('memberImport.doneDetail', {
        created: s.created ?? 0,
        updated: s.updated ?? 0,
        overwritten: s.overwritten ?? 0,
        transferRequested: s.transferRequested ?? 0,
        skipped: s.skipped ?? 0,
        failed: s.failed ?? 0,
      })}
      extra={
        <Flex gap={8} justify="center" wrap>
          <Link to="/members">
            <Button type="primary" data-testid="import-to-members">
              {t('memberImport.toMembers')}
            </Button>
          </Link>
          {imp.commitJobId && (
            <Button href={jobFileUrl(imp.commitJobId)} data-testid="import-result-file">
              {t('memberImport.resultFile')}
            </Button>
          )}
          {(s.transferRequested ?? 0) > 0 && (
            <Link to="/members/transfers?requests=outgoing">
              <Button>{t('memberImport.toTransfers')}</Button>
            </Link>
          )}
        </Flex>
      }
      data-testid="import-done"
    />
  );
}

/** The import journey, one URL per import (/members/import/:id) so a reload resumes where it was. */
export function ImportPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const importId = id ? Number(id) : null;
  // "Change columns" holds only while the import stays as it was (a new check ends it).
  const [remapAt, setRemapAt] = useState<string | null>(null);
  const imp = useQuery({
    queryKey: importKeys.one(importId ?? 0),
    queryFn: () => fetchImport(importId!),
    enabled: importId !== null,
  });
  const data = imp.data;
  const remapKey = data ? `${data.status}-${data.previewJobId}` : null;
  const remap = remapAt !== null && remapAt === remapKey;
  const current = data ? (remap ? 1 : stepOf[data.status]) : 0;
  const commitFailed = useJob(data?.status === 'checked' ? data.commitJobId : null).data;
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('memberImport.title')}
        {data && (
          <Typography.Text type="secondary">
            {' '}
            — {data.fileName} ({data.unit.name})
          </Typography.Text>
        )}
      </Typography.Title>
      <Steps
        current={current}
        style={{ marginBottom: 24 }}
        items={['upload', 'mapping', 'preview', 'commit'].map((s) => ({ title: t(`memberImport.steps.${s}`) }))}
      />
      {!importId && <UploadStep />}
      {imp.error && <Alert type="error" showIcon title={errorText(imp.error)} />}
      {data && (remap || data.status === 'uploaded' || data.status === 'failed') && (
        <Flex vertical gap={12}>
          {data.status === 'failed' && <Running imp={data} jobId={data.previewJobId} />}
          <MappingStep key={`${data.sheetIndex}-${data.status}`} imp={data} />
        </Flex>
      )}
      {data && data.status === 'checking' && <Running imp={data} jobId={data.previewJobId} />}
      {data && data.status === 'checked' && !remap && (
        <Flex vertical gap={12}>
          {commitFailed?.status === 'failed' && <Alert type="error" showIcon title={commitFailed.error?.message} />}
          <PreviewStep imp={data} onRemap={() => setRemapAt(remapKey)} />
        </Flex>
      )}
      {data && data.status === 'committing' && <Running imp={data} jobId={data.commitJobId} />}
      {data && data.status === 'committed' && <Committed imp={data} />}
    </Card>
  );
}
