import { Card, Descriptions, Progress, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  campaignProgress,
  formatMoneyVN,
  formatNumberVN,
  formatPercentVN,
  type CampaignRollup,
} from '@congdoan/domain';
import { campaignKeys, fetchRollup } from './campaigns.api';

const money = (k: string, v: number) => (k.endsWith('Vnd') ? formatMoneyVN(v) : formatNumberVN(v));

/** Progress of the copies below: who reported, percent, totals overall and by level, late units. */
export function RollupCard({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const rollup = useQuery({ queryKey: campaignKeys.rollup(campaignId), queryFn: () => fetchRollup(campaignId) });
  const r = rollup.data;
  if (!r) return <Card loading />;
  // the same figure as the .xlsx and .docx: units below, or a grassroots copy's own activities
  const progress = campaignProgress(r);
  return (
    <Card title={t('campaigns.rollup.title')} data-testid="rollup">
      <Progress
        percent={progress.ratio * 100}
        aria-label={t('campaigns.rollup.percentLabel')}
        data-testid="rollup-percent"
        format={() => formatPercentVN(progress.ratio)}
      />
      <p data-testid="rollup-count">
        {t(progress.of === 'units' ? 'campaigns.rollup.count' : 'campaigns.rollup.countActivities', {
          reported: formatNumberVN(progress.reported),
          issued: formatNumberVN(progress.total),
        })}
      </p>
      <Descriptions size="small" column={2} bordered data-testid="rollup-totals">
        {Object.entries(r.totals).map(([k, v]) => (
          <Descriptions.Item key={k} label={t(`campaigns.indicators.${k}`, { defaultValue: k })}>
            {money(k, v)}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Table<CampaignRollup['byLevel'][number]>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="level"
        pagination={false}
        dataSource={r.byLevel}
        columns={[
          { title: t('campaigns.rollup.level'), render: (_, l) => t(`unitKinds.${l.level}`) },
          { title: t('campaigns.rollup.units'), dataIndex: 'units' },
          { title: t('campaigns.rollup.reported'), dataIndex: 'reported' },
        ]}
      />
      <Table<CampaignRollup['units'][number]>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="campaignId"
        pagination={{ pageSize: 20 }}
        dataSource={r.units}
        columns={[
          { title: t('campaigns.fields.unit'), dataIndex: 'unitName' },
          {
            title: '%',
            render: (_, u) => (
              <Progress percent={u.percent} size="small" style={{ width: 120 }} aria-label={u.unitName} />
            ),
          },
          {
            title: t('campaigns.rollup.status'),
            render: (_, u) =>
              u.reported ? (
                <Tag color="green">{t('campaigns.rollup.done')}</Tag>
              ) : u.late ? (
                <Tag color="red">{t('campaigns.rollup.late')}</Tag>
              ) : (
                <Tag>{t('campaigns.rollup.pending')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
