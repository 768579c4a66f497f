import { List, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVN, formatMoneyVN } from '@congdoan/domain';
import { fetchBenefits, welfareKeys } from './welfare.api';

type Line = { key: string; text: string; tag: string };

/**
 * What a person got or was put forward for this year and last, from every programme of every unit: hand-outs
 * and nominations, then tickets home for Tết (a seat on a trip: the trip, its departure, the seat's state).
 */
export function BenefitsPanel({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: welfareKeys.benefits(personId), queryFn: () => fetchBenefits(personId) });
  const lines: Line[] = [
    ...(q.data?.items ?? []).map((b) => ({
      key: `n${b.nominationId}`,
      text: `${b.year} · ${b.programmeName} (${b.unitName}) · ${formatMoneyVN(b.amountVnd)}`,
      tag: t(`welfare.status.${b.status}`),
    })),
    ...(q.data?.tickets ?? []).map((k) => ({
      key: `k${k.registrationId}`,
      text: `${k.year} · ${k.programmeName} (${k.unitName}) · ${k.tripTitle} · ${formatDateTimeVN(k.departsAt)}`,
      tag: t(`welfare.nomination.seat.${k.boarded ? 'boarded' : k.status}`),
    })),
  ];
  return (
    <div data-testid={`benefits-${personId}`}>
      <Typography.Text strong>{t('welfare.nomination.benefits')}</Typography.Text>
      <List
        size="small"
        loading={q.isLoading}
        dataSource={lines}
        locale={{ emptyText: <Typography.Text>{t('welfare.nomination.noBenefits')}</Typography.Text> }}
        renderItem={(b) => (
          <List.Item key={b.key}>
            <span>
              {b.text} <Tag>{b.tag}</Tag>
            </span>
          </List.Item>
        )}
      />
    </div>
  );
}
