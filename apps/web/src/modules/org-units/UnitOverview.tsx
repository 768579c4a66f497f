import { Card, Col, Row, Tag, Typography } from 'antd';
import { VnStatistic } from '../../ui/VnStatistic';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchDashboard, orgKeys } from './org-units.api';

/** "Tổng quan": the subtree today from the member rollups — members by status, gender, sector; units by kind. */
export function UnitOverview({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const dashboard = useQuery({ queryKey: orgKeys.dashboard(unitId), queryFn: () => fetchDashboard(unitId) });
  const data = dashboard.data;
  const gender = (g: string) => (g === 'unknown' ? t('orgTree.dashboard.unknownGender') : t(`members.gender.${g}`));
  const sector = (s: string) => (s === 'none' ? t('orgTree.dashboard.noSector') : t(`orgTree.sectors.${s}`));
  const tags = (label: string, values: Record<string, number>, name: (k: string) => string, color?: string) => (
    <div data-testid={`overview-${label}`}>
      <Typography.Text type="secondary">{t(`orgTree.dashboard.${label}`)}</Typography.Text>
      <div>
        {Object.entries(values)
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => (
            <Tag key={k} color={color}>
              {name(k)}: {n.toLocaleString('vi-VN')}
            </Tag>
          ))}
        {Object.keys(values).length === 0 && t('orgTree.dashboard.none')}
      </div>
    </div>
  );
  return (
    <Card size="small" title={t('orgTree.dashboard.title')} loading={dashboard.isPending} data-testid="unit-overview">
      {data && (
        <Row gutter={[16, 8]}>
          <Col xs={12} md={6}>
            <VnStatistic title={t('orgTree.dashboard.members')} value={data.members} />
          </Col>
          <Col xs={12} md={6}>
            <VnStatistic title={t('orgTree.dashboard.units')} value={data.units} />
          </Col>
          <Col xs={24} md={12}>
            {tags('byStatus', data.byStatus, (k) => t(`members.status.${k}`), 'blue')}
            {tags('byGender', data.byGender, gender)}
            {tags('bySector', data.bySector, sector, 'green')}
            {tags('unitsByKind', data.unitsByKind, (k) => t(`unitKinds.${k}`))}
          </Col>
        </Row>
      )}
    </Card>
  );
}
