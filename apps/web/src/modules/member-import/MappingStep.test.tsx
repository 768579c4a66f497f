// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MemberImport } from '@congdoan/domain';
import { renderAsUser } from '../../testing/render';
import { MappingStep } from './MappingStep';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// A list whose header sits on row 3 under a title block, as union offices send them.
const imp: MemberImport = {
  id: 41,
  purpose: 'members',
  programmeId: null,
  unit: { id: 9, code: 'QT-0001', name: 'CĐCS Công ty May Hòa Thọ Đông Hà' },
  fileName: 'danh-sach.xlsx',
  status: 'uploaded',
  sheets: [{ index: 0, name: 'Đoàn viên', hidden: false }],
  sheetIndex: 0,
  headerRow: 3,
  dataStart: 4,
  headers: ['Họ và tên', 'NS', 'Số CCCD'],
  fields: ['fullName', null, 'cccd'],
  sample: [
    { rowNumber: 1, cells: ['DANH SÁCH ĐOÀN VIÊN'] },
    { rowNumber: 3, cells: ['Họ và tên', 'NS', 'Số CCCD'] },
    { rowNumber: 4, cells: ['Nguyễn Thị Lan', '12/03/1992', '045192000123'] },
  ],
  encoding: { found: 'unicode', forced: null, columns: ['unicode', 'unicode', 'unicode'] },
  admittedOn: '2026-12-05',
  defaultAction: 'skip',
  mode: null,
  stats: null,
  previewJobId: null,
  commitJobId: null,
  createdAt: '2026-12-05T01:00:00.000Z',
};

describe('import step 2: the mapping', () => {
  it('shows the found headers with the proposed meaning, and data rows below the header only', () => {
    renderAsUser(<MappingStep imp={imp} />);
    const table = screen.getByTestId('mapping-table');
    expect(within(table).getAllByText('NS').length).toBeGreaterThan(0);
    expect(within(table).getByText('Nguyễn Thị Lan')).toBeTruthy();
    expect(within(table).queryByText('DANH SÁCH ĐOÀN VIÊN')).toBeNull();
    expect(within(screen.getAllByTestId('map-col-1')[0]!).getByText('(bỏ qua cột này)')).toBeTruthy();
  });

  it('checks the file with the sheet, header row and mapping the user sees', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ ...imp, status: 'checking' }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetch);
    renderAsUser(<MappingStep imp={imp} />);
    fireEvent.click(screen.getByTestId('import-check'));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toContain('/api/imports/41/check');
    expect(JSON.parse(init.body as string)).toEqual({
      sheetIndex: 0,
      headerRow: 3,
      fields: ['fullName', null, 'cccd'],
      admittedOn: '2026-12-05',
    });
  });
});
