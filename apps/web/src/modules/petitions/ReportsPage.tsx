import { useState } from 'react';
import { Alert, Button, Card, Col, Flex, Row, Table, Typography } from 'antd';
import { VnStatistic } from '../../ui/VnStatistic';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PetitionReport } from '@congdoan/domain';
import { errorText, withQuery } from '../../api/client';
import { fetchRoots, orgKeys } from '../org-units/org-units.api';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { fetchReport, petitionKeys } from './petitions.api';
import { PetitionNav } from './PetitionNav';
import { PetitionsTable } from './PetitionsTable';

type Row = PetitionReport['byTopic'][number];

function CountTable({ title, rows }: { title: string; rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }}>
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('petitions.reports.label'), dataIndex: 'label' },
          { title: t('petitions.reports.count'), dataIndex: 'count', align: 'right', width: 110 },
          { title: t('petitions.reports.affected'), dataIndex: 'affected', align: 'right', width: 140 },
        ]}
      />
    </Card>
  );
}

export function ReportsPage() {
  const { t } = useTranslation();
  const roots = useQuery({ queryKey: orgKeys.roots, queryFn: fetchRoots, staleTime: 5 * 60_000 });
  const [picked, setUnitId] = useState<number>();
  const unitId = picked ?? roots.data?.[0]?.id;
  const report = useQuery({
    queryKey: petitionKeys.report({ unitId }),
    queryFn: () => fetchReport({ unitId }),
    enabled: !!unitId,
  });
  const r = report.data;
  return (
    <Card>
      <PetitionNav />
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('petitions.reports.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <div style={{ width: 320 }}>
            <UnitTreeSelect value={unitId} onChange={setUnitId} />
          </div>
          <Button
            icon={<DownloadOutlined />}
            href={withQuery('/api/petition-reports/summary.xlsx', { unitId })}
            disabled={!unitId}
            data-testid="report-xlsx"
          >
            {t('petitions.reports.xlsx')}
          </Button>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={withQuery('/api/petition-reports/summary.docx', { unitId })}
            disabled={!unitId}
            data-testid="report-docx"
          >
            {t('petitions.reports.docx')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            href={withQuery('/api/petition-reports/summary.pdf', { unitId })}
            disabled={!unitId}
            data-testid="report-pdf"
          >
            {t('petitions.reports.pdf')}
          </Button>
        </Flex>
      </Flex>
      {report.isError && <Alert type="error" showIcon title={errorText(report.error)} />}
      {r && (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <VnStatistic title={t('petitions.reports.total')} value={r.total} />
            </Col>
            <Col xs={12} md={6}>
              <VnStatistic title={t('petitions.reports.resolved')} value={r.resolved} />
            </Col>
            <Col xs={12} md={6}>
              <VnStatistic title={t('petitions.reports.rate')} value={r.resolutionRate} suffix="%" />
            </Col>
            <Col xs={12} md={6}>
              <VnStatistic
                title={t('petitions.reports.median')}
                value={r.medianDaysToResolve === null ? '—' : t('petitions.reports.days', { n: r.medianDaysToResolve })}
              />
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <CountTable title={t('petitions.reports.byTopic')} rows={r.byTopic} />
              <CountTable title={t('petitions.reports.byAddressee')} rows={r.byAddressee} />
            </Col>
            <Col xs={24} lg={12}>
              <CountTable title={t('petitions.reports.byStatus')} rows={r.byStatus} />
              <CountTable title={t('petitions.reports.byUnit')} rows={r.byUnit} />
            </Col>
          </Row>
          <Card size="small" title={t('petitions.reports.overdue')}>
            <PetitionsTable items={r.overdue} />
          </Card>
        </>
      )}
    </Card>
  );
}
