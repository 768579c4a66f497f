import { useEffect, useRef } from 'react';
import { Button, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoneyVN, formatNumberVN, type ProgrammeSpending } from '@congdoan/domain';
import { documentUrl, fetchSpending, spendingKey } from './welfare.api';

const money = (v: number) => formatMoneyVN(v);

/** The programme's documents, one click each (built by the server from the same figures as the tables below). */
export function ProgrammeDocuments({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation();
  const files = [
    ['decision.docx', 'decisionDocx', 'download-decision-docx'],
    ['decision.pdf', 'decisionPdf', 'download-decision-pdf'],
    ['signature-list.docx', 'signatureDocx', 'download-signature-docx'],
    ['signature-list.pdf', 'signaturePdf', 'download-signature-pdf'],
    ['summary.xlsx', 'summaryXlsx', 'download-summary-xlsx'],
  ] as const;
  return (
    <Space wrap>
      {files.map(([file, label, testId]) => (
        <Button key={file} icon={<DownloadOutlined />} href={documentUrl(programmeId, file)} data-testid={testId}>
          {t(`welfare.documents.${label}`)}
        </Button>
      ))}
    </Space>
  );
}

/** Spending against budget: per funding source, per level below the owner, per unit (each with its subtree). */
export function SpendingPanel({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: spendingKey(programmeId), queryFn: () => fetchSpending(programmeId) });
  const s = q.data;
  // On a phone the tables scroll sideways: their scrolling boxes take the keyboard focus, so they can be
  // scrolled without a mouse (axe: scrollable-region-focusable); antd gives no prop for it.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelectorAll<HTMLElement>('.ant-table-content').forEach((el) => {
      el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', el.closest('[data-title]')?.getAttribute('data-title') ?? '');
    });
  });
  const level = (depth: number) =>
    depth === 0 ? t('welfare.spending.owner') : t('welfare.spending.level', { n: depth });
  type Source = ProgrammeSpending['sources'][number];
  return (
    <div ref={box} data-testid="welfare-spending">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Title level={5}>{t('welfare.spending.bySource')}</Typography.Title>
        <div data-title={t('welfare.spending.bySource')}>
          <Table<Source>
            size="small"
            rowKey="id"
            loading={q.isLoading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={s?.sources ?? []}
            columns={[
              {
                title: t('welfare.spending.source'),
                render: (_, f) => f.sponsorName || t(`welfare.source.${f.sourceKind}`),
              },
              { title: t('welfare.spending.amount'), dataIndex: 'amountVnd', align: 'right', render: money },
              { title: t('welfare.spending.spent'), dataIndex: 'spentVnd', align: 'right', render: money },
              { title: t('welfare.spending.remaining'), dataIndex: 'remainingVnd', align: 'right', render: money },
            ]}
          />
        </div>
        {!!s?.unassignedVnd && (
          <Typography.Text type="secondary">
            {t('welfare.spending.unassigned', { amount: money(s.unassignedVnd) })}
          </Typography.Text>
        )}
        <Typography.Title level={5}>{t('welfare.spending.byLevel')}</Typography.Title>
        <div data-title={t('welfare.spending.byLevel')}>
          <Table
            size="small"
            rowKey="depth"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={s?.levels ?? []}
            columns={[
              { title: t('welfare.spending.levelName'), dataIndex: 'depth', render: level },
              { title: t('welfare.spending.units'), dataIndex: 'units', align: 'right', render: formatNumberVN },
              { title: t('welfare.spending.budget'), dataIndex: 'budgetVnd', align: 'right', render: money },
              { title: t('welfare.spending.spent'), dataIndex: 'spentVnd', align: 'right', render: money },
              { title: t('welfare.spending.remaining'), dataIndex: 'remainingVnd', align: 'right', render: money },
            ]}
          />
        </div>
        <Typography.Title level={5}>{t('welfare.spending.byUnit')}</Typography.Title>
        <div data-title={t('welfare.spending.byUnit')}>
          <Table
            size="small"
            rowKey="unitId"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={s?.units ?? []}
            columns={[
              { title: t('welfare.quota.unit'), dataIndex: 'unitName' },
              { title: t('welfare.spending.levelName'), dataIndex: 'depth', render: level },
              { title: t('welfare.quota.count'), dataIndex: 'quotaCount', align: 'right', render: formatNumberVN },
              { title: t('welfare.nominated'), dataIndex: 'nominated', align: 'right', render: formatNumberVN },
              { title: t('welfare.approved'), dataIndex: 'approved', align: 'right', render: formatNumberVN },
              {
                title: t('welfare.spending.handedOut'),
                dataIndex: 'handedOut',
                align: 'right',
                render: formatNumberVN,
              },
              { title: t('welfare.spending.budget'), dataIndex: 'budgetVnd', align: 'right', render: money },
              { title: t('welfare.spending.spent'), dataIndex: 'handedOutVnd', align: 'right', render: money },
            ]}
          />
        </div>
      </Space>
    </div>
  );
}
