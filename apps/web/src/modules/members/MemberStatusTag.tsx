import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MembershipStatus } from '@congdoan/domain';

const colors: Record<MembershipStatus, string> = {
  active: 'green',
  in_transit: 'gold',
  transferred_out: 'blue',
  left: 'default',
  removed: 'red',
  deceased: 'default',
};

export function MemberStatusTag({ status }: { status: MembershipStatus | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={colors[status]}>{t(`members.status.${status}`)}</Tag>;
}
