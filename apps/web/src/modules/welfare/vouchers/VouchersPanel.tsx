import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Modal, Space, Statistic, Typography } from 'antd';
import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoneyVN, formatNumberVN, type ProgrammeDetail } from '@congdoan/domain';
import { errorText } from '../../../api/client';
import { ResponsiveTable } from '../../../ui/ResponsiveTable';
import { DateInput } from '../../../ui/DateInputs';
import { JobProgress } from '../../jobs/JobProgress';
import { useJob } from '../../jobs/use-job';
import { ShopsPanel } from './ShopsPanel';
import { exportVouchers, fetchVoucherSummary, issueVouchers, voucherKeys } from './vouchers.api';

/** The Tết Market programme's e-vouchers: counts, issuing codes (a job), per-province files and the shops. */
export function VouchersPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const id = programme.id;
  const summary = useQuery({ queryKey: voucherKeys.summary(id), queryFn: () => fetchVoucherSummary(id) });
  const [validFrom, setValidFrom] = useState<string | null>(programme.handoutFrom ?? null);
  const [validTo, setValidTo] = useState<string | null>(programme.handoutTo ?? null);
  const [issueJob, setIssueJob] = useState<number | null>(null);
  const [exportJob, setExportJob] = useState<number | null>(null);
  const issuing = useJob(issueJob ?? summary.data?.runningJobId ?? null);
  const exporting = useJob(exportJob);
  const issue = useMutation({
    mutationFn: () => issueVouchers(id, { validFrom, validTo }),
    onSuccess: (r) => setIssueJob(r.jobId),
  });
  const download = useMutation({
    mutationFn: (a: { unitId: number; format: 'xlsx' | 'csv' }) => exportVouchers(id, a.unitId, a.format),
    onSuccess: (r) => setExportJob(r.jobId),
  });
  // The counts follow the job: refreshed when it ends.
  const issueStatus = issuing.data?.status;
  useEffect(() => {
    if (issueStatus === 'succeeded' || issueStatus === 'failed') {
      void qc.invalidateQueries({ queryKey: voucherKeys.summary(id) });
    }
  }, [issueStatus, qc, id]);
  const s = summary.data;
  if (!s) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="vouchers-panel">
      <Flex wrap gap={24}>
        <Statistic title={t('welfareVouchers.approved')} value={formatNumberVN(s.approved)} />
        <Statistic title={t('welfareVouchers.issued')} value={formatNumberVN(s.issued)} data-testid="vouchers-issued" />
        <Statistic
          title={t('welfareVouchers.redeemed')}
          value={formatNumberVN(s.redeemed)}
          data-testid="vouchers-redeemed"
        />
        <Statistic title={t('welfareVouchers.redeemedVnd')} value={formatMoneyVN(s.redeemedVnd)} />
      </Flex>
      {s.missing > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('welfareVouchers.missing', {
            n: formatNumberVN(s.missing),
            noPhone: formatNumberVN(s.withoutPhone),
          })}
        />
      )}
      {s.canIssue && (
        <Card size="small" title={t('welfareVouchers.issueTitle')}>
          <Flex wrap gap={8} align="center">
            <span>{t('welfareVouchers.validFrom')}</span>
            <DateInput value={validFrom} onChange={setValidFrom} aria-label={t('welfareVouchers.validFrom')} />
            <span>{t('welfareVouchers.validTo')}</span>
            <DateInput value={validTo} onChange={setValidTo} aria-label={t('welfareVouchers.validTo')} />
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              loading={issue.isPending}
              disabled={issuing.data?.status === 'queued' || issuing.data?.status === 'running'}
              onClick={() => issue.mutate()}
              data-testid="vouchers-issue"
            >
              {t('welfareVouchers.issue', { n: formatNumberVN(s.missing - s.withoutPhone) })}
            </Button>
          </Flex>
          {issue.error && <Alert type="error" showIcon title={errorText(issue.error)} style={{ marginTop: 8 }} />}
          {issuing.data && (
            <div style={{ marginTop: 8 }}>
              <JobProgress job={issuing.data} />
            </div>
          )}
        </Card>
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('welfareVouchers.byProvince')}
      </Typography.Title>
      <ResponsiveTable
        size="small"
        rowKey="unitId"
        pagination={false}
        dataSource={s.provinces}
        columns={[
          { title: t('welfareVouchers.province'), dataIndex: 'unitName' },
          {
            title: t('welfareVouchers.issued'),
            dataIndex: 'issued',
            width: 90,
            render: (v: number) => formatNumberVN(v),
          },
          {
            title: t('welfareVouchers.redeemed'),
            dataIndex: 'redeemed',
            width: 90,
            render: (v: number) => formatNumberVN(v),
          },
          {
            title: t('welfareVouchers.download'),
            key: 'download',
            width: 150,
            render: (_: unknown, r) =>
              r.canExport && r.issued > 0 ? (
                <Flex wrap gap={4}>
                  <Button
                    size="small"
                    icon={<DownloadOutlined />}
                    onClick={() => download.mutate({ unitId: r.unitId, format: 'xlsx' })}
                    data-testid={`vouchers-xlsx-${r.unitId}`}
                    aria-label={`${t('welfareVouchers.xlsx')} ${r.unitName}`}
                  >
                    .xlsx
                  </Button>
                  <Button
                    size="small"
                    onClick={() => download.mutate({ unitId: r.unitId, format: 'csv' })}
                    aria-label={`${t('welfareVouchers.csv')} ${r.unitName}`}
                  >
                    .csv
                  </Button>
                </Flex>
              ) : null,
          },
        ]}
      />
      <Typography.Text type="secondary">{t('welfareVouchers.formats')}</Typography.Text>
      {download.error && <Alert type="error" showIcon title={errorText(download.error)} />}
      <Modal
        open={exportJob !== null}
        footer={null}
        onCancel={() => setExportJob(null)}
        title={t('welfareVouchers.exportTitle')}
      >
        {exporting.data && <JobProgress job={exporting.data} />}
      </Modal>
      <ShopsPanel programmeId={id} />
    </Space>
  );
}
