// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { QuotaTable } from '@congdoan/domain';
import { renderAsUser } from '../../testing/render';
import { QuotaPanel } from './QuotaPanel';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const row = (unitId: number, unitName: string, activeMembers: number) => ({
  unitId,
  unitName,
  count: 0,
  budgetVnd: 0,
  allocatedBelow: 0,
  nominated: 0,
  activeMembers,
  hasQuota: false,
});
const table: QuotaTable = {
  unit: {
    unitId: 44,
    unitName: 'LĐLĐ tỉnh Quảng Trị',
    count: 100,
    budgetVnd: 60_000_000,
    allocatedBelow: 0,
    nominated: 0,
    activeMembers: 900,
  },
  children: [row(1, 'Công đoàn phường Đông Hà', 600), row(2, 'Công đoàn KCN Nam Đông Hà', 300)],
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('quota allocation table', () => {
  it('fills the counts from a proposal and allocates what the user sees', async () => {
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.includes('quota-proposal'))
        return json({
          items: [
            { unitId: 1, activeMembers: 600, count: 67, budgetVnd: 40_000_000 },
            { unitId: 2, activeMembers: 300, count: 33, budgetVnd: 20_000_000 },
          ],
        });
      if (init?.method === 'PUT') return json(table);
      return json(table);
    });
    vi.stubGlobal('fetch', fetch);
    renderAsUser(<QuotaPanel programmeId={5} />);
    await screen.findByText('Công đoàn phường Đông Hà');
    fireEvent.click(screen.getByTestId('quota-proportional'));
    await waitFor(() =>
      expect(screen.getByLabelText('Số suất Công đoàn phường Đông Hà')).toHaveProperty('value', '67'),
    );
    fireEvent.click(screen.getByTestId('quota-save'));
    await waitFor(() => expect(fetch.mock.calls.some(([, i]) => i?.method === 'PUT')).toBe(true));
    const [url, init] = fetch.mock.calls.find(([, i]) => i?.method === 'PUT')!;
    expect(url).toContain('/api/welfare/programmes/5/quotas');
    expect(JSON.parse(init!.body as string)).toEqual({
      parentUnitId: 44,
      items: [
        { unitId: 1, count: 67, budgetVnd: 40_000_000 },
        { unitId: 2, count: 33, budgetVnd: 20_000_000 },
      ],
    });
  });

  it("shows the server's Vietnamese refusal when the sum passes the parent", async () => {
    const fetch = vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === 'PUT')
        return json(
          {
            error: {
              code: 'WELFARE_QUOTA_OVER_PARENT',
              message: 'Tổng chỉ tiêu giao cho các đơn vị trực thuộc vượt chỉ tiêu của đơn vị cấp trên.',
            },
          },
          409,
        );
      return json(url.includes('quota-proposal') ? { items: [] } : table);
    });
    vi.stubGlobal('fetch', fetch);
    renderAsUser(<QuotaPanel programmeId={5} />);
    const input = await screen.findByLabelText('Số suất Công đoàn KCN Nam Đông Hà');
    fireEvent.change(input, { target: { value: '150' } });
    fireEvent.click(screen.getByTestId('quota-save'));
    expect(await screen.findByText(/vượt chỉ tiêu của đơn vị cấp trên/)).toBeTruthy();
  });
});
