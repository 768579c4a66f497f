import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '@congdoan/domain';

const colours: Record<ReportStatus, string> = {
  not_started: 'default',
  draft: 'blue',
  submitted: 'gold',
  returned: 'red',
  approved: 'green',
};

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <Tag color={colours[status]}>{t(`reports.status.${status}`)}</Tag>;
}
