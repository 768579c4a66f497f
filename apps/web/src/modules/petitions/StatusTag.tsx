import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PetitionSummary } from '@congdoan/domain';

const colors: Record<string, string> = {
  collected: 'default',
  consolidated: 'blue',
  presented: 'geekblue',
  answered: 'cyan',
  in_progress: 'gold',
  resolved: 'green',
  unresolved: 'orange',
  rejected: 'red',
};

export function StatusTag({ p }: { p: Pick<PetitionSummary, 'status' | 'overdue' | 'escalationLevel'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={colors[p.status]} data-testid="petition-status">
        {t(`petitions.status.${p.status}`)}
      </Tag>
      {p.overdue && (
        <Tag color="red" data-testid="petition-overdue">
          {t('petitions.overdue')}
        </Tag>
      )}
      {p.escalationLevel > 0 && <Tag color="purple">{t('petitions.escalatedTag', { level: p.escalationLevel })}</Tag>}
    </Space>
  );
}
