import { useState, type Key, type ReactNode } from 'react';
import { Card, Empty, Flex, Grid, Pagination, Spin, Table, Typography, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';

type Col<T> = ColumnType<T>;

/** A cell's content as the table would show it. */
function cell<T extends object>(col: Col<T>, record: T, index: number): ReactNode {
  const path = col.dataIndex === undefined ? [] : ([] as (string | number)[]).concat(col.dataIndex as string);
  const value: unknown = path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], record);
  if (col.render) return col.render(value, record, index) as ReactNode;
  return (value ?? '—') as ReactNode;
}

/**
 * A list table that becomes a stack of cards on a phone: the first column is the card's title and the
 * others are label–value lines, so nothing is squeezed into columns a few letters wide. From tablet
 * width up it is the plain antd Table with the same props. Rows nested as `children` (copies of a
 * plan) are listed inside their parent's card.
 */
export function ResponsiveTable<T extends object>(props: TableProps<T>) {
  const screens = Grid.useBreakpoint();
  // md is undefined before the first measurement: start as a table, as on a desk
  if (screens.md !== false) return <Table<T> {...props} />;
  return <CardList {...props} />;
}

function CardList<T extends object>(props: TableProps<T>) {
  const [ownPage, setOwnPage] = useState(1);
  const all = [...(props.dataSource ?? [])];
  const columns = (props.columns ?? []) as Col<T>[];
  const [head, ...rest] = columns;
  const rowKey = (r: T, i: number): Key =>
    typeof props.rowKey === 'function' ? props.rowKey(r, i) : ((r as Record<string, Key>)[props.rowKey ?? 'key'] ?? i);
  const p = props.pagination;
  // Controlled (server) paging shows the page it is given; otherwise the list pages itself.
  const controlled = p !== false && p?.current !== undefined;
  const pageSize = (p !== false && p?.pageSize) || 10;
  const page = controlled ? p.current! : ownPage;
  const shown = p === false || controlled ? all : all.slice((page - 1) * pageSize, page * pageSize);
  const { 'data-testid': testId } = props as { 'data-testid'?: string };
  const loading = typeof props.loading === 'object' ? props.loading.spinning : props.loading;
  return (
    <Spin spinning={!!loading}>
      <Flex vertical gap={8} data-testid={testId} className="responsive-cards">
        {shown.length === 0 && !loading && <Empty />}
        {shown.map((r, i) => {
          const kids = (r as { children?: T[] }).children;
          return (
            <Card key={rowKey(r, i)} size="small" data-row-key={rowKey(r, i)} className="responsive-card">
              {head && <div style={{ fontWeight: 600, marginBottom: 4 }}>{cell(head, r, i)}</div>}
              {rest.map((col, c) => (
                <div
                  key={typeof col.key === 'string' || typeof col.key === 'number' ? col.key : c}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  <Typography.Text type="secondary">{col.title as ReactNode}: </Typography.Text>
                  {cell(col, r, i)}
                </div>
              ))}
              {kids?.length ? (
                <Flex vertical gap={4} style={{ marginTop: 8, paddingLeft: 12, borderLeft: '2px solid #d9d9d9' }}>
                  {kids.map((k, j) => (
                    // the link on a line of its own: a link inside a line of text needs more than colour
                    <div key={rowKey(k, j)}>
                      {head && <div>{cell(head, k, j)}</div>}
                      {rest[0] && <Typography.Text type="secondary">{cell(rest[0], k, j)}</Typography.Text>}
                    </div>
                  ))}
                </Flex>
              ) : null}
            </Card>
          );
        })}
        {p !== false && (controlled ? (p.total ?? 0) : all.length) > pageSize && (
          <Pagination
            simple
            align="center"
            current={page}
            pageSize={pageSize}
            total={controlled ? p.total : all.length}
            onChange={(n, size) => (controlled ? p.onChange?.(n, size) : setOwnPage(n))}
          />
        )}
      </Flex>
    </Spin>
  );
}
