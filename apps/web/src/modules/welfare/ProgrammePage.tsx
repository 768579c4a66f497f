import { Button, Card, Descriptions, Flex, Spin, Tabs, Tag, Typography } from 'antd';
import { EditOutlined, ImportOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateVN, formatMoneyVN, formatNumberVN, Permission } from '@congdoan/domain';
import { useHasPermission } from '../auth/current-user';
import { ApplicationsPanel } from './ApplicationsPanel';
import { NominationsPanel } from './NominationsPanel';
import { QuotaPanel } from './QuotaPanel';
import { TripsPanel } from './trips/TripsPanel';
import { ProgrammeDocuments, SpendingPanel } from './SpendingPanel';
import { VouchersPanel } from './vouchers/VouchersPanel';
import { fetchProgramme, welfareKeys } from './welfare.api';

/** One programme: its terms, the quota table of the official's level, and the nominations. */
export function ProgrammePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [search, setSearch] = useSearchParams();
  const canWrite = useHasPermission(Permission.WelfareWrite);
  const p = useQuery({ queryKey: welfareKeys.one(id), queryFn: () => fetchProgramme(id) });
  if (!p.data) return <Spin />;
  const d = p.data;
  return (
    <Card>
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {d.name} <Tag>{t(`welfare.kind.${d.kind}`)}</Tag>
        </Typography.Title>
        <Flex gap={8} wrap>
          {d.kind === 'union_home' && (
            <Button onClick={() => void navigate(`/welfare/homes?programmeId=${id}`)} data-testid="programme-homes">
              {t('homes.programmeHomes')}
            </Button>
          )}
          {canWrite && (
            <Button
              icon={<ImportOutlined />}
              onClick={() => void navigate(`/welfare/${id}/import`)}
              data-testid="welfare-bulk-open"
            >
              {t('welfare.bulk.open')}
            </Button>
          )}
          {d.canEdit && (
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/welfare/${id}/edit`)}>
              {t('welfare.edit')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('welfare.unit')}>{d.unitName}</Descriptions.Item>
        <Descriptions.Item label={t('welfare.nominationPeriod')}>
          {formatDateVN(d.nominationFrom)}–{formatDateVN(d.nominationTo)}
        </Descriptions.Item>
        <Descriptions.Item label={t('welfare.benefitVnd')}>{formatMoneyVN(d.benefitVnd)}</Descriptions.Item>
        <Descriptions.Item label={t('welfare.totalCount')}>
          {formatNumberVN(d.totalCount)} · {formatMoneyVN(d.totalBudgetVnd)}
        </Descriptions.Item>
        <Descriptions.Item label={t('welfare.funding')}>
          {d.funding
            .map((f) => `${f.sponsorName || t(`welfare.source.${f.sourceKind}`)}: ${formatMoneyVN(f.amountVnd)}`)
            .join('; ')}
        </Descriptions.Item>
      </Descriptions>
      <ProgrammeDocuments programmeId={id} />
      <Tabs
        className="tabs-wrap"
        tabBarGutter={20}
        activeKey={search.get('tab') ?? 'quotas'}
        onChange={(tab) => setSearch({ tab }, { replace: true })}
        items={[
          { key: 'quotas', label: t('welfare.quotas'), children: <QuotaPanel programmeId={id} /> },
          // a tickets-home programme gives its places by registration for a trip, not by nomination
          d.kind === 'tet_tickets'
            ? { key: 'trips', label: t('welfareTrips.tab'), children: <TripsPanel programmeId={id} /> }
            : { key: 'nominations', label: t('welfare.nominations'), children: <NominationsPanel programme={d} /> },
          { key: 'spending', label: t('welfare.spending.tab'), children: <SpendingPanel programmeId={id} /> },
          ...(d.kind === 'tet_market_voucher'
            ? [{ key: 'vouchers', label: t('welfareVouchers.tab'), children: <VouchersPanel programme={d} /> }]
            : []),
          ...(canWrite
            ? [
                {
                  key: 'applications',
                  label: t('welfare.applications.tab'),
                  children: <ApplicationsPanel programme={d} />,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
