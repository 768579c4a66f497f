import { Button, Card, Col, Empty, Popconfirm, Row, Tag, Timeline, Typography, App } from 'antd';
import { formatDateVN, todayVN } from '@congdoan/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { fetchTimeline, orgKeys, undoReorganization } from './org-units.api';

/** valid_to is exclusive; people read the last day of a period. */
function lastDay(iso: string): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Parents over time and the reorganisations that touched the unit, each undoable as a new operation. */
export function UnitTimeline({ unitId, canWrite }: { unitId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const timeline = useQuery({ queryKey: orgKeys.timeline(unitId), queryFn: () => fetchTimeline(unitId) });
  const undo = useMutation({
    mutationFn: (id: number) => undoReorganization(id, todayVN()),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: orgKeys.all }),
    onError: (error) => void message.error(errorText(error)),
  });
  const data = timeline.data;
  return (
    <Card size="small" title={t('orgTree.timeline.title')} loading={timeline.isPending} data-testid="unit-timeline">
      {data && (
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Typography.Text type="secondary">{t('orgTree.timeline.parents')}</Typography.Text>
            <Timeline
              style={{ marginTop: 12 }}
              items={data.parents.map((p) => ({
                color: p.validTo ? 'gray' : 'green',
                children: (
                  <>
                    <Link to={`/units/${p.parentId}`}>{p.parentName}</Link>{' '}
                    <Typography.Text type="secondary">
                      {t('orgTree.timeline.period', {
                        from: formatDateVN(p.validFrom),
                        to: p.validTo ? formatDateVN(lastDay(p.validTo)) : t('orgTree.timeline.now'),
                      })}
                    </Typography.Text>
                  </>
                ),
              }))}
            />
          </Col>
          <Col xs={24} md={12}>
            <Typography.Text type="secondary">{t('orgTree.timeline.reorgs')}</Typography.Text>
            {data.reorganizations.length === 0 && (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgTree.timeline.empty')} />
            )}
            <Timeline
              style={{ marginTop: 12 }}
              items={data.reorganizations.map((r) => ({
                color: r.status === 'scheduled' ? 'blue' : r.undoneBy ? 'gray' : 'green',
                children: (
                  <>
                    {formatDateVN(r.effectiveOn)} — <Tag>{t(`orgTree.operations.${r.operation}`)}</Tag>
                    <Tag color={r.status === 'scheduled' ? 'blue' : 'green'}>{t(`orgTree.statuses.${r.status}`)}</Tag>
                    {r.undoneBy && <Tag>{t('orgTree.timeline.undoneBy', { id: r.undoneBy })}</Tag>}
                    {r.note && (
                      <div>
                        <Typography.Text type="secondary">{r.note}</Typography.Text>
                      </div>
                    )}
                    {canWrite && !r.undoneBy && r.operation !== 'undo' && (
                      <Popconfirm title={t('orgTree.actions.undo')} onConfirm={() => undo.mutate(r.id)}>
                        <Button size="small" type="link" loading={undo.isPending}>
                          {t('orgTree.actions.undo')}
                        </Button>
                      </Popconfirm>
                    )}
                  </>
                ),
              }))}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
