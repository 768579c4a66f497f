import { Button, Card, Flex, List, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoneyVN, homeStages, Permission } from '@congdoan/domain';
import { VnMap } from '../../../kit/map/VnMap';
import { useCurrentUser } from '../../auth/current-user';
import { fetchHomes, homeKeys, stageColors } from './homes.api';
import { StageTag } from './StageTag';

/** The Union Homes in the official's scope: on the map of their province, then as a list. */
export function HomesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [params] = useSearchParams();
  const programmeId = Number(params.get('programmeId')) || undefined;
  const homes = useQuery({ queryKey: homeKeys.list(programmeId), queryFn: () => fetchHomes(programmeId) });
  const items = homes.data?.items ?? [];
  const provinces = [...new Set(items.map((h) => h.provinceCode))];
  return (
    <Card>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('homes.title')}
        </Typography.Title>
        {me.permissions.includes(Permission.WelfareWrite) && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="home-new"
            onClick={() => void navigate(`/welfare/homes/new${programmeId ? `?programmeId=${programmeId}` : ''}`)}
          >
            {t('homes.new')}
          </Button>
        )}
      </Flex>
      {provinces.length > 0 && (
        <VnMap
          title={t('homes.mapTitle', { province: items[0]!.provinceName })}
          provinces={provinces}
          points={items.map((h) => ({
            id: h.id,
            lat: h.latitude,
            lon: h.longitude,
            color: stageColors[h.stage]!,
            label: `${h.fullName} — ${h.communeName} — ${t(`homes.stage.${h.stage}`)}`,
            testId: `home-point-${h.id}`,
          }))}
        />
      )}
      <Space wrap size={[4, 4]} style={{ margin: '8px 0' }}>
        {homeStages.map((s) => (
          <StageTag key={s} stage={s} count={items.filter((h) => h.stage === s).length} />
        ))}
      </Space>
      <List
        loading={homes.isLoading}
        dataSource={items}
        locale={{ emptyText: t('homes.empty') }}
        renderItem={(h) => (
          <List.Item key={h.id}>
            <List.Item.Meta
              title={
                <Space wrap>
                  <Link to={`/welfare/homes/${h.id}`} data-testid={`home-${h.id}`}>
                    {h.fullName}
                  </Link>
                  <StageTag stage={h.stage} />
                </Space>
              }
              description={
                <span>
                  {t(`homes.kind.${h.kind}`)} · {h.address}, {h.communeName} · {h.unitName}
                  {h.approvedCostVnd ? ` · ${formatMoneyVN(h.finalCostVnd ?? h.approvedCostVnd)}` : ''}
                </span>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
