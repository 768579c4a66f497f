import { useState, type ReactNode } from 'react';
import { Button, Flex, Segmented, Table, type TableProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '@congdoan/domain';
import { VnStatistic } from '../../ui/VnStatistic';

const PAGE_SIZE = 50;
const filters = ['all', 'errors', 'warnings', 'matched'] as const;
export type PreviewFilter = (typeof filters)[number];
export type PreviewParams = { filter: string; page: number; pageSize: number };

/**
 * The checked rows of an uploaded spreadsheet, as every import shows them before it writes (members, nomination
 * lists): the figures, a filter, back to the column mapping, the error file, and the rows a page at a time.
 * The caller brings what differs: its figures and columns, how rows are fetched, and its commit controls
 * (children, below the rows).
 */
export function ImportPreview({
  figures,
  filterLabel,
  fetchRows,
  rowsKey,
  columns,
  expandable,
  errorFileUrl,
  onRemap,
  before,
  children,
}: {
  figures: { title: string; value: number; danger?: boolean }[];
  filterLabel: (filter: PreviewFilter) => string;
  fetchRows: (params: PreviewParams) => Promise<{ items: ImportRow[]; total: number }>;
  rowsKey: (params: PreviewParams) => QueryKey;
  columns: NonNullable<TableProps<ImportRow>['columns']>;
  expandable?: TableProps<ImportRow>['expandable'];
  /** The check's error file, once it has one. */
  errorFileUrl?: string | null;
  onRemap: () => void;
  before?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<PreviewFilter>('all');
  const [page, setPage] = useState(1);
  const params = { filter, page, pageSize: PAGE_SIZE };
  const rows = useQuery({
    queryKey: rowsKey(params),
    queryFn: () => fetchRows(params),
    placeholderData: keepPreviousData,
  });
  return (
    <Flex vertical gap={16}>
      {before}
      <Flex gap={32} wrap data-testid="import-stats">
        {figures.map((f) => (
          <VnStatistic
            key={f.title}
            title={f.title}
            value={f.value}
            valueStyle={f.danger ? { color: '#cf1322' } : undefined}
          />
        ))}
      </Flex>
      <Flex gap={12} wrap>
        <Segmented
          value={filter}
          onChange={(v) => {
            setFilter(v);
            setPage(1);
          }}
          options={filters.map((f) => ({ value: f, label: filterLabel(f) }))}
          data-testid="import-filter"
        />
        <Button onClick={onRemap} data-testid="import-remap">
          {t('memberImport.remap')}
        </Button>
        {errorFileUrl && (
          <Button icon={<DownloadOutlined />} href={errorFileUrl} data-testid="import-error-file">
            {t('memberImport.errorFile')}
          </Button>
        )}
      </Flex>
      <Table<ImportRow>
        size="small"
        rowKey="rowNo"
        loading={rows.isFetching}
        dataSource={rows.data?.items}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: rows.data?.total,
          onChange: setPage,
          showSizeChanger: false,
        }}
        data-testid="import-rows"
        scroll={{ x: 'max-content' }}
        expandable={expandable}
        columns={[{ title: t('memberImport.row'), dataIndex: 'rowNo', width: 70 }, ...columns]}
      />
      {children}
    </Flex>
  );
}
