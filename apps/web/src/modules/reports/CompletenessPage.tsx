import { Alert, Card, List, Progress, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateVN, formatNumberVN } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { ResponsiveTable } from '../../ui/ResponsiveTable';
import { fetchCompleteness, reportKeys } from './reports.api';

/** Completeness and timeliness of a report round per child unit, naming the missing and late units. */
export function CompletenessPage() {
  const { t } = useTranslation();
  const assignmentId = Number(useParams().id);
  const [search] = useSearchParams();
  const unitId = search.get('unitId') ? Number(search.get('unitId')) : undefined;
  const q = useQuery({
    queryKey: reportKeys.completeness(assignmentId, unitId),
    queryFn: () => fetchCompleteness(assignmentId, unitId),
  });
  if (q.isError) return <Alert type="error" showIcon message={errorText(q.error)} />;
  const c = q.data;
  if (!c) return <Card loading />;
  const rate = (v: number) => (
    <Progress percent={v} size="small" format={(p) => `${formatNumberVN(p ?? 0)} %`} style={{ minWidth: 120 }} />
  );
  return (
    <Card>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {c.formName} — {c.periodLabel}
        </Typography.Title>
        <span>
          {c.total.unitName} · {t('reports.deadline')}: {formatDateVN(c.deadline)} ·{' '}
          {t('reports.submittedOf', {
            submitted: formatNumberVN(c.total.submitted),
            expected: formatNumberVN(c.total.expected),
          })}
        </span>
        <Space wrap data-testid="reports-total">
          <span>{t('reports.completeness')}</span>
          {rate(c.total.completeness)}
          <span>{t('reports.timeliness')}</span>
          {rate(c.total.timeliness)}
        </Space>
        <ResponsiveTable
          rowKey="unitId"
          pagination={false}
          dataSource={c.children}
          data-testid="reports-children"
          columns={[
            {
              title: t('reports.unit'),
              dataIndex: 'unitName',
              render: (name: string, row) => (
                <Link to={`/reports/${assignmentId}/completeness?unitId=${row.unitId}`}>{name}</Link>
              ),
            },
            { title: t('reports.expected'), dataIndex: 'expected', render: (v: number) => formatNumberVN(v) },
            { title: t('reports.submittedCol'), dataIndex: 'submitted', render: (v: number) => formatNumberVN(v) },
            { title: t('reports.completeness'), dataIndex: 'completeness', render: rate },
            { title: t('reports.timeliness'), dataIndex: 'timeliness', render: rate },
          ]}
        />
        <Typography.Title level={5}>
          {t('reports.missing', { count: c.total.expected - c.total.submitted })}
        </Typography.Title>
        <List
          size="small"
          dataSource={c.missing}
          data-testid="reports-missing"
          renderItem={(m) => (
            <List.Item key={m.id}>
              <Link to={`/reports/${assignmentId}/units/${m.id}`}>{m.name}</Link>
              {m.parentName && <Typography.Text type="secondary"> · {m.parentName}</Typography.Text>}
            </List.Item>
          )}
        />
        <Typography.Title level={5}>
          {t('reports.late', { count: c.total.submitted - c.total.onTime })}
        </Typography.Title>
        <List
          size="small"
          dataSource={c.late}
          data-testid="reports-late"
          renderItem={(l) => (
            <List.Item key={l.id}>
              <Link to={`/reports/${assignmentId}/units/${l.id}`}>{l.name}</Link>
              <Typography.Text type="secondary"> · {formatDateVN(l.submittedOn)}</Typography.Text>
            </List.Item>
          )}
        />
      </Space>
    </Card>
  );
}
