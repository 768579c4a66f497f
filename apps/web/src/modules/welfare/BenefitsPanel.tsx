import { List, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoneyVN } from '@congdoan/domain';
import { fetchBenefits, welfareKeys } from './welfare.api';

/** What a person got or was put forward for this year and last, from every programme of every unit. */
export function BenefitsPanel({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: welfareKeys.benefits(personId), queryFn: () => fetchBenefits(personId) });
  return (
    <div data-testid={`benefits-${personId}`}>
      <Typography.Text strong>{t('welfare.nomination.benefits')}</Typography.Text>
      <List
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: <Typography.Text>{t('welfare.nomination.noBenefits')}</Typography.Text> }}
        renderItem={(b) => (
          <List.Item key={b.nominationId}>
            <span>
              {b.year} · {b.programmeName} ({b.unitName}) · {formatMoneyVN(b.amountVnd)}{' '}
              <Tag>{t(`welfare.status.${b.status}`)}</Tag>
            </span>
          </List.Item>
        )}
      />
    </div>
  );
}
