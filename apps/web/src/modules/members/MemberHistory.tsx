import { Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import i18n from '../../app/i18n';
import { formatDateTimeVN, type AuditEntry } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { ChangeDiff, ChangedFieldTags } from '../audit/ChangeDiff';
import { AuditActionTag } from '../audit/AuditActionTag';
import { fetchMemberHistory, memberKeys } from './members.api';

/** Every audited change to the member's record, memberships, transfers and cards. */
export function MemberHistory({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const history = useQuery({ queryKey: memberKeys.history(personId), queryFn: () => fetchMemberHistory(personId) });
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="small"
      loading={history.isPending}
      dataSource={history.data?.items ?? []}
      data-testid="member-history"
      locale={{ emptyText: history.isError ? errorText(history.error) : t('common.none') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      expandable={{
        rowExpandable: (e) => e.before !== null || e.after !== null,
        expandedRowRender: (e) => <ChangeDiff entry={e} />,
      }}
      columns={[
        { key: 'at', title: t('audit.fields.at'), width: 150, render: (_, e) => formatDateTimeVN(e.at) },
        {
          key: 'actor',
          title: t('audit.fields.actor'),
          width: 160,
          render: (_, e) => e.actorName ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
        },
        {
          key: 'action',
          title: t('audit.fields.action'),
          width: 200,
          render: (_, e) =>
            i18n.exists(`members.auditActions.${e.action}`) ? (
              <Tag color="blue" title={e.action}>
                {t(`members.auditActions.${e.action}`)}
              </Tag>
            ) : (
              <AuditActionTag action={e.action} />
            ),
        },
        {
          key: 'fields',
          title: t('audit.fields.changedFields'),
          render: (_, e) => <ChangedFieldTags entry={e} max={5} />,
        },
      ]}
    />
  );
}
