import { useState } from 'react';
import { Button, Card, Descriptions, Flex, List, Spin, Steps, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateVN, formatMoneyVN, homeStages, type HomeDetail, type HomeStage } from '@congdoan/domain';
import { VnMap } from '../../../kit/map/VnMap';
import { ApplicationForm } from './ApplicationForm';
import { HomePhotos } from './HomePhotos';
import { MilestoneForm } from './MilestoneForm';
import { StageForm } from './StageForm';
import { StageTag } from './StageTag';
import { fetchHome, homeKeys, stageColors } from './homes.api';

const d = (v: string | null) => (v ? formatDateVN(v) : '—');
const m = (v: number | null) => (v == null ? '—' : formatMoneyVN(v));

/** What each reached stage recorded, in words. */
function stageFacts(h: HomeDetail, s: HomeStage, t: (k: string) => string): [string, string][] {
  switch (s) {
    case 'application':
      return [
        [t('homes.field.appliedOn'), d(h.appliedOn)],
        [t('homes.field.familySituation'), h.familySituation],
        [t('homes.field.address'), `${h.address}, ${h.communeName}, ${h.provinceName}`],
      ];
    case 'survey':
      return [
        [t('homes.field.surveyedOn'), d(h.surveyedOn)],
        [t('homes.field.surveyedBy'), h.surveyedBy ?? '—'],
        [t('homes.field.surveyFindings'), h.surveyFindings ?? '—'],
        [t('homes.field.estimatedCostVnd'), m(h.estimatedCostVnd)],
      ];
    case 'approval':
      return [
        [t('homes.field.approvedOn'), d(h.approvedOn)],
        [t('homes.field.decisionNumber'), h.decisionNumber ?? '—'],
        [t('homes.field.approvedCostVnd'), m(h.approvedCostVnd)],
      ];
    case 'funding':
      return [
        [t('homes.field.unionVnd'), m(h.unionVnd)],
        ...h.coFunders.map((c): [string, string] => [c.name, m(c.amountVnd)]),
        [t('homes.field.familyVnd'), m(h.familyVnd)],
        [t('homes.field.otherVnd'), m(h.otherVnd)],
      ];
    case 'ground_breaking':
      return [
        [t('homes.field.startedOn'), d(h.startedOn)],
        [t('homes.field.startEventId'), h.startEventTitle ?? '—'],
      ];
    case 'completion':
      return [[t('homes.field.completedOn'), d(h.completedOn)]];
    case 'handover':
      return [
        [t('homes.field.handedOn'), d(h.handedOn)],
        [t('homes.field.handoverEventId'), h.handoverEventTitle ?? '—'],
      ];
    case 'final_cost':
      return [
        [t('homes.field.finalCostVnd'), m(h.finalCostVnd)],
        [t('homes.field.note'), h.note ?? '—'],
      ];
  }
}

/** One Union Home: its stages with their data (each editable), milestones, photos, and the next step. */
export function HomePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const q = useQuery({ queryKey: homeKeys.one(id), queryFn: () => fetchHome(id) });
  const [editing, setEditing] = useState<HomeStage | null>(null);
  const [editingMilestone, setEditingMilestone] = useState<number | null>(null);
  if (!q.data) return <Spin />;
  const h = q.data;
  const at = homeStages.indexOf(h.stage);
  const next = homeStages[at + 1];
  return (
    <Card>
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {h.fullName} <StageTag stage={h.stage} testId="home-stage" />
        </Typography.Title>
        <Link to={`/welfare/homes?programmeId=${h.programmeId}`}>{t('homes.backToMap')}</Link>
      </Flex>
      <Typography.Paragraph type="secondary">
        {h.programmeName} · {t(`homes.kind.${h.kind}`)} · {h.unitName}
      </Typography.Paragraph>
      <Steps
        size="small"
        direction="vertical"
        current={at}
        items={homeStages.map((s, i) => ({
          title: t(`homes.stage.${s}`),
          description:
            i <= at ? (
              <div data-testid={`stage-facts-${s}`}>
                <Descriptions size="small" column={1}>
                  {stageFacts(h, s, t).map(([k, v], j) => (
                    <Descriptions.Item key={j} label={k}>
                      {v}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
                {h.canEdit && editing !== s && (
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => setEditing(s)}
                    data-testid={`stage-edit-${s}`}
                    aria-label={`${t('homes.edit')}: ${t(`homes.stage.${s}`)}`}
                  >
                    {t('homes.edit')}
                  </Button>
                )}
                {editing === s && s === 'application' && (
                  <ApplicationForm key={`${h.id}-application`} home={h} onDone={() => setEditing(null)} />
                )}
                {editing === s && s !== 'application' && (
                  <StageForm key={`${h.id}-${s}`} home={h} stage={s} mode="edit" onDone={() => setEditing(null)} />
                )}
              </div>
            ) : undefined,
        }))}
      />
      {h.canEdit && next && (
        <Card size="small" title={t('homes.next', { stage: t(`homes.stage.${next}`) })} style={{ marginTop: 12 }}>
          <StageForm key={next} home={h} stage={next} mode="move" onDone={() => undefined} />
        </Card>
      )}
      <Typography.Title level={4}>{t('homes.milestones')}</Typography.Title>
      <List
        size="small"
        dataSource={h.milestones}
        locale={{ emptyText: t('homes.noMilestones') }}
        renderItem={(x) => (
          <List.Item key={x.id} data-testid={`milestone-${x.id}`}>
            {editingMilestone === x.id ? (
              <div style={{ width: '100%' }}>
                <MilestoneForm key={x.id} homeId={h.id} milestone={x} onDone={() => setEditingMilestone(null)} />
              </div>
            ) : (
              <Flex justify="space-between" align="center" gap={8} wrap style={{ width: '100%' }}>
                <span>
                  {formatDateVN(x.doneOn)} · {x.title} · {x.progressPercent}%{x.note ? ` · ${x.note}` : ''}
                </span>
                {h.canEdit && (
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    onClick={() => setEditingMilestone(x.id)}
                    data-testid={`milestone-edit-${x.id}`}
                    aria-label={`${t('homes.edit')}: ${x.title}`}
                  >
                    {t('homes.edit')}
                  </Button>
                )}
              </Flex>
            )}
          </List.Item>
        )}
      />
      {h.canEdit && ['ground_breaking', 'completion'].includes(h.stage) && <MilestoneForm homeId={h.id} />}
      <Typography.Title level={4}>{t('homes.photos')}</Typography.Title>
      <HomePhotos key={h.stage} home={h} />
      <Typography.Title level={4}>{t('homes.location')}</Typography.Title>
      <VnMap
        title={t('homes.mapTitle', { province: h.provinceName })}
        provinces={[h.provinceCode]}
        height={260}
        points={[{ id: h.id, lat: h.latitude, lon: h.longitude, color: stageColors[h.stage]!, label: h.address }]}
      />
    </Card>
  );
}
