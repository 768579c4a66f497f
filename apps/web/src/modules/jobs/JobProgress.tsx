import { Alert, Button, Progress, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { Job } from '@congdoan/domain';
import { useTranslation } from 'react-i18next';
import { jobFileUrl } from './jobs.api';

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} ph ${Math.ceil(seconds % 60)} s`;
}

/** Progress of a background job: percent, rows per second, time left, then the outcome. */
export function JobProgress({ job }: { job: Job }) {
  const { t } = useTranslation();
  const status = job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active';
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="job-progress" data-status={job.status}>
      <Progress
        percent={job.percent ?? (job.status === 'succeeded' ? 100 : 0)}
        status={status}
        aria-label={t(`jobs.status.${job.status}`)}
      />
      <Typography.Text type="secondary">
        {t(`jobs.status.${job.status}`)}
        {job.total !== null && ` — ${t('jobs.rows', { done: job.done, total: job.total })}`}
        {job.ratePerSecond !== null && ` — ${t('jobs.rate', { rate: Math.round(job.ratePerSecond) })}`}
        {job.etaSeconds !== null && ` — ${t('jobs.eta', { time: formatSeconds(job.etaSeconds) })}`}
      </Typography.Text>
      {job.error && <Alert type="error" showIcon title={job.error.message} />}
      {job.hasFile && (
        <Button icon={<DownloadOutlined />} href={jobFileUrl(job.id)} data-testid="job-download">
          {t('jobs.download')}
        </Button>
      )}
    </Space>
  );
}
