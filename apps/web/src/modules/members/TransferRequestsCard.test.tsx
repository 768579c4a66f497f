// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TransferRequest } from '@congdoan/domain';
import { queryClient } from '../../app/query-client';
import { renderAsUser } from '../../testing/render';
import { TransferRequestsCard } from './TransferRequestsCard';

afterEach(() => {
  cleanup();
  queryClient.clear();
  vi.unstubAllGlobals();
});

const request: TransferRequest = {
  id: 31,
  personId: 501,
  fullName: 'Hoàng Văn Xa',
  requestedName: 'Hoàng Văn Xa (tệp)',
  fromUnit: { id: 3, code: 'LC-0001', name: 'CĐCS Công ty Apatit Việt Nam' },
  toUnit: { id: 9, code: 'QT-0001', name: 'CĐCS Công ty Cổ phần Thương mại Đông Hà' },
  status: 'pending',
  reason: null,
  importId: 12,
  importRowNo: 2,
  createdAt: '2026-12-05T01:00:00Z',
  decidedAt: null,
  decisionReason: null,
  canDecide: true,
  canCancel: false,
};

function stub(items: TransferRequest[]) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const body = init?.method === 'POST' ? { ...request, status: 'refused' } : { items };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('transfer requests on the members area', () => {
  it('lets the holding union refuse with a reason the requester will read', async () => {
    const fetch = stub([request]);
    renderAsUser(<TransferRequestsCard />);
    const table = await screen.findByTestId('transfer-requests-table');
    await within(table).findByText('Hoàng Văn Xa');
    expect(within(table).getByText('Từ tệp nhập danh sách, dòng 2')).toBeTruthy();
    fireEvent.click(screen.getByTestId('request-refuse-31'));
    const submit = await screen.findByTestId('request-refuse-submit');
    expect((submit as HTMLButtonElement).disabled).toBe(true); // a refusal needs its reason
    fireEvent.change(screen.getByTestId('request-refuse-reason'), { target: { value: 'Chưa có nguyện vọng' } });
    fireEvent.click(submit);
    await waitFor(() => expect(fetch.mock.calls.some(([u]) => String(u).endsWith('/31/refuse'))).toBe(true));
    const [, init] = fetch.mock.calls.find(([u]) => String(u).endsWith('/31/refuse')) as unknown as [
      string,
      RequestInit,
    ];
    expect(JSON.parse(init.body as string)).toEqual({ reason: 'Chưa có nguyện vọng' });
  });

  it('shows the requesting union its own words, and no holding union before acceptance', async () => {
    stub([{ ...request, personId: null, fullName: null, fromUnit: null, canDecide: false, canCancel: true }]);
    renderAsUser(<TransferRequestsCard />);
    const table = await screen.findByTestId('transfer-requests-table');
    await within(table).findByText('Hoàng Văn Xa (tệp)');
    expect(within(table).getByText('(chỉ hiện khi được đồng ý)')).toBeTruthy();
    expect(within(table).queryByText('Đồng ý chuyển')).toBeNull();
    expect(within(table).getByText('Rút lại')).toBeTruthy();
  });
});
