import { Card, Col, DatePicker, Row, Tag, Typography } from 'antd';
import { VnStatistic } from '../../ui/VnStatistic';
import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumberVN } from '@congdoan/domain';
import { fetchCounts, orgKeys } from './org-units.api';

/** Units and members in the subtree, today or as it stood on a chosen date. */
export function UnitCounts({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const iso = asOf?.format('YYYY-MM-DD');
  const counts = useQuery({ queryKey: orgKeys.counts(unitId, iso), queryFn: () => fetchCounts(unitId, iso) });
  const data = counts.data;
  return (
    <Card
      size="small"
      title={t('orgTree.counts.title')}
      loading={counts.isPending}
      data-testid="unit-counts"
      extra={
        <DatePicker
          size="small"
          value={asOf}
          onChange={setAsOf}
          format="DD/MM/YYYY"
          placeholder={t('orgTree.asOf.today')}
          aria-label={t('orgTree.asOf.today')}
        />
      }
    >
      {data && (
        <Row gutter={16}>
          <Col span={6}>
            <VnStatistic title={t('orgTree.counts.units')} value={data.units} />
          </Col>
          <Col span={6}>
            <VnStatistic title={t('orgTree.counts.members')} value={data.members} />
          </Col>
          <Col span={12}>
            <Typography.Text type="secondary">{t('orgTree.counts.byKind')}</Typography.Text>
            <div>
              {Object.entries(data.byKind).map(([kind, n]) => (
                <Tag key={kind}>
                  {t(`unitKinds.${kind}`)}: {formatNumberVN(n)}
                </Tag>
              ))}
              {Object.keys(data.byKind).length === 0 && t('orgTree.counts.none')}
            </div>
            <Typography.Text type="secondary">{t('orgTree.counts.bySector')}</Typography.Text>
            <div>
              {Object.entries(data.bySector).map(([sector, n]) => (
                <Tag key={sector} color="green">
                  {t(`orgTree.sectors.${sector}`)}: {formatNumberVN(n)}
                </Tag>
              ))}
              {Object.keys(data.bySector).length === 0 && t('orgTree.counts.none')}
            </div>
          </Col>
        </Row>
      )}
    </Card>
  );
}
