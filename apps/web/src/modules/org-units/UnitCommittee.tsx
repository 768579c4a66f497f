import { Card, Empty, List, Tag, Typography } from 'antd';
import { formatDateVN } from '@congdoan/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchCommittee, orgKeys } from './org-units.api';

export function UnitCommittee({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const terms = useQuery({ queryKey: orgKeys.committee(unitId), queryFn: () => fetchCommittee(unitId) });
  return (
    <Card size="small" title={t('orgTree.committee.title')} loading={terms.isPending} data-testid="unit-committee">
      {terms.data?.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgTree.committee.empty')} />
      )}
      {terms.data?.map((term) => (
        <div key={term.id} style={{ marginBottom: 12 }}>
          <Typography.Text strong>{t('orgTree.committee.term', { label: term.label })}</Typography.Text>{' '}
          <Typography.Text type="secondary">
            ({formatDateVN(term.startsOn)} – {term.endsOn ? formatDateVN(term.endsOn) : t('orgTree.timeline.now')})
          </Typography.Text>
          <List
            size="small"
            dataSource={term.members}
            renderItem={(m) => (
              <List.Item>
                <Tag color={m.position === 'chair' ? 'red' : m.position === 'vice_chair' ? 'orange' : undefined}>
                  {t(`orgTree.positions.${m.position}`)}
                </Tag>
                <span data-testid="committee-member">{m.fullName}</span>{' '}
                <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
                  {t('orgTree.committee.from', { date: formatDateVN(m.startsOn) })}
                </Typography.Text>
              </List.Item>
            )}
          />
        </div>
      ))}
    </Card>
  );
}
