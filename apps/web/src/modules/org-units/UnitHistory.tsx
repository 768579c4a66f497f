import { Card, Table, Typography } from 'antd';
import type { AuditEntry } from '@congdoan/domain';
import { formatDateTimeVN } from '@congdoan/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { ChangeDiff, ChangedFieldTags } from '../audit/ChangeDiff';
import { AuditActionTag } from '../audit/AuditActionTag';
import { fetchUnitHistory, orgKeys } from './org-units.api';

/** Lịch sử thay đổi: every audited change to this unit, newest first as the API returns it. */
export function UnitHistory({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const history = useQuery({ queryKey: orgKeys.history(unitId), queryFn: () => fetchUnitHistory(unitId) });

  return (
    <Card title={t('orgUnits.history.title')} size="small" data-testid="unit-history">
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        // Fixed layout: the columns share the width and long values wrap, so a phone never needs a
        // sideways-scrolling region (which axe wants focusable) for the history.
        tableLayout="fixed"
        loading={history.isPending}
        dataSource={history.data?.items ?? []}
        locale={{ emptyText: history.isError ? errorText(history.error) : t('orgUnits.history.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        expandable={{
          rowExpandable: (entry) => entry.before !== null || entry.after !== null,
          expandedRowRender: (entry) => <ChangeDiff entry={entry} />,
        }}
        columns={[
          { key: 'at', title: t('audit.fields.at'), width: 150, render: (_, entry) => formatDateTimeVN(entry.at) },
          {
            key: 'actor',
            title: t('audit.fields.actor'),
            width: 200,
            render: (_, entry) =>
              entry.actorName ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
          },
          {
            key: 'action',
            title: t('audit.fields.action'),
            width: 200,
            render: (_, entry) => <AuditActionTag action={entry.action} />,
          },
          {
            key: 'changedFields',
            title: t('audit.fields.changedFields'),
            render: (_, entry) => <ChangedFieldTags entry={entry} max={6} />,
          },
        ]}
      />
    </Card>
  );
}
