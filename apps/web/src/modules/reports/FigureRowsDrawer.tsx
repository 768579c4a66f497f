import { useState } from 'react';
import { Alert, Drawer, List, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateVN, formatMoneyVN, formatNumberVN } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { fetchFigureRows, reportKeys } from './reports.api';

type Props = {
  assignmentId: number;
  unitId: number;
  figure: { key: string; vi: string } | null;
  onClose: () => void;
};

/**
 * The rows behind a computed figure, as a list (one line per row: name or title, unit, date): a phone shows
 * it as well as a desktop, with no sideways scrolling.
 */
export function FigureRowsDrawer({ assignmentId, unitId, figure, onClose }: Props) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const key = figure?.key ?? '';
  const rows = useQuery({
    queryKey: reportKeys.figureRows(assignmentId, unitId, key, page),
    queryFn: () => fetchFigureRows(assignmentId, unitId, key, page),
    enabled: figure !== null,
    placeholderData: keepPreviousData,
  });
  const data = rows.data?.key === key ? rows.data : undefined;
  return (
    <Drawer
      open={figure !== null}
      onClose={() => {
        setPage(1);
        onClose();
      }}
      title={figure?.vi}
      size={Math.min(520, typeof window === 'undefined' ? 520 : window.innerWidth)}
      data-testid="reports-rows-drawer"
    >
      {rows.isError ? (
        <Alert type="error" showIcon message={errorText(rows.error)} />
      ) : (
        <>
          {data && (
            <Typography.Paragraph data-testid="reports-rows-total">
              {t('reports.rows.total', { total: formatNumberVN(data.total) })}
              {data.sum != null && ` · ${formatMoneyVN(data.sum)}`}
            </Typography.Paragraph>
          )}
          <List
            loading={rows.isFetching && !data}
            dataSource={data?.items ?? []}
            locale={{ emptyText: t('reports.rows.empty') }}
            pagination={
              data && data.total > data.pageSize
                ? {
                    current: page,
                    pageSize: data.pageSize,
                    total: data.total,
                    onChange: setPage,
                    showSizeChanger: false,
                    size: 'small',
                    simple: true,
                  }
                : false
            }
            renderItem={(r) => (
              <List.Item key={r.id} style={{ display: 'block', paddingInline: 0 }} data-testid="reports-row">
                <Typography.Text strong>{r.label ?? '—'}</Typography.Text>
                {r.amount != null && <span> · {formatMoneyVN(r.amount)}</span>}
                <br />
                <Typography.Text type="secondary">
                  {r.unitName}
                  {r.onDate ? ` · ${formatDateVN(r.onDate)}` : ''}
                </Typography.Text>
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
