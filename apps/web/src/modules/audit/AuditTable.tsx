import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVN, type AuditEntry } from '@congdoan/domain';
import { ChangeDiff, ChangedFieldTags } from './ChangeDiff';
import { AuditActionTag } from './AuditActionTag';
import { AuditEntityCell } from './AuditEntityCell';

interface Props {
  data: { items: AuditEntry[]; total: number } | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

export function AuditTable({ data, loading, page, pageSize, onPage }: Props) {
  const { t } = useTranslation();
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={data?.items ?? []}
      scroll={{ x: 1200 }}
      data-testid="audit-table"
      expandable={{
        rowExpandable: (entry) => entry.before !== null || entry.after !== null,
        expandedRowRender: (entry) => <ChangeDiff entry={entry} />,
      }}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (total) => t('common.total', { total }),
        onChange: onPage,
      }}
      columns={[
        { key: 'at', title: t('audit.fields.at'), width: 150, render: (_, entry) => formatDateTimeVN(entry.at) },
        {
          key: 'actor',
          title: t('audit.fields.actor'),
          width: 170,
          render: (_, entry) =>
            entry.actorName ? (
              <span>
                {entry.actorName} <Typography.Text type="secondary">#{entry.actorId}</Typography.Text>
              </span>
            ) : (
              <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
            ),
        },
        {
          key: 'action',
          title: t('audit.fields.action'),
          width: 190,
          render: (_, entry) => <AuditActionTag action={entry.action} />,
        },
        {
          key: 'entity',
          title: t('audit.fields.entity'),
          width: 200,
          render: (_, entry) => <AuditEntityCell entry={entry} />,
        },
        {
          key: 'changedFields',
          title: t('audit.fields.changedFields'),
          render: (_, entry) => <ChangedFieldTags entry={entry} />,
        },
        { key: 'source', title: t('audit.fields.source'), dataIndex: 'source', width: 90 },
        {
          key: 'requestId',
          title: t('audit.fields.requestId'),
          width: 140,
          render: (_, entry) =>
            entry.requestId ? (
              <Typography.Text code copyable style={{ fontSize: 11 }} ellipsis>
                {entry.requestId}
              </Typography.Text>
            ) : null,
        },
      ]}
    />
  );
}
