import { Card, Descriptions, Flex, Typography } from 'antd';
import { formatDateVN, type OrgUnitDetail } from '@congdoan/domain';
import { useTranslation } from 'react-i18next';
import { ParentLink } from './ParentLink';
import { UnitBadges } from './UnitBadges';

export function UnitDetails({ unit, actions }: { unit: OrgUnitDetail; actions?: React.ReactNode }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const location = [unit.communeName, unit.provinceName].filter(Boolean).join(', ');
  const items: { key: string; label: string; children: React.ReactNode }[] = [
    { key: 'code', label: t('orgUnits.fields.code'), children: <Typography.Text code>{unit.code}</Typography.Text> },
    { key: 'shortName', label: t('orgUnits.fields.shortName'), children: unit.shortName ?? none },
    {
      key: 'parent',
      label: t('orgUnits.fields.parent'),
      children: unit.parentId ? <ParentLink unitId={unit.id} parentId={unit.parentId} /> : none,
    },
    {
      key: 'location',
      label: t('orgTree.fields.location'),
      children: location
        ? `${location} (${unit.adminVersion ? t(`orgTree.versions.${unit.adminVersion}`) : ''})`
        : none,
    },
    {
      key: 'founded',
      label: t('orgTree.fields.foundedOn'),
      children: unit.foundedOn ? formatDateVN(unit.foundedOn) : none,
    },
    {
      key: 'closed',
      label: t('orgTree.fields.closedOn'),
      children: unit.closedOn ? formatDateVN(unit.closedOn) : none,
    },
    { key: 'address', label: t('orgTree.fields.address'), children: unit.address ?? none },
    { key: 'phone', label: t('orgTree.fields.phone'), children: unit.phone ?? none },
    { key: 'email', label: t('orgTree.fields.email'), children: unit.email ?? none },
    { key: 'childCount', label: t('orgUnits.fields.childCount'), children: unit.childCount },
  ];
  if (unit.kind === 'grassroots_union')
    items.push(
      {
        key: 'sector',
        label: t('orgTree.fields.sector'),
        children: unit.sector ? t(`orgTree.sectors.${unit.sector}`) : none,
      },
      { key: 'employer', label: t('orgTree.fields.employerName'), children: unit.employerName ?? none },
      { key: 'tax', label: t('orgTree.fields.employerTaxCode'), children: unit.employerTaxCode ?? none },
      { key: 'workers', label: t('orgTree.fields.employerWorkers'), children: unit.employerWorkers ?? none },
    );
  return (
    <Card>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Text type="secondary">{t(`unitKinds.${unit.kind}`)}</Typography.Text>
          <Typography.Title level={3} style={{ marginTop: 4 }} data-testid="unit-title">
            {unit.name}
          </Typography.Title>
          <UnitBadges unit={unit} />
        </div>
        <Flex gap={8} wrap>
          {actions}
        </Flex>
      </Flex>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} style={{ marginTop: 12 }} />
    </Card>
  );
}
