// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ImportRow, MemberImport } from '@congdoan/domain';
import { queryClient } from '../../app/query-client';
import { renderAsUser } from '../../testing/render';
import { PreviewStep } from './PreviewStep';
import { rowActions } from './row-actions';

afterEach(() => {
  cleanup();
  queryClient.clear();
  vi.unstubAllGlobals();
});

const imp: MemberImport = {
  id: 52,
  purpose: 'members',
  programmeId: null,
  unit: { id: 9, code: 'QT-0001', name: 'CĐCS Công ty May Hòa Thọ Đông Hà' },
  fileName: 'lai.xlsx',
  status: 'checked',
  sheets: [{ index: 0, name: 'Danh sách', hidden: false }],
  sheetIndex: 0,
  headerRow: 1,
  dataStart: 2,
  headers: ['Họ và tên', 'Số CCCD'],
  fields: ['fullName', 'cccd'],
  sample: [],
  encoding: { found: 'unicode', forced: null, columns: [] },
  admittedOn: '2026-12-05',
  defaultAction: 'update',
  mode: null,
  stats: {
    total: 2,
    valid: 2,
    withErrors: 0,
    withWarnings: 0,
    matched: 2,
    toCreate: 0,
    toUpdate: 1,
    toSkip: 0,
    toOverwrite: 0,
    toTransfer: 1,
  },
  previewJobId: null,
  commitJobId: null,
  createdAt: '2026-12-05T01:00:00.000Z',
};

const base = {
  gender: 'female',
  birthDate: null,
  oldIdNumber: null,
  phone: null,
  errors: [],
  warnings: [],
  action: null,
  result: null,
  reason: null,
  hardshipCategory: null,
  amountVnd: null,
  nominationId: null,
};
const rows: ImportRow[] = [
  {
    ...base,
    rowNo: 2,
    fullName: 'Trần Thị Giữ Mới',
    cccd: '045190009001',
    match: { personId: 11, kind: 'cccd', name: 'Trần Thị Giữ', elsewhere: false },
    differences: [
      { field: 'fullName', registry: 'Trần Thị Giữ', file: 'Trần Thị Giữ Mới' },
      { field: 'occupation', registry: null, file: 'Kỹ sư' },
    ],
    effectiveAction: 'update',
    personId: null,
    transferRequestId: null,
  },
  {
    ...base,
    rowNo: 3,
    fullName: 'Hoàng Văn Xa',
    cccd: '010080009004',
    match: { personId: null, kind: 'cccd', name: null, elsewhere: true },
    differences: [],
    effectiveAction: 'transfer',
    personId: null,
    transferRequestId: null,
  },
];

function stubApi() {
  const fetch = vi.fn(async (url: string) => {
    const body = url.includes('/rows') ? { items: rows, total: rows.length } : { ...imp, status: 'committing' };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('import step 3: matches without silent overwrites', () => {
  it('shows the registry and file values field by field, and a row held elsewhere without naming anyone', async () => {
    stubApi();
    renderAsUser(<PreviewStep imp={imp} onRemap={() => {}} />);
    const tag = await screen.findByTestId('row-differences-2');
    expect(tag.textContent).toBe('2 trường khác');
    expect(screen.getByTestId('row-elsewhere-3').textContent).toBe('Đang sinh hoạt ở đơn vị khác');
    const table = screen.getByTestId('import-rows');
    fireEvent.click(within(table).getAllByRole('button', { name: /expand|mở rộng/i })[0]!);
    expect(await within(table).findByText('Kỹ sư')).toBeTruthy();
    expect(within(table).getByText('(trống — sẽ được bổ sung)')).toBeTruthy();
    expect(within(table).getAllByText('Trần Thị Giữ').length).toBeGreaterThan(0);
  });

  it('commits with "overwrite" only when the user chooses it for the batch, and warns', async () => {
    const fetch = stubApi();
    renderAsUser(<PreviewStep imp={imp} onRemap={() => {}} />);
    await screen.findByTestId('row-differences-2');
    expect(screen.queryByTestId('overwrite-warning')).toBeNull();
    fireEvent.mouseDown(within(screen.getByTestId('import-default-action')).getByRole('combobox'));
    const options = await screen.findAllByText('Ghi đè bằng dữ liệu trong tệp');
    fireEvent.click(options[options.length - 1]!);
    expect(await screen.findByTestId('overwrite-warning')).toBeTruthy();
    fireEvent.click(screen.getByTestId('import-commit'));
    await waitFor(() => expect(fetch.mock.calls.some(([u]) => String(u).endsWith('/commit'))).toBe(true));
    const [, init] = fetch.mock.calls.find(([u]) => String(u).endsWith('/commit')) as unknown as [string, RequestInit];
    expect(JSON.parse(init.body as string)).toEqual({ mode: 'valid_only', defaultAction: 'overwrite' });
  });

  it('offers only the actions the API accepts for each kind of row', () => {
    expect(rowActions({ match: null })).toEqual(['create', 'skip']);
    expect(rowActions(rows[0]!)).toEqual(['update', 'overwrite', 'skip']);
    expect(rowActions(rows[1]!)).toEqual(['transfer', 'skip']);
    expect(rowActions({ match: { personId: 4, kind: 'phone', name: 'A', elsewhere: false } })).toContain('create');
  });
});
