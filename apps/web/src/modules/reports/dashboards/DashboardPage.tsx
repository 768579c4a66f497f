import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, Col, Flex, Progress, Row, Select, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVN, formatNumberVN, Permission, type DashboardView } from '@congdoan/domain';
import { errorText } from '../../../api/client';
import { VnStatistic } from '../../../ui/VnStatistic';
import { useCurrentUser } from '../../auth/current-user';
import { JobProgress } from '../../jobs/JobProgress';
import { useJob } from '../../jobs/use-job';
import { ChartCard, saveDataUrl } from './ChartCard';
import { chartXlsxUrl, dashboardKeys, fetchDashboard, refreshNow, type DashboardQuery } from './dashboards.api';
import { EChart, type EChartHandle } from './EChart';
import { formatFigure } from './format';
import { ProvinceMap } from './ProvinceMap';
import { TargetModal } from './TargetModal';

/** /dashboard: the dashboard of the first unit the user works on. */
export function MyDashboard() {
  const me = useCurrentUser();
  const unit = me.roles[0]?.unitId;
  return unit ? <Navigate to={`/dashboard/${unit}`} replace /> : <Alert type="info" showIcon title="—" />;
}

/**
 * A unit's dashboard (issue 18 §7): this year's key figures against targets, a chosen figure's quarters, the
 * top and bottom children, and the provinces on the map, all read from the precomputed quarterly figures.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const unitId = Number(useParams().unitId);
  const [search, setSearch] = useSearchParams();
  const me = useCurrentUser();
  const canWrite = me.permissions.includes(Permission.ReportWrite);
  const query: DashboardQuery = {
    year: search.get('year') ? Number(search.get('year')) : undefined,
    indicator: search.get('indicator') ?? undefined,
  };
  const q = useQuery({ queryKey: dashboardKeys.view(unitId, query), queryFn: () => fetchDashboard(unitId, query) });
  const [jobId, setJobId] = useState<number | null>(null);
  const job = useJob(jobId);
  const queryClient = useQueryClient();
  const refresh = useMutation({ mutationFn: () => refreshNow(unitId), onSuccess: (r) => setJobId(r.jobId) });
  const finished = job.data?.status === 'succeeded';
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ['dashboards', unitId] });
  }, [finished, queryClient, unitId]);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    next.set(key, value);
    setSearch(next, { replace: true });
  };
  if (q.isError) return <Alert type="error" showIcon title={errorText(q.error)} />;
  const v = q.data;
  if (!v) return <Card loading />;
  const en = i18n.language.startsWith('en');
  const name = (i: { vi: string; en: string }) => (en ? i.en : i.vi);
  const chosen = v.indicators.find((i) => i.key === v.indicator)!;
  const thisYear = new Date().getFullYear();
  const effective = { year: v.year, indicator: v.indicator };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="dashboard">
      <Card>
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('reports.dashboard.title')} — {v.unit.name}
          </Typography.Title>
          <Space wrap>
            {v.unit.parentId && <Link to={`/dashboard/${v.unit.parentId}`}>{t('reports.dashboard.up')}</Link>}
            <Link to={`/units/${v.unit.id}`}>{t('reports.dashboard.unitPage')}</Link>
          </Space>
          <Flex wrap gap={8} align="center">
            <Select
              aria-label={t('reports.dashboard.year')}
              value={v.year}
              style={{ width: 110 }}
              options={Array.from({ length: 5 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))}
              onChange={(y) => set('year', String(y))}
              data-testid="dashboard-year"
            />
            <Select
              aria-label={t('reports.dashboard.indicator')}
              value={v.indicator}
              style={{ minWidth: 220, maxWidth: '100%', flex: '1 1 220px' }}
              options={v.indicators.map((i) => ({ value: i.key, label: name(i) }))}
              onChange={(k) => set('indicator', k)}
              data-testid="dashboard-indicator"
            />
          </Flex>
          <Typography.Text type="secondary" data-testid="dashboard-computed-at">
            {v.computedAt
              ? t('reports.dashboard.computedAt', { at: formatDateTimeVN(v.computedAt) })
              : t('reports.dashboard.notComputed')}
          </Typography.Text>
          {canWrite && (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Button
                icon={<ReloadOutlined />}
                onClick={() => refresh.mutate()}
                loading={refresh.isPending || (jobId !== null && !finished && job.data?.status !== 'failed')}
                data-testid="dashboard-refresh"
              >
                {t('reports.dashboard.refresh')}
              </Button>
              {refresh.isError && <Alert type="error" showIcon title={errorText(refresh.error)} />}
              {job.data && <JobProgress job={job.data} />}
            </Space>
          )}
        </Space>
      </Card>
      <KeyIndicators view={v} canWrite={canWrite} name={name} xlsxUrl={chartXlsxUrl(unitId, 'indicators', effective)} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <TrendChart
            view={v}
            title={t('reports.dashboard.trend', { name: name(chosen) })}
            xlsxUrl={chartXlsxUrl(unitId, 'trend', effective)}
          />
        </Col>
        <Col xs={24} lg={12}>
          <ChildrenChart
            view={v}
            title={t('reports.dashboard.children', { name: name(chosen), year: v.year })}
            xlsxUrl={chartXlsxUrl(unitId, 'children', effective)}
          />
        </Col>
      </Row>
      <ProvinceMap
        view={v}
        title={t('reports.dashboard.map', { name: name(chosen), year: v.year })}
        xlsxUrl={chartXlsxUrl(unitId, 'map', effective)}
      />
    </Space>
  );
}

function KeyIndicators({
  view,
  canWrite,
  name,
  xlsxUrl,
}: {
  view: DashboardView;
  canWrite: boolean;
  name: (i: { vi: string; en: string }) => string;
  xlsxUrl: string;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<DashboardView['keyIndicators'][number] | null>(null);
  return (
    <ChartCard title={t('reports.dashboard.keyIndicators', { year: view.year })} chart="indicators" xlsxUrl={xlsxUrl}>
      <Row gutter={[12, 12]}>
        {view.keyIndicators.map((k) => (
          <Col xs={12} xl={6} key={k.key}>
            <Card size="small" data-testid={`kpi-${k.key}`} style={{ height: '100%' }}>
              <VnStatistic title={name(k)} value={k.value} formatter={() => formatFigure(k.value, k.unit)} />
              {k.target !== null ? (
                <>
                  <Progress
                    percent={Math.min(100, k.progress ?? 0)}
                    // "normal" keeps the figure dark: antd's green for 100 % fails the contrast check
                    status="normal"
                    format={() => `${formatNumberVN(k.progress ?? 0)} %`}
                    aria-label={t('reports.dashboard.progressOf', { name: name(k) })}
                    size="small"
                  />
                  <Typography.Text type="secondary">
                    {t('reports.dashboard.targetIs', { target: formatFigure(k.target, k.unit) })}
                  </Typography.Text>
                </>
              ) : (
                <Typography.Text type="secondary">{t('reports.dashboard.noTarget')}</Typography.Text>
              )}
              {canWrite && (
                <div>
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0 }}
                    onClick={() => setEditing(k)}
                    data-testid={`kpi-${k.key}-target`}
                  >
                    {k.target === null ? t('reports.dashboard.setTarget') : t('reports.dashboard.editTarget')}
                  </Button>
                </div>
              )}
            </Card>
          </Col>
        ))}
      </Row>
      {editing && (
        <TargetModal
          unitId={view.unit.id}
          year={view.year}
          indicator={{ key: editing.key, name: name(editing), unit: editing.unit }}
          current={editing.target}
          onClose={() => setEditing(null)}
        />
      )}
    </ChartCard>
  );
}

const axisLabel = { fontSize: 11 };

function TrendChart({ view, title, xlsxUrl }: { view: DashboardView; title: string; xlsxUrl: string }) {
  const ref = useRef<EChartHandle>(null);
  const unit = view.indicators.find((i) => i.key === view.indicator)!.unit;
  const option = useMemo(
    () => ({
      aria: { enabled: true },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (x: number) => formatFigure(x, unit) },
      xAxis: { type: 'category', data: view.trend.map((p) => p.quarter), axisLabel },
      yAxis: { type: 'value', axisLabel: { ...axisLabel, formatter: (x: number) => formatNumberVN(x) } },
      series: [{ type: 'line', data: view.trend.map((p) => p.value), smooth: false, areaStyle: { opacity: 0.15 } }],
    }),
    [view, unit],
  );
  return (
    <ChartCard
      title={title}
      chart="trend"
      xlsxUrl={xlsxUrl}
      onPng={() => {
        const png = ref.current?.png();
        if (png) saveDataUrl(png, `xu-huong-${view.unit.id}-${view.year}.png`);
      }}
    >
      <EChart ref={ref} option={option} title={title} height={280} testId="chart-trend" />
    </ChartCard>
  );
}

function ChildrenChart({ view, title, xlsxUrl }: { view: DashboardView; title: string; xlsxUrl: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ref = useRef<EChartHandle>(null);
  const unit = view.indicators.find((i) => i.key === view.indicator)!.unit;
  // Lowest at the bottom of the chart: bottom five (lowest last), then the top five (highest first).
  const rows = [...[...view.bottom].reverse(), ...[...view.top].reverse()];
  const option = useMemo(
    () => ({
      aria: { enabled: true },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (x: number) => formatFigure(x, unit) },
      xAxis: { type: 'value', axisLabel: { ...axisLabel, formatter: (x: number) => formatNumberVN(x) } },
      yAxis: {
        type: 'category',
        data: rows.map((r) => r.name),
        axisLabel: { ...axisLabel, width: 130, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          data: rows.map((r) => ({
            value: r.value,
            itemStyle: { color: view.top.some((x) => x.unitId === r.unitId) ? '#3182bd' : '#fd8d3c' },
          })),
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, unit],
  );
  if (rows.length === 0) {
    return (
      <ChartCard title={title} chart="children" xlsxUrl={xlsxUrl}>
        <Typography.Text type="secondary">{t('reports.dashboard.noChildren')}</Typography.Text>
      </ChartCard>
    );
  }
  return (
    <ChartCard
      title={title}
      chart="children"
      xlsxUrl={xlsxUrl}
      onPng={() => {
        const png = ref.current?.png();
        if (png) saveDataUrl(png, `don-vi-truc-thuoc-${view.unit.id}-${view.year}.png`);
      }}
    >
      <EChart
        ref={ref}
        option={option}
        title={title}
        height={Math.max(200, rows.length * 30 + 40)}
        testId="chart-children"
        onClick={(i) => rows[i] && void navigate(`/dashboard/${rows[i].unitId}`)}
      />
      <Space wrap size={[12, 0]}>
        {rows
          .slice()
          .reverse()
          .map((r) => (
            <Link key={r.unitId} to={`/dashboard/${r.unitId}`} style={{ fontSize: 12 }}>
              {r.name}
            </Link>
          ))}
      </Space>
    </ChartCard>
  );
}
