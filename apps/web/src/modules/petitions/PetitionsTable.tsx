import { Table, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../ui/ResponsiveTable';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateVN, type PetitionSummary } from '@congdoan/domain';
import { StatusTag } from './StatusTag';

export function PetitionsTable(props: {
  items: PetitionSummary[] | undefined;
  loading?: boolean;
  total?: number;
  page?: number;
  pageSize?: number;
  onPage?: (page: number, size: number) => void;
  selection?: { selected: number[]; onChange: (ids: number[]) => void };
}) {
  const { t } = useTranslation();
  // Rows to pick from keep their checkboxes (a table); a list to read becomes cards on a phone.
  const List = props.selection ? Table<PetitionSummary> : ResponsiveTable<PetitionSummary>;
  return (
    <List
      rowKey="id"
      size="middle"
      loading={props.loading}
      dataSource={props.items ?? []}
      data-testid="petitions-table"
      {...(props.selection
        ? {
            rowSelection: {
              selectedRowKeys: props.selection.selected,
              onChange: (keys) => props.selection!.onChange(keys.map(Number)),
            },
          }
        : {})}
      pagination={
        props.onPage
          ? { current: props.page, pageSize: props.pageSize, total: props.total, onChange: props.onPage }
          : false
      }
      columns={[
        {
          title: t('petitions.fields.title'),
          key: 'title',
          render: (_, p) => (
            <>
              <Link to={`/petitions/${p.id}`} data-testid={`petition-link-${p.id}`}>
                {p.title}
              </Link>
              {p.isConsolidated && (
                <div>
                  <Tag color="blue">{t('petitions.consolidatedTag')}</Tag>
                  <Typography.Text type="secondary">
                    {t('petitions.counts', { units: p.unitCount, workers: p.affectedWorkers.toLocaleString('vi-VN') })}
                  </Typography.Text>
                </div>
              )}
            </>
          ),
        },
        { title: t('petitions.fields.topic'), dataIndex: 'topicName', width: 220 },
        { title: t('petitions.fields.origin'), dataIndex: 'originUnitName', width: 220 },
        { title: t('petitions.fields.affectedWorkers'), dataIndex: 'affectedWorkers', width: 110, align: 'right' },
        { title: t('petitions.fields.status'), key: 'status', width: 200, render: (_, p) => <StatusTag p={p} /> },
        {
          title: t('petitions.fields.createdAt'),
          dataIndex: 'createdAt',
          width: 120,
          render: (v: string) => formatDateVN(v),
        },
      ]}
    />
  );
}
