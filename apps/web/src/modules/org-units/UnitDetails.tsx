import { Card, Descriptions, Tag, Typography } from 'antd';
import type { OrgUnit } from '@congdoan/domain';
import { useTranslation } from 'react-i18next';
import { ParentLink } from './ParentLink';

export function UnitDetails({ unit }: { unit: OrgUnit }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Typography.Text type="secondary">{t(`unitKinds.${unit.kind}`)}</Typography.Text>
      <Typography.Title level={3} style={{ marginTop: 4 }} data-testid="unit-title">
        {unit.name}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'code',
            label: t('orgUnits.fields.code'),
            children: <Typography.Text code>{unit.code}</Typography.Text>,
          },
          { key: 'shortName', label: t('orgUnits.fields.shortName'), children: unit.shortName ?? t('common.none') },
          {
            key: 'kind',
            label: t('orgUnits.fields.kind'),
            children: <Tag color="blue">{t(`unitKinds.${unit.kind}`)}</Tag>,
          },
          { key: 'subkind', label: t('orgUnits.fields.subkind'), children: unit.subkind ?? t('common.none') },
          {
            key: 'parent',
            label: t('orgUnits.fields.parent'),
            children: unit.parentId ? <ParentLink parentId={unit.parentId} /> : t('common.none'),
          },
          { key: 'childCount', label: t('orgUnits.fields.childCount'), children: unit.childCount },
        ]}
      />
    </Card>
  );
}
