import { useState } from 'react';
import { Button, Dropdown, Modal } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/use-job';
import { exportMembers } from './member-import.api';

/** Export the list as currently filtered (the same filters as GET /api/members) to .xlsx or .csv. */
export function ExportButton({ filter }: { filter: Record<string, unknown> }) {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<number | null>(null);
  const job = useJob(jobId);
  const start = useMutation({
    // Only the filters in use (the list keeps empty ones in its URL state).
    mutationFn: (format: 'xlsx' | 'csv') =>
      exportMembers(format, Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''))),
    onSuccess: (r) => setJobId(r.jobId),
  });
  return (
    <>
      <Dropdown
        menu={{
          items: [
            { key: 'xlsx', label: t('memberImport.exportXlsx') },
            { key: 'csv', label: t('memberImport.exportCsv') },
          ],
          onClick: ({ key }) => start.mutate(key as 'xlsx' | 'csv'),
        }}
      >
        <Button icon={<ExportOutlined />} loading={start.isPending} data-testid="members-export">
          {t('memberImport.export')}
        </Button>
      </Dropdown>
      <Modal open={jobId !== null} footer={null} onCancel={() => setJobId(null)} title={t('memberImport.exportTitle')}>
        {job.data && <JobProgress job={job.data} />}
      </Modal>
    </>
  );
}
